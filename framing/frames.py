"""Frames: how strongly an article draws on each frame of a documented scheme, with cue spans."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document, Span


@dataclass(frozen=True, slots=True)
class Frame:
    name: str
    score: float
    cues: list[Span]


def frame_scores(doc: Document) -> list[Frame]:
    return []
