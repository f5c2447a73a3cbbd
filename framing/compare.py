"""Comparing how several articles frame one story.

Each article is analysed once (or passed in as a report); the comparison then
lines the layers up side by side: tone (article, section, shared actor),
sources (who is quoted where, with which verb), wording (distinctive terms by
weighted log-odds, author-voice evaluative language), frames, and claims
aligned across articles. ``findings`` are plain-language differences; each has
a twin in ``finding_details`` with the evidence offsets (into each article's
own report text) that back it. No finding is made without evidence.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import Any

from . import claims as claims_stage
from .actors import LEGAL_FORMS, SURNAME_PARTICLES, gazetteer, is_description
from .claims import Claim, name_the_same
from .errors import InputError
from .pipeline import analyze
from .report import Report, jsonable
from .segment import segment
from .tone import POSITIVE as POSITIVE_TONE
from .tone import label as tone_label
from .wording import WEEKDAYS, Term, TermCounts, distinctive_terms, stopwords, term_counts, tfidf_cosines

MAX_ARTICLES = 10
SAME_STORY_MIN = 0.18  # below: probably not one story (BASIL dev: 2/159 same-event pairs, 4/150 others)
TONE_GAP = 0.10  # mean sentence compounds this far apart make a tone finding
ACTOR_TONE_GAP = 0.25
ACTOR_MIN_MENTIONS = 2  # one mention is too little to say how an article treats an actor
FRAME_GAP = 0.15
NAMED_SHARE_GAP = 0.25
EVALUATIVE_RATIO = 1.5  # own-voice negative wording per 1000 words this many times the other's
DISTINCTIVE_Z = 1.0  # distinctive terms at or above this z-score feed a finding
MIN_ANONYMOUS_QUOTES = 2  # one anonymous quote is no pattern of sourcing
_DIGITS = re.compile(rf"{claims_stage.GROUPED_DIGITS}|\d[\d,.]*")  # a number in digits ("40,000", "4.5", "65 000")
# a number with a scale word: "1.28 million", "two million", "forty-five thousand"
_SCALED = re.compile(r"(?:\d[\d,.]*|[a-z]+(?:[- ][a-z]+)?)\s+(?:thousand|million|billion|trillion)", re.IGNORECASE)
MAX_FINDINGS = 16  # a short list: the most telling differences first
MAX_VOICE_FINDINGS = 3  # exclusive voices named per article (direct quotes first); own-words findings
MAX_ACTOR_FINDINGS = 3  # actors whose tone differs most

_TITLE = re.compile(r"^(?:(?:president|president-elect|prime minister|pm|minister|secretary|senator|sen|"
                    r"rep|representative|governor|gov|mayor|dr|mr|mrs|ms|general|gen|chancellor|"
                    r"king|queen|pope|judge|justice|ambassador)\.?\s+)+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")


# ---------------------------------------------------------------- findings


@dataclass(frozen=True, slots=True)
class Evidence:
    article: str  # the article's label
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # "same_text" | "tone" | "actor_tone" | "source" | "own_words" | "sources_named" | "cue" | ...
    text: str
    evidence: list[Evidence]


# ---------------------------------------------------------------- layers


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: str
    label: str
    tone: Any  # the report's ArticleTone
    words: int
    sentences: int
    truncated: bool
    warnings: list[str] = field(default_factory=list)  # the report's own (meta.warnings): "not English" …


@dataclass(frozen=True, slots=True)
class Section:
    title: str  # the heading, or "opening" / "middle" / "closing" when there are no headings
    start: int
    end: int
    compound: float
    label: str
    sentences: int


@dataclass(frozen=True, slots=True)
class ToneSideBySide:
    articles: dict[str, dict[str, float | str]]  # label -> compound, label, shares, gdelt_tone
    sections: dict[str, list[Section]]
    actors: dict[str, dict[str, float]]  # shared actor -> label -> tone toward it, every voice (``overall_tone``)


@dataclass(frozen=True, slots=True)
class ActorInArticle:
    name: str  # as this article names it
    aliases: list[str]
    mentions: int
    tone: float  # the article's own voice (the report's actor ``tone``)
    first: dict[str, int] | None  # the first mention {start, end}
    # Every voice counted (the report's ``overall_tone``): what the comparison orders articles by.
    # Which sources an article quotes about an actor is part of how it treats the actor, and
    # annotators of document-level stance judge it so (BASIL's author feeling, PerSenT); on the
    # tuning half of BASIL it orders outlets better than the own-voice tone (evaluation/compare).
    overall_tone: float = 0.0


@dataclass(frozen=True, slots=True)
class ActorRow:
    name: str
    kind: str
    shared: bool
    articles: dict[str, ActorInArticle]  # label -> presence


@dataclass(frozen=True, slots=True)
class QuoteRef:
    start: int
    end: int
    text: str
    kind: str
    cue: str | None
    speaker: str | None  # the name this article gives the speaker
    cue_lemma: str | None = None  # "claim" for "claimed"
    cue_category: str = "neutral"  # the quotes stage's class: neutral, evaluative, tentative


@dataclass(frozen=True, slots=True)
class Voice:
    name: str
    anonymous: bool
    shared: bool
    articles: dict[str, list[QuoteRef]]
    cues: dict[str, list[str]]  # label -> the cue verbs (lemmas) this article uses for this voice


@dataclass(frozen=True, slots=True)
class SourceCounts:
    quotes: int
    named: int
    anonymous: int
    unattributed: int
    named_share: float | None  # named / quotes (None without quotes)


@dataclass(frozen=True, slots=True)
class Sources:
    voices: list[Voice]
    shared: list[str]
    only: dict[str, list[str]]
    counts: dict[str, SourceCounts]


@dataclass(frozen=True, slots=True)
class EvaluativeRef:
    start: int
    end: int
    text: str
    category: str
    polarity: int
    plain: bool = False  # the report's flag: ordinary appraisal or a designation, no loaded wording

    @property
    def judges(self) -> bool:
        """Whether it is the article's own judgement: a plain label is a designation ("left-wing partners",
        "far-right"), whose slant is in who uses it, so it tells nothing of how this article judges."""
        return self.polarity != 0 and not (self.plain and self.category == "loaded-label")


@dataclass(frozen=True, slots=True)
class Wording:
    distinctive: dict[str, list[Term]]  # label -> terms, highest z first
    evaluative: dict[str, list[EvaluativeRef]]  # label -> author-voice evaluative language
    evaluative_per_1000_words: dict[str, float]


@dataclass(frozen=True, slots=True)
class FrameDifference:
    name: str
    high: str  # label of the article that leans on the frame most
    low: str
    difference: float


@dataclass(frozen=True, slots=True)
class Frames:
    scores: dict[str, dict[str, float]]  # frame -> label -> score
    differences: list[FrameDifference]  # largest first


@dataclass(frozen=True, slots=True)
class ClaimRef:
    article: str
    start: int
    end: int
    text: str
    value: float
    unit: str | None
    normalized: Any
    kind: str = "number"  # the claims stage's kind: count, money, date ...
    hedge: str | None = None  # "nearly", "by" (a date's preposition), "a dozen" ...
    event: str | None = None  # counts: what happened to the counted ("arrest"), as the claims stage reads it


@dataclass(frozen=True, slots=True)
class SharedClaim:
    articles: list[str]
    claims: list[ClaimRef]


@dataclass(frozen=True, slots=True)
class Claims:
    shared: list[SharedClaim]
    only: dict[str, list[ClaimRef]]


@dataclass(frozen=True, slots=True)
class PairSimilarity:
    a: str
    b: str
    score: float
    text: float  # TF-IDF cosine over content words
    actors: float | None  # Jaccard overlap of actors (None when neither names any)
    claims: float | None  # share of the smaller article's telling figures that align (None without figures;
    # a year or a decade alone is not telling: unrelated stories of one year share it)


@dataclass(frozen=True, slots=True)
class Similarity:
    score: float  # the lowest pairwise score: one stray article is enough to doubt the set
    same_story: bool
    warning: str | None
    pairs: list[PairSimilarity]


@dataclass(frozen=True)
class Comparison:
    articles: list[ArticleSummary]
    tone: ToneSideBySide | None = None
    actors: list[ActorRow] = field(default_factory=list)
    sources: Sources | None = None
    wording: Wording | None = None
    frames: Frames | None = None
    claims: Claims | None = None
    similarity: Similarity | None = None
    findings: list[str] = field(default_factory=list)
    finding_details: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return jsonable(self)


# ---------------------------------------------------------------- entry point


def compare(reports_or_texts: Sequence[Report | str], *, labels: Sequence[str] | None = None) -> Comparison:
    """Side-by-side comparison of 2 to 10 articles (reports, or texts to analyse)."""
    items = list(reports_or_texts) if not isinstance(reports_or_texts, (str, Report)) else [reports_or_texts]
    if len(items) < 2:
        raise InputError("compare needs at least two articles")
    if len(items) > MAX_ARTICLES:
        raise InputError(f"compare takes at most {MAX_ARTICLES} articles; got {len(items)}")
    reports = []
    for i, item in enumerate(items, 1):
        if isinstance(item, Report):
            reports.append(item)
        elif isinstance(item, str):
            try:
                reports.append(analyze(item))
            except InputError as exc:
                raise InputError(f"article {i}: {exc}") from None
        else:
            raise InputError(f"article {i} is a {type(item).__name__}: pass report objects or texts")
    names = _labels(reports, labels)

    docs = [segment(r.text) for r in reports]
    counts = [term_counts(d) for d in docs]
    actor_rows, actor_groups = _actors(reports, names)
    sources = _sources(reports, names)
    claims = _claims(reports, names)
    wording = _wording(reports, names, counts)
    frames = _frames(reports, names)
    tone = _tone(reports, names, actor_rows)
    similarity = _similarity(reports, names, counts, actor_groups, claims)
    articles = [ArticleSummary(r.id, n, r.tone, r.meta.words, r.meta.sentences, r.meta.truncated,
                               list(r.meta.warnings)) for r, n in zip(reports, names, strict=True)]
    details = _findings(reports, names, tone, actor_rows, sources, wording, frames, claims)
    return Comparison(articles, tone, actor_rows, sources, wording, frames, claims, similarity,
                      findings=[f.text for f in details], finding_details=details)


def _labels(reports: list[Report], labels: Sequence[str] | None) -> list[str]:
    if labels is not None and len(labels) != len(reports):
        raise InputError(f"got {len(labels)} labels for {len(reports)} articles")
    wanted = list(labels) if labels else [r.meta.source or r.meta.title or f"article {i}"
                                          for i, r in enumerate(reports, 1)]
    seen: dict[str, int] = {}
    unique = []
    for name in wanted:
        name = str(name) or "article"
        label, n = name, 1
        while label in seen:
            n += 1
            label = f"{name} ({n})"
        seen[label] = 1
        unique.append(label)
    return unique


def _span(report: Report, label: str, start: int, end: int) -> Evidence:
    return Evidence(label, start, end, report.text[start:end])


def _quoted(texts: list[str], limit: int = 3) -> str:
    shown = [f"“{t}”" for t in texts[:limit]]
    return ", ".join(shown) + (" …" if len(texts) > limit else "")


def _names(labels: list[str]) -> str:
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


# ---------------------------------------------------------------- tone


def _tone(reports: list[Report], labels: list[str], actors: list[ActorRow]) -> ToneSideBySide:
    articles = {}
    sections = {}
    for r, name in zip(reports, labels, strict=True):
        t = r.tone
        articles[name] = {"compound": t.compound, "label": t.label, "share_positive": t.share_positive,
                          "share_negative": t.share_negative, "gdelt_tone": t.gdelt_tone}
        sections[name] = sections_of(r)
    shared = {row.name: {n: p.overall_tone for n, p in row.articles.items()} for row in actors if row.shared}
    return ToneSideBySide(articles, sections, shared)


def sections_of(report: Report) -> list[Section]:
    """Tone per section: headings start sections; without inner headings, the opening, middle and closing thirds."""
    sentences = report.sentences
    inner_headings = [i for i, s in enumerate(sentences) if s.kind == "heading"
                      and any(b.kind == "body" for b in sentences[:i])]
    groups: list[tuple[str, list]] = []
    if inner_headings:
        title = "opening"
        current: list = []
        for s in sentences:
            if s.kind == "heading":
                if current:
                    groups.append((title, current))
                    current = []
                    title = report.text[s.start:s.end]
                elif not groups:
                    title = report.text[s.start:s.end]
                continue
            current.append(s)
        if current:
            groups.append((title, current))
    else:
        body = [s for s in sentences if s.kind == "body"]
        n = len(body)
        cuts = [0, round(n / 3), round(2 * n / 3), n]
        for title, lo, hi in zip(("opening", "middle", "closing"), cuts, cuts[1:], strict=False):
            if hi > lo:
                groups.append((title, body[lo:hi]))
    result = []
    for title, group in groups:
        mean = sum(s.compound for s in group) / len(group)
        result.append(Section(" ".join(title.split()), group[0].start, group[-1].end, mean,
                              tone_label(mean), len(group)))
    return result


# ---------------------------------------------------------------- actors


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


# Latin letters that Unicode does not decompose into a base letter and a mark ("ł" is no "l" with an accent
# to NFKD), spelt as English copy spells them: "Kaczyński" in one outlet is "Kaczynski" in the next.
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ß": "ss", "æ": "ae",
                               "œ": "oe", "þ": "th", "ð": "d"})


def _fold(key: str) -> str:
    """A name key without accents ("raúl labrador" -> "raul labrador", "jarosław" -> "jaroslaw"): articles
    differ in whether they keep them."""
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key.translate(_UNDECOMPOSED))
                   if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def given_name_forms() -> dict[str, frozenset[str]]:
    """Given name -> itself and the full forms it is short for ("bob" -> bob, robert; see lexicons/compare)."""
    text = resources.files("framing.lexicons").joinpath("compare/given_name_forms.tsv").read_text("utf-8")
    forms: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            short, full = line.split("\t")
            forms.setdefault(short.strip(), {short.strip()}).add(full.strip())
    return {short: frozenset(full) for short, full in forms.items()}


@dataclass(frozen=True)
class _FullName:
    """A person's full name in the parts that tell two people apart: "Joseph R. Biden Jr." ->
    surname biden, given words (joseph,), initials (r,), suffix jr."""

    surname: str
    given: tuple[str, ...]  # the words before the surname, initials aside
    initials: tuple[str, ...]
    suffix: str


def _person_parts(key: str) -> list[str]:
    """A person's name key as accent-free words, initials split, without a generational suffix
    ("donald j. trump jr" -> donald, j, trump)."""
    parts = _fold(key).replace(",", " ").replace(".", " ").split()
    return parts[:-1] if len(parts) > 1 and parts[-1] in _SUFFIXES else parts


# Slavic surnames in -ий/-ый reach English as "-y", "-iy", "-yy", "-ii" or "-ij" ("Zelensky", "Zelenskiy",
# "Zelenskyy"): one ending for matching, so two wire styles do not make two people
_SLAVIC_ENDING = re.compile(r"(?<=[a-z]{3})(?:iy|yy|ii|ij|yi)$")


def surname_key(surname: str) -> str:
    """A surname as a matching key, its transliterated Slavic ending made one ("zelenskiy" -> "zelensky")."""
    return _SLAVIC_ENDING.sub("y", surname)


@lru_cache(maxsize=8192)
def _full_name(key: str) -> _FullName | None:
    """The full name a key writes, or None for a lone surname (or initials alone before it)."""
    parts = _person_parts(key)
    before = parts[:-1]
    roles = [i for i, p in enumerate(before) if p in _title_words()]
    if roles:  # "national security adviser susan rice", "following president obama": the name follows the role
        before = before[roles[-1] + 1:]
    given = tuple(p for p in before if len(p) > 1)
    if not given or "and" in given or "&" in given:  # "Duncan and Margaret Hunter" are two people
        return None
    suffix = _fold(key).replace(".", " ").split()[-1]
    initials = tuple(p for p in before if len(p) == 1)
    return _FullName(surname_key(parts[-1]), given, initials, suffix if suffix in _SUFFIXES else "")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The head words of the actor lexicon's titles ("president", "adviser", "whip"), lower case and accent-free."""
    return frozenset(_fold(t.split()[-1].lower().strip(".")) for t in gazetteer().titles if t.split())


