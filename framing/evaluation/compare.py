"""BASIL (Fan et al., EMNLP 2019): do we order two outlets' tone toward one entity as annotators do?

Each BASIL triplet is one event told by Fox News, The New York Times and
HuffPost; annotators gave, per article, the author's feeling toward each main
entity (``author_feeling_<Entity>``: neg / neu / pos) and toward the main event
(``author_feeling_main_event``). For every entity and every pair of outlets in
a triplet the gold order is the sign of (feeling in A - feeling in B), with
neg < neu < pos, so a pair is "ordered" (A warmer or cooler than B) or a tie.

The project's tone toward an entity is the actor tone the comparison orders
articles by (``ActorInArticle.overall_tone``: every voice counted; actors
matched by proper name, alias or unique surname, never by a description such
as "the president"); the main event's is the article's mean sentence tone.
A predicted difference smaller than ``TIE`` counts as a tie.

Figures (each block: ``entity``, ``main_event``, ``baseline_sentences``):
- ``ordered_pairs``: gold pairs with a strict order; ``ties``: gold ties.
- ``found``: ordered pairs where both articles have a tone for the entity.
- ``ordering_accuracy``: among found ordered pairs, share in the gold direction;
  a predicted tie counts as wrong.
- ``ordering_accuracy_all``: the same over all ordered pairs (not found = wrong).
- ``correct`` / ``reversed`` / ``predicted_ties``: how the found ordered pairs split;
  ``decided_accuracy`` = correct / (correct + reversed): right when it does call an order.
- ``three_way_accuracy``: over all found pairs, gold ties included
  (predicted tie when |difference| < TIE); ``tie_share`` is what always
  answering "tie" would score there.
- ``kendall_tau``: Kendall's tau-b between the gold and the predicted
  differences over all found pairs (each pair counted both ways round, so
  the order of A and B does not matter): threshold-free, 0 for no agreement.
  The tuning half holds few ordered pairs, so the accuracies above swing
  with ``TIE``; choices there rest on this figure.
``same_story``: the similarity's warning on the same-event pairs (should stay quiet) and on
pairs of articles from two different triplets (should warn), with the AUC of the score.
``baseline_sentences`` is a reference, not the product: the tone toward an
entity as the mean VADER compound of the sentences naming it (its surname, or
its name for groups).

The triplets are split deterministically by a hash of the triplet id
(``part_of``, as for actor tone and frames) into a tuning part and a report
part; ``tune`` and ``report`` repeat the ``entity``, ``main_event`` and
``baseline_sentences`` blocks for each. Choices (thresholds, aggregates) are
made on ``tune`` only; ``report`` is the figure to quote for unseen articles.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from pathlib import Path
from typing import Any

from ..compare import SAME_STORY_MIN, compare, find_actor, name_key
from ..errors import InputError
from ..pipeline import analyze
from ..report import Report
from .actor_tone import part_of

TIE = 0.05  # predicted tone differences below this are ties (VADER's own neutral band)
GOLD = {"neg": -1, "neu": 0, "pos": 1}
PREFIX = "author_feeling_"
MAIN_EVENT = "main_event"


def load_triplets(data: Path) -> list[tuple[str, list[tuple[dict, dict]]]]:
    """Triplets in a stable order: each its id and a list of (article JSON, article-level annotations)."""
    by_triplet: dict[str, list[tuple[dict, dict]]] = {}
    for ann_path in sorted((data / "annotations").glob("*/*_ann.json")):
        article_path = data / "articles" / ann_path.parent.name / ann_path.name.replace("_ann.json", ".json")
        if not article_path.exists():
            continue
        article = json.loads(article_path.read_text("utf-8"))
        annotations = json.loads(ann_path.read_text("utf-8")).get("article-level-annotations", {})
        triplet = article.get("triplet-uuid") or ann_path.name.rsplit("_", 2)[0]
        by_triplet.setdefault(triplet, []).append((article, annotations))
    return [(k, by_triplet[k]) for k in sorted(by_triplet) if len(by_triplet[k]) >= 2]


def article_text(article: dict) -> str:
    """The title as a heading line, then one line per paragraph (sentences joined by spaces)."""
    return article_layout(article)[0]


def article_layout(article: dict) -> tuple[str, dict[str, int]]:
    """``article_text`` and where each annotated sentence's own offset 0 lands in it: BASIL's
    span ids are ``title`` and ``p<N>``, the N-th sentence of the flattened body, with offsets
    inside the sentence as the annotators saw it (leading spaces included)."""
    parts: list[str] = []
    origins: dict[str, int] = {}
    at = 0

    def add(key: str, sentence: str, separator: str) -> None:
        nonlocal at
        stripped = sentence.strip()
        if not stripped:
            return
        if parts:
            parts.append(separator)
            at += len(separator)
        origins[key] = at - (len(sentence) - len(sentence.lstrip()))
        parts.append(stripped)
        at += len(stripped)

    title = article.get("title") or ""
    if title:  # as given, trailing space and all
        parts.append(title)
        origins["title"] = 0
        at = len(title)
    n = 0
    for paragraph in article.get("body-paragraphs", []):
        separator = "\n"
        for sentence in paragraph:
            add(f"p{n}", sentence, separator)
            if sentence.strip():
                separator = " "
            n += 1
    return "".join(parts), origins


def sentence_tone(report: Report, entity: str) -> float | None:
    """Mean compound of body sentences naming the entity (surname for multi-word names): the baseline."""
    words = name_key(entity).split()
    if not words:
        return None
    needle = words[-1] if len(words) > 1 and words[0][0].isalpha() else " ".join(words)
    pattern = re.compile(r"\b" + re.escape(needle).replace(r"\ ", r"\s+") + r"s?\b", re.IGNORECASE)
    scores = [s.compound for s in report.sentences if s.kind == "body" and pattern.search(report.text, s.start, s.end)]
    return sum(scores) / len(scores) if scores else None


class _Tally:
    def __init__(self) -> None:
        self.ordered = self.ties = self.found = self.right = self.found_all = self.three_way = 0
        self.found_ties = self.reversed = self.predicted_ties = 0
        self.differences: list[tuple[int, float]] = []  # (gold, predicted difference) of each found pair

    def add(self, gold: int, a: float | None, b: float | None) -> None:
        if gold == 0:
            self.ties += 1
        else:
            self.ordered += 1
        if a is None or b is None:
            return
        diff = a - b
        self.differences += [(gold, diff), (-gold, -diff)]
        predicted = 0 if abs(diff) < TIE else (1 if diff > 0 else -1)
        self.found_all += 1
        self.three_way += predicted == gold
        if gold == 0:
            self.found_ties += 1
        else:
            self.found += 1
            self.right += predicted == gold
            self.reversed += predicted == -gold
            self.predicted_ties += predicted == 0

    def figures(self) -> dict[str, Any]:
        return {
            "ordered_pairs": self.ordered,
            "ties": self.ties,
            "found": self.found,
            "ordering_accuracy": self.right / self.found if self.found else 0.0,
            "ordering_accuracy_all": self.right / self.ordered if self.ordered else 0.0,
            "correct": self.right,
            "reversed": self.reversed,
            "decided_accuracy": self.right / (self.right + self.reversed) if self.right + self.reversed else 0.0,
            "predicted_ties": self.predicted_ties,
            "three_way_accuracy": self.three_way / self.found_all if self.found_all else 0.0,
            "tie_share": self.found_ties / self.found_all if self.found_all else 0.0,
            "kendall_tau": kendall_tau(self.differences),
        }


def kendall_tau(pairs: list[tuple[int, float]]) -> float:
    """Kendall's tau-b of (x, y) pairs; quadratic, which a few hundred BASIL pairs afford."""
    concordant = discordant = only_x = only_y = 0
    for i, (x1, y1) in enumerate(pairs):
        for x2, y2 in pairs[i + 1:]:
            dx, dy = (x1 > x2) - (x1 < x2), (y1 > y2) - (y1 < y2)
            if dx and dy:
                concordant += dx == dy
                discordant += dx != dy
            elif dx:
                only_x += 1
            elif dy:
                only_y += 1
    denominator = math.sqrt((concordant + discordant + only_x) * (concordant + discordant + only_y))
    return (concordant - discordant) / denominator if denominator else 0.0


