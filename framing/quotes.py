"""Attributed quotes: direct and reported speech, who speaks, and the cue that introduces them."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None
    descriptor: str | None
    anonymous: bool
    start: int | None
    end: int | None


@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str  # "direct" | "indirect" | "mixed"
    speaker: Speaker | None
    cue: Cue | None


def attributed_quotes(doc: Document, *, mentions) -> list[Quote]:
    return []