def _same_given(a: str, b: str) -> bool:
    """Whether two given names may be one person's: equal, a short form of the other ("Bill", "William")
    or two short forms of one name ("Bob", "Rob")."""
    if a == b:
        return True
    forms = given_name_forms()
    return bool(forms.get(a, frozenset({a})) & forms.get(b, frozenset({b})))


def same_person(a: _FullName, b: _FullName) -> bool:
    """Whether two full names may name one person. Same surname; the shorter name's first given name
    is among the longer one's ("Hillary Clinton" = "Hillary Rodham Clinton"; "López Obrador" =
    "Andrés Manuel López Obrador"; a role the actors stage kept in front does not count against it),
    up to short forms ("Bob" = "Robert"); initials, when both give them, agree ("George W." is not
    "George H. W."). A generational suffix tells a namesake apart ("Donald Trump" is not "Donald Trump
    Jr."), except against the formal style that writes an initial with it ("Joseph R. Biden Jr." = "Joe Biden")."""
    if a.surname != b.surname:
        return False
    short, long = (a, b) if len(a.given) <= len(b.given) else (b, a)
    if not any(_same_given(short.given[0], g) for g in long.given):
        return False
    if a.initials and b.initials and a.initials != b.initials:
        return False
    if a.suffix != b.suffix:
        plain, suffixed = (a, b) if not a.suffix else (b, a)
        return not plain.suffix and bool(suffixed.initials)
    return True


def name_key(name: str) -> str:
    """A name as a matching key: lower case, titles and possessive dropped, spaces collapsed."""
    name = _POSSESSIVE.sub("", " ".join(name.split()))
    name = _TITLE.sub("", name)
    return name.lower().replace("’", "'").strip(" .,")


@lru_cache(maxsize=4096)
def _without_legal_form(key: str) -> str | None:
    """An organisation's name key without a trailing legal form ("acme corp." -> "acme"), else None."""
    words = key.replace(",", " ").split()
    if len(words) > 1 and words[-1].strip(".") in LEGAL_FORMS:
        return " ".join(words[:-1]).strip(" .,")
    return None


_COUNTRY_PREFIX = re.compile(r"^(?:u\.s\.|us|u\.k\.|uk) (?=\S+ \S)")


def _without_country(key: str) -> str | None:
    """An organisation's name key without its country's abbreviation before a name of two words or more
    ("u.s. federal reserve" -> "federal reserve"; "u.s. army" keeps it): a wire's form of the same body."""
    stripped = _COUNTRY_PREFIX.sub("", key)
    return stripped if stripped != key else None


@lru_cache(maxsize=4096)
def _without_town(key: str) -> str | None:
    """A local body's name key without the one word of its town before it ("ashford chamber of commerce" ->
    "chamber of commerce", "brackenridge city council" -> "city council"): what a local story calls it once the
    town is clear. Only before a body's head word and a name of two words or more ("ashford council" stays)."""
    words = key.split()
    if len(words) < 3 or words[1].capitalize() not in gazetteer().org_words and words[1] != "city":
        return None
    return " ".join(words[1:])


_ACRONYM_LINKS = frozenset({"of", "the", "and", "for", "&", "on", "in"})
_INITIAL_PARTS = re.compile(r"[.\s-]+")


_ACRONYM = re.compile(r"[A-Z]{3,6}")


def _acronym_key(name: str) -> str | None:
    """The key that matches a name of three or more capitalised words to the acronym another article gives
    it ("U.S. Geological Survey" and "USGS", "World Health Organization" and "WHO"; "of", "the" and "and"
    left out): a name written in capitals, or the initials of one. Its own namespace (a leading "\\x1f"), so
    the initials match only a name written as an acronym, never a word or a surname. Two initials ("EC",
    "SC") stand for too many bodies and are left alone."""
    if _ACRONYM.fullmatch(name.strip()):
        return "\x1f" + name.strip().lower()
    words = [w for w in _INITIAL_PARTS.split(name) if w and w.lower() not in _ACRONYM_LINKS]
    if len(words) < 3 or len(words) > 6 or not all(w[0].isupper() for w in words):
        return None
    return "\x1f" + "".join(w[0] for w in words).lower()


def _named(names: list[str]) -> bool:
    """Whether any of an entry's names is a proper name rather than a description."""
    return any(n and not is_description(n) for n in names)


