"""Sentence and article tone from VADER (Hutto & Gilbert, ICWSM 2014).

VADER's compound score is built for short texts: fed a whole article it
saturates towards +/-1. So the article figure is the mean of sentence
compounds, next to the shares of positive, negative and neutral sentences and
GDELT-style word counts (Leetaru, GDELT GKG "Tone" fields), which are
comparable across articles of any length.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from .document import Document, quick_init
from .vader import Vader

# VADER's own thresholds for calling a compound score positive or negative.
POSITIVE = 0.05
NEGATIVE = -0.05


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """One VADER instance per process: building it parses the lexicon file."""
    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def scorer() -> Vader:
    """VADER's sentence scores, exactly, from the project's faster copy of its algorithm."""
    return Vader(analyzer())


@lru_cache(maxsize=1)
def _word_valence_signs() -> dict[str, int]:
    """VADER's lexicon words as word -> 1 (positive valence) or -1 (negative); neutral entries and
    emoticons left out. Only entries starting with a letter or digit: a token's lower-cased text
    starts with one exactly when the token does (it is a word), so looking every token up counts
    the words alone without asking each token whether it is one."""
    return {word: 1 if valence > 0 else -1 for word, valence in analyzer().lexicon.items()
            if valence and word[0].isalnum()}


def label(compound: float) -> str:
    if compound >= POSITIVE:
        return "positive"
    if compound <= NEGATIVE:
        return "negative"
    return "neutral"


@quick_init
@dataclass(frozen=True, slots=True)
class SentenceTone:
    start: int
    end: int
    compound: float
    positive: float  # VADER's pos/neg/neu: proportions of the sentence's valence
    negative: float
    neutral: float
    kind: str  # "body" or "heading"


@quick_init
@dataclass(frozen=True, slots=True)
class SentenceRef:
    start: int
    end: int
    compound: float


@dataclass(frozen=True, slots=True)
class ArticleTone:
    compound: float  # mean of body-sentence compounds (headings when there is no body)
    label: str
    share_positive: float  # share of scored sentences with compound >= 0.05
    share_negative: float  # ... <= -0.05
    share_neutral: float
    most_positive: SentenceRef | None
    most_negative: SentenceRef | None
    positive_words: float  # GDELT: % of words in VADER's lexicon with positive valence
    negative_words: float  # GDELT: % of words with negative valence
    gdelt_tone: float  # positive_words - negative_words
    polarity: float  # positive_words + negative_words: how much of the text is tonal at all
    sentences: int  # how many sentences the figures cover


_COMPOUND = attrgetter("compound")  # a C-level key: a lambda is a call into the interpreter per sentence


def sentence_tones(doc: Document) -> list[SentenceTone]:
    """VADER scores for every kept sentence, headings included."""
    text = doc.text
    scores = map(scorer().polarity, [text[s.start : s.end] for s in doc.sentences])
    return [SentenceTone(s.start, s.end, compound, positive, negative, neutral, s.kind)
            for s, (negative, neutral, positive, compound) in zip(doc.sentences, scores, strict=True)]


def article_tone(doc: Document, *, sentences: list[SentenceTone]) -> ArticleTone:
    """Length-robust article figures over the sentence scores and the words."""
    scored = [s for s in sentences if s.kind == "body"] or list(sentences)
    n = len(scored)
    compounds = [s.compound for s in scored]
    mean = sum(compounds) / n if n else 0.0
    positive_sentences = sum(1 for c in compounds if c >= POSITIVE)
    negative_sentences = sum(1 for c in compounds if c <= NEGATIVE)

    # GDELT counts over the words (tokens starting with a letter or digit), in C-level passes.
    words = doc.words
    signs = list(filter(None, map(_word_valence_signs().get, doc.lower_texts())))
    positive_words = signs.count(1)
    negative_words = len(signs) - positive_words
    pos_pct = 100.0 * positive_words / words if words else 0.0
    neg_pct = 100.0 * negative_words / words if words else 0.0

    def ref(s: SentenceTone | None) -> SentenceRef | None:
        return SentenceRef(s.start, s.end, s.compound) if s else None

    most_positive = max(scored, key=_COMPOUND, default=None)
    most_negative = min(scored, key=_COMPOUND, default=None)
    return ArticleTone(
        compound=mean,
        label=label(mean),
        share_positive=positive_sentences / n if n else 0.0,
        share_negative=negative_sentences / n if n else 0.0,
        share_neutral=(n - positive_sentences - negative_sentences) / n if n else 0.0,
        most_positive=ref(most_positive if most_positive and most_positive.compound >= POSITIVE else None),
        most_negative=ref(most_negative if most_negative and most_negative.compound <= NEGATIVE else None),
        positive_words=pos_pct,
        negative_words=neg_pct,
        gdelt_tone=pos_pct - neg_pct,
        polarity=pos_pct + neg_pct,
        sentences=n,
    )
