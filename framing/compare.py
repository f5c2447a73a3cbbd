"""Comparing how several articles frame one story."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from .errors import InputError
from .pipeline import analyze
from .report import Report, jsonable


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    label: str
    tone: Any


@dataclass(frozen=True)
class Comparison:
    articles: list[ArticleSummary]
    findings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return jsonable(self)


def compare(reports_or_texts: Sequence[Report | str], *, labels: Sequence[str] | None = None) -> Comparison:
    """Side-by-side comparison of two or more articles (reports, or texts to analyse)."""
    if len(reports_or_texts) < 2:
        raise InputError("compare needs at least two articles")
    reports = [r if isinstance(r, Report) else analyze(r) for r in reports_or_texts]
    labels = list(labels) if labels else [r.meta.source or r.meta.title or r.id for r in reports]
    return Comparison(articles=[ArticleSummary(r.id, label, r.tone) for r, label in zip(reports, labels)])