class _Groups:
    """Union-find over (article, item) entries keyed by proper name: one group per entity across articles.

    Two groups never join when they hold two different people of one surname (``same_person``); a lone
    surname joins only once every entry is in (``groups``), and only when one person bears it.
    """

    def __init__(self) -> None:
        self.parent: list[int] = []
        self.by_key: dict[str, int] = {}
        self.by_surname: dict[str, list[int]] = {}  # surname -> entries with a full name of it
        self.lone: dict[str, list[int]] = {}  # surname -> person entries named by it alone
        self.called_by_surname: set[str] = set()  # surnames a person entry also goes by alone ("Rice")
        self.placed_bodies: dict[str, list[int]] = {}  # "chamber of commerce" -> entries of "Ashford Chamber of ..."
        self.people: dict[int, dict[str, set[_FullName]]] = {}  # group root -> surname -> its full names
        self.entries: list[tuple[int, Any, list[str]]] = []  # (article index, item, keys)
        self._resolved = False

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def _conflict(self, ra: int, rb: int) -> bool:
        """Whether two groups hold two different people of one surname."""
        a, b = self.people.get(ra), self.people.get(rb)
        if not a or not b:
            return False
        return any(not same_person(x, y) for s in a.keys() & b.keys() for x in a[s] for y in b[s])

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self._conflict(ra, rb):
            return
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        moved = self.people.pop(child, None)
        if moved:
            mine = self.people.setdefault(root, {})
            for surname, names in moved.items():
                mine.setdefault(surname, set()).update(names)

    def add(self, article: int, item: Any, names: list[str], person: bool) -> int:
        i = len(self.parent)
        self.parent.append(i)
        self._resolved = False
        # Proper names only: a description links nothing, not even within one article, where the
        # actors stage may have resolved "the president" to two people and kept them apart.
        keys = [k for k in dict.fromkeys(name_key(n) for n in names if not is_description(n)) if k]
        if not person:  # "Acme Corp." is the "Acme" of the next article
            keys = list(dict.fromkeys([*keys, *filter(None, map(_without_legal_form, keys))]))
            keys = list(dict.fromkeys([*keys, *filter(None, map(_without_country, keys))]))
            for body in dict.fromkeys(filter(None, map(_without_town, keys))):
                self.placed_bodies.setdefault(body, []).append(i)  # joins in groups(), once all bodies are known
        self.entries.append((article, item, keys))
        folded = list(dict.fromkeys(map(_fold, keys)))
        full = [f for f in map(_full_name, folded) if f is not None] if person else []
        if full:
            # the entry's own name decides: an alias naming someone else of that surname (the actors
            # stage's "Donald Trump" beside "Donald Trump Jr.") is left out of what it is matched by
            people = self.people[i] = {}
            firsts: dict[str, _FullName] = {}
            for f in full:
                if same_person(firsts.setdefault(f.surname, f), f):
                    people.setdefault(f.surname, set()).add(f)
        for key in folded:
            parts = _person_parts(key) if person and not full else []
            if len(parts) > 1 and all(len(p) == 1 for p in parts[:-1]):
                self.lone.setdefault(surname_key(parts[-1]), []).append(i)  # "U.S. Constitution", "J. Smith"
            if person and not full and " " not in key:
                self.lone.setdefault(surname_key(key), []).append(i)  # joins in groups(), once all full names known
            elif person and full and " " not in key:
                self.called_by_surname.add(key)  # "Biden" beside "Joe Biden": the full name says which Biden
            elif key in self.by_key:
                self.union(i, self.by_key[key])
            else:
                self.by_key[key] = i
        for key in dict.fromkeys(filter(None, (_acronym_key(n) for n in names if not is_description(n)))):
            if key in self.by_key:  # "U.S. Geological Survey" in one article, "USGS" in the next
                self.union(i, self.by_key[key])
            else:
                self.by_key[key] = i
        for surname in dict.fromkeys(f.surname for f in full):
            for j in self.by_surname.get(surname, []):
                self.union(i, j)  # refused when the full names are two people's
            self.by_surname.setdefault(surname, []).append(i)
        return i

    def _join_lone_surnames(self) -> None:
        """"Biden" joins the one person called Biden in any article; next to "Joe" and "Hunter Biden" it
        stays apart, and lone mentions of one surname join each other only when no full name has it."""
        for surname in [*self.lone, *(s for s in self.by_surname if s in self.by_key and s not in self.lone)]:
            lone = self.lone.get(surname, [])
            people = {self.find(j) for j in self.by_surname.get(surname, [])}
            if len(people) > 1:
                continue
            # an entry of another kind that the person's own articles call by the surname alone (the
            # actors stage's "Rice" as an organisation) is the one person too; "House" is not "White House"
            others = [self.by_key[surname]] if surname in self.by_key and (
                not people or surname in self.called_by_surname) else []
            target = next(iter(people)) if people else (others or lone)[0]
            for i in [*lone, *others]:
                self.union(i, target)
        self._resolved = True

    def _join_bare_bodies(self) -> None:
        """"the Chamber of Commerce" joins the one "Ashford Chamber of Commerce" of the articles; beside a second
        town's chamber it stays apart, as a lone surname does beside two people of that name."""
        for body, placed in self.placed_bodies.items():
            if body in self.by_key and len({self.find(j) for j in placed}) == 1:
                self.union(self.by_key[body], placed[0])

    def groups(self) -> list[list[int]]:
        if not self._resolved:
            self._join_lone_surnames()
            self._join_bare_bodies()
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())


def _actors(reports: list[Report], labels: list[str]) -> tuple[list[ActorRow], list[set[int]]]:
    """Actors matched across articles by proper name and alias; rows for actors in two or more articles first."""
    groups = _Groups()
    for a, r in enumerate(reports):
        for actor in r.actors:
            groups.add(a, actor, [actor.name, *actor.aliases], actor.kind == "person")
    rows = []
    article_sets = []
    for members in groups.groups():
        present: dict[int, Any] = {}
        for m in members:
            a, actor, _ = groups.entries[m]
            if a not in present or _actor_rank(actor) > _actor_rank(present[a]):
                present[a] = actor
        best = max(present.values(), key=lambda x: (*_actor_rank(x), len(x.name)))
        if _named([best.name, *best.aliases]):
            article_sets.append(set(present))  # an unnamed description says nothing about shared actors
        articles = {}
        for a in sorted(present):
            actor = present[a]
            first = min(actor.mentions, key=lambda m: m.start) if actor.mentions else None
            articles[labels[a]] = ActorInArticle(actor.name, list(actor.aliases), len(actor.mentions), actor.tone,
                                                 {"start": first.start, "end": first.end} if first else None,
                                                 actor.overall_tone)
        rows.append(ActorRow(_TITLE.sub("", best.name) or best.name, _row_kind(list(present.values()), best),
                             len(present) > 1, articles))
    rows.sort(key=lambda row: (not row.shared, -sum(p.mentions for p in row.articles.values()), row.name))
    return rows, article_sets


def _row_kind(present: list[Any], best: Any) -> str:
    """The kind most articles give the actor, the best-named one's on a tie: one article's "Kevin McCarthy"
    as an organisation does not make the row a body, whose names find_actor would match by last word."""
    counts = Counter(a.kind for a in present)
    top = max(counts.values())
    return best.kind if counts[best.kind] == top else next(a.kind for a in present if counts[a.kind] == top)


def _actor_rank(actor: Any) -> tuple[bool, int]:
    """A named actor before an unresolved description of one article, then the most mentioned."""
    return _named([actor.name, *actor.aliases]), len(actor.mentions)


