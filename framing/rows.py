"""The report's headline figures as one row per article, for spreadsheets and statistics packages
(``framing score --format csv``): the JSON report holds every finding; this is what a table of a
corpus compares."""

from __future__ import annotations

import csv
import io
from typing import Any

from .frames import frame_names
from .quotes import NoComment
from .report import Report

TOP_ACTORS = 5


def summary_columns() -> list[str]:
    """The CSV header: the row's figures, then one score column per frame (every frame, always,
    so that files scored on different days line up)."""
    return [*_SUMMARY_FIELDS, *(f"frame_{name}" for name, *_ in frame_names())]


_SUMMARY_FIELDS = (
    "label", "input_id", "id", "title", "source", "url", "words", "sentences", "paragraphs", "truncated",
    "tone", "tone_label", "positive_sentences", "negative_sentences", "gdelt_tone",
    "quotes", "direct_quotes", "indirect_quotes", "mixed_quotes", "named_quotes", "anonymous_quotes",
    "unattributed_quotes", "described_quotes", "named_speakers", "sources_share", "top_speaker",
    "no_comment", "no_comment_sources",
    "evaluative_author", "evaluative_quoted", "evaluative_author_per_100_words",
    "evaluative_author_negative", "evaluative_author_positive", "biased_sentences",
    "actors", "top_actors", "claims", "frames_present", "warnings",
)


def summary_row(report: Report, label: str, input_id: str | None = None) -> list[Any]:
    """The report's headline figures as one row of :func:`summary_columns` (lists joined by "; ");
    ``input_id`` is the id the input gave itself (a JSON line's "id"), ``id`` the report's."""
    meta, tone, sources, summary = report.meta, report.tone, report.sources, report.evaluative_summary
    author = [e for e in report.evaluative if e.voice == "author"]
    actors = sorted(report.actors, key=lambda a: -len(a.mentions))[:TOP_ACTORS]
    top_speaker = sources.speakers[0] if sources.speakers else None
    frame_scores = {f.name: f.score for f in report.frames}
    row = [
        label, input_id or "", report.id, meta.title or "", meta.source or "", meta.url or "",
        meta.words, meta.sentences, meta.paragraphs, meta.truncated,
        _rounded(tone.compound), tone.label, _rounded(tone.share_positive), _rounded(tone.share_negative),
        _rounded(tone.gdelt_tone),
        sources.quotes, sources.direct, sources.indirect, sources.mixed, sources.named_quotes,
        sources.anonymous_quotes, sources.unattributed_quotes, sources.described_quotes, sources.named_speakers,
        _rounded(sources.share_sources),
        (top_speaker.name or top_speaker.descriptor or "") if top_speaker is not None else "",
        sources.no_comment, "; ".join(_silence(n) for n in report.no_comment),
        len(author), len(report.evaluative) - len(author),
        _rounded(summary.author_density) if summary is not None else 0.0,
        sum(e.polarity < 0 for e in author), sum(e.polarity > 0 for e in author),
        len(summary.biased_sentences) if summary is not None else 0,
        len(report.actors), "; ".join(f"{a.name} ({len(a.mentions)})" for a in actors), len(report.claims),
        "; ".join(f.name for f in report.frames if f.present), "; ".join(meta.warnings),
    ]
    return row + [_rounded(frame_scores.get(name, 0.0)) for name, *_ in frame_names()]


def _silence(refusal: NoComment) -> str:
    """Who said nothing and how ("the mayor (declined)"), as the table lists them: a side that stayed
    silent is part of whose voice an article carries, so a corpus table needs it beside the quote counts."""
    speaker = refusal.speaker
    who = (speaker.name or speaker.descriptor or "—") if speaker is not None else "—"
    return f"{who} ({refusal.cue.text})"


def _rounded(value: float) -> float:
    return round(value, 4)


def csv_line(values: list[Any]) -> str:
    """One CSV record (RFC 4180 quoting), without its line ending: text with commas, quotes or
    line breaks (a headline, an actor's name) stays one field."""
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(values)
    return out.getvalue()
