"""Evaluative language: wording that judges, feels or amplifies, in the outlet's voice or a source's."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document


@dataclass(frozen=True, slots=True)
class Evaluative:
    start: int
    end: int
    text: str
    category: str
    polarity: int  # -1, 0 (stance markers: hedges, intensifiers) or 1
    voice: str  # "author" | "quoted"


def evaluative_language(doc: Document, *, quotes) -> list[Evaluative]:
    return []
