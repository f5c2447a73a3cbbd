"""Terminal output for people: rich tables over the report and the comparison."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from .report import Report, jsonable

_console = Console()


def _snippet(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def print_report_table(report: Report, label: str) -> None:
    t = report.tone
    meta = report.meta
    summary = Table(title=f"[bold]{label}[/]  ({report.id})", show_header=False, title_justify="left")
    summary.add_column(style="bold")
    summary.add_column()
    summary.add_row("words / sentences", f"{meta.words} / {meta.sentences}")
    summary.add_row("tone", f"{t.label} (mean compound {t.compound:+.3f}; "
                            f"{t.share_positive:.0%} positive, {t.share_negative:.0%} negative sentences)")
    summary.add_row("tonal words", f"{t.positive_words:.1f}% positive, {t.negative_words:.1f}% negative "
                                   f"(GDELT tone {t.gdelt_tone:+.2f}, polarity {t.polarity:.2f})")
    for name, ref in (("most negative", t.most_negative), ("most positive", t.most_positive)):
        if ref:
            summary.add_row(name, f"{ref.compound:+.2f} “{_snippet(report.text[ref.start:ref.end])}”")
    if meta.excluded:
        summary.add_row("left out", "; ".join(f"{e.reason}: “{_snippet(report.text[e.start:e.end], 50)}”"
                                               for e in meta.excluded))
    if meta.truncated:
        summary.add_row("truncated", "yes: a paywall notice cuts the article short")
    _console.print(summary)

    if report.actors:
        table = Table(title="actors", title_justify="left")
        for col in ("actor", "kind", "mentions", "tone"):
            table.add_column(col)
        for actor in report.actors[:15]:
            table.add_row(actor.name, actor.kind, str(len(actor.mentions)), f"{actor.tone:+.2f}")
        _console.print(table)
    if report.quotes:
        table = Table(title="quotes", title_justify="left")
        for col in ("speaker", "cue", "kind", "quote"):
            table.add_column(col)
        for q in report.quotes:
            who = "—"
            if q.speaker:
                who = q.speaker.name or q.speaker.descriptor or "?"
                if q.speaker.anonymous:
                    who += " (anonymous)"
            table.add_row(who, q.cue.text if q.cue else "—", q.kind, _snippet(q.text, 70))
        _console.print(table)
    if report.evaluative:
        table = Table(title="evaluative language", title_justify="left")
        for col in ("wording", "category", "polarity", "voice"):
            table.add_column(col)
        for e in report.evaluative:
            table.add_row(e.text, e.category, f"{e.polarity:+d}", e.voice)
        _console.print(table)
    if report.frames:
        table = Table(title="frames", title_justify="left")
        table.add_column("frame")
        table.add_column("score")
        table.add_column("cues")
        for f in report.frames:
            table.add_row(f.name, f"{f.score:.2f}", str(len(f.cues)))
        _console.print(table)
    if report.claims:
        table = Table(title="figures", title_justify="left")
        for col in ("claim", "value", "normalised"):
            table.add_column(col)
        for c in report.claims:
            norm = f"{c.normalized.value:g} {c.normalized.unit}" if c.normalized else "—"
            table.add_row(_snippet(c.text, 50), f"{c.value:g} {c.unit or ''}", norm)
        _console.print(table)


def print_comparison_table(comparison: Any) -> None:
    table = Table(title="comparison", title_justify="left")
    for col in ("article", "tone"):
        table.add_column(col)
    for a in comparison.articles:
        table.add_row(a.label, f"{a.tone.label} ({a.tone.compound:+.3f})")
    _console.print(table)
    for finding in comparison.findings:
        _console.print(f"• {finding}")


def print_figures(title: str, figures: dict[str, Any]) -> None:
    """Flat or one-level-nested figures (eval and bench results) as a two-column table."""
    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for key, value in jsonable(figures).items():
        if isinstance(value, dict):
            for sub, v in value.items():
                table.add_row(f"{key}.{sub}", _format(v))
        else:
            table.add_row(key, _format(value))
    _console.print(table)


def _format(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)
