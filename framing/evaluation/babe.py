"""Biased sentences and words: BABE (Spinde et al., "Neural Media Bias Detection Using Distant
Supervision With BABE", Findings of EMNLP 2021).

A sentence counts as biased when the report lists it among the evaluative
summary's ``biased_sentences`` (weighed cues: polar evaluative wording in the outlet's voice
or quoted, a certainty marker, a presupposing reporting verb): that is the product's own claim
("the sentence takes sides"), scored against the expert label with macro-F1
over Biased and Non-biased (rows without agreement are left out). Word recall asks, for every
word the annotators marked in a biased sentence, whether some finding covers it.

``data`` is the ``babe`` folder (reads ``babe_dev.csv``) or one of its CSV
files. Most SG1 and MBIC sentences are also in ``babe_dev.csv`` and were read while
building the lexicon, so the file is split deterministically by a hash of the
sentence text (``part_of``, as for actor tone and frames) into a tuning part, the
only one the sentence-level cues and weights were chosen on, and a reporting part;
the figures are given for all sentences (the top-level keys) and for each part
(``tune.*``, ``report.*``). The reporting part is the honest figure.
"""

from __future__ import annotations

import ast
import csv
import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..evaluative import Evaluative, biased_sentences
from ..pipeline import run_stages, stages_for
from ..segment import segment
from .actor_tone import part_of

DEFAULT_FILE = "babe_dev.csv"
LABELS = ("Biased", "Non-biased")
_STAGES = stages_for("quotes", "evaluative")


def findings(text: str) -> tuple[list[Evaluative], bool]:
    """The evaluative stage on one sentence, with the real quote stage before it, and whether
    the sentence takes sides."""
    doc = segment(text)
    results = run_stages(doc, _STAGES)
    found = results["evaluative"]
    return found, bool(biased_sentences(doc, found, results["quotes"]))


def _words(cell: str) -> list[str]:
    try:
        value = ast.literal_eval(cell.strip() or "[]")
    except (ValueError, SyntaxError):
        return []
    return [w for w in value if isinstance(w, str) and w.strip()] if isinstance(value, list) else []


# MBIC's derived file is comma-separated with unbalanced quotes around a multi-line
# article column: read it by its fixed columns instead of as CSV.
_MBIC_ROW = re.compile(
    r'^"?(?P<text>.*?),https?://\S*?,[^,\n]*,[^,\n]*,(?:left|right|center),\d+,\d+,'
    r"(?P<label>Biased|Non-biased|No agreement),", re.MULTILINE)
_MBIC_WORDS = re.compile(r"(\[[^\[\]\n]*\])\"*\s*$", re.MULTILINE)


def _mbic_rows(raw: str) -> Iterator[tuple[str, str, list[str]]]:
    matches = list(_MBIC_ROW.finditer(raw))
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        body = raw[match.end() : following.start() if following else len(raw)]
        tail = [m.group(1) for m in _MBIC_WORDS.finditer(body)]
        words = _words(tail[-1].replace('""', '"')) if tail else []
        yield match.group("text").replace('""', '"'), match.group("label"), words


def rows(path: Path) -> Iterator[tuple[str, str, list[str]]]:
    """(sentence, label, biased words) from a BABE-format file."""
    raw = path.read_text("utf-8")
    first = raw.split("\n", 1)[0]
    if ";" not in first:
        yield from _mbic_rows(raw)
        return
    for row in csv.DictReader(raw.splitlines(), delimiter=";"):
        yield row["text"], row["label_bias"], _words(row.get("biased_words") or "")


def _covered(sentence: str, word: str, found: list[Evaluative]) -> bool:
    for m in re.finditer(r"(?<!\w)" + re.escape(word.strip()) + r"(?!\w)", sentence, re.IGNORECASE):
        if any(f.start < m.end() and m.start() < f.end for f in found):
            return True
    return False


def _figures(tally: dict) -> dict:
    """Macro-F1 over Biased and Non-biased, with the Biased precision/recall and word recall."""
    confusion = tally["confusion"]

    def f1(label: str) -> tuple[float, float, float]:
        tp = confusion[(label, label)]
        fp = sum(confusion[(g, label)] for g in LABELS if g != label)
        fn = sum(confusion[(label, p)] for p in LABELS if p != label)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    biased, unbiased = f1("Biased"), f1("Non-biased")
    n = tally["sentences"]
    correct = confusion[("Biased", "Biased")] + confusion[("Non-biased", "Non-biased")]
    words = tally["words"]
    return {
        "sentences": n,
        "macro_f1": (biased[2] + unbiased[2]) / 2,
        "accuracy": correct / n if n else 0.0,
        "biased_precision": biased[0],
        "biased_recall": biased[1],
        "biased_f1": biased[2],
        "unbiased_f1": unbiased[2],
        "word_recall": tally["words_found"] / words if words else 0.0,
        "word_recall_polar": tally["words_polar"] / words if words else 0.0,
        "biased_words": words,
    }


def _empty_tally() -> dict:
    return {"confusion": {(g, p): 0 for g in LABELS for p in LABELS},
            "sentences": 0, "words": 0, "words_found": 0, "words_polar": 0}


def run(data: Path, *, limit: int | None = None) -> dict:
    path = data / DEFAULT_FILE if data.is_dir() else data
    if not path.is_file():
        raise InputError(f"{path}: no BABE file here")
    tallies = {"tune": _empty_tally(), "report": _empty_tally()}
    n = 0
    for sentence, label, biased_words in rows(path):
        if label not in LABELS or not sentence.strip():
            continue
        if limit is not None and n >= limit:
            break
        n += 1
        tally = tallies[part_of(sentence)]
        tally["sentences"] += 1
        found, biased = findings(sentence)
        predicted = "Biased" if biased else "Non-biased"
        tally["confusion"][(label, predicted)] += 1
        if label == "Biased":
            polar = [f for f in found if f.polarity != 0]
            for word in biased_words:
                tally["words"] += 1
                tally["words_found"] += _covered(sentence, word, found)
                tally["words_polar"] += _covered(sentence, word, polar)
    both = _empty_tally()
    for tally in tallies.values():
        for key, value in tally.items():
            if key == "confusion":
                for cell, count in value.items():
                    both["confusion"][cell] += count
            else:
                both[key] += value
    return {
        "file": path.name,
        **_figures(both),
        "tune": _figures(tallies["tune"]),
        "report": _figures(tallies["report"]),
    }
