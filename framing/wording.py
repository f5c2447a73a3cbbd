"""Wording: the terms and phrases that set one article apart from the others it is compared with.

Distinctiveness is the weighted log-odds ratio with an informative Dirichlet
prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", Political Analysis
16(4)): raw counts favour frequent words and plain log-odds favour
rare ones; the prior (the pooled articles plus a small background of common
news words) shrinks both, and dividing by the estimate's standard deviation
gives a z-score that is comparable across terms.

The same counts give the story similarity: cosine of TF-IDF vectors over
content words (Salton & Buckley 1988).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .document import Document, Span

MAX_SPANS = 5  # evidence kept per term
BACKGROUND_WEIGHT = 1.0  # background pseudo-counts, relative to the pooled articles' size
# The days of the week, in order and in lower case: dates for claims, words that are no names for
# actors, the day an event happened for quotes and for biased sentences.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Nouns for a work with a title, in lower case: a capitalised name right after one is the work's title
# ("the show Harbor Life", "the series Cruel Summer"), not speech for quotes nor the outlet's judgement for
# evaluative language.
WORK_NOUNS = frozenset({
    "show", "program", "programme", "series", "book", "memoir", "autobiography", "novel", "film", "movie",
    "documentary", "album", "song", "play", "musical", "podcast", "column", "newsletter", "sitcom", "ad",
})
# Words before the text on a sign, a shirt or a wall ("a banner reading “…”", "a sign that read “…”"): what
# follows is no one's speech for quotes, and its capitals are no one's name for actors.
INSCRIBED = frozenset({"reading", "reads", "emblazoned", "inscribed"})


def inscription_before(lows: list[str], k: int, lo: int) -> bool:
    """Whether the word at token ``k`` (of lower-cased ``lows``, its clause starting at token ``lo``) introduces
    an inscription: one of ``INSCRIBED``, or "read" after "that" or "which"."""
    return lows[k] in INSCRIBED or lows[k] == "read" and k - 1 >= lo and lows[k - 1] in ("that", "which")


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    text = resources.files("framing.lexicons").joinpath("compare/stopwords.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def background() -> dict[str, float]:
    """Word -> relative frequency in news prose (see lexicons/compare/README.md)."""
    text = resources.files("framing.lexicons").joinpath("compare/background.tsv").read_text("utf-8")
    freqs = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, per_million = line.split("\t")
            freqs[word] = float(per_million) / 1e6
    return freqs


@dataclass
class TermCounts:
    """Unigram and bigram counts of one article's content words, with where each occurs."""

    counts: Counter = field(default_factory=Counter)
    spans: dict[str, list[Span]] = field(default_factory=dict)

    @property
    def unigrams(self) -> dict[str, int]:
        return {t: n for t, n in self.counts.items() if " " not in t}

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True, slots=True)
class Term:
    term: str
    z: float  # weighted log-odds z-score against the other articles
    count: int  # occurrences in this article
    others: int  # occurrences in the other articles together
    spans: list[Span]


@lru_cache(maxsize=65536)
def content_word(text: str) -> str | None:
    """The lower-cased word if it can carry meaning: not a stopword, number or single letter."""
    word = text.lower()
    if len(word) < 2 or not word[0].isalnum() or any(c.isdigit() for c in word) or word in stopwords():
        return None
    return word


def term_counts(doc: Document) -> TermCounts:
    """Content unigrams, and bigrams of two adjacent content words in one sentence."""
    result = TermCounts()
    counts, spans = result.counts, result.spans

    def add(term: str, start: int, end: int) -> None:
        counts[term] += 1
        where = spans.setdefault(term, [])
        if len(where) < MAX_SPANS:
            where.append(Span(start, end))

    previous = None  # (word, token) of the last token if it was a content word
    for token in doc.tokens:
        word = content_word(token.text) if token.is_word else None
        if word is None:
            previous = None
            continue
        add(word, token.start, token.end)
        if previous is not None and previous[1].sentence == token.sentence:
            add(f"{previous[0]} {word}", previous[1].start, token.end)
        previous = (word, token)
    return result


def distinctive_terms(articles: list[TermCounts], *, top: int = 10, min_z: float = 0.0) -> list[list[Term]]:
    """For each article, the terms most over-represented against all the others, highest z first.

    Monroe et al. 2008: delta = log-odds(w | i) - log-odds(w | rest) with pseudo-counts
    alpha_w; var(delta) ~ 1/(y_iw + alpha_w) + 1/(y_rest,w + alpha_w); z = delta / sqrt(var).
    alpha_w = pooled count of w + background frequency x pooled size (the informative prior).
    """
    pooled: Counter = Counter()
    for a in articles:
        pooled.update(a.counts)
    size = sum(pooled.values())
    if not size:
        return [[] for _ in articles]
    bg = background()
    alpha = {w: n + BACKGROUND_WEIGHT * size * bg.get(w, 0.0) for w, n in pooled.items()}
    alpha0 = sum(alpha.values())
    results = []
    for a in articles:
        n_i = a.total
        n_rest = size - n_i
        terms = []
        for w, y_i in a.counts.items():
            y_rest = pooled[w] - y_i
            a_w = alpha[w]
            other_i, other_rest = n_i + alpha0 - y_i - a_w, n_rest + alpha0 - y_rest - a_w
            if other_i <= 0 or other_rest <= 0:
                continue  # the pooled articles hold no other term: no odds to compare
            delta = math.log((y_i + a_w) / other_i) - math.log((y_rest + a_w) / other_rest)
            z = delta / math.sqrt(1.0 / (y_i + a_w) + 1.0 / (y_rest + a_w))
            if z > min_z:
                terms.append(Term(w, z, y_i, y_rest, list(a.spans[w])))
        # on a tie the phrase first: "coming back" says more than "coming" (dropped then as its part)
        terms.sort(key=lambda t: (-t.z, -t.term.count(" "), t.term))
        results.append(_without_overlap(terms, top))
    return results


def _without_overlap(terms: list[Term], top: int) -> list[Term]:
    """The best terms, skipping a unigram already inside a kept bigram with the same count (and vice versa)."""
    kept: list[Term] = []
    words_in_kept: dict[str, int] = {}
    for term in terms:
        parts = term.term.split(" ")
        if any(words_in_kept.get(p) == term.count for p in parts) and len(parts) == 1:
            continue
        if len(parts) == 2 and all(words_in_kept.get(p) == term.count for p in parts):
            continue
        kept.append(term)
        for p in parts:
            words_in_kept.setdefault(p, term.count)
        if len(kept) == top:
            break
    return kept


def tfidf_cosines(articles: list[TermCounts]) -> list[list[float]]:
    """Pairwise cosine similarity of TF-IDF vectors over content unigrams (smoothed idf)."""
    vectors = [a.unigrams for a in articles]
    n = len(vectors)
    df: Counter = Counter()
    for v in vectors:
        df.update(v.keys())
    idf = {w: math.log((1 + n) / (1 + d)) + 1.0 for w, d in df.items()}
    weighted = [{w: c * idf[w] for w, c in v.items()} for v in vectors]
    norms = [math.sqrt(sum(x * x for x in v.values())) for v in weighted]
    matrix = [[1.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            small, large = sorted((weighted[i], weighted[j]), key=len)
            dot = sum(x * large.get(w, 0.0) for w, x in small.items())
            cos = dot / (norms[i] * norms[j]) if norms[i] and norms[j] else 0.0
            matrix[i][j] = matrix[j][i] = cos
    return matrix
