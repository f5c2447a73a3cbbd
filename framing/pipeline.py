"""The analysis pipeline: segment once, then an explicit, ordered list of stages.

Each stage is a pure function of the document and the results it names in
``requires``; its result is stored under ``name``. Stages whose name is a
report field fill that field.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import actors, caveats, claims, evaluative, frames, quotes, tone
from .document import Document
from .errors import InputError
from .report import Meta, Report, text_id
from .segment import segment


@dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[..., Any]
    requires: tuple[str, ...] = ()


STAGES: tuple[Stage, ...] = (
    Stage("sentences", tone.sentence_tones),
    Stage("tone", tone.article_tone, requires=("sentences",)),
    Stage("mentions", actors.actor_mentions),
    Stage("attributions", quotes.attributions, requires=("mentions",)),
    Stage("refusals", quotes.refusal_per_attribution, requires=("attributions",)),
    Stage("quotes", quotes.spoken_quotes, requires=("attributions", "refusals")),
    Stage("no_comment", quotes.no_comment, requires=("attributions", "mentions", "refusals")),
    Stage("sources", quotes.source_summary, requires=("quotes", "no_comment")),
    Stage("evaluative", evaluative.evaluative_language, requires=("quotes",)),
    Stage("evaluative_summary", evaluative.evaluative_summary, requires=("evaluative", "quotes")),
    Stage("actors", actors.actors_with_tone, requires=("mentions", "sentences", "quotes", "evaluative")),
    Stage("frames", frames.frame_scores),
    Stage("claims", claims.quantities),
)



def stages_for(*names: str) -> tuple[Stage, ...]:
    """The stages that compute ``names`` and every result they require, in pipeline order: an evaluation
    that runs part of the pipeline names what it reads, and a stage added in between is not left out."""
    by_name = {stage.name: stage for stage in STAGES}
    needed: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in needed:
            needed.add(name)
            todo.extend(by_name[name].requires)
    return tuple(stage for stage in STAGES if stage.name in needed)


MAX_CHARS = 5_000_000


def check_text(text: Any) -> str:
    """The text if it can be analysed; otherwise an InputError saying what to change."""
    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}")
    if not text.strip():
        raise InputError("text is empty: send the article's text")
    if not any(c.isalnum() for c in text):
        raise InputError("text has no words: send the article's text, not only punctuation or symbols")
    if len(text) > MAX_CHARS:
        raise InputError(f"text is {len(text):,} characters; the limit is {MAX_CHARS:,}: split it")
    if "\x00" in text:
        raise InputError("text contains NUL characters: is it a binary file?")
    return text


def run_stages(doc: Document, stages: tuple[Stage, ...] = STAGES,
               timings: dict[str, float] | None = None) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for stage in stages:
        args = {r: results[r] for r in stage.requires}
        if timings is None:  # the clock only for the bench: reading CPU time is a system call
            results[stage.name] = stage.run(doc, **args)
            continue
        started = time.process_time()
        results[stage.name] = stage.run(doc, **args)
        timings[stage.name] = timings.get(stage.name, 0.0) + time.process_time() - started
    return results


def analyze(text: str, *, title: str | None = None, source: str | None = None, url: str | None = None,
            timings: dict[str, float] | None = None) -> Report:
    """The framing report for one article.

    ``timings``, if given, collects CPU seconds per stage (``segment`` included) for the bench.
    """
    check_text(text)
    started = time.process_time() if timings is not None else 0.0
    doc = segment(text, title=title, source=source, url=url)
    if timings is not None:
        timings["segment"] = timings.get("segment", 0.0) + time.process_time() - started
    results = run_stages(doc, timings=timings)
    meta = Meta(
        words=doc.words,
        sentences=len(doc.sentences),
        excluded=list(doc.excluded),
        truncated=any(e.reason == "paywall" for e in doc.excluded),
        paragraphs=sum(1 for p in doc.paragraphs if p.kind != "excluded"),
        title=title,
        source=source,
        url=url,
        warnings=caveats.warnings(doc),
    )
    fields = {name: results[name] for name in Report.__dataclass_fields__ if name in results}
    return Report(id=text_id(text), text=text, meta=meta, **fields)
