"""Actors: the people, organisations, places and groups an article names, and the tone toward each."""

from __future__ import annotations

from dataclasses import dataclass, field

from .document import Document, Span


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    aliases: list[str]
    kind: str  # "person" | "organization" | "place" | "group"
    mentions: list[Span]
    tone: float = 0.0
    extra: dict = field(default_factory=dict)


def actor_mentions(doc: Document) -> list[Actor]:
    """Actors found in the text, mentions merged; tone is filled in later by ``actors_with_tone``."""
    return []


def actors_with_tone(doc: Document, *, mentions: list[Actor], sentences, quotes, evaluative) -> list[Actor]:
    """The same actors with the tone the article takes toward each."""
    return list(mentions)