def _singular(key: str) -> str:
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def _one_letter_off(a: str, b: str) -> bool:
    """Two given names of five or more letters one substitution, insertion or deletion apart ("Kevil", "Kevin")."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1:]


def find_actor(comparison: Comparison, label: str, name: str) -> ActorInArticle | None:
    """How article ``label`` names and treats ``name``: by name or alias (accents aside, "Raul" = "Raúl"),
    else by the same person's other full name ("Bill Clinton" = "William J. Clinton"), else by a unique
    surname match. A row that names someone else of that surname ("Hunter Biden" for "Joe Biden") is no match,
    unless it is the only one and its given name is the asked one misspelt (one letter off in a name of five
    or more letters: "Kevil McCarthy" finds "Kevin McCarthy"). A lookup may guess so; grouping never does."""
    key = _fold(name_key(name))
    wanted = _full_name(key)
    surname = wanted.surname if wanted else surname_key((_person_parts(key) or [key])[-1])
    exact, same, by_surname, misspelt = [], [], [], []
    for row in comparison.actors:
        present = row.articles.get(label)
        if present is None:
            continue
        keys = {_fold(name_key(n)) for n in (present.name, *present.aliases, row.name)} - {""}
        if key in keys or _singular(key) in {_singular(k) for k in keys}:
            exact.append(present)
            continue
        if row.kind != "person":  # "lawmakers" is no surname: a body or group by its last word only
            if len(key.split()) > 1 and any(k.split()[-1] == surname for k in keys):
                by_surname.append(present)
            continue
        full = [f for f in map(_full_name, keys) if f is not None and f.surname == surname]
        if wanted is not None and any(same_person(wanted, f) for f in full):
            same.append(present)
        elif (wanted is None or not full) and (surname in map(surname_key, keys) or full):
            by_surname.append(present)
        elif wanted is not None and full:
            misspelt.append(present if any(_one_letter_off(wanted.given[0], f.given[-1]) for f in full) else None)
    picked = exact or same or (by_surname if len(by_surname) == 1 else []) or \
        (misspelt if len(misspelt) == 1 and misspelt[0] is not None else [])
    return max(picked, key=lambda p: p.mentions) if picked else None


# ---------------------------------------------------------------- sources


def _sources(reports: list[Report], labels: list[str]) -> Sources:
    """Who is quoted where: voices matched by name across articles (and through each article's actors)."""
    groups = _Groups()
    for a, r in enumerate(reports):
        for actor in r.actors:
            if actor.kind == "person" or actor.kind == "organization":
                groups.add(a, actor, [actor.name, *actor.aliases], actor.kind == "person")
    counts = {}
    # by the descriptor lower-cased; a description ("the governor") only within its own article
    anonymous_voices: dict[str, dict[str, list[QuoteRef]]] = {}
    written: dict[str, list[tuple[bool, str]]] = {}  # ... -> (sentence-initial?, descriptor as written)
    for a, r in enumerate(reports):
        kinds = {actor.name: actor.kind for actor in r.actors}  # a voice is a person's unless its actor is a body
        named = anonymous = unattributed = 0
        sentence_starts = [s.start for s in r.sentences]
        datelines = _datelines(r.text)
        for q in r.quotes:
            speaker = None if _speaker_in_dateline(q.speaker, datelines) else q.speaker
            cue = q.cue
            ref = QuoteRef(q.start, q.end, q.text, q.kind, cue.text if cue else None,
                           speaker.name if speaker else None,
                           (getattr(cue, "lemma", "") or cue.text.lower()) if cue else None,
                           getattr(cue, "category", "neutral") if cue else "neutral")
            # "Poland and Hungary said": each of them is quoted, and the quote counts once in the article's tally
            members = getattr(speaker, "members", ())
            tallies = [_quoted_voice(voice, a, labels[a], replace(ref, speaker=voice.name) if members else ref, kinds,
                                     groups, anonymous_voices, written, (r.text, sentence_starts))
                       for voice in (members or (speaker,))]
            if "named" in tallies:
                named += 1
            elif "anonymous" in tallies:
                anonymous += 1
            else:
                unattributed += 1
        total = len(r.quotes)
        counts[labels[a]] = SourceCounts(total, named, anonymous, unattributed,
                                         named / total if total else None)

    voices = []
    for members in groups.groups():
        quoted: dict[str, list[QuoteRef]] = {}
        for m in members:
            a, ref, _ = groups.entries[m]
            if isinstance(ref, QuoteRef):
                quoted.setdefault(labels[a], []).append(ref)
        if not quoted:
            continue
        display = _voice_name(groups, members)
        voices.append(_voice(display, False, quoted, labels))
    for who, quoted in anonymous_voices.items():
        voices.append(_voice(_anonymous_name(written[who]), True, quoted, labels))
    voices.sort(key=lambda v: (v.anonymous, not v.shared, -sum(map(len, v.articles.values())), v.name))
    shared = [v.name for v in voices if v.shared and not v.anonymous]
    only = {name: [v.name for v in voices if not v.shared and not v.anonymous and name in v.articles]
            for name in labels}
    return Sources(voices, shared, only, counts)


def _speaker_in_dateline(speaker, datelines: tuple[tuple[int, int], ...]) -> bool:
    """Whether the quotes stage took a speaker from the dateline ("SALEM, Ore. —" for "teachers say"): a
    dateline says where the story was filed, nobody speaks there, so the quote has no known speaker."""
    start, end = getattr(speaker, "start", None), getattr(speaker, "end", None)
    return start is not None and end is not None and any(s <= start and end <= e for s, e in datelines)


def _quoted_voice(speaker, a: int, label: str, ref: QuoteRef, kinds: dict[str, str], groups: _Groups,
                  anonymous_voices: dict[str, dict[str, list[QuoteRef]]],
                  written: dict[str, list[tuple[bool, str]]], sentences: tuple[str, list[int]]) -> str:
    """Files one voice of a quote (the speaker, or one speaker of "Poland and Hungary") under a named voice
    or an unnamed one; returns "named", "anonymous" or "unattributed" for the article's tally. ``sentences``:
    the article's text and its sentences' starts."""
    actor = getattr(speaker, "actor", None) if speaker else None  # the actor the quotes stage linked
    if speaker is not None and not speaker.anonymous and not _is_name(speaker.name) \
            and actor and not is_description(actor) and kinds.get(actor) in ("person", "organization") \
            and not _modifier_in(actor, speaker.text):
        # "The president on Thursday announced ...": a description the quotes stage resolved to
        # the article's own "Joe Biden" is his voice, not an unnamed one beside him
        groups.add(a, ref, [actor], kinds[actor] == "person")
        return "named"
    if speaker is None or (not _is_name(speaker.name) and not _is_name(speaker.descriptor)):
        # (a descriptor of a lone function word, "The" of a subject the quotes stage cut short, is none)
        return "unattributed"
    if speaker.anonymous or not _is_name(speaker.name):
        surface = " ".join((_voice_description(speaker) or speaker.name or "unnamed source").split())
        who = surface.lower()
        if is_description(surface) and not _names_a_body(surface):
            who = f"{a}\x1f{who}"  # "the Republican" in two articles may be two people
        anonymous_voices.setdefault(who, {}).setdefault(label, []).append(ref)
        written.setdefault(who, []).append((_opens_sentence(*sentences, speaker.start), surface))
        return "anonymous"
    groups.add(a, ref, [speaker.name, *([actor] if actor else [])], kinds.get(actor, "person") == "person")
    return "named"


_RELATIVE_OPENERS = frozenset({"which", "who", "whose", "whom", "that", "where"})


def _modifier_in(actor: str, surface: str) -> bool:
    """Whether the actor's name stands in the speaker's words before their head noun ("the Rhône prefecture",
    "the Kharkiv regional administration"): the body spoke, not the place or the organisation it names."""
    at = surface.find(actor)
    rest = surface[at + len(actor):].split() if at >= 0 else []
    return bool(rest) and rest[-1][:1].islower()


def _voice_description(speaker) -> str | None:
    """How an unnamed voice is shown: its descriptor ("two witnesses", "a neighbor"), unless that is a
    relative clause ("The company, which employs 48,000 people, reported"), which says something of the
    speaker, not who it is: then the mention as written ("The company")."""
    descriptor = speaker.descriptor
    if descriptor and descriptor.split()[0].lower() in _RELATIVE_OPENERS and _is_name(speaker.text):
        return speaker.text
    return descriptor


def _opens_sentence(text: str, sentence_starts: list[int], offset: int) -> bool:
    """Whether only quotation marks or brackets stand between the sentence's start and ``offset``."""
    i = bisect_right(sentence_starts, offset) - 1
    return i < 0 or not text[sentence_starts[i]:offset].strip(" \"'“‘«([—–-")


def _anonymous_name(written: list[tuple[bool, str]]) -> str:
    """An anonymous voice as the articles write it ("U.S. officials", not "u.s. officials"): a form
    from inside a sentence if any, else the first, with a sentence's capital taken off a function
    word ("Some officials" -> "some officials"; "White House officials" keeps its capitals)."""
    initial, surface = min(written, key=lambda w: w[0])  # False (inside a sentence) sorts first
    first, _, rest = surface.partition(" ")
    if initial and first.lower() in stopwords() and first[1:].islower():
        surface = " ".join(filter(None, (first.lower(), rest)))
    return surface


def _names_a_body(description: str) -> bool:
    """A description headed by an organisation's word ("the fire service", "the state's emergency
    agency", "the company"): on one story it is one body in every article, unlike a person's role
    ("the Republican", "the official"), which may be a different person in each."""
    words = description.split()
    head = _POSSESSIVE.sub("", words[-1]) if words else ""
    if head.lower() in _SYSTEM_HEADS and len(words) > 1 and words[-2].lower() in gazetteer().institutions:
        return True  # "the hospital system", "the school district": an institution's whole network
    return (head.lower() in _GOVERNING_HEADS or head.capitalize() in gazetteer().org_words) \
        and head.lower() not in gazetteer().descriptors


_SYSTEM_HEADS = frozenset({"system", "systems", "network", "district", "chain"})
# Bodies that govern, by their office's word ("the government", "the Rhône prefecture"): one on one story.
_GOVERNING_HEADS = frozenset({"government", "prefecture", "cabinet", "presidency"})


def _is_name(name: str | None) -> bool:
    """A usable speaker name: not empty and not a lone function word ("The")."""
    key = name_key(name or "")
    return bool(key) and key not in stopwords()


def _voice_name(groups: _Groups, members: list[int]) -> str:
    """The longest name any article gives this voice, as a speaker or as an actor."""
    names = []
    for m in members:
        item = groups.entries[m][1]
        names.append(item.speaker if isinstance(item, QuoteRef) else item.name)
    names = [n for n in names if n]
    names = [n for n in names if not is_description(n)] or names  # "Ted Cruz", not "the senator"
    return max((_TITLE.sub("", _POSSESSIVE.sub("", n.strip())) for n in names), key=len, default="?")


def _voice(name: str, anonymous: bool, quoted: dict[str, list[QuoteRef]], labels: list[str]) -> Voice:
    ordered = {n: sorted(quoted[n], key=lambda q: q.start) for n in labels if n in quoted}
    cues = {n: list(dict.fromkeys(q.cue_lemma for q in refs if q.cue_lemma)) for n, refs in ordered.items()}
    return Voice(name, anonymous, len(ordered) > 1, ordered, cues)


# ---------------------------------------------------------------- wording


# Words of attribution: "Hale said", "the ministry said", "told reporters" are how news reports speech,
# whoever writes them; which verb an outlet picks for whom is the cue comparison's finding.
_ATTRIBUTION = frozenset({"said", "says", "say", "told", "tells", "according"})
# A dateline opening a paragraph: "EUGENE, Ore. (AP) — ", "KYIV, Nov. 12 (Reuters) - ", "WASHINGTON — ",
# "LYON (Reuters) - ".
_DATELINE = re.compile(r"^[ \t]*[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+)*(?:,[^\n]{0,60}?|\s\([^()\n]{1,30}\))?"
                       r"\s[-—–]{1,2}\s", re.MULTILINE)
# A byline on its own line: "By Jo Reyes, Register-Guard staff", "By JO REYES and TOM HALE".
_BYLINE = re.compile(r"^[ \t]*By [A-Z][^\n.!?]{0,80}$", re.MULTILINE)
DISTINCTIVE_TOP = 12


@lru_cache(maxsize=32)
def _datelines(text: str) -> tuple[tuple[int, int], ...]:
    """Where datelines and bylines stand: the outlet's and the reporter's names, not the story's words.
    Cached: the sources, the wording and the findings each ask it of every article once."""
    return (*(m.span() for m in _DATELINE.finditer(text)), *(m.span() for m in _BYLINE.finditer(text)))


def _in_dateline(actor: ActorInArticle, datelines: tuple[tuple[int, int], ...]) -> bool:
    """Whether an article first names an actor in its dateline ("LYON (Reuters) -"): the wire that
    wrote it, which it brings into no story."""
    first = actor.first
    return first is not None and any(s <= first["start"] and first["end"] <= e for s, e in datelines)


def _first_in_story(report: Report, present: ActorInArticle) -> tuple[int, int] | None:
    """Where the article first names the actor in its story: the first mention outside the dateline and
    the byline ("RALEIGH, N.C. —" says where the story was filed, not how it treats North Carolina),
    else the first mention."""
    datelines = _datelines(report.text)
    actor = next((a for a in report.actors if a.name == present.name), None)
    for m in sorted(actor.mentions, key=lambda m: m.start) if actor is not None else ():
        if not any(s <= m.start and m.end <= e for s, e in datelines):
            return m.start, m.end
    return (present.first["start"], present.first["end"]) if present.first else None


def _written_in(actor: ActorInArticle, texts: list[str], *, case: bool = False) -> bool:
    """Whether one of the actor's names stands as whole words in another article's text (``texts``, lower
    case unless ``case``): the other article names it too ("police" beside a headline's "Police arrest 12";
    "North Korean troops" that its actors stage made part of another actor), so it is no actor only one
    article brings in. A person is matched by the name as written ("Hunter Biden"; not by the alias "Biden",
    which the other article may give someone else)."""
    names = {actor.name} if case else {n.lower() for n in (actor.name, *actor.aliases) if len(n) > 2}
    return any(_whole_words_in(name, text) for name in names for text in texts)


def _whole_words_in(phrase: str, text: str) -> bool:
    """Whether ``phrase`` occurs in ``text`` with no letter or digit right before or after it."""
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
            return True
        at = text.find(phrase, at + 1)
    return False


def _telling_term(term: Term, datelines: tuple[tuple[int, int], ...], cue_ends: frozenset[int] = frozenset()) -> bool:
    """Whether a distinctive term says something of the article's wording: not an attribution formula
    ("hale said", or a speaker's last word before the cue the quotes stage found, "biden hailed": the cue
    verb alone stays, and the cue comparison says who gets which), not a figure's spelling ("two billion",
    "spend two", "bn", "hectares": the figures compare those), not the wire's dateline ("EUGENE, Ore. (AP)
    —") or a byline ("By Jo Reyes, staff")."""
    words = term.term.split(" ")
    numbers, units = claims_stage.number_words(), claims_stage.unit_words()
    if any(w in _ATTRIBUTION or w in numbers for w in words) or all(w in units for w in words) \
            or term.term in claims_stage.unit_phrases():
        return False
    if len(words) > 1 and term.spans and all(span.end in cue_ends for span in term.spans):
        return False
    in_dateline = len(term.spans) == term.count and all(
        any(s <= span.start and span.end <= e for s, e in datelines) for span in term.spans)
    return not in_dateline


# Lower-case particles inside names ("Rue de la République", "Ursula von der Leyen"), no English wording: the
# actors stage's surname particles, and "des" of places ("Place des Vosges").
_NAME_PARTICLES = SURNAME_PARTICLES | {"des"}


def _cuts_a_name(text: str, start: int, end: int) -> bool:
    """Whether two words at start..end cut a name in two: the last is a name's word (a capital or a particle)
    and the name goes on after it ("economist Beth| Hammack"), or the first is one that began before it."""
    words = text[start:end].split()
    if len(words) < 2:
        return False
    after = text[end:end + 40].split(maxsplit=1)
    before = text[max(0, start - 40):start].rsplit(maxsplit=1)
    return (_name_word(words[-1]) and bool(after) and _name_word(after[0])) or (
        _name_word(words[0]) and bool(before) and _name_word(before[-1]) and before[-1][-1:] not in ".!?:\"”")


def _name_word(word: str) -> bool:
    """A word a name may hold: a capital or a lower-case particle."""
    return word[:1].isupper() or word in _NAME_PARTICLES


def _a_name(report: Report, term: Term, starts: list[int]) -> bool:
    """Whether a term is only ever a name's words ("beth hammack", "chairman jerome", "u.s.", "jan" of "Jan
    Hatzius" and "Jan. 28"): capitalised inside a body sentence wherever the article's writing shows it, never
    in lower case. Who is named is the actors' and the sources' comparison, not the article's wording. A
    sentence's first words and a title-case line ("Fed Slashes Rates") show no case and decide nothing.
    ``starts`` are the report's sentence starts."""
    if all(w in _NAME_PARTICLES for w in term.term.split(" ")):
        return True  # "de la" of "Rue de la République"
    if len(term.spans) and all(_cuts_a_name(report.text, span.start, span.end) for span in term.spans):
        return True  # "economist beth" of "economist Beth Hammack", "rue de" of "Rue de la Paix"
    named = False
    for span in term.spans:
        written = report.text[span.start:span.end].split()
        if not all(w[:1].isupper() for w in written):
            return False
        i = bisect_right(starts, span.start) - 1
        if i < 0:
            continue
        sentence = report.sentences[i]
        words = [w for w in report.text[sentence.start:sentence.end].split() if len(w) > 3]
        if sentence.kind == "heading" or (words and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)):
            continue  # a title-case line
        if len(written) > 1 or report.text[sentence.start:span.start].strip(" \"'“‘([—–-"):
            named = True  # a second capital, or one inside the sentence
    return named


