"""Terminal output for people: rich tables over the report and the comparison."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .display import displayable
from .report import Report, jsonable


class _DisplayConsole(Console):
    """A console that shows every string it is given as ``displayable``: table cells, titles and captions
    all pass through ``render_str``, for their width and for their drawing alike."""

    def render_str(self, text: str, **kwargs: Any) -> Text:
        return super().render_str(displayable(text), **kwargs)


# Article text, file names and labels are printed as they are: with markup or emoji codes on,
# an editor's "[sic]" would vanish, "[/]" would crash the table and ":fire:" would become a
# picture. Styling is given explicitly with ``Text`` instead (whose own strings are passed through
# ``displayable`` where they come from the input).
_console = _DisplayConsole(markup=False, emoji=False)


def _speaker_label(speaker) -> str:
    """A quote's speaker as the table shows it: the name, else the description, else the mention as written
    ("she (unresolved)": a pronoun no one named before could be); "—" for none."""
    if not speaker:
        return "—"
    who = speaker.name or speaker.descriptor or (f"{' '.join(speaker.text.split())} (unresolved)"
                                                 if speaker.text else "?")
    return who + " (anonymous)" if speaker.anonymous else who


def _snippet(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Rows per table: enough for any ordinary article, while a book-length input stays readable.
# What is left out is said in the table's caption, never dropped silently.
MAX_ROWS = {"actors": 15, "quotes": 40, "evaluative": 60, "figures": 40}


def _shown(table: Table, items: list, limit: int, what: str) -> list:
    """The first ``limit`` of ``items``; when that is not all of them, the table's caption says so."""
    if len(items) > limit:
        note = f"{limit} of {len(items)} {what} shown; --format json lists them all"
        table.caption = f"{table.caption}\n{note}" if table.caption else note
    return items[:limit]


def print_report_table(report: Report, label: str) -> None:
    t = report.tone
    meta = report.meta
    summary = Table(title=Text.assemble((displayable(label), "bold"), f"  ({report.id})"), show_header=False,
                    title_justify="left")
    summary.add_column(style="bold")
    summary.add_column()
    for warning in meta.warnings:  # first: it says how far to trust every row below
        summary.add_row(Text("warning", style="bold red"), warning)
    if meta.title:  # a page's headline, or the one sent with the text; the text itself may not hold it
        summary.add_row("title", _snippet(meta.title))
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
        for actor in _shown(table, report.actors, MAX_ROWS["actors"], "actors"):
            table.add_row(actor.name, actor.kind, str(len(actor.mentions)), f"{actor.tone:+.2f}")
        _console.print(table)
    if report.quotes:
        src = report.sources
        counts = f"{src.quotes}: {src.named_quotes} named, {src.anonymous_quotes} anonymous"
        if src.described_quotes:  # every quote is in one of the four, so the counts add up to the rows
            counts += f", {src.described_quotes} described"
        if src.unattributed_quotes:
            counts += f", {src.unattributed_quotes} unattributed"
        table = Table(title=f"quotes ({counts}; {src.share_sources:.0%} of the words are sources' voice)",
                      title_justify="left")
        for col in ("speaker", "cue", "kind", "quote"):
            table.add_column(col)
        for q in _shown(table, report.quotes, MAX_ROWS["quotes"], "quotes"):
            table.add_row(_speaker_label(q.speaker), q.cue.text if q.cue else "—", q.kind, _snippet(q.text, 70))
        _console.print(table)
    if report.no_comment:  # who was asked and said nothing: beside the quotes, not among them
        _console.print("no comment: " + "; ".join(f"{_speaker_label(n.speaker)} ({n.cue.text})"
                                                  for n in report.no_comment))
    if report.evaluative:
        table = Table(title="evaluative language", title_justify="left")
        for col in ("wording", "category", "polarity", "voice"):
            table.add_column(col)
        summary = getattr(report, "evaluative_summary", None)
        if summary is not None:
            table.caption = (f"author voice: {summary.author_density:.1f} per 100 words "
                             f"({summary.author_items} author, {summary.quoted_items} quoted); "
                             f"{len(summary.biased_sentences)} of {report.meta.sentences} sentences take sides")
        for e in _shown(table, report.evaluative, MAX_ROWS["evaluative"], "phrases"):
            table.add_row(e.text, e.category, f"{e.polarity:+d}" if e.polarity else "0 (stance)", e.voice)
        _console.print(table)
    if report.frames:
        table = Table(title="frames", title_justify="left")
        table.add_column("frame")
        table.add_column("score")
        table.add_column("cues")
        table.add_column("present")
        for f in report.frames:
            table.add_row(f.name, f"{f.score:.2f}", str(len(f.cues)), "yes" if f.present else "")
        _console.print(table)
    if report.claims:
        table = Table(title="figures", title_justify="left")
        for col in ("claim", "value", "normalised"):
            table.add_column(col)
        for c in _shown(table, report.claims, MAX_ROWS["figures"], "figures"):
            # a count names what it counts ("112 seats" for "112 of the 180 seats"): the claim's text may not
            value = f"{_number(c.value)} {c.unit or (c.subject if c.kind == 'count' else None) or ''}"
            if c.iso:  # a date or time: ISO 8601 ("2026-12-03", "--11-17", "T21:10"), not its hhmm or mmdd value
                norm = c.iso
                if c.unit in _PACKED_UNITS:
                    value = c.unit  # (a packed value, "20,261,112 date", tells a reader nothing; "2019 year" does)
            else:
                norm = f"{_number(c.normalized.value)} {c.normalized.unit}" if c.normalized else "—"
            table.add_row(_snippet(c.text, 50), value, norm)
        _console.print(table)


