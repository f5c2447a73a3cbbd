"""Claims: numbers, dates and quantities, with units normalised so articles can be aligned."""

from __future__ import annotations

from dataclasses import dataclass

from .document import Document


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str


@dataclass(frozen=True, slots=True)
class Claim:
    start: int
    end: int
    text: str
    value: float
    unit: str | None
    normalized: Quantity | None


def quantities(doc: Document) -> list[Claim]:
    return []
