"""Quote attribution on PolNeAR (Newell, Margolin & Ruths, LREC 2018): content, speaker and cue.

Data: ``text/<article>.txt`` and ``attributions/<article>_<annotator>.ann`` (brat standoff). Where
several annotators marked one article, the lexicographically first annotator id is used, so the
figures are reproducible. ``Discuss``/``Discard`` marks are ignored; a gold quote is the Content
of an ``E`` (Attribution) line, with that line's Source and Cue. A discontinuous Content ("A," he
said, "B") is one gold quote whose length is the sum of its pieces.

Matching. A predicted quote matches a gold Content when the characters they share (the predicted
quote's content parts against the gold pieces) cover at least half of the gold Content. Pairs are
matched one to one, best coverage first. Precision = matched predictions / predictions, recall =
matched gold / gold. The same is reported with a strict rule (shared characters >= half of the
*union* of both spans, i.e. Jaccard >= 0.5) so a sprawling prediction cannot pass for a good one.

On matched pairs: speaker accuracy = the predicted speaker mention overlaps a gold Source span
(pairs whose gold has no Source are left out); cue accuracy = the predicted cue overlaps the gold Cue.

Direct vs reported: gold Content in quotation marks (its first character is a quotation mark) is
direct, everything else reported; a predicted quote is direct when its kind is "direct". Recall for
a kind counts that kind's gold, precision that kind's predictions.

The product's side is :func:`framing.quotes.attributions`: the report's ``quotes`` and its ``no_comment``
refusals together, since PolNeAR marks "declined to comment" as an attribution (cue "declined", content
"to comment").

``baseline_f1`` is the same measure for a plain regular expression over quotation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError

_QUOTE_CHARS = "\"“”‘’'«»„"
_BASELINE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
MIN_COVERAGE = 0.5


@dataclass(frozen=True)
class Gold:
    content: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    direct: bool


@dataclass(frozen=True)
class Predicted:
    parts: tuple[tuple[int, int], ...]
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    direct: bool


def _spans(field: str) -> tuple[tuple[int, int], ...]:
    out = []
    for piece in field.split(";"):
        a, b = piece.split()
        out.append((int(a), int(b)))
    return tuple(out)


def read_ann(path: Path, text: str) -> list[Gold]:
    """Gold attributions of one brat ``.ann`` file."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    events = []
    for line in path.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            kind, _, where = cols[1].partition(" ")
            try:
                spans[cols[0]] = (kind, _spans(where))
            except ValueError:
                continue
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(role.split(":", 1) for role in cols[1].split() if ":" in role))
    golds, seen = [], set()
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None or content[0] != "Content":
            continue
        parts = content[1]
        if parts in seen:
            continue
        seen.add(parts)
        source = spans.get(roles.get("Source", ""), ("", ()))[1]
        cue = spans.get(roles.get("Cue", ""), ("", ()))[1]
        first = text[parts[0][0]: parts[0][1]].lstrip()
        golds.append(Gold(parts, source, cue, bool(first) and first[0] in _QUOTE_CHARS))
    return golds


def articles(data: Path, limit: int | None = None) -> list[tuple[Path, Path]]:
    """(text file, chosen .ann file) pairs in name order."""
    text_dir, ann_dir = data / "text", data / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        parts = [p.name for p in sorted(data.iterdir()) if (p / "text").is_dir()] if data.is_dir() else []
        hint = f"; pass one of its parts: {', '.join(f'{data / p}' for p in parts)}" if parts else ""
        raise InputError(f"{data}: expected text/ and attributions/ folders (PolNeAR layout){hint}")
    anns: dict[str, list[Path]] = {}
    for ann in ann_dir.glob("*.ann"):
        stem, _, _annotator = ann.stem.rpartition("_")
        anns.setdefault(stem, []).append(ann)
    pairs = []
    for txt in sorted(text_dir.glob("*.txt")):
        if txt.stem in anns:
            pairs.append((txt, sorted(anns[txt.stem])[0]))
    return pairs[:limit] if limit else pairs


