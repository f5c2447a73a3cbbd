"""Actors and the tone toward each, on NewsMTSC (Hamborg & Donnay, EACL 2021) or PerSenT (Bastan et al., 2020).

NewsMTSC (``train.jsonl``): every sentence is analysed as a tiny document;
each gold target is matched to the actor mention (or resolved pronoun) that
overlaps it most. Actor recall is the share of gold targets so found;
macro-F1 is over the three classes (2/4/6 = negative/neutral/positive), with
unmatched targets counted as neutral (``macro_f1``) and over matched ones
only (``macro_f1_matched``). The file is split deterministically by a hash
of the sentence id into a tuning part (weights and thresholds were chosen
there) and a reporting part, and both are reported.

PerSenT (``dev.csv``): document-level tone toward ``TARGET_ENTITY`` from the
actor that best matches it (every voice counted: ``overall_tone``), against
``TRUE_SENTIMENT``; split the same way by document index, the article-level
bands were tuned on its tuning part.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import actors as actor_stage
from ..errors import InputError
from ..pipeline import run_stages, stages_for
from ..segment import segment

_NEEDED = ("sentences", "mentions", "attributions", "quotes", "evaluative")
_LABELS = ("negative", "neutral", "positive")
_NEWSMTSC = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


def run(data: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Dispatch on what the folder holds: NewsMTSC's jsonl or PerSenT's csv."""
    if (data / "train.jsonl").exists() or any(data.glob("*.jsonl")):
        return run_newsmtsc(data, limit=limit)
    if (data / "dev.csv").exists() or any(data.glob("*.csv")):
        return run_persent(data, limit=limit)
    raise InputError(f"{data}: expected NewsMTSC (*.jsonl) or PerSenT (*.csv) files")


def part_of(key: str) -> str:
    """'tune' or 'report', fixed by a hash of the example's id (never by its content or label)."""
    return "tune" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "report"


def analyse(text: str) -> tuple[Any, dict[str, Any]]:
    """The document and the stage results the actor tone needs (the real pipeline stages)."""
    doc = segment(text)
    return doc, run_stages(doc, stages_for(*_NEEDED))


def _rows(data: Path) -> Iterator[dict]:
    files = [data / "train.jsonl"] if (data / "train.jsonl").exists() else sorted(data.glob("*.jsonl"))
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def newsmtsc_examples(data: Path, *, limit: int | None = None) -> Iterator[tuple[str, dict]]:
    for n, row in enumerate(_rows(data)):
        if limit is not None and n >= limit:
            break
        yield part_of(row.get("primary_gid") or row["sentence_normalized"]), row


def predict_targets(text: str, targets: list[dict], weights=actor_stage.WEIGHTS) -> list[tuple[bool, str]]:
    """(found, predicted label) for each gold target span of one sentence."""
    doc, results = analyse(text)
    found_actors = results["mentions"]
    tones = actor_stage.mention_tones(doc, found_actors, quotes=results["quotes"],
                                      evaluative=results["evaluative"], weights=weights)
    out = []
    for target in targets:
        start, end = int(target["from"]), int(target["to"])
        best, overlap = None, 0
        for mt in tones:
            o = min(end, mt.end) - max(start, mt.start)
            if o > overlap:
                best, overlap = mt, o
        if best is None:
            out.append((False, "neutral"))
        else:
            out.append((True, actor_stage.label(best.combined, weights)))
    return out


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    scores = []
    for cls in _LABELS:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == cls and p == cls)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != cls and p == cls)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == cls and p != cls)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def _figures(gold: list[str], predicted: list[str], found: list[bool]) -> dict[str, float]:
    matched_gold = [g for g, f in zip(gold, found, strict=True) if f]
    matched_pred = [p for p, f in zip(predicted, found, strict=True) if f]
    n = len(gold)
    return {
        "targets": n,
        "actor_recall": sum(found) / n if n else 0.0,
        "macro_f1": macro_f1(gold, predicted),
        "macro_f1_matched": macro_f1(matched_gold, matched_pred),
        "accuracy": sum(1 for g, p in zip(gold, predicted, strict=True) if g == p) / n if n else 0.0,
    }


def run_newsmtsc(data: Path, *, limit: int | None = None) -> dict[str, Any]:
    parts: dict[str, tuple[list[str], list[str], list[bool]]] = {"tune": ([], [], []), "report": ([], [], [])}
    for part, row in newsmtsc_examples(data, limit=limit):
        gold, predicted, found = parts[part]
        targets = row["targets"]
        for target, (hit, guess) in zip(targets, predict_targets(row["sentence_normalized"], targets), strict=True):
            gold.append(_NEWSMTSC[float(target["polarity"])])
            predicted.append(guess)
            found.append(hit)
    report = _figures(*parts["report"])
    figures: dict[str, Any] = {"dataset": "newsmtsc", "part": "report", **report,
                               "tune": _figures(*parts["tune"])}
    return figures


# ---------------------------------------------------------------- PerSenT

_PERSENT = {"positive": "positive", "negative": "negative", "neutral": "neutral"}


def _matches(actor, target: str) -> int:
    """How well an actor's names match the target entity: 3 exact, 2 surname, 1 overlap, 0 none."""
    names = [actor.name, *actor.aliases]
    t = target.lower().strip()
    last = t.split()[-1] if t.split() else t
    if any(n.lower() == t for n in names):
        return 3
    if any(n.lower().split()[-1:] == [last] for n in names if n.split()):
        return 2
    if any(last in n.lower().split() for n in names):
        return 1
    return 0


def run_persent(data: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Document-level tone toward the target; split like NewsMTSC (the actor bands were tuned on 'tune')."""
    path = data / "dev.csv" if (data / "dev.csv").exists() else sorted(data.glob("*.csv"))[0]
    csv.field_size_limit(1 << 30)
    parts: dict[str, tuple[list[str], list[str], list[bool]]] = {"tune": ([], [], []), "report": ([], [], [])}
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh)):
            if limit is not None and n >= limit:
                break
            truth = _PERSENT.get(row["TRUE_SENTIMENT"].strip().lower())
            if truth is None:
                continue
            gold, predicted, found = parts[part_of(row["DOCUMENT_INDEX"])]
            doc, results = analyse(row["DOCUMENT"])
            actors = actor_stage.actors_with_tone(doc, mentions=results["mentions"],
                                                  sentences=results["sentences"], quotes=results["quotes"],
                                                  evaluative=results["evaluative"])
            scored = [(_matches(a, row["TARGET_ENTITY"]), len(a.mentions), a) for a in actors]
            scored = [s for s in scored if s[0] > 0]
            gold.append(truth)
            if scored:
                best = max(scored, key=lambda s: (s[0], s[1]))[2]
                predicted.append(actor_stage.label(best.overall_tone, actor=True))
                found.append(True)
            else:
                predicted.append("neutral")
                found.append(False)
    return {"dataset": "persent", "part": "report", **_figures(*parts["report"]), "tune": _figures(*parts["tune"])}