def _wording(reports: list[Report], labels: list[str], counts: list[TermCounts]) -> Wording:
    candidates = distinctive_terms(counts, top=2 * DISTINCTIVE_TOP)
    distinctive = []
    for r, terms in zip(reports, candidates, strict=True):
        datelines = _datelines(r.text)
        cue_ends = frozenset(q.cue.end for q in r.quotes if q.cue is not None)
        starts = [s.start for s in r.sentences]
        distinctive.append([t for t in terms if _telling_term(t, datelines, cue_ends) and not _a_name(r, t, starts)]
                           [:DISTINCTIVE_TOP])
    evaluative = {}
    density = {}
    for r, name in zip(reports, labels, strict=True):
        refs = [EvaluativeRef(e.start, e.end, e.text, e.category, e.polarity, e.plain)
                for e in r.evaluative if e.voice == "author"]
        evaluative[name] = refs
        density[name] = 1000.0 * len(refs) / r.meta.words if r.meta.words else 0.0
    return Wording(dict(zip(labels, distinctive, strict=True)), evaluative, density)


# ---------------------------------------------------------------- frames


def _frames(reports: list[Report], labels: list[str]) -> Frames:
    scores: dict[str, dict[str, float]] = {}
    for r, name in zip(reports, labels, strict=True):
        for f in r.frames:
            scores.setdefault(f.name, {})[name] = f.score
    for per_article in scores.values():
        for name in labels:
            per_article.setdefault(name, 0.0)
    differences = []
    for frame, per_article in scores.items():
        high = max(labels, key=lambda n: per_article[n])
        low = min(labels, key=lambda n: per_article[n])
        gap = per_article[high] - per_article[low]
        if gap > 0:
            differences.append(FrameDifference(frame, high, low, gap))
    differences.sort(key=lambda d: (-d.difference, d.name))
    ordered = {frame: {n: scores[frame][n] for n in labels} for frame in sorted(scores)}
    return Frames(ordered, differences)


# ---------------------------------------------------------------- claims


def _claim_key(c: Claim) -> tuple[str, float] | None:
    if c.normalized is not None:
        return c.normalized.unit or "", float(c.normalized.value)
    return (c.unit or ""), float(c.value)


def same_claim(a: Claim, b: Claim) -> bool:
    """The claims stage's judgement, and the same figure written the same way (value, unit and
    words) whatever it says, so bare numbers ("3-2") can align too."""
    if a.event and b.event and a.event != b.event:
        return False  # "killing 1,200" / "injuring 1,200", "12 people were arrested" / "12 people were hurt"
    if a.value == b.value and a.unit == b.unit and " ".join(a.text.lower().split()) == " ".join(
            b.text.lower().split()):
        return True
    if _bare(a) != _bare(b):  # "shot down 75 on Tuesday" (a bare 75) and "75 drones"
        bare, count = (a, b) if _bare(a) else (b, a)
        return count.kind == "count" and bare.value == count.value and _telling_bare(bare)
    if _bare(a) and _bare(b):  # "more than 2 million" marched / "the more than two million" claimed,
        # "injuring more than 2,000" / "over two thousand hurt"
        return a.value == b.value and _telling_bare(a) and _telling_bare(b)
    return claims_stage.same_claim(a, b) or _same_workforce(a, b)


# The places of a workforce and the people who hold them: a cut or a hiring is counted either way ("cut
# 1,200 jobs" / "lay off 1,200 staff" / "eliminate 1,200 positions"), so within a story a count of one
# and a count of the other of the same size are one figure. The claims stage keeps them apart ("jobs" /
# "workers" is no synonym in general: "employs 1,200 workers" is no "1,200 jobs" cut); between two
# articles on one story, or within one, the same number of each says one thing. Other nouns of people
# ("residents", "passengers") and things ("flights") stay apart.
_WORKFORCE_NOUNS = ("jobs", "positions", "posts", "roles", "workers", "employees", "staff", "staffers",
                    "personnel", "employes")


@lru_cache(maxsize=1)
def _workforce_classes() -> frozenset[str]:
    return frozenset(claims_stage.noun_class(noun) for noun in _WORKFORCE_NOUNS)


def _figure_told(c: Claim) -> tuple:
    """What makes two tellings in one article one figure: value, unit, kind and what it counts, jobs and
    staff as one (:data:`_WORKFORCE_NOUNS`); "2016 election" and "2016 campaign" stay two."""
    noun = claims_stage.noun_class(c.subject) if c.subject else ""
    return _claim_key(c), c.kind, "workforce" if noun in _workforce_classes() else noun


def _same_workforce(a: Claim, b: Claim) -> bool:
    """Whether two counts, one of jobs and one of the staff who hold them ("1,200 jobs" / "1,200 staff"),
    agree once the noun is set aside (:data:`_WORKFORCE_NOUNS`)."""
    if a.kind != "count" or b.kind != "count" or not (a.subject and b.subject) or a.subject == b.subject:
        return False
    classes = _workforce_classes()
    if claims_stage.noun_class(a.subject) not in classes or claims_stage.noun_class(b.subject) not in classes:
        return False
    return claims_stage.same_claim(a, replace(b, subject=a.subject))


def _telling_bare(c: Claim) -> bool:
    """A bare number two articles on one story rarely share by chance (see the two rules below)."""
    return _precise_number(c) or _telling_round_number(c)


def _number_text(c: Claim) -> str:
    """The claim's words without its hedge: "more than 2 million" -> "2 million"."""
    text = " ".join(c.text.split())
    if c.hedge and text.lower().startswith(c.hedge.lower() + " "):
        text = text[len(c.hedge) + 1:]
    return text


def _bare(c: Claim) -> bool:
    """A number the claims stage could not tie to a unit or a counted noun ("shot down 75 on Tuesday")."""
    return c.normalized is None and not c.unit


def _precise_number(c: Claim) -> bool:
    """A number in digits, 20 or more and not round (75, 544; not 100): two articles on one story
    rarely share it by chance, so it may stand for a count the other article names."""
    digits = _DIGITS.fullmatch(_number_text(c))
    return digits is not None and abs(c.value) >= 20 and not digits.group().rstrip(".").endswith("0")


def _telling_round_number(c: Claim) -> bool:
    """A round number in digits of four figures or more that is no power of ten ("60,000", "2,500"; not
    "1,000" or "10,000"): a crowd or a toll, told round by both articles, which chance rarely makes equal
    ("organisers said 60,000" beside "about 60,000 people"), also with a scale word ("1.28 million",
    "two million"; not "a million")."""
    written = _number_text(c)
    if (_DIGITS.fullmatch(written) is None and _SCALED.fullmatch(written) is None) or abs(c.value) < 1000 \
            or c.value != int(c.value):
        return False
    return str(int(abs(c.value))).rstrip("0") != "1"


def _claim_ref(report: Report, label: str, c: Claim) -> ClaimRef:
    """One article's telling of a shared or unshared figure, as the comparison lists it."""
    return ClaimRef(label, c.start, c.end, c.text, c.value, c.unit, c.normalized, c.kind, c.hedge, c.event)


