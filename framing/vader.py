"""VADER's sentence scores (Hutto & Gilbert, ICWSM 2014), computed the same way, only faster.

Why the project scores with its own copy of VADER's algorithm: the report scores every sentence,
and vaderSentiment's ``polarity_scores`` spends most of its time on work that cannot change the
result for news text (an emoji loop over every character of ASCII text, each word lower-cased
again by every rule, n-gram strings built for every lexicon word, a 'but' rule that scans the
whole list per word). :class:`Vader` runs vaderSentiment 3.3.2's rules in the same order with the
same floating-point operations, doing only the work that can change the outcome, so its four
figures are exactly (``==``, not approximately) those of ``polarity_scores``, about four times
faster. tests/test_tone.py holds it to that against vaderSentiment itself, on generated sentences
that exercise every rule and on every sentence of PolNeAR and SemEval samples.

VADER's data (lexicon, emoji descriptions, boosters, negations, idioms, constants) is read from the
installed vaderSentiment package, which stays its one source.
"""

from __future__ import annotations

import string
from collections import defaultdict
from heapq import heappop, heappush
from itertools import compress, count, pairwise
from math import fabs

from vaderSentiment import vaderSentiment as reference

_BOOSTERS = reference.BOOSTER_DICT
_SPECIAL_CASES = reference.SPECIAL_CASES
_NEGATIONS = frozenset(reference.NEGATE)
_SO_THIS = ("so", "this")
_OR_NOR = ("or", "nor")
# The words that set off one of VADER's rules from the three places before a lexicon word: boosters,
# negations (with "never" and "without"), "no", "least", "so" and "this" (of "never so", "never this").
_RULE_WORDS = frozenset([*_BOOSTERS, *_NEGATIONS, "no", "least", *_SO_THIS])
# The first two words of every idiom and multi-word booster: no pair of them around a word, no idiom.
_IDIOM_PAIRS = frozenset(tuple(phrase.split(" ")[:2]) for phrase in [*_SPECIAL_CASES, *_BOOSTERS] if " " in phrase)
_NEUTRAL = (0.0, 1.0, 0.0, 0.0)  # what VADER gives text with words but no valence


class _SentiTextTokens(dict):
    """Whitespace word -> VADER's token for it (SentiText): the word without leading and trailing
    punctuation, unless that leaves two characters or fewer (an emoticon such as ":)" or ":-("; a
    word with no punctuation is itself either way). A pure function of the word, and words repeat:
    a look-up is cheaper than stripping, and the word's hash, computed by the look-up, is kept on the
    token the lexicon is then asked about."""

    def __missing__(self, word: str) -> str:
        if len(self) > 200_000:
            self.clear()
        stripped = word.strip(string.punctuation)
        token = self[word] = stripped if len(stripped) > 2 else word
        return token


_sentitext_token = _SentiTextTokens().__getitem__


_ASCII_BYTES = bytes(range(128))


def _non_ascii(text: str) -> str:
    """The characters of ``text`` beyond ASCII, in order: its UTF-8 without the ASCII bytes (no byte of a
    longer character is one), decoded. Three passes in C over bytes, where testing a set against the
    text itself makes an object of each character."""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


def _negated(word: str) -> bool:
    """VADER's ``negated([word])`` for one lower-cased word."""
    return word in _NEGATIONS or "n't" in word


