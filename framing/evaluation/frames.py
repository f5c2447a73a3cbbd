"""Frames against SemEval-2023 Task 3 subtask 2 (article-level Media Frames Corpus labels).

Gold: ``train-labels-subtask-2.txt`` (``article_id<TAB>Frame,Frame,...``), articles in
``train-articles-subtask-1/article<ID>.txt``. A frame counts as present as the report says
(``Frame.present``: its score, the share of sentences with a cue, is at least its lexicon's presence
threshold, the ``=`` line chosen on the tuning part, or ``frames.PRESENCE_THRESHOLD``, and the frame
is among the ``frames.MAX_PRESENT`` strongest of its scheme that reach theirs); the figures
are per-frame and micro-averaged precision, recall and F1 of "frame present", over the 14 MFC
dimensions.

The articles are split deterministically by a hash of the article id (``part_of``, as for
actor tone) into a tuning part, the only one cues and thresholds were chosen on, and a
reporting part; the figures are given for all articles (the top-level keys) and for each part
(``tune.*``, ``report.*``).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..frames import PRESENCE_THRESHOLD, frame_names, frame_scores, presence_thresholds
from ..segment import segment
from .actor_tone import part_of


def _gold(data: Path) -> dict[str, set[str]]:
    labels = data / "train-labels-subtask-2.txt"
    if not labels.is_file():
        raise InputError(f"{labels}: not found (expected the SemEval-2023 Task 3 folder)")
    gold = {}
    for line in labels.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        article, _, frames = line.partition("\t")
        gold[article.strip()] = {f.strip().lower() for f in frames.split(",") if f.strip()}
    return gold


def _article(data: Path, article: str) -> str | None:
    for folder in ("train-articles-subtask-1", "train-articles-subtask-3"):
        path = data / folder / f"article{article}.txt"
        if path.is_file():
            return path.read_text("utf-8")
    return None


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _figures(counts: dict[str, list[int]], articles: int) -> dict:
    """Micro and macro figures from per-frame (tp, fp, fn) counts."""
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    precision, recall, f1 = _prf(tp, fp, fn)
    per_frame = {name: round(_prf(*c)[2], 4) for name, c in counts.items()}
    # Reference: naming every frame for every article (recall 1, precision = label density).
    gold_labels = tp + fn
    every = _prf(gold_labels, articles * len(counts) - gold_labels, 0)[2] if articles else 0.0
    return {
        "articles": articles,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "macro_f1": round(sum(per_frame.values()) / len(per_frame), 4),
        "f1_every_frame_baseline": round(every, 4),
        "f1_per_frame": per_frame,
    }


def run(data: Path, *, limit: int | None = None) -> dict:
    gold = _gold(data)
    names = [name for name, scheme, _ in frame_names() if scheme == "mfc"]
    counts = {part: {name: [0, 0, 0] for name in names} for part in ("tune", "report")}  # tp, fp, fn
    thresholds = {name: presence_thresholds()[name] for name in names}
    articles = {"tune": 0, "report": 0}
    for article, labels in list(gold.items())[:limit]:
        text = _article(data, article)
        if text is None or not text.strip():
            continue
        part = part_of(article)
        articles[part] += 1
        predicted = {f.name for f in frame_scores(segment(text)) if f.scheme == "mfc" and f.present}
        for name in names:
            tally = counts[part][name]
            tally[0] += name in predicted and name in labels
            tally[1] += name in predicted and name not in labels
            tally[2] += name in labels and name not in predicted
    both = {name: [t + r for t, r in zip(counts["tune"][name], counts["report"][name], strict=True)] for name in names}
    overall = _figures(both, articles["tune"] + articles["report"])
    return {
        "articles": overall.pop("articles"),
        "threshold": PRESENCE_THRESHOLD,
        "thresholds": thresholds,
        **overall,
        "tune": _figures(counts["tune"], articles["tune"]),
        "report": _figures(counts["report"], articles["report"]),
    }