def _other_subject(a: Claim, b: Claim) -> bool:
    """Whether two matching claims name different things ("2016 campaign" / "2016 election"):
    such pairs are merged after those that name the same one."""
    return bool(a.subject and b.subject) and not name_the_same(a, b)


# What a share is of: "a third of teachers in rural schools", "33 percent of the budget went".
_SHARE_OF = re.compile(r"\s+of\s+((?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)")


def _share_of(text: str, c: Claim) -> frozenset[str]:
    """The content words of what a share claim is "of" (up to four words after "of", leading function
    words skipped, cut at the next one), each as the claims stage's noun class; empty when the claim
    is no share or names no whole ("rose 4 percent in May")."""
    if c.kind != "percent":
        return frozenset()
    m = _SHARE_OF.match(text, c.end)
    if m is None:
        return frozenset()
    words, stop = [], stopwords()
    for word in m.group(1).lower().split():
        word = _POSSESSIVE.sub("", word)
        if word in stop:
            if words:
                break
            continue
        words.append(claims_stage.noun_class(word))
    return frozenset(words)


def _shares_of_other_wholes(text_a: str, a: Claim, text_b: str, b: Claim) -> bool:
    """Whether two equal shares are of different wholes ("a third of teachers" / "33 percent of the
    budget"): the same fraction of two things is two figures, which chance makes equal often (a half, a
    third, a quarter). Both must name their whole; no word in common sets them apart ("a third of teachers
    in rural schools" and "33 percent of rural teachers" share "teacher"), so a synonym ("voters" /
    "the electorate") may keep two tellings apart, which lists them, never claims an agreement."""
    whole_a = _share_of(text_a, a)
    if not whole_a:
        return False
    whole_b = _share_of(text_b, b)
    return bool(whole_b) and not whole_a & whole_b


def _claims(reports: list[Report], labels: list[str]) -> Claims:
    """Figures aligned across articles: each group holds at most one claim per article.

    Candidates come from a sorted index per unit (values within a factor of 1.5), so the cost
    grows with the number of near-equal figures, not with the product of the articles' claims;
    pairs are merged closest first (Kruskal-style), those naming the same thing first among equals and
    a bare number last ("about 12,000 people" pairs with "nearly 12,000 residents" before a headline's
    "12,000" does), never two claims of one article in a group.
    """
    index: dict[str, list[tuple[float, int, int]]] = {}
    for a, r in enumerate(reports):
        for i, c in enumerate(r.claims):
            unit, value = _claim_key(c)
            index.setdefault(unit, []).append((value, a, i))
            if _bare(c) and _telling_bare(c):
                index.setdefault("count", []).append((value, a, i))  # may be a count the other names
    candidates = []
    for entries in index.values():
        entries.sort()
        values = [e[0] for e in entries]
        for pos, (value, a, i) in enumerate(entries):
            lo, hi = (value / 1.5, value * 1.5) if value >= 0 else (value * 1.5, value / 1.5)
            for other in entries[max(pos + 1, bisect_left(values, lo)):bisect_right(values, hi)]:
                v2, b, j = other
                if b == a:
                    continue
                ca, cb = reports[a].claims[i], reports[b].claims[j]
                if same_claim(ca, cb) and not _shares_of_other_wholes(reports[a].text, ca, reports[b].text, cb):
                    gap = abs(value - v2) / max(abs(value), abs(v2), 1e-9)
                    bare = _bare(ca) + _bare(cb)  # a bare number pairs after what names its noun
                    candidates.append((gap, _other_subject(ca, cb) or bare > 0, bare, (a, i), (b, j)))
    candidates.sort()
    group_of: dict[tuple[int, int], int] = {}
    groups: list[dict[int, int]] = []  # article -> claim index
    for _, _, _, x, y in candidates:
        gx, gy = group_of.get(x), group_of.get(y)
        if gx is None and gy is None:
            groups.append({x[0]: x[1], y[0]: y[1]})
            group_of[x] = group_of[y] = len(groups) - 1
        elif gx is not None and gy is None and y[0] not in groups[gx]:
            groups[gx][y[0]] = y[1]
            group_of[y] = gx
        elif gy is not None and gx is None and x[0] not in groups[gy]:
            groups[gy][x[0]] = x[1]
            group_of[x] = gy
        elif gx is not None and gy is not None and gx != gy and not set(groups[gx]) & set(groups[gy]):
            groups[gx].update(groups[gy])
            for a, i in groups[gy].items():
                group_of[(a, i)] = gx
            groups[gy] = {}
    counted = [_counted_values(r.claims) for r in reports]
    retold = [_retold(r.claims, a, group_of) for a, r in enumerate(reports)]
    rows = []
    for g in groups:
        if len(g) < 2 or all(i in retold[a] or _told_as_count(reports[a].claims[i], counted[a]) for a, i in g.items()):
            continue  # "on Saturday" told again late in each article, or two headlines' bare "1,200" over
            # the bodies' aligned "1,200 people": the fuller tellings are the row
        refs = [_claim_ref(reports[a], labels[a], reports[a].claims[i]) for a, i in sorted(g.items())]
        figure = frozenset((a, *_figure_told(reports[a].claims[i])) for a, i in g.items())
        claim = SharedClaim([labels[a] for a in sorted(g)], refs)
        rows.append((refs[0].article != labels[0], refs[0].start, figure, claim))
    rows.sort(key=lambda row: row[:2])
    shared, figures = [], set()
    for _, _, figure, row in rows:
        if figure not in figures:  # each article tells the figure again, paired another way ("1,200 jobs"
            figures.add(figure)  # twice beside a headline's "1,200 staff" and the body's "1,200 positions")
            shared.append(row)
    only = {labels[a]: [_claim_ref(r, labels[a], r.claims[i]) for i in _first_tellings(r.claims, group_of, a)]
            for a, r in enumerate(reports)}
    return Claims(shared, only)


def _rewording_rank(shared: SharedClaim) -> int | None:
    """How tellingly the articles word one figure differently, or None when they do not: a figure
    converted ("190 miles" / "nearly 300 kilometers", "8%" / "one in twelve") first, then a number in
    digits against words ("40,000 homes" / "Forty thousand households"), then two hedges that lean
    different ways ("over 50,000" / "nearly 50,000"; "about" / "roughly" lean alike). A hedge beside none
    ("about $4.5 million" / "$4.5 million"), a date's preposition ("by Wednesday"), an abbreviation ("$6bn" /
    "$6 billion", "100k" / "100,000", "70 mph") or another noun ("1,200 jobs" / "1,200 positions") is no
    rewording worth a finding."""
    claims = shared.claims
    if len({c.value for c in claims}) > 1:
        return 0
    if len({_DIGITS.search(c.text) is None for c in claims}) > 1:
        return 1
    leans = {claims_stage.hedge_lean(c.hedge) for c in claims if c.hedge}
    if all(c.hedge for c in claims) and len(leans) > 1 and all(c.kind not in ("date", "time") for c in claims):
        return 2
    return None


def _first_tellings(claims: list[Claim], group_of: dict[tuple[int, int], int], article: int) -> list[int]:
    """The article's unaligned claims, each figure once: a headline's "40,000 homes" told again in the
    body, or "by Sunday" after an aligned "Sunday", is no second figure only this article reports; nor is
    a bare number the article also gives as a count ("Police arrest 12" over "12 people were held").
    Earlier tellings are looked up in an index by value and interval (:class:`_TellingIndex`), not
    compared one by one, so a text's thousands of claims cost n log n, not their square."""
    by_unit: dict[str, _TellingIndex] = {}
    by_day: dict[str, list[int]] = {}  # dates by the weekday they name: "Sunday" is "Sunday, Nov. 29" again
    # (per weekday: how many dates name it, and how many of those are a weekday alone)
    for i, c in enumerate(claims):
        if (article, i) in group_of:
            by_unit.setdefault(_claim_key(c)[0], _TellingIndex()).add(c)
            if _bare(c):  # a headline's bare "12,000", aligned, is told again by "about 12,000 people"
                by_unit.setdefault("count", _TellingIndex()).add(c)
            if day := _weekday_named(c):
                _count_day(by_day, day, c)
    counted = _counted_values(claims)
    kept = []
    for i, c in enumerate(claims):
        if (article, i) in group_of or _told_as_count(c, counted):
            continue  # (a headline's bare "Police arrest 12" is the body's "12 people", before or after it)
        told = by_unit.setdefault(_claim_key(c)[0], _TellingIndex())
        day = _weekday_named(c)
        dates, weekdays = by_day.get(day, (0, 0)) if day else (0, 0)
        if not any((same_claim(c, earlier) and not _vaguer(earlier, c)) or _vague_retold(earlier, c)
                   for earlier in told.candidates(c)) \
                and not (weekdays or (dates and _claim_key(c)[0] == "weekday")):
            kept.append(i)
        told.add(c)
        if day:
            _count_day(by_day, day, c)
    return kept


def _count_day(by_day: dict[str, list[int]], day: str, c: Claim) -> None:
    """Count a date that names ``day``, and whether it is the weekday alone."""
    counts = by_day.setdefault(day, [0, 0])
    counts[0] += 1
    counts[1] += _claim_key(c)[0] == "weekday"


class _TellingIndex:
    """One article's earlier tellings in one unit, found by what :func:`same_claim` and
    :func:`_vague_retold` compare: the value, the low end and the normalised value (equal), and the
    normalised intervals, a temperature's change too (overlapping). ``candidates`` yields a superset of
    the tellings either could accept, each interval list sorted by its low end per width class (a power
    of two), so a look-up scans only the intervals that may reach the claim's."""

    def __init__(self) -> None:
        self.by_value: dict[float, list[Claim]] = {}
        self.by_interval: dict[tuple[bool, int], tuple[list[float], list[tuple[float, float, Claim]]]] = {}
        self.unbounded: list[Claim] = []  # an interval with an infinite or undefined end: always a candidate

    @staticmethod
    def _values(c: Claim) -> set[float | None]:
        """The values a telling is found by when equal: its value, its low end, its normalised value."""
        keys = {c.value, c.low}
        if c.normalized is not None:
            keys.add(c.normalized.value)
        return keys

    @staticmethod
    def _spans(c: Claim):
        """(is a change of temperature, low, high) of each normalised interval the claim has."""
        for change in (False, True) if c.kind == "temperature" else (False,):
            span = claims_stage.interval(c, difference=change)
            if span is not None:
                yield change, *span

    def add(self, c: Claim) -> None:
        for key in self._values(c):
            self.by_value.setdefault(key, []).append(c)
        for change, lo, hi in self._spans(c):
            if not (math.isfinite(lo) and math.isfinite(hi)):
                self.unbounded.append(c)
                continue
            lows, entries = self.by_interval.setdefault((change, _width_class(hi - lo)), ([], []))
            at = bisect_right(lows, lo)
            lows.insert(at, lo)
            entries.insert(at, (lo, hi, c))

    def candidates(self, c: Claim):
        for key in self._values(c):
            yield from self.by_value.get(key, ())
        yield from self.unbounded
        for change, lo, hi in self._spans(c):
            for (kind_of_span, width), (lows, entries) in self.by_interval.items():
                if kind_of_span != change:
                    continue
                reach = 2.0 ** width if width is not None else 0.0
                for k in range(bisect_left(lows, lo - reach), len(entries)):
                    other_lo, other_hi, other = entries[k]
                    if other_lo > hi:
                        break
                    if other_hi >= lo:
                        yield other