class Vader:
    """``polarity`` = vaderSentiment's ``polarity_scores``, as a tuple in the same key order."""

    __slots__ = ("_emojis", "_emoji_chars", "_lexicon", "_valences")

    def __init__(self, analyzer: reference.SentimentIntensityAnalyzer) -> None:
        self._lexicon = analyzer.lexicon
        # Words VADER scores on their own: a booster is scored 0 before its lexicon entry is read.
        self._valences = {word: v for word, v in analyzer.lexicon.items() if word not in _BOOSTERS}
        self._emojis = analyzer.emojis
        # VADER replaces an emoji character by character, so only one-character entries ever match.
        self._emoji_chars = frozenset(emoji for emoji in analyzer.emojis if len(emoji) == 1)

    def polarity(self, text: str) -> tuple[float, float, float, float]:
        """(neg, neu, pos, compound) for ``text``, equal to ``polarity_scores(text)``'s values."""
        if not text.isascii() and not self._emoji_chars.isdisjoint(_non_ascii(text)):  # (no emoji is ASCII)
            text = self._describe_emojis(text)
        lowered = text.lower()
        if len(lowered) == len(text) and "Σ" not in text:
            # Lower-cased character by character (only "İ" grows, only "Σ" depends on its
            # neighbours), so its words are VADER's words lower-cased, in one pass.
            lowers = list(map(_sentitext_token, lowered.split()))
        else:
            lowers = list(map(str.lower, map(_sentitext_token, text.split())))
        if not lowers:
            return 0.0, 0.0, 0.0, 0.0
        valences = self._valences
        hits = list(compress(count(), map(valences.__contains__, lowers)))
        if not hits:
            return _NEUTRAL
        words = text.split()
        size = len(words)
        contractions = "n't" in lowered  # a word with "n't" negates like "not"
        # Some words ALL CAPS, not all. VADER asks it of its tokens, the words without leading and
        # trailing punctuation, but punctuation has no case: the whitespace words give the same.
        cap_differs = 0 < sum(map(str.isupper, words)) < size
        # Only the non-zero valences are kept, in text order: zeros add nothing to VADER's sums,
        # they only count as neutral words.
        positions = []
        scores = []
        for i in hits:
            if i < size - 1 and lowers[i] == "kind" and lowers[i + 1] == "of":
                continue
            valence = self._valence(i, words, lowers, cap_differs, contractions)
            if valence:
                positions.append(i)
                scores.append(valence)
        if "but" in lowers:
            _but_check(positions, scores, lowers.index("but"))
        return _score(scores, size - len(scores), text)

    def _valence(self, i: int, words: list[str], lowers: list[str], cap_differs: bool, contractions: bool) -> float:
        """``sentiment_valence`` for the lexicon word at ``i`` with its negation, booster, ALL CAPS,
        idiom and 'least' rules, in VADER's order."""
        lexicon = self._lexicon
        word = lowers[i]
        valence = lexicon[word]
        if word != "no" and not contractions and _RULE_WORDS.isdisjoint(lowers[max(i - 3, 0) : i]):
            # The common case: no word before it can boost, negate or dampen it, so of VADER's
            # rules only ALL CAPS and the idioms (checked when the third word before is not a
            # lexicon word) can apply. VADER also adds a zero booster scalar per word before:
            # that changes at most the sign of a zero valence, and zeros are dropped.
            if cap_differs and words[i].isupper():
                valence = _emphasised(valence)
            if i > 2 and lowers[i - 3] not in lexicon:
                valence = _special_idioms_check(valence, lowers, i)
            return valence
        if word == "no" and i != len(lowers) - 1 and lowers[i + 1] in lexicon:
            valence = 0.0  # "no" negates the next word instead of scoring itself
        if ((i > 0 and lowers[i - 1] == "no") or (i > 1 and lowers[i - 2] == "no")
                or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in _OR_NOR)):
            valence = lexicon[word] * reference.N_SCALAR
        if cap_differs and words[i].isupper():
            valence = _emphasised(valence)
        for distance in (1, 2, 3):
            if i < distance or lowers[i - distance] in lexicon:
                continue
            before = lowers[i - distance]
            # scalar_inc_dec: a booster before the word, stronger in ALL CAPS, damped with distance
            scalar = 0.0
            if before in _BOOSTERS:
                scalar = _BOOSTERS[before]
                if valence < 0:
                    scalar *= -1
                if cap_differs and words[i - distance].isupper():
                    if valence > 0:
                        scalar += reference.C_INCR
                    else:
                        scalar -= reference.C_INCR
                if distance == 2:
                    scalar = scalar * 0.95
                elif distance == 3:
                    scalar = scalar * 0.9
            valence = valence + scalar
            valence = _negation_check(valence, lowers, distance, i)
            if distance == 3:
                valence = _special_idioms_check(valence, lowers, i)
        # _least_check: "least good" negates, "at least" and "very least" do not
        if i > 0 and lowers[i - 1] == "least" and "least" not in lexicon:
            if i == 1 or (lowers[i - 2] != "at" and lowers[i - 2] != "very"):
                valence = valence * reference.N_SCALAR
        return valence

    def _describe_emojis(self, text: str) -> str:
        """Each emoji character replaced by its description, spaced as VADER spaces it."""
        emojis = self._emojis
        parts = []
        after_space = True
        for char in text:
            if char in emojis:
                if not after_space:
                    parts.append(" ")
                parts.append(emojis[char])
                after_space = False
            else:
                parts.append(char)
                after_space = char == " "
        return "".join(parts).strip()


def _emphasised(valence: float) -> float:
    """A word in ALL CAPS among others that are not: its valence moves away from zero."""
    if valence > 0:
        return valence + reference.C_INCR
    return valence - reference.C_INCR