def run(data: Path, *, limit: int | None = None) -> dict[str, Any]:
    if not (data / "annotations").is_dir() or not (data / "articles").is_dir():
        raise InputError(f"{data}: expected BASIL's articles/ and annotations/ folders")
    triplets = load_triplets(data)[:limit] if limit else load_triplets(data)
    tallies = {part: (_Tally(), _Tally(), _Tally()) for part in ("all", "tune", "report")}
    all_reports = [[analyze(article_text(a)) for a, _ in triplet] for _, triplet in triplets]
    same_event: list[float] = []
    for (triplet_id, triplet), reports in zip(triplets, all_reports, strict=True):
        parts = (tallies["all"], tallies[part_of(triplet_id)])
        labels = [f"{a.get('source', 'outlet').lower()}#{i}" for i, (a, _) in enumerate(triplet)]
        comparison = compare(reports, labels=labels)
        same_event.extend(p.score for p in comparison.similarity.pairs)
        feelings = [ann for _, ann in triplet]
        keys = sorted({k for ann in feelings for k in ann if k.startswith(PREFIX)})
        for key in keys:
            name = key[len(PREFIX):].replace("_", " ")
            for i, j in itertools.combinations(range(len(triplet)), 2):
                gi, gj = GOLD.get(feelings[i].get(key)), GOLD.get(feelings[j].get(key))
                if gi is None or gj is None:
                    continue
                gold = (gi > gj) - (gi < gj)
                if name == MAIN_EVENT.replace("_", " "):
                    for _, event, _ in parts:
                        event.add(gold, reports[i].tone.compound, reports[j].tone.compound)
                    continue
                ai = find_actor(comparison, labels[i], name)
                aj = find_actor(comparison, labels[j], name)
                ti = ai.overall_tone if ai and ai.mentions else None
                tj = aj.overall_tone if aj and aj.mentions else None
                bi, bj = sentence_tone(reports[i], name), sentence_tone(reports[j], name)
                for entity, _, baseline in parts:
                    entity.add(gold, ti, tj)
                    baseline.add(gold, bi, bj)
    # Other events: article k % 3 of triplet k against article (k + 1) % 3 of triplet k + 1.
    n = len(all_reports)
    other_event = [compare([all_reports[k][k % len(all_reports[k])],
                            all_reports[(k + 1) % n][(k + 1) % len(all_reports[(k + 1) % n])]]).similarity.score
                   for k in range(n)] if n > 1 else []
    blocks = {part: dict(zip(("entity", "main_event", "baseline_sentences"), (t.figures() for t in tally),
                             strict=True)) for part, tally in tallies.items()}
    return {
        "triplets": len(triplets),
        "articles": sum(map(len, all_reports)),
        "tie_margin": TIE,
        **blocks["all"],
        "tune": {"triplets": sum(part_of(k) == "tune" for k, _ in triplets), **blocks["tune"]},
        "report": {"triplets": sum(part_of(k) == "report" for k, _ in triplets), **blocks["report"]},
        "same_story": {
            "same_event_pairs": len(same_event),
            "same_event_warned": sum(1 for s in same_event if s < SAME_STORY_MIN),
            "other_event_pairs": len(other_event),
            "other_event_not_warned": sum(1 for s in other_event if s >= SAME_STORY_MIN),
            "auc": auc(same_event, other_event),
        },
    }


def auc(positives: list[float], negatives: list[float]) -> float:
    """Probability that a same-event pair scores above an other-event pair (Mann-Whitney U, ties half)."""
    if not positives or not negatives:
        return 0.0
    scored = sorted([(s, 1) for s in positives] + [(s, 0) for s in negatives])
    rank_sum = 0.0
    i = 0
    while i < len(scored):
        j = i
        while j < len(scored) and scored[j][0] == scored[i][0]:
            j += 1
        mid_rank = (i + j + 1) / 2  # 1-based average rank of the tied run
        rank_sum += mid_rank * sum(label for _, label in scored[i:j])
        i = j
    p, q = len(positives), len(negatives)
    return (rank_sum - p * (p + 1) / 2) / (p * q)