def predict(text: str) -> list[Predicted]:
    """The product's attributions for one article (quotes and refusals to comment), as the report finds them."""
    from .. import actors, quotes
    from ..segment import segment

    doc = segment(text)
    found = quotes.attributions(doc, mentions=actors.actor_mentions(doc))  # refusals to comment too: PolNeAR marks them
    out = []
    for q in found:
        sp = q.speaker
        speaker = (sp.start, sp.end) if sp is not None and sp.start is not None else None
        cue = (q.cue.start, q.cue.end) if q.cue is not None else None
        parts = tuple((p.start, p.end) for p in q.parts) or ((q.start, q.end),)
        out.append(Predicted(parts, speaker, cue, q.kind == "direct"))
    return out


def _baseline(text: str) -> list[Predicted]:
    return [Predicted(((m.start(), m.end()),), None, None, True) for m in _BASELINE.finditer(text)]


def _shared(a: tuple[tuple[int, int], ...], b: tuple[tuple[int, int], ...]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(spans: tuple[tuple[int, int], ...]) -> int:
    return sum(e - s for s, e in spans)


def _overlaps(span: tuple[int, int] | None, gold: tuple[tuple[int, int], ...]) -> bool:
    return span is not None and any(span[0] < e and s < span[1] for s, e in gold)


def match(preds: list[Predicted], golds: list[Gold], *, strict: bool = False) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs, best coverage first."""
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            shared = _shared(p.parts, g.content)
            if not shared:
                continue
            glen = _length(g.content)
            if strict:
                score = shared / (glen + _length(p.parts) - shared)
            else:
                score = shared / glen if glen else 0.0
            if score >= MIN_COVERAGE:
                candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_p, used_g, pairs = set(), set(), []
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class _Tally:
    def __init__(self) -> None:
        self.gold = self.pred = self.matched_gold = self.matched_pred = 0
        self.speaker_ok = self.speaker_n = self.cue_ok = self.cue_n = 0

    def add(self, preds: list[Predicted], golds: list[Gold], pairs: list[tuple[int, int]], kind=None) -> None:
        def keep(direct: bool) -> bool:
            return kind is None or direct == kind

        self.gold += sum(1 for g in golds if keep(g.direct))
        self.pred += sum(1 for p in preds if keep(p.direct))
        for i, j in pairs:
            p, g = preds[i], golds[j]
            self.matched_pred += keep(p.direct)
            if not keep(g.direct):
                continue
            self.matched_gold += 1
            if g.source:
                self.speaker_n += 1
                self.speaker_ok += _overlaps(p.speaker, g.source)
            if g.cue:
                self.cue_n += 1
                self.cue_ok += _overlaps(p.cue, g.cue)

    def figures(self) -> dict[str, Any]:
        p = self.matched_pred / self.pred if self.pred else 0.0
        r = self.matched_gold / self.gold if self.gold else 0.0
        return {
            "gold": self.gold, "predicted": self.pred,
            "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "speaker_accuracy": self.speaker_ok / self.speaker_n if self.speaker_n else 0.0,
            "cue_accuracy": self.cue_ok / self.cue_n if self.cue_n else 0.0,
        }


def run(data: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Content P/R/F1 and speaker/cue accuracy on PolNeAR, overall and for direct vs reported speech."""
    pairs_of_files = articles(data, limit)
    if not pairs_of_files:
        raise InputError(f"{data}: no annotated articles found")
    overall, direct, reported, strict, baseline = _Tally(), _Tally(), _Tally(), _Tally(), _Tally()
    for txt, ann in pairs_of_files:
        text = txt.read_text("utf-8")
        golds = read_ann(ann, text)
        preds = predict(text)
        pairs = match(preds, golds)
        overall.add(preds, golds, pairs)
        direct.add(preds, golds, pairs, kind=True)
        reported.add(preds, golds, pairs, kind=False)
        strict.add(preds, golds, match(preds, golds, strict=True))
        base = _baseline(text)
        baseline.add(base, golds, match(base, golds))
    figures = {"articles": len(pairs_of_files), **overall.figures()}
    figures["f1_strict"] = strict.figures()["f1"]
    figures["baseline_f1"] = baseline.figures()["f1"]
    figures["direct"] = direct.figures()
    figures["reported"] = reported.figures()
    return figures