def _width_class(width: float) -> int | None:
    """The power of two an interval's width stays under (``None`` for a point): intervals of one class
    that reach a value start at most that far below it."""
    return math.frexp(width)[1] if width > 0 else None


def _retold(claims: list[Claim], article: int, group_of: dict[tuple[int, int], int]) -> frozenset[int]:
    """The article's aligned claims it told before, the same value in the same unit ("4.2%" is no "4.25%"
    again), with that earlier telling aligned in another group. One pass: the groups of the earlier
    aligned tellings are kept by value, unit and kind, so the cost grows with the claims, not their square."""
    groups_told: dict[tuple, set[int]] = {}
    retold = set()
    for i, c in enumerate(claims):
        group = group_of.get((article, i))
        if group is None:
            continue
        told = groups_told.setdefault((_claim_key(c), c.kind), set())
        if told and (len(told) > 1 or group not in told):
            retold.add(i)
        told.add(group)
    return frozenset(retold)


def _counted_values(claims: list[Claim]) -> frozenset[float]:
    """The values an article gives as counts ("1,200 people" -> 1200.0)."""
    return frozenset(c.value for c in claims if c.kind == "count")


def _told_as_count(c: Claim, counted: frozenset[float]) -> bool:
    """Whether ``c`` is a bare number the article also gives as a count of the same value (``counted``:
    "Toll passes 1,200" over "1,200 people were killed"): the count tells it with what it counts."""
    return _bare(c) and c.value in counted


def _weekday_named(c: Claim) -> str | None:
    """The weekday a date names ("Sunday" of "Sunday, Nov. 29" or of "early Sunday"), lower case, if any."""
    if c.kind != "date":
        return None
    return next((w for w in c.text.lower().replace(",", " ").split() if w in WEEKDAYS), None)


def _vague_retold(earlier: Claim, later: Claim) -> bool:
    """Whether one article's vague amount is told again in the same words, once without its noun: a
    headline's "Hundreds of Thousands" and the body's "hundreds of thousands of workers". The claims
    stage aligns no vague amount of nothing named, but within one article it is the same telling."""
    return (claims_stage.is_vague(earlier) and claims_stage.is_vague(later) and earlier.low == later.low
            and not (earlier.subject and later.subject))


def _vaguer(a: Claim, b: Claim) -> bool:
    """Whether ``a`` spans a far wider range than ``b`` ("tens of thousands" against "about 60,000"): the
    vague figure does not tell the precise one again, so the precise one is still the article's own."""
    if None in (a.low, a.high, b.low, b.high):
        return False
    return (a.high - a.low) > 2 * (b.high - b.low) + 1e-9


# ---------------------------------------------------------------- same story?


# Dates that unrelated articles share as often as not: a year or a decade alone ("2016", "the 1990s").
_COMMON_DATES = frozenset({"year", "decade"})


def _telling_figure(normalized) -> bool:
    """Whether a figure, when two articles share it, says they tell one story: "$5.7 billion", "June 28"
    or "Friday" (the day of the event, in a story of the week) do; "2016" does not, since most
    political stories of an election year name it."""
    return normalized is None or normalized.unit not in _COMMON_DATES


def _similarity(reports: list[Report], labels: list[str], counts: list[TermCounts],
                actor_sets: list[set[int]], claims: Claims) -> Similarity:
    """Whether the articles tell one story: TF-IDF cosine, shared actors and aligned figures, per pair."""
    cosines = tfidf_cosines(counts)
    n = len(reports)
    actor_count = [sum(1 for s in actor_sets if a in s) for a in range(n)]
    claim_count = [len(r.claims) for r in reports]
    pairs = []
    for i in range(n):
        for j in range(i + 1, n):
            both = sum(1 for s in actor_sets if i in s and j in s)
            either = sum(1 for s in actor_sets if i in s or j in s)
            actors = both / either if either else None
            aligned = sum(1 for s in claims.shared if labels[i] in s.articles and labels[j] in s.articles
                          and _telling_figure(s.claims[0].normalized))
            fewer = min(claim_count[i], claim_count[j])
            figures = aligned / fewer if fewer else None
            parts = [(0.6, cosines[i][j]), (0.25, actors), (0.15, figures)]
            if not actor_count[i] or not actor_count[j]:
                parts[1] = (0.25, None)
            weight = sum(w for w, v in parts if v is not None)
            score = sum(w * v for w, v in parts if v is not None) / weight
            pairs.append(PairSimilarity(labels[i], labels[j], score, cosines[i][j], actors, figures))
    low = [p for p in pairs if p.score < SAME_STORY_MIN]
    warning = None
    if low:
        worst = min(low, key=lambda p: p.score)
        warning = (f"{worst.a} and {worst.b} are probably not about the same story (similarity "
                   f"{worst.score:.2f}, below {SAME_STORY_MIN}): differences may reflect different events")
    score = min(p.score for p in pairs)
    return Similarity(score, not low, warning, pairs)


# ---------------------------------------------------------------- findings


# A stretch of two or more words in quotation marks: "“overdoing it”", not a scare-quoted "“outtakes”".
_QUOTED_PHRASE = re.compile(r"[\"“«„][^\"“”«»„\s]+\s[^\"“”«»„]*[\"”»]")


def _own_words(q: QuoteRef) -> bool:
    """Whether a quote gives the speaker's own words: a direct or mixed quote, or a report that quotes a
    phrase of theirs, two words or more, that the quotes stage took for scare quotes ("argued the Fed was
    “overdoing it”"; one scare-quoted word, "an “outtakes” gallery", is no quotation of the speaker)."""
    return q.kind != "indirect" or _QUOTED_PHRASE.search(q.text) is not None


# Cue categories of the quotes stage that cast the speaking ("claimed", "admitted", "insisted"; "suggested")
_LOADED_CUES = frozenset({"evaluative", "tentative"})
# Tentative cues that cast nothing: verbs of reckoning report how a figure or a forecast was reached
# ("the bank estimated", "forecasters predict", "the agency expects"), a method of the speaker's, not the
# outlet's doubt of what was said, as "suggested" or "hinted" cast it.
_RECKONING_CUES = frozenset({"estimate", "predict", "project", "forecast", "expect", "calculate", "foresee"})


def _loaded_cue(quote: QuoteRef) -> bool:
    """Whether the quote's cue casts the speaking ("claimed", "conceded", "hinted"): a judging verb."""
    return bool(quote.cue_lemma) and quote.cue_category in _LOADED_CUES and quote.cue_lemma not in _RECKONING_CUES


# Appraisal theory (Martin & White 2005): judgement (of people's behaviour) and affect frame actors most
# directly; appreciation (of things) and metaphor follow.
_CATEGORY_ORDER = {"judgement": 0, "affect": 1, "appreciation": 2}


def judgements(refs: list[EvaluativeRef]) -> tuple[list[EvaluativeRef], list[EvaluativeRef]]:
    """An article's own-voice negative and positive wording, judgements of people first, then in text order
    (designations left out: see ``EvaluativeRef.judges``)."""
    def order(e: EvaluativeRef) -> tuple[int, int]:
        return _CATEGORY_ORDER.get(e.category, 3), e.start
    judging = [e for e in refs if e.judges]
    return (sorted((e for e in judging if e.polarity < 0), key=order),
            sorted((e for e in judging if e.polarity > 0), key=order))


