"""Loaded language spans: SemEval-2023 Task 3 (English), ``Loaded_Language`` + ``Name_Calling-Labeling``.

The gold spans are the propaganda-technique annotations of Piskorski et al.
(SemEval-2023 Task 3, subtask 3; articles from the PTC corpus of Da San Martino
et al., EMNLP 2019). Scored like the PTC span task: a predicted span earns the
share of its characters that fall in gold spans (precision), a gold span the
share of its characters that predictions cover (recall) — partial overlap
counts in proportion. A binary "any overlap" figure is given too, and a
baseline that marks every word in VADER's lexicon.

The articles are split once, deterministically by id (CRC32 mod 5 == 0 is
held out): the lexicon was developed looking only at the other part, so the
held-out figures are the honest ones.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from pathlib import Path

from ..errors import InputError
from ..evaluative import Evaluative, evaluative_language
from ..segment import segment
from ..tone import analyzer

TECHNIQUES = ("Loaded_Language", "Name_Calling-Labeling")
HELD_OUT_MOD = 5

Span = tuple[int, int]


def held_out(article_id: str) -> bool:
    return zlib.crc32(article_id.encode()) % HELD_OUT_MOD == 0


def is_attitude_wording(finding: Evaluative) -> bool:
    """Findings with a polarity, labels, metaphors and amplifiers: wording chosen for an attitude.

    Hedges, boosters and counter-expectation markers are stance, not attitude wording.
    """
    return finding.polarity != 0 or finding.category in ("loaded-label", "metaphor", "intensifier")


def is_loaded(finding: Evaluative) -> bool:
    """What the codebook calls loaded: attitude wording that is not plain (``Evaluative.plain``).

    Ordinary appraisal ("mistaken", "timely"), designations ("far-right", "neocons") and verbs that
    report how someone spoke or yielded ("lauded", "caved") take a side without being the loaded
    language or name-calling of Da San Martino et al. (2019).
    """
    return not finding.plain and is_attitude_wording(finding)


def predicted_spans(text: str) -> list[Span]:
    doc = segment(text)
    return [(f.start, f.end) for f in evaluative_language(doc, quotes=[]) if is_loaded(f)]


def vader_spans(text: str) -> list[Span]:
    """Baseline: every word VADER gives a valence."""
    lexicon = analyzer().lexicon
    doc = segment(text)
    return [(t.start, t.end) for t in doc.tokens if t.is_word and lexicon.get(t.text.lower(), 0) != 0]


def _coverage(span: Span, others: list[Span]) -> int:
    """Characters of ``span`` covered by the union of ``others``."""
    covered = set()
    for s, e in others:
        lo, hi = max(span[0], s), min(span[1], e)
        if lo < hi:
            covered.update(range(lo, hi))
    return len(covered)


class Tally:
    """Running sums for span precision/recall, partial (by characters) and binary (any overlap)."""

    def __init__(self) -> None:
        self.predicted = self.gold = 0
        self.p_partial = self.r_partial = 0.0
        self.p_binary = self.r_binary = 0

    def add(self, predicted: list[Span], gold: list[Span]) -> None:
        self.predicted += len(predicted)
        self.gold += len(gold)
        for span in predicted:
            hit = _coverage(span, gold)
            self.p_partial += hit / max(1, span[1] - span[0])
            self.p_binary += hit > 0
        for span in gold:
            hit = _coverage(span, predicted)
            self.r_partial += hit / max(1, span[1] - span[0])
            self.r_binary += hit > 0

    def figures(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        p = self.p_partial / self.predicted if self.predicted else 0.0
        r = self.r_partial / self.gold if self.gold else 0.0
        pb = self.p_binary / self.predicted if self.predicted else 0.0
        rb = self.r_binary / self.gold if self.gold else 0.0
        return {"precision": p, "recall": r, "f1": f1(p, r),
                "precision_overlap": pb, "recall_overlap": rb, "f1_overlap": f1(pb, rb),
                "predicted": self.predicted, "gold": self.gold}


def gold_spans(data: Path) -> dict[str, list[Span]]:
    spans: dict[str, set[Span]] = {}
    for path in sorted((data / "train-labels-subtask-3-spans").glob("*.txt")):
        for line in path.read_text("utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 4 and parts[1] in TECHNIQUES:
                spans.setdefault(parts[0], set()).add((int(parts[2]), int(parts[3])))
    return {k: sorted(v) for k, v in spans.items()}


def articles(data: Path) -> Iterable[tuple[str, str]]:
    for path in sorted((data / "train-articles-subtask-3").glob("article*.txt")):
        yield path.stem.removeprefix("article"), path.read_text("utf-8")


def run(data: Path, *, limit: int | None = None) -> dict:
    """Span P/R/F1 on the held-out and the development part, with the VADER baseline."""
    for folder in ("train-articles-subtask-3", "train-labels-subtask-3-spans"):
        if not (data / folder).is_dir():  # else every figure would be a silent 0 on the wrong folder
            raise InputError(f"{data / folder}: not found (expected the SemEval-2023 Task 3 folder)")
    gold = gold_spans(data)
    tallies = {"heldout": Tally(), "dev": Tally(), "heldout_vader": Tally(), "dev_vader": Tally()}
    seen = {"heldout": 0, "dev": 0}
    for article_id, text in articles(data):
        part = "heldout" if held_out(article_id) else "dev"
        if limit is not None and seen[part] >= limit:
            continue
        seen[part] += 1
        spans = gold.get(article_id, [])
        tallies[part].add(predicted_spans(text), spans)
        tallies[part + "_vader"].add(vader_spans(text), spans)
    result: dict = {name: tally.figures() for name, tally in tallies.items()}
    for part, n in seen.items():
        result[part]["articles"] = n
    return result