_PACKED_UNITS = frozenset({"date", "month-day", "time"})  # claims whose value packs its fields into one number


def _number(value: float) -> str:
    """A figure as people read it: "1,400,000,000", "2023", "22.86", "0.0001"; never "1.4e+09"."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}" if abs(value) >= 10_000 else str(int(value))  # (a year keeps no comma)
    return f"{value:,.6f}".rstrip("0").rstrip(".") if abs(value) >= 1e-4 else f"{value:.3g}"


def _per_article_table(title: str, first_column: str, labels: list[str]) -> Table:
    """A table with one column per compared article, after a first column of row names."""
    table = Table(title=title, title_justify="left")
    table.add_column(first_column)
    for label in labels:
        table.add_column(label)
    return table


def _warning_note(warning: str) -> str:
    """A report's warning (``framing.caveats``) in the few words of the comparison's note column."""
    if "English" in warning:
        return "not English"
    if "wrong encoding" in warning:
        return "mis-decoded text"
    if "no article here" in warning:
        return "no article text"
    return warning.split(":")[0][:40]


def print_comparison_table(comparison: Any) -> None:
    """The comparison side by side: one table per layer, then the findings with their evidence."""
    from .compare import judgements

    labels = [a.label for a in comparison.articles]
    table = Table(title="comparison", title_justify="left")
    for col in ("article", "words", "tone", "sentences +/−", "note"):
        table.add_column(col)
    for a in comparison.articles:
        notes = (["cut short by a paywall"] if a.truncated else []) + [_warning_note(w) for w in a.warnings]
        table.add_row(a.label, str(a.words), f"{a.tone.label} ({a.tone.compound:+.3f})",
                      f"{a.tone.share_positive:.0%} / {a.tone.share_negative:.0%}", "; ".join(notes))
    _console.print(table)
    sim = comparison.similarity
    if sim:
        verdict = "(yes)" if sim.same_story else Text.assemble(("WARNING", "bold red"), f" {sim.warning}")
        _console.print(Text.assemble(f"same story? similarity {sim.score:.2f} ", verdict))

    if comparison.tone:
        table = Table(title="tone by section", title_justify="left")
        for col in ("article", "section", "tone"):
            table.add_column(col)
        for label, sections in comparison.tone.sections.items():
            for s in sections:
                table.add_row(label, _snippet(s.title, 50), f"{s.label} ({s.compound:+.2f}, {s.sentences} sent.)")
        _console.print(table)

    shared_actors = [row for row in comparison.actors if row.shared]
    if shared_actors:
        # every voice counted (``overall_tone``), as the findings compare them
        table = _per_article_table("tone toward shared actors (every voice)", "actor", labels)
        for row in _shown(table, shared_actors, 15, "shared actors"):
            cells = [f"{p.overall_tone:+.2f} ({p.mentions}×)" if (p := row.articles.get(label)) else "—"
                     for label in labels]
            table.add_row(row.name, *cells)
        _console.print(table)

    sources = comparison.sources
    if sources and sources.voices:
        table = _per_article_table("who is quoted where (cue verbs)", "voice", labels)
        for v in _shown(table, sources.voices, 20, "voices"):
            cells = [f"{len(v.articles[label])}: {', '.join(v.cues.get(label, [])) or '—'}"
                     if label in v.articles else "—" for label in labels]
            table.add_row(v.name + (" (unnamed)" if v.anonymous else ""), *cells)  # "the governor": unnamed
        table.add_row(Text("named sources", style="italic"), *[
            f"{c.named}/{c.quotes}" if (c := sources.counts[label]).quotes else "no quotes" for label in labels])
        _console.print(table)

    wording = comparison.wording
    if wording:
        table = Table(title="wording (distinctive terms: weighted log-odds z; author-voice evaluative)",
                      title_justify="left")
        for col in ("article", "distinctive terms", "negative", "positive"):
            table.add_column(col)
        for label in labels:
            terms = ", ".join(f"{t.term} ({t.z:.1f})" for t in wording.distinctive.get(label, [])[:8])
            negative, positive = judgements(wording.evaluative.get(label, []))
            neg = ", ".join(dict.fromkeys(e.text for e in negative))
            pos = ", ".join(dict.fromkeys(e.text for e in positive))
            table.add_row(label, terms or "—", _snippet(neg, 80) or "—", _snippet(pos, 80) or "—")
        _console.print(table)

    frames = comparison.frames
    if frames and frames.scores:
        table = _per_article_table("frames (largest differences first)", "frame", labels)
        ranked = [d.name for d in frames.differences] + [f for f in frames.scores
                                                         if f not in {d.name for d in frames.differences}]
        for name in _shown(table, ranked, 12, "frames"):
            table.add_row(name, *[f"{frames.scores[name].get(label, 0.0):.2f}" for label in labels])
        _console.print(table)

    claims = comparison.claims
    if claims and (claims.shared or any(claims.only.values())):
        table = Table(title="figures", title_justify="left")
        table.add_column("")
        for label in labels:
            table.add_column(label)
        rows = [("aligned", {c.article: c.text for c in shared.claims}, "—") for shared in claims.shared]
        rows += [(f"only in {label}", {label: c.text}, "") for label, only in claims.only.items() for c in only]
        for kind, by_article, missing in _shown(table, rows, MAX_ROWS["figures"], "figures"):
            table.add_row(kind, *[by_article.get(label, missing) for label in labels])
        _console.print(table)

    if comparison.findings:
        _console.print(Text("findings", style="bold"))
    else:  # said, so an empty end is not taken for a failure
        _console.print(Text.assemble(("findings", "bold"), ": none; the articles differ in nothing compared here"))
    for finding in getattr(comparison, "finding_details", None) or []:
        where = "; ".join(f"{e.article} {e.start}–{e.end}" for e in finding.evidence[:3])
        _console.print(Text.assemble(f"• {displayable(finding.text)}  ", (displayable(f"({where})"), "dim")))


def print_figures(title: str, figures: dict[str, Any]) -> None:
    """Figures (eval and bench results, nested dicts read as dotted keys) as a two-column table."""
    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column(style="bold")
    table.add_column(justify="right")
    for key, value in _dotted(jsonable(figures)):
        table.add_row(key, _format(value))
    _console.print(table)


def _dotted(figures: dict[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    rows = []
    for key, value in figures.items():
        if isinstance(value, dict):
            rows.extend(_dotted(value, f"{prefix}{key}."))
        else:
            rows.append((f"{prefix}{key}", value))
    return rows


def _format(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)
