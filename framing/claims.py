"""Claims: numbers, dates and quantities, with units normalised so articles can be aligned.

A claim spans a quantity with its hedge and unit ("nearly 300 kilometers",
"over 50,000 ... troops", "$5bn", "since 2022"). Units are normalised to
SI-ish base units (m, m2, kg, s, m/s, %; money keeps its currency code), and
the hedge gives the interval the writer commits to (``low``/``high``), so two
articles reporting one fact in different units and roundings can be matched by
:func:`same_claim`. Word lists live in ``lexicons/claims`` (see its README).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from itertools import compress
from typing import NamedTuple

from .document import Document, Token, quick_init
from .wording import WEEKDAYS


@quick_init
@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str


@quick_init
@dataclass(frozen=True, slots=True)
class Claim:
    start: int
    end: int
    text: str
    value: float  # the number as written, scale words applied ("2 million" -> 2000000)
    unit: str | None  # the unit as written ("miles", "%", "USD"), None for plain counts
    normalized: Quantity | None  # value in the base unit of its kind; None for bare numbers
    kind: str = "number"  # count, distance, area, volume, speed, weight, power, energy, money, percent,
    # temperature, duration, age, date, number
    hedge: str | None = None  # "nearly", "over", "hundreds of", "since" ...
    low: float | None = None  # interval implied by the hedge, in the written unit
    high: float | None = None
    subject: str | None = None  # what a count counts ("troops"), lower case
    sentence: int | None = None  # index into the document's sentences
    iso: str | None = None  # dates: ISO 8601, partial where the text is ("2022", "--11-17", "--08")
    event: str | None = None  # counts: what happened to the counted ("arrest" of "12 people were arrested")


# --- word lists -------------------------------------------------------------------------------


def _rows(name: str) -> list[list[str]]:
    text = resources.files("framing.lexicons").joinpath("claims", name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def number_words() -> frozenset[str]:
    """Number and scale words ("twelve", "thousand", "billion", "bn"): they write a figure, whatever they count."""
    return frozenset({w for w, _ in _rows("numbers.tsv")} | {w for w, _ in _rows("scales.tsv")})


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    """One-word units of measure, money and share ("dollars", "percent", "hectares"; not "days" or
    "years", which also name a time)."""
    return frozenset(row[0].lower() for row in _rows("units.tsv")
                     if " " not in row[0] and row[1] not in ("duration", "age"))


@lru_cache(maxsize=1)
def unit_phrases() -> frozenset[str]:
    """Units of measure and share written in two or more words ("basis points", "square miles"), lower case."""
    return frozenset(" ".join(row[0].lower().split()) for row in _rows("units.tsv")
                     if " " in row[0] and row[1] not in ("duration", "age"))


@dataclass(frozen=True, slots=True)
class _Unit:
    kind: str
    base: str
    factor: float
    offset: float = 0.0  # temperatures: base = value * factor + offset
    symbol: str | None = None  # how the unit is written in a claim when not as the text has it ("°F")


# Degrees Fahrenheit and Celsius in degrees Celsius: x °F = (x - 32) * 5/9 °C.
_TEMPERATURE_SCALES = {"C": _Unit("temperature", "°C", 1.0, 0.0, "°C"),
                       "F": _Unit("temperature", "°C", 5 / 9, -160 / 9, "°F")}
_WRITTEN_TEMPERATURES = {unit.symbol: unit for unit in _TEMPERATURE_SCALES.values()}


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    units: dict[str, _Unit] = {}
    case_units: dict[str, _Unit] = {}
    for row in _rows("units.tsv"):
        target = case_units if len(row) > 4 and row[4] == "CASE" else units
        target[row[0]] = _Unit(row[1], row[2], float(row[3]))
    for row in _rows("temperatures.tsv"):
        target = case_units if len(row) > 2 and row[2] == "CASE" else units
        target[row[0] if target is case_units else _key(row[0])] = _TEMPERATURE_SCALES[row[1]]
    return {
        "units": units,
        "case_units": case_units,
        "currencies": {s: code for s, code in _rows("currencies.tsv")},
        "hedges": {p: (float(lo), float(hi)) for p, lo, hi in _rows("hedges.tsv")},
        "numbers": {w: float(v) for w, v in _rows("numbers.tsv")},
        "scales": {w: float(v) for w, v in _rows("scales.tsv")},
        "vague": {p: (float(lo), float(hi)) for p, lo, hi in _rows("vague.tsv")},
        "fractions": {_key(p): float(v) for p, v in _rows("fractions.tsv")},
    }


def _alternation(phrases, *, flexible_space: bool = True, ignore_case: bool = True) -> str:
    """Longest first, so "square miles" wins over "miles"; spaces match any run of spaces.

    The phrases are grouped by first character ("t(?:onnes|ons)|k(?:m|g)"): ``re`` tries every
    branch of a case-insensitive alternation in turn, and a unit list tried after each number made
    matching three times slower. The grouped form matches the same text with the same preference,
    since a group keeps its phrases' order and (checked here, ignoring case) no character can start
    phrases of two groups; when one could, the plain alternation is kept. A look-ahead for any
    first character rejects the common case, a digit where a word may be, at once. Phrases
    matched with their case (``ignore_case=False``: "MW", "m") are grouped by exact character.
    """
    ordered = sorted(phrases, key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for phrase in ordered:
        groups.setdefault(phrase[0], []).append(_escaped(phrase[1:], flexible_space))
    firsts = list(groups)
    flags = re.IGNORECASE if ignore_case else 0
    if any(re.fullmatch(re.escape(a), b, flags) for a in firsts for b in firsts if a != b):
        return "|".join(_escaped(phrase, flexible_space) for phrase in ordered)
    grouped = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return f"(?=[{''.join(map(re.escape, firsts))}])(?:{grouped})"  # one test skips all groups


def _escaped(phrase: str, flexible_space: bool) -> str:
    escaped = re.escape(phrase)
    return escaped.replace(r"\ ", r"\s+") if flexible_space else escaped


def _key(surface: str) -> str:
    return " ".join(surface.lower().split())


# --- patterns, built once at import ---------------------------------------------------------

# Thousands set off by spaces, as SI style and much European copy write them ("65 000", "1 200 000"; also a
# no-break or thin space): the groups of three make one number. A year and a count ("in 2019 300 people")
# stay two, since a first group has at most three digits.
GROUPED_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?!\d|[.,]\d)"
_NO_SEPARATORS = str.maketrans("", "", ", \u00a0\u202f\u2009")

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)} | {"Sept": 9}
_MONTH_NUMBER = {m: i + 1 for i, m in enumerate(_MONTHS)} | _MONTH_ABBR
_WEEKDAYS = tuple(day.capitalize() for day in WEEKDAYS)
_DATE_HEDGES = ("since", "before", "after", "by", "until", "till", "from", "as of", "early", "late",
                "mid", "end of", "beginning of")
_DATE_PREPOSITIONS = ("in", "on", "of", "during", "through", "throughout", "between", "and", "to",
                      "last", "next", "this", "spring", "summer", "autumn", "fall", "winter")


def _build() -> dict[str, re.Pattern]:
    lex = _lexicon()
    month = r"(?:" + "|".join(_MONTHS) + r"|(?:" + "|".join(sorted(_MONTH_ABBR, key=len, reverse=True)) + r")\.?)"
    weekday = "|".join(_WEEKDAYS)
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:1[89]\d\d|20\d\d)"
    date_hedge = _alternation(_DATE_HEDGES)
    date_prep = _alternation(_DATE_PREPOSITIONS)
    date = rf"""
        (?<![\w-])
        (?:(?P<dhedge>(?i:{date_hedge}))[\s-]+)?
        (?:(?P<dprep>(?i:{date_prep}))\s+(?:the\s+)?)?
        (?P<core>
            (?P<wd>{weekday})(?:,?\s+(?:the\s+)?
                (?:(?P<m1>{month})\s+(?P<d1>{day})|(?P<d2>{day})(?:\s+of)?\s+(?P<m2>{month})))?
          | (?P<m3>{month})\s+(?P<d3>{day})
            # "Jan. 28-29", "January 28 and 29": two days, read as the first (not "16 and 17 people")
            (?:(?:\s?[-–]\s?|\s+and\s+)(?:{day})(?![\w%]|[.,]\d)(?!\s+(?:[a-z]+s|people|of)\b))?
          | (?P<d4>{day})(?:\s+of)?\s+(?P<m4>{month})
          | (?P<m5>{month})
          | (?P<decade>(?:1[89]|20)\d0)s
          | (?P<isod>{year}-[01]\d-[0-3]\d)
          | (?P<slashd>[0-3]?\d/[0-3]?\d/{year})
          | (?P<named>9/11|7/7)(?![/\d])
          | (?P<y0>{year})(?![\w%/-])
        )
        (?:,?\s+(?P<y>{year}))?
        (?![\w])
    """
    numbers = _alternation(lex["numbers"], flexible_space=False)
    digits = rf"{GROUPED_DIGITS}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
    scales = _alternation(lex["scales"])
    word_scales = _alternation(w for w in lex["scales"] if len(w) > 1)
    # "half a million", "half a dozen": half of the scale that follows
    # "twenty-two", "forty five": tens, then units (but "two six-story buildings" is two numbers, not eight)
    tens = _alternation(w for w, v in lex["numbers"].items() if 20 <= v < 100 and v % 10 == 0)
    ones = _alternation(w for w, v in lex["numbers"].items() if 1 <= v < 10 and v == int(v))
    compound_number = rf"(?:(?:{tens})[-\s](?:{ones})(?![^\W\d_])|(?:{numbers}))"
    fractions = _alternation(lex["fractions"])
    # "a quarter of a million", "two-thirds of a billion": that share of the scale that follows (first:
    # "a" alone would match first)
    # ... and "half a mile", "a quarter of an hour": that share of the unit that follows (a single word in the
    # singular: the alternation is compiled twice, so only the words "a"/"an" can stand before)
    single_units = _alternation(w for w in lex["units"] if w.isalpha() and len(w) > 3 and not w.endswith("s"))
    word_number = (rf"(?:{fractions})\s+of\s+an?(?=\s+(?:{word_scales}|{single_units})(?![^\W\d_]))"
                   rf"|{compound_number}|one|an?|half\s+an?(?=\s+(?:{word_scales}|{single_units})(?![^\W\d_]))")
    hyphenated = _alternation(f for f in lex["fractions"] if "-" in f)
    units = _alternation(lex["units"])
    case_units = _alternation(lex["case_units"], ignore_case=False)
    hedges = _alternation(lex["hedges"])
    currencies = _alternation(lex["currencies"])
    vague = _alternation(lex["vague"])  # a scale after it multiplies: "several hundred", "hundreds of billions of"
    quantity = rf"""
        (?<!\w)
        (?:(?P<between>(?i:between))\s+)?
        (?:(?P<hedge>(?i:{hedges}))\s+)?
        (?:
            (?P<vague>(?i:{vague}))(?=\s)
              (?:\s+(?P<vscale>(?i:hundred|thousand|million|billion))(?:(?i:s)(?:\s+(?i:of)(?=\s))?)?(?![^\W\d_]))?
          | (?<![\w/.:$€£-])
            (?P<rnum>(?i:{numbers}|one)|\d{{1,3}})\s+(?i:in|out\s+of|of(?:\s+every)?(?=\s+(?:10|ten|100)(?![\w,.]\d|\w)))\s+(?P<rden>(?i:{numbers})|\d{{1,3}}(?:,\d{{3}})?)
            (?![^\W_]|[.,:]?\d|\s*[-–—%]|\s+(?i:{units})(?![^\W\d_]))
          # "a quarter point", "half a percentage point", "a quarter-point cut": that share of a percentage point
          | (?P<pfrac>(?i:(?:an?\s+|one[\s-]+)?(?:quarter|half|three[\s-]quarters)))(?:\s+of\s+an?|\s+an?)?[\s-]+
            (?:(?i:percentage)[\s-]+)?(?i:points?)(?![^\W\d_])
          | (?P<frac>(?i:{hyphenated})(?![^\W\d_]|-)|(?i:{fractions})(?=\s+of\s))(?!\s+of\s+an?\s)
          | (?:(?<=[Ff]rom\s)(?P<cstart>))?(?P<cur>{currencies})\s?
            (?P<cnum>{digits})(?![.,:]?\d)
            (?:\s?(?P<cscale>(?i:{scales}))(?![^\W\d_]))?
            # a second amount, in the same currency: after a scale word only with its own mark or scale (not
            # "$5 million to 10 charities"), and not after "to" ("from $64.8 million to $45.1 million" is a change)
            (?:(?:\s?[-–—]\s?|(?(cscale)(?!)|(?(cstart)(?!)|\s+to\s+))|(?(between)\s+and\s+|(?!)))
               (?(cscale)(?=(?P=cur)|(?:{digits})\s?(?i:{scales})(?![^\W\d_])))
               (?P=cur)?\s?(?P<cnum2>{digits})(?![.,:]?\d)
               (?:\s?(?P<cscale2>(?i:{scales}))(?![^\W\d_]))?)?
          | (?<![\w/.:$€£-])  # a time: "a.m.", "am" (a stop after "am" ends the sentence)
            (?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s?(?P<meridiem>[aApP](?:\.[mM]\.?|[mM]))(?![^\W\d_])
          | (?:(?<![\w/.:$€£-])|(?<=%[-–—]))  # "4.25%-4.50%": two percentages, the second unsigned
            (?:(?<=[Ff]rom\s)(?P<start>))?  # "from 62 to 64" is a change, not a range
            (?P<minus>(?<!%)[-−](?=\d)|(?i:minus)\s+)?
            (?:(?P<num>{digits})(?![.,:]?\d)(?:(?:(?P<kilo>[kK])|(?P<ordinal>st|nd|rd|th))(?!\w))?
              |(?P<word>(?i:{word_number}))(?![^\W\d_]))
            (?:(?:-to-|\s?[-–—]\s?|(?(start)(?!)|\s+to\s+)|(?(between)\s+and\s+|(?!)))
               (?:(?P<num2>{digits})(?![.,:]?\d)|(?<=\s)(?P<word2>(?i:{compound_number}))(?![^\W\d_]|-)))?
            (?:[\s-]?(?P<scale>(?i:{word_scales}))(?![^\W\d_]))?
            (?:[\s-]?(?P<per_scale>(?i:hundred|thousand|million|billion))(?![^\W\d_]))?
            (?:\s?-?\s?(?:(?i:extra|more|additional|further|straight|consecutive)\s+(?=(?i:{units})(?![^\W\d_])))?
               (?P<unit>(?i:{units})|{case_units}|(?P<degrees>(?i:degrees?))|(?P<points>(?i:points?)))(?![^\W\d_])
               (?:\s+(?P<below>(?i:below\s+zero))(?![^\W\d_]))?)?
        )
    """
    unit_after = rf"\s?-?\s?(?P<unit>(?i:{units})|{case_units})(?![^\W\d_])"
    return {
        "date": re.compile(date, re.VERBOSE),
        "quantity": re.compile(quantity, re.VERBOSE),
        "unit_after": re.compile(unit_after, re.VERBOSE),
    }


_PATTERNS = _build()
_DATE = _PATTERNS["date"]
_QUANTITY = _PATTERNS["quantity"]
_UNIT_AFTER = _PATTERNS["unit_after"]


@lru_cache(maxsize=1)
def _anchors() -> dict[str, frozenset]:
    """Words that can open or carry a claim, and the phrases that may precede them.

    Only tokens with a digit, a currency mark, a number or vague word, a month or a
    weekday can be part of a claim; the full patterns are tried only there (with a
    hedge or "a" before them), which keeps the stage cheap on long articles.
    """
    lex = _lexicon()
    words = set(lex["numbers"]) | {w for p in lex["vague"] for w in p.split()} - {"a", "of"}
    words |= {"one", "hundred"} | {w for p in lex["fractions"] for w in p.split()} - {"a"}
    # a scale word after "a" ("a billion dollars", "a million people"): "a" only opens a claim
    words |= {w for w in lex["scales"] if len(w) > 1 and w.isalpha() and w not in ("mn", "bn", "tn", "mln", "bln")}
    hedges = {tuple(_key(h).split()) for h in lex["hedges"]} | {tuple(h.split()) for h in _DATE_HEDGES}
    hedges.add(("between",))
    names = frozenset(_MONTHS) | frozenset(_WEEKDAYS) | frozenset(_MONTH_ABBR)
    marks = frozenset(lex["currencies"]) | {"~"}
    hedge_ends = {h[-1] for h in hedges}
    return {
        "words": frozenset(words),
        "hedge_ends": frozenset(hedge_ends),
        # lower-cased words that, just before an anchor, may begin its claim (see _starts)
        "openers": frozenset({"a", "an", "us", "c"} | _SIGNS | hedge_ends | {m.lower() for m in marks}),
        "names": names,
        "marks": marks,
        "lowered": frozenset(word.lower() for word in names | marks),  # names and marks, lower-cased
        "hedges": frozenset(hedges),
        "units": frozenset(u.lower() for u in lex["units"] if u.isalpha() and len(u) > 2),  # "day", "mile"
    }


_HAS_DIGIT = re.compile(r"\d")
# A sign before a number: read only on a temperature ("-5C", "minus 5 degrees") and a percentage ("-0.5%").
_SIGNS = frozenset({"-", "\u2212", "minus"})
# Words right before an anchor that belong to its claim: "a dozen", "US$ 5", "C$", a sign.
_BEFORE_NUMBER = frozenset({"a", "an", "us", "c"}) | _SIGNS


# A share of a percentage point written as one token: "a quarter-point cut", "a half-point rise".
_POINT_SHARES = ("quarter-point", "half-point", "quarter-percentage", "half-percentage")


def _has_digit(word: str) -> bool:
    """``_HAS_DIGIT`` in ``word``; a word of letters only (most are) holds none, told without the regex."""
    return not word.isalpha() and _HAS_DIGIT.search(word) is not None


def _hyphenated_number(lower: str, anchors: dict[str, frozenset]) -> bool:
    """A number written as one hyphenated token ("twenty-four", "forty-five"), or a number word joined
    to its unit ("a five-day strike", "the three-week trial": the figure another article writes "five
    days"): the tokenizer keeps it whole, so it is an anchor when every part is a number word, or the
    first is and the second a unit."""
    if "-" not in lower:
        return False
    parts = lower.split("-")
    return all(part in anchors["words"] for part in parts) or (
        len(parts) == 2 and parts[0] in anchors["words"] and parts[1] in anchors["units"])


def _is_anchor(word: str, anchors: dict[str, frozenset]) -> bool:
    return (_has_digit(word) or word in anchors["marks"] or word in anchors["names"]
            or word.lower() in anchors["words"] or _hyphenated_number(word.lower(), anchors)
            or word.lower().startswith(_POINT_SHARES))


def _may_be_anchor(lower: str, anchors: dict[str, frozenset]) -> bool:
    """Whether a token lower-cased to ``lower`` may be an anchor: tried on the document's
    lower-cased tokens first, then :func:`_is_anchor` on the few that pass (names and marks
    are case-sensitive). Lower-casing keeps digits, so every anchor passes."""
    return (_has_digit(lower) or lower in anchors["words"] or lower in anchors["lowered"]
            or _hyphenated_number(lower, anchors) or lower.startswith(_POINT_SHARES))


class _Verdicts(dict):
    """Word -> ``decide(word, anchors)``, decided once per distinct word (words repeat)."""

    def __init__(self, decide) -> None:
        super().__init__()
        self.decide = decide

    def __missing__(self, word: str) -> bool:
        if len(self) > 200_000:
            self.clear()
        verdict = self[word] = self.decide(word, _anchors())
        return verdict


_anchor_verdicts = _Verdicts(_is_anchor)
_maybe_anchor_verdicts = _Verdicts(_may_be_anchor)


def _starts(doc: Document, i: int, first: int, anchors: dict[str, frozenset]) -> list[int]:
    """Where a claim around anchor token ``i`` may begin, earliest first.

    The anchor itself, "a"/"an" or a currency word just before it ("a dozen", "US$"), and a
    hedge of up to three words before those ("at least a dozen", "in excess of $5bn").
    """
    tokens = doc.tokens
    lower = doc.lower_texts()
    starts = [tokens[i].start]
    if i == first or lower[i - 1] not in anchors["openers"]:
        return starts  # the usual case: nothing before the anchor belongs to the claim
    j = i
    if j > first and (lower[j - 1] in _BEFORE_NUMBER or tokens[j - 1].text in anchors["marks"]):
        j -= 1
        starts.append(tokens[j].start)
    if j > first and lower[j - 1] in anchors["hedge_ends"]:  # else no hedge can end there
        for n in (3, 2, 1):
            if j - n >= first and tuple(lower[j - n:j]) in anchors["hedges"]:
                starts.append(tokens[j - n].start)
                break
    return starts[::-1]  # found right to left, at distinct tokens

# Words that end the noun phrase a count counts (determiners, prepositions, auxiliaries ...).
_STOP = frozenset("""
the a an of in on at to for from by with and or but as than that which who whom whose is are was
were be been being has have had will would can could may might must should shall do does did this
these those its their his her our your my it they them he him she we us i you not no so if while when where
after before since until per each every all both either about over under into onto off out up down
between among against during through within without across toward towards near including such like
than then there here who what how why also only just still even more most less fewer
along via except because despite amid beyond behind above below around upon though although unless
whether now later today tomorrow yesterday together perhaps ago apiece again already instead prior
last next thanks due according ahead aside away alone
""".split())
# Words between a number and its noun that do not change what is counted.
_SKIP = frozenset("more additional other new extra further some".split())
# A number followed by one of these measures a group ("50,000 strong"): nothing is named.
# Plural nouns without a final s (words in -men are plural too).
_PLURALS = frozenset("people children police personnel staff cattle troops feet teeth geese mice aircraft sheep "
                     "deer offspring clergy livestock alumni".split())
# Words that end like a plural but are not one ("news networks", "a specimen").
_NOT_PLURAL = frozenset("news politics economics physics ethics athletics bias chaos alias atlas lens plainclothes "
                        "specimen regimen abdomen omen acumen stamen semen".split())
_NO_SUBJECT = frozenset("strong old long wide high tall deep times fold percent".split())


# --- parsing one match ---------------------------------------------------------------------


def _number(text: str) -> float:
    return float(text.translate(_NO_SEPARATORS))


_WORD_SEPARATORS = re.compile(r"[-\s]+")


def _word_number(text: str) -> float | None:
    words = _lexicon()["numbers"]
    parts = _WORD_SEPARATORS.split(text.lower())
    if parts in (["one"], ["a"], ["an"]):
        return 1.0
    if parts[0] == "half":  # "half a million": the pattern lets "half" open only that
        return 0.5
    if parts[-2:-1] == ["of"]:  # "a quarter of a million": the pattern lets a fraction open only that
        return _lexicon()["fractions"].get(_key(text.rsplit(" of ", 1)[0]))
    total = 0.0
    for part in parts:
        if part not in words:
            return None
        total += words[part]
    return total


def _decimals(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text else 0


class _Parsed(NamedTuple):
    """What a quantity match says (a tuple: one is built per claim)."""

    value: float
    unit: str | None
    normalized: Quantity | None
    kind: str
    hedge: str | None
    low: float
    high: float


def _parse_quantity(m: re.Match) -> _Parsed | None:
    lex = _lexicon()
    hedge = _key(m["hedge"]) if m["hedge"] else None
    if m["vague"]:
        lo, hi = lex["vague"][_key(m["vague"])]
        if m["vscale"]:  # "several hundred", "a few thousand"
            factor = lex["scales"][m["vscale"].lower()]
            lo, hi = lo * factor, hi * factor
        if hedge:  # "at least a dozen"
            hlo, hhi = lex["hedges"][hedge]
            lo, hi = lo * hlo, hi * hhi
        return _Parsed(lo, None, Quantity(lo, "count"), "count", hedge or _key(m["vague"]), lo, hi)
    if m["pfrac"]:
        value = 0.75 if "three" in m["pfrac"].lower() else 0.5 if "half" in m["pfrac"].lower() else 0.25
        lo, hi = lex["hedges"].get(hedge, (1.0, 1.0))
        return _Parsed(value, "percentage points", Quantity(value, "pp"), "percent", hedge, value * lo, value * hi)
    if m["frac"] or m["rnum"]:
        return _share(m, hedge)
    if m["cur"]:
        # "$5-10 billion" scales both by the last word; "between $800 million and $900 million" each its own
        first_scale, second_scale = m["cscale"] or m["cscale2"], m["cscale2"] or m["cscale"]
        value = _number(m["cnum"]) * (lex["scales"][first_scale.lower()] if first_scale else 1.0)
        code = lex["currencies"][m["cur"]]
        lo, hi = lex["hedges"].get(hedge, (1.0, 1.0))
        second = _number(m["cnum2"]) * (lex["scales"][second_scale.lower()] if second_scale else 1.0) \
            if m["cnum2"] else None
        if second is not None and second > value > 0:
            lo, hi, hedge = 1.0, second / value, "between" if m["between"] else "range"
        return _Parsed(value, code, Quantity(value, code), "money", hedge, value * lo, value * hi)
    if m["hour"]:
        return _clock_time(m, hedge)
    value = _first_number(m)
    if value is None:
        return None
    bare_one = m["word"] is not None and m["word"].lower() in ("one", "a", "an")
    if m["kilo"]:
        value *= 1000.0  # "1.2k followers"; whether a bare "5K" counts is the caller's call
    for scale in (m["scale"], m["per_scale"]):
        if scale:
            value *= lex["scales"][scale.lower()]
    unit_text = m["unit"]
    if bare_one and not (m["scale"] or (unit_text and m["word"].lower() == "one" and not m["points"])):
        # "a year ago", "one of them", "at one point": not claims; "a dozen", "one million", "one year" are
        return None
    lo, hi = lex["hedges"].get(hedge, (1.0, 1.0))
    second = _second_number(m) if m["num2"] or m["word2"] else None
    first = _first_number(m) if second is not None else None
    if second is not None and first and second > first:  # a range: "10-20 km", "between 5 and 8 percent"
        lo, hi = 1.0, second / first
        hedge = "between" if m["between"] else "range"
    if unit_text:
        key = _key(unit_text)
        unit = (_BARE_DEGREES if m["degrees"] else _POLL_POINTS if m["points"]
                else lex["case_units"].get(unit_text) or lex["units"].get(key))
        if unit is None:
            return None
        if m["minus"] or m["below"]:
            signed = unit.kind == "temperature" or (unit.kind == "percent" and m["minus"] and m["minus"] in "-\u2212")
            if not signed or (m["minus"] and m["below"]):
                # a sign reads on a temperature ("-5C", "minus 5 degrees", "10 below zero") and a percentage
                # written with one ("-0.5%"); "plus or minus 3 points" is a margin, read unsigned from the digit
                return None
            value, lo, hi = -value, hi, lo  # "-5 to 10C" is no range read here: the sign is on the first
            if second is not None and first and second > first:
                lo, hi = 1.0, 1.0
                hedge = None
        if unit.kind == "weight" and key.startswith("pound") and (m["scale"] or m["per_scale"]):
            unit = _Unit("money", "GBP", 1.0)  # "2 million pounds" is money
        written = "%" if key in ("%", "percent", "per cent", "pct") else unit.symbol or key
        if unit.kind == "money" and unit.factor == 1:
            written = unit.base  # (but "2 cents" stays 2 cents, 0.02 USD once normalised)
        normalized = Quantity(value * unit.factor + unit.offset, unit.base)
        return _Parsed(value, written, normalized, unit.kind, hedge, value * lo, value * hi)
    if m["minus"]:
        return None  # "minus 3 points" of a margin of error: the number alone is read from the next start
    return _Parsed(value, None, None, "number", hedge, value * lo, value * hi)


# Bare "degrees": a temperature in a sentence about heat or weather (the scale taken from the
# article when it names one), otherwise no unit at all (angles, university degrees).
_BARE_DEGREES = _Unit("temperature", "degrees", 1.0, 0.0, "degrees")
# Bare "points": percentage points in a sentence about polls or votes ("leads by 5 points in the
# poll", "a 20-point lead among voters"), otherwise what is counted (a game's, an index's points).
_POLL_POINTS = _Unit("percent", "pp", 1.0, 0.0, "points")


def _first_number(m: re.Match) -> float | None:
    """The first number of a plain quantity match as written, before any scale word."""
    return _number(m["num"]) if m["num"] else _word_number(m["word"])


def _second_number(m: re.Match) -> float | None:
    """The second number of a range or tally ("10-20", "five to 10", "between five and eight"), if any."""
    if m["num2"]:
        return _number(m["num2"])
    return _word_number(m["word2"]) if m["word2"] else None


def _clock_time(m: re.Match, hedge: str | None) -> _Parsed:
    """A time of day on the 24-hour clock as hhmm ("9:10 p.m." -> 2110): equal times are one claim."""
    hour = int(m["hour"]) % 12 + (12 if m["meridiem"][0] in "pP" else 0)
    value = float(hour * 100 + int(m["minute"] or 0))
    return _Parsed(value, "time", Quantity(value, "time"), "time", hedge, value, value)


def _share(m: re.Match, hedge: str | None) -> _Parsed | None:
    """A fraction or a ratio of a whole as a percentage: "two-thirds of", "one in five"."""
    lex = _lexicon()
    if m["frac"]:
        value = lex["fractions"][_key(m["frac"])] * 100
    else:
        parts = [m["rnum"], m["rden"]]
        numbers = [_number(p) if p[0].isdigit() else _word_number(p) for p in parts]
        if None in numbers or not 0 < numbers[0] < numbers[1]:
            return None  # "5 in 2" is no share of a whole
        value = numbers[0] / numbers[1] * 100
    lo, hi = lex["hedges"].get(hedge, (1.0, 1.0))
    return _Parsed(value, "%", Quantity(value, "%"), "percent", hedge, value * lo, value * hi)


def _parse_date(m: re.Match) -> tuple[float, str, str | None, str] | None:
    """(value, normalised unit, ISO string, written unit) for a date match."""
    if m["decade"]:  # "the 1990s": ISO 8601's reduced precision names a decade by its first three digits
        return float(m["decade"]), "decade", m["decade"][:3], "decade"
    if m["isod"]:
        y, mo, d = (int(x) for x in m["isod"].split("-"))
        return float(y * 10000 + mo * 100 + d), "date", m["isod"], "date"
    if m["named"]:  # "9/11", "7/7": the attacks are named by their day, month first
        mo, d = (int(x) for x in m["named"].split("/"))
        return float(mo * 100 + d), "month-day", f"--{mo:02d}-{d:02d}", "month-day"
    if m["slashd"]:
        a, b, y = (int(x) for x in m["slashd"].split("/"))
        mo, d = (b, a) if a > 12 else (a, b)  # US order (month first) unless the first cannot be a month
        if not (1 <= mo <= 12 and 1 <= d <= 31):
            return None
        return float(y * 10000 + mo * 100 + d), "date", f"{y}-{mo:02d}-{d:02d}", "date"
    year = m["y"] or m["y0"]
    month_text = m["m1"] or m["m2"] or m["m3"] or m["m4"] or m["m5"]
    day_text = m["d1"] or m["d2"] or m["d3"] or m["d4"]
    month = _MONTH_NUMBER[month_text.rstrip(".")] if month_text else None
    day = int(re.match(r"\d+", day_text).group()) if day_text else None
    if month and day and year:
        return float(int(year) * 10000 + month * 100 + day), "date", f"{year}-{month:02d}-{day:02d}", "date"
    if month and day:
        return float(month * 100 + day), "month-day", f"--{month:02d}-{day:02d}", "month-day"
    if month and year:
        return float(int(year) * 100 + month), "year-month", f"{year}-{month:02d}", "year-month"
    if month:
        return float(month), "month", f"--{month:02d}", "month"
    if year:
        return float(year), "year", year, "year"
    if m["wd"]:
        return float(_WEEKDAYS.index(m["wd"]) + 1), "weekday", None, "weekday"
    return None


# --- subjects ------------------------------------------------------------------------------


def _subject(doc: Document, end: int, sentence_end: int, *, vague: bool = False,
             plural: bool = False) -> tuple[str | None, int]:
    """The noun a count counts, and where its phrase ends (``end`` when there is none).

    The head of the noun phrase after the number: its first plural noun ("50,000 Russian and
    North Korean troops launching" -> "troops", "four brave Americans" -> "Americans", "six main
    voting blocs" -> "blocs"), else its last lower-case word ("the 17th judge"). A cheap stand-in
    for a parser: the phrase stops at function words, punctuation, adverbs in -ly and verbs
    (``lexicons/claims/verbs.txt``); a word in -ed or -ing modifies only a plural noun after it
    ("400 registered voters"), else it is the verb of a number used as a subject ("the two
    turned vicious", "263 entering Tuesday", "43 said"): nothing is counted. With ``plural`` (a
    cardinal above one, a vague "several") the head must be plural: "10 Downing Street", "a 12
    person primary" and "3 Marco Rubio" count nothing.
    """
    tokens = doc.tokens
    i = bisect_left(doc.token_starts, end)
    lowered = doc.lower_texts()
    verbs, numbers = _verbs(), _lexicon()["numbers"]
    run: list[int] = []
    verb_at = None  # where the first word in -ed/-ing of the run is: a verb unless a plural follows
    and_at = None  # where a lower-case "and" joined two modifiers: kept only if a plural noun follows
    while i < len(tokens) and tokens[i].start < sentence_end and len(run) < 5:
        token = tokens[i]
        low = lowered[i]
        if not token.is_word:
            if low in _POSSESSIVE and run and vague and all(tokens[j].text[0].isupper() for j in run):
                run, verb_at = [], None  # "several of Cruz's rivals": the owner is no head
                i += 1
                continue
            break
        if not run and low in _NO_SUBJECT and not _plural_next(doc, i + 1):
            return None, token.end  # "50,000 strong", "two times"; but "eight strong aftershocks", "two old men"
        if not run and (low in _SKIP or (vague and low in ("of", "the", "these", "those", "its", "their"))):
            i += 1
            continue
        if low == "and" and run:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.is_word and _joins_modifiers(tokens, lowered, run, i + 1):
                if nxt.text[0].islower() and and_at is None:
                    and_at = len(run)
                i += 1
                continue
        if low in _STOP or token.text[0].isdigit() or low.endswith("ly") or low in numbers:
            break  # a function word, an adverb, another number ("367 Republicans caucused four years ago")
        if low in verbs and token.text[0].islower():
            break  # "the two met", "five say", "a 2013 audit found gaps"
        if verb_at is None and low.endswith(("ed", "ing")) and token.text[0].islower():
            verb_at = len(run)
        run.append(i)
        i += 1
        if _counted_plural(low) and not _modifies_next(doc, i, low):
            break  # "3,000 homes lost power", "four Russians held": the first plural noun ends the phrase
    if and_at is not None and not (run and _counted_plural(lowered[run[-1]])):
        run = run[:and_at]  # "the 20th-century activist and organizer": two nouns, the first counted
    if verb_at is not None and not (run and _counted_plural(lowered[run[-1]])):
        run = run[:verb_at]  # "the two talked", "two turned vicious": a verb, nothing named
    plurals = [j for j in run if _counted_plural(lowered[j])]
    if plurals:
        head = plurals[-1]
    elif not run or plural:
        return None, end
    else:
        lower = [j for j in run if tokens[j].text[0].islower()]
        head = lower[-1] if lower else run[-1]
    return lowered[head], tokens[head].end


_POSSESSIVE = frozenset({"'s", "’s"})


def _joins_modifiers(tokens: Sequence[Token], lowered: list[str], run: list[int], k: int) -> bool:
    """Whether the "and" before token ``k`` inside a counted phrase joins two of its modifiers: two
    names ("50,000 Russian and North Korean troops") or two lower-case adjectives before the noun
    ("five past and current employees"), not a noun and the next phrase ("40 cars and trucks" ends at
    "cars")."""
    capital = tokens[k].text[0].isupper()
    if all(tokens[j].text[0].isupper() for j in run):
        return capital
    after = lowered[k]
    return (not capital and tokens[run[-1]].text[0].islower() and not _counted_plural(lowered[run[-1]])
            and after not in _STOP and after not in _verbs() and not after.endswith("ly"))


# Determiners between a partitive's "of" and what it counts ("two of the jurors", "five of its 12 members").
_PARTITIVE_DETERMINERS = frozenset("the its their his her our your these those".split())


def _partitive(doc: Document, end: int, sentence_end: int) -> str | None:
    """What a number counts in a partitive after it: "248 of the 460 seats", "10 of the state's 40 clinics",
    "75 of the drones" -> the plural noun, past a determiner, an owner's possessive and the whole's number;
    None for a pronoun ("100 of them") or anything but a plural noun."""
    tokens, lowered = doc.tokens, doc.lower_texts()
    i = bisect_left(doc.token_starts, end)
    if i >= len(tokens) or lowered[i] != "of":
        return None
    j = i + 1
    if j < len(tokens) and lowered[j] in _PARTITIVE_DETERMINERS:
        j += 1
    if j + 1 < len(tokens) and tokens[j].is_word and lowered[j + 1] in _POSSESSIVE:
        j += 2  # "the state's"
    if j < len(tokens) and (tokens[j].text[:1].isdigit() or lowered[j] in _lexicon()["numbers"]):
        j += 1  # the whole: "of the 460 seats"
    if j >= len(tokens) or tokens[j].start >= sentence_end:
        return None
    head, _ = _subject(doc, tokens[j].start, sentence_end, plural=True)
    return head if head is not None and _counted_plural(head) else None


# Determiners that make a figure after them a modifier ("the 400m hurdles"); an owner's possessive does not,
# since business copy counts what a company has after it ("Spotify's 200m users", "its 12m customers").
_MODIFIER_DETERMINERS = frozenset("the a an this that these those each every any".split())


def _modifier_figure(doc: Document, start: int, following: int) -> bool:
    """Whether the figure starting at ``start`` is a length modifying the plural noun at token
    ``following``, not a count of it: after a number ("two 40m yachts": the number counts them), or after
    an article before a race or a thing with a length ("the 400m hurdles", "these 40m yachts",
    `metre_nouns.txt`). An article before a count of millions is the article of the counted noun ("the
    5.4m women"), so that one stays millions."""
    i = bisect_left(doc.token_starts, start) - 1
    if i < 0 or doc.tokens[i].sentence != doc.tokens[i + 1].sentence:
        return False
    low = doc.lower_texts()[i]
    if low.isdigit() or low in _lexicon()["numbers"]:
        return True
    return low in _MODIFIER_DETERMINERS and doc.lower_texts()[following] in _metre_nouns()


@lru_cache(maxsize=1)
def _metre_nouns() -> frozenset[str]:
    """The plurals a length in metres modifies ("hurdles", "yachts"), read once from ``metre_nouns.txt``."""
    return frozenset(row[0] for row in _rows("metre_nouns.txt"))


def _plural_next(doc: Document, i: int) -> bool:
    """Whether token ``i`` is a plural noun, the head a word before it modifies ("strong aftershocks")."""
    return i < len(doc.tokens) and doc.tokens[i].is_word and _counted_plural(doc.lower_texts()[i])


def _modifies_next(doc: Document, i: int, low: str) -> bool:
    """Whether a plural-looking word modifies the word at token ``i``: a capitalised one before a
    lower-case word may be a name ("31 Abrams tanks"), a plural without an s may modify a plural
    ("800 police officers")."""
    if i >= len(doc.tokens) or not doc.tokens[i].is_word:
        return False
    nxt = doc.lower_texts()[i]
    if doc.tokens[i - 1].text[0].isupper():
        return (doc.tokens[i].text[0].islower() and nxt not in _STOP and nxt not in _verbs()
                and not nxt.endswith(("ly", "ed", "ing")) and nxt not in _lexicon()["numbers"])
    return not _plural(low) and _plural(nxt)


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_PLURAL


def _counted_plural(word: str) -> bool:
    """Whether a lower-cased word is a plural noun: regular ("homes"), in -men ("businessmen"), or
    one of the plurals without an s ("people", "police", "aircraft"), also in compounds
    ("grandchildren", "townspeople")."""
    return (_plural(word) or word in _PLURALS or (word.endswith(_PLURAL_ENDINGS) and word not in _NOT_PLURAL))


_PLURAL_ENDINGS = ("men", "children", "people")


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    return frozenset(row[0].strip() for row in _rows("verbs.txt"))


# --- the stage -----------------------------------------------------------------------------


def quantities(doc: Document) -> list[Claim]:
    """Numbers, dates and measured quantities in the article's sentences (boilerplate excluded)."""
    claims: list[Claim] = []
    text = doc.text
    anchors = _anchors()
    taken_until = 0  # end of the last claim: anchors inside it are done
    tokens, sentences = doc.tokens, doc.sentences
    match_date, match_quantity = _DATE.match, _QUANTITY.match
    may_be_anchor = map(_maybe_anchor_verdicts.__getitem__, doc.lower_texts())
    for i in compress(range(len(tokens)), may_be_anchor):
        token = tokens[i]
        if token.start < taken_until or not _anchor_verdicts[token.text]:
            continue
        index = token.sentence
        sentence = sentences[index]
        claim = None
        for start in _starts(doc, i, sentence.first_token, anchors):
            if start < taken_until:
                continue
            m = match_date(text, start, sentence.end)
            if m is not None and m.end() > token.start:
                claim = _date_claim(doc, m, index)
            if claim is None:
                m = match_quantity(text, start, sentence.end)
                if m is not None and m.end() > token.start and m.group().strip():
                    claim = _quantity_claim(doc, m, index, sentence.end)
            if claim is not None:
                break
        if claim is not None:
            claims.append(claim)
            taken_until = claim.end
    claims.sort(key=lambda c: c.start)
    return _joined_ranges(claims, text)


def _joined_ranges(claims: list[Claim], text: str) -> list[Claim]:
    """Claims with "between" figures that repeat their unit joined into one range: "between 4.75 percent
    and 5 percent" is one figure, 4.75-5%, as "between 5 and 8 percent" and "between $800 million and
    $900 million" are. Only a "between" figure, then "and" alone, then a larger figure of the same kind
    and unit with no hedge of its own: "4 percent and wages 3 percent" are two."""
    joined: list[Claim] = []
    for c in claims:
        first = joined[-1] if joined else None
        if first is not None and first.hedge is None and c.hedge is None and first.unit is not None \
                and (c.unit, c.kind, c.sentence) == (first.unit, first.kind, first.sentence) \
                and 0 < first.value < c.value and text[first.end:c.start].strip().lower() == "and" \
                and first.text[:8].lower() == "between " and first.subject is None:
            joined[-1] = replace(first, end=c.end, text=text[first.start:c.end], hedge="between",
                                 low=first.value, high=c.value, subject=c.subject, event=c.event)
            continue
        joined.append(c)
    return joined


def _date_claim(doc: Document, m: re.Match, index: int) -> Claim | None:
    parsed = _parse_date(m)
    if parsed is None:
        return None
    value, unit, iso, written = parsed
    hedge = _key(m["dhedge"]) if m["dhedge"] else None
    subject, end = None, m.end()
    if m["y0"] and not (hedge or m["dprep"] or m["y"]):
        if _counts_something(doc, m, index) or _names_a_number(doc, m.start("core")):
            return None  # (a numbered name: "quoting log 1842", "Flight 1549")
        if _after_determiner(doc, m.start("core"), index):  # "the 2016 election": the year and its event
            subject, end = _year_subject(doc, m.end(), doc.sentences[index].end)
    if m["m5"] and not (hedge or m["dprep"] or m["y"]) and (m["m5"] in ("May", "March") or m["m5"] in _MONTH_ABBR):
        return None  # the modal verb and the walk, not the months; "Jan de Vries", "Dec" alone: no date
    start = m.start("dhedge") if hedge else m.start("core")
    start, end = _snap(doc, start, end)
    low = high = value
    if hedge in ("since", "after", "from"):
        high = None
    elif hedge in ("before", "by", "until", "till"):
        low = None
    return Claim(start, end, doc.text[start:end], value, written,
                 Quantity(value, unit), "date", hedge, low, high, subject, index, iso)


# Determiners before a year-like number: it names a year, and the noun after it the year's event
# ("the 2016 election", "Clinton's 2008 run", "any 2016 candidates").
_DETERMINERS = frozenset("the a an any each every these those his her its their our my your this that whose "
                         "'s ’s".split())
# Words before a year-like number that make it a year even before a plural noun: determiners,
# prepositions of time ("in 2015 states", "since 2008 voters") and "year" ("fiscal year 2014 levels").
_BEFORE_A_YEAR = _DETERMINERS | frozenset("in of since during by until before after from through year "
                                                  "all both several many most some".split())


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _counts_something(doc: Document, m: re.Match, index: int) -> bool:
    """Whether a bare year-like number ("2000") counts the noun after it rather than naming a year.

    A cardinal above one takes a plural noun: "2000 troops" counts, "the 2016 election", "his 2008
    run" and "a 2013 report" name years; so does a year followed by no noun ("in 2016.", "2016 was").
    Before a plural it is still a year after a determiner (or a determiner and one word), a
    preposition of time or a capitalised word inside the sentence ("the 2016 candidates", "the
    deadly 2012 attacks", "in 2015 states", "Republican 2016 hopefuls"):
    edited news writes a count of thousands with a comma ("2,000 troops").
    """
    after = doc.text[m.end():m.end() + 2]
    if not (after[:1].isspace() and after[1:2].isalpha()):
        return False
    head, phrase_end = _subject(doc, m.end(), doc.sentences[index].end, plural=True)
    if phrase_end == m.end():
        return False  # "2016 and 2020", "2016 was": no noun after it
    if head is not None and not _counted_plural(head):
        return False  # a singular noun: "the 2016 election"
    i = bisect_left(doc.token_starts, m.start("core"))
    if i == 0 or i == doc.sentences[index].first_token:
        return True
    before = doc.tokens[i - 1].text
    if before.lower() in _BEFORE_A_YEAR or before[:1].isupper():
        return False
    if before.lower() in ("and", "or", "to") and i >= 2 and _YEAR.fullmatch(doc.tokens[i - 2].text):
        return False  # the second of two years: "the 2004 and 2006 Senate races"
    return not _after_determiner(doc, m.start("core"), index)


def _after_determiner(doc: Document, offset: int, index: int) -> bool:
    """Whether the token at ``offset`` follows a determiner, right before it or one word before
    ("the 2016 election", "the deadly 2012 attacks"), inside sentence ``index``."""
    i = bisect_left(doc.token_starts, offset)
    first = doc.sentences[index].first_token
    lower = doc.lower_texts()
    return (i - 1 >= first and lower[i - 1] in _DETERMINERS) or (i - 2 >= first and lower[i - 2] in _DETERMINERS)


# Common endings of English adjectives ("presidential", "economic", "American", "massive",
# "military", "northern", "famous"): a word with one before a noun is taken as its modifier.
_ADJECTIVE_ENDINGS = ("al", "ic", "an", "ive", "ary", "ern", "ous", "ful", "less")


def _year_subject(doc: Document, end: int, sentence_end: int) -> tuple[str | None, int]:
    """The event a year names and where its word ends: "the 2016 presidential election" -> "election".

    The first lower-case word after the year that is neither a function word nor shaped like an
    adjective, past capitalised modifiers ("the 2016 White House bid" -> "bid"), else the last of
    those ("the 1994 Crime Bill" -> "bill"). A compound's head is its last noun ("Romney's 2012
    ground game" -> "game"): the word after the first is taken when it is a lower-case word that
    cannot be a verb (no -ed, -ing or listed verb: "a 2013 audit found gaps" -> "audit") and the
    phrase ends after it.
    """
    tokens, lowered = doc.tokens, doc.lower_texts()
    i = bisect_left(doc.token_starts, end)
    name = None  # the last capitalised word: "the 1994 Crime Bill" -> "bill"
    for j in range(i, min(i + 4, len(tokens))):
        token = tokens[j]
        if token.start >= sentence_end or not token.is_word:
            break
        low = lowered[j]
        if low in _STOP or low.endswith("ly"):
            break
        if token.text[0].isupper():
            name = j
            continue
        if low.endswith(_ADJECTIVE_ENDINGS) and j + 1 < len(tokens) and tokens[j + 1].is_word and (
                lowered[j + 1] not in _STOP):
            continue
        if _compound_head(doc, j + 1, sentence_end):
            j += 1
        return lowered[j], tokens[j].end
    return (lowered[name], tokens[name].end) if name is not None else (None, end)


def _compound_head(doc: Document, j: int, sentence_end: int) -> bool:
    """Whether token ``j`` is the head noun of a two-noun compound whose first noun is before it
    ("ground game", "election results"): a lower-case word, no verb form, then the phrase's end (a
    function word, punctuation or a verb: "the 2011 budget debate dragged on")."""
    tokens, lowered = doc.tokens, doc.lower_texts()
    if j >= len(tokens) or tokens[j].start >= sentence_end or not tokens[j].is_word:
        return False
    low = lowered[j]
    if (not tokens[j].text[0].islower() or low in _STOP or low in _verbs()
            or low.endswith(("ly", "ed", "ing"))):
        return False
    after = lowered[j + 1] if j + 1 < len(tokens) and tokens[j + 1].is_word else None
    return after is None or after in _STOP or after in _verbs() or after.endswith("ed")


def _quantity_claim(doc: Document, m: re.Match, index: int, sentence_end: int) -> Claim | None:
    if m["hour"]:
        parsed = _parse_quantity(m)
        start, end = _snap(doc, m.start(), m.end())
        return Claim(start, end, doc.text[start:end], parsed.value, parsed.unit, parsed.normalized,
                     "time", parsed.hedge, parsed.low, parsed.high, None, index, _iso_time(parsed.value))
    if m["num2"] or m["word2"]:
        first, second = _first_number(m), _second_number(m)
        if first is not None and second is not None and second > first and not m["minus"] and _is_score(doc, m) \
                and _from_the_losing_side(doc, m):
            return _score_claim(doc, m, index, sentence_end)  # "lost 1-3": the loser's side named first
        if first is not None and second is not None and second <= first and not m["minus"]:
            if _is_score(doc, m):
                return _score_claim(doc, m, index, sentence_end)
            # "2015-16", "555-1212": not a range, no score: the first number alone
            start, end = _snap(doc, m.start("num") if m["num"] else m.start("word"),
                               m.end("num") if m["num"] else m.end("word"))
            return Claim(start, end, doc.text[start:end], first, None, None, "number",
                         None, first, first, None, index)
    if m["num"]:
        if len(m["num"]) >= 10 and m["num"].isdigit():
            return None  # "1449075600": an identifier or a timestamp, never a figure written for readers
        if m["ordinal"]:
            return _ordinal_claim(doc, m, index, sentence_end)
        if _after_number_sign(doc, m.start("num")) and not (m["unit"] or m["scale"] or m["num2"] or m["kilo"]):
            return _rank_claim(doc, m, index, sentence_end)
        if not (m["scale"] or m["per_scale"] or m["unit"]) and doc.text[m.end():m.end() + 1].isalpha():
            return None  # "5k", "3D", "4G": a code, not a quantity
    if m["word"] and m["word"][0].isupper() and _inside_a_name(doc, m.start("word"), index):
        return None  # "Zero Hedge", "Three Mile Island", "the Big Ten": part of a name
    if m["frac"] and _key(m["frac"]) == "half" and _word_before(doc, m.start("frac")) in _PARTS_OF_A_WHOLE:
        return None  # "the second half of the year": a period, not a share
    parsed = _parse_quantity(m)
    if parsed is None:
        return None
    if parsed.kind == "number" and m["num"] and not parsed.hedge and _names_a_number(doc, m.start("num")):
        return None  # "Local 88", "Section 230": an identifier, no figure
    if parsed.kind == "number" and m["num"] and not (m["num2"] or m["word2"]) and _ZONED_TIME.fullmatch(m["num"]) \
            and (zone := _TIME_ZONE_AFTER.match(doc.text, m.end())):
        # "at 0910 GMT": a wire service's time of day on the 24-hour clock, hhmm like "9:10 a.m."
        start, end = _snap(doc, m.start("num"), zone.end())
        value = float(m["num"])
        return Claim(start, end, doc.text[start:end], value, None, Quantity(value, "time"), "time", None,
                     value, value, None, index, _iso_time(value))
    if parsed.kind == "number" and m["num"] and not parsed.hedge and not (m["num2"] or m["word2"]) \
            and _dialled(doc, m.start("num"), m["num"]):
        return None  # "call 101", "a 911 call", "0800 555 111": a telephone or reference number, no figure
    end = m.end()
    kind = parsed.kind
    normalized = parsed.normalized
    unit = parsed.unit
    subject = None
    if m["unit"] == "m" and m["num"] and not (m["scale"] or m["per_scale"] or m["num2"] or m["word2"]):
        # "5.4m women", "780m consumers", "2m tonnes": the business pages' "m" of millions before what it
        # counts or a unit; before anything else ("a 5.4m wall", "the 100m final", "5.4m high") it is metres
        after = _UNIT_AFTER.match(doc.text, end)
        measure = after and (_lexicon()["case_units"].get(after["unit"]) or _lexicon()["units"].get(
            _key(after["unit"])))
        following = bisect_left(doc.token_starts, end)
        if measure or _plural_next(doc, following) and not _modifier_figure(doc, m.start(), following):
            value = parsed.value * 1e6
            parsed = parsed._replace(value=value, unit=None, normalized=None, kind="number",
                                     low=parsed.low * 1e6, high=parsed.high * 1e6)
            kind, normalized, unit = "number", None, None
            if measure and measure.kind != "temperature":
                end = after.end()
                kind, unit = measure.kind, measure.base if measure.kind == "money" else _key(after["unit"])
                normalized = Quantity(value * measure.factor, measure.base)
    if (m["points"] or m["degrees"]) and not (
            _sentence_has(doc, index, _poll_cues()) if m["points"]
            else m["minus"] or m["below"] or _sentence_has(doc, index, _temperature_cues())):
        # "a 180-degree turn", "two degrees from Yale", "scored 28 points": what is counted
        if m["minus"]:
            return None  # the number alone is read from the next start
        value = parsed.value
        return Claim(*_snapped_text(doc, m.start(), end), value, None, Quantity(value, "count"), "count",
                     parsed.hedge, parsed.low, parsed.high, "points" if m["points"] else "degrees", index)
    if kind == "distance" and unit in ("foot", "feet", "ft") and not (m["num2"] or m["scale"] or m["per_scale"]):
        inches = _INCHES_AFTER.match(doc.text, end)
        if inches is not None and int(inches["inches"]) < 12 and parsed.value > 0:
            # "5-foot-11", "6 feet 2 inches": a height, in feet
            value = parsed.value + int(inches["inches"]) / 12
            ratio = value / parsed.value  # the hedge's interval, moved to the height
            start, end = _snap(doc, m.start(), inches.end())
            return Claim(start, end, doc.text[start:end], value, _FEET_AND_INCHES, Quantity(value * 0.3048, "m"),
                         "distance", parsed.hedge, parsed.low * ratio, parsed.high * ratio, None, index)
    if unit == "degrees":
        scale = _article_scale(doc.text)
        if scale is not None:  # the article's own scale: "It hit 104F ... 100 degrees again on Friday"
            unit, normalized = scale.symbol, Quantity(parsed.value * scale.factor + scale.offset, scale.base)
    if kind in ("number", "count"):
        after = _UNIT_AFTER.match(doc.text, end) if kind == "count" else None
        if after is not None:  # "a few weeks", "hundreds of miles", "tens of millions of dollars"
            key = _key(after["unit"])
            u = _lexicon()["case_units"].get(after["unit"]) or _lexicon()["units"].get(key)
            if u is not None and u.kind in ("duration", "distance", "money"):
                end = after.end()
                kind, unit = u.kind, u.base if u.kind == "money" else key
                normalized = Quantity(parsed.value * u.factor, u.base)
        if kind in ("number", "count"):
            vague = m["vague"] is not None
            subject, phrase_end = _subject(doc, end, sentence_end, vague=vague, plural=vague or parsed.value > 1)
            if phrase_end > end:  # a counted noun, or "50,000 strong"
                kind, end = "count", phrase_end
            elif kind == "number" and not vague and parsed.value > 1:
                subject = _partitive(doc, end, sentence_end)
                if subject is not None:  # "248 of the 460 seats": 248 seats, the figure's span unchanged
                    kind = "count"
            if kind == "count":
                normalized = Quantity(parsed.value, "count")
            if m["kilo"] and "." not in m["num"] and not (subject and _counted_plural(subject)):
                return None  # "20K signatures" counts; "a 5K run", "4K video" name a race and a format
    if kind == "number" and m["num"] and not parsed.hedge and (
            _age_after_name(doc, m.start(), m.end(), parsed.value) or _age_by_words(doc, m.start(), m.end(),
                                                                                     parsed.value)):
        kind, unit, normalized = "age", "year-old", Quantity(parsed.value, "year")
    start, end = _snap(doc, m.start(), end)
    event = _event(doc, start, end, subject) if kind in ("count", "number") else None
    return Claim(start, end, doc.text[start:end], parsed.value, unit, normalized,
                 kind, parsed.hedge, parsed.low, parsed.high, subject, index, event=event)


@lru_cache(maxsize=1)
def _events() -> dict[str, tuple[str, str]]:
    """Word -> (event, part) of ``lexicons/claims/events.tsv``: "arrests" -> ("arrest", "noun")."""
    return {row[0]: (row[1], row[2]) for row in _rows("events.tsv")}


# Words between a count and what happened to it: "12 people were arrested", "have since been released".
_BEFORE_EVENT = frozenset("were was are is have has had been being be reportedly also later all who".split())


def _event(doc: Document, start: int, end: int, subject: str | None) -> str | None:
    """What happened to the people a count counts, as ``lexicons/claims/events.tsv`` names it: the counted
    event itself ("12 arrests"), a verb right after the count, past at most two auxiliaries ("twelve people
    were arrested", "14 officers hurt", "12 dead"), or a verb right before it ("police arrested 12 people",
    "killing at least 1,200"). Two tellings of one figure name one event in other words."""
    events = _events()
    if subject in events and events[subject][1] == "noun":
        return events[subject][0]
    tokens, lowered = doc.tokens, doc.lower_texts()
    i = bisect_left(doc.token_starts, end)
    sentence = tokens[i - 1].sentence if i > 0 else 0
    for k in range(i, min(i + 3, len(tokens))):
        if tokens[k].sentence != sentence or not tokens[k].is_word:
            break
        found = events.get(lowered[k])
        if found is not None and found[1] != "noun":
            return found[0]
        if lowered[k] not in _BEFORE_EVENT:
            break
    j = bisect_left(doc.token_starts, start) - 1
    found = events.get(lowered[j]) if j >= 0 and tokens[j].sentence == sentence else None
    return found[0] if found is not None and found[1] == "verb" else None


_NAME_BEFORE_COMMA = re.compile(r"(?<![\w.])([^\W\d_]{2}[\w'’-]*), $")  # ("Yıldırım, 44,": any script)


def _age_after_name(doc: Document, start: int, end: int, value: float) -> bool:
    """A whole number under 120 set off by commas right after a capitalised name: news copy's age ("Darnell
    Greene, 34, had ..."), the same figure as another article's "the 34-year-old". A month or weekday
    before it ("Nov. 29, 34 people", "Sunday, 12") is a date's, and a noun after it counts something."""
    if not (0 < value < 120 and value == int(value)) or doc.text[end:end + 1] not in (",", ")", ";"):
        return False
    before = _NAME_BEFORE_COMMA.search(doc.text, max(0, start - 40), start)
    return before is not None and before.group(1)[0].isupper() and before.group(1)[1].islower() \
        and before.group(1).rstrip(".") not in _MONTH_NUMBER and before.group(1) not in _WEEKDAYS


# Words before a bare whole number that make it a person's age: "dies aged 91", "at age 91", "at the age of
# 91"; and an obituary's "She was 91." (a pronoun, "was" and the number make the whole sentence).
_AGE_BEFORE = re.compile(r"(?:\baged|\bat age|\bthe age of) $", re.IGNORECASE)
_AGE_SENTENCE = re.compile(r"(?:^|[.!?”\n] +|\n)(?:He|She) (?:was|is) $")


def _age_by_words(doc: Document, start: int, end: int, value: float) -> bool:
    """A whole number under 120 after "aged", "at age" or "the age of", or making up "She was 91." with a
    pronoun: the person's age, the same figure as another article's "the 91-year-old"."""
    if not (0 < value < 120 and value == int(value)):
        return False
    if _AGE_BEFORE.search(doc.text, max(0, start - 12), start):
        return True
    return doc.text[end:end + 1] == "." and not doc.text[end + 1:end + 2].isdigit() \
        and _AGE_SENTENCE.search(doc.text, max(0, start - 12), start) is not None


_SCORE_DIGITS = re.compile(r"\d{1,3}")


def _is_score(doc: Document, m: re.Match) -> bool:
    """Whether a pair of numbers, the larger first, is a score or a tally ("a 5-4 ruling", "won 3-1",
    "a 52-48 vote", "217 to 213"): both plain numbers of up to three digits, no unit, not after "from"
    or "between" ("fell from 10 to 5") and with no third number after them, so "2015-16", "555-1212" and
    "800-273-8255" stay no scores."""
    if m["unit"] or m["scale"] or m["per_scale"] or m["kilo"] or m["ordinal"]:
        return False
    if m["word"] and m["word2"]:  # "ruled five to two", "won three to two": in words only after a result
        return _word_before(doc, m.start("word")) in _RESULTS
    if not (m["num"] and m["num2"]):
        return False
    if m["between"] or not (_SCORE_DIGITS.fullmatch(m["num"]) and _SCORE_DIGITS.fullmatch(m["num2"])):
        return False
    if _THIRD_NUMBER.match(doc.text, m.end("num2")):
        return False  # "800-273-8255", "a 3-2-1 strategy": a code, no score
    return _word_before(doc, m.start("num")) not in ("from", "between")


def _from_the_losing_side(doc: Document, m: re.Match) -> bool:
    """Whether a pair of numbers, the smaller first, is a result seen from the losing side ("lost 1-3",
    "a 2-5 defeat", "a 3-9 record"), not a range ("rose 1-3%", "a 2-3 week trip")."""
    return (_word_before(doc, m.start("num" if m["num"] else "word")) in _LOSING
            or _word_from(doc, m.end("num2" if m["num2"] else "word2")) in _LOSSES)


_LOSING = frozenset({"lost", "lose", "loses", "losing", "trailed", "trails", "trailing", "beaten", "defeated"})
_LOSSES = frozenset({"loss", "defeat", "record"})
# Verbs after which two numbers written in words are a result ("the court ruled five to two").
_RESULTS = frozenset({"ruled", "voted", "won", "lost", "beat", "defeated", "passed", "approved", "rejected",
                      "decided", "split", "trailed", "led"})
_THIRD_NUMBER = re.compile(r"[-–—/.]\d")


def _score_claim(doc: Document, m: re.Match, index: int, sentence_end: int) -> Claim:
    """A score or tally as one claim of kind ``score``: ``value`` is the first number as written,
    ``low`` and ``high`` the two numbers, smaller first, so "5-4" and "4-5" are one result; the noun
    after it, if any, is its subject ("ruling", "vote")."""
    first, second = _first_number(m), _second_number(m)
    last = "num2" if m["num2"] else "word2"
    subject, end = _subject(doc, m.end(last), sentence_end)
    if subject is None:
        end = m.end(last)
    start, end = _snap(doc, m.start("num" if m["num"] else "word"), end)
    return Claim(start, end, doc.text[start:end], first, "score", Quantity(max(first, second), "score"), "score",
                 None, min(first, second), max(first, second), subject, index)


def _after_number_sign(doc: Document, offset: int) -> bool:
    """Whether the number at ``offset`` follows "No." ("the No. 2 job", "No. 3 in the leadership")."""
    i = bisect_left(doc.token_starts, offset)
    lower = doc.lower_texts()
    return (i >= 2 and lower[i - 1] == "." and lower[i - 2] in ("no", "nos")
            and doc.tokens[i - 1].start == doc.tokens[i - 2].end)


def _rank_claim(doc: Document, m: re.Match, index: int, sentence_end: int) -> Claim:
    """A rank written "No. 3", as an ordinal with what it ranks ("the No. 2 job")."""
    value = _number(m["num"])
    subject, end = _subject(doc, m.end("num"), sentence_end)
    if subject is None:
        end = m.end("num")
    i = bisect_left(doc.token_starts, m.start("num"))
    start, end = _snap(doc, doc.tokens[i - 2].start, end)
    return Claim(start, end, doc.text[start:end], value, None, Quantity(value, "ordinal"), "ordinal",
                 None, value, value, subject, index)


# Inches after feet: "5-foot-11", "6 feet 2 inches", "6 feet and 2 inches", "a 6-foot-2-inch guard".
_INCHES_AFTER = re.compile(r"(?:-(?P<hyph>)|\s+(?:and\s+)?)(?P<inches>\d{1,2})"
                           r"(?:(?(hyph)-|\s*-?\s*)(?:inches|inch|in\.)(?![^\W\d_])|(?(hyph)(?![\w-]|[.,]\d)|(?!)))")
# The written unit of a height in feet and inches: ``value`` is in feet, exact to the inch.
_FEET_AND_INCHES = "ft-in"


def _inside_a_name(doc: Document, offset: int, index: int) -> bool:
    """Whether a capitalised number word at ``offset`` is inside a name: not the sentence's first
    word, and a capitalised word or a capitalised word before it ("Zero Hedge", "Big Ten")."""
    i = bisect_left(doc.token_starts, offset)
    if i <= doc.sentences[index].first_token:
        return False
    tokens = doc.tokens
    if not tokens[i - 1].is_word:
        return False  # after a quote mark or a colon a sentence may start again
    return tokens[i - 1].text[0].isupper() or (i + 1 < len(tokens) and tokens[i + 1].text[0].isupper())


def _snapped_text(doc: Document, start: int, end: int) -> tuple[int, int, str]:
    start, end = _snap(doc, start, end)
    return start, end, doc.text[start:end]


def _iso_time(value: float) -> str:
    """ISO 8601 time of an hhmm value: 2110 -> "T21:10"."""
    return f"T{int(value) // 100:02d}:{int(value) % 100:02d}"


def _ordinal_claim(doc: Document, m: re.Match, index: int, sentence_end: int) -> Claim | None:
    """A rank written in digits ("the 17th judge", "his 3rd term"), with what it ranks.

    Only digits: "first" and "second" are mostly no figure ("at first", "a second time").
    Ranks match only the same rank of the same noun.
    """
    after = doc.text[m.end("ordinal"):m.end("ordinal") + 2]
    if after[:1] == " " and after[1:].isupper() and doc.sentences[index].kind != "heading":
        return None  # "the 6th Circuit", "the 82nd Airborne", "5th Avenue": part of a name, no figure
    value = _number(m["num"])
    subject, end = _subject(doc, m.end("ordinal"), sentence_end)
    if subject is None:
        end = m.end("ordinal")
    start, end = _snap(doc, m.start("num"), end)
    return Claim(start, end, doc.text[start:end], value, None, Quantity(value, "ordinal"), "ordinal",
                 None, value, value, subject, index)


@lru_cache(maxsize=1)
def _numbered_names() -> frozenset[str]:
    return frozenset(row[0] for row in _rows("numbered_names.txt"))


@lru_cache(maxsize=1)
def _split_numbered_names() -> tuple[str, ...]:
    """The listed names with a mark inside ("S&P"), which are more than one token."""
    return tuple(name for name in _numbered_names() if not name.isalnum())


_ZONED_TIME = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_TIME_ZONE_AFTER = re.compile(r"\s(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b")
# An emergency telephone number before what it is dialled for ("the first 911 call", "999 operators").
_EMERGENCY_LINE = re.compile(r"(?:911|999|112|000)\s+(?:calls?|callers?|dispatch\w*|operators?|emergenc\w+|"
                             r"centers?|centres?|lines?|services?|system|recordings?|tapes?)\b")


_DIAL_VERBS = frozenset({"call", "calling", "dial", "dialling", "dialing", "ring", "text", "texting"})


def _dialled(doc: Document, offset: int, digits: str) -> bool:
    """Whether the bare number ``digits`` at ``offset`` is a code to dial or quote, not a quantity: written
    with a leading zero ("0213", "0800": no count is), after a verb of dialling ("call 101"), an emergency
    number before what it is dialled for ("the first 911 call"), or a group of digits right after such a
    code ("0800 555 111")."""
    if digits[0] == "0" and len(digits) > 1 and digits.isdigit() or _EMERGENCY_LINE.match(doc.text, offset):
        return True
    i = bisect_left(doc.token_starts, offset)
    if i == 0:
        return False
    before = doc.tokens[i - 1].text
    return before.lower() in _DIAL_VERBS or before[:1] == "0" and before.isdigit() and len(before) > 1 \
        or before.isdigit() and i > 1 and _dialled(doc, doc.tokens[i - 1].start, before)


def _names_a_number(doc: Document, offset: int) -> bool:
    """Whether the token before ``offset`` is a capitalised word that makes the number an identifier
    ("Local 88", "Section 230", "Flight 370"; ``lexicons/claims/numbered_names.txt``)."""
    i = bisect_left(doc.token_starts, offset)
    if i == 0:
        return False
    before = doc.tokens[i - 1]
    if before.end + 1 != offset:
        return False
    return before.text in _numbered_names() or any(  # a name the tokenizer splits ("S&P")
        doc.text.startswith(name, offset - 1 - len(name)) for name in _split_numbered_names())


@lru_cache(maxsize=1)
def _temperature_cues() -> frozenset[str]:
    return frozenset(row[0] for row in _rows("temperature_cues.tsv"))


@lru_cache(maxsize=1)
def _poll_cues() -> frozenset[str]:
    return frozenset(row[0] for row in _rows("poll_cues.tsv"))


def _sentence_has(doc: Document, index: int, cues: frozenset[str]) -> bool:
    """Whether sentence ``index`` holds one of ``cues`` (lower-cased words): whether it speaks of
    heat or weather ("temperatures", "warming"), of polls or votes ("poll", "percent", "voters")."""
    sentence = doc.sentences[index]
    return any(word in cues for word in doc.lower_texts()[sentence.first_token:sentence.last_token])


_WRITTEN_SCALE = re.compile(r"\d\s?[°º]\s?([CF])\b|\b(Celsius|centigrade|Fahrenheit)\b|\d([CF])\b")


@lru_cache(maxsize=1)
def _article_scale(text: str) -> _Unit | None:
    """The temperature scale the article names first ("104F", "degrees Celsius"), or None.

    Searched only when a bare "degrees" is read as a temperature, which is rare, and once per text
    (kept for the next "degrees" of the same text: a long weather report may hold hundreds).
    """
    found = _WRITTEN_SCALE.search(text)
    if found is None:
        return None
    letter = (found.group(1) or found.group(2) or found.group(3))[0].upper()
    return _TEMPERATURE_SCALES["F" if letter == "F" else "C"]


# Words before "half" that make it a part of something ("the first half of", "the other half of").
_PARTS_OF_A_WHOLE = frozenset("the first second other latter former back front top bottom lower upper better "
                              "this that each every".split())


def _word_before(doc: Document, offset: int) -> str:
    """The lower-cased token before the one starting at ``offset`` ("" at the text's start)."""
    i = bisect_left(doc.token_starts, offset)
    return doc.lower_texts()[i - 1] if i > 0 else ""


def _word_from(doc: Document, offset: int) -> str:
    """The lower-cased token at or after ``offset`` ("" at the text's end)."""
    i = bisect_left(doc.token_starts, offset)
    return doc.lower_texts()[i] if i < len(doc.tokens) else ""


def _snap(doc: Document, start: int, end: int) -> tuple[int, int]:
    """``doc.snap(start, end)`` as a pair, without building a Span: the range widened to whole tokens."""
    tokens, starts = doc.tokens, doc.token_starts
    last_offset = max(start, end - 1)
    first = bisect_right(starts, start) - 1
    last = bisect_right(starts, last_offset) - 1
    if first >= 0 and start < tokens[first].end:
        start = tokens[first].start
    if last >= 0 and last_offset < tokens[last].end:
        end = tokens[last].end
    return start, end


# --- alignment -----------------------------------------------------------------------------

# Relative slack for a number given as written: half its rounding step ("190" is 185-195),
# capped at 5% so round thousands ("50,000") are not read as +-10%.
_MAX_ROUNDING = 0.05


def _rounding(claim: Claim) -> float:
    """Half the rounding step of the number as written, relative to its value."""
    value = abs(claim.value)
    if value == 0 or claim.kind in _EXACT_KINDS:
        return 0.0
    if claim.unit == _FEET_AND_INCHES:
        return 0.49 / 12 / value  # given to the inch: half an inch either way, so the next inch only touches
    digits = _WRITTEN_DIGITS.search(claim.text)
    if digits is None:  # a word number or vague quantity: "twelve", "hundreds of"
        return _MAX_ROUNDING
    written = digits.group().translate(_NO_SEPARATORS)
    if "." in written:
        step = 10.0 ** -_decimals(written)
    else:
        stripped = written.rstrip("0")
        step = 10.0 ** (len(written) - len(stripped)) if stripped else 1.0
    scale = value / _number(written) if _number(written) else 1.0
    return min(step * scale / 2 / value, _MAX_ROUNDING)


def interval(claim: Claim, *, difference: bool = False) -> tuple[float, float] | None:
    """The claim's interval in normalised units, widened by the rounding of its number: what
    :func:`same_claim` compares, so two claims it finds the same overlap in it (or are equal in value), and an
    index over it (``compare``) finds every candidate.

    Degrees are read as a temperature, or with ``difference`` as a change of temperature
    ("warming of 2 degrees Celsius", 3.6 °F), which converts without the offset.
    """
    if claim.normalized is None or claim.value == 0:
        return None
    scale = _WRITTEN_TEMPERATURES.get(claim.unit) if claim.kind == "temperature" else None
    if scale is not None:
        factor, offset = scale.factor, 0.0 if difference else scale.offset
    else:
        factor, offset = claim.normalized.value / claim.value, 0.0
    low = claim.low if claim.low is not None else claim.value
    high = claim.high if claim.high is not None else claim.value
    slack = _rounding(claim) * abs(claim.value)
    lo, hi = (low - slack) * factor + offset, (high + slack) * factor + offset
    return (min(lo, hi), max(lo, hi))


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=1)
def _noun_classes() -> dict[str, str]:
    """Counted noun (singular as :func:`_singular` makes it) -> the first noun of its class."""
    classes = {}
    for row in _rows("noun_classes.tsv"):
        for word in row:
            classes[_singular(word)] = _singular(row[0])
    return classes


def name_the_same(a: Claim, b: Claim) -> bool:
    """Whether two claims that both name what they count name one thing ("800,000 workers" /
    "800,000 employees", "the No. 3 job" / "the No. 3 post")."""
    return bool(a.subject and b.subject) and noun_class(a.subject) == noun_class(b.subject)


def noun_class(subject: str) -> str:
    """What a count counts, synonyms made one ("employees" and "workers" -> "worker"; see
    ``lexicons/claims/noun_classes.tsv``); any other noun stands for itself, singular."""
    word = _singular(subject)
    return _noun_classes().get(word, word)


# Kinds that name a point, not an amount: a date, a time of day, a rank agree only when equal.
_EXACT_KINDS = frozenset({"date", "time", "ordinal"})
# Precise counts from this size up say the same figure even when the articles name the counted
# thing differently ("at least 544 store managers" / "at least 544 women", "42 members" / "42 Senate
# Republicans"); small or round counts ("two justices" / "two men", "100 drones" / "100 tanks")
# need the same noun.
_TELLING_COUNT = 20
_WRITTEN_DIGITS = re.compile(rf"{GROUPED_DIGITS}|\d[\d,]*(?:\.\d+)?")


def _telling_count(a: Claim, b: Claim) -> bool:
    """Whether two counts of differently named things are large and precise enough to be one figure.

    Precise: written in digits that are no round number (544, 42, 1.6 million, not 100 or 800,000),
    which two articles on one story rarely share by chance.
    """
    return (a.kind == "count" and min(abs(a.value), abs(b.value)) >= _TELLING_COUNT and _precise(a) and _precise(b)
            and not (is_vague(a) or is_vague(b)))


# A count of people this large, told without a hedge, is the same crowd as a count of whom they were.
_EXACT_CROWD = 1000


@lru_cache(maxsize=1)
def _people_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns that name people without saying who ("people", "persons") and those that say who
    ("demonstrators", "voters"), from ``lexicons/claims/people_nouns.txt``."""
    general, whom = set(), set()
    for row in _rows("people_nouns.txt"):
        if row[0] == "general":
            general.update(row[1:])
        else:
            whom.update(row)
    return frozenset(general), frozenset(whom)


def _people_and_whom(a: Claim, b: Claim) -> bool:
    """Whether one count names only "people" and the other who they were, both told without a hedge,
    in the thousands: "40,000 demonstrators" / "40000 people", one crowd counted by two articles. A hedged
    round count ("about 40,000 people" / "about 40,000 voters") or two nouns that each say who ("voters" /
    "residents") stay apart: such figures are chance agreements."""
    if a.kind != "count" or a.hedge or b.hedge or min(abs(a.value), abs(b.value)) < _EXACT_CROWD:
        return False
    general, whom = _people_nouns()
    return (a.subject in general and b.subject in whom) or (b.subject in general and a.subject in whom)


def hedge_lean(hedge: str) -> str:
    """Which way a hedge leans from its number: "under" ("nearly", "up to"), "over" ("more than", "at
    least") or "around" ("about", "roughly", "some"); a hedge the lexicon does not hold ("between", a
    range) stands for itself. "about" and "roughly" say one thing; "over" and "nearly" do not."""
    key = _key(hedge)
    bounds = _lexicon()["hedges"].get(key)
    if bounds is None:
        return key
    low, high = bounds
    return "under" if high <= 1.0 else "over" if low >= 1.0 else "around"


def is_vague(claim: Claim) -> bool:
    """A count given only as "several", "a few", "hundreds of" (the vague phrase is its hedge)."""
    return claim.hedge in _lexicon()["vague"]


def _precise(claim: Claim) -> bool:
    digits = _WRITTEN_DIGITS.search(claim.text)
    return digits is not None and ("." in digits.group() or not digits.group().endswith("0"))


_TOUCHING = 0.99


def claim_similarity(a: Claim, b: Claim) -> float:
    """How likely two claims report the same fact, 0..1.

    Zero unless both have the same kind and normalised unit (and, for counts
    under 20 naming what they count, the same noun). Dates, times of day and
    ranks must be equal. Otherwise 1
    when the intervals (hedge interval widened by rounding) overlap, falling
    linearly to 0 as the gap between them grows to 25% of the larger value.
    """
    if a.normalized is None or b.normalized is None:
        return 0.0
    if a.kind != b.kind or a.normalized.unit != b.normalized.unit:
        return 0.0
    if a.kind == "score":  # "5-4" and "4-5": one result, whichever side is named first
        return 1.0 if (a.low, a.high) == (b.low, b.high) else 0.0
    if a.kind in _EXACT_KINDS:
        # a rank is of something ("17th judge"); a year's event ("2016 campaign", "2016 race") is
        # often named two ways, so its noun only guides the pairing (see compare)
        same_subject = (a.kind != "ordinal" or not (a.subject and b.subject)
                        or noun_class(a.subject) == noun_class(b.subject))
        return 1.0 if a.normalized.value == b.normalized.value and same_subject else 0.0
    if a.event and b.event and a.event != b.event:
        return 0.0  # "12 people were arrested" / "12 people were injured": two figures
    if a.subject and b.subject and noun_class(a.subject) != noun_class(b.subject) and not _telling_count(a, b) \
            and not (a.event and a.event == b.event) \
            and not _people_and_whom(a, b):  # "12 arrests" / "twelve people were arrested"
        return 0.0
    if a.kind == "count" and (is_vague(a) or is_vague(b)) and not (a.subject and b.subject):
        return 0.0  # "several" or "a few" of nothing named says no figure ("a few caveats" / "several")
    if a.kind == "money" and is_vague(a) != is_vague(b):
        return 0.0  # "millions of dollars" spans a thousandfold: no match for a figure given as one
    ia, ib = interval(a), interval(b)
    if ia is None or ib is None:
        return 1.0 if a.normalized.value == b.normalized.value else 0.0
    gap = max(ia[0], ib[0]) - min(ia[1], ib[1])
    if gap > 0 and a.kind == "temperature" and a.unit != b.unit:
        da, db = interval(a, difference=True), interval(b, difference=True)
        if max(da[0], db[0]) <= min(da[1], db[1]):
            return 1.0  # the same change of temperature in two scales
    if gap < 0:  # strictly: "32" (31.5-32.5) and "33" (32.5-33.5) only touch
        return 1.0
    scale = max(abs(a.normalized.value), abs(b.normalized.value))
    # touching ranges (gap 0) are near but not one figure: never the full 1.0 of an overlap
    return min(_TOUCHING, max(0.0, 1.0 - gap / (0.25 * scale))) if scale else 0.0


def same_claim(a: Claim, b: Claim) -> bool:
    """True when two claims agree once units, hedges and rounding are accounted for.

    "a range of 190 miles" (185-195 mi = 298-314 km) and "nearly 300 kilometers"
    (270-300 km) overlap, so they are one claim; "over 50,000 troops" (50,000-60,000)
    and "nearly 50,000 strong" (45,000-50,000) agree.
    """
    return claim_similarity(a, b) == 1.0
