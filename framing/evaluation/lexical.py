"""Lexical bias: BASIL's phrase-level ``lex`` spans (Fan et al., "In Plain Sight: Media Bias
Through the Lens of Factual Reporting", EMNLP 2019).

In every article of a same-event triplet, BASIL's annotators marked the words and phrases
whose choice carries an attitude toward one of the event's main entities ("lexical bias":
"shenanigans", "slammed", "a rare rebuke"), with its polarity and whether it stands inside
a quotation. That is what the report's evaluative findings claim to find, so they are scored
against those spans:

- ``spans``: attitude findings (``loaded.is_attitude_wording``: polar wording, labels,
  metaphors, intensifiers, plain ones included, since lexical bias is any word choice with an
  attitude, "lauded" and "caved" as much as "shenanigans"; every voice) against every ``lex``
  span, as the loaded-language task scores them: precision and recall by shares of characters,
  and by any overlap;
- ``author`` / ``quoted``: the same within one voice, the outlet's own findings against the
  spans outside quotes, quoted findings against the spans inside them;
- ``polarity``: of the gold spans a polar finding overlaps, the share whose sign agrees;
- ``sentences``: a body sentence holding a ``lex`` span against the summary's
  ``biased_sentences`` (precision, recall, F1 of "takes sides");
- ``baseline``: every word in VADER's lexicon, scored like ``spans``.

Annotators marked bias toward the event's main entities only, and sparingly (about 1.5
spans an article), so precision is low by construction: evaluative wording about anything
else goes unmarked. Recall is the figure to watch, precision to compare versions.
``informational`` counts BASIL's other kind (``inf``: facts chosen to sway, no loaded word),
which no lexicon can find: the share of those sentences where the report does find
evaluative wording shows how much of that bias comes with loaded words anyway.

Triplets are split by a hash of their id (``part_of``) into ``tune`` and ``report``, as for
the ``compare`` task; ``report`` is the figure to quote for unseen articles.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..pipeline import analyze
from ..report import Report
from .actor_tone import part_of
from .compare import article_layout
from .loaded import Span, Tally, is_attitude_wording, vader_spans

GOLD_POLARITY = {"pos": 1, "neg": -1}


def load_articles(data: Path) -> list[tuple[str, dict, list[dict]]]:
    """(triplet id, article JSON, phrase-level annotations) of every annotated article, in a stable order."""
    found = []
    for ann_path in sorted((data / "annotations").glob("*/*_ann.json")):
        article_path = data / "articles" / ann_path.parent.name / ann_path.name.replace("_ann.json", ".json")
        if not article_path.exists():
            continue
        article = json.loads(article_path.read_text("utf-8"))
        annotations = json.loads(ann_path.read_text("utf-8"))
        triplet = article.get("triplet-uuid") or ann_path.name.rsplit("_", 2)[0]
        found.append((triplet, article, annotations.get("phrase-level-annotations", [])))
    return found


def gold_spans(text: str, origins: dict[str, int], annotations: list[dict]) -> list[tuple[Span, dict]]:
    """The annotated spans in ``text``'s offsets, each with its annotation; spans that do not read
    back as the annotated words are left out (none in the published data)."""
    spans = []
    for annotation in annotations:
        origin = origins.get(annotation.get("id", ""))
        if origin is None:
            continue
        start, end = origin + int(annotation["start"]), origin + int(annotation["end"])
        if text[start:end] == annotation.get("txt", text[start:end]) and start < end:
            spans.append(((start, end), annotation))
    return spans


def _overlaps(span: Span, others: list[Span]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in others)


class _SentenceTally:
    """Precision/recall of "this sentence takes sides" over body sentences."""

    def __init__(self) -> None:
        self.true_positive = self.predicted = self.gold = 0

    def add(self, sentences: list[Span], gold: list[Span], predicted: list[Span]) -> None:
        for sentence in sentences:
            is_gold, is_predicted = _overlaps(sentence, gold), _overlaps(sentence, predicted)
            self.gold += is_gold
            self.predicted += is_predicted
            self.true_positive += is_gold and is_predicted

    def figures(self) -> dict[str, Any]:
        p = self.true_positive / self.predicted if self.predicted else 0.0
        r = self.true_positive / self.gold if self.gold else 0.0
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                "biased_sentences": self.gold, "flagged_sentences": self.predicted}


class _Part:
    """Every figure of one part (all, tune or report)."""

    def __init__(self) -> None:
        self.articles = 0
        self.spans, self.author, self.quoted, self.baseline = Tally(), Tally(), Tally(), Tally()
        self.sentences = _SentenceTally()
        self.polar_matched = self.polar_agree = 0
        self.informational = self.informational_with_findings = 0

    def add(self, report: Report, gold: list[tuple[Span, dict]]) -> None:
        self.articles += 1
        lexical = [(span, a) for span, a in gold if a.get("bias") == "lex"]
        findings = [f for f in report.evaluative if is_attitude_wording(f)]
        predicted = [(f.start, f.end) for f in findings]
        self.spans.add(predicted, [span for span, _ in lexical])
        self.author.add([(f.start, f.end) for f in findings if f.voice == "author"],
                        [span for span, a in lexical if a.get("quote") != "yes"])
        self.quoted.add([(f.start, f.end) for f in findings if f.voice == "quoted"],
                        [span for span, a in lexical if a.get("quote") == "yes"])
        self.baseline.add(vader_spans(report.text), [span for span, _ in lexical])
        for span, annotation in lexical:
            gold_sign = GOLD_POLARITY.get(annotation.get("polarity", ""))
            signs = {f.polarity for f in findings if f.polarity and f.start < span[1] and span[0] < f.end}
            if gold_sign and signs:
                self.polar_matched += 1
                self.polar_agree += gold_sign in signs and len(signs) == 1
        body = [(s.start, s.end) for s in report.sentences if s.kind == "body"]
        flagged = [(b.start, b.end) for b in report.evaluative_summary.biased_sentences] \
            if report.evaluative_summary else []
        self.sentences.add(body, [span for span, _ in lexical], flagged)
        for span, annotation in gold:
            if annotation.get("bias") == "inf":
                self.informational += 1
                self.informational_with_findings += _overlaps(span, predicted)

    def figures(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "spans": self.spans.figures(),
            "author": self.author.figures(),
            "quoted": self.quoted.figures(),
            "polarity": {"matched": self.polar_matched,
                         "agreement": self.polar_agree / self.polar_matched if self.polar_matched else 0.0},
            "sentences": self.sentences.figures(),
            "informational": {"spans": self.informational,
                              "with_findings": self.informational_with_findings / self.informational
                              if self.informational else 0.0},
            "baseline": self.baseline.figures(),
        }


def run(data: Path, *, limit: int | None = None) -> dict[str, Any]:
    if not (data / "annotations").is_dir() or not (data / "articles").is_dir():
        raise InputError(f"{data}: expected BASIL's articles/ and annotations/ folders")
    articles = load_articles(data)
    if limit:
        articles = articles[:limit]
    parts = {"all": _Part(), "tune": _Part(), "report": _Part()}
    for triplet, article, phrases in articles:
        text, origins = article_layout(article)
        if not text.strip():
            continue
        report = analyze(text)
        gold = gold_spans(text, origins, phrases)
        for part in ("all", part_of(triplet)):
            parts[part].add(report, gold)
    figures = parts["all"].figures()
    figures["tune"] = parts["tune"].figures()
    figures["report"] = parts["report"].figures()
    return figures