def _negation_check(valence: float, lowers: list[str], distance: int, i: int) -> float:
    """VADER's ``_negation_check`` for the word ``distance`` places before the lexicon word."""
    if distance == 1:
        if _negated(lowers[i - 1]):
            valence = valence * reference.N_SCALAR
    elif distance == 2:
        if lowers[i - 2] == "never" and lowers[i - 1] in _SO_THIS:
            valence = valence * 1.25
        elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
            pass
        elif _negated(lowers[i - 2]):
            valence = valence * reference.N_SCALAR
    elif (lowers[i - 3] == "never" and lowers[i - 2] in _SO_THIS) or lowers[i - 1] in _SO_THIS:
        valence = valence * 1.25
    elif lowers[i - 3] == "without" and (lowers[i - 2] == "doubt" or lowers[i - 1] == "doubt"):
        pass
    elif _negated(lowers[i - 3]):
        valence = valence * reference.N_SCALAR
    return valence


def _special_idioms_check(valence: float, lowers: list[str], i: int) -> float:
    """VADER's ``_special_idioms_check``: idioms around the word set its valence, multi-word
    boosters before it add to it."""
    window = lowers[i - 3 : i + 2]  # every phrase VADER tries starts with one of its pairs
    if _IDIOM_PAIRS.isdisjoint(pairwise(window)):
        return valence
    three, two, one, zero = window[:4]
    one_zero = f"{one} {zero}"
    two_one_zero = f"{two} {one} {zero}"
    two_one = f"{two} {one}"
    three_two_one = f"{three} {two} {one}"
    three_two = f"{three} {two}"
    for sequence in (one_zero, two_one_zero, two_one, three_two_one, three_two):
        if sequence in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[sequence]
            break
    if len(lowers) - 1 > i:
        zero_one = f"{zero} {lowers[i + 1]}"
        if zero_one in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[zero_one]
    if len(lowers) - 1 > i + 1:
        zero_one_two = f"{zero} {lowers[i + 1]} {lowers[i + 2]}"
        if zero_one_two in _SPECIAL_CASES:
            valence = _SPECIAL_CASES[zero_one_two]
    for n_gram in (three_two_one, three_two, two_one):
        if n_gram in _BOOSTERS:
            valence = valence + _BOOSTERS[n_gram]
    return valence


def _but_check(positions: list[int], scores: list[float], but: int) -> None:
    """VADER's ``_but_check`` on the non-zero scores: halve those before the first 'but', raise
    those after it by half.

    VADER finds each score's place with ``list.index``, the first place holding an equal value:
    that may be an earlier place it scaled already, which is then scaled (again) instead. The
    quirk is reproduced with, per value, a heap of the places that hold it so far (``list.index``
    makes VADER quadratic). Zeros can be left out: scaling a zero leaves a zero, and a non-zero
    is never found at a zero's place.
    """
    places: dict[float, list[int]] = defaultdict(list)
    for k, score in enumerate(scores):  # scores[k] is still as scored: only places up to k change
        heap = places[score]
        heappush(heap, k)
        first = heap[0]
        if positions[first] < but:
            scaled = score * 0.5
        elif positions[first] > but:
            scaled = score * 1.5
        else:
            continue
        heappop(heap)
        scores[first] = scaled
        heappush(places[scaled], first)


def _score(scores: list[float], neutral: int, text: str) -> tuple[float, float, float, float]:
    """VADER's ``score_valence`` from the non-zero scores in text order and the number of zeros."""
    total_valence = float(sum(scores))
    # Emphasis from "!" (up to 4 count) and "?" (from 2 on; 4 or more count a fixed 0.96).
    exclamations = text.count("!")
    questions = text.count("?")
    emphasis = (4 if exclamations > 4 else exclamations) * 0.292 + (
        (questions * 0.18 if questions <= 3 else 0.96) if questions > 1 else 0)
    if total_valence > 0:
        total_valence += emphasis
    elif total_valence < 0:
        total_valence -= emphasis
    compound = reference.normalize(total_valence)
    positive = 0.0
    negative = 0.0
    for score in scores:
        if score > 0:
            positive += float(score) + 1  # +1 and -1 compensate for the neutral words counted as 1
        else:
            negative += float(score) - 1
    if positive > fabs(negative):
        positive += emphasis
    elif positive < fabs(negative):
        negative -= emphasis
    total = positive + fabs(negative) + neutral
    return (round(fabs(negative / total), 3), round(fabs(neutral / total), 3), round(fabs(positive / total), 3),
            round(compound, 4))