def _findings(reports, labels, tone: ToneSideBySide, actors: list[ActorRow], sources: Sources,
              wording: Wording, frames: Frames, claims: Claims) -> list[Finding]:
    """Plain-language differences, most telling first; each carries the spans that back it."""
    by_label = dict(zip(labels, reports, strict=True))
    out: list[Finding] = []

    def add(kind: str, text: str, evidence: list[Evidence]) -> None:
        if evidence:
            out.append(Finding(kind, text, evidence))

    # The same text sent twice (a file named twice, a page pinned from two addresses): no difference
    # between them can follow, which an empty list would leave unexplained. Said before anything else.
    same: dict[str, list[str]] = {}
    for name in labels:
        same.setdefault(by_label[name].id, []).append(name)
    for names in same.values():
        if len(names) > 1:
            ev = [_span(by_label[n], n, s.start, s.end) for n in names for s in by_label[n].sentences[:1]]
            listed = ", ".join(names[:-1]) + f" and {names[-1]}"
            add("same_text", f"{listed} are the same text: nothing between them can differ", ev)

    # Truncation changes what can be compared: said first.
    for name in labels:
        r = by_label[name]
        if r.meta.truncated:
            ev = [_span(r, name, e.start, e.end) for e in r.meta.excluded if e.reason == "paywall"]
            add("truncated", f"{name} is cut short by a paywall: only its opening can be compared", ev)
    # So does a report's own warning (a text that is not English, or not decoded right): its evidence the
    # article's first sentence, since it is about the whole text.
    for name in labels:
        r = by_label[name]
        for warning in r.meta.warnings:
            first = r.sentences[0] if r.sentences else None
            add("warning", f"{name}: {warning}", [_span(r, name, first.start, first.end)] if first else [])

    # Tone of the whole article.
    ranked = sorted(labels, key=lambda n: by_label[n].tone.compound)
    low, high = ranked[0], ranked[-1]
    gap = by_label[high].tone.compound - by_label[low].tone.compound
    if gap >= TONE_GAP:
        ev = []
        if by_label[high].tone.most_positive:
            s = by_label[high].tone.most_positive
            ev.append(_span(by_label[high], high, s.start, s.end))
        if by_label[low].tone.most_negative:
            s = by_label[low].tone.most_negative
            ev.append(_span(by_label[low], low, s.start, s.end))
        hi_c, lo_c = by_label[high].tone.compound, by_label[low].tone.compound
        if hi_c < POSITIVE_TONE:  # the warmer one reads no positive: "more positive" would call it upbeat
            add("tone", f"{low} reads more negative (mean sentence tone {lo_c:+.2f}) than {high} ({hi_c:+.2f})",
                ev[::-1])
        else:
            add("tone", f"{high} reads more positive (mean sentence tone {hi_c:+.2f}) than {low} ({lo_c:+.2f})", ev)

    # Author-voice evaluative language: who judges more harshly (or warmly) in its own voice.
    judged = {n: judgements(wording.evaluative[n]) for n in labels}
    rate = {n: 1000.0 * len(judged[n][0]) / max(by_label[n].meta.words, 1) for n in labels}
    harsh = max(labels, key=lambda n: (rate[n], len(judged[n][0])))
    mild = min(labels, key=lambda n: (rate[n], -len(judged[n][1])))
    said_harsher = None  # the article the comparison above already shows judging harshly
    if len(judged[harsh][0]) >= 2 and rate[harsh] >= EVALUATIVE_RATIO * max(rate[mild], 1e-9) and harsh != mild:
        said_harsher = harsh
        neg, pos = judged[harsh]
        m_neg, m_pos = judged[mild]
        mild_texts = list(dict.fromkeys(e.text for e in m_pos)) or list(dict.fromkeys(e.text for e in m_neg))
        # articles with no own-voice judgement at all are named together: "B and C: none"
        silent = [n for n in labels if n != harsh and not judged[n][0] and not judged[n][1]]
        if mild in silent:
            other = f"{_names(silent)}: none"
        else:
            other = f"{mild}: {len(m_neg)} negative to {len(m_pos)} positive" + (
                f" ({_quoted(mild_texts)})" if mild_texts else "")
        add("evaluative", f"{harsh} judges more harshly in its own voice: {len(neg)} negative "
                          f"({_quoted(list(dict.fromkeys(e.text for e in neg)))}) to {len(pos)} positive; "
                          + other,
            [_span(by_label[harsh], harsh, e.start, e.end) for e in neg[:5]]
            + [_span(by_label[mild], mild, e.start, e.end) for e in (m_pos or m_neg)[:3]])
    for name in labels:
        refs = wording.evaluative[name]
        for polarity, word in ((-1, "negative"), (1, "positive")):
            picked = [e for e in refs if e.judges and e.polarity == polarity]
            if not picked or (name == said_harsher and polarity < 0):
                continue  # its negative wording is the harsher-judging finding's, said once
            others = [n for n in labels if n != name
                      and not any(e.judges and e.polarity == polarity for e in wording.evaluative[n])]
            if not others:
                continue
            texts = list(dict.fromkeys(e.text for e in picked))
            add("evaluative", f"{name} uses {word} judgements in its own voice ({_quoted(texts)}); "
                              f"{_names(others)} {'has' if len(others) == 1 else 'have'} none",
                [_span(by_label[name], name, e.start, e.end) for e in picked[:5]])

    # Voices quoted in only one article.
    for name in labels:
        exclusive = [v for v in sources.voices if not v.anonymous and not v.shared and name in v.articles]
        # Voices given their own words (direct quotes) first: they shape a story most.
        exclusive.sort(key=lambda v: (-sum(q.kind != "indirect" for q in v.articles[name]),
                                      -len(v.articles[name])))
        for v in exclusive[:MAX_VOICE_FINDINGS]:
            refs = v.articles[name]
            add("source", f"only {name} quotes {v.name} ({len(refs)} quote{'s' * (len(refs) > 1)})",
                [_span(by_label[name], name, q.start, q.end) for q in refs[:3]])

    # Cue verbs for the same speaker.
    for v in sources.voices:
        if not v.shared or v.anonymous:
            continue
        # Only a verb that carries a judgement ("claimed", "admitted", "suggested") makes a finding:
        # "said" against "told" is no difference in framing.
        # "stance" cues ("criticized", "called it", "voted") report what the speaker did, not how the
        # outlet casts the speaking: no judgement of the article's own
        loaded = {n: {q.cue_lemma for q in refs if _loaded_cue(q)} for n, refs in v.articles.items()}
        if len({frozenset(x) for x in loaded.values()}) < 2:
            continue
        # each article's judging verbs, in its order; an article with none shows its neutral ones as such
        described = "; ".join(f"{n}: " + (', '.join(c for c in v.cues[n] if c in loaded[n])
                                          or f"{', '.join(v.cues[n]) or 'no cue'} (neutral)") for n in v.articles)
        ev = [_span(by_label[n], n, q.start, q.end) for n, refs in v.articles.items()
              for q in ([r for r in refs if _loaded_cue(r)] or refs)[:1]]
        marked = [n for n, x in loaded.items() if x]
        add("cue", f"{v.name} is introduced with loaded verbs in {_names(marked)} ({described})", ev)

    # Own words against a paraphrase: the same voice quoted directly in one article, only reported in another
    # (the first few such voices: a voice every article quotes alike before them hides none).
    own_words_found = 0
    for v in sources.voices:
        if not v.shared or v.anonymous or own_words_found == MAX_VOICE_FINDINGS:
            continue
        direct = [n for n, refs in v.articles.items() if any(map(_own_words, refs))]
        reported = [n for n in v.articles if n not in direct]
        if direct and reported:
            own_words_found += 1
            ev = [_span(by_label[n], n, q.start, q.end) for n in direct
                  for q in [q for q in v.articles[n] if _own_words(q)][:1]]
            ev += [_span(by_label[n], n, v.articles[n][0].start, v.articles[n][0].end) for n in reported]
            add("own_words", f"{_names(direct)} quote{'s' * (len(direct) == 1)} {v.name} in their own words; "
                             f"{_names(reported)} only report{'s' * (len(reported) == 1)} what they said", ev)

    # Named versus anonymous sourcing.
    shares = {n: c.named_share for n, c in sources.counts.items() if c.named_share is not None and c.quotes >= 2}
    if len(shares) >= 2:
        more = max(shares, key=shares.get)
        less = min(shares, key=shares.get)
        # only a source that hides someone makes the pattern ("officials said", "a person familiar with"): a body
        # speaking as itself ("the government said", "the union said") is on the record, though it has no name
        anonymous = [q for q in by_label[less].quotes if q.speaker is not None and q.speaker.anonymous]
        if shares[more] - shares[less] >= NAMED_SHARE_GAP and len(anonymous) >= MIN_ANONYMOUS_QUOTES:
            ev = [_span(by_label[less], less, q.start, q.end) for q in anonymous[:3]]
            add("sources_named", f"{more} names {shares[more]:.0%} of its sources; {less} only "
                                 f"{shares[less]:.0%}", ev)

    # Tone toward the same actor: the largest gaps.
    gaps = []
    for row in actors:
        if not row.shared:
            continue
        tones = {n: p.overall_tone for n, p in row.articles.items() if p.mentions >= ACTOR_MIN_MENTIONS}
        if len(tones) < 2:
            continue
        hi, lo = max(tones, key=tones.get), min(tones, key=tones.get)
        if tones[hi] - tones[lo] >= ACTOR_TONE_GAP:
            gaps.append((tones[hi] - tones[lo], row, hi, lo, tones))
    for _, row, hi, lo, tones in sorted(gaps, key=lambda g: -g[0])[:MAX_ACTOR_FINDINGS]:
        ev = [_span(by_label[n], n, *span) for n in (hi, lo)
              if (span := _first_in_story(by_label[n], row.articles[n])) is not None]
        # said of the sentences, not of the outlet's stance: a victim's sentences read negative in the
        # outlet that sides with it most ("drones rain down on Kyiv"), so "treated less favourably" would mislead
        if tones[hi] < 0:
            text = (f"sentences about {row.name} read more negative in {lo} ({tones[lo]:+.2f}) than in "
                    f"{hi} ({tones[hi]:+.2f})")
        else:
            text = (f"sentences about {row.name} read more positive in {hi} ({tones[hi]:+.2f}) than in "
                    f"{lo} ({tones[lo]:+.2f})")
        add("actor_tone", text, ev)

    # Frames.
    for d in frames.differences[:2]:
        if d.difference < FRAME_GAP:
            break
        cues = next((f.cues for f in by_label[d.high].frames if f.name == d.name), [])
        add("frame", f"{d.high} leans on the {d.name} frame more than {d.low} "
                     f"({frames.scores[d.name][d.high]:.2f} vs {frames.scores[d.name][d.low]:.2f})",
            [_span(by_label[d.high], d.high, c.start, c.end) for c in cues[:4]])

    # Figures: the same figure in other words, conversions and numerals against words first.
    reworded = sorted(((rank, s.claims[0].start, k) for k, s in enumerate(claims.shared)
                       if (rank := _rewording_rank(s)) is not None))
    reworded = [claims.shared[k] for _, _, k in reworded]
    for shared in reworded[:3]:
        add("claim_agrees", f"{_names(shared.articles)} agree on a figure, worded differently: "
                            + "; ".join(f"{c.article}: “{c.text}”" for c in shared.claims),
            [_span(by_label[c.article], c.article, c.start, c.end) for c in shared.claims])
    for name, only in claims.only.items():
        if only:
            add("claims_only", f"{len(only)} figure{'s' * (len(only) > 1)} only in {name}, e.g. "
                               f"{_quoted([c.text for c in only], 3)}",
                [_span(by_label[name], name, c.start, c.end) for c in only[:5]])

    # Actors named in only one article.
    lowered = {n: by_label[n].text.lower() for n in labels}  # once each (setdefault would lower it every time)
    for name in labels:
        datelines = _datelines(by_label[name].text)
        others = [n for n in labels if n != name]
        written = [by_label[n].text for n in others]
        lowered_others = [lowered[n] for n in others]
        # an unresolved description ("the Democratic front-runner") may be someone another article names
        # (the first three only: each search of the other texts reads them whole)
        alone = list(islice((r for r in actors if not r.shared and name in r.articles
                             and r.articles[name].mentions >= 2 and not is_description(r.name)
                             and not _in_dateline(r.articles[name], datelines)
                             and not (_written_in(r.articles[name], written, case=True) if r.kind == "person"
                                      else _written_in(r.articles[name], lowered_others))), 3))
        if alone:
            add("actors", f"only {name} brings in {_names([r.name for r in alone])}",
                [_span(by_label[name], name, r.articles[name].first["start"], r.articles[name].first["end"])
                 for r in alone if r.articles[name].first])

    # Distinctive wording.
    for name in labels:
        terms = [t for t in wording.distinctive[name] if t.z >= DISTINCTIVE_Z][:4]
        if terms:
            add("wording", f"words typical of {name} against the others: {_quoted([t.term for t in terms], 4)}",
                [_span(by_label[name], name, t.spans[0].start, t.spans[0].end) for t in terms if t.spans])

    return out[:MAX_FINDINGS]
