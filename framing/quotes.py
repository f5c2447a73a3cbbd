"""Attributed quotes: direct and reported speech, who speaks, and the cue that introduces them.

An attribution has three parts: the *source* (speaker), the *cue* (speech verb or phrase) and
the *content* (Pareti, "Attribution: a computational approach", 2015; the PARC and PolNeAR
codebooks, Newell et al., LREC 2018). Direct quotes are found from the quotation marks,
paragraph by paragraph, so a stray mark never swallows the rest of the article; reported
speech from a cue verb in a body sentence and the clause it introduces. The speaker is the
mention nearest the cue, resolved to a full name introduced elsewhere in the article.
Cues are classified from the project's lexicon (``lexicons/quotes/cues.txt``): neutral ("said"),
evaluative ("claimed", "admitted"), tentative ("hinted", "suggested") and stance ("wants",
"endorsed"), since PolNeAR and PARC attribute a source's stated aims and positions as well; "seems"
and "appeared to" report the outlet's own supposition, with no source.

Everything is a linear scan: compiled regexes over the text, short walks over the document's
tokens around each cue, bisect over sorted offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from itertools import compress, islice, pairwise, starmap
from operator import attrgetter, itemgetter
from typing import NamedTuple

from .actors import SURNAME_PARTICLES, gazetteer, gender_of
from .document import Document, Paragraph, Span, Token, quick_init
from .wording import WEEKDAYS, WORK_NOUNS, inscription_before

# ---------------------------------------------------------------- findings


@quick_init
@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None  # resolved full name ("Andrew Michta" for "Michta" or "he"), None if unnamed
    descriptor: str | None  # title or apposition: "director at the Atlantic Council think tank"
    anonymous: bool  # an unnamed source: "official sources", "experts", "a person familiar with ..."
    start: int | None  # the speaker mention nearest the cue
    end: int | None
    text: str | None = None  # that mention as written ("he", "Michta", "U.S. officials")
    actor: str | None = None  # the actor (actors stage) whose mention this is, if any
    # each speaker of a coordinated mention ("Poland and Hungary", "the mayor and the police chief"), in text
    # order, each a Speaker of its own words (with no members); empty for a single speaker
    members: tuple[Speaker, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class Cue:
    text: str
    start: int
    end: int
    category: str = "neutral"  # "neutral" | "evaluative" | "tentative" | "stance" (wants, backs, rejects)
    lemma: str = ""


@quick_init
@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str  # "direct" | "indirect" | "mixed"
    speaker: Speaker | None
    cue: Cue | None
    parts: list[Span] = field(default_factory=list)  # the content itself (a split quote skips "he said")
    paragraph: int = 0  # index into Document.paragraphs of the first part
    inherited: bool = False  # no attribution of its own: continues the previous speaker's quote


# ---------------------------------------------------------------- lexicon


@dataclass(frozen=True, slots=True)
class _CueWord:
    lemma: str
    category: str
    frame: str  # "any": reports speech on its own; "that": only with that / colon / quotation; "object": stance


@dataclass(frozen=True, slots=True)
class _Lexicon:
    cues: dict[str, _CueWord]
    anonymous: frozenset[str]
    roles: frozenset[str]
    titles: frozenset[str]
    title_forms: frozenset[str]  # every title, and every dotted one without its dot: "Sen." and "Sen"
    descriptors: frozenset[str] = frozenset()  # "organizer", "spokeswoman": a person noun before a name


def _lines(name: str) -> list[list[str]]:
    text = resources.files("framing.lexicons").joinpath("quotes", name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip() if not line.startswith("#") else ""
        if line:
            rows.append(line.split("\t") if "\t" in line else line.split())
    return rows


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The cue and speaker vocabularies, parsed once per process."""
    cues: dict[str, _CueWord] = {}
    for lemma, category, frame, forms in _lines("cues.txt"):
        for form in forms.split():
            cues.setdefault(form.lower(), _CueWord(lemma, category, frame))
    kinds: dict[str, set[str]] = {"anonymous": set(), "role": set(), "title": set(), "descriptor": set()}
    for row in _lines("speakers.txt"):
        kind, *words = " ".join(row).split()
        kinds[kind].update(w.replace("-", " ") if kind in ("anonymous", "role") else w for w in words)
    titles = frozenset(kinds["title"])
    title_forms = titles | {t[:-1] for t in titles if t.endswith(".")}
    return _Lexicon(cues, frozenset(kinds["anonymous"]), frozenset(kinds["role"]), titles, title_forms,
                    frozenset(kinds["descriptor"]))


# ---------------------------------------------------------------- small vocabularies (grammar, not content)

_PRONOUNS = {"he", "she", "they", "i", "we", "it", "who", "which"}
_PERSON_PRONOUNS = {"he", "she"}
_PRONOUN_GENDER = {"he": "male", "his": "male", "she": "female", "her": "female"}
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_QUANTIFIERS = frozenset({"many", "some", "others", "few", "most", "several"})
# Bodies that speak through statements, endorsements and rulings, beyond the role nouns of speakers.txt:
# what a relative "which" may stand for as a source ("the union, which endorsed Lopez").
_SOURCE_BODIES = frozenset({"union", "unions", "party", "council", "court", "board", "institute", "foundation",
                            "association", "coalition", "commission", "caucus", "chamber", "bank", "office",
                            "center", "centre", "alliance", "federation", "league", "society", "groups",
                            # and bodies in the plural, which "which" follows as it follows "the company"
                            "firms", "companies", "lines", "airlines", "carriers", "operators", "banks", "lenders",
                            "insurers", "retailers", "manufacturers", "producers", "carmakers", "automakers",
                            "exporters", "agencies", "councils", "parties", "associations", "organisations",
                            "organizations", "charities", "networks", "outlets", "newspapers", "universities",
                            "hospitals", "schools", "governments", "ministries", "departments", "boards"})
# Negated auxiliaries written as one token ("cannot", "didn't", "won’t"): auxiliaries wherever "can" and
# "not" are ("Roe cannot say whether …", like "Roe can not say").
_NEGATED_AUXILIARIES = frozenset({"cannot"} | {stem + mark + "t" for mark in ("'", "’") for stem in (
    "can", "don", "doesn", "didn", "won", "wouldn", "couldn", "shouldn", "mustn", "mightn", "hasn", "haven",
    "hadn", "isn", "wasn", "aren", "weren")})
# Words that may sit between a speaker and the cue: "Trump has also repeatedly said".
_BETWEEN = _NEGATED_AUXILIARIES | {
    "also", "later", "then", "previously", "repeatedly", "recently", "has", "had", "have", "would", "will",
    "once", "publicly", "privately", "again", "further", "reportedly", "earlier", "just", "simply", "flatly",
    "often", "still", "already", "even", "never", "not", "did", "does", "do", "may", "might", "could",
    "should", "can", "must", "separately", "similarly", "directly", "clearly", "specifically", "frequently",
    "emphatically", "bluntly", "angrily", "quickly", "first", "only", "herself", "himself", "themselves",
    "all", "both", "however", "since", "now", "long", "falsely", "correctly", "famously", "openly", "always",
    "loudly", "initially", "finally", "subsequently", "immediately", "quietly", "sharply", "yet", "widely",
    "is", "was", "are", "were", "be", "been", "’s", "'s", "’ve", "'ve", "’d", "'d",  # "she's hoping", "who's called"
}
# Intention verbs before a to-infinitive describe a plan, not speech: "he intends to push for talks".
# "wants to" / "plans to" / "hopes to" / "promised to" are kept, PolNeAR annotates them as attributed
# stances (on PolNeAR train, "hope" and "promise" before "to" are right about three times in four).
_INTENTIONS = frozenset({"intend"})
# "may want to", "would want": what the writer advises or supposes, not a stance anyone stated.
_ADVISED = frozenset({"want"})
_MODALS = frozenset({"may", "might", "would", "could", "should", "’d", "'d"})
_PASSIVE = {"was", "were", "is", "are", "been", "being", "be", "get", "got",
            "isn't", "wasn't", "aren't", "weren't", "isn’t", "wasn’t", "aren’t", "weren’t"}  # one token each
_PASSIVE_OR_WHEN = frozenset(_PASSIVE | {"when"})  # "was asked", "when asked"
_DETERMINERS = {
    "the", "a", "an", "one", "two", "three", "four", "five", "some", "several", "many", "other", "most",
    "senior", "top", "former", "current", "his", "her", "their", "its", "our", "these", "those",
    "this", "that", "few", "more", "another", "both", "all", "such",
}
# Capitalised only because they open a sentence or a clause.
_CAPITAL_STOP = {
    "but", "and", "or", "so", "yet", "in", "on", "at", "as", "if", "when", "while", "after", "before",
    "because", "though", "although", "then", "now", "still", "also", "meanwhile", "however", "instead",
    "there", "here", "this", "that", "these", "those", "it", "its", "we", "they", "he", "she", "i", "you",
    "what", "why", "how", "where", "who", "for", "with", "from", "by", "to", "of", "not", "no", "yes", "mr",
    "my", "our", "your", "his", "her", "their", "even", "last", "next", "since", "until", "during", "asked",
    "like", "just", "only", "every", "each", "both", "all", "some", "many", "most", "said", "says", "according",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "here’s", "here's", "read", "watch", "click", "related", "update", "breaking", "exclusive",
}
# Inside a name: "Bank of America", "Willem ter Horst".
_NAME_LINKS = {"of", "the", "for", "and", "&"} | SURNAME_PARTICLES
# What joins a body's head noun to its remit inside its name ("Institute on Aging", "Center for Progress").
_ORG_LINKS = frozenset({"on", "for"})
_ORG_WORDS = {
    "party", "house", "department", "council", "times", "post", "news", "committee", "congress", "senate",
    "university", "institute", "association", "center", "centre", "foundation", "union", "court", "agency",
    "office", "service", "states", "republic", "kingdom", "ministry", "group", "inc", "corp", "company",
    "network", "journal", "magazine", "campaign", "administration", "army", "force", "hall", "church",
    "county", "city", "fund", "bank", "commission", "board", "caucus", "federation", "organization",
    "project", "review", "press", "tribune", "herald", "cnn", "fox", "msnbc", "nbc", "abc", "cbs", "reuters",
    "watch", "club", "school", "college", "media", "trust", "coalition", "alliance", "tank",
}
_ORG_OR_LINK_WORDS = frozenset(_ORG_WORDS | _NAME_LINKS)
# Role nouns for an institution, not a person: "the bank", "the campaign", "the city council".
_INSTITUTIONS = frozenset(_ORG_WORDS | {
    "government", "ministry", "company", "firm", "report", "poll", "survey", "study", "statement", "group",
    "organization", "organisation", "newspaper", "paper", "magazine", "network", "police", "state",
})
_NAME_STOP = frozenset(_CAPITAL_STOP | {"the", "a", "an"})  # never the first word of a name run
# After an apposition, the descriptor stops before where / how the speaker spoke.
_DESCRIPTOR_END = re.compile(
    r"\s+(?:on|via)\s+(?:X|Twitter|Facebook|Instagram|Truth Social|social media|television|TV|CNN|Fox|MSNBC|"
    r"NBC|ABC|CBS|radio|\w+day)\b"
    r"|\s+in\s+(?:a|an|his|her|their|its)\s+(?:\w+\s+)?(?:statement|interview|post|tweet|speech|letter|email|"
    r"op-ed|video|release|appearance|message)\b"
    r"|\s+(?:told|said|says|wrote|tweeted|added|noted|who)\b"
)
_FAMILIAR = re.compile(
    r"(?:\b(?:a|an|one|two|three|several|some|the|other)\s+)?"
    # (a link opens no speaker)
    r"(?:(?<![\w.’'-])(?!(?:while|whereas|but|although|though|yet|and)\s)[\w.’'-]+\s+){0,2}?"
    r"(?:person|people|persons|sources?|officials?|aides?|individuals?|insiders?|diplomats?|negotiators?|"
    r"advis[eo]rs?|executives?)\s+"
    r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|"
    r"involved\s+in|knowledgeable\s+about)\s+[^,.;:“”\"]{1,60}?\s*,?\s*$",
    re.IGNORECASE,
)

# A run of capitalised words on one line: "Ukrainian President Volodymyr Zelensky", "Mr. Lou", "U.S. Sen. Ted Cruz".
# (the first capital comes before the look-behind, so the regex engine can skip ahead to a capital)
# A lowercase particle may sit inside a name: "Bill de Blasio", "Ursula von der Leyen".
_NAME_RUN = re.compile(
    r"[A-Z](?<![\w’'.-][A-Z])[\w’'.-]*(?:[ \u00a0](?:(?:de|van|von|der|den|la|le|du|da|di|del|bin)[ \u00a0])*"
    r"[A-Z][\w’'.-]*)*"
)
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,2}\.")  # "U.S.", "J.", "Mr.", "Sen."


_POSSESSIVE = ("’s", "'s")
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its", "my", "our"})


def _after_number(text: str, start: int) -> bool:
    before = start - 1
    while before >= 0 and text[before] == " ":
        before -= 1
    return before >= 0 and text[before].isdigit()


# Every phrase _FAMILIAR matches holds one of these words: a cheap test first, since most spans have none.
_FAMILIAR_HINT = re.compile(r"familiar|close\s+to|briefed|knowledge|involved", re.IGNORECASE)


def _familiar(span: str) -> re.Match | None:
    """ "a person familiar with the talks", "officials close to the campaign": an unnamed source, or None."""
    if span.isascii():  # ASCII: a substring test on the lower-cased span finds whatever the case-blind hint would
        low = span.lower()
        if not ("familiar" in low or "close" in low or "briefed" in low or "knowledge" in low or "involved" in low):
            return None
    elif not _FAMILIAR_HINT.search(span):
        return None
    return _FAMILIAR.search(span + " ")


_MARK = re.compile(r"''|[\"“”„«»]")  # '' : two apostrophes standing for a straight double mark
_DOUBLE_MARK = re.compile(r"[\"“”„«»]")  # _MARK for a text without '' (a character class: a faster scan)
_OPENERS = "“„«"
_CLOSERS = "”»"
_DOUBLE_MARKS = _OPENERS + _CLOSERS + '"'
# The opening mark comes first so the regex engine can skip to it: "(?<![\w’'][‘'])" after it asks what
# "(?<![\w’'])" before it would (no word or apostrophe right before the mark).
_SINGLE = re.compile(r"[‘'](?<![\w’'][‘'])(?!')(?=[^\W\d_])[^\n‘“”\"]{2,300}?(?<=[\w.,!?])(?<!')[’'](?![\w’'])")
# A sentence end, but not the dot of "Mr." / "Sen." / "U.S." / an initial.
# (the mark comes first so the regex engine can skip ahead to it; each look-behind then takes in the mark)
_SENTENCE_END = re.compile(
    r"[.!?](?<!\bMr.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bJr.)(?<!\bSr.)(?<!\bLt.)(?<!\bMrs.)(?<!\bSen.)"
    r"(?<!\bRep.)(?<!\bGov.)(?<!\bGen.)(?<!\bCol.)(?<!\bRev.)(?<!\bSgt.)(?<!\bSens.)(?<!\bReps.)(?<!\bProf.)"
    r"(?<!\bCapt.)(?<!\b[A-Z].)(?![,;)])"  # ("Allentown, Pa., said", "Tom Hale (D-Ore.) said": a dot before
    # a comma or a closing bracket ends no sentence)
)
_SCARE_MAX_WORDS = 2
_MIN_CONTENT_WORDS = 3


# ---------------------------------------------------------------- direct quotes: the marks


@dataclass(slots=True)
class _Raw:
    parts: list[tuple[int, int]]
    paragraph: int
    closed: bool
    kind: str = "direct"
    speaker: Speaker | None = None
    cue: Cue | None = None
    inherited: bool = False

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _paragraph_marks(text: str, start: int, end: int, marks: re.Pattern = _MARK) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of double-quoted stretches in one paragraph; an unclosed one ends the paragraph.

    Straight marks alternate; curly marks say which way they face; a closing mark with no opener is a
    stray and is ignored; a digit before a straight mark is inches or seconds, not a quote.
    """
    found = []
    open_at = None
    attribute = False  # inside name="value" markup: not a quotation
    for m in marks.finditer(text, start, end):
        c, i = m.group(), m.start()
        if attribute:
            attribute = c != '"'
            continue
        if c == '"' and open_at is None and i > start and text[i - 1] == "=":
            attribute = True
            continue
        if c in _OPENERS:
            if open_at is not None and i > start and not text[i - 1].isspace() and text[i - 1] not in "(—–-":
                found.append((open_at, i + 1, True))  # `here,“ said X`: an opening mark used to close
                open_at = None
                continue
            open_at = i  # a second opener while open: the first was a stray
        elif c in _CLOSERS:
            if open_at is not None:
                found.append((open_at, i + 1, True))
                open_at = None
        elif open_at is None:
            if i > start and text[i - 1].isdigit():
                continue
            open_at = i
        else:
            found.append((open_at, m.end(), True))
            open_at = None
    if open_at is not None and end - open_at > 1:
        found.append((open_at, end, False))
    return found


def _opens_with_mark(text: str, start: int) -> bool:
    return start < len(text) and (text[start] in _OPENERS + '"' or text.startswith("''", start))


# What can start a double quotation (see _MARK) and a single one (see _SINGLE). A paragraph is searched for
# these with str.find, one needle at a time: C substring scans, far faster than a regex character class.
_DOUBLE_NEEDLES = tuple(_DOUBLE_MARKS)
_SINGLE_NEEDLES = ("‘", "'")


def _single_marked(text: str, start: int) -> bool:
    """Whether the quotation opening at ``start`` is in single marks (‘…’ or '…', not the doubled '' …). With no
    cue it is a headline's label or slogan ("Wear ‘Make America Great’ Hats"): news text quotes people in double
    marks."""
    return text[start] == "‘" or text[start] == "'" and text[start + 1: start + 2] != "'"


def _mark_needles(text: str, marks: re.Pattern) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The double-mark and single-opener needles that ``text`` holds at all (a paragraph can hold no others);
    with _MARK, the apostrophe pair stands for a double mark too."""
    doubles = tuple(c for c in _DOUBLE_NEEDLES if c in text)
    if marks is _MARK:
        doubles += ("''",)
    return doubles, tuple(c for c in _SINGLE_NEEDLES if c in text)


def _holds_any(text: str, needles: tuple[str, ...], start: int, end: int) -> bool:
    for needle in needles:  # (a loop: a generator for the one or two needles costs more than the finds)
        if text.find(needle, start, end) >= 0:
            return True
    return False


def _may_open_single(text: str, openers: tuple[str, ...], start: int, end: int) -> bool:
    """Whether an opener in [start, end) follows no word character, apostrophe or ’, as _SINGLE's look-behind
    needs (its \\w is str.isalnum or "_"): most apostrophes close a word ("Trump's"), and then no scan is needed."""
    for c in openers:
        i = text.find(c, start, end)
        while i >= 0:
            if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_’'"):
                return True
            i = text.find(c, i + 1, end)
    return False


def _paragraph_stretches(text: str, start: int, end: int, marks: re.Pattern,
                         needles: tuple[tuple[str, ...], tuple[str, ...]] | None = None) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the double- and single-quoted stretches of one paragraph, in text order.

    Each scan runs only when the paragraph holds a character it could start at (most paragraphs quote nobody,
    and many that do use one kind of mark only); ``needles`` is ``_mark_needles(text, marks)``, worked out once.
    """
    doubles, single_openers = needles if needles is not None else _mark_needles(text, marks)
    stretches = _paragraph_marks(text, start, end, marks) if _holds_any(text, doubles, start, end) else []
    if not _may_open_single(text, single_openers, start, end):
        return stretches
    singles = [
        (m.start(), m.end(), True) for m in _SINGLE.finditer(text, start, end)
        if not any(s <= m.start() < e for s, e, _ in stretches)
    ]
    if singles:
        stretches = sorted(stretches + singles)
    return stretches


def _quoted_stretches(doc: Document) -> list[_Raw]:
    """Every quoted stretch, multi-paragraph quotes joined: an unclosed quote runs on only when the next
    paragraph opens with a mark (the newspaper convention); otherwise it stops at its paragraph's end."""
    text = doc.text
    kept = [(i, p) for i, p in enumerate(doc.paragraphs) if p.kind != "excluded"]
    marks = _MARK if "''" in text else _DOUBLE_MARK
    needles = _mark_needles(text, marks)
    raws: list[_Raw] = []
    carry: _Raw | None = None
    for n, (pi, p) in enumerate(kept):
        stretches = _paragraph_stretches(text, p.start, p.end, marks, needles)
        for k, (s, e, closed) in enumerate(stretches):
            if carry is not None and k == 0 and s == p.start:
                carry.parts.append((s, e))
                carry.closed = closed
                raw = carry
                carry = None
            else:
                if carry is not None:
                    raws.append(carry)
                    carry = None
                raw = _Raw([(s, e)], pi, closed)
            if not closed and k == len(stretches) - 1 and n + 1 < len(kept) and _opens_with_mark(
                    text, kept[n + 1][1].start):
                carry = raw
            else:
                raws.append(raw)
        if carry is not None and not stretches:
            raws.append(carry)
            carry = None
    if carry is not None:
        raws.append(carry)
    return raws


def _words(doc: Document, start: int, end: int, *, at_most: int | None = None) -> int:
    """Word tokens in [start, end); stops counting at ``at_most`` when given."""
    count = doc.token_index().words(bisect_left(doc.token_starts, start), end)  # prefix sums, not a walk
    return count if at_most is None else min(count, at_most)


def _is_scare(doc: Document, raw: _Raw) -> bool:
    """One or two quoted words that do not end a sentence: a label the outlet holds at arm's length."""
    s, e = raw.parts[0]
    if len(raw.parts) > 1 or _words(doc, s, e, at_most=_SCARE_MAX_WORDS + 1) > _SCARE_MAX_WORDS:
        return False
    inner = doc.text[s:e].rstrip("”»\"’'")
    return not inner.endswith(("!", "?", ".", ",")) and _is_embedded(doc, s)


def _is_embedded(doc: Document, start: int) -> bool:
    """Whether a quotation opens inside a clause ("called it “a disaster”"), not a sentence or a quote of its own."""
    text = doc.text
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i >= 0 and (text[i].isalnum() or text[i] in "%$)’'") and text[i] not in "\n"


def scare_quotes(doc: Document) -> list[Span]:
    """Quoted words that are not speech ("‘managed’", "so-called “experts”")."""
    return [Span(r.start, r.end) for r in _quoted_stretches(doc) if _is_scare(doc, r)]


# ---------------------------------------------------------------- names in the article


@dataclass(slots=True)
class _Names:
    """Proper-name runs of the article, so "Michta" and "he" can be resolved to "Andrew Michta"."""

    starts: list[int]
    runs: list[tuple[int, int, str, bool]]  # start, end, name, looks like a person
    by_word: dict[str, str]  # surname or first name -> the first full name carrying it
    descriptors: dict[str, str]
    actor_starts: list[int]
    actor_spans: list[tuple[int, int, str]]
    speakers_seen: list[tuple[int, str]] = field(default_factory=list)
    titled: dict[str, set[str]] = field(default_factory=dict)  # full name -> every title word it carries
    first_body: dict[str, int] | None = None  # actor -> its first mention in a body sentence (built on first use)
    proper: dict[str, bool] = field(default_factory=dict)  # actor -> whether it is a proper name
    genders: dict[str, str | None] = field(default_factory=dict)  # full name -> "male", "female" or None
    bodies: frozenset[str] = frozenset()  # the groups and organisations the actor stage found
    plural_speakers: list[tuple[int, int]] = field(default_factory=list)  # "officials": spans of plural speakers
    # "one woman", "a father of two": unnamed speakers whose noun tells their sex, as (start, gender, speaker)
    described_speakers: list[tuple[int, str, Speaker]] = field(default_factory=list)
    person_starts: list[int] | None = None  # where the actor stage found a person (None: it found none)
    people: frozenset[str] | None = None  # the names of those people and of person-like name runs
    persons: frozenset[str] = frozenset()  # the names of the people the actor stage found, only

    def may_be(self, name: str, gender: str) -> bool:
        """Whether the speaker ``name`` may be a "he" (``gender`` "male") or a "she": a person (as the actor
        stage or a name run tells it, when it found any) of that gender or of none known."""
        return (self.people is None or name in self.people) and self.agrees(name, gender)

    def a_person_at(self, start: int, end: int) -> bool:
        """Whether the actor stage found a person in [start, end) (always, when it found none): "Sandy Hook",
        "New Year" and "Debating Clinton" look like people's names to a run of capitals, not to it."""
        if self.person_starts is None:
            return True
        i = bisect_left(self.person_starts, start)
        return i < len(self.person_starts) and self.person_starts[i] < end

    def first_body_mention(self, doc: Document, actor: str) -> int | None:
        """Where ``actor`` is first mentioned in a body sentence; few speakers need it, so worked out on demand."""
        if self.first_body is None:
            self.first_body = {}
            for s, _, name in self.actor_spans:
                if name not in self.first_body:
                    si = doc.sentence_at(s)
                    if si is not None and doc.sentences[si].kind == "body":
                        self.first_body[name] = s
        return self.first_body.get(actor)

    def is_proper(self, actor: str) -> bool:
        """``_proper_name(actor)``, worked out once per actor of the article."""
        proper = self.proper.get(actor)
        if proper is None:
            proper = self.proper[actor] = _proper_name(actor)
        return proper

    def agrees(self, name: str, gender: str) -> bool:
        """Whether the person ``name`` may be a "he" (``gender`` "male") or a "she": a person of the other
        known gender (by given name or title, as the actor stage knows it) may not; unknown stays eligible."""
        known = self.genders.get(name, "")
        if known == "":
            known = self.genders[name] = gender_of(name.split(" ", 1)[0], self.titled.get(name, ()))
        return known is None or known == gender


def _is_capital(token: Token) -> bool:
    """Whether a token may be (part of) a name: capitalised, or a word in a script without capitals (Arabic,
    Hebrew, Chinese, Devanagari), where a name cannot show itself by case ("said محمد الحسيني")."""
    t = token.text
    first = t[0]
    return first.isupper() and first.isalpha() and t != "I" or not first.isascii() and first.isalpha() \
        and not first.islower()


def _name_cased(word: str) -> bool:
    """Whether a word is written as a name is: capitalised, or in a script without capitals ("يوسف")."""
    first = word[:1]
    return first.isupper() or not first.isascii() and first.isalpha() and not first.islower()


def _compound_modifier(word: str) -> bool:
    """Whether a capitalised word is a compound adjective whose last part is a lower-case word ("London-based",
    "Kremlin-backed", "Oslo-listed"): it modifies the noun after it and names no one, though it holds a name."""
    return "-" in word[1:] and word.rsplit("-", 1)[1][:1].islower()


def _split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """"Ukrainian President Volodymyr Zelensky" -> (["Ukrainian", "President"], ["Volodymyr", "Zelensky"])."""
    lex = lexicon()
    titles, forms = lex.titles, lex.title_forms
    for i in range(len(words) - 2, -1, -1):  # the last title word before the name's last word
        w = words[i]
        # w in titles, or w with one dot is: a word with no dot of its own needs one set look-up
        if (w in forms) if w[-1:] != "." else (w in titles or w.rstrip(".") + "." in titles):
            return words[: i + 1], words[i + 1:]
    return [], words[:]


def _opens_sentence(doc: Document, offset: int) -> bool:
    index = doc.sentence_at(offset)
    return index is not None and doc.sentences[index].start == offset


def _of_after(words: list[str], word: str) -> bool:
    """``word`` is followed by "of" in ``words`` ("Secretary of Defense")."""
    at = words.index(word) if word in words else -1
    return 0 <= at < len(words) - 1 and words[at + 1].lower() == "of"


def _title_phrase(words: list[str], title: list[str]) -> str:
    """The title as written, with the small words between its capitals ("Secretary of State"):
    ``title`` holds the capitalised words only."""
    try:
        first = words.index(title[0])
        last = first + words[first:].index(title[-1])
    except ValueError:
        return " ".join(title)
    return " ".join(words[first:last + 1])


# Words that open a role before its noun ("chief executive", "deputy director", "senior adviser").
_ROLE_MODIFIERS = frozenset({"chief", "senior", "deputy", "vice", "assistant", "associate", "executive", "managing",
                             "general", "former", "acting", "interim", "lead", "principal", "head"})


def _role_before_name(words: list[str], name: str, descriptors: frozenset[str]) -> str | None:
    """"Union leader Tom Berg", "Harbour master Owen Tregarth": a short phrase ending in a lower-case person noun
    right before the name is the person's description (the first word capitalised only as a name's qualifier
    or because the sentence opens there), or None."""
    named = name.split()
    if len(words) <= len(named) or words[-len(named):] != named:
        return None
    before = words[:-len(named)]
    if not 1 < len(before) <= 3 or not before[-1].islower() or before[-1] not in descriptors \
            or not all(w.replace("-", "").replace("'", "").isalpha() for w in before):
        return None
    return " ".join(before)


def _descriptor_first(title: list[str], name: list[str]) -> tuple[list[str], list[str]]:
    """"Organizer Tom Hale" -> (["Organizer"], ["Tom", "Hale"]): a person noun opening a run of three or
    more capitalised words (only because the sentence starts there, or as a false title) describes the
    person and is no part of the name; a run with a title of its own is left as it is."""
    if not title and len(name) >= 3 and name[0].lower() in lexicon().descriptors:
        return name[:1], name[1:]
    return title, name


def _as_written_descriptor(title: list[str], phrase: str) -> str:
    """A title as written ("Ukrainian President"), but a person noun that is no title in lower case, as
    it would stand mid-sentence ("Organizer Tom Hale said" -> "organizer")."""
    return phrase.lower() if len(title) == 1 and not _is_title(title[0]) else phrase


def _looks_person(words: list[str]) -> bool:
    return 2 <= len(words) <= 4 and _ORG_OR_LINK_WORDS.isdisjoint(map(str.lower, words))


_WORD_IN_RUN = re.compile(r"[^ \u00a0]+")


def _name_runs(text: str) -> Iterator[tuple[int, str]]:
    """(start, run) for every capitalised run, cut after a word that ends a sentence: "on Tuesday. Tom
    Hale wrote" holds the runs "Tuesday." and "Tom Hale"."""
    for m in _NAME_RUN.finditer(text):
        group = m.group()
        if "." not in group or " " not in group and "\u00a0" not in group:  # (a single word is never cut)
            yield m.start(), group  # (most runs: no dot to cut at)
            continue
        start, at = m.start(), 0
        for word in _WORD_IN_RUN.finditer(group):
            w = word.group()
            if w[-1] == "." and word.end() < len(group) and not _ABBREVIATION.fullmatch(w):
                yield start + at, group[at:word.end()]
                at = word.end() + 1
        yield start + at, group[at:]


def _run_words(group: str) -> tuple[list[str], list[str], int]:
    """The words of a name run as written, the same without a possessive 's, and where the run ends in
    ``group``: a word ending in a dot that is no abbreviation ends a sentence, so the run stops after it."""
    written = group.split()
    end = len(group)
    if "." in group:
        at = 0
        for n, w in enumerate(written):
            if w[-1] == "." and not _ABBREVIATION.fullmatch(w):
                written[n] = w = w.rstrip(".")
                del written[n + 1:]
                end = at + len(w)
                break
            at += len(w) + 1  # one space between the words of a run
    if "’s" in group or "'s" in group:
        return written, [w[:-2] if w.endswith(_POSSESSIVE) else w for w in written], end
    return written, written, end


def _parse_run(group: str, roles: frozenset[str]) -> tuple[int, int, list[str], list[str], str, bool] | tuple[()]:
    """What a run of two or more capitalised words holds, from its text alone: where the name starts and
    the run ends in ``group``, the title and the name's words, the name, and whether it looks like a
    person's; () when it names nobody (only stop words, or a role: "The Minister", "Senate Majority Leader")."""
    written, words, run_end = _run_words(group)
    last = len(words) - 1
    k = 0
    while k < last and words[k].lower().rstrip(".") in _NAME_STOP:
        k += 1
    if k == last and words[k].lower() in _NAME_STOP:
        return ()
    title, name = _descriptor_first(*_split_title(words[k:]))
    if name and (_is_title(name[-1]) or name[-1].lower() in roles):
        return ()
    person = _looks_person(name) or bool(title) and not _looks_org(name)
    return sum(map(len, written[:k])) + k, run_end, title, name, " ".join(name), person  # (past k words, spaces)


class _ParsedRuns(dict):
    """Run text -> ``_parse_run``'s reading of it, for the process: the reading depends on the text and
    the lexicon alone, and the same names ("Donald Trump", "White House") recur from article to article.
    The readings are shared: their lists are not to be modified."""

    def __missing__(self, group: str) -> tuple:
        if len(self) > 200_000:
            self.clear()
        parsed = self[group] = _parse_run(group, lexicon().roles)
        return parsed


_parsed_runs = _ParsedRuns()


def _name_index(doc: Document, mentions) -> _Names:
    """Every proper-name run in one regex pass; only runs of two or more words (or a title and a name)
    introduce a name, and a later one-word run counts when it is a word of a name met before."""
    lex = lexicon()
    roles = lex.roles
    parsed_runs = _parsed_runs
    runs: list[tuple[int, int, str, bool]] = []
    by_word: dict[str, str] = {}
    descriptors: dict[str, str] = {}
    described: dict[str, str] = {}  # full name -> the person noun first written before it
    titled: dict[str, set[str]] = {}
    text = doc.text
    # where the actor stage found a body, place or thing, and their one-word names: a run starting there,
    # or with one, names no person ("NAACP Resolution Calls on …" in a headline, so that a later "NAACP"
    # is not that "person")
    bodies = [a for a in (mentions or []) if getattr(a, "kind", "person") != "person"]
    not_people = {m.start for a in bodies for m in getattr(a, "mentions", []) or []}
    body_words = {n for a in bodies for n in (a.name, *getattr(a, "aliases", ())) if " " not in n}
    body_names: set[str] = set()
    for m_start, group in _name_runs(text):
        if " " not in group and "\u00a0" not in group:  # one word: only a known person's surname matters
            if not by_word:
                continue
            w = group
            if group[-1] in ".s":  # (else neither a dot nor a possessive to take off: most words)
                w = group.rstrip(".")
                if w.endswith(_POSSESSIVE):
                    w = w[:-2]
            if w in by_word and not _after_number(text, m_start):
                runs.append((m_start, m_start + len(w), by_word[w], by_word[w] not in body_names))
            continue
        parsed = parsed_runs[group]
        if not parsed or _after_number(text, m_start):
            continue  # a role ("The Minister"), or a count of people ("10,000 North Koreans")
        skipped, run_end, title, name, full, person = parsed
        start = m_start + skipped
        run_end += m_start
        if len(name) == 1 and not title and name[0] in by_word:
            runs.append((start, run_end, by_word[name[0]], by_word[name[0]] not in body_names))
        elif name and (len(name) >= 2 or title):
            if person and (start in not_people or name[0] in body_words):
                # a body the actor stage found ("Conservative Solutions PAC"): its words still stand for
                # it ("the PAC said"), but none of them for a person, and a body's own one-word name
                # ("NAACP") stays its own
                person = False
                body_names.add(full)
                for w in (name[-1], name[0]):
                    if w not in body_words:
                        by_word.setdefault(w, full)
            runs.append((start, run_end, full, person))
            if person:
                for w in (name[-1], name[0]):
                    by_word.setdefault(w, full)
                if title:
                    descriptors.setdefault(full, _as_written_descriptor(title, " ".join(title)))
                    titled.setdefault(full, set()).update(w.lower().rstrip(".") for w in title)
                    named_before = by_word.get(name[0]) if len(name) == 1 else None
                    if named_before and named_before != full and gender_of(named_before.split(" ", 1)[0]) is None:
                        # "Siobhan Kerrigan … Ms. Kerrigan": the title tells the gender her given name did not
                        titled.setdefault(named_before, set()).update(w.lower().rstrip(".") for w in title)
                space = text.rfind(" ", max(0, start - 24), start - 1)  # the word before, looked up first:
                before = _NOUN_BEFORE_NAME.search(text, max(0, start - 64), start) \
                    if text[start - 1: start] == " " and text[space + 1: start - 1] in lex.descriptors else None
                if before and before.group(2) in lex.descriptors:
                    # "spokeswoman Jane Roe", "New Yorker writer Jane Roe": a later "the spokeswoman" is her,
                    # and the noun (with its capitalised modifiers) describes her
                    modifiers = (before.group(1) or "").split()
                    while modifiers and modifiers[0].lower() in _NOT_NAME:
                        del modifiers[0]  # "The", "A": the phrase's determiner, not a modifier
                    described.setdefault(full, " ".join(modifiers + [before.group(2)]))
                    titled.setdefault(full, set()).add(before.group(2))
                apposition = _APPOSITION_ROLE.match(text, run_end)
                if apposition and apposition.group(2) in roles:
                    # "Jane Roe, the Ohio governor, …": a later "the governor" is her too
                    descriptors.setdefault(full, apposition.group(0)[1:].strip())
                    titled.setdefault(full, set()).update(
                        [apposition.group(2)] + [w.lower() for w in apposition.group(1).split() if w[:1].isupper()])
    for full, noun in described.items():
        descriptors.setdefault(full, noun)  # a title or an apposition anywhere says more than a bare noun
    actor_spans = [(m.start, m.end, a.name) for a in (mentions or []) for m in getattr(a, "mentions", []) or []]
    actor_spans.sort()
    # (list comprehensions, not generators: an article has hundreds of mentions, and a list is built in one go)
    speaking_bodies = frozenset([a.name for a in bodies if a.kind in ("group", "organization")])
    people = sorted([m.start for a in (mentions or []) if getattr(a, "kind", "person") == "person"
                     for m in getattr(a, "mentions", []) or []])
    persons = frozenset([a.name for a in (mentions or []) if getattr(a, "kind", "") == "person"])
    return _Names([r[0] for r in runs], runs, by_word, descriptors, [s for s, _, _ in actor_spans], actor_spans,
                  titled=titled, bodies=speaking_bodies, person_starts=people or None,
                  persons=persons,
                  people=persons.union([full for _, _, full, person in runs if person]) if people else None)


# the lower-case word just before a name run, and up to three capitalised words before it ("Democratic
# strategist ", "New Yorker writer ")
_NOUN_BEFORE_NAME = re.compile(r"(?:(?<![\w’'.-])((?:[A-Z][\w.-]* ){1,3}))?(?<![\w-])([a-z][a-z-]+) $")

# ", the Ohio governor," / ", a Democratic senator." right after a name: an apposition naming the person's role
_APPOSITION_ROLE = re.compile(r",\s+(?:the|a|an)\s+((?:[\w’'.-]+\s+){0,4}?)([a-z]+)(?=[,.;])")


def _looks_org(words: list[str]) -> bool:
    return not _ORG_WORDS.isdisjoint(map(str.lower, words))


def _actor_at(names: _Names, start: int, end: int) -> str | None:
    i = bisect_right(names.actor_starts, end - 1) - 1
    # mentions are short; look back a few for one that overlaps [start, end)
    for j in range(i, max(-1, i - 4), -1):
        s, e, name = names.actor_spans[j]
        if s < end and start < e:
            return name
    return None


def _full_name(names: _Names, run: str) -> str:
    """The full name a run of a name stands for: a surname alone, or the end of a longer name ("Gahr Støre"),
    is the first full name carrying that surname; a person the actor stage found under a full name of its
    own stays itself. "Erik Solberg" is not "Ingrid Solberg", named earlier: a son or sister shares the
    surname, not the person."""
    words = run.split()
    full = names.by_word.get(words[-1], run)
    if full == run or len(words) == 1 or set(words) <= set(full.split()) or run not in names.persons:
        return full  # (a run with a stray word, "Maybe Trump", is still the surname's person)
    return run


def _previous_person(names: _Names, offset: int, gender: str | None = None,
                     doc: Document | None = None) -> str | None:
    """The person named nearest before ``offset``: the last speaker, or the last person-like name run.

    With a ``gender`` (a "he" or "she" speaker), people of the other known gender are passed over:
    "Mary Roe met John Lee. She said …" is Roe's. With the ``doc``, a pronoun opening its sentence prefers
    the person who opened the sentence before as its subject to one named later in it ("Tom Hale met Bill
    Roe. He said …" is Hale's: a subject pronoun continues the previous subject, as centering theory has it,
    Grosz, Joshi and Weinstein 1995)."""
    if doc is not None and gender is not None:
        described = _described_subject_before(names, doc, offset, gender)
        if described is not None:
            return described
    i = bisect_left(names.starts, offset) - 1
    best_run = None
    while i >= 0:  # look back at most a few paragraphs
        s, e, full, person = names.runs[i]
        if person and e <= offset:
            resolved = _full_name(names, full)
            if gender is None or names.agrees(resolved, gender) and names.a_person_at(s, e):
                best_run = (s, resolved)
                break
        if offset - s > 3000:
            break
        i -= 1
    if best_run is not None and doc is not None and gender is not None and doc.text[offset: offset + 1].isupper():
        # (a pronoun opening its sentence is capitalised: "He said", never "…,” he said")
        best_run = _previous_subject(names, doc, offset, i, gender) or best_run
    best_speaker = None
    k = bisect_left(names.speakers_seen, (offset, "")) - 1
    while k >= 0 and gender is not None and not names.may_be(names.speakers_seen[k][1], gender) \
            and offset - names.speakers_seen[k][0] <= 3000:
        k -= 1  # the last speaker who may be a person of the pronoun's gender (not "CNN said")
    if k >= 0 and (gender is None or names.may_be(names.speakers_seen[k][1], gender)):
        best_speaker = names.speakers_seen[k]
    if best_speaker and (best_run is None or best_speaker[0] >= best_run[0] - 400) and not (
            doc is not None and best_run is not None and best_speaker[0] < best_run[0]
            and best_speaker[1] != best_run[1] and best_run[1].split()[-1] not in best_speaker[1].split()
            and (_opens_its_sentence(doc, best_run[0], offset)
                 or _new_entry_between(doc, best_speaker[0], best_run[0]))):
        return best_speaker[1]
    return best_run[1] if best_run else None


# Reflexives that stress a described subject ("The striker himself struck a calmer tone").
_EMPHATIC = frozenset({"himself", "herself"})


def _described_subject_before(names: _Names, doc: Document, offset: int, gender: str) -> str | None:
    """For a pronoun at ``offset``: the one person the article introduced with a noun ("striker Tom Hale") when
    the sentence before opens with "The" and that noun as its subject ("The striker himself struck a calmer
    tone. “…,” he said"), and no name stands between: the pronoun continues that subject (centering), not
    the last person named. None otherwise."""
    t = doc.token_at(offset)
    if t is None or doc.tokens[t].sentence == 0:
        return None
    previous = doc.sentences[doc.tokens[t].sentence - 1]
    first = previous.first_token
    if first + 2 >= previous.last_token:
        return None
    lows = doc.lower_texts()
    noun = lows[first + 1]
    if lows[first] != "the" or not doc.tokens[first + 1].text.islower() \
            or not (lows[first + 2] in _EMPHATIC or doc.tokens[first + 2].text.islower()
                    and lows[first + 2].endswith("ed")):
        return None  # ("The striker himself …", "The striker struck …"; not "The striker's agent")
    if bisect_left(names.starts, offset) > bisect_left(names.starts, previous.start):
        return None  # a name between: the usual look-back decides
    people = {name for name, descriptor in names.descriptors.items()
              if descriptor.split()[-1].lower() == noun and names.agrees(name, gender)}
    return people.pop() if len(people) == 1 else None


def _new_entry_between(doc: Document, start: int, end: int) -> bool:
    """Whether a heading or a line opening with a clock time stands between ``start`` and ``end``: a new
    section, or a live blog's new entry ("13:05 Minister visits flooded town"). A pronoun in a section that
    names its own person is that person's, not the last speaker of the section before."""
    first, last = doc.sentence_at(start), doc.sentence_at(end)
    if first is None or last is None:
        return False
    sentences = doc.sentences
    return any(sentences[k].kind == "heading" for k in range(first + 1, last)) \
        or _ENTRY_TIME_LINE.search(doc.text, start, end) is not None


# A line that opens with a clock time ("14:32 Energy company apologises", "9.15am").
_ENTRY_TIME_LINE = re.compile(r"\n[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?![\w:.])", re.IGNORECASE)


def _opens_its_sentence(doc: Document, start: int, offset: int) -> bool:
    """Whether the name at ``start`` is the subject of the sentence right before the pronoun at ``offset``,
    opening it (after a title or "the" at most) in the same paragraph: "Dorothy Lindgren, 72, …, brought
    coffee. “…,” she said." is hers, though another spoke before her (a pronoun continues the subject it
    follows, not the last speaker: Grosz, Joshi and Weinstein 1995)."""
    t, u = doc.token_at(start), doc.token_at(offset)
    if t is None or u is None:
        return False
    here, there = doc.tokens[u].sentence, doc.tokens[t].sentence
    if here - there != 1 or doc.sentences[here].paragraph != doc.sentences[there].paragraph:
        return False
    first = doc.sentences[there].first_token
    if doc.text[start: start + 40].split(" ", 1)[0].endswith(_POSSESSIVE):
        return False  # a possessive opens the subject: "Butz’s Feinstein’s/54 Below run also …"
    if t - first > 2 and _after_an_opening_phrase(doc, first, t):
        return True  # "In a 2015 interview, Solberg was asked …. “…,” she said."
    return t - first <= 2 and all((doc.tokens[k].text[:1].isupper() or doc.tokens[k].text == ".")
                                  and "’" not in doc.tokens[k].text and "'" not in doc.tokens[k].text
                                  for k in range(first, t))  # (not after a possessive: "Butz’s Feinstein’s")


# Prepositions and adverbs that open a sentence's setting before its subject ("In a 2015 interview, …").
_SETTING_OPENERS = frozenset("in on at after before during since by later earlier last years months weeks days "
                             "then yesterday today speaking".split())
_SETTING_MAX_TOKENS = 8


def _after_an_opening_phrase(doc: Document, first: int, t: int) -> bool:
    """Whether the token ``t`` follows a short opening phrase of setting set off by a comma ("In a 2015
    interview, Solberg …", "On Friday, Roe …"): the name is still the sentence's subject."""
    tokens = doc.tokens
    return t - first <= _SETTING_MAX_TOKENS and tokens[t - 1].text == "," \
        and tokens[first].text.lower() in _SETTING_OPENERS \
        and not any(tokens[k].text in (",", ";", ":") for k in range(first + 1, t - 1))


# Nouns that tell the sex of an unnamed person ("one woman", "a mother of three"), beyond the titles and
# role nouns the actor stage reads (``actors._GENDERED``: "spokeswoman", "businessman").
_SEXED_NOUNS = {
    **dict.fromkeys(["man", "boy", "father", "son", "husband", "brother", "grandfather", "widower", "uncle",
                     "nephew", "spokesman"], "male"),
    **dict.fromkeys(["woman", "girl", "mother", "daughter", "wife", "sister", "grandmother", "widow", "aunt",
                     "niece", "spokeswoman", "businesswoman", "actress"], "female"),
}


_FIRST_OF = itemgetter(0)


def _sex_of_noun(lower: list[str]) -> str | None:
    """ "male" or "female" when the last word of an unnamed speaker's noun phrase tells it ("one woman",
    "an elderly man"), else None."""
    return _SEXED_NOUNS.get(lower[-1].strip(",.")) if lower else None


_ASIDE_PRONOUNS = {"he": "male", "his": "male", "him": "male", "she": "female", "her": "female"}
_SEX_ASIDE_MAX_TOKENS = 25


def _sex_in_aside(doc: Document, end: int) -> str | None:
    """ "male" or "female" when the aside set off after an unnamed speaker tells it ("Another analyst, who
    asked not to be named because his firm is advising on the deal, said …"), or the pronoun opening what
    it said ("One nurse, who asked not to be named, said she had crossed the line"), else None: a later
    "he" or "she" continues that speaker as it would "one man"."""
    if doc.text[end: end + 1] != ",":
        return None
    t = doc.token_at(end)
    if t is None:
        return None
    lows = doc.lower_texts()
    last = doc.sentences[doc.tokens[t].sentence].last_token
    hi = min(last, t + _SEX_ASIDE_MAX_TOKENS)
    found = set()
    for k in range(t + 1, hi):
        if lows[k] in ("said", "says", "told", "added", "explained", "noted", "warned", "argued"):
            if k + 1 < last and lows[k + 1] in ("he", "she"):
                found.add(_ASIDE_PRONOUNS[lows[k + 1]])  # "…, said she had crossed the line": her own act
            break
        sex = _ASIDE_PRONOUNS.get(lows[k])
        if sex is not None:
            found.add(sex)
    return found.pop() if len(found) == 1 else None


def _described_antecedent(names: _Names, doc: Document, offset: int, gender: str | None) -> Speaker | None:
    """The unnamed speaker a "she" or "he" at ``offset`` continues: "One woman, who asked not to be named,
    said the fight had started inside. "There was shouting," she said." is the woman's, not the detective's
    quoted before her. Only when that speaker, of the pronoun's sex, spoke in the same sentence or the one
    before, and no person was named or spoke between them (a pronoun takes the nearest agreeing antecedent)."""
    if gender is None or not names.described_speakers:
        return None
    k = bisect_left(names.described_speakers, offset, key=_FIRST_OF) - 1
    while k >= 0 and names.described_speakers[k][1] != gender:
        k -= 1
    if k < 0:
        return None
    start, _, speaker = names.described_speakers[k]
    here, there = doc.sentence_at(offset), doc.sentence_at(start)
    if here is None or there is None or here - there > 1:
        return None
    i = bisect_left(names.starts, speaker.end)
    if i < len(names.starts) and names.starts[i] < offset and any(
            person for s, _, _, person in names.runs[i:bisect_left(names.starts, offset)]):
        return None
    j = bisect_left(names.speakers_seen, (speaker.end, ""))
    if j < len(names.speakers_seen) and names.speakers_seen[j][0] < offset:
        return None
    return speaker


def _unnamed_who_antecedent(doc: Document, names: _Names, offset: int) -> Speaker | None:
    """The unnamed source a relative "who" at ``offset`` follows ("the harbour master, who …", "a port official,
    who …"): a relative pronoun takes the noun phrase before its comma, not the last person named."""
    t = doc.token_at(offset)
    if t is None:
        return None
    lo = doc.sentences[doc.tokens[t].sentence].first_token
    found = _antecedent(doc, t, lo)
    if found is None:
        return None
    tokens = doc.tokens
    i, j = found
    if i > lo and tokens[i - 1].text == ",":  # "Scott Reed, the Chamber's strategist, who …": an apposition to
        return None  # a name, which the pronoun route finds
    speaker = _speaker(doc, names, tokens[i].start, tokens[j].end, remember=False)
    if speaker.name is not None:
        return None
    return speaker if speaker.descriptor else replace(speaker, descriptor=_as_descriptor(speaker.text))


def _name_just_before(names: _Names, offset: int, text: str) -> str | None:
    """The person named right before a relative "who" at ``offset`` ("David Okafor, who voted against the
    closures"): a relative pronoun takes the noun phrase it follows, not the last speaker."""
    i = bisect_left(names.starts, offset) - 1
    if i < 0:
        return None
    _, e, full, person = names.runs[i]
    if not person or e > offset or text[e:offset].strip(" ,") or offset - e > 3:
        return None
    return _full_name(names, full)


def _previous_named(names: _Names, offset: int) -> str | None:
    """The person named nearest before ``offset`` ("Vincent Kompany, the Bayern coach, ... the Belgian
    said"): a description by nationality or age points at the name just read, not at the last speaker."""
    i = bisect_left(names.starts, offset) - 1
    while i >= 0 and offset - names.runs[i][0] <= 3000:
        s, e, full, person = names.runs[i]
        if person and e <= offset:
            return _full_name(names, full)
        i -= 1
    return _previous_person(names, offset)


def _previous_subject(names: _Names, doc: Document, offset: int, i: int, gender: str) -> tuple[int, str] | None:
    """For a pronoun at ``offset`` that opens its sentence: the person whose name opens the previous sentence,
    when ``names.runs[i]`` (the nearest agreeing person) was named later in that sentence; else None."""
    t = doc.token_at(offset)
    if t is None:
        return None
    sentence = doc.tokens[t].sentence
    if t != doc.sentences[sentence].first_token or sentence == 0:
        return None
    previous = doc.sentences[sentence - 1]
    s = names.runs[i][0]
    if not previous.start < s < previous.end:
        return None
    k = bisect_left(names.starts, previous.start)
    if k >= i:
        return None
    s0, e0, full, person = names.runs[k]
    first = doc.token_at(s0)
    if not person or first is None or first - previous.first_token > 1 or s0 >= s:
        return None  # (a title or "the" may stand before the name: "Sen. Tom Hale met …")
    resolved = _full_name(names, full)
    if not (names.agrees(resolved, gender) and names.a_person_at(s0, e0)):
        return None
    return s0, resolved


# ---------------------------------------------------------------- speakers


def _speaker(doc: Document, names: _Names, start: int, end: int, descriptor: str | None = None, *,
             remember: bool = True) -> Speaker:
    """The speaker for the mention text[start:end]: resolved name, descriptor, anonymous or not.
    ``remember`` records it for later pronouns (not when resolving a pronoun through it). A name or
    descriptor is a label, one line: a hard-wrapped text's line break inside it reads as a space (the
    mention's ``text`` stays the text as written)."""
    speaker = _read_speaker(doc, names, start, end, descriptor, remember=remember)
    if _broken(speaker.name) or _broken(speaker.descriptor) \
            or any(_broken(m.name) or _broken(m.descriptor) for m in speaker.members):
        return replace(speaker, name=_one_line(speaker.name), descriptor=_one_line(speaker.descriptor),
                       members=tuple(replace(m, name=_one_line(m.name), descriptor=_one_line(m.descriptor))
                                     for m in speaker.members))
    return speaker


def _broken(label: str | None) -> bool:
    return label is not None and ("\n" in label or "\r" in label)


def _one_line(label: str | None) -> str | None:
    return label and " ".join(label.split())


def _read_speaker(doc: Document, names: _Names, start: int, end: int, descriptor: str | None = None, *,
                  remember: bool = True) -> Speaker:
    lex = lexicon()
    passed_descriptor = descriptor is not None  # an apposition the caller found
    bullet = _BULLET.match(doc.text, start, end)
    if bullet:  # "- The ship, the Dali, had reported": a list item's mark is no word of its speaker
        start = bullet.end()
        descriptor = _BULLET.sub("", descriptor, count=1) if descriptor else descriptor
    surface = doc.text[start:end]
    words = surface.split()
    lower = [w.lower().strip(",.") for w in words]
    if "of" in lower[1:-1] and lower[lower.index("of") - 1] in _SHARE_HEADS:
        # "Two-thirds of Democratic insiders", "A full 79 percent of Democrats": a share speaks as the people it
        # counts, unnamed or not as they are; the share is what describes it
        counted = [m.start() for m in re.finditer(r"\S+", surface)][lower.index("of") + 1]
        whom = _speaker(doc, names, start + counted, end, remember=remember)
        return replace(whom, descriptor=_as_descriptor(surface), start=start, end=end, text=surface, members=())
    head_end = end
    cut = _speaker_head_cut(words, lower)
    described_by_surface = cut is not None  # "a spokesman for Jane Roe" describes the speaker whole
    if cut is None and "of" in lower[1:-1]:
        cut = _person_before_of(names, start, surface, lower)
    if cut is not None:  # "A spokesman for Jane Roe": the spokesman speaks; the rest says whose
        head_end = start + [m.end() for m in re.finditer(r"\S+", surface)][cut - 1]
        words, lower = words[:cut], lower[:cut]
        if descriptor is None and described_by_surface:
            descriptor = _as_descriptor(surface)
    actor = _actor_at(names, start, head_end) if names.actor_spans else None
    name: str | None = None
    anonymous = False
    if len(words) == 1 and lower[0] in _PRONOUNS:
        if lower[0] == "who" and passed_descriptor:
            # "business owners, who insist": described by its antecedent, no one named (and unnamed as its
            # people are: "taxi operators, who say …")
            anonymous = bool(descriptor) and _people_plural(descriptor.split()[-1].lower(), lex)
        elif lower[0] in _PERSON_PRONOUNS or lower[0] in ("i", "who"):
            name = (actor if actor and names.is_proper(actor) else None) or \
                (_name_just_before(names, start, doc.text) if lower[0] == "who" else None)
            described = _unnamed_who_antecedent(doc, names, start) if name is None and lower[0] == "who" else None
            if described is not None:  # "the harbour master, who declined to comment": the master, unnamed
                descriptor, anonymous = described.descriptor, described.anonymous
            elif name is None:
                name = _previous_person(names, start, _PRONOUN_GENDER.get(lower[0]), doc)
            unnamed = None if actor else _described_antecedent(names, doc, start, _PRONOUN_GENDER.get(lower[0]))
            if unnamed is not None:
                name, descriptor, anonymous = None, unnamed.descriptor, unnamed.anonymous
        elif lower[0] == "it" and (_opens_sentence(doc, start) or _opens_linked_clause(doc, start)):
            antecedent = _plural_antecedent(doc, names, start)
            if antecedent is not None and not _opens_sentence(doc, start) \
                    and doc.sentence_at(antecedent[0]) != doc.sentence_at(start):
                antecedent = None  # "…, though it warned": only the body that spoke earlier in the sentence
            if antecedent is not None:  # "The Israeli military said A. It said B.": the body that spoke
                found = _speaker(doc, names, *antecedent, remember=False)
                if found.name in names.bodies and not found.anonymous:
                    name, descriptor = found.name, descriptor or found.descriptor
        elif lower[0] == "they":
            antecedent = _plural_antecedent(doc, names, start) or _people_subject_before(doc, start)
            if antecedent is not None:  # "Officials said A. They added B.": the officials, anonymous still
                found = _speaker(doc, names, *antecedent, remember=False)
                name, anonymous = found.name, found.anonymous
                descriptor = descriptor or found.descriptor
    else:
        head = lower[-1] if lower else ""
        familiar = _familiar(surface)
        capitals = [w for w, low in zip(words, lower, strict=True)
                    if low not in _NOT_NAME and _name_cased(w) and not _compound_modifier(w)]
        if capitals == words[:1] and actor is None and (len(words) == 1 or words[-1].islower()) \
                and _opens_sentence(doc, start):
            # "Recent polls suggest …", "Backers say …": capitalised only because the sentence starts
            # there (a name there is an actor the actor stage found)
            capitals = []
        title, name_words = _descriptor_first(*_split_title(capitals)) if capitals else ([], [])
        if title and len(name_words) > 2 and _of_after(words, title[-1]):
            # "Speaker of the House Jane Roe": the office's domain, then the holder's name
            title, name_words = title + name_words[:-2], name_words[-2:]
        if name_words and all(map(_is_title, name_words)):
            name_words = []  # "Rep." alone: a title, no name after it
        # ("Mr. Singer said" of Mark Singer: the surname, though "singer" is a role noun too)
        surname = len(words) == 1 and actor is not None and actor.endswith(" " + words[0])
        if surname:
            title, name_words = [], words
        # "West Yorkshire Police said": an anonymous head noun capitalised as the last word of a body's own name
        # (the actor stage found it) names that body
        named_body = len(name_words) > 1 and actor is not None and words[-1][:1].isupper() and actor in names.bodies \
            and names.is_proper(actor)
        if head in lex.anonymous and not named_body or head in lex.roles and not surname or familiar \
                or not name_words:
            anonymous = head in lex.anonymous and not named_body or bool(familiar)
            if descriptor is None:
                descriptor = _as_descriptor(surface)
        else:
            name = " ".join(name_words)
            if len(name_words) == 1:
                name = names.by_word.get(name_words[0], name)
            title = [w for w in title if w.rstrip(".") not in ("Mr", "Mrs", "Ms", "Miss")]
            described = descriptor is not None  # an apposition the caller found says more
            if title and descriptor is None:
                descriptor = _as_written_descriptor(title, _title_phrase(words, title))
            at = words.index(name_words[0])
            if not described and at > 0 and lower[at - 1] in lex.descriptors and words[at - 1].islower():
                # "Democratic strategist Tom Hale", "said spokeswoman Jane Roe": the noun and the title before it
                first = words.index(title[0]) if title and title[0] in words[:at] else at - 1
                while first > 0 and words[first - 1].islower() and lower[first - 1] in _ROLE_MODIFIERS:
                    first -= 1  # "chief executive Maria Lindqvist": the whole role, not its last noun
                descriptor = " ".join(words[first: at])
        if name is None and not anonymous and name_words and words[-1][:1].isupper() \
                and not all(_is_title(w) or w.lower() in lex.roles for w in name_words):
            name = " ".join(name_words)  # "the Chicago Police Department": an institution's own name
        if actor and name and actor.endswith(" " + name) and actor.split(" ", 1)[0].lower() in lex.descriptors:
            pass  # the actor "Organizer Tom Hale" is Tom Hale, an organizer
        elif actor and not anonymous and names.is_proper(actor) and (name or _linked(names, actor, head, start, doc)):
            name = actor  # "U.S. officials" stays an anonymous source even when it is an actor
            if title and surface.endswith(" " + actor) and surface.startswith(descriptor or "\0"):
                # "Speaker of the House Jane Roe": the office is everything before the person's name
                descriptor = surface[:-len(actor) - 1]
            elif title and not passed_descriptor and descriptor and descriptor in actor:
                descriptor = None  # "the Council on Foreign Relations": its words are its name, no title
        elif name is None and not anonymous and head in lex.roles:
            qualifiers = {w.lower().rstrip(".") for w in capitals}  # "the Democratic nominee": must agree
            name = _previous_titled(names, start, head, qualifiers)  # "Defence Minister Jane Roe ... the minister"
            if name and actor and actor.startswith(name + " "):
                name = actor  # "Mayor Bill de Blasio": the name run stopped at "de", the actor did not
    if name is None and not anonymous and len(words) == 2 and lower[0] == "the" and _AGED.fullmatch(lower[1]):
        name = _previous_person(names, start)  # "the 46-year-old said": the person just named, by age alone
        # (not "the 19-year-old protester": a noun of its own may bring in someone new)
    elif len(words) == 2 and lower[0] == "the" and _one_of_a_nation(words[1]):
        # "the Belgian said": the person just named, by nationality, not Belgium
        name, anonymous, descriptor = _previous_named(names, start), False, descriptor or "the " + words[1]
    both = None
    members: tuple[Speaker, ...] = ()
    if (" and " in surface or " & " in surface) and (actor is None or " and " not in actor) \
            and (len(words) > 2 or name):
        members = _coordinated_members(doc, names, start, end)
        if members and all(m.name for m in members):
            # "Poland and Hungary", "Germany, France and Italy": the name is every name, not the one an actor
            # mention overlaps first
            both = _joined_names([m.name for m in members])
            name, descriptor, anonymous = both, None, False
        elif members and name:
            # "Harbor Steel and its union": no one name covers them; the words as written describe them
            name, descriptor, anonymous = None, _as_descriptor(surface), False
    if name is None and not anonymous and lower and lower[-1] not in _PRONOUNS \
            and _withholds_name(doc.text, end, descriptor):
        anonymous = True  # "Two engineers who asked not to be named": unnamed on purpose, whatever the noun
    if name and descriptor is None and not members:
        descriptor = _role_before_name(words, name, lex.descriptors)
    if name and descriptor is None:
        descriptor = names.descriptors.get(name)
    if descriptor and ", " in descriptor:
        descriptor = _past_opening_setting(descriptor)
    if remember:
        if members:  # two speakers or more: a later "they" stands for them, never a "he", "she" or "who"
            insort(names.plural_speakers, (start, head_end))
        elif name:
            insort(names.speakers_seen, (start, name))
        elif descriptor and lower and not _plural(lower[-1]):
            sex = _sex_of_noun(lower) or _sex_in_aside(doc, end)
            if sex is not None:
                insort(names.described_speakers, (start, sex, Speaker(None, descriptor, anonymous, start, end,
                                                                       surface, actor)), key=_FIRST_OF)
        if not members and lower and lower[-1] not in _PRONOUNS \
                and (name is None and _plural(lower[-1]) or actor in names.bodies):
            insort(names.plural_speakers, (start, head_end))
    return Speaker(name, descriptor, anonymous, start, end, surface, actor, members)


# Why a source goes unnamed, in the relative clause on it ("who asked not to be named", "who did not want to be
# named", "who spoke on condition of anonymity", "who requested anonymity"): the speaker is an anonymous source
# whatever its head noun.
_WITHHELD_NAME = re.compile(r"(?:n't|n’t|\bnot) (?:want|wish) to be (?:named|identified|quoted)\b"
                            r"|\b(?:not to be (?:named|identified|quoted)|declined to be (?:named|identified)"
                            r"|(?:condition|promise|grant|request) of anonymity|(?:requested|granted) anonymity)\b")
_SET_OFF_WHO = re.compile(r",\s+who\s+[^,;.]{0,80}")


def _withholds_name(text: str, end: int, descriptor: str | None) -> bool:
    """Whether an unnamed speaker's descriptor, or a relative clause set off right after its mention ending at
    ``end`` ("Two engineers, who asked not to be identified, said"), says why the source goes unnamed."""
    if descriptor is not None and " who " in descriptor and _WITHHELD_NAME.search(descriptor):
        return True
    aside = _SET_OFF_WHO.match(text, end)
    return aside is not None and _WITHHELD_NAME.search(aside.group()) is not None




def _opens_linked_clause(doc: Document, start: int) -> bool:
    """Whether the word at ``start`` follows a conjunction that opens a clause of its own ("though it warned")."""
    t = doc.token_at(start)
    return t is not None and t > 0 and doc.lower_texts()[t - 1] in _CLAUSE_LINKS


def _one_of_a_nation(word: str) -> bool:
    """A demonym that names one person after "the" ("the Belgian", "the Pole"); not the collective ones
    ("the British", "the French", "the Chinese", "the Swiss"), which stand for a people or its government."""
    return word in gazetteer().demonyms and not word.endswith(("sh", "ch", "ese", "ss", "s"))


# Words inside a speaker mention that make an "and" after them join something smaller than speakers:
# "Officials in Ankara and Athens" (places), "a spokesman for Roe and Hale" (whose spokesman).
_INSIDE_A_SPEAKER = frozenset({"of", "in", "at", "for", "from", "with", "on", "to", "by", "like", "including"})
_CONJUNCT = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+")


def _coordinated_members(doc: Document, names: _Names, start: int, end: int) -> tuple[Speaker, ...]:
    """The speakers of a mention that joins them with "and" (and commas before it): "Poland and Hungary",
    "Sen. Tom Hale and Rep. Jane Roe", "Germany, France and Italy", "the mayor and the police chief",
    "Harbor Steel and its union". Each resolves on its own ("Roe" to "Jane Roe", "the mayor" to the mayor
    named before). Empty unless every part is a speaker in its own right: a name, a pronoun, or a noun for
    people or bodies ("Minority and women voters" joins adjectives; "Hale and his aides" qualifies), and
    unless the "and" is inside a phrase of the first part ("Officials in Ankara and Athens")."""
    surface = doc.text[start:end]
    cuts = list(_CONJUNCT.finditer(surface))
    # (a list as long as ``_listed_start`` takes: its commas and the "and", one cut fewer than its members)
    if not cuts or len(cuts) > _MAX_LISTED_SPEAKERS + 1 or not re.search(r"\s(?:and|&)\s", cuts[-1].group()):
        return ()
    inside = not _INSIDE_A_SPEAKER.isdisjoint(w.lower() for w in surface[:cuts[-1].start()].split())
    lex = lexicon()
    members, at = [], 0
    for cut in [*cuts, None]:
        s, e = (start + at, start + cut.start()) if cut is not None else (start + at, end)
        part = doc.text[s:e]
        last = part.rsplit(None, 1)[-1].lower() if part.strip() else ""
        if not last:
            return ()
        member = _speaker(doc, names, s, e, remember=False)
        if not (member.name or last in _PRONOUNS or last in lex.anonymous or last in lex.roles
                or last in lex.descriptors or last in _SOURCE_BODIES or last in _SEXED_NOUNS
                or last in _QUANTIFIERS or member.actor):
            return ()
        members.append(member)
        at = cut.end() if cut is not None else at
    if inside and not all(m.name and not m.anonymous and _named_in_head(m) for m in members):
        return ()  # ("Senator Ted Cruz of Texas and Senator Rand Paul of Kentucky": two names, two speakers;
        # not "the chairs from Jefferson and Arapahoe", where the names only say whose)
    keys = [m.name or (m.text or "").lower() for m in members]
    return tuple(members) if len(set(keys)) == len(keys) else ()


def _named_in_head(member: Speaker) -> bool:
    """Whether a member's name stands before any preposition of its words ("Senator Ted Cruz of Texas"),
    so it is the speaker, not whose or where the speaker is ("the chairs from Jefferson")."""
    words = (member.text or "").split()
    head = next((i for i, w in enumerate(words) if w.lower() in _INSIDE_A_SPEAKER), len(words))
    return bool(member.name) and member.name.split()[-1] in words[:head]


def _joined_names(parts: list[str]) -> str:
    """ "A and B", "A, B and C": names joined as news copy writes them."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


_BULLET = re.compile(r"[-–—•*·▪►]+\s+")
_THEY_REACH = 1  # sentences back a "they" speaker looks for the body or plural it stands for


def _plural_antecedent(doc: Document, names: _Names, offset: int) -> tuple[int, int] | None:
    """The span a "they" speaker stands for: the last plural speaker ("officials", "Democrats") or group or
    organisation that spoke ("the union"), in its sentence or the one before; None when there is none.
    Only speakers: a plural merely mentioned ("GOP leaders", "Cruz and Rubio") is too often not the one
    meant, and an unresolved "they" is better than a wrong source."""
    here = doc.sentence_at(offset)
    k = bisect_left(names.plural_speakers, (offset,)) - 1
    if here is None or k < 0:
        return None
    there = doc.sentence_at(names.plural_speakers[k][0])
    return names.plural_speakers[k] if there is not None and here - there <= _THEY_REACH else None


# How far into the sentence before a "they" its subject may end ("Hundreds of angry farmers protested").
_SUBJECT_REACH_TOKENS = 6


def _people_subject_before(doc: Document, offset: int) -> tuple[int, int] | None:
    """The plural of people that is the subject of the sentence right before a "they" that opens its own
    ("Farmers protested outside parliament. They say …": the farmers, though they said nothing before; "The
    nurses walked out. They said …"), or the names joined by "and" that open it ("Roe and Hale met voters in
    Dover. They said …": Roe and Hale, not the voters): only a noun for unnamed people (`speakers.txt`,
    anonymous, or the plural of a person noun) or names before the first verb-like word, else None."""
    here = doc.sentence_at(offset)
    if not here or doc.tokens[doc.token_at(offset) or 0].start != doc.sentences[here].start:
        return None
    lows = doc.lower_texts()
    lex = lexicon()
    tokens = doc.tokens
    before = doc.sentences[here - 1]
    first = before.first_token
    last = min(first + _SUBJECT_REACH_TOKENS, before.last_token)
    named = _coordinated_names_opening(doc, first, before.last_token)
    if named is not None:
        return named
    for t in range(first, last):
        if not tokens[t].is_word:
            return None
        if _plural(lows[t]) and _people_plural(lows[t], lex):
            return tokens[t].start, tokens[t].end
        if lows[t] in _PRONOUNS or lows[t] in lex.cues or lows[t].endswith("ed"):
            return None  # (a verb or another subject first: "Police arrested protesters" is the police's)
        if _is_capital(tokens[t]) and lows[t] not in _NOT_NAME and t + 1 < last \
                and tokens[t + 1].text[:1].islower() and not _plural(lows[t + 1]) \
                and lows[t + 1] not in _INSIDE_A_SPEAKER:
            return None  # (a name as the subject: "Roe met voters" is no sentence of the voters; but
            # "Hundreds of farmers", "Angry farmers" open with a capital only for the sentence)
    return None


def _people_plural(low: str, lex: _Lexicon) -> bool:
    """A plural noun for people: an anonymous source noun ("officials", "farmers") or the plural of a person
    noun of `speakers.txt` ("nurses", "teachers", "lawyers")."""
    if low in lex.anonymous:
        return True
    stem = low[:-1]
    return stem in lex.descriptors or stem in lex.roles or low[-3:] == "men" and low[:-3] + "man" in lex.descriptors


def _coordinated_names_opening(doc: Document, first: int, last: int) -> tuple[int, int] | None:
    """The names joined by "and" that open a sentence as its subject ("Roe and Hale met …", "Norway and
    Iceland rejected …"), as a span; None unless a lower-case word (its verb) follows the last name."""
    tokens = doc.tokens
    lows = doc.lower_texts()
    t = first
    while t < last and _is_capital(tokens[t]) and lows[t] not in _NOT_NAME:
        t += 1
    if t == first or t + 1 >= last or lows[t] != "and" or not _is_capital(tokens[t + 1]):
        return None
    k = t + 1
    while k < last and (_is_capital(tokens[k]) or tokens[k].text == ".") and lows[k] not in _NOT_NAME:
        k += 1
    if k >= last or not tokens[k].text[:1].islower() or lows[k] in ("of", "for", "and"):
        return None
    return tokens[first].start, tokens[k - 1].end


_AGED = re.compile(r"\d+-year-old")


# Capitalised words that are never a speaker's name: sentence openers, determiners, dates.
_NOT_NAME = frozenset(_CAPITAL_STOP | _DETERMINERS - {"former", "current"} | {"an", "a", "the"})


def _is_title(word: str) -> bool:
    """A title with or without its dots: "Sen.", "Sen", "Sen..", "President"."""
    lex = lexicon()
    if word[-1:] != ".":  # the usual word: title_forms holds it or it with a dot
        return word in lex.title_forms
    titles = lex.titles
    return word in titles or word.rstrip(".") + "." in titles or word.rstrip(".") in titles


def _proper_name(name: str) -> bool:
    """A person's or organisation's name, not a description: "The minister", "The city", "Thursday" are not."""
    words = name.split()
    return bool(words) and words[0].lower() not in _NOT_NAME and any(
        w[:1].isupper() and w.lower().strip(".,") not in _NOT_NAME and not _is_title(w) for w in words)


def _linked(names: _Names, actor: str, head: str, at: int | None = None, doc: Document | None = None) -> bool:
    """Whether the article ties a role noun to this name: "Defence Minister Jane Roe ... the minister said".

    A person's role must be among the titles the article gives that name; an institution ("the bank",
    "the campaign") may take an actor the body has already named, or one named by that noun ("Clinton campaign").
    An actor met only in a heading is never enough.
    """
    if not head:
        return False
    if head in names.titled.get(actor, ()) or actor.lower().rsplit(" ", 1)[-1] == head:
        return True
    if at is None or doc is None or head not in _INSTITUTIONS:
        return False
    first = names.first_body_mention(doc, actor)
    return first is not None and first < at


def _previous_titled(names: _Names, offset: int, head: str, qualifiers: set[str] = frozenset()) -> str | None:
    """The nearest person before ``offset`` whose title holds the role noun and its capitalised qualifiers
    ("the Democratic governor" needs a "Democratic Governor"), a few paragraphs back at most."""
    i = bisect_left(names.starts, offset) - 1
    while i >= 0 and offset - names.runs[i][0] <= 3000:
        full = names.runs[i][2]
        if names.runs[i][3] and _linked(names, full, head) and qualifiers <= names.titled.get(full, set()):
            return full
        i -= 1
    return None


_SINGULAR_DETERMINERS = frozenset({"a", "an", "another", "one", "each", "every", "this", "that"})
_QUANTITY = frozenset({"few", "couple", "lot", "number", "dozen", "handful", "host", "series", "pair"})


def _plural(word: str) -> bool:
    """A plural head noun ("residents", "people"): a singular determiner cannot open its phrase."""
    return word in ("people", "police") or word.endswith("s") and not word.endswith(("ss", "us", "is"))


_SETTING_PHRASE = re.compile(r"(?:Speaking|Writing|Asked|Interviewed|Appearing|Testifying|In|On|At|Later|Earlier)"
                             r"\b[^,]{0,60}, (?=\S)")


def _past_opening_setting(descriptor: str) -> str:
    """ "Speaking in Calais on Wednesday, the French interior minister" -> "the French interior minister": the
    phrase of setting that opened the sentence is no part of who the speaker is."""
    m = _SETTING_PHRASE.match(descriptor)
    return descriptor[m.end():] if m is not None else descriptor


def _as_descriptor(surface: str) -> str:
    """ "The minister" -> "the minister": a description, written as it would be mid-sentence."""
    first, _, rest = surface.partition(" ")
    if rest and first.lower() in _DETERMINERS:
        return first.lower() + " " + rest
    return surface


def _run_back(doc: Document, j: int, lo: int) -> int:
    """First token index of the capitalised name run ending at token ``j`` (not before ``lo``)."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    i = j
    while i - 1 >= lo:
        prev = tokens[i - 1]
        if _is_capital(prev) and lows[i - 1] not in _CAPITAL_STOP:
            i -= 1
        elif prev.text == "." and i - 2 >= lo and _is_capital(tokens[i - 2]) and len(tokens[i - 2].text) <= 4:
            i -= 2  # "Mr. Lou", "Sen. Ted Cruz"
        elif lows[i - 1] in _NAME_LINKS and i - 2 >= lo and _is_capital(tokens[i - 2]) \
                and lows[i - 2] not in _CAPITAL_STOP:
            if lows[i - 1] in ("and", "&") and _object_of_earlier_clause(doc, i - 2, lo):
                break  # "He moved to Dover and Smith said": Smith alone speaks
            i -= 2
        elif i - 3 >= lo and _particle_pair(lows, i - 2) and _is_capital(tokens[i - 3]):
            i -= 3  # "Ursula von der Leyen", "Ana de la Cruz"
        elif lows[i - 1] in _ORG_LINKS and i - 2 >= lo and lows[i - 2] in _ORG_WORDS and _is_capital(tokens[i - 2]):
            i -= 2  # "the National Institute on Aging", "the Center for American Progress": one body
        elif lows[i - 1] == "the" and i - 3 >= lo and lows[i - 2] in ("of", "for") and lows[i - 3] in _ORG_WORDS \
                and _is_capital(tokens[i - 3]):
            i -= 3  # "the Bank of the West", "the Church of the Nazarene": one body
        elif i - 3 >= lo and lows[i - 1] in _ORDINAL_ENDINGS and lows[i - 2].isdigit() and lows[i - 3] == "the":
            i -= 2  # "the 6th U.S. Circuit Court", "the 82nd Airborne" ("6" "th"): the ordinal is in the name
        else:
            break
    if i - 1 >= lo and lows[i - 1] == "the":
        i -= 1
    return i


# Prepositions whose capitalised object may end a clause before "and" opens the next one ("moved to Dover").
_CLAUSE_END_PREPOSITIONS = frozenset({"to", "in", "into", "at", "from", "with", "on", "near", "toward", "towards",
                                      "across", "through", "onto", "against"})


def _object_of_earlier_clause(doc: Document, j: int, lo: int) -> bool:
    """Whether the capitalised run ending at token ``j`` (before "and") is the object of a preposition that
    follows a lowercase word other than a noun for a speaker ("moved to Dover"; not "officials in Dover"): it
    ends the clause before, so "and" opens a new clause and joins no subject to it."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    k = j
    while k - 1 >= lo and _is_capital(tokens[k - 1]) and lows[k - 1] not in _CAPITAL_STOP:
        k -= 1
    if k - 1 >= lo and lows[k - 1] == "the":
        k -= 1
    if k - 2 < lo or lows[k - 1] not in _CLAUSE_END_PREPOSITIONS:
        return False
    before = tokens[k - 2]
    return before.text.isalpha() and before.text.islower() and lows[k - 2] not in _DETERMINERS \
        and not _speaking_head(lows[k - 2]) and not _plural(lows[k - 2])


def _particle_pair(lows: list[str], k: int) -> bool:
    """Whether tokens ``k`` and ``k + 1`` are two particles of one surname ("von der", "de la")."""
    return lows[k] in SURNAME_PARTICLES and lows[k + 1] in SURNAME_PARTICLES


# Quantifiers before a plural name ("Many Whigs", "some Democrats"): part of the speaker's descriptor.
_QUANTIFYING_DETERMINERS = frozenset(_QUANTIFIERS - {"others"} | {"all", "both", "numerous"})
_NAME_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})


def _phrase_back(doc: Document, j: int, lo: int) -> tuple[int, int] | None:
    """Token range [i, j] of the speaker phrase whose last token is ``j``: a name, pronoun or role noun."""
    lows = doc.lower_texts()
    lex = lexicon()
    tokens = doc.tokens
    tok = tokens[j]
    low = lows[j]
    if low in _PRONOUNS and not (low == "it" and j > lo and lows[j - 1] in ("that", "as")):
        return j, j
    if low in _QUANTIFIERS and (j == lo or not tokens[j - 1].is_word):
        return j, j  # "…, many think, …", "Some argue that …": a quantifier standing for people
    capital = _is_capital(tok) and not (j == lo and low in _INVERTED_OPENERS)  # ("Added the coach, …: “…”")
    role = low in lex.anonymous or low in lex.roles  # "officials", "spokesman"
    if role and capital and j > lo and lows[j - 1].rstrip(".") in _NAME_HONORIFICS:
        role = False  # "Mr. Singer said": after an honorific the word is a surname
    if role or capital and low not in _CAPITAL_STOP:
        if capital and not role:
            i = _run_back(doc, j, lo)
            if i > lo and lows[i - 1] in _QUANTIFYING_DETERMINERS and _plural(low):
                i -= 1  # "Many Whigs opposed the war": the quantifier says which of them speak
            return i, j
        i = j
        steps = 0
        while i - 1 >= lo and steps < 5:
            prev = tokens[i - 1]
            pl = lows[i - 1]
            if pl in _DETERMINERS or _is_capital(prev) and pl not in _CAPITAL_STOP or (
                    prev.is_word and pl not in _BETWEEN and pl not in _PRONOUNS and pl not in _CAPITAL_STOP
                    and pl not in lex.cues and (pl.isalpha() or pl.replace("-", "").isalpha()) and steps < 3
                    and not pl.endswith("ly")):
                i -= 1
                steps += 1
                if pl in ("the", "a", "an"):
                    break
            elif (prev.text in _POSSESSIVE or _plural_possessive(doc, i - 1)) and i - 2 >= lo:
                i -= 2
                steps += 1
            elif pl == "-" and i - 2 >= lo and lows[i - 2][:1].isdigit() and tokens[i - 2].end == prev.start \
                    and prev.end == tokens[i].start:
                i -= 2  # "the 214-page report": a number compound modifies the noun
                steps += 1
            else:
                break
        if i + 1 < j and lows[i] in _SINGULAR_DETERMINERS and _plural(low) \
                and lows[i + 1] not in _QUANTITY \
                and not any(t.text.lower() == "of" for t in tokens[i:j]):
            # "made a decision residents said": "a" governs another noun; the phrase is "residents"
            i = j
            while i - 1 >= lo and (_is_capital(tokens[i - 1]) and lows[i - 1] not in _NOT_NAME
                                   or tokens[i - 1].text == "." and i - 2 >= lo and _is_capital(tokens[i - 2])):
                i -= 1
        return i, j
    return None


def _plural_possessive(doc: Document, k: int) -> bool:
    """Whether token ``k`` is the lone apostrophe of a plural possessive ("the dockers' union", "the workers’
    spokesman"): written right after a word in -s, a space after it."""
    tokens = doc.tokens
    mark = tokens[k]
    return mark.text in ("'", "’") and k > 0 and tokens[k - 1].end == mark.start \
        and tokens[k - 1].text[-1:] in ("s", "S") and tokens[k - 1].is_word \
        and k + 1 < len(tokens) and tokens[k + 1].start > mark.end \
        and not (k > 1 and tokens[k - 2].text in ("'", "‘"))  # (not the closing mark of "the 'experts' said")


_LY_NOUNS = frozenset({"family", "ally", "rally", "supply", "reply", "assembly", "bully", "belly", "jelly"})


def _manner_adverb(word: str) -> bool:
    """`Okafor calmly replied`, `they openly backed`: a lowercase -ly word between speaker and cue."""
    return len(word) > 4 and word.endswith("ly") and word.islower() and word not in _LY_NOUNS


_CLAUSE_SUBJECTS = frozenset({"who", "he", "she", "they", "we", "i", "each", "both"})


_OPENING_PHRASE = frozenset({
    "in", "on", "at", "after", "before", "during", "while", "when", "as", "with", "for", "despite", "since",
    "although", "though", "if", "because", "over", "from", "under", "amid", "unlike", "like", "speaking", "asked",
    "earlier", "later", "yesterday", "today", "tonight", "last",  # "Earlier Wednesday, Roe …", "Last week, …"
})


_DATELINE_MAX_TOKENS = 10


def _past_dateline(doc: Document, lo: int, cue_tok: int) -> int:
    """`ORLANDO, Fla. (Reuters) - President Obama met …`: the first token after a dateline (a place in
    capitals up to a dash), where the sentence's own words start; ``lo`` when there is none."""
    tokens = doc.tokens
    first = tokens[lo].text
    if len(first) < 3 or not first.isupper() or not first.isalpha():
        return lo
    for k in range(lo + 1, min(cue_tok - 1, lo + _DATELINE_MAX_TOKENS)):
        if tokens[k].text in _DASHES:
            return k + 1
    return lo


def _past_opening_phrase(doc: Document, lo: int, cue_tok: int) -> int:
    """`At a rally in Dover, she …, saying`: the first token after an opening adverbial phrase, where the
    main clause and its subject start (``lo`` when the sentence opens otherwise)."""
    lows = doc.lower_texts()
    lo = _past_dateline(doc, lo, cue_tok)
    if lows[lo] not in _OPENING_PHRASE:
        return lo
    k = lo + 1
    while k < cue_tok and k - lo < 15 and lows[k] != ",":
        k += 1
    if k + 1 >= cue_tok or lows[k] != ",":
        return lo
    tokens = doc.tokens
    # "In Dover, Delaware, she …", "in Green Bay, Wis., she …": a state after the town (one word, or two
    # opening with a compass word or "New") belongs to the phrase; "In Dover, Jane Okafor, …" is a name
    place = k + 2 if k + 2 < cue_tok and lows[k + 1] in _STATE_FIRST_WORDS else k + 1
    if _is_capital(tokens[k - 1]) and place + 2 < cue_tok and _is_capital(tokens[place]) and lows[place + 1] == "," \
            and lows[k - 1] not in _TIME_WORDS and not (lows[place + 2][:1].isdigit() and lows[place + 3] == ","):
        return place + 2  # (but "late Sunday, Aranda, 46, thanked …": a weekday is no town, a name before an age)
    return k + 1


_STATE_FIRST_WORDS = frozenset({"new", "north", "south", "west", "rhode"})


_ROLE_PHRASE_MAX = 5


def _opening_role(doc: Document, main: int, cue_tok: int) -> tuple[int, int, None] | None:
    """`The Ohio governor entered the race with harsh words for the port, calling it …`: a main clause
    opened by "the"/"a" and a role noun (its modifiers between) has that role as its subject, so the
    participle's speaker is it, not a capitalised word further on ("Democratic", "Senate")."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    lex = lexicon()
    if lows[main] not in ("the", "a", "an"):
        return _opening_group(doc, main, cue_tok)
    k = main + 1
    while k < cue_tok and k - main <= _ROLE_PHRASE_MAX and tokens[k].is_word and lows[k] not in _NOT_NAME:
        if lows[k] in lex.roles or lows[k] in lex.anonymous or lows[k] in _SOURCE_BODIES:
            # ("The union is balloting its members after rejecting …": a body speaks as a role does)
            while k + 1 < cue_tok and (lows[k + 1] in lex.roles or lows[k + 1] in lex.anonymous
                                       or lows[k + 1] in _SOURCE_BODIES):
                k += 1  # "the campaign chairman", "the bank office"
            m = k + 2  # "a Department of Health spokesperson": the body's name, then the role noun that heads it
            while m < cue_tok and m - k <= 6 and (_is_capital(tokens[m]) or lows[m] in ("the", "and", "&")):
                m += 1
            if lows[k + 1] in ("of", "for") and m > k + 2 and m < cue_tok and _is_capital(tokens[m - 1]) \
                    and (lows[m] in lex.roles or lows[m] in lex.anonymous):
                k = m
            return tokens[main].start, tokens[k].end, None
        k += 1
    return None


def _opening_group(doc: Document, main: int, cue_tok: int) -> tuple[int, int, None] | None:
    """`Democrats see the deal as a win, arguing …`, `Critics see it as a loss, saying …`: a bare plural
    opening the main clause, right before its lower-case verb, is a group and the participle's subject
    (a lone capital opening a sentence is otherwise taken for sentence case only)."""
    tokens = doc.tokens
    lows = doc.lower_texts()
    if main + 2 >= cue_tok or not tokens[main].is_word or not lows[main].endswith("s"):
        return None
    last = main
    if lows[main + 1] in _HEAD_PREPOSITIONS:  # "Republicans in the House see …": the group, placed
        k = main + 2
        while k < cue_tok and (lows[k] == "the" or _is_capital(tokens[k])):
            k += 1
        if k > main + 2 and _is_capital(tokens[k - 1]):
            last = k - 1
    if last + 1 >= cue_tok:
        return None
    nxt = tokens[last + 1]
    if not (nxt.is_word and nxt.text.islower()) or lows[last + 1] in _NOT_NAME or lows[last + 1] in _TIME_WORDS:
        return None
    lex = lexicon()
    if lows[main] in lex.anonymous or lows[main] in _POLITICAL_GROUPS:
        return tokens[main].start, tokens[last].end, None
    return None


# Plurals naming a party's or a movement's people: a group that speaks, like "officials", though these
# are not anonymous sources ("Democrats said" names its side).
_POLITICAL_GROUPS = frozenset({
    "democrats", "republicans", "conservatives", "liberals", "progressives", "evangelicals", "independents",
    "moderates", "libertarians", "socialists", "tories", "populists", "nationalists", "unionists",
})


# Conjunctions opening an adverbial clause whose subject a participle after its comma takes ("…, after the
# delegation walked out, accusing …": the delegation accuses, not the subject of the clause before "after").
_ADVERBIAL_CLAUSE_OPENERS = frozenset({"after", "when", "once", "because", "until", "before"})
_ADVERBIAL_CLAUSE_MAX_TOKENS = 20
_ADVERBIAL_SUBJECT_MAX_TOKENS = 5


def _adverbial_clause_subject(doc: Document, comma: int, main: int) -> tuple[int, int, None] | None:
    """`Talks broke down after the company's negotiators left, accusing …`: a participle set off right after
    an adverbial clause hangs on that nearer clause, so its subject (the noun phrase between the conjunction
    and the clause's finite verb) speaks. None when the conjunction opens no clause ("after the vote, saying":
    a phrase, no verb) or is too far back."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    k = comma - 1
    while k > main and comma - k <= _ADVERBIAL_CLAUSE_MAX_TOKENS and lows[k] not in _ADVERBIAL_CLAUSE_OPENERS:
        if not tokens[k].is_word and lows[k] not in _POSSESSIVE:
            return None  # (another comma or mark: the participle follows no single clause)
        k -= 1
    if k <= main or lows[k] not in _ADVERBIAL_CLAUSE_OPENERS:
        return None
    first = k + 1
    verb = _finite_verb_after_subject(doc, first, comma)
    if verb is None or lows[verb] in _COPULAS:
        return None  # ("after her statement was shown to be false, stating …": a state, nobody acting)
    return tokens[first].start, tokens[verb - 1].end, None


def _finite_verb_after_subject(doc: Document, first: int, stop: int) -> int | None:
    """The token of the first finite verb after the short subject opening at ``first`` (an auxiliary, a
    common irregular past, a lower-case word in -ed: "the company's negotiators left", "the inquiry
    appeared"), or None when none comes within a few words before ``stop``."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    verb = first + 1
    while verb < stop and verb - first <= _ADVERBIAL_SUBJECT_MAX_TOKENS:
        low = lows[verb]
        if low in _AUXILIARIES or low in _COMMON_IRREGULAR_PAST or low in _LINKING_VERBS \
                or low.endswith("ed") and low not in _NOT_VERBS_IN_ED and tokens[verb].text.islower():
            while verb - 1 > first and _manner_adverb(lows[verb - 1]):
                verb -= 1  # "when he formally announced": the adverb is the verb's
            return verb if tokens[verb - 1].is_word or lows[verb - 1] in _POSSESSIVE else None
        if not tokens[verb].is_word and lows[verb] not in _POSSESSIVE:
            return None
        verb += 1
    return None


def _plain_main_subject(doc: Document, main: int, comma: int) -> tuple[int, int, None] | None:
    """`The inquiry appeared to agree, noting that …`: a main clause opened by a determiner and lower-case
    words up to its finite verb has that noun phrase as its subject, so a participle set off after the
    clause is that subject's (no name to find in it)."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    if lows[main] not in ("the", "a", "an") and lows[main] not in _POSSESSIVE_DETERMINERS:
        return None
    verb = _finite_verb_after_subject(doc, main, comma)
    if verb is None or verb < main + 2 or any(not tokens[k].text.islower() for k in range(main + 1, verb)):
        return None
    lex = lexicon()
    head = lows[verb - 1]
    if not (_speaking_head(head) or head in _SOURCE_BODIES or head in _DOCUMENT_NOUNS or head in _FINDING_BODIES
            or _plural(head) and _people_plural(head, lex)):
        return None  # ("The pressure is growing, threatening …": a thing's effect, nobody's words)
    return tokens[main].start, tokens[verb - 1].end, None


_APPOSITION_MAX_TOKENS = 20


def _subject_before_apposition(doc: Document, main: int, cue_tok: int) -> tuple[int, int, None] | None:
    """`The 214-page report, led by judge Ann Roe, found … and said …`: a main clause opened by a determiner
    and a lower-case noun phrase set off by an apposition has that phrase as its subject; a later verb of
    the clause (after "and", or a participle) is the phrase's, not the apposition's name's."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    if lows[main] not in ("the", "a", "an") and lows[main] not in _POSSESSIVE_DETERMINERS:
        return None
    k = main + 1
    while k < cue_tok and k - main < _ADVERBIAL_SUBJECT_MAX_TOKENS and (
            tokens[k].is_word and (tokens[k].text.islower() or lows[k].isdigit()) or lows[k] == "-"
            or lows[k] in _POSSESSIVE):
        k += 1
    if k >= cue_tok or k == main + 1 or lows[k] != "," or not tokens[k - 1].is_word \
            or lows[k + 1] in _SUBJECT_PRONOUNS or any(w in _TIME_WORDS or w in _TIME_HEADS or w in _TIME_CLAUSE_OPENERS
                                                      for w in lows[main + 1:k]):
        return None  # ("A month later, he …", "The day before, …": a time phrase, its subject after it)
    close = next((m for m in range(k + 1, min(cue_tok, k + _APPOSITION_MAX_TOKENS)) if lows[m] == ","), None)
    if close is None or not tokens[close + 1].is_word:
        return None
    return tokens[main].start, tokens[k - 1].end, None


# Bodies that find, rule or decide, and so say things as a source does ("The inquiry appeared to agree").
_FINDING_BODIES = frozenset({"inquiry", "panel", "committee", "tribunal", "jury", "probe", "investigation",
                             "study", "survey", "poll", "agency", "ministry", "department", "government",
                             "company", "campaign", "administration", "regulator", "watchdog"})


def _coordinated_subject(doc: Document, cue_tok: int, lo: int) -> tuple[int, int, None] | None:
    """`…, who left the meeting and called for …`: the pronoun opening the clause whose second verb the
    cue is (nearer than the sentence's subject), or None."""
    lows = doc.lower_texts()
    j = _before_adverbs(doc, cue_tok, lo)
    if lows[j] not in ("and", "but"):
        return None
    k = j - 1
    while k > lo and j - k < 15 and lows[k] not in (",", ";", "—", "–"):
        k -= 1
    if k <= lo or j - k >= 15 or lows[k + 1] not in _CLAUSE_SUBJECTS:
        return None
    tok = doc.tokens[k + 1]
    return tok.start, tok.end, None


def _capitalised_inside(tokens: list[Token], j: int, lo: int) -> bool:
    """Whether token ``j`` is capitalised inside its sentence before a lowercase word: a name's word or a
    month ("George Will said", "polls taken in May show"), not the auxiliary or adverb it is spelt as
    (a title-case headline, "Roe Will Veto Levy", capitalises the next word too)."""
    text = tokens[j].text
    return text[0].isupper() and j > lo and j + 1 < len(tokens) and tokens[j + 1].text[0].islower() \
        and tokens[j - 1].text not in _SENTENCE_OPENING_MARKS


_SENTENCE_OPENING_MARKS = frozenset({"“", '"', "''", "‘", "'", ":", "—", "–", "(", "-"})


def _back_past_between(doc: Document, j: int, lo: int) -> int:
    """From token ``j`` back past the words that may stand between a speaker and its cue ("has also",
    "calmly", "last week", ", however,"): the first token that is none of them, or ``lo - 1`` when all down
    to ``lo`` are."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    while True:
        while j >= lo and (lows[j] in _BETWEEN and not _capitalised_inside(tokens, j, lo)
                           or lows[j][-2:] == "ly" and _manner_adverb(tokens[j].text)):
            j -= 1
        if j < lo:
            return j
        low = lows[j]
        if low == ",":
            k = _back_past_comma_aside(doc, j, lo)
        elif low in _TIME_HEADS:
            k = _back_past_time(doc, j, lo)
        else:
            return j
        if k == j:
            return j
        j = k


_WEEKDAYS = frozenset(WEEKDAYS)
_TIME_HEADS = frozenset(_WEEKDAYS | {"yesterday", "today", "tonight", "week", "month", "year", "night", "morning",
                                     "afternoon", "evening", "weekend"})
_TIME_OPENERS = frozenset({"last", "this", "next", "on", "earlier", "later", "late", "early", "that", "past"})
# Parenthetical adverbials set off by commas between a subject and its verb ("Supporters, however, say …").
_COMMA_ASIDES = frozenset({("however",), ("though",), ("meanwhile",), ("moreover",), ("nevertheless",), ("too",),
                           ("also",), ("indeed",), ("instead",), ("still",), ("likewise",), ("similarly",),
                           ("for", "instance"), ("for", "example"), ("in", "fact"), ("of", "course"),
                           ("in", "turn"), ("in", "contrast"), ("by", "contrast"), ("for", "their", "part"),
                           ("for", "his", "part"), ("for", "her", "part"), ("for", "its", "part"),
                           ("on", "the", "other", "hand"), ("at", "the", "same", "time"), ("in", "other", "words"),
                           ("after", "all"), ("in", "particular"), ("in", "addition"), ("at", "least"), ("so", "far"),
                           ("in", "the", "end"), ("by", "then")})


def _back_past_time(doc: Document, j: int, lo: int) -> int:
    """From token ``j`` back past a time phrase between a subject and its cue ("Roe last week said", "Roe
    on Tuesday said", "Roe earlier this month said"): the token before it, or ``j`` when there is none."""
    lows = doc.lower_texts()
    if j < lo or lows[j] not in _TIME_HEADS:
        return j
    k = j - 1
    while k >= lo and j - k <= 3 and lows[k] in _TIME_OPENERS:
        k -= 1
    if k == j - 1 and lows[j] not in _WEEKDAYS and lows[j] not in ("yesterday", "today", "tonight"):
        return j  # "the week said": a bare unit is no time phrase
    if k < lo or not (doc.tokens[k].is_word or doc.tokens[k].text in (")", ",")) or lows[k].endswith("ed"):
        return j  # (not "the report published Tuesday showed": a participle's time, not the cue's)
    if lows[k] == "," and k == j - 1:
        return j  # (", Tuesday said": no opener, so no time phrase of the verb's)
    return k  # (also after an apposition's comma: "Paul Ryan, the Speaker, on Tuesday called …")


_LONGER_COMMA_ASIDES = frozenset(a for a in _COMMA_ASIDES if len(a) > 1)


def _comma_aside_after(lows: list[str], j: int, hi: int) -> int | None:
    """The token after the closing comma of an aside of several words opening at comma ``j`` ("…, for example,
    that …", "…, in fact, that …"), or None."""
    for n in (2, 3, 4):
        if j + n + 1 < hi and lows[j + n + 1] == "," and tuple(lows[j + 1: j + n + 1]) in _LONGER_COMMA_ASIDES:
            return j + n + 2
    return None


def _back_past_comma_aside(doc: Document, j: int, lo: int) -> int:
    """From a comma at ``j`` back past "…, however," / "…, for instance,": the token before the aside's
    opening comma, or ``j`` when the commas hold no such aside."""
    lows = doc.lower_texts()
    if j < lo or lows[j] != ",":
        return j
    for k in (j - 2, j - 3, j - 4, j - 5):
        if k > lo and lows[k] == ",":
            return k - 1 if tuple(lows[k + 1: j]) in _COMMA_ASIDES else j
    return j


def _before_adverbs(doc: Document, t: int, lo: int) -> int:
    """The token before ``t`` once "also", "implicitly" and the like are passed (not before ``lo``)."""
    return _back_past_between(doc, t - 1, lo + 1)


def _left_speaker(doc: Document, cue_tok: int, lo: int) -> tuple[int, int, str | None] | None:
    """The subject right before a cue ("Trump has said", "Andrew Michta, a director, said"), or None.

    Returns (start, end, descriptor) in characters.
    """
    lows = doc.lower_texts()
    tokens = doc.tokens
    j = _back_past_between(doc, cue_tok - 1, lo)
    if j < lo:
        return None
    if tokens[j].text in _DASHES and _is_dash(doc, j):
        j = _before_dash_aside(doc, j, lo)
        if j < lo:
            return None
    if tokens[j].text != ",":  # "a person familiar with the talks said"
        window_start = tokens[max(lo, j - 14)].start
        fam = _familiar(doc.text[window_start: tokens[j].end])
        if fam:
            return window_start + fam.start(), tokens[j].end, None
    if tokens[j].text == ")":  # "Sen. Ted Cruz (R-Texas) said"
        k = j
        while k > max(lo, j - 8) and tokens[k].text != "(":
            k -= 1
        if tokens[k].text == "(" and k - 1 >= lo:
            j = k - 1
    descriptor = None
    titled = j - 1 > lo and tokens[j].text in '”"' and tokens[j - 1].text == "," \
        and not lows[cue_tok].endswith("ing")  # (a participle after the comma hangs on the main clause)
    if titled:  # "Jane Roe, the star of “Harbor Life,” said": the apposition's comma sits inside the marks
        j -= 1
    if tokens[j].text == ",":  # apposition: "Andrew Michta, director at the Atlantic Council, said"
        if lows[cue_tok].endswith("ing") and (lows[cue_tok - 1] == "," or cue_tok - 2 >= lo
                                              and lows[cue_tok - 1][-2:] == "ly" and lows[cue_tok - 2] == ","):
            return None  # "In Dover, Delaware, Okafor went after Lindqvist, calling": a participle after a
            # comma hangs on the main clause, whose subject speaks; no apposition stands before it
        k = j - 1
        while k > max(lo, j - 20) and tokens[k].text not in (",", "—", "–", ";", ":") \
                and (titled or tokens[k].text not in _DOUBLE_MARKS):
            k -= 1
        if k <= lo or tokens[k].text not in (",", "—", "–"):
            return None
        inner = tokens[k + 1: j]
        words = lows[k + 1: j]
        if inner and (words[0] in ("he", "she", "they", "we", "i") or words[0] in _COORDINATORS
                      and len(inner) > 1 and not _names_someone(inner[1], words[1])
                      or _RELATIVE_PRONOUNS.isdisjoint(words) and _holds_cue_verb(words)):
            return None  # "…, Okafor attacked the plan, saying", "…, and took questions, saying": a clause
            # or a second verb phrase of its own, no apposition (but "…, and Jane Roe, said": a name)
        if inner and _is_capital(tokens[k - 1]) and doc.text[inner[0].start:inner[-1].end] in gazetteer().places:
            head = _speaking_head_back(doc, k - 1, lo)
            if head is not None:
                # "Workers at the plant in Leixlip, Ireland, said": a place's country or state after its comma
                # is no apposition naming the speaker; the subject is the source noun before the place
                return tokens[head].start, tokens[k - 1].end, None
        if inner and all(_is_capital(t) or t.text == "." or t.text in SURNAME_PARTICLES for t in inner) \
                and _is_capital(inner[-1]) and _is_capital(inner[0]):  # (also "Mohammed bin Salman")
            # "Trump's former campaign manager, Corey Lewandowski, said": the name sits in the apposition
            before = doc.text[tokens[lo].start: tokens[k - 1].end] if k - lo <= 10 else None
            return inner[0].start, inner[-1].end, before
        # (an age alone, "The singer, 34, told fans", describes no one: the phrase before it does)
        aged = len(words) == 1 and words[0].isdigit()
        # (nor does a relative clause, "The official, who has not endorsed anyone, said": it is no title)
        relative = bool(words) and words[0] in ("who", "whose", "which")
        # (nor a participle's clause, "Opponents, many wearing red shirts, said", "Supporters, including …")
        participial = any(w.endswith("ing") and w not in _ROLE_PARTICIPLES and t.text.islower()
                          for w, t in zip(words[:2], inner[:2], strict=False)) \
            or len(words) > 1 and (words[0].endswith(("ed", "en")) or words[0] in _COMMON_IRREGULAR_PAST) \
            and words[1] in _CIRCUMSTANCE_PREPOSITIONS and inner[0].text.islower()  # "Okafor, reached by
        # phone, said": how the outlet got them, no role; "The audit, written by Ann Roe, found": its author
        descriptor = None if aged or relative or participial else doc.text[tokens[k + 1].start: tokens[j - 1].end]
        j = k - 1
        if j > lo and tokens[j].text == ")":  # "Sen. Ted Cruz (R-Texas), also a hopeful, called"
            k = j
            while k > max(lo, j - 8) and tokens[k].text != "(":
                k -= 1
            if tokens[k].text == "(" and k - 1 >= lo:
                j = k - 1
    if descriptor is not None and tokens[j].text in ("?", "!") and j - 1 >= lo \
            and tokens[j - 1].end == tokens[j].start and _is_capital(tokens[j - 1]):
        return tokens[j - 1].start, tokens[j].end, descriptor  # "Which?, the consumer group, said", "Yahoo!,
        # the web company, said": a name that ends in its mark, set off by an apposition (no question asked)
    found = _phrase_back(doc, j, lo)
    if found is None and descriptor is None:
        return _subject_after_object_relative(doc, j, lo) or _head_of_who_clause(doc, j, lo)
    if found is None:
        return None
    i, j = found
    i = _head_before_preposition(doc, i, lo)
    if i - 3 >= lo and lows[i - 1] == "by" and lows[i - 2] in _HANDED_ON:
        found = _phrase_back(doc, i - 3, lo)  # "a letter obtained by the Gazette warns": the letter speaks
        if found is None:
            return None
        i, j = found
    elif i - 3 >= lo and lows[i - 1] in _POSTED_WHERE and lows[i - 2] in _POSTED and tokens[i - 3].is_word:
        # "a post shared on Facebook says": the post speaks; the platform is only where it was put
        i, j = _posted_text_back(doc, i - 3, lo), i - 3
    if lows[j] == "which":
        found = _antecedent(doc, j, lo)
        if found is None:
            return None
        i, j = found
    elif lows[j] == "who" and i == j and descriptor is None and j > lo and lows[j - 1] != ",":
        found = _restrictive_antecedent(doc, j, lo)  # "landlord groups who warned …": the groups speak
        if found is not None:  # (the mention stays "who", as PolNeAR marks it; its antecedent describes it)
            return tokens[j].start, tokens[j].end, doc.text[tokens[found[0]].start:tokens[found[1]].end]
    elif lows[j] == "who" and i == j and descriptor is None:
        found = _antecedent(doc, j, lo)  # "business owners, who insist …": the owners, not the last name read
        if found is not None and not _is_capital(tokens[found[1]]) and _plural(lows[found[1]]) \
                and not any(_is_capital(t) and not _people_modifier(doc, k, lo)
                            for k, t in enumerate(tokens[found[0]:found[1]], found[0])):
            # (a plural: a singular noun before "who" is mostly an apposition to a name, "Scott Reed, the
            # Chamber's strategist, who added", whose name the pronoun route finds)
            # (the mention stays "who"; its antecedent describes it)
            return tokens[j].start, tokens[j].end, doc.text[tokens[found[0]].start:tokens[found[1]].end]
    if descriptor is not None and lows[j] in _PRONOUNS:
        return None
    if descriptor is None and i > lo + 1:
        head = _head_before_subject_relative(doc, i, lo)
        if head is not None:
            return head  # "Groups that have endorsed Okafor say …": the groups say, not Okafor
    if descriptor is None and i - 2 >= lo:
        joined = None
        if lows[i - 1] in ("and", "&") or i - 3 >= lo and lows[i - 2] == "and":
            joined = _joined_subject_start(doc, i, lo)  # "The mayor and the police chief said": both speak
        elif lows[i - 1] == "," and "and" in lows[i + 1: j]:
            joined = _listed_start(doc, i, lo, True)  # "Germany, France and Italy said": all three
            joined = joined if joined is not None and joined < i else None
        if joined is not None:
            i = joined
    return tokens[i].start, tokens[j].end, descriptor


_RESTRICTIVE_MODIFIERS_MAX = 2
_FOCUS_ADVERBS = frozenset({"even", "only", "just", "also", "especially", "particularly", "notably"})


def _restrictive_antecedent(doc: Document, who: int, lo: int) -> tuple[int, int] | None:
    """`…, infuriating landlord groups who warned …`: the noun phrase a restrictive "who" (no comma before it)
    stands for, when its head is a lower-case noun for people or a source body; its modifiers back to a
    determiner, never past a verb form ("infuriating", "angered"), a preposition or an adverb. None otherwise
    (a name before "who" is found by the name route)."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    lex = lexicon()
    j = who - 1
    head = lows[j]
    if j < lo or not tokens[j].is_word or not tokens[j].text.islower() or not (
            head in lex.anonymous or head in lex.roles or head in _SOURCE_BODIES
            or _plural(head) and _people_plural(head, lex)):
        return None
    i = j
    while i - 1 >= lo and j - i < _RESTRICTIVE_MODIFIERS_MAX:
        low = lows[i - 1]
        if low in ("the", "a", "an") or low in _POSSESSIVE_DETERMINERS:
            return i - 1, j
        if not tokens[i - 1].is_word or low in _NOT_IN_NOUN_PHRASE or low in _PRONOUNS or low in _DETERMINERS \
                or low in lex.cues or low.endswith(("ing", "ed", "ly")) or low in _FOCUS_ADVERBS:
            break
        i -= 1
    return i, j


# Prepositions after a past participle set off after a name that tell how or where the outlet met the source
# ("reached by phone", "contacted on Monday", "interviewed at her home"), not who the source is.
_CIRCUMSTANCE_PREPOSITIONS = frozenset({"by", "on", "at", "via", "over", "after", "during", "outside", "through"})


_PLAIN_SUBJECT_MAX_TOKENS = 5  # "the fishermen's union", "the island's ferry union"


def _plain_noun_phrase_back(doc: Document, j: int, lo: int) -> int | None:
    """The first token of a short noun phrase of lower-case words ending at token ``j`` that no speaker list
    names ("the union", "the fishermen's union", "its board"; a bare plural, "unions"): opened by a
    determiner, or a plural standing alone. None when a word in it may be a verb or a clause word."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    if not tokens[j].is_word or not tokens[j].text.islower() or lows[j] in _NOT_IN_NOUN_PHRASE \
            or lows[j] in _PRONOUNS or lows[j] in _DETERMINERS:
        return None
    cues = lexicon().cues
    i = j
    while i - 1 >= lo and j - i < _PLAIN_SUBJECT_MAX_TOKENS:
        k = i - 1
        if lows[k] in _DETERMINERS or lows[k] in _POSSESSIVE_DETERMINERS:
            return k
        if not (tokens[k].is_word and tokens[k].text.islower() or lows[k] in _POSSESSIVE
                or _plural_possessive(doc, k)) or lows[k] in _NOT_IN_NOUN_PHRASE or lows[k] in _PRONOUNS \
                or lows[k] in _OBJECT_GAP_PRONOUNS or lows[k] in cues or lows[k].endswith("ly"):
            break
        i = k
    return j if i == j and _plural(lows[j]) and lows[j] not in _BARE_INFINITIVE_VERBS else None


# Verbs in -s that take a bare infinitive, so read as a verb before a cue's bare form ("which helps explain").
_BARE_INFINITIVE_VERBS = frozenset({"helps", "makes", "lets", "bids"})


# Relative pronouns that stand for the object of the verb after their clause's subject ("what the union
# described as …", "the levy, which the chamber opposed, …", "whom the board named").
_OBJECT_GAP_PRONOUNS = frozenset({"what", "which", "whom"})


def _subject_after_object_relative(doc: Document, j: int, lo: int) -> tuple[int, int, None] | None:
    """`what the union described as a betrayal`, `the levy, which the chamber opposed, …`: the subject of a
    relative clause whose object is the pronoun before it, when that subject is a plain noun phrase no speaker
    list holds (a name or a role noun is found by `_phrase_back`). The pronoun opens the clause, so the phrase
    between it and the cue is the cue's subject."""
    i = _plain_noun_phrase_back(doc, j, lo)
    if i is None or i <= lo or doc.lower_texts()[i - 1] not in _OBJECT_GAP_PRONOUNS:
        return None
    return doc.tokens[i].start, doc.tokens[j].end, None


def _people_modifier(doc: Document, k: int, lo: int) -> bool:
    """Whether capitalised token ``k`` before a plural noun for people is no name of its own: a demonym
    ("French farmers") or a word capitalised only because it opens the sentence ("Local farmers")."""
    return k == lo or doc.tokens[k].text in gazetteer().demonyms


_WHO_CLAUSE_MAX_TOKENS = 16


def _relative_clause_end(doc: Document, who: int, hi: int) -> int:
    """The token after a relative clause opening at ``who``: its closing comma, dash or the sentence's end."""
    k = who + 1
    while k < hi and doc.tokens[k].text not in (",", ";", "—", "–", ".", "!", "?", "(", ")"):
        k += 1
    return k


def _head_of_who_clause(doc: Document, j: int, lo: int) -> tuple[int, int, str | None] | None:
    """`…, a senior official who spoke on condition of anonymity said.`: the speaker whose restrictive relative
    clause ends at token ``j`` right before the cue, with the phrase and its clause as the descriptor of an
    unnamed one ("a senior official who spoke on condition of anonymity"); None unless the phrase starts the
    sentence or follows a clause break, and the clause holds only words."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    if lows[j] in _NOT_BEFORE_FINITE:
        return None  # ("Voters who want the mayor to say more": an infinitive inside the clause, no main verb)
    r = j
    while r > lo and j - r < _WHO_CLAUSE_MAX_TOKENS and tokens[r].is_word and lows[r] != "who":
        r -= 1
    if r <= lo or r == j or lows[r] != "who":
        return None
    phrase = _phrase_back(doc, r - 1, lo)
    if phrase is None and _WITHHELD_NAME.search(doc.text, tokens[r].start, tokens[j].end):
        first = _plain_noun_phrase_back(doc, r - 1, lo)  # "an engineer who declined to be named said": only
        phrase = (first, r - 1) if first is not None else None  # a person asks that, whatever the noun
    if phrase is None or lows[phrase[1]] in _PRONOUNS \
            or phrase[0] > lo and not _clause_break(doc, tokens[phrase[0] - 1]):
        return None
    start, end = tokens[phrase[0]].start, tokens[phrase[1]].end
    return start, end, None if _names_someone_by_capital(doc, phrase[1]) else doc.text[start: tokens[j].end]


def _names_someone_by_capital(doc: Document, k: int) -> bool:
    """Whether token ``k`` is capitalised as a name, not as a noun for people that opens its sentence
    ("Officials who asked not to be identified said": no name)."""
    if not _is_capital(doc.tokens[k]):
        return False
    low = doc.lower_texts()[k]
    lex = lexicon()
    return not (low in lex.anonymous or low in lex.roles or _plural(low) and _people_plural(low, lex))


def _head_before_subject_relative(doc: Document, i: int, lo: int) -> tuple[int, int, None] | None:
    """The noun phrase opening the sentence when the phrase at ``i`` is the object inside its subject relative
    clause ("Groups that have endorsed Okafor say": the clause is "that have endorsed Okafor"), else None."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    r = i - 1
    while r > lo and i - r <= _RELATIVE_CLAUSE_MAX_TOKENS and tokens[r].is_word and lows[r] not in ("who", "that"):
        r -= 1
    if r <= lo or r >= i - 1 or lows[r] not in ("who", "that") or not tokens[r + 1].text.islower() \
            or lows[r + 1] in _DETERMINERS or lows[r + 1] in _PRONOUNS \
            or lows[r] == "that" and lows[r + 1] not in _AUXILIARIES and not _past_form(lows[r + 1]):
        return None  # (a that-clause's own subject follows "that": "said that the mayor …", "clear that large …")
    return _sentence_subject(doc, r, lo)


_RELATIVE_CLAUSE_MAX_TOKENS = 8
_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})
_HEAD_PREPOSITIONS = frozenset({"in", "at", "from", "for", "of", "with", "on", "to"})


# Words that name a part of a place before its name ("in central Paris", "in northern Italy").
_PLACE_MODIFIERS = frozenset({"central", "northern", "southern", "eastern", "western", "northeastern",
                              "northwestern", "southeastern", "southwestern", "downtown", "rural", "suburban",
                              "nearby", "neighboring", "neighbouring", "greater", "coastal", "inner"})


def _speaking_head_back(doc: Document, j: int, lo: int) -> int | None:
    """The phrase start of a source noun heading a prepositional phrase that ends at token ``j``
    ("Workers at the plant in Leixlip"), looking back a few words; None when there is none."""
    lows = doc.lower_texts()
    for t in range(j - 1, max(lo, j - 8) - 1, -1):
        if not doc.tokens[t].is_word and lows[t] not in _POSSESSIVE:  # "the company's plant" runs on
            return None
        if _speaking_head(lows[t]) and lows[t + 1] in _HEAD_PREPOSITIONS:
            found = _phrase_back(doc, t, lo)
            return found[0] if found is not None else t
    return None


def _speaking_head(low: str) -> bool:
    """A noun that heads a speaker phrase before a preposition: a source or role noun, or a party group."""
    lex = lexicon()
    return low in lex.anonymous or low in lex.roles or low in _POLITICAL_GROUPS


def _head_cut(lower: list[str]) -> int | None:
    """The index of the preposition after the head noun of a speaker phrase ("officials [at] the
    Pentagon"), or None when the phrase has none."""
    for p in range(1, len(lower) - 1):
        if lower[p] in _HEAD_PREPOSITIONS:
            return p if _speaking_head(lower[p - 1]) else None
    return None


def _speaker_head_cut(words: list[str], lower: list[str]) -> int | None:
    """`_head_cut`, but a capitalised title keeps its name ("Secretary of State Jane Roe": the title
    runs to the name, whose person speaks)."""
    cut = _head_cut(lower)
    if cut is not None and words[cut - 1][:1].isupper() and lower[cut - 1] in lexicon().roles:
        return None
    if cut is None and "of" in lower[1:-1]:
        k = lower.index("of", 1)
        if lower[k - 1] in _SOURCE_BODIES and words[k - 1].islower():
            return k  # "the city council of Port Kelby": the council speaks; the town only says whose it is
    return cut


# Subjects a cue's bare form agrees with other than plurals in -s ("as people say", "as we warned").
_BARE_FORM_SUBJECTS = frozenset({"i", "we", "you", "they", "people", "many", "some", "others", "police", "most",
                                 "few", "both", "all", "children", "men", "women"})


def _bare_verb_subject(doc: Document, k: int) -> bool:
    """Whether token ``k`` can be what a cue in its bare form agrees with: an auxiliary ("have warned"), a
    name, a plural ("critics warn") or a plural pronoun, not a verb or singular noun ("revive demand")."""
    low = doc.lower_texts()[k]
    return (low in _AUXILIARIES or low in _BARE_FORM_SUBJECTS or _is_capital(doc.tokens[k])
            or low.endswith("s") and not low.endswith("ss"))


def _person_before_of(names: _Names, start: int, surface: str, lower: list[str]) -> int | None:
    """Where "of" cuts a speaker phrase whose person comes first ("Sen. Jane Roe of Texas", "Tom Hale of
    the Heritage Foundation": the person speaks, the rest says where from), as a word count; None when
    the actor stage found no person before the "of" ("Secretary of State Jane Roe", "Bank of America")."""
    if names.person_starts is None:
        return None
    k = lower.index("of", 1)
    at = surface.find(" of ")
    return k if at > 0 and names.a_person_at(start, start + at) else None




def _share_start(doc: Document, head: int, lo: int) -> int:
    """The first token of the share whose head noun is at ``head`` ("About half", "a slim majority", "Only 52
    percent", "a staggering 56 percent"): back over its figures and the words that qualify a share (not "Last
    year only 32 percent", "left 62 percent": a time or a verb before it is no part of it)."""
    lows = doc.lower_texts()
    k = head
    while k - 1 >= lo and head - k < _SHARE_MAX_TOKENS and (
            lows[k - 1] in _SHARE_QUALIFIERS or _figure_word(lows[k - 1])
            or k - 2 >= lo and lows[k - 2] in ("a", "an") and doc.tokens[k - 1].text.islower()
            and doc.tokens[k - 1].is_word):
        k -= 1  # (after "a", any adjective: "a strong majority", "a full 79 percent")
    return k


# Words that qualify a share before its figure ("about half", "only 52 percent", "just a quarter").
_SHARE_QUALIFIERS = frozenset({"a", "an", "the", "about", "nearly", "almost", "just", "only", "roughly", "some",
                               "around", "over", "under", "more", "less", "fewer", "than", "all", "fully", "%"})


def _figure_word(low: str) -> bool:
    """A number written in figures or words ("52", "52%", "sixty-seven", "two-thirds")."""
    return low[:1].isdigit() or all(part in _NUMBER_WORDS or part in _SHARE_HEADS for part in low.split("-"))


_NAME_MODIFIERS_MAX = 3  # "the state", "the northern state": what may stand between a preposition and a name


def _head_before_preposition(doc: Document, i: int, lo: int) -> int:
    """`Officials at the Pentagon said`, `Republicans in the House see`, `a spokesman for Okafor said`: the
    name after the preposition only modifies the subject; the person or group noun before it is the head,
    so the speaker phrase starts there. Returns the phrase's first token (``i`` when nothing is in front)."""
    lows = doc.lower_texts()
    if i - 2 >= lo and lows[i - 1] in _POSSESSIVE and _is_capital(doc.tokens[i - 2]):
        owner = _run_back(doc, i - 2, lo)  # "One nurse at St. Anne’s Medical Center said": past the owner's name
        if owner - 2 >= lo and lows[owner - 1] in _HEAD_PREPOSITIONS and _speaking_head(lows[owner - 2]):
            i = owner
    if i - 3 >= lo and lows[i - 1] in _PLACE_MODIFIERS and lows[i - 2] in _HEAD_PREPOSITIONS \
            and _speaking_head(lows[i - 3]):
        i -= 1  # "Shop owners in central Paris said": a place's part before its name
    m = i
    while _is_capital(doc.tokens[i]) and m - 1 > lo and i - m < _NAME_MODIFIERS_MAX and doc.tokens[m - 1].is_word \
            and doc.tokens[m - 1].text.islower() and lows[m - 1] not in _HEAD_PREPOSITIONS \
            and lows[m - 1] not in _NOT_IN_NOUN_PHRASE:
        m -= 1  # "Republicans in the state Assembly": the name's determiner and lower-case modifiers
    if m < i and m - 2 >= lo and lows[m - 1] in _HEAD_PREPOSITIONS and _speaking_head(lows[m - 2]) \
            and not any(w.endswith(("ing", "ed")) for w in lows[m:i]):
        i = m
    if i - 2 < lo or lows[i - 1] not in _HEAD_PREPOSITIONS:
        return i
    if lows[i - 1] == "of" and lows[i - 2] in _SHARE_HEADS:
        return _share_start(doc, i - 2, lo)  # "About half of the farmers support …": the share speaks
    if lows[i - 1] == "of" and lows[i - 2] in _SOURCE_BODIES and doc.tokens[i - 2].text.islower():
        # "The city council of Port Kelby voted", "the board of Harbor Steel said": the body speaks, and the
        # name after "of" says whose it is (a capitalised one is a name of its own: "the Council of Europe")
        first = _posted_text_back(doc, i - 2, lo)
        return _head_before_preposition(doc, first, lo) if first < i - 2 else i  # ("a spokesman for the board
        # of Harbor Steel": the body may itself follow the head that speaks)
    if not _speaking_head(lows[i - 2]):
        head = i
        for _ in range(3):  # "Judge Ann Roe of the U.S. Court of Appeals for the 6th Circuit": body by body
            if not (lows[head - 1] in ("of", "for") and head - 2 >= lo and _is_capital(doc.tokens[head - 2])):
                break
            first = _run_back(doc, head - 2, lo)  # "Tom Hale of the Heritage Foundation"
            words = [t.text for t in doc.tokens[first:head - 1] if t.text != "." and t.text.lower() != "the"]
            if _looks_person(_split_title(words)[1]):
                return first
            head = first
        return i
    found = _phrase_back(doc, i - 2, lo)
    return found[0] if found is not None else i


# Participles that say who got hold of a document, not who wrote it ("an email obtained by the Gazette shows").
_HANDED_ON = frozenset({"obtained", "reviewed", "seen", "acquired", "viewed", "compiled", "collected", "gathered",
                        "analyzed", "analysed", "conducted", "commissioned", "prepared"})
# Participles that say where a text was put up, not who wrote it ("a post shared on Facebook says", "a video
# posted to YouTube shows"): the prepositions of the site that follows.
_POSTED = frozenset({"shared", "posted", "published", "uploaded", "circulated", "circulating", "reposted",
                     "retweeted", "aired", "broadcast"})
_POSTED_WHERE = frozenset({"on", "to", "in", "across", "by"})


def _posted_text_back(doc: Document, j: int, lo: int) -> int:
    """The first token of the noun phrase ending at ``j`` before a participle of posting ("a viral post", "the
    video"): back over a few lower-case words to the determiner that opens it."""
    lows = doc.lower_texts()
    i = j
    while i - 1 >= lo and j - i < 3 and doc.tokens[i - 1].is_word and lows[i - 1] not in _PRONOUNS:
        i -= 1
        if lows[i] in _DETERMINERS:
            break
    return i if lows[i] in _DETERMINERS or i == lo else j
_DASHES = frozenset({"—", "–", "-"})
_ASIDE_MAX_TOKENS = 20
_COORDINATORS = frozenset({"and", "but", "or", "yet"})


def _holds_cue_verb(words: list[str]) -> bool:
    """Whether lower-cased ``words`` hold a cue word used as a verb ("the TV show" holds the noun)."""
    cues = lexicon().cues
    return any(w in cues and not (i and (_noun_use(words[i - 1], w) or w == "show" and words[i - 1] in _SHOW_KINDS))
               for i, w in enumerate(words))


def _names_someone(token: Token, low: str) -> bool:
    """Whether a word after "and" may open a second speaker ("…, and Jane Roe, said", "…, and others,
    have said", "…, and the mayor, said") rather than a second verb phrase ("…, and took questions")."""
    lex = lexicon()
    return _is_capital(token) or low in _DETERMINERS or low in _QUANTIFIERS or low in lex.anonymous \
        or low in lex.roles or low in _PRONOUNS


def _before_dash_aside(doc: Document, j: int, lo: int) -> int:
    """`Democrats — and some Republicans — say`, `The justice -- who has fought him -- said`: the subject
    stands before an aside set off by a pair of dashes; the token before the opening dash (``j`` is the
    closing one), back past "has also" and the like, or ``lo - 1`` when there is no such pair."""
    tokens = doc.tokens
    k = j - 1
    if k >= lo and tokens[k].text == "-" and tokens[j].text == "-":
        k -= 1  # "--" is two tokens
    while k >= lo and j - k <= _ASIDE_MAX_TOKENS and tokens[k].text not in _DASHES:
        if tokens[k].text in (";", ":") or tokens[k].text in _DOUBLE_MARKS or tokens[k].text == "." and not (
                k > lo and _is_capital(tokens[k - 1]) and len(tokens[k - 1].text) <= 4):  # (not "Mr.")
            return lo - 1
        k -= 1
    if k < lo or j - k > _ASIDE_MAX_TOKENS or k + 1 >= j:
        return lo - 1
    if tokens[k].text == "-" and k - 1 >= lo and tokens[k - 1].text == "-":
        k -= 1
    elif not _is_dash(doc, k):
        return lo - 1  # a hyphen inside a word is no dash
    return k - 1


def _is_dash(doc: Document, k: int) -> bool:
    """A dash, "--", or a hyphen standing for one between spaces ("Mr. Bush - in a line - declared")."""
    tok = doc.tokens[k]
    if tok.text != "-":
        return True
    text = doc.text
    if k > 0 and doc.tokens[k - 1].text == "-" or k + 1 < len(doc.tokens) and doc.tokens[k + 1].text == "-":
        return True
    return 0 < tok.start and tok.end < len(text) and text[tok.start - 1].isspace() and text[tok.end].isspace()


def _antecedent(doc: Document, which: int, lo: int) -> tuple[int, int] | None:
    """`The union, which endorsed Lopez`: the source a relative "which" stands for, when the phrase before
    its comma can speak (a named body or a source noun: "the union", "the group"); not "missiles, which
    boast a range of 190 miles"."""
    lows = doc.lower_texts()
    if which - 2 < lo or lows[which - 1] != ",":
        return None
    j = which - 2
    lex = lexicon()
    tokens = doc.tokens
    human = lows[which] == "who" and tokens[j].text.isalpha() and tokens[j].text.islower() \
        and lows[j] not in _NOT_NAME and lows[j] not in _PRONOUNS
    # ("business owners, who insist …": "who" stands only for people, so the noun before it is a source)
    if lows[j] not in lex.anonymous and lows[j] not in lex.roles and lows[j] not in _SOURCE_BODIES and not human:
        if not _is_capital(tokens[j]) or lows[j] in _NOT_NAME:
            return None
        i = j  # "Harbor Steel, which opposed the bill": a named body
        while i - 1 > lo and j - i < 5 and (_is_capital(tokens[i - 1]) or lows[i - 1] in _NAME_LINKS) \
                and lows[i - 1] not in _NOT_NAME:
            i -= 1
        return (i, j) if i > lo or _is_capital(tokens[i]) else None
    i = j
    while i > lo and j - i < 4 and tokens[i - 1].is_word and lows[i - 1] not in _CLAUSE_STOPS \
            and not (human and lows[i - 1] in _PREPOSITIONS and _people_plural(lows[j], lex)):
        # ("protests from tenant groups, who": the groups; but "said to Roe on camera, who": Roe)
        i -= 1  # back over its modifiers to the determiner: "the teachers' union", "the state party"
        if lows[i] in ("the", "a", "an"):
            break
    return i, j


def _title_dot(doc: Document, k: int, first: int, hi: int) -> bool:
    """Whether token ``k`` is the dot of a title or initial inside a name ("Ms. Brainard", "John F. Kelly")."""
    tokens = doc.tokens
    return tokens[k].text == "." and k > first and len(tokens[k - 1].text) <= 4 and _is_capital(tokens[k - 1]) \
        and k + 1 < hi and _is_capital(tokens[k + 1])


_DESCRIPTION_MAX_TOKENS = 8


def _named_after_description(doc: Document, first: int, hi: int) -> tuple[int, int, str] | None:
    """`“…,” said his best friend at college, Bruce Turry.`: a description, then the name in apposition
    closing the sentence or followed by a comma; the name speaks and the description describes it."""
    tokens = doc.tokens
    k = first
    while k < hi and k - first < _DESCRIPTION_MAX_TOKENS and tokens[k].is_word and not _is_capital(tokens[k]):
        k += 1
    while k < hi and k - first < _DESCRIPTION_MAX_TOKENS and tokens[k].text != ",":
        k += 1  # (a capitalised place in the description: "at Lehigh")
    if k >= hi or k == first or tokens[k].text != ",":
        return None
    start = k + 1
    end = start
    while end < hi and (_is_capital(tokens[end]) or tokens[end].text == "." and end > start
                        and end + 1 < hi and _is_capital(tokens[end + 1])):
        end += 1  # ("Bruce J. Turry", not the sentence's closing dot)
    if end == start or end < hi and tokens[end].text not in (",", ".", ";"):
        return None
    return tokens[start].start, tokens[end - 1].end, doc.text[tokens[first].start: tokens[k - 1].end]


def _right_speaker(doc: Document, first: int, hi: int, *, loose: bool = False,
                   described: bool = False) -> tuple[int, int, str | None] | None:
    """The speaker right after an inverted cue ("said Andrew Michta, director at ...", "according to X");
    ``described``: the cue follows a quotation, so a described person speaks too ("said the woman")."""
    lows = doc.lower_texts()
    lex = lexicon()
    tokens = doc.tokens
    if first >= hi:
        return None
    low = lows[first]
    end_tok = None
    if low in _PRONOUNS - {"who", "which", "it"}:
        end_tok = first
    elif loose:
        k = first
        while k < hi and k - first < 20 and (tokens[k].text not in (",", ";", ":", ".", "—", "–", "“", '"')
                                             or _title_dot(doc, k, first, hi)):
            k += 1
        if k > first:
            end_tok = k - 1
    else:
        k = _past_job_title(doc, first, hi)
        steps = 0
        while k < hi and steps < 7:
            t = tokens[k]
            tl = lows[k]
            if _title_dot(doc, k, first, hi):
                k += 1  # "said Ms. Brainard"
                continue
            if _is_capital(t) or tl in _NAME_LINKS and k + 1 < hi and _is_capital(tokens[k + 1]) \
                    or k + 2 < hi and _particle_pair(lows, k) and _is_capital(tokens[k + 2]) \
                    or tl in _DETERMINERS or tl in lex.anonymous or tl in lex.roles:
                end_tok = k if (_is_capital(t) or tl in lex.anonymous or tl in lex.roles) else end_tok
                k += 1
                steps += 1
                if tl in lex.anonymous or tl in lex.roles:
                    if k + 1 < hi and lows[k] == "and" and (lows[k + 1] in lex.roles or lows[k + 1] in lex.anonymous):
                        k += 1  # "said lobbyist and strategist Charlie Roe": two roles of one person
                        continue
                    if not (k < hi and _is_capital(tokens[k])):
                        break
            else:
                break
        if end_tok is not None and end_tok + 1 < hi and lows[end_tok + 1] in (
                "familiar", "close", "briefed", "with", "for", "of", "at", "from") and (
                lows[end_tok] in lex.anonymous or lows[end_tok] in lex.roles):
            k = end_tok + 1
            while k < hi and tokens[k].text not in (",", ".", ";", ":"):
                k += 1
            end_tok = k - 1
        if end_tok is not None and end_tok + 2 < hi and lows[end_tok + 1] in _EXAMPLE_LINKS \
                and (lows[end_tok] in lex.anonymous or lows[end_tok] in lex.roles) and _is_capital(tokens[end_tok + 2]):
            k = end_tok + 2  # "say experts like Jane Roe": the named example is part of the speakers
            while k < hi and (_is_capital(tokens[k]) or _title_dot(doc, k, first, hi)):
                k += 1
            end_tok = k - 1
        if end_tok is not None or low in _DETERMINERS:
            end_tok = _noun_phrase_end(doc, first if end_tok is None else end_tok + 1, hi, end_tok,
                                       described=described)
    if end_tok is None and low in _DETERMINERS and not loose:
        end_tok = _unnamed_on_purpose_end(doc, first, hi)  # "said an engineer who asked not to be named"
    if end_tok is None:
        return _named_after_description(doc, first, hi) if described and low in _DETERMINERS else None
    owned = first + 2 < hi and lows[first + 1] in _POSSESSIVE and tokens[end_tok].text.islower()
    if described and (low in _DETERMINERS or owned) and end_tok + 1 < hi and (
            tokens[end_tok + 1].text != "," or end_tok + 2 < hi and _is_capital(tokens[end_tok + 2])):
        named = _named_after_description(doc, first, hi)
        if named is not None:
            return named  # "said his campaign manager, Ignacio Fuentealba.": the name, not "his campaign"
            # (an owner's name before the role too: "said Rubio's deputy campaign manager, Rich Beeson")
    descriptor = None
    if not loose and end_tok + 1 < hi and tokens[end_tok + 1].text == "," and end_tok + 2 < hi:
        nxt = tokens[end_tok + 2]
        if nxt.text.lower() in _DETERMINERS or nxt.text[0].islower() and nxt.text.lower() not in (
                "and", "but", "who", "whose", "which", "while", "as") \
                and not (nxt.text.endswith("ing") and nxt.text not in _ROLE_PARTICIPLES) \
                or nxt.text in lex.titles:  # (not "said Roe, adding …", "…, according to", "…, drawing applause":
            # a participle's clause, unless it opens a job title, "said Roe, managing director of …")
            k = end_tok + 2
            while k < hi and tokens[k].text not in (",", ";", ":", ".", "—", "–", "“", '"', "(") \
                    and k - end_tok < 20:
                k += 1
            chunk = doc.text[nxt.start: tokens[k - 1].end]
            cut = _DESCRIPTOR_END.search(chunk)
            descriptor = (chunk[: cut.start()] if cut else chunk).strip() or None
    return tokens[first].start, tokens[end_tok].end, descriptor


# Words between unnamed speakers and a named one among them ("say experts like Jane Roe").
_EXAMPLE_LINKS = frozenset({"like", "including"})


# Participles that open a job title ("said Roe, managing director of …", "acting chief of staff").
_ROLE_PARTICIPLES = frozenset({"managing", "acting", "presiding", "leading", "founding", "ranking", "outgoing",
                               "incoming", "visiting", "reigning", "governing", "consulting", "supervising"})


# Words that end a noun phrase: auxiliaries, clause openers, relative pronouns, most prepositions.
_NOT_IN_NOUN_PHRASE = _NEGATED_AUXILIARIES | frozenset({
    "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "could", "can", "should",
    "may", "might", "must", "did", "does", "do", "but", "and", "while", "though", "although", "because", "since",
    "whereas", "yet", "so", "as", "that", "who", "which", "to", "in", "on", "at", "for", "by", "with", "from",
    "about", "after", "during", "not",
})


def _noun_phrase_end(doc: Document, k: int, hi: int, end_tok: int | None, *, described: bool = False) -> int | None:
    """`said the company's chief executive.`, `said a handful of strategists.`: an inverted speaker whose
    last words are lower case, when the phrase ends its clause on a person noun (anonymous or role).
    ``described``: right after a quotation (`“…,” said the woman, who …`) the inverted cue's subject is
    whoever the phrase opening with a determiner describes, whatever its head noun."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    start = k
    while k < hi and k - start < 5 and (tokens[k].is_word or lows[k] in _POSSESSIVE) and \
            lows[k] not in _NOT_IN_NOUN_PHRASE:
        k += 1
    head = k - 1
    if start < k < hi and lows[k] in _OF_A_PERSON and (lows[head] in lexicon().anonymous
                                                      or lows[head] in lexicon().roles):
        k += 1  # "said a longtime adviser to Okafor.": the person's tie, to the end of the phrase
        while k < hi and k - head < 8 and (tokens[k].is_word or lows[k] in _POSSESSIVE) and \
                lows[k] not in _NOT_IN_NOUN_PHRASE:
            k += 1
        if k >= hi or lows[k] in (",", ".", ";"):
            return k - 1
        return end_tok
    if k > start and (k >= hi or lows[k] in (",", ".", ";")) and (
            lows[k - 1] in lexicon().anonymous or lows[k - 1] in lexicon().roles
            or described and k - start >= 2 and lows[start] in _DESCRIBING_DETERMINERS
            and not _time_phrase(lows, start, k - 1)):
        return k - 1  # (only a person noun: "urged a strong stand" or "tweeted their approval" names nobody)
    if described and end_tok is None and lows[start] in _DESCRIBING_DETERMINERS:
        return _described_phrase_end(doc, start, hi)
    return end_tok


# What may close the phrase describing an inverted speaker: punctuation, a relative clause, a preposition.
_DESCRIBED_STOPS = frozenset({",", ".", ";", ":", "—", "–", "(", "“", '"', "who", "whose", "which", "that"}
                             | _NOT_IN_NOUN_PHRASE)
_DESCRIBED_MAX_TOKENS = 9


def _described_phrase_end(doc: Document, start: int, hi: int) -> int | None:
    """`“…,” said a former senior law enforcement official.`, `said the 46-year-old.`, `said one of two
    witnesses who …`, `said the man who …`: right after a quotation an inverted cue's subject is the
    phrase its determiner opens, however long its modifiers, to a relative pronoun, a preposition (but
    "of": "one of two witnesses") or punctuation. A time phrase ("said the next day") names nobody."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    k = start + 1
    while k < hi and k - start < _DESCRIBED_MAX_TOKENS and (lows[k] not in _DESCRIBED_STOPS or lows[k] == "of"):
        if not (tokens[k].is_word or lows[k] in _POSSESSIVE or lows[k] == "-"):
            return None
        k += 1
    if k < hi and (lows[k - 1], lows[k]) in (("familiar", "with"), ("close", "to")):
        k = next((m for m in range(k + 1, min(hi, k + _DESCRIBED_MAX_TOKENS))
                  if not (tokens[m].is_word or lows[m] in _POSSESSIVE)), hi)
        # "said a Democrat familiar with the campaign's plans": the tie is part of who the source is
    last = k - 1
    if last <= start or not (k >= hi or lows[k] in _DESCRIBED_STOPS) or lows[last] in ("of", "-") \
            or _time_phrase(lows, start, last):
        return None
    return last


def _unnamed_on_purpose_end(doc: Document, start: int, hi: int) -> int | None:
    """`said an engineer who asked not to be identified`: the last token of a phrase opened by a determiner at
    ``start`` whose relative clause says why the source goes unnamed (only a person asks that, whatever the
    noun: the phrase names a speaker no list holds), else None."""
    last = _described_phrase_end(doc, start, hi)
    if last is None or last + 1 >= hi or doc.lower_texts()[last + 1] != "who":
        return None
    close = _relative_clause_end(doc, last + 1, hi)
    tokens = doc.tokens
    return last if _WITHHELD_NAME.search(doc.text, tokens[last + 1].start, tokens[close - 1].end) else None


def _time_phrase(lows: list[str], start: int, last: int) -> bool:
    """"the next day", "the following week", "the same evening": a determiner phrase naming a time."""
    return lows[start + 1] in _TIME_WORDS or lows[last] in _TIME_UNITS or lows[last] in ("day", "days")


# Prepositions tying a person noun to whom they serve ("an adviser to Okafor", "a lawyer for the family").
_OF_A_PERSON = frozenset({"to", "for", "at", "with", "in"})
_DESCRIBING_DETERMINERS = frozenset({"the", "a", "an", "one", "another"})


def _past_job_title(doc: Document, first: int, hi: int) -> int:
    """`says city historian Mara Quint`: the first capitalised word after a lowercase job title of
    a word or three, or ``first`` when no name follows."""
    tokens = doc.tokens
    if first >= hi or not tokens[first].text.islower():
        return first  # the usual case: a name, a pronoun or punctuation
    lows = doc.lower_texts()
    lex = lexicon()
    m = first
    while m < hi and m - first < 3 and tokens[m].text.isalpha() and tokens[m].text.islower() \
            and lows[m] not in _NAME_STOP and lows[m] not in _AUXILIARIES and lows[m] not in lex.cues \
            and not lows[m].endswith("ing"):
        m += 1
    return m if first < m < hi and _is_capital(tokens[m]) else first


# ---------------------------------------------------------------- cues


class _CueHit(NamedTuple):  # a tuple: thousands are made per article, and a tuple is cheapest to make
    start: int
    end: int
    word: _CueWord
    token: int  # index of its first token
    last_token: int


@lru_cache(maxsize=1)
def _cue_surfaces() -> frozenset[str]:
    """Every cue form as written: lower case, Capitalised, UPPER."""
    forms = lexicon().cues
    return frozenset(f2 for f in forms for f2 in (f, f.capitalize(), f.upper()))


@lru_cache(maxsize=1)
def _cue_surfaces_lowered() -> frozenset[str]:
    """The cue forms as written, lower-cased: a token whose text is a cue form lower-cases into this set."""
    return frozenset(f.lower() for f in _cue_surfaces())


@lru_cache(maxsize=1)
def _cue_lemmas() -> frozenset[str]:
    """Every cue's bare form ("urge", "blame"), also where the lexicon leaves it out as too often a noun."""
    return frozenset(w.lemma for w in lexicon().cues.values())


@lru_cache(maxsize=1)
def _cue_or_poll_forms() -> frozenset[str]:
    """The lower-cased cue forms and the poll nouns: the tokens `_cue_hits` picks out in one pass."""
    return (_cue_surfaces_lowered() | _POLL_NOUNS | _nominal_cues().keys() | _phrasal_cues().keys()
            | _TAKE_AIM_NOUNS | {"clear", "put", "puts", "like"})


@lru_cache(maxsize=1)
def _nominal_cues() -> dict[str, tuple[str, _CueWord]]:
    """``nominal.txt``: noun form -> (the preposition opening its content, the cue word it stands for)."""
    return {form: (prep, _CueWord(lemma, category, "nominal")) for form, prep, lemma, category in _lines("nominal.txt")}


@lru_cache(maxsize=1)
def _phrasal_cues() -> dict[str, tuple[tuple[tuple[str, ...], ...], _CueWord]]:
    """``phrasal.txt``: verb form -> (the particle sequences one of which must follow it, the cue word)."""
    out = {}
    for lemma, category, after, forms in _lines("phrasal.txt"):
        word = _CueWord(lemma, category, "object")
        for form in forms.split():
            out[form] = (tuple(tuple(alt.split()) for alt in after.split("|")), word)
    return out


# A second particle of direction after a phrasal cue's own makes it a motion: "shares shot back up".
_MOTION_AFTER = frozenset({"up", "down", "into", "onto", "toward", "towards"})
_OBJECT_AS_MAX_TOKENS = 6  # "see [Trump's bombast] as the solution": the object between the verb and "as"
_NOT_IN_OBJECT = frozenset({",", ";", ":", ".", "that", "which", "who", "when", "while", "because", "if", "“", '"'})


def _phrasal_last(doc: Document, lows: list[str], t: int, afters: tuple[tuple[str, ...], ...]) -> int | None:
    """The last token of the cue whose verb is token ``t`` ("lashed out at": the index of "at"; "sees …
    as": ``t`` itself, the object being the content), or None when none of its particle sequences follows."""
    n = len(lows)
    for after in afters:
        if after == ("…", "as"):
            k = t + 1
            while k < n and k - t <= _OBJECT_AS_MAX_TOKENS and lows[k] != "as" and lows[k] not in _NOT_IN_OBJECT \
                    and lows[k] not in _AUXILIARIES and (doc.tokens[k].is_word or lows[k] in _POSSESSIVE):
                k += 1
            if t + 1 < k < n and lows[k] == "as" and not _AUXILIARIES.intersection(lows[k + 1: k + 5]):
                return t  # (an object first: "is seen as" names no one who sees; "saw prices fall as
                # demand was weak": "as" opens a clause of its own, with its own verb)
        elif lows[t + 1: t + 1 + len(after)] == list(after):
            return t + len(after)
    return None


# "as Okafor put it, …", "she put it bluntly: …": "put it" with no place after it is saying it (a cue of
# two words, like "made clear"); "put it on the table", "put it to a vote" stay literal.
_PUT_IT = _CueWord("put it", "neutral", "any")
_PUT_IT_AFTER = frozenset({",", ":", ".", "—", "–", ";", "this", "best", "another", "simply", "bluntly", "more"})


def _put_it(lows: list[str], t: int) -> int | None:
    """The index of "it" when the "put" at ``t`` opens "put it" used of words ("as X put it,"), or None."""
    if t + 2 < len(lows) and lows[t + 1] == "it" and (lows[t + 2] in _PUT_IT_AFTER or _manner_adverb(lows[t + 2])):
        return t + 1
    return None


_MAKE_FORMS = frozenset({"made", "make", "makes", "making"})
_MAKE_CLEAR = _CueWord("make clear", "neutral", "any")
# "Okafor would like to see the pier rebuilt": a stated wish, like "wants to"; "like" alone is a preposition
# or a verb of taste, so it counts only after "would" / "'d" and before "to".
_WOULD_LIKE = _CueWord("would like", "stance", "object")
_WOULD_FORMS = frozenset({"would", "'d", "’d"})
# "took aim at the plan", "took a swipe at the mayor", "took several shots at him": a light verb and its
# noun, a criticism of what follows "at" (a word or two may stand between: "a parting shot", "multiple swipes")
_TAKE_FORMS = frozenset({"took", "take", "takes", "taking", "taken"})
_TAKE_AIM = _CueWord("take aim", "stance", "object")
_TAKE_AIM_NOUNS = frozenset({"aim", "swipe", "swipes", "shot", "shots", "jab", "jabs", "potshot", "potshots",
                             "dig", "digs"})


def _light_verb_before(lows: list[str], t: int) -> int | None:
    """The index of the "take" form up to three words before the noun at ``t`` ("took a parting shot"), or None."""
    for k in range(t - 1, max(-1, t - 4), -1):
        if lows[k] in _TAKE_FORMS:
            return k
        if not lows[k].isalpha() or lows[k] in _TAKE_AIM_NOUNS:
            return None
    return None


def _made_clear(lows: list[str], t: int) -> int | None:
    """ "made clear that …", "has made it clear that …": a speech act in two or three words; the index of
    "made" before the "clear" at ``t``, or None."""
    if t > 0 and lows[t - 1] in _MAKE_FORMS:
        return t - 1
    if t > 1 and lows[t - 1] == "it" and lows[t - 2] in _MAKE_FORMS:
        return t - 2
    return None


def _cue_hits(doc: Document, polls: list[int] | None = None, nominals: list[int] | None = None) -> list[_CueHit]:
    """Cue words among the document's tokens (a dict lookup per token, no big regex); the indices of
    poll nouns ("poll", "surveys") go to ``polls``, and those of nominal cues ("criticism") to ``nominals``,
    from the same pass."""
    cues = lexicon().cues
    surface = _cue_surfaces()
    tokens = doc.tokens
    n = len(tokens)
    hits = []
    # the few tokens that may be cue forms or poll nouns, picked out in C (a set lookup per lower-cased token)
    lows = doc.lower_texts()
    for t in compress(range(n), map(_cue_or_poll_forms().__contains__, lows)):
        tok = tokens[t]
        if tok.text not in surface:
            if polls is not None and lows[t] in _POLL_NOUNS:
                polls.append(t)
            elif nominals is not None and lows[t] in _nominal_cues():
                nominals.append(t)
            elif lows[t] == "like":
                if 0 < t < n - 2 and lows[t - 1] in _WOULD_FORMS and lows[t + 1] == "to":
                    hits.append(_CueHit(tokens[t - 1].start, tok.end, _WOULD_LIKE, t - 1, t))
            elif lows[t] == "clear":
                made = _made_clear(lows, t)
                if made is not None:
                    hits.append(_CueHit(tokens[made].start, tok.end, _MAKE_CLEAR, made, t))
            elif lows[t] in _TAKE_AIM_NOUNS and (take := _light_verb_before(lows, t) if 0 < t < n - 2
                                                 and lows[t + 1] == "at" else None) is not None:
                hits.append(_CueHit(tokens[take].start, tokens[t + 1].end, _TAKE_AIM, take, t + 1))
            elif lows[t] in ("put", "puts") and (it := _put_it(lows, t)) is not None:
                hits.append(_CueHit(tok.start, tokens[it].end, _PUT_IT, t, it))
            elif lows[t] in _phrasal_cues() and t + 2 < n and tok.text.islower():
                afters, word = _phrasal_cues()[lows[t]]
                last = _phrasal_last(doc, lows, t, afters)
                if last is not None and lows[last] == "to" and last + 1 < n and lows[last + 1] in cues:
                    continue  # "is eager to say that …": the infinitive's cue reports, with the same subject
                if last is not None and not (t > 0 and _noun_use(lows[t - 1], tok.text)) \
                        and (last + 1 >= n or lows[last + 1] not in _MOTION_AFTER):
                    hits.append(_CueHit(tok.start, tokens[last].end, word, t, last))
            continue
        low = lows[t]
        word = cues[low]
        last = t
        if low == "according":
            if t + 1 >= n or lows[t + 1] != "to":
                continue
            last = t + 1
        elif low[-3:] == "ing" and t + 1 < n and lows[t + 1] in _NOUNS_AFTER_GERUND:
            continue  # "speaking fees", "talking points": a compound noun, which ends no reported clause
        elif t > 0 and _noun_use(lows[t - 1], tok.text) and not (t > 1 and lows[t - 2] in _PRONOUNS) \
                or t > 1 and (_prepositional_object(doc, lows, t)
                              or low in _NOUN_FORMS and _noun_after_modifier(doc, lows, t)):
            if nominals is not None and low in _nominal_cues():
                nominals.append(t)  # "the mayor's claims that …": the noun, which `_nominal_reports` reads
            continue  # "the statement", "have claims", "the mayor's claims": a noun; "who's called" is a verb
        elif low in _NOUN_FIRST_BARE_FORMS and not _bare_stance_verb(doc, lows, t):
            continue  # "strong support among women", "Sanders support": the noun; "voters who support Roe"
        elif t > 0 and (low == "show" and lows[t - 1] in _SHOW_KINDS or low == "shows" and lows[t - 1] in _SHOWS_KINDS
                        or word.lemma == "show" and t + 1 < n and lows[t + 1] == "up"):
            continue  # "his weekly radio show", "the morning shows": programmes; "show up": arrive
        elif low in _VERB_ONLY_BEFORE and (t + 1 >= n or lows[t + 1] not in _VERB_ONLY_BEFORE[low]):
            continue  # "the primary votes", "won 25 million votes": the noun; "she votes against it"
        elif low.endswith("s") and t + 1 < n and (lows[t + 1] in (
                "are", "were", "have", "had", "would", "will", "could", "can", "do", "did")
                or lows[t + 1] in _NEGATED_AUXILIARIES):
            continue  # "the tax cut plans are": a plural noun
        elif low.endswith("s") and t > 1 and tok.text.islower() and _counted_name_before(doc, lows, t):
            continue  # "eight London shows", "12 Senate votes": counted, the form is a plural noun; a name
            # between a number and a verb is no subject ("six in 10 Americans say" has "Americans" plural)
        elif word.lemma in _FINITE_ONLY_PAST and low == word.lemma and t + 1 < n and lows[t + 1] in _FINITE_AFTER_NOUN:
            continue  # "the 10-year Treasury note fell", "the report was": a bare form that is also a noun,
            # before a finite verb, is that verb's subject (a verb in the bare form takes no finite verb next)
        elif tok.text[0].isupper():
            sentence = doc.sentences[tok.sentence]
            opening = t == sentence.first_token
            if low in ("asked", "according") and (opening or lows[t - 1] in _OPENS_A_CLAUSE):
                pass  # "Asked whether …, he said", "According to X, …" (also after a colon: "…: According to")
            elif opening and low[-3:] == "ing" and word.category in _SPEECH_OR_GUESS and t + 1 < n \
                    and tok.text[1:].islower() and word.lemma not in _NOT_OPENING_PARTICIPLES:
                pass  # "Noting that the levy failed, Okafor said …": the participle opens its sentence
            elif opening or not _is_capital(tokens[t - 1]) \
                    or not _title_case(doc, sentence):
                continue  # a capitalised cue only inside a title-case headline ("Hollande Says Trump ...",
                # "Roe Endorses Hale": a stance too, a cue 24 times in 34 on the PolNeAR train split)
        hits.append(_CueHit(tok.start, tokens[last].end, word, t, last))
    return hits


_SPEECH_OR_GUESS = frozenset({"neutral", "evaluative", "tentative"})
# Bare forms of stance verbs that are more often nouns ("his support", "in favor of"): a verb only between
# a subject and an object, as `_bare_stance_verb` reads them.
# The words that must follow (None: any object): "would vote for Roe", not "the vote on Friday".
_NOUN_FIRST_BARE_FORMS = {"support": None, "favor": None, "favour": None, "vote": frozenset({"for", "against"})}
_BARE_SUBJECT_WORDS = frozenset({"who", "that", "they", "we", "i", "voters", "percent", "%", "majority",
                                 "most", "many", "some", "others", "few"})
_BARE_STANCE_ADVERBS = frozenset({"strongly", "also", "still", "now", "generally", "largely", "overwhelmingly",
                                  "firmly", "not", "n't", "never", "would", "will", "could", "can", "might", "may",
                                  "do", "did", "should", "’d", "'d", "continue", "to"})
_NOT_AN_OBJECT = frozenset({"among", "against", "for", "from", "of", "in", "on", "at", "with", "by", "to", "and", "or",
                            "but", "as", "is", "was", "are", "were", "has", "had", "have", "will", "would", "that",
                            "which"})


def _bare_stance_verb(doc: Document, lows: list[str], t: int) -> bool:
    """Whether a bare "support" / "favor" / "vote" at ``t`` is the verb: a subject right before it (a plural, "who",
    a pronoun, a share: "voters who support Roe", "19 percent support Lee"; not "you": "Do you support
    Roe?" asks the reader) or a modal or adverb of the verb
    group ("would support", "strongly favor"), and an object right after it ("… the levy", "… Roe",
    "… raising taxes"). "Sanders support among women", "win support", "in favor of" are nouns."""
    if t < 1 or t + 1 >= len(lows):
        return False
    before, after = lows[t - 1], doc.tokens[t + 1]
    subject = before in _BARE_SUBJECT_WORDS or before in _BARE_STANCE_ADVERBS and before != "to" \
        or (before.endswith("s") and not before.endswith("ss") or before.endswith("men")) \
        and before not in _NOUN_BEFORE and before not in _BETWEEN and before not in ("his", "its", "this", "us")
    if before == "to" and t > 1 and lows[t - 2] in _BARE_STANCE_ADVERBS:
        subject = True  # "would continue to support"
    objects = _NOUN_FIRST_BARE_FORMS[lows[t]]
    if objects is not None:
        return subject and lows[t + 1] in objects
    return subject and after.is_word and lows[t + 1] not in _NOT_AN_OBJECT


# Opening a sentence, these name the occasion more than what was said ("Speaking to supporters, …",
# "Reporting from Dover, …", "Pointing to the chart, …").
_NOT_OPENING_PARTICIPLES = frozenset({"speak", "talk", "report", "point", "respond", "reply", "write", "tweet"})
# Punctuation after which a capitalised word opens a clause even where the sentence splitter saw none.
_OPENS_A_CLAUSE = frozenset({":", ".", "?", "!", "”", '"', "'", "—", "–"})


_NOUN_BEFORE = {
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "such",
    "any", "no", "of", "’s", "'s", "every", "each", "many", "several", "more", "new", "for", "in", "on", "at",
    "from", "with", "by", "into", "about", "whose", "first", "last", "latest", "recent", "two", "both",
}


# Before "show", words that make it a programme; before "shows" only those that cannot end a subject
# ("ABC News shows", "the game shows" may be the verb).: "the reality TV show", "his weekly radio show".
_SHOW_KINDS = frozenset({
    "tv", "television", "radio", "talk", "reality", "game", "news", "comedy", "cooking", "morning", "night",
    "late-night", "weekly", "daily", "sunday", "web", "variety", "quiz", "chat", "road", "trade", "art", "fashion",
    "award", "awards", "cable", "network", "hit", "popular", "live", "air", "car", "horse", "dog", "light",
})


_SHOWS_KINDS = frozenset({
    "tv", "television", "radio", "talk", "reality", "morning", "floor", "cooking", "comedy", "variety", "quiz",
    "chat", "award", "awards", "late-night", "cable", "favorite", "favourite",
})


# Forms that are mostly nouns in news text: a cue only before the word that makes them the verb.
_VERB_ONLY_BEFORE = {"votes": frozenset({"for", "against", "to"}), "points": frozenset({"to", "out"}),
                     "point": frozenset({"out"})}


_NOUN_AFTER = {"tank", "tanks", "piece", "pieces"}
# Nouns that make a compound with a cue's -ing form before them: "speaking fees", "talking points".
_NOUNS_AFTER_GERUND = frozenset({"fee", "fees", "point", "points", "engagement", "engagements", "slot", "slots",
                                 "tour", "circuit"})
# Words of _NOUN_BEFORE after which some forms are the verb after all (`_verb_after`).
_VERB_AFTER = frozenset({"first", "last", "two", "both", "by", "in", "on"})


# Cue forms in a sense that reports nothing, told by the next word: "pledged delegates" (an adjective:
# delegates bound to a candidate), "spoke on (the) condition of anonymity" (why a source goes unnamed,
# not what it said: the words come with the "said" next to it).
_ADJECTIVE_BEFORE = {"pledged": frozenset({"delegate", "delegates"})}
_ANONYMITY_FORMS = frozenset({"spoke", "speaks", "speaking", "talked", "talks", "talking"})
# "declined to be named", "asked not to be identified": likewise why a source goes unnamed, whatever the verb.
_UNNAMED = frozenset({"named", "identified", "quoted"})


# After "declare": acts a declaration performs ("declared an emergency", "declared bankruptcy", "declared his
# candidacy"), which report no one's words or view. ("declared war on the press" is left: often a figure for a
# stance the speaker took, which PolNeAR attributes.)
_DECLARED_ACTS = frozenset({"emergency", "bankruptcy", "candidacy", "martial", "disaster", "holiday",
                            "independence", "ceasefire", "cease-fire", "truce", "curfew", "moratorium"})
_ACT_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "state", "of"})


def _declares_an_act(lows: list[str], hit: _CueHit) -> bool:
    """`declared an emergency`, `declared bankruptcy`: a declaration that performs an act reports no content
    (``hit.last_token + 1`` is known to be a token). ("did not respond to a request for comment" stays a
    quote: PolNeAR attributes it, the request as content, in most of the PolNeAR train split's cases.)"""
    k = hit.last_token + 1
    if lows[k] in ("it", "this") and (k + 1 >= len(lows) or not lows[k + 1].isalpha()):
        return True  # "hours after declaring it, lawmakers …": the act named before (martial law), no content
    for j in range(k, min(len(lows), k + 4)):
        if lows[j] in _DECLARED_ACTS:
            return True
        if lows[j] not in _ACT_DETERMINERS:
            return False
    return False


_POSSESSIVES = _POSSESSIVE_DETERMINERS | {"your"}
# What is called as one convenes it ("called a snap election", "called a strike"), and what is issued as an
# act of office rather than said ("issued rulings", "issued permits"; not "issued a warning").
_CONVENED = frozenset({"election", "elections", "strike", "strikes", "meeting", "meetings", "vote", "referendum",
                       "session", "summit", "hearing", "hearings", "recess", "timeout", "halt"})
# What a person shows by bearing, not by saying ("showed no emotion as the verdict was read").
_FEELINGS_SHOWN = frozenset({"emotion", "emotions", "remorse", "contrition", "regret", "composure", "restraint",
                             "courage", "mercy", "fatigue", "nerves"})
_ISSUED_THINGS = frozenset({"rules", "ruling", "rulings", "regulations", "permit", "permits", "license", "licenses",
                            "licence", "licences", "bonds", "shares", "tickets", "visas", "passports", "fines",
                            "citations", "checks", "cheques", "loans", "debt", "stamps", "currency", "coins",
                            "subpoenas", "subpoena", "indictments", "indictment", "warrant", "warrants", "pardons"})


def _convened(lows: list[str], t: int, k: int) -> bool:
    """ "called a snap election", "called a strike", "the meeting was called by": "call" as convening; not
    "called the vote a sham", which names it (a complement follows the object), nor "called for a vote", a
    demand."""
    if t >= 2 and lows[t - 1] in ("was", "were", "been", "be") and lows[t - 2] in _CONVENED:
        return True
    if lows[k] in _POSSESSIVES:
        return False  # "called her vote in favor of the war a mistake": a naming with a long object
    j = _object_noun(lows, k, _CONVENED)
    return j is not None and (j + 1 >= len(lows) or lows[j + 1] not in ("a", "an", "the", "one", "“", '"', "‘"))


_OBJECT_ENDS = _NOT_IN_OBJECT | {"on", "for", "about", "in", "to"}


def _object_noun(lows: list[str], k: int, nouns: frozenset[str]) -> int | None:
    """Where one of the first three words after the cue (its object and what modifies it) is in ``nouns``,
    before any punctuation or preposition ends the object ("called for a vote" has none), else None."""
    for j in range(k, min(k + 3, len(lows))):
        if lows[j] in nouns:
            return j
        if not lows[j].isalpha() or lows[j] in _OBJECT_ENDS:
            return None
    return None


def _not_a_report(doc: Document, lows: list[str], hit: _CueHit) -> bool:
    """`pledged delegates`, `spoke on condition of anonymity`, `called off the talks`, `a group called
    Harbor First`: the cue word does not report speech here (``hit.last_token + 1`` is known to be a token)."""
    low, k = lows[hit.last_token], hit.last_token + 1
    if lows[k] in _ADJECTIVE_BEFORE.get(low, ()):
        return True
    if low in _CALL_FORMS:
        return lows[k] == "off" or _names_a_thing(doc, lows, hit.token) or _phone_call(doc, lows, hit.token) \
            or _call_not_said(doc, lows, hit.token) or _convened(lows, hit.token, k)
    if hit.word.lemma == "issue" and _object_noun(lows, k, _ISSUED_THINGS) is not None:
        return True  # "issued rulings", "issued new rules on emissions": an act of office, no statement
    if hit.word.lemma == "show" and _object_noun(lows, k, _FEELINGS_SHOWN) is not None:
        return True  # "showed no emotion", "showed little remorse": a bearing seen, no finding reported
    if hit.word.lemma == "add" and lows[k] == "up":
        return True  # "the costs add up to $8 million": a sum, not a remark
    if hit.word.lemma == "quote" and lows[k] in _QUOTED_REFERENCES:
        return True  # "call 101, quoting log 1842": a police appeal's reference number, no one's words
    if _adds_a_quantity(lows, hit) or _a_showing(lows, hit) or _pushed_along_a_path(doc, lows, hit):
        return True
    if _has_little_to_say(lows, hit) or hit.word.lemma == "declare" and _declares_an_act(lows, hit):
        return True
    if hit.word.lemma == "threaten" and _event_subject(doc, lows, hit.token):
        return True  # "The loss of glaciers threatens water supplies": endangers; no one voices a threat
    if hit.token > 1 and lows[hit.token - 1] == "to" and lows[hit.token - 2] in _LEAVE_TO_SPEAK \
            and hit.word.category == "neutral":
        return True  # "was not authorized to discuss the matter": leave to speak, given or withheld, says nothing
        # (leave for a stance, "allowed to deny licences", is the stance's own: PolNeAR marks it)
    if hit.word.lemma in _NOT_WITH_NEXT and lows[k] in _NOT_WITH_NEXT[hit.word.lemma] \
            or low == "reporting" and lows[hit.token - 1] in ("precinct", "precincts"):
        return True  # "never backing down" (yielding), "with 90 percent of precincts reporting" (a count)
    if lows[k: k + 2] == ["to", "be"] and lows[k + 2: k + 3] and lows[k + 2] in _UNNAMED \
            or lows[k: k + 3] == ["not", "to", "be"] and lows[k + 3: k + 4] and lows[k + 3] in _UNNAMED:
        return True
    return low in _ANONYMITY_FORMS and lows[k] == "on" and "anonymity" in lows[k + 1: k + 5]


# Prepositions of a path after a pushed object: "pushed strollers along the route" moves a thing ("pushed
# Clinton to the left", "pushed states on the east coast" are stances, and stay).
_PATHS = frozenset({"along", "across", "around", "past", "over", "toward", "towards", "into", "onto", "up",
                    "down", "through", "uphill", "downhill"})
_PUSHED_OBJECT_MAX_TOKENS = 4


def _pushed_along_a_path(doc: Document, lows: list[str], hit: _CueHit) -> bool:
    """`Families pushed strollers along the route`, `pushed the cart up the hill`: an object of a few words, then
    a path, is a thing moved by hand, no stance ("pushed the idea", "pushed for a ban" stay stances; "pushed
    through a law" has no object before its particle)."""
    if hit.word.lemma != "push":
        return False
    k = hit.last_token + 1
    for j in range(k + 1, min(len(lows), k + 1 + _PUSHED_OBJECT_MAX_TOKENS)):
        if lows[j] in _PATHS:
            return True
        if not doc.tokens[j].is_word or lows[j] in _NOT_IN_OBJECT:
            return False
    return False


# Nouns of a change or a lack that head a subject that cannot speak: "The loss of glaciers threatens …",
# "A shortage of nurses threatens …" (the verb means "endangers"). Written by hand from general English.
_EVENT_NOUNS = frozenset({"loss", "losses", "rise", "fall", "decline", "lack", "shortage", "shortages", "spread",
                          "collapse", "increase", "growth", "erosion", "melting", "retreat", "surge", "drop",
                          "shortfall", "warming", "drought", "flooding", "closure", "closures"})


def _event_subject(doc: Document, lows: list[str], t: int) -> bool:
    """Whether the sentence of the cue at ``t`` opens with a change or a lack as its subject ("The loss of
    glaciers", "Rising costs" no: only the listed nouns, after at most an article and one modifier)."""
    first = doc.sentences[doc.tokens[t].sentence].first_token
    k = first + (lows[first] in ("the", "a", "an"))
    for j in (k, k + 1):
        if j < t and lows[j] in _EVENT_NOUNS:
            return True
    return False


# Participles of leave before an infinitive cue ("not authorized to discuss the talks", "was not allowed to
# speak publicly"): PolNeAR's annotators mark no attribution there, and none is made.
_LEAVE_TO_SPEAK = frozenset({"authorized", "authorised", "allowed", "permitted", "cleared", "empowered"})


# Words after a cue that give it a sense reporting nothing: "backed down" (gave way), "voted." (cast a
# ballot, for no one named), "showing off the hat" (displaying it).
_NOT_WITH_NEXT = {"back": frozenset({"down"}), "vote": frozenset({".", ";", "!"}), "show": frozenset({"off"})}


_AMOUNTS_SAID = frozenset({"nothing", "little", "much", "something", "anything", "plenty"})


def _has_little_to_say(lows: list[str], hit: _CueHit) -> bool:
    """`had little to say`, `had nothing bad to say about Okafor`: an amount of talk, not a report of it (what
    follows is at most its topic)."""
    t = hit.token
    if hit.word.lemma != "say" or t < 2 or lows[t - 1] != "to":
        return False
    return lows[t - 2] in _AMOUNTS_SAID or t > 2 and lows[t - 3] in _AMOUNTS_SAID and lows[t - 2].isalpha()


# Words that make "showing" the noun for a result ("a strong showing", "her best showing"), not the verb.
_SHOWING_JUDGEMENTS = frozenset({
    "strong", "stronger", "strongest", "poor", "poorer", "weak", "weaker", "weakest", "good", "better", "best",
    "bad", "worse", "worst", "solid", "dismal", "disappointing", "impressive", "surprising", "lackluster",
    "respectable", "decent", "dominant", "lopsided", "robust", "anemic", "tepid", "second-best", "third-place",
    "second-place", "first-place", "fourth-place",
})
_ABOUT_A_NUMBER = frozenset({"about", "around", "nearly", "roughly", "almost", "some", "another", "over"})


def _adds_a_quantity(lows: list[str], hit: _CueHit) -> bool:
    """`the economy added 292,000 jobs`, `added around 1 million voters`, `could add another title`: "add" with
    a quantity for its object puts things together, and "decline" with one ("sales declined 21%") falls;
    nobody remarks or refuses anything."""
    if hit.word.lemma not in ("add", "decline"):
        return False
    k = hit.last_token + 1
    if hit.word.lemma == "decline" and k + 1 < len(lows) and lows[k] in ("by", "to", "from"):
        k += 1  # "revenue declined 21%", "declined by a third", "declined to $2.3 billion": a fall, no refusal
    if k + 1 < len(lows) and lows[k] in _ABOUT_A_NUMBER:
        k += 1
    if hit.word.lemma == "add" and k + 1 < len(lows) and lows[k] in ("a", "his", "her", "their", "its", "the") \
            and lows[k + 1] in _ORDINAL_WORDS:
        return True  # "added a second from the penalty spot", "added their third": a goal, a point, a title
    return lows[k][:1].isdigit() or lows[k][:1] == "$" or lows[k] in _NUMBER_WORDS \
        or lows[k - 1] == "another" and k > hit.last_token + 1


_QUOTED_REFERENCES = frozenset({"log", "reference", "ref", "crime", "incident", "case", "code", "number", "occurrence"})
_ORDINAL_WORDS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())


def _a_showing(lows: list[str], hit: _CueHit) -> bool:
    """`Romney's poor showing with Latinos`, `a strong showing in Iowa`: the noun for a result, not "showing"
    that something is so."""
    return lows[hit.token] == "showing" and hit.token > 0 and lows[hit.token - 1] in _SHOWING_JUDGEMENTS


_CALL_FORMS = frozenset({"call", "called", "calls", "calling"})
_INDEFINITES = frozenset({"a", "an", "another", "one"})


def _names_a_thing(doc: Document, lows: list[str], t: int) -> bool:
    """`a program called Harbor First`, `another called i360`: "called" after an indefinite noun phrase and
    before a name gives that thing's name; nobody speaks ("the mayor called Okafor a liar" does)."""
    tokens = doc.tokens
    lo = doc.sentences[tokens[t].sentence].first_token
    nxt = tokens[t + 1].text
    if not (nxt[:1].isupper() or nxt[:1] in "#“\"'‘"):
        return False
    for j in range(t - 1, max(lo - 1, t - 5), -1):
        if lows[j] in _INDEFINITES:
            return True
        if not tokens[j].is_word or lows[j] in _PRONOUNS or lows[j] in _BETWEEN or _is_capital(tokens[j]):
            return False
    return False


# Before "calls", words that make it the noun for telephone calls ("phone calls", "making calls").
_CALLS_NOUN_BEFORE = frozenset({
    "phone", "conference", "robo", "endless", "making", "make", "made", "makes", "taking", "took", "returning",
    "returned", "fielding", "fielded", "unreturned", "so-", "so",
})




def _call_not_said(doc: Document, lows: list[str], t: int) -> bool:
    """`phone calls over the weekend`, `making calls two nights a week`, `the so- called relationship`, `called
    into the show` (rang in; "called into question" is a charge), `called to mind`, `a Facebook group called
    Occupy the Port`, `a movement called the Harbor Party`: "call" in a sense that reports nobody's words
    (``t + 1`` is a token)."""
    nxt = lows[t + 1]
    if lows[t] == "call" and any(lows[k] in _CALL_NOUN_DETERMINERS for k in range(max(0, t - 2), t)):
        return True  # "a call from the mayor", "a close call", "the call for reform": the noun
    if t > 0 and lows[t - 1] in _CALLS_NOUN_BEFORE \
            or nxt in ("into", "in") and lows[t + 2: t + 3] not in (["question"], ["doubt"]) \
            or nxt == "to" and lows[t + 2: t + 3] == ["mind"]:
        return True
    return lows[t] == "called" and _named_group_before(doc, lows, t)


def _named_group_before(doc: Document, lows: list[str], t: int) -> bool:
    """`a Facebook group called Occupy the Port`, `an anti-levy super PAC called Harbor First`, `a movement
    called the Harbor Party`: a lower-case noun (or an acronym) right before "called", an indefinite article a
    few words back and a capitalised name (maybe after "the") next."""
    tokens = doc.tokens
    before = tokens[t - 1].text if t > 0 else ""
    if not (before.islower() and before.isalpha() or before.isupper() and len(before) > 1):
        return False
    k = t + 1 + (lows[t + 1] == "the")
    if k >= len(tokens) or not tokens[k].text[:1].isupper():
        return False
    lo = doc.sentences[tokens[t].sentence].first_token
    return any(lows[j] in _INDEFINITES for j in range(max(lo, t - 5), t - 1))


# What may follow the person rung up in "called him on Friday", "called Okafor to congratulate her", "called
# both candidates and ...": a time, a purpose or a next clause, never what the caller named them.
_AFTER_CALLEE = frozenset({
    ".", ";", "on", "to", "and", "after", "before", "shortly", "last", "yesterday", "early", "late",
    "this", "again", "back", "from", "at", "during", "twice", "repeatedly", "personally", "himself",
    "herself", "themselves", "afterward", "afterwards", "later", "earlier", "overnight", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "today", "tonight", "soon",
})
_CALLEE_OPENERS = frozenset({"both", "all", "each", "several", "two", "three", "the", "his", "her", "their"})


def _phone_call(doc: Document, lows: list[str], t: int) -> bool:
    """`Obama called both candidates`, `she called him on Friday`, `Reid called Okafor to congratulate
    her`: "called" with a person and then a time, a purpose or the sentence's end is a telephone call,
    not naming ("called him a liar", "called Okafor “weak”") nor "called for"/"called on" (``t + 1`` is a
    token)."""
    tokens = doc.tokens
    last = doc.sentences[tokens[t].sentence].last_token
    j = t + 1
    if lows[j] in _OBJECT_PRONOUNS and (lows[j] not in ("you", "supporters", "voters")
                                        or j + 1 < last and lows[j + 1] in _AFTER_CALLEE):
        j += 1  # ("call you tomorrow", not "called you a liar")
    elif _is_capital(tokens[j]) and lows[j] not in _CALLEE_OPENERS:
        while j < last and j < t + 5 and (_is_capital(tokens[j]) or tokens[j].text == "."):
            j += 1
    elif lows[j] in _CALLEE_OPENERS:
        if t + 2 >= last or not tokens[t + 2].is_word or lows[t + 2] in _AFTER_CALLEE:
            return False
        j = t + 3  # one noun: "called the president weak" names him, "called both candidates." rings them
    else:
        return False
    return j >= last or lows[j] in _AFTER_CALLEE


# Irregular past forms of cues that are never nouns: after "first" / "last" the adverb's verb ("the clerk
# first said", "she last told reporters"), as the regular "-ed" forms are ("first reported").
_IRREGULAR_PAST_CUES = frozenset({"said", "told", "wrote", "spoke", "knew", "heard"})


def _verb_after(previous: str, form: str) -> bool:
    """ "first reported by", "all but two said", "began by thanking", "in calling for": the verb, not a
    noun, though ``previous`` usually opens a noun phrase ("the first report", "two claims", "in talks")."""
    if previous == "first" or previous == "last":
        return form.endswith("ed") or form in _IRREGULAR_PAST_CUES  # "first said", "last told": never nouns
    if previous == "two" or previous == "both":
        return not form.endswith("s")
    return form.endswith("ing")  # "think tank", "think piece"


def _title_case(doc: Document, sentence) -> bool:
    words = [t for t in doc.tokens[sentence.first_token: sentence.last_token] if t.is_word and len(t.text) > 3]
    return bool(words) and sum(1 for t in words if t.text[0].isupper()) >= 0.7 * len(words)


_PHRASE_PREPOSITIONS = frozenset({"in", "on", "at", "with", "from", "by", "during", "after", "before", "through",
                                  "via", "under", "despite"})
_PHRASE_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "another",
                                 "this", "that", "one", "each"})
# Words within two before "call" that make it the noun ("a call from", "a close call", "the call for"): the
# determiners of a noun phrase, less "one", a pronoun there ("what one might call a crisis"), and a few more
_CALL_NOUN_DETERMINERS = (_PHRASE_DETERMINERS - {"one"}) | {"every", "no", "last", "first"}


def _prepositional_object(doc: Document, lows: list[str], t: int) -> bool:
    """`In another tweet, …`, `In a later tweet, …`, `…, in his opening remarks, …`: a cue form closing an
    opening phrase (a preposition at the sentence's start or after a comma, a determiner, at most one
    modifier, then a comma) is that phrase's noun. A subject may end in such a phrase ("a letter from the
    union warns that …"), but then no comma follows the verb and nothing but the sentence opens the phrase."""
    if t + 1 >= len(lows) or lows[t + 1] != ",":
        return False
    if lows[t - 1] == "another":
        k = t - 2
    elif t >= 3 and lows[t - 2] in _PHRASE_DETERMINERS and lows[t - 1].isalpha() and not lows[t - 1].endswith("ly"):
        k = t - 3
    else:
        return False
    tokens = doc.tokens
    return lows[k] in _PHRASE_PREPOSITIONS and (
        k == 0 or lows[k - 1] == "," or tokens[k - 1].sentence != tokens[k].sentence)


# Cue forms that are far more often plural nouns than verbs ("his closing remarks", "the nagging questions").
_MOSTLY_NOUNS = frozenset({"remarks", "questions", "views", "comments", "tweets", "statements"})
# Cue forms that are nouns as often as verbs ("the company plans to …" / "ambitious plans"): a noun only
# after a modifier that cannot be a subject's head, an adjective by its ending or a compound with a number.
_NOUN_OR_VERB = frozenset({"plans", "reports", "report", "promises", "warnings", "threats", "proposals"})
_NOUN_FORMS = _MOSTLY_NOUNS | _NOUN_OR_VERB
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ful", "less", "ary", "able", "ible", "est")


def _person_noun(low: str) -> bool:
    lex = lexicon()
    return low in lex.roles or low in lex.anonymous or low in lex.descriptors


def _adjective(low: str) -> bool:
    """An adjective by its ending ("ambitious", "commercial") but no person noun ("official", "critic"), or a
    compound with a number ("95-page")."""
    return low.endswith(_ADJECTIVE_ENDINGS) and not _person_noun(low) or "-" in low and low[:1].isdigit()


def _noun_after_modifier(doc: Document, lows: list[str], t: int) -> bool:
    """`ambitious plans`, `the 95-page report`, `his closing remarks`, `the nagging questions`: a form that may
    be a noun, after a modifier (an adjective by its ending; for forms that are mostly nouns, any lower-case
    word after a determiner) is the noun, not a verb with that word as its subject ("the official plans to"
    and "critics plan" keep the verb: a role noun or a plural may be a subject). "raising questions about"
    keeps its cue: PolNeAR attributes it."""
    low, previous = lows[t], lows[t - 1]
    if low not in _MOSTLY_NOUNS and low not in _NOUN_OR_VERB or not doc.tokens[t - 1].text.islower() \
            or previous in _PRONOUNS or previous in _AUXILIARIES or previous.endswith("ly"):
        return False
    if _adjective(previous) or _number_compound_before(lows, t):
        return True
    return low in _MOSTLY_NOUNS and lows[t - 2] in _PHRASE_DETERMINERS and not previous.endswith("s") \
        and not _person_noun(previous)


def _number_compound_before(lows: list[str], t: int) -> bool:
    """`the 214-page report`, `a 12-member panel`, `a three-year study`: a hyphenated number compound before
    token ``t`` is an adjective, so the word after it is its noun (a singular unit: "the 18-35s say" counts
    people)."""
    return t > 2 and lows[t - 2] == "-" and lows[t - 1].isalpha() and not lows[t - 1].endswith("s") \
        and (lows[t - 3][:1].isdigit() or lows[t - 3] in _NUMBER_WORDS)




def _counted_name_before(doc: Document, lows: list[str], t: int) -> bool:
    """`eight London shows`, `12 Senate votes`: a number, then a capitalised word in mid-sentence, before the
    form: the number counts the plural noun that the form is."""
    tokens = doc.tokens
    before = lows[t - 2]
    return tokens[t - 1].text[:1].isupper() and t - 1 != doc.sentences[tokens[t].sentence].first_token \
        and (before[:1].isdigit() and before[-1:].isdigit() or before in _COUNT_WORDS)


def _noun_use(previous: str, form: str) -> bool:
    if previous in _QUANTIFIERS and not form.endswith("s"):
        return False  # "many think", "some argue": people doing it; "many claims" stays a noun
    if previous in _NOUN_BEFORE:
        return not (previous in _VERB_AFTER and _verb_after(previous, form))
    if previous[:1].isdigit():
        return form.endswith("s")  # "10 claims"; "six in 10 said", "42% say": the people counted speak
    return previous in ("have", "has", "had") and form.endswith("s") and not form.endswith("ss")


def _cue(doc: Document, hit: _CueHit) -> Cue:
    start, end, word, _, _ = hit  # (one unpacking: each named field of the tuple is an attribute look-up)
    return Cue(doc.text[start: end], start, end, word.category, word.lemma)


def _is_passive(doc: Document, hit: _CueHit, lo: int) -> bool:
    lows = doc.lower_texts()
    t = hit.token - 1
    while t >= lo and (lows[t] in ("also", "not", "n't", "never", "reportedly", "widely", "first")
                       or lows[t][-2:] == "ly" and _manner_adverb(doc.tokens[t].text)):  # "was roundly condemned"
        t -= 1
    return t >= lo and lows[t] in _PASSIVE and not lows[hit.token].endswith("ing") \
        and hit.word.lemma != "according to" and not hit.word.lemma.startswith("be ")
    # (the verb's form: "is lashing out at" is no passive; nor is an adjective's copula: "is critical of")


# ---------------------------------------------------------------- attribution of direct quotes


def _sentence_bounds(doc: Document, offset: int) -> tuple[int, int]:
    """Token range [lo, hi) of the sentence holding ``offset``."""
    si = doc.sentence_at(offset)
    if si is None:
        t = doc.token_at(offset)
        si = doc.tokens[t].sentence if t is not None else 0
    s = doc.sentences[si]
    return s.first_token, s.last_token


# "that"-frame cues that may still attribute the quotation just before them ("“…,” Roe charged.", "“…,”
# the letter read.").
_CLOSING_ATTRIBUTIONS = frozenset({"report", "ask", "recall", "continue", "post", "charge", "maintain", "conclude",
                                   "read"})
_READ_SUBJECT_MAX_WORDS = 3  # "“…,” the letter read": only a short subject between the mark and "read"


_RELATIVE_ASIDE = re.compile(r",\s+(?:who|which)\s")


def _past_relative_aside(text: str, hit: _CueHit, hits: list[_CueHit], starts: list[int], limit: int) -> _CueHit:
    """`“…,” Roe, who has not endorsed anyone, told reporters`: a cue inside a relative clause set off by
    commas describes the speaker; the quotation's cue is the one right after the clause's closing comma."""
    close = text.find(",", hit.end, limit)
    if close == -1:
        return hit
    j = bisect_left(starts, close)
    if j < len(hits) and hits[j].start < limit and len(text[close + 1: hits[j].start].split()) <= 1 \
            and not _SENTENCE_END.search(text[hit.end: hits[j].start]):
        return hits[j]
    return hit


def _name_opening_apposition(doc: Document, lo: int, cue_tok: int) -> tuple[int, int, None] | None:
    """`“…,” Cecelia Roe, 67, a retired clerk in Allentown, Pa., said`: between a quotation and its cue, a
    name of two or more words followed by a comma is the subject; the commas after it set off who she is."""
    tokens = doc.tokens
    k = lo
    while k < cue_tok and not tokens[k].text[0].isalnum():
        k += 1  # past the closing mark and comma
    end = k
    while end < cue_tok and _is_capital(tokens[end]) and tokens[end].text.lower() not in _CAPITAL_STOP:
        end += 1
    if end - k < 2 or end >= cue_tok - 1 or tokens[end].text != ",":
        return None
    return tokens[k].start, tokens[end - 1].end, None


def _attribute_after(doc: Document, names: _Names, raw: _Raw, hits: list[_CueHit], starts: list[int],
                     limit: int) -> bool:
    """`“…,” X said` / `“…,” said X, director at …`: a cue soon after the closing mark."""
    lows = doc.lower_texts()
    text = doc.text
    raw_start, raw_end = raw.parts[0][0], raw.parts[-1][1]  # (raw.start and raw.end, read once)
    i = bisect_left(starts, raw_end)
    if i >= len(hits) or hits[i].start >= limit:
        return False
    hit = hits[i]
    between = text[raw_end: hit.start]
    if _RELATIVE_ASIDE.search(between):
        hit = _past_relative_aside(text, hit, hits, starts, limit)
        between = text[raw_end: hit.start]
    if _SENTENCE_END.search(between) or _MARK.search(between) or len(between.split()) > 14:
        return False
    if between.split() and between.split()[0].lower() in ("and", "but") and _right_after_cue(doc, raw_start):
        return False  # `declared “What a night!” and said …`: the quotation is the object of the cue before it
    if not between.strip(" ,") and _after_participle_aside(doc, raw_start):
        return False  # `Hale, citing “the magic of the mayor,” said …`: the aside's object, not what "said" reports
    if text[raw_start: raw_end].rstrip("”»\"' ").endswith(".") and between.strip() \
            and not _bare_attribution(doc, hit, between):
        return False  # “… the end.” It is … : the quote closed its sentence
    if _asked_opens_a_sentence(doc, hit):
        return False  # “… the end.” Asked why, she said …: a question put to the next sentence's speaker
    if hit.word.frame == "that" and hit.word.lemma not in _CLOSING_ATTRIBUTIONS:
        return False
    if hit.word.lemma == "read" and len(between.split()) > _READ_SUBJECT_MAX_WORDS:
        return False  # "“…” I had prepared a statement to read": reading aloud, not a text's words
    lo_tok = bisect_left(doc.token_starts, raw_end)
    hi_tok = doc.sentences[doc.tokens[hit.token].sentence].last_token
    if not between.strip(" ,—–-\u00a0"):
        found = _right_speaker(doc, hit.last_token + 1, hi_tok, loose=hit.word.lemma == "according to",
                               described=True)
    else:
        found = _left_speaker(doc, hit.token, lo_tok)
        opening = _name_opening_apposition(doc, lo_tok, hit.token)
        if opening is not None and (found is None or found[0] >= opening[1]):
            found = opening  # (not a word of the apposition: "…, a clerk in Allentown, Pa., said")
        coordinated = between.split()[0].lower().strip(",—–-") in ("and", "but", "or", "then", "to")
        if coordinated:  # `called it “a betrayal” and vowed to …`, `—“…”—and promised`, `coined “…” to
            # describe`: the quotation is an object of the sentence's verb, and its subject speaks
            lo = doc.sentences[doc.tokens[hit.token].sentence].first_token
            opening = doc.token_at(raw_start)
            if opening is not None:  # (from the quotation's own sentence: `declared “What a night!” and said`)
                lo = min(lo, doc.sentences[doc.tokens[opening].sentence].first_token)
            found = _nearest_left_mention(doc, hit.token, lo, first=True, known=names.by_word)
        elif found is None and len(between.split()) <= 6 and hit.token - 1 >= lo_tok \
                and not (between.rstrip().endswith(",") and _right_speaker(doc, hit.last_token + 1, hi_tok)):
            # `“…,” the gambling tycoon told Reuters`: the words between the mark and the cue name the speaker
            # (but in `“…” for the port, said Okafor` they end the content, and the speaker follows the cue)
            first = lo_tok
            while first < hit.token and not doc.tokens[first].text[0].isalnum():
                first += 1
            last = hit.token - 1
            while last >= first and lows[last] in _BETWEEN:
                last -= 1
            if last >= first:
                found = (doc.tokens[first].start, doc.tokens[last].end, None)
        if found is None and not coordinated:  # (after "and said" comes what was said, not who said it)
            found = _right_speaker(doc, hit.last_token + 1, hi_tok)
    raw.cue = _cue(doc, hit)
    if found:
        raw.speaker = _speaker(doc, names, found[0], found[1], found[2])
    return True


def _asked_opens_a_sentence(doc: Document, hit: _CueHit) -> bool:
    """`Asked what it might cost, Okafor said …` opening its sentence: a question put to the speaker of the
    main clause, never the attribution of a quotation before it (that one is `“…?” asked Okafor`, lower-case)."""
    k = hit.last_token + 1
    return hit.word.lemma == "ask" and doc.tokens[hit.token].text[0].isupper() and k < len(doc.tokens) \
        and doc.lower_texts()[k] in _QUESTION_WORDS


def _when_asked(lows: list[str], hit: _CueHit) -> bool:
    """`…,” Okafor said, when asked whether she would run. “…”`: a reduced clause of the question put to the
    speaker, between the parts of a quotation; it reports the question on its own."""
    return hit.word.lemma == "ask" and hit.token > 0 and lows[hit.token - 1] in _REDUCED_CLAUSE_OPENERS


_BARE_ATTRIBUTION_MAX_WORDS = 4


def _bare_attribution(doc: Document, hit: _CueHit, between: str) -> bool:
    """`“… are missing.” Trump said.`: a sentence of nothing but a short subject and its speech verb (a time
    word may follow) says who spoke the quotation before it, though the quotation kept its stop; `“… the
    end.” It is …` has words of its own after the verb."""
    if len(between.split()) > _BARE_ATTRIBUTION_MAX_WORDS or hit.word.category not in _SPEECH_OR_GUESS:
        return False
    tokens = doc.tokens
    k = hit.last_token + 1
    n = len(tokens)
    while k < n and k - hit.last_token <= 2 and _time_word(tokens, k, n):
        k += 1
    return k < n and tokens[k].text in (".", "!") and (k + 1 == n or tokens[k + 1].sentence != tokens[k].sentence)


def _attribute_before(doc: Document, names: _Names, raw: _Raw, hits: list[_CueHit], starts: list[int]) -> bool:
    """`X said: “…”` / `X hinted at it …: “…”`: the last cue of the sentence before the opening mark."""
    lows = doc.lower_texts()
    text = doc.text
    raw_start = raw.parts[0][0]  # (raw.start, read once: the property is a call per use)
    lo, _ = _sentence_bounds(doc, raw_start)
    window_start = doc.tokens[lo].start if lo < len(doc.tokens) else raw_start
    if window_start >= raw_start:  # the quote opens its sentence: "X said:" may end the one before
        before = _last_char(text, raw_start)
        if before < 0 or text[before] != ":":
            return False
        lo, _ = _sentence_bounds(doc, before)
        window_start = doc.tokens[lo].start
    if _inverted_opening(doc, names, raw, lo):
        return True
    i = bisect_left(starts, raw_start) - 1
    candidates = []
    while i >= 0 and hits[i].start >= window_start:
        hit = hits[i]
        if not _MARK.search(text[hit.end: raw_start]) and not _is_passive(doc, hit, lo):
            candidates.append(hit)
        i -= 1
    # "Zelensky ... hinted at it, emphasizing ...: “…”": the finite verb, not the participle, introduces it
    # (a phrasal one, "…, taking aim at Roe (“Little Jane”)", governs the quotation after its object itself)
    finite = [h for h in candidates if not (_is_participle(doc, h) and text[h.start: h.end].endswith("ing"))]
    if candidates and len(text[candidates[0].end: raw_start].split()) <= 1:
        finite = candidates[:1]  # "…, adding: “…”": the cue right before the mark
    colon = _last_char(text, raw_start)
    if not candidates and colon >= 0 and text[colon] == ":":
        # "17-year-old Jared Potts echoed:" / "Here's Clinton in 1992:": the colon introduces the words
        colon_tok = doc.token_at(colon)
        if colon_tok is not None and colon_tok > lo:
            found = _left_speaker(doc, colon_tok, lo) or _nearest_left_mention(doc, colon_tok, lo)
            raw.cue = Cue(":", colon, colon + 1, "neutral", ":")
            if found:
                raw.speaker = _speaker(doc, names, found[0], found[1], found[2])
            return True
    for hit in (finite or candidates)[:1]:
        if True:
            found = _left_speaker(doc, hit.token, lo)
            if found is None and hit.word.lemma == "according to":
                found = _right_speaker(doc, hit.last_token + 1, doc.token_at(raw_start) or hit.last_token + 1,
                                       loose=True)
            if found is None:
                coordinated = hit.token > lo and lows[hit.token - 1] in ("and", "but", ",")
                # (the main clause's first mention: "When asked whom she backed, Roe smiled and said" is Roe's)
                main = _past_opening_phrase(doc, lo, hit.token) if coordinated else lo
                found = _subject_before_apposition(doc, main, hit.token) \
                    or _nearest_left_mention(doc, hit.token, main, first=coordinated, known=names.by_word,
                                             opener=main == lo) if main < hit.token else None
                if found is None and main > lo:
                    found = _nearest_left_mention(doc, hit.token, lo, first=True, known=names.by_word)
                if (found is None or lows[doc.token_at(found[0])] in _DETERMINERS | {"the", "a", "an", "another"}) \
                        and hit.token > lo and not coordinated and lows[hit.token - 1] != "to" \
                        and not _clause_break(doc, doc.tokens[hit.token - 1]):
                    # "The letter said: “…”": the subject phrase, as for reported speech, not its capital "The"
                    # (not past an infinitive's own verb: "She went on to say")
                    subject = _subject_of_predicate(doc, hit.token, lo)
                    if subject is not None and lows[doc.token_at(subject[0])] not in _QUESTION_WORDS:
                        found = subject
            raw.cue = _cue(doc, hit)
            if found:
                raw.speaker = _speaker(doc, names, found[0], found[1], found[2])
            return True
    return False


# Verb forms that open a sentence before their speaker and the quotation ("Said Okafor: “…”", "Added the
# mayor, “…”"): the inverted order of feature and sports copy.
_INVERTED_OPENERS = frozenset({"said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "explained",
                               "continued", "recalled", "noted", "insisted", "warned", "replied", "countered"})


def _relative_follows(doc: Document, k: int | None) -> bool:
    """Whether a relative clause on the phrase ending at token ``k`` follows it (", who has run the port …")."""
    lows = doc.lower_texts()
    return k is not None and k + 2 < len(lows) and lows[k + 1] == "," and lows[k + 2] in ("who", "whose")


def _inverted_opening(doc: Document, names: _Names, raw: _Raw, lo: int) -> bool:
    """`Said Okafor: “…”`, `Added the mayor, “…”`: a sentence that opens with a verb of saying, then its
    speaker and a colon or comma right before the opening mark. Sets the cue and speaker; False otherwise."""
    tokens = doc.tokens
    mark = doc.token_at(raw.start)
    if mark is None or mark - lo < 3 or doc.lower_texts()[lo] not in _INVERTED_OPENERS \
            or not tokens[lo].text[:1].isupper() or tokens[mark - 1].text not in (",", ":"):
        return False
    found = _right_speaker(doc, lo + 1, mark - 1 + 1, described=True)  # ("Added the harbour master: “…”":
    # the phrase before the colon is the speaker, whatever its head noun)
    if found is None or doc.token_at(found[1] - 1) != mark - 2 and found[2] is None \
            and not _relative_follows(doc, doc.token_at(found[1] - 1)):
        return False  # (the speaker must run to the colon or comma: "Said differently, …" is no attribution)
    word = doc.lower_texts()[lo]
    cue = lexicon().cues.get(word)
    raw.cue = Cue(tokens[lo].text, tokens[lo].start, tokens[lo].end, cue.category if cue else "neutral",
                  cue.lemma if cue else word)
    raw.speaker = _speaker(doc, names, found[0], found[1], found[2])
    return True


def _last_char(text: str, offset: int) -> int:
    """Index of the last non-space character before ``offset`` (-1 if none)."""
    i = offset - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


# Before a cue's -ing form mid-sentence: the main clause's subject does the saying ("she began by
# thanking", "he erred in calling for"), as after a comma ("…, saying").
_PARTICIPLE_LINKS = frozenset({",", "by", "in", "on", "while", "after", "before", "when", "without"})


_ADVERBIAL_SUBORDINATORS = frozenset({"while", "when", "as", "although", "though", "because", "if", "after", "before",
                                      "since", "whereas", "once", "until", "unless"})


def _continues_participles(doc: Document, last: _Raw, raw: _Raw) -> bool:
    """`X stuck with Okafor talking about A, taking shots at B`: a participle after a comma that closes the
    content of the cue before it continues that report, so the same speaker speaks (not the subject of the
    main clause, nor the nearest name): "it attacked Okafor, saying …" (it says). Not after a finding verb:
    in "the video shows Roe, …, outlining …" Roe outlines."""
    if last.speaker is None or last.cue is None or raw.cue is None or not last.cue.start < last.parts[0][0] \
            or (last.speaker.text or "").lower() in _RELATIVE_PRONOUNS:
        return False  # (a relative clause's report ends with it: "Roe, who declared victory, …, saying")
    tokens = doc.tokens
    opener = doc.token_at(last.speaker.start) if last.speaker.start is not None else None
    if opener is not None and opener > 0 and doc.lower_texts()[opener - 1] in _ADVERBIAL_SUBORDINATORS:
        return False  # "While rivals called for A, Okafor hewed to B, noting …": the main clause's subject
    t, first = doc.token_at(raw.cue.start), doc.token_at(last.cue.start)
    closer = t is not None and t > 2 and tokens[t - 1].text in _CLOSERS_OR_STRAIGHT and tokens[t - 2].text == ","
    comma = t - 2 if closer else t - 1 if t is not None else 0  # (`…, calling it “a scam,” saying …`)
    if t is None or first is None or t < 2 or tokens[comma].text != "," or not tokens[t].text.endswith("ing") \
            or last.cue.lemma in _CLOSING_CUES or doc.lower_texts()[first] in _nominal_cues() \
            and last.cue.end > tokens[first].end \
            or tokens[t].sentence != tokens[first].sentence:
        return False  # (nor after a noun: in "Okafor stepped up her attacks on Roe, saying …" Okafor says)
    before = tokens[comma - 1]
    return before.start < last.parts[-1][1] <= tokens[t - 1].end


def _second_verb_phrase(doc: Document, last: _Raw, raw: _Raw) -> bool:
    """`Her campaign announced new support from mothers in Ohio and said …`: a cue after "and" / "but" right
    where the report of the cue before it ends is a second verb phrase of the same subject, which speaks
    again (not the nearest name inside the first report, nor a possessor inside the subject: "The city
    attorney's office said A but did not say B")."""
    if last.speaker is None or last.cue is None or raw.cue is None or not last.cue.start < last.parts[0][0] \
            or last.speaker.start is None or (last.speaker.text or "").lower() in _RELATIVE_PRONOUNS \
            or last.kind == "direct":
        return False
    tokens = doc.tokens
    t, first = doc.token_at(raw.cue.start), doc.token_at(last.cue.start)
    if t is None or first is None or tokens[t].sentence != tokens[first].sentence:
        return False
    lows = doc.lower_texts()
    link = t - 1
    while link > first and (lows[link] in _VERB_GROUP_WORDS or _manner_adverb(tokens[link].text)):
        link -= 1  # (also "but did not say …", "and has called for …": its auxiliaries and negation)
    return lows[link] in ("and", "but") and tokens[link - 1].start < last.parts[-1][1] <= tokens[link].start


_NO_SOURCE_WORDS = frozenset({"no", "any", "single"})  # ("a single", "not a single")
# Cues of evidence, whose source a text may say is missing ("no study shows"); "no one expected" is still
# someone's view, and PolNeAR marks it.
_EVIDENTIAL = frozenset({"show", "suggest", "indicate", "prove", "demonstrate", "confirm"})


def _no_source(lows: list[str], cue: int, lo: int) -> bool:
    """Whether the words right before the cue deny or leave open that there is a source: "No study
    shows", "there is no evidence suggesting", "could not find any document showing", "not a single
    study showing". Only within the cue's own noun phrase: "No, he said" has its comma between."""
    for k in range(cue - 1, max(lo, cue - 4) - 1, -1):
        if lows[k] in _NO_SOURCE_WORDS:
            return lows[k] != "single" or k > lo and lows[k - 1] == "a"
        if not lows[k].isalpha() or lows[k] in _PRONOUNS:
            return False
    return False


def _is_participle(doc: Document, hit: _CueHit) -> bool:
    """ "…, adding …" / "…, saying …" / "… began by talking about …", "…, taking aim at …": a cue hanging off
    another clause (its first word is the participle; a phrasal cue ends in its particle). "According to" is
    a preposition, not a participle."""
    if not doc.tokens[hit.token].text.endswith("ing") or hit.token < 2 or hit.word.lemma == "according to":
        return False
    t = hit.token - 1
    while t > 1 and _manner_adverb(doc.tokens[t].text) and hit.token - t < 3:
        t -= 1  # "…, eventually saying", "after initially saying"
    link = doc.tokens[t].text.lower()
    if link == "," or link in _CLOSERS_OR_STRAIGHT and doc.tokens[t - 1].text == ",":
        return True  # (`… calling it “a scam,” saying …`: the comma inside the closing mark)
    return link in _PARTICIPLE_LINKS and doc.tokens[t].sentence == doc.tokens[t - 1].sentence


def _opening_participle(doc: Document, j: int) -> bool:
    """Whether token ``j``, opening its sentence, is a participle before its object or phrase ("Defying the
    order, the union said …", "Rattling off promises, …"): a verb, no name, whatever its capital."""
    tokens = doc.tokens
    word = tokens[j].text
    return len(word) > 5 and word.endswith("ing") and j + 1 < len(tokens) \
        and tokens[j + 1].text in _PARTICIPLE_OBJECT_OPENERS and doc.sentences[tokens[j].sentence].first_token == j


# Words that show an -ing word before them to be a verb with its object or particle ("Defying the order",
# "Rattling off promises", "Continuing to explain"), not an adjective before its noun ("Growing numbers of …").
_PARTICIPLE_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that",
                                        "these", "those", "off", "up", "out", "to", "on", "him", "them", "it"})


def _nearest_left_mention(doc: Document, cue_tok: int, lo: int, *, first: bool = False,
                          known: dict | None = None, opener: bool = True) -> tuple | None:
    """The name or pronoun nearest before the cue in its sentence (the first one, for a participle);
    ``opener``: ``lo`` opens the sentence, so a lone capital there may be capitalised only for that."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    order = range(lo, cue_tok) if first else range(cue_tok - 1, lo - 1, -1)
    lex = lexicon()
    quoted = False
    for j in order:
        tok = tokens[j]
        low = lows[j]
        if first and (tok.text in ("“", "”", '"') or tok.text == "'" and j + 1 < cue_tok
                      and tokens[j + 1].text == "'" and tokens[j + 1].start == tok.end):  # ('' : a double mark)
            quoted = tok.text == "“" or tok.text in ('"', "'") and not quoted
            continue
        if quoted:
            continue  # words inside a quotation are not the sentence's subject
        if first and opener and j == lo and _is_capital(tok) and low not in _SUBJECT_PRONOUNS \
                and not (j + 1 < cue_tok and _is_capital(tokens[j + 1])) and tok.text not in (known or {}) \
                and low not in lex.roles:
            continue  # "Hours later, Trump …": a capital only because it opens the sentence (but a role
            # noun opening it is its subject: "Judge blocks the law, calling it …")
        if low in ("he", "she", "they", "i", "we") or low in lex.anonymous and j > lo:
            return tok.start, tok.end, None
        if _is_capital(tok) and low not in _CAPITAL_STOP and (j > lo or low not in _INVERTED_OPENERS
                                                              and not _opening_participle(doc, j)):
            if first:
                k = j
                while k + 1 < cue_tok and (_is_capital(tokens[k + 1]) or lows[k + 1] in _NAME_LINKS
                                           and k + 2 < cue_tok and _is_capital(tokens[k + 2])
                                           or _title_dot(doc, k + 1, j, cue_tok)):
                    k += 1  # (past a title's dot: "Ms. Roe", not "Ms")
                if k + 2 < cue_tok and lows[k + 1] in _POSSESSIVE and _is_capital(tokens[k + 2]):
                    j = k = k + 2  # "The Guardian’s Peter Bradshaw gave it five stars, praising …": the owned
                    while k + 1 < cue_tok and _is_capital(tokens[k + 1]):  # name is the subject, not its owner
                        k += 1
                return tokens[j].start, tokens[k].end, None
            i = _run_back(doc, j, lo)
            return tokens[i].start, tok.end, None
    return None


# ---------------------------------------------------------------- reported speech


# A headline's kicker in capitals before its colon ("PUTIN'S TERROR BLITZ: Russia fires …", "UPDATE: …"):
# the outlet's label, no part of what is reported after it.
_KICKER = re.compile(r"[A-Z][A-Z0-9’'.&-]+(?: [A-Z0-9][A-Z0-9’'.&-]*){0,5}:\s+")


def _trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:—–-" and text[start] not in _OPENERS):
        end -= 1
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    if start + 1 < end and "A" <= text[start + 1] <= "Z" and "A" <= text[start] <= "Z":
        kicker = _KICKER.match(text, start, end)
        if kicker is not None and kicker.end() < end:
            start = kicker.end()
    return start, end


# After "according to X,": words opening an apposition about X ("a former envoy,"), not the content's next part.
_APPOSITION_OPENERS = frozenset({"a", "an", "another", "former"})
_QUESTION_WORDS = {"whether", "if", "what", "who", "whom", "why", "how", "when", "where", "which", "about"}


def _base_form(word: str) -> bool:
    """Whether a lower-case word after "to" may be an infinitive's verb: not a word of ``_NOT_INFINITIVES``, and
    no -s but that of a stem ("discuss", "focus"): a verb's base form takes no inflection, so "to reporters", "to
    investigators" are an addressee ("told the story to reporters"), not what was asked."""
    return word not in _NOT_INFINITIVES and (not word.endswith("s") or word.endswith(("ss", "us", "is")))


def _request_at(doc: Document, k: int, hi: int) -> bool:
    """`was asked to name a bill`, `Asked by the host to respond`: a to-infinitive at ``k`` after "asked" is
    what was asked for (a verb follows "to": not "asked to the stage")."""
    lows = doc.lower_texts()
    return lows[k] == "to" and k + 1 < hi and doc.tokens[k + 1].text.islower() and doc.tokens[k + 1].is_word \
        and lows[k + 1] not in _DETERMINERS and lows[k + 1] not in _OBJECT_PRONOUNS


# How a sentence, or a headline with its stop, ends: a stop, perhaps inside a closing quote or bracket.
_SENTENCE_CLOSERS = frozenset(".?!…;\"'’”)]")


def _reported(doc: Document, names: _Names, hit: _CueHit, quoted: list[tuple[int, int]], hits: list[_CueHit],
              starts: list[int], *, speech: frozenset[tuple[int, int]] = frozenset()) -> _Raw | None:
    """Reported speech around one cue: `X said (that) …`, `…, X said`, `…, he said, …`, `according to X, …`.
    A headline that keeps its stop reports speech as a sentence does ("Mayor Says Port Will Reopen."); a
    heading without one is a label ("Strategy called into question") unless its verb is capitalised after
    its subject, as a title-case headline writes it ("Mayor Says Port Will Reopen")."""
    lows = doc.lower_texts()
    text = doc.text
    tokens = doc.tokens
    si = tokens[hit.token].sentence
    sentence = doc.sentences[si]
    if sentence.kind != "body" and text[sentence.end - 1] not in _SENTENCE_CLOSERS \
            and not (tokens[hit.token].text[0].isupper() and hit.token > sentence.first_token):
        return None
    lo, hi = sentence.first_token, sentence.last_token
    after_tok = hit.last_token + 1
    if hit.word.frame == "raising":
        return _raising(doc, names, hit, sentence, (hits, starts))
    if hit.word.frame == "hearsay":
        return _hearsay(doc, hit, sentence, (hits, starts))
    if hit.word.category == "stance" and lows[hit.token].endswith("ing") \
            and _aside_before_cue(doc, hit, hits, starts, hi):
        return None  # "X, citing documents, has reported that …": the later cue reports; the aside says how
    if hit.word.category == "stance" and _gap_after_stance(doc, hit, hi):
        return None  # "the ferry she wants is expensive": the stance's object is the noun before it
    if hit.word.lemma in _ADVISED and hit.token > lo and lows[hit.token - 1] in _MODALS:
        return None  # "they may want to reconsider": advice or a guess, nobody's stated aim
    if hit.word.lemma in _EVIDENTIAL and _no_source(lows, hit.token, lo):
        return None  # "no evidence suggesting …", "not a single study showing …": a source said to be missing
    # "It is hard to say whether …": the dummy "it" says nothing; PolNeAR still marks such a clause, so it
    # stays a quote, with no speaker
    extraposed = _extraposed_infinitive(lows, hit.token, lo)
    passive = _is_passive(doc, hit, lo) and not (hit.word.lemma in _STATE_PARTICIPLES and after_tok < hi
                                                 and lows[after_tok] in ("about", "that")
                                                 and _after_state_copula(lows, hit.token, lo))
    if hit.token + 2 < hi and lows[hit.token + 1] == "to":  # (the rule's cheap test first: few cues take "to")
        reduced = _reduced_hearsay(doc, hit, sentence, (hits, starts))
        if reduced is not None:
            return reduced if reduced else None
    if passive and hit.word.lemma in _PASSIVE_RAISING:
        return _expectation(doc, hit, sentence, lo, hi) or _passive_agent(doc, names, hit, sentence) \
            or _impersonal_passive(doc, hit, sentence, (hits, starts))
    if passive and hit.word.lemma != "ask":
        return _passive_agent(doc, names, hit, sentence) or _impersonal_passive(doc, hit, sentence, (hits, starts)) \
            or _agentless_passive(doc, hit, sentence)
    if hit.word.lemma == "report" and lows[hit.token] == "reported" and hit.token > lo \
            and (lows[_before_adverbs(doc, hit.token, lo - 1)] == "as"
                 or _participle_aside(doc, hit, lo) and _agent_after(doc, after_tok, hi) is not None):
        # "As first reported by the Gazette, …", "…, as first reported by the Gazette", "The plan, first
        # reported by the Gazette, is …": the participle's agent reports the clause it hangs on
        return _passive_agent(doc, names, hit, sentence)
    if hit.word.category == "stance" and hit.word.lemma not in _NOT_SET_OFF_STANCES and lows[hit.token][-2:] == "ed" \
            and _participle_aside(doc, hit, lo) and _agent_after(doc, after_tok, hi) is not None:
        return _set_off_stance(doc, names, hit, sentence)  # "The levy, opposed by shop owners, never passed"
    parts: list[tuple[int, int]] = []
    found = None
    cut_object = False  # the object of a stance ended at the subject's second verb ("expressed concerns but said")
    linked: tuple = (None, None)  # a speaker left of the cue and its span past any clause link, made once
    lone_question = False  # "When asked why, …"
    lone_word = False  # "That's according to …"
    prev = tokens[hit.token - 1] if hit.token > lo else None
    if prev is not None and prev.text == ",":
        before_aside = _back_past_comma_aside(doc, hit.token - 1, lo)
        if before_aside != hit.token - 1 and _right_speaker(doc, after_tok, hi) is None:
            prev = tokens[before_aside]  # "Supporters, however, say …": the aside hides no clause break
            # (but "…, however, said Jane Roe": the speaker follows, and the comma ends the content)

    def before_and_after(clause_start: int, tail: int) -> list[tuple[int, int]]:
        """Content before a `, X said` clause, and after it when the clause sits mid-sentence."""
        out = [(sentence.start, _past_closing_mark(text, clause_start))]
        if tail < hi and tokens[tail].text == "," and not _opens_concession(lows, tail + 1) \
                and (sum(map(_IS_WORD, tokens[tail:hi])) >= 3
                                                       or _predicate_resumes(doc, tail, hi)):
            out.append((tokens[tail].end, sentence.end))  # (also a short predicate: "The levy, he said, is fair.",
            # "The plan, Roe said, failed badly.")
        return out

    if hit.word.lemma == "ask" and (hit.token == lo or prev is not None and lows[hit.token - 1] in _PASSIVE_OR_WHEN):
        # "Asked whether …, he said" / "when asked about …": the question is the content, the asker unnamed
        k = after_tok
        while k < hi and k - after_tok < 6 and lows[k] not in _QUESTION_WORDS and not _request_at(doc, k, hi):
            k += 1
        if k >= hi or lows[k] not in _QUESTION_WORDS and not _request_at(doc, k, hi):
            return None
        agent = _agent_after(doc, after_tok, hi)
        if agent is not None and agent < k:  # "Asked by the host to respond, Roe said": the host asks
            found = _agent_of_passive(doc, agent, hi)
        # (the content keeps "about": "when asked about the plan", as PolNeAR marks it)
        if lows[k] in _QUESTION_WORDS and lows[k] != "about" and k + 1 < hi and tokens[k + 1].text == ",":
            lone_question = True  # "When asked why, he said …": the question word stands for the question
        end = k
        while end < hi and tokens[end].text not in (",", ";", ":", ".") or \
                end < hi and tokens[end].text == "." and _ABBREVIATION.fullmatch(tokens[end - 1].text + "."):
            end += 1  # (not at the dot of "Mr." or "U.S.")
        if end <= k:
            return None
        parts = [(tokens[k].start, tokens[end - 1].end)]
    elif _inside_opening_participle(doc, hit, lo) \
            and (opening_content := _opening_phrase_content(doc, hit, after_tok, hi)) is not None:
        # "Having announced that …, Judge Berman …", "In an effort to clarify her remarks on …, Okafor …": the
        # phrase's cue is the main clause's subject's, as with "Noting that …, Okafor said"
        parts = [opening_content]
        found = _right_speaker(doc, doc.token_at(opening_content[1]) + 1, hi)
    elif hit.word.lemma == "according to":
        found = _right_speaker(doc, after_tok, hi, loose=True)
        if found is None:
            return None
        spk_end_tok = doc.token_at(found[1] - 1)
        nxt = spk_end_tok + 1 if spk_end_tok is not None else hi
        if nxt + 1 < hi and tokens[nxt].text == "," and (lows[nxt + 1] in _APPOSITION_OPENERS
                                                          or lows[nxt + 1] in lexicon().roles):
            apposition_end = next((k for k in range(nxt + 2, min(hi, nxt + 16)) if tokens[k].text == ","), hi)
            if not _holds_a_verb(lows, nxt + 2, apposition_end):
                nxt = apposition_end  # (but "According to the Gazette, an email was sent …": a clause, no apposition)
        if prev is not None and prev.text == ",":
            parts = before_and_after(prev.start, nxt)
        elif nxt < hi and tokens[nxt].text == "," and (hit.token - lo <= 1 or lows[hit.token - 1] in _OPENS_A_CLAUSE
                                                       or lows[hit.token - 1] in _CLAUSE_INTRODUCERS):
            parts = [(tokens[nxt].end, sentence.end)]  # "According to X, …" (also after a colon)
        elif hit.token - lo == 2 and lows[lo] in _DEMONSTRATIVES and lows[lo + 1] in _SINGULAR_COPULAS:
            parts = [(tokens[lo].start, tokens[lo].end)]  # "That's according to …": the pronoun stands for
            lone_word = True  # the sentence before, and PolNeAR marks it as what the source reports
        elif hit.token - lo >= 3:
            parts = [(sentence.start, hit.start)]  # "… 271 delegates according to a count by the AP"
        else:
            return None
    else:
        if prev is not None and _clause_break(doc, prev) and not lows[hit.token].endswith("ing") \
                and not _apposed_subject(doc, hit.token, lo):
            # "…, said Larry Sabato, a director." (never a participle: "…, urging voters to …" has no speaker after it)
            right = _right_speaker(doc, after_tok, hi)
            if right is not None:
                rt = doc.token_at(right[1] - 1)
                tail = rt + 1 if rt is not None else hi
                relative = right[2] is None and rt is not None and tail < hi and lows[tail] == "who"
                if relative:
                    # "…, said a senior official who spoke on condition of anonymity.": the relative clause
                    # describes the speaker (an unnamed one by it), and the content ends before the cue
                    rel_end = _relative_clause_end(doc, tail, hi)
                    if not _is_capital(tokens[rt]):
                        right = (right[0], right[1], text[right[0]: tokens[rel_end - 1].end])
                    tail = rel_end
                if (right[2] is None or relative or _adverbial_tail(doc, tail, hi)) \
                        and not _finite_after(doc, tail, hi):
                    while tail < hi and right[2] is not None and tokens[tail].text not in (",", ".", ";"):
                        tail += 1  # past the apposition
                    if _adverbial_tail(doc, tail, hi) and hit.word.frame not in ("that", "object"):
                        found = right
                        parts = before_and_after(prev.start, tail if right[2] is None or relative else hi)
        if found is None:
            left = _left_speaker(doc, hit.token, lo) or _share_subject(doc, hit.token, lo)
            if left is not None:
                linked = left, _past_clause_link(doc, left)  # (kept for the speaker at the end)
                if linked[1] is None:
                    return None  # "…, far less than analysts had predicted": a comparison's standard, no report
            if left is not None and prev is not None and prev.text == "," and left[0] > tokens[lo].start:
                opening = _opening_subject(doc, hit.token, lo, names.by_word)
                if opening is not None and opening[1] < left[0] and doc.text[opening[0]:opening[1]] != left[2]:
                    left = opening  # "Cory Roe, 22, of Flint, Mich., said": the name opening the sentence,
                    # not the last capital of its long apposition (but "The mayor, Ana Ruiz, said": the
                    # name in the apposition, the opening its descriptor)
            if left is None and prev is not None and (not _clause_break(doc, prev) or prev.text in _DASHES):
                left = _subject_of_predicate(doc, hit.token, lo) or _subject_before_relative(doc, hit.token, lo)
            elif left is None and prev is not None and prev.text in (",", ")", "—", "–"):
                left = _opening_subject(doc, hit.token, lo, names.by_word) \
                    or _subject_before_relative(doc, hit.token, lo)
            elif left is None and prev is not None and (prev.text in _CLOSERS_OR_STRAIGHT or prev.text == "'"):
                left = _subject_before_relative(doc, hit.token, lo)  # "Hale, citing “…,” said"
            if left is not None:
                found = left
                lt = doc.token_at(left[0])
                joined = _joined_subject_start(doc, lt, lo) if lt is not None and lt - 2 > lo \
                    and lows[lt - 1] in ("and", "or") else None
                if joined is not None:  # "…, teachers and union officials told the Gazette."
                    lt, found = joined, (tokens[joined].start, *left[1:])
                if _object_before_subject(doc, hit, lt, lo, hi):
                    return None  # "The levy, which the mayor conceded last week, will …": no words after it
                if lt is not None and lt > lo and not _clause_break(doc, tokens[lt - 1]) \
                        and _ends_sentence(doc, after_tok, hi):
                    lt = _phrase_start(doc, lt, lo)  # "…, the local paper Harbor Gazette reported."
                past_addressee = after_tok
                if hit.word.lemma == "tell" and after_tok < hi:
                    # "The cuts, Smith told CNN, would …", "The cuts were overdue, Smith told CNN on Monday.":
                    # the one told stands between the verb and where/when it was said
                    past_addressee = _past_addressee(tokens, after_tok, hi)
                    if past_addressee < hi and tokens[past_addressee].text != "," \
                            and not _where_or_when_told(doc, past_addressee, hi):
                        past_addressee = _past_closing_addressee(doc, after_tok, hi) or after_tok
                # "…, as Tom Hale noted.": an "as" clause attributes what comes before it to a verb of
                # saying ("as Hale wanted" says the event met a wish, not that anyone said it)
                # (a cue word in its bare form is a verb after an auxiliary or a plural subject: "as critics
                # have warned", "as the critics warn", "as they say"; "as price cuts failed to revive demand"
                # holds the noun)
                as_clause = lt is not None and lt - 1 > lo and lows[lt - 1] == "as" \
                    and _clause_break(doc, tokens[lt - 2]) and hit.word.category != "stance" \
                    and (lows[hit.token] != hit.word.lemma or _bare_verb_subject(doc, hit.token - 1))
                opens = lt - 1 if as_clause else lt  # the token the attribution clause starts at
                if lt is not None and opens > lo and _clause_break(doc, tokens[opens - 1]) \
                        and lows[lt] != "who" and _adverbial_tail(doc, past_addressee, hi) \
                        and not (past_addressee == hi - 1 and lows[past_addressee] == ":") \
                        and not (past_addressee < hi and lows[past_addressee] in _CLAUSE_TAILS
                                 and _only_opening_phrase(doc, lo, lt)
                                 and _words(doc, tokens[past_addressee].start, sentence.end, at_most=5) >= 5) \
                        and not _infinitive_after(doc, hit, after_tok, hi) \
                        and not _quantity_subject(lows, past_addressee, hi) \
                        and not (hit.word.lemma == "say" and _pro_form_end(doc, after_tok, hi) is not None):
                    set_off = hit.word.lemma in _CLOSING_CUES and after_tok + 1 < hi and lows[after_tok] == "," \
                        and _names_a_finding(doc, left)  # "During May, city records show, the ferry sailed …"
                    if hit.word.frame in ("that", "object") and not as_clause and not set_off and not (
                            hit.word.lemma in _CLOSING_CUES and _ends_sentence(doc, after_tok, hi)) \
                            and not (hit.word.category != "stance" and _predicate_resumes(doc, after_tok, hi)):
                        return None  # "…, the poll found." / "…, records show." only close a sentence (but
                        # "The bridge, she vowed, would open in May": set off inside the clause it reports)
                    found = (tokens[lt].start, *left[1:])
                    tail = after_tok
                    while tail < hi and tokens[tail].text not in (",", ".", ";"):
                        tail += 1
                    if set_off and lows[after_tok + 1] in _COORDINATORS:
                        tail = hi  # "…, records show, and experts say …": after "and", a clause of its own
                    parts = before_and_after(tokens[opens - 1].start, tail)
                else:
                    finding = hit.word.frame == "that" and hit.word.lemma in _CLOSING_CUES \
                        and _names_a_finding(doc, left)
                    content = _content_after(doc, hit, after_tok, hi, finding=finding) \
                        or _as_phrase_after_gap(doc, hit, lt, lo, hi)
                    opening = doc.token_at(content[0]) if content else None
                    before = _back_past_between(doc, hit.token - 1, lo)
                    relative = before >= lo and lows[before] == "which"
                    if opening is not None and (
                            lt is not None and lt > lo and lows[lt - 1] == "which" and lows[opening] == "to"
                            or hit.word.frame == "object" and relative):
                        content = _object_gap_clause(doc, *content)  # (the stance of "the union, which endorsed")
                    elif content and lt is not None and _opens_with_subordinator(lows, lt, lo):
                        content = _object_gap_clause(doc, *content)  # "While X hopes A, B": A ends at its comma
                    elif content and lt is not None and lt > lo and lows[lt - 1] == "what":
                        content = _free_relative_end(doc, *content)  # "what her team calls its agenda — …"
                    parts = [content] if content else []
            elif _is_participle(doc, hit) or prev is not None and (
                    lows[_before_adverbs(doc, hit.token, lo)] in ("and", "but")
                    or _predicate_before(doc, hit.token, lo)):
                # "…, saying …" / "Clinton declared victory and said …": the sentence's subject speaks
                main = _past_opening_phrase(doc, lo, hit.token)
                if lows[main] in ("it", "this") and hit.word.frame == "object":
                    return None  # "It not only strengthens Ukraine's hand but also signals …": a thing's import
                link = _before_adverbs(doc, hit.token, lo)
                gerund = lows[link] != "," and lows[link] in _PARTICIPLE_LINKS
                found = (None if gerund else _speaker_of_closing_cue(doc, hit, hits, starts, lo)) \
                    or (None if gerund or lows[link] != "," else _adverbial_clause_subject(doc, link, main)) \
                    or _coordinated_subject(doc, hit.token, lo) or _opening_role(doc, main, hit.token) \
                    or (None if gerund or lows[link] != "," else _plain_main_subject(doc, main, link)) \
                    or _subject_before_apposition(doc, main, hit.token) \
                    or _nearest_left_mention(doc, hit.token, main, first=True, known=names.by_word,
                                             opener=main == lo and not gerund)
                if found is None and lows[lo] in ("and", "but") and lo > 0 and tokens[lo - 1].text in _DOUBLE_MARKS:
                    # `declared “What a night!” and said …`: the "!" closed no sentence; its subject speaks
                    before = doc.sentences[tokens[lo - 1].sentence].first_token
                    found = _nearest_left_mention(doc, lo, before, first=True, known=names.by_word)
                content = _content_after(doc, hit, after_tok, hi)
                if content and gerund and link > lo and (lows[link - 1] == "," or lows[link] != "by"):
                    content = _object_gap_clause(doc, *content)  # "X, after saying A, did B": A ends at its comma
                parts = [content] if content else []
            elif hit.token == lo and lows[hit.token].endswith("ing"):
                # "Noting that the levy failed, Okafor said …": the participle's subject is the main clause's
                content = _content_after(doc, hit, after_tok, hi)
                if content is not None:
                    content = _object_gap_clause(doc, *content)
                    comma = doc.token_at(content[1])
                    if comma is None or lows[comma] != "," or content[1] >= sentence.end:
                        return None  # (no main clause after it: a heading, "Demanding equality.")
                    found = _right_speaker(doc, comma + 1, hi)
                parts = [content] if content else []
            elif _finite_speech_after_subject(doc, hit, lo):
                # "Fishermen who came to Dover to protest the vote say they'll …": a subject too long to read
                content = _content_after(doc, hit, after_tok, hi)
                parts = [content] if content else []
                found = _head_of_restrictive_relative(doc, hit.token, lo) \
                    or _nearest_left_mention(doc, hit.token, lo, first=True, known=names.by_word)
            elif _main_verb_after_relative_stance(doc, hit, hits, starts, lo):
                # "Economists who favor the levy agree that …": the main clause's verb after the relative clause
                content = _content_after(doc, hit, after_tok, hi)
                parts = [content] if content else []
                found = _head_of_restrictive_relative(doc, hit.token, lo) \
                    or _nearest_left_mention(doc, hit.token, lo, first=True, known=names.by_word)
    clause = _clause_after_cue(doc, hit, after_tok, hi) if not parts and not passive \
        and hit.word.frame in ("any", "that") else None
    if clause is not None:
        # "…, before clarifying that he was the best candidate", "has always maintained that the server was
        # secure", "said in an interview that …", "– saying he was rooting for …": a verb of saying with a
        # that-clause, or a clause opening with a subject pronoun, reports it even where no rule above found
        # its subject; the speaker is the sentence's subject or its first name or pronoun before the cue
        parts = [(clause, sentence.end)]
        if lows[hit.token].endswith("ing") and hit.token > lo and lows[hit.token - 1] in _PARTICIPLE_LINKS \
                and lows[hit.token - 1] != ",":
            parts = [_object_gap_clause(doc, clause, sentence.end)]  # "After saying A, the man did B": A ends
            comma = doc.token_at(parts[0][1])
            if found is None and hit.token - 1 == lo and comma is not None and lows[comma] == ",":
                found = _right_speaker(doc, comma + 1, hi)  # at its comma, and the main clause's subject says it
        if found is None:
            found = _subject_of_predicate(doc, hit.token, lo) \
                or _nearest_left_mention(doc, hit.token, lo, first=True, known=names.by_word)
    if parts and parts[-1][0] > hit.start:
        uncut = parts[-1][1]
        parts[-1] = (parts[-1][0], _cut_at_next_cue(doc, hits, starts, *parts[-1], outer=lows[hit.token],
                                                     relative_stance=hit.word.frame == "object"
                                                     and _stance_in_subject_relative(doc, hit, lo),
                                                     outer_aux=lows[hit.token - 1] if hit.token > lo else ""))
        if hit.word.frame == "object":
            object_end = _object_end(doc, *parts[-1])
            cut_object = object_end < parts[-1][1] or parts[-1][1] < uncut and _in_set_off_relative(doc, parts[-1][0])
            # ("Roe, who opposes abortion, vetoed …": the relative clause's comma closes its one-word object)
            parts[-1] = (parts[-1][0], object_end)
    trimmed = []
    for s, e in parts:
        s, e = _trim_content(text, s, e)
        if e > s:
            trimmed.append((s, e))
    least = _MIN_CONTENT_WORDS if hit.word.frame != "object" else _MIN_CONTENT_WORDS - 1  # "declined to comment"
    if cut_object and len(parts) == 1 and _stands_as_object(doc, *parts[0]) or lone_question or lone_word:
        least = 1  # "expressed concerns but has said …": one noun is the whole object
    elif hit.word.lemma in _REFUSING_LEMMAS and len(trimmed) == 1 and _REFUSED_COMMENT.fullmatch(text, *trimmed[0]):
        least = 1  # "declined comment.": the one noun is all that was refused (a no_comment finding)
    if not trimmed or sum([_words(doc, s, e, at_most=least) for s, e in trimmed]) < least and not (
            len(trimmed) == 1 and (_names_target(doc, hit, *trimmed[0]) or _pro_form_content(doc, hit, *trimmed[0]))):
        return None
    s, e = trimmed[0][0], trimmed[-1][1]
    if len(trimmed) == 1 and s > hit.start and (text[s: s + 4].lower() in ("and ", "but ")
                                                 or text[s: s + 3].lower() == "or ") \
            and not any(c in "-—–" for c in text[hit.end: s]):  # (but "criticizing - and even … - his rivals")
        return None  # "a plan that no one voted for and no one will ride": a coordinator opens no reported clause
    raw = _Raw(trimmed, sentence.paragraph, True, kind="indirect")
    inside = [q for q in _near(quoted, e) if q[0] >= s - 1 and q[1] <= e + 2]
    if inside:
        if max((qe - qs for qs, qe in inside if (qs, qe) in speech), default=0) >= 0.8 * sum(
                pe - ps for ps, pe in trimmed):
            return None  # the direct quote already carries it
        raw.kind = "mixed"
    raw.cue = _cue(doc, hit)
    if found and not extraposed:
        found = linked[1] if found == linked[0] else _past_clause_link(doc, found)
        if found is None:
            return None
        last_word = doc.text[max(found[0], found[1] - 12): found[1]].rpartition(" ")[2].lower()
        if last_word == "to":  # (a word of the span's last 12 characters: enough for "to" and the documents)
            found = _subject_of_infinitive(doc, names, found, hit, lo) or found
        elif last_word in _DOCUMENT_NOUNS:
            found = _issuer_of_document(doc, names, found, lo) or found
        raw.speaker = _speaker(doc, names, found[0], found[1], found[2])
    return raw


# "That's according to …", "This is according to …": a demonstrative subject and its copula.
_DEMONSTRATIVES = frozenset({"that", "this"})
_SINGULAR_COPULAS = frozenset({"is", "was", "'s", "’s"})
# Conjunctions that open a concession: after a closing attribution ("…, officials said, although neither side
# has confirmed it") the clause is the outlet's qualification, not more of what was said. ("but" is left out:
# "…, they say, but he is still an asset" goes on with the speaker's own contrast as often, PolNeAR shows.)
_CONCESSIVE_OPENERS = frozenset({"although", "though", "whereas"})


def _opens_concession(lows: list[str], k: int) -> bool:
    """Whether token ``k`` opens a concessive clause ("although …", "though …", "even though …")."""
    return k < len(lows) and (lows[k] in _CONCESSIVE_OPENERS
                              or lows[k] == "even" and k + 1 < len(lows) and lows[k + 1] == "though")


# Verbs that put out a document ("released a statement saying …", "put out a memo arguing …").
_ISSUING = frozenset({"released", "releasing", "issued", "issuing", "put", "putting", "sent", "sending",
                      "published", "publishing", "posted", "posting", "circulated", "circulating", "filed", "filing"})


# Tokens a closing attribution's tail ("on MSNBC's "Morning Joe"", "Tuesday in Paris") may run to
# before the participle that goes on with its speaker.
_CLOSING_TAIL_TOKENS = 12


def _speaker_of_closing_cue(doc: Document, hit: _CueHit, hits: list[_CueHit], starts: list[int],
                            lo: int) -> tuple[int, int, str | None] | None:
    """The speaker of the attribution a participle follows (", adding …" right after "…, Spicer said"):
    "Ryan and Trump will meet next week, Spicer said, adding …" is Spicer's, not the subject's of the
    clause Spicer reports. Only when nothing but where or when it was said stands between that cue and the
    comma ("Hollande said Tuesday in Paris, noting …"); "Roe said the levy failed, adding …" has its own
    subject, found as before. None when no such attribution closes the clause."""
    k = bisect_left(starts, hit.start) - 1
    if k < 0:
        return None
    closing = hits[k]
    comma = _before_adverbs(doc, hit.token, lo)
    tail = closing.last_token + 1
    if closing.token <= lo or tail > comma or comma - tail > _CLOSING_TAIL_TOKENS \
            or doc.tokens[comma].text != "," or closing.word.frame == "object" \
            or not _adverbial_tail(doc, tail, comma):
        return None
    return _left_speaker(doc, closing.token, lo)


# How an opening phrase that holds a cue and hangs on the main clause begins: "Having announced …",
# "In an effort to clarify …", "In order to explain …", "To explain …", "Continuing to explain …".
_PARTICIPLE_OPENINGS = (("having",), ("in", "an", "effort", "to"), ("in", "order", "to"), ("to",))
_OPENING_CUE_REACH = 5  # tokens from the sentence's start to a cue inside such an opening phrase


def _inside_opening_participle(doc: Document, hit: _CueHit, lo: int) -> bool:
    """Whether the cue stands in a participial or infinitival phrase that opens its sentence before a comma
    and the main clause ("Continuing to explain his view, Carson rejected …"), not at its start: the main
    clause's subject speaks, and the phrase's words after the cue are what it said."""
    t = hit.token
    if t <= lo or t - lo > _OPENING_CUE_REACH or not doc.tokens[lo].text[:1].isupper():
        return False
    lows = doc.lower_texts()
    opening = tuple(lows[lo:t])
    if opening and opening[-1] in ("not", "also", "first", "publicly"):
        opening = opening[:-1]
    return opening in _PARTICIPLE_OPENINGS or (len(opening) == 2 and opening[1] == "to"
                                               and opening[0].endswith("ing") and len(opening[0]) > 5)


def _opening_phrase_content(doc: Document, hit: _CueHit, after_tok: int, hi: int) -> tuple[int, int] | None:
    """What a cue inside an opening phrase reports: its words up to the phrase's comma, when they are a
    clause or an object of some length (a short one, "explain his view", is kept whole as before); else None."""
    content = _content_after(doc, hit, after_tok, hi)
    if content is None:
        return None
    content = _object_gap_clause(doc, *content)
    comma = doc.token_at(content[1])
    if comma is None or comma + 1 >= hi or doc.tokens[comma].text != "," \
            or _words(doc, *content, at_most=_MIN_CONTENT_WORDS) < _MIN_CONTENT_WORDS:
        return None
    return content


def _issuer_of_document(doc: Document, names: _Names, found: tuple, lo: int) -> tuple | None:
    """`The town released a statement saying …`, `His office put out a memo arguing …`: the speaker found
    is the document, the object of a verb of issuing; whoever issued it (the subject) is the source, as
    PolNeAR and a reader name it. None unless ``found`` is such a document."""
    lows = doc.lower_texts()
    first, last = doc.token_at(found[0]), doc.token_at(found[1] - 1)
    if first is None or last is None or lows[last] not in _DOCUMENT_NOUNS:
        return None
    verb = next((k for k in range(last - 1, max(first, last - 5) - 1, -1) if lows[k] in _ISSUING), None)
    if verb is not None and verb > first:  # "Her office put out a memo": the words before the verb
        end = verb - 1
        return (doc.tokens[first].start, doc.tokens[end].end, None) if _is_capital(doc.tokens[first]) \
            or lows[first] in _DETERMINERS else None
    verb = first - 1
    if verb <= lo:
        return None
    if lows[verb] == "out" and verb > lo:
        verb -= 1  # "put out", "sent out"
    if lows[verb] not in _ISSUING:
        return None
    return _subject_of_predicate(doc, verb, lo) or _first_mention(doc, names, verb, lo)


def _subject_of_infinitive(doc: Document, names: _Names, found: tuple, hit: _CueHit,
                           lo: int) -> tuple | None:
    """`Ms. Roe chimed in, breaking with the chair, to argue that …`: a speaker ending in the infinitive's
    "to" is no noun phrase; the sentence's subject argues. None unless ``found`` ends so."""
    last = doc.token_at(found[1] - 1)
    if last is None or doc.lower_texts()[last] != "to":
        return None
    return _first_mention(doc, names, hit.token, lo)


def _first_mention(doc: Document, names: _Names, cue_tok: int, lo: int) -> tuple | None:
    """The sentence's first name or pronoun before ``cue_tok``: its subject, as a rule."""
    return _nearest_left_mention(doc, cue_tok, lo, first=True, known=names.by_word)


def _finite_speech_after_subject(doc: Document, hit: _CueHit, lo: int) -> bool:
    """A verb of saying in a finite form ("say", "said", "has said") right after a word of its subject, so it
    reports a clause even where that subject is too long to take for its speaker."""
    lows = doc.lower_texts()
    low = lows[hit.token]
    if hit.word.frame != "any" or hit.word.category not in _SPEECH or low.endswith("ing") or hit.token - 1 <= lo:
        return False
    if hit.word.lemma in _FINITE_ONLY_PAST and not _past_form(low) or hit.word.lemma in _PREPOSITION_CUES \
            and hit.word.lemma not in ("say", "write", "warn"):
        return False  # "his remarks", "the reports": nouns as often; "respond", "refer": only with "to"
    prev = lows[hit.token - 1]
    return doc.tokens[hit.token - 1].is_word and prev not in _NOT_BEFORE_FINITE and prev not in _DETERMINERS \
        and not prev.endswith(_POSSESSIVE)


def _head_of_restrictive_relative(doc: Document, cue_tok: int, lo: int) -> tuple[int, int, str | None] | None:
    """`Fishermen who came to Dover to protest the vote say …`: the noun phrase opening the sentence before
    its relative clause, the subject of the cue after that clause (or None)."""
    lows = doc.lower_texts()
    rel = next((k for k in range(lo + 1, cue_tok) if lows[k] in ("who", "that")), None)
    found = _sentence_subject(doc, rel, lo) if rel is not None else None
    if found is None or found[0] != doc.tokens[lo].start:
        return None
    last = _back_past_between(doc, cue_tok - 1, rel + 1)
    head = doc.token_at(found[1] - 1)
    if lows[rel] == "who" and last > rel and head is not None and not _names_someone_by_capital(doc, head):
        # "Officials who asked not to be identified said …": the clause describes the unnamed speaker
        return found[0], found[1], doc.text[found[0]: doc.tokens[last].end]
    return found


# Cardinals in words, which count the plural noun they come before ("eight London shows").
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                          "twelve", "twenty", "dozens", "hundreds", "thousands", "millions"})
_FINITE_ONLY_PAST = frozenset({"report", "remark", "tweet", "post", "comment", "claim", "charge", "note"})
# Finite verbs that follow a singular noun subject and never a verb of saying in its bare form.
_FINITE_AFTER_NOUN = frozenset({"is", "was", "has", "had", "will", "would", "could", "can", "did", "does",
                                "fell", "rose", "falls", "rises", "slipped", "dipped", "climbed", "jumped", "dropped",
                                "gained", "edged", "eased", "surged", "tumbled", "slid", "stood", "remained", "ended",
                                "closed"})  # (how a price or a yield moves: "the Treasury note slipped")
_NOT_BEFORE_FINITE = frozenset({"to", "will", "would", "can", "could", "may", "might", "should", "must", "and", "or",
                                "but", "that", "which", "who", "not", "never", "did", "does", "do", "the", "a", "an",
                                "his", "her", "their", "its", "our", "my", "your", "help", "helps", "helped", "let",
                                "lets", "make", "makes", "made"})  # ("helps explain": a bare infinitive)


_OBJECT_RELATIVES = frozenset({"which", "that", "whom", "what"})
# After a cue whose object moved to the relative pronoun: where or when it was said, or the clause's end.
_GAP_TAIL_STARTS = frozenset({
    ",", ".", ";", "—", "–", ")", "!", "?", "on", "in", "at", "during", "last", "this", "earlier", "later",
    "yesterday", "today", "recently", "previously", "repeatedly", "again", "publicly", "privately", "when",
    "after", "before", "while", "because", "since", "and", "but",
} | _WEEKDAYS)


# Finite verbs that open a main clause's predicate as readily as an auxiliary does ("… remains a mystery").
_LINKING_VERBS = frozenset({"remains", "remained", "seems", "seemed", "appears", "appeared", "becomes", "became",
                            "makes", "means", "looks"})


_CLEFT_HEADS = frozenset({"what", "thing", "things", "all", "only"})


def _gap_after_stance(doc: Document, hit: _CueHit, hi: int) -> bool:
    """`The ferry she wants is expensive`, `a deal she once supported, makes sense`, `The draft the board endorsed
    would move …`: a stance verb followed at once by the main clause's verb (an auxiliary, also after a comma)
    has its object before it, in a relative clause with no pronoun; the words after it are the outlet's (but a
    cleft, "what she wants is …", names the object after its copula)."""
    lows = doc.lower_texts()
    k = hit.last_token + 1
    if k < hi and lows[k] == "," and k + 1 < hi:
        k += 1
    if any(w in _CLEFT_HEADS for w in lows[max(0, hit.token - 4): hit.token]):
        return False  # "One of the things he wanted was a gun truck": what comes after the copula is the object
    return k < hi and (lows[k] in _AUXILIARIES or lows[k] in _LINKING_VERBS) and hit.token > 0 \
        and doc.tokens[hit.token - 1].is_word \
        and lows[hit.token - 1] not in _AUXILIARIES and lows[hit.token - 1] not in ("to", "and", "or", "but")


def _object_before_subject(doc: Document, hit: _CueHit, lt: int | None, lo: int, hi: int) -> bool:
    """`The levy, which the mayor conceded last week, will …`, `a charge that Okafor has always denied`: the
    cue's object moved to the relative pronoun before its subject (``lt`` its first token), so the words after
    the clause are not what was said. PolNeAR marks the pronoun itself as the content about one time in three
    (on its *train* split), too seldom to report a one-word quote; the clause is left unreported."""
    lows = doc.lower_texts()
    if lt is not None and lt - 1 > lo and (lows[lt - 1] in _QUANTIFIERS or lows[lt - 1] == "all"):
        lt -= 1  # "the levy, which most voters opposed, …": the subject's quantifier
    if lt is None or lt <= lo or lows[lt - 1] not in _OBJECT_RELATIVES or lows[hit.token].endswith("ing") \
            or hit.word.lemma in _ONLY_WITH_PREPOSITION:
        return False
    k = hit.last_token + 1
    if k < hi and lows[lt - 1] == "what" and (lows[k] in _LINKING_VERBS or lows[k] in _AUXILIARIES
                                             and lows[k] not in _COPULAS):
        return True  # "What the board opposed remains a mystery": the free relative is the main clause's
        # subject (but a cleft, "What the mayor wants is a second ferry", names the object after "is")
    return k >= hi or lows[k] in _GAP_TAIL_STARTS  # (not "that he said would fail", "which she called a tax")


# Verbs that take an object and an "as" phrase saying what the speaker called it ("described the deal as a
# model", "denounced the levy as a raid"); with the object moved to a relative pronoun, the "as" phrase is left.
_AS_PREDICATIVE_LEMMAS = frozenset({"describe", "portray", "label", "dismiss", "deride", "hail", "praise", "tout",
                                    "criticize", "blast", "denounce", "condemn", "mock", "acknowledge", "see", "view",
                                    "regard", "present", "cite"})


def _as_phrase_after_gap(doc: Document, hit: _CueHit, lt: int | None, lo: int, hi: int) -> tuple[int, int] | None:
    """`the deal, which Ruiz described as a model, passed`, `whom Roe views as a rival`, `what the union
    denounced as a raid`: the verb's object is the relative pronoun before its subject (``lt`` its first token),
    so what the speaker said of it is the "as" phrase, to the relative clause's closing comma."""
    k = hit.last_token + 1
    lows = doc.lower_texts()
    if k + 1 >= hi or lows[k] != "as" or hit.word.lemma not in _AS_PREDICATIVE_LEMMAS or lt is None or lt <= lo \
            or lows[lt - 1] not in _OBJECT_RELATIVES or not doc.tokens[k + 1].is_word:
        return None
    return _object_gap_clause(doc, doc.tokens[k].start, doc.sentences[doc.tokens[k].sentence].end)


def _past_closing_mark(text: str, offset: int) -> int:
    """`The levy is “a tax on work,” Okafor said.`: a content that ends where a closing quotation mark stands
    takes the mark (and the comma inside it) along, so its quotation is not left open."""
    if text.startswith("''", offset) or text.startswith("''", offset - 1):
        return offset + 2 - (text[offset - 1: offset] == "'")
    return offset + 1 if text[offset: offset + 1] in ("”", '"', "»") else offset


# Words after which "according to X," opens the clause that follows ("said that, according to its count, …").
_CLAUSE_INTRODUCERS = frozenset({"that", "and", "but"})


def _holds_a_verb(lows: list[str], start: int, end: int) -> bool:
    """Whether an auxiliary stands among ``lows[start:end]`` (a clause, not a noun phrase)."""
    return any(w in _AUXILIARIES for w in lows[start:end])


_IT_COPULAS = frozenset({"is", "was", "’s", "'s", "be", "been", "remains", "seems", "becomes"})
_EXTRAPOSED_MAX_WORDS = 3  # "hard", "too soon", "not at all clear" between the copula and "to"


def _extraposed_infinitive(lows: list[str], t: int, lo: int) -> bool:
    """`It is hard to say whether …`, `it's fair to say that …`, `It is too soon to predict …`: the cue is an
    infinitive under an adjective whose subject is the dummy "it" (extraposition), so no one says or
    predicts anything; the writer judges how sayable it is. "Smith is eager to say …" has a real subject."""
    k = t - 1
    if k < lo or lows[k] != "to":
        return False
    k -= 1
    if k >= lo and lows[k] == "not":  # "it is hard not to think"
        k -= 1
    stop = max(lo, k - _EXTRAPOSED_MAX_WORDS)
    while k > stop and lows[k] not in _IT_COPULAS:
        k -= 1
    if k <= lo or lows[k] not in _IT_COPULAS or k == t - 2:
        return False
    if lows[k] in ("be", "been"):  # "it will be hard to say", "it has been difficult to predict"
        k -= 1
        if k >= lo and lows[k] not in _AUXILIARIES and lows[k] not in _MODALS:
            return False
    return k - 1 >= lo and lows[k - 1] == "it"


def _opens_with_subordinator(lows: list[str], subject: int, lo: int) -> bool:
    """`While the city hopes …, …`, `But although officials say …, …`: the subject's clause is an adverbial
    clause opening the sentence, so the main clause after its comma is the writer's, not the speaker's.
    Not "as": in "As Roe noted, the plan …" the main clause is what Roe noted."""
    k = subject - 1
    return k >= lo and lows[k] in _ADVERBIAL_SUBORDINATORS and lows[k] != "as" \
        and (k == lo or k == lo + 1 and lows[lo] in _COORDINATORS or lows[k - 1] == ",")  # ("In June, after X …")



def _free_relative_end(doc: Document, start: int, end: int) -> tuple[int, int]:
    """`… — what her team calls its “open door” agenda — was resonating`: what a free relative clause reports
    ends at the dash after it, where the clause around it goes on (not at a comma, which as often lists what
    was said: "what she called “reckless, dangerous” acts")."""
    token_starts = doc.token_starts  # (a property: read once)
    t = bisect_left(token_starts, start)
    last = bisect_left(token_starts, end)
    lows = doc.lower_texts()
    while t < last and lows[t] not in (";", "—", "–"):
        t += 1
    return (start, doc.tokens[t].start) if t < last else (start, end)


def _object_gap_clause(doc: Document, start: int, end: int) -> tuple[int, int]:
    """`the war, which he has promised to settle quickly, dragged on`: a relative clause's content ends at
    its closing comma, where the main clause resumes."""
    token_starts = doc.token_starts  # (a property: read once)
    t = bisect_left(token_starts, start)
    last = bisect_left(token_starts, end)
    lows = doc.lower_texts()
    while t < last and lows[t] != ",":
        t += 1
    return (start, doc.tokens[t].start) if t < last else (start, end)


def _names_target(doc: Document, hit: _CueHit, start: int, end: int) -> bool:
    """`endorsed Okafor`, `blasted Lindqvist`: a stance or a judgement whose whole content is one proper name."""
    if hit.word.frame != "object" and hit.word.category != "evaluative":
        return False
    t = doc.token_at(start)
    if t is None or t <= hit.last_token:
        return False
    tokens = doc.tokens
    words = [tok for tok in tokens[t: bisect_left(doc.token_starts, end)] if tok.is_word]
    if len(words) == 1 and words[0].text.lower() in _PERSON_OBJECTS and hit.word.category == "stance":
        return True  # `the governor who had endorsed him`: the person stood for
    return 0 < len(words) <= 3 and all(_is_capital(w) and w.text.lower() not in _NOT_NAME for w in words)


_PERSON_OBJECTS = frozenset({"him", "her", "them"})


# Words that open an adverbial before a that-clause's subject: "that during the visit, the mayor …".
_ADVERBIAL_OPENERS = frozenset({"during", "after", "before", "when", "while", "if", "as", "in", "on", "at", "since",
                                "although", "though", "because", "despite", "for", "with", "without", "under", "by",
                                "once", "unless", "until", "given", "amid", "following"})


# After a comma, words that open the subject's next act or a clause of its own ("…, before clarifying that …").
_NEXT_ACT = frozenset({"before", "after", "by", "as", "when", "if", "then", "which", "who", "so"})


def _doubled_single(doc: Document, k: int, hi: int) -> bool:
    """Whether tokens ``k`` and ``k + 1`` are two straight single marks written as one double mark (''…'')."""
    tokens = doc.tokens
    return k + 1 < hi and tokens[k].text == "'" and tokens[k + 1].text == "'" and tokens[k + 1].start == tokens[k].end


def _clause_after_cue(doc: Document, hit: _CueHit, k: int, hi: int) -> int | None:
    """Where a reported clause opens after the cue at token ``k``, past where and when it was said ("said in an
    interview that …"): a that-clause, or a clause whose subject is a pronoun ("saying he was rooting for …").
    The offset, or None."""
    if _that_clause_at(doc, k, hi):
        return doc.tokens[k].start
    lows = doc.lower_texts()
    if all(w != "that" and w not in _SUBJECT_PRONOUNS for w in lows[k: min(hi, k + 12)]):
        return None  # (no clause can open near the cue: spare the search)
    content = _content_after(doc, hit, k, hi)
    if content is None:
        return None
    t = doc.token_at(content[0])
    if t is None or t >= hi:
        return None
    if _that_clause_at(doc, t, hi) or lows[t] in _SUBJECT_PRONOUNS and t + 2 < hi \
            and (lows[t + 1] in _AUXILIARIES or _contracted_auxiliary(lows, t + 1) or _past_form(lows[t + 1])):
        return content[0]
    return None


def _that_clause_at(doc: Document, k: int, hi: int) -> bool:
    """Whether a that-clause opens at token ``k``: "that" and then a clause's first words ("that the server was
    secure", "that he would"; not "that day", "that." or "that way")."""
    lows = doc.lower_texts()
    if k + 3 >= hi or lows[k] != "that":
        return False
    nxt = lows[k + 1]
    # (a verb right after "that" makes it a relative pronoun: "remarks that were less surprising")
    return doc.tokens[k + 1].is_word and nxt not in _TIME_UNITS and nxt not in _THAT_DETERMINED \
        and nxt not in _AUXILIARIES and not _past_form(nxt) \
        and any(w in _AUXILIARIES or _contracted_auxiliary(lows, j) or w.endswith(("ed", "s"))
                for j, w in enumerate(lows[k + 2: min(hi, k + 12)], start=k + 2))


# Nouns after which "that" is a determiner ("that day", "that way", "that point"), not a clause's opener, and
# "'s" ("that's": a pronoun). (Time nouns and auxiliaries, "that was", are turned away before this list.)
_THAT_DETERMINED = frozenset({"day", "way", "point", "moment", "issue", "matter", "question", "idea", "one",
                              "plan", "claim", "'s", "’s"})


def _adverbial_opener_comma(doc: Document, start: int, end: int) -> int | None:
    """The comma that closes an adverbial opening a that-clause content ("that during the visit, …"), or None."""
    t = bisect_left(doc.token_starts, start)
    lows = doc.lower_texts()
    if t + 2 >= len(lows) or lows[t] != "that" or lows[t + 1] not in _ADVERBIAL_OPENERS:
        return None
    last = bisect_left(doc.token_starts, end)
    return next((k for k in range(t + 2, min(last, t + 16)) if lows[k] == ","), None)


_CLOSERS_OR_STRAIGHT = frozenset(_CLOSERS + '"') | {"''"}
_CLOSERS_OR_QUOTES = _CLOSERS_OR_STRAIGHT | {"'"}  # (with the single straight mark)


def _joined_subject_start(doc: Document, lt: int, lo: int) -> int | None:
    """`…, teachers and union officials told the Gazette.`, `The mayor and the police chief said`, `Germany,
    France and Italy said`: where a subject joined by "and" / "or" (and commas before it) to the speaker found
    at ``lt`` starts, when the sentence or a clause break stands right before it, else None. A person noun
    before a name goes with it ("Coach Dmitri Volkov and captain Aoife Byrne")."""
    lows = doc.lower_texts()
    if lt - 1 > lo and lows[lt - 1] in lexicon().descriptors and doc.tokens[lt - 1].text.islower():
        lt -= 1  # "and captain Aoife Byrne": the noun before the name
    if lt - 2 < lo or lows[lt - 1] not in ("and", "or", "&"):
        return None
    return _listed_start(doc, _conjunct_start(doc, lt - 2, lo), lo, doc.tokens[lt].text[:1].isupper())


def _listed_start(doc: Document, first: int | None, lo: int, capital: bool) -> int | None:
    """Where a list of speakers whose later part starts at ``first`` starts ("Germany, France and Italy"),
    when the sentence or a clause break stands before it; else None. ``capital``: whether the parts are
    names (a list of names holds names, "In Paris, France and Italy said" starts at "France")."""
    lows = doc.lower_texts()
    listed = 0
    while first is not None and first - 2 >= lo and lows[first - 1] == "," and listed < _MAX_LISTED_SPEAKERS:
        before = _conjunct_start(doc, first - 2, lo)  # "Germany, France and Italy": the list goes on
        if before is None or not (before == lo or _clause_break(doc, doc.tokens[before - 1])) \
                or doc.tokens[first - 2].text[:1].isupper() != capital and lows[first] not in ("its", "their"):
            break  # ("In Paris, France and Italy said": an opening phrase, no speaker of the list; but
            # "Harbor Steel, its union and the mayor said": the "its" needs the name before it, a conjunct)
        first, listed = before, listed + 1
    if first is None or first < lo or first > lo and not _clause_break(doc, doc.tokens[first - 1]) \
            or lows[first] in _PRONOUNS and lows[first] not in ("he", "she", "i", "we"):
        return None
    return first


_MAX_LISTED_SPEAKERS = 4
_BODY_DETERMINERS = frozenset({"the", "its", "their", "his", "her"})


def _conjunct_start(doc: Document, j: int, lo: int) -> int | None:
    """First token of the speaker phrase ending at token ``j`` that is one part of a coordinated subject
    (a name, a pronoun or a noun for people, with its determiner), or None."""
    lows = doc.lower_texts()
    if lows[j] in ("he", "she", "i", "we"):
        return j
    phrase = _phrase_back(doc, j, lo)
    if phrase is None and j - 2 >= lo and lows[j - 1] in ("of", "for") and doc.tokens[j].text.islower():
        phrase = _phrase_back(doc, j - 2, lo)  # "the minister of defence": the head before its remit
    if phrase is None and (lows[j] in _SOURCE_BODIES or lows[j] in _INSTITUTIONS):
        det = next((d for d in (j - 1, j - 2) if d >= lo and lows[d] in _BODY_DETERMINERS), None)
        if det is not None and (det == j - 1 or doc.tokens[j - 1].text.isalpha()):
            phrase = det, j  # "The (harbour) board and its chair said": a body speaks as a person does
    first = phrase[0] if phrase is not None else j if _plural(lows[j]) else None
    if first is not None and first - 1 >= lo and lows[first - 1] in lexicon().descriptors \
            and doc.tokens[first - 1].text.islower() and _is_capital(doc.tokens[first]):
        first -= 1  # "captain Aoife Byrne"
    if first is not None and first - 1 >= lo and _is_capital(doc.tokens[first]) \
            and lows[first - 1] in lexicon().descriptors and doc.tokens[first - 1].text[:1].isupper():
        first -= 1  # "Coach Dmitri Volkov"
    return first


def _stance_in_subject_relative(doc: Document, hit: _CueHit, lo: int) -> bool:
    """`Economists who favor the levy agree that …`: a finite stance verb right after "who" / "that" (an
    adverb between), whose object is a noun phrase or an infinitive ("who want to attend"), not a clause
    ("who agree that …"); a finite verb after that object is the main clause's."""
    lows = doc.lower_texts()
    if hit.word.frame != "object" or lows[hit.token].endswith("ing") or hit.last_token + 1 >= len(lows) \
            or lows[hit.last_token + 1] in _CLAUSE_OBJECT_OPENERS:
        return False
    k = _before_adverbs(doc, hit.token, lo)
    return k >= lo and lows[k] in ("who", "that") and k > lo and doc.tokens[k - 1].is_word


# What opens a clause as a stance's object ("who agree that …", "who wonder whether …"): no noun phrase to end.
_CLAUSE_OBJECT_OPENERS = frozenset({"that", "whether", "if", "what", "how", "why", "when", "where", "who"})
# Where the search for the main clause's verb after a relative clause's object stops: the reading is unsure past
# a comma, a dash, a quotation or a subordinate clause ("who want to save as federal workers do, …").
_OBJECT_READING_STOPS = frozenset({",", ";", ":", "—", "–", "-", "--", "(", "“", "”", '"', "''", "than", "as",
                                   "because", "while", "when", "if", "although", "though", "since", "unless"})


def _relative_object_span(lows: list[str], t: int, last: int) -> int:
    """The token index (from ``t`` up to ``last``) where the reading of a relative clause's object stops."""
    k = t
    while k < last and lows[k] not in _OBJECT_READING_STOPS:
        k += 1
    return k


def _before_main_predicate(doc: Document, start: int, end: int) -> int:
    """`Fishermen who oppose the levy are a minority`: the object of a stance in a subject relative ends at the
    first auxiliary or copula after it that opens the main clause's predicate (not "that was passed" inside
    the object, nor "to be")."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    token_starts = doc.token_starts  # (a property: read once)
    t = bisect_left(token_starts, start)
    last = _relative_object_span(lows, t, bisect_left(token_starts, end))
    for k in range(t + 1, last):
        if lows[k] in _AUXILIARIES and tokens[k].text.islower() and tokens[k - 1].is_word \
                and lows[k - 1] not in _NOT_BEFORE_MAIN_VERB:
            return tokens[k].start
    return end


def _main_verb_after_relative_stance(doc: Document, hit: _CueHit, hits: list[_CueHit], starts: list[int],
                                     lo: int) -> bool:
    """Whether cue ``hit`` is the verb that ends the object of a stance in a subject relative before it in its
    sentence ("Economists who favor the levy agree that …"), where `_cut_at_next_cue` ends that stance."""
    lows = doc.lower_texts()
    t = hit.token
    i = bisect_left(starts, hit.start) - 1
    if i < 0 or hits[i].token < lo or not doc.tokens[t - 1].is_word or lows[t - 1] in _NOT_BEFORE_MAIN_VERB \
            or lows[t].endswith("ing"):
        return False
    return _stance_in_subject_relative(doc, hits[i], lo) and _relative_object_span(lows, hits[i].last_token + 1, t) == t


# Words between "and"/"but" and a second verb group of the speaker's ("but did not say", "and has called for",
# "and also warned"): auxiliaries of the past or the perfect, negation and adverbs of the verb group.
_PAST_AUXILIARIES = frozenset({"did", "had"})
_PERFECT_AUXILIARIES = frozenset({"has", "have"})
_VERB_GROUP_WORDS = frozenset(_PAST_AUXILIARIES | _PERFECT_AUXILIARIES | {
    "not", "n't", "also", "later", "then", "again", "even", "once", "repeatedly", "publicly", "privately"})
_VERB_GROUP_MAX_WORDS = 3


def _speakers_verb_group(lows: list[str], t: int, outer_form: str | None, outer_aux: str) -> int | None:
    """The token of the "and"/"but" that coordinates the cue at ``t`` with the outer cue (of inflection
    ``outer_form``, after the auxiliary ``outer_aux`` if any) when words of a verb group stand between them:
    "said A but did not say B" ("did" after a past cue; "had" only after "had": after "said" it is the
    reported clause's backshifted pluperfect), "has said A and has called for B" (the
    outer cue's own auxiliary), "said A and also warned B" (adverbs only, the cue's inflection agreeing as
    without them). Otherwise None: "said the union has opposed it and has warned …" is the union's."""
    p = t - 1
    while p > 0 and t - p <= _VERB_GROUP_MAX_WORDS and lows[p] in _VERB_GROUP_WORDS:
        p -= 1
    if p == t - 1 or lows[p] not in ("and", "but"):
        return None
    auxiliary = next((w for w in lows[p + 1: t] if w in _PAST_AUXILIARIES or w in _PERFECT_AUXILIARIES), None)
    if auxiliary is None:
        inner_form = _verb_form(lows[t])
        return p if inner_form == outer_form and inner_form != "ing" else None
    if auxiliary == "had":  # "said it was reviewing … and had not decided": the reported clause's pluperfect
        return p if outer_aux == "had" else None  # (but "had said A and had called for B")
    if auxiliary in _PAST_AUXILIARIES:
        return p if outer_form == "past" and outer_aux not in _PERFECT_AUXILIARIES else None
    return p if outer_aux == auxiliary else None


def _cut_at_next_cue(doc: Document, hits: list[_CueHit], starts: list[int], start: int, end: int,
                     outer: str = "", relative_stance: bool = False, outer_aux: str = "") -> int:
    """Where content after a cue stops: before the next attribution in the sentence ("… and predicted",
    "…, adding"), which is reported on its own. After a past-tense cue, a present-tense one belongs to the
    reported clause ("said they are worried … and want to …"), not to the speaker; so does a bare form
    after "says" ("says he'd sit them down and tell them …"): it cannot be coordinated with "says"."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    outer_form = _verb_form(outer) if outer else None
    if relative_stance:
        end = _before_main_predicate(doc, start, end)
    set_off_relative = _in_set_off_relative(doc, start)  # (once: the loop below asks again for each cue)
    if set_off_relative:
        end = _relative_content_end(doc, start, end)
    opener_comma = _adverbial_opener_comma(doc, start, end)
    i = bisect_right(starts, start)
    while i < len(hits) and hits[i].start < end:
        t = hits[i].token
        if opener_comma is not None and opener_comma < t and _subject_clause(doc, t) in (opener_comma, None) \
                and lows[t - 1] not in ("and", "but"):
            if not any(lows[k] == "," for k in range(opener_comma + 1, t)):
                i += 1
                continue  # "reported that during the visit, the mayor reiterated …": the clause's own verb
        if t > 1 and lows[t - 2] == "," and lows[t - 1] in _CLOSERS_OR_STRAIGHT:
            return tokens[t - 1].end  # `… calling it “a scam,” saying …`: the comma inside the closing mark
        if relative_stance and tokens[t - 1].is_word and lows[t - 1] not in _NOT_BEFORE_MAIN_VERB \
                and not lows[t].endswith("ing") and _relative_object_span(lows, bisect_left(doc.token_starts, start),
                                                                          t) == t:
            return tokens[t].start  # "economists who favor the levy agree that …": the main clause's verb
        if outer and t > 2 and lows[t - 1] in _VERB_GROUP_WORDS:
            link = _speakers_verb_group(lows, t, outer_form, outer_aux)
            if link is not None and tokens[link].start > start:
                return tokens[link].start  # "said A but did not say B": the speaker's second verb group
        if _participle_aside_at(doc, t, end):
            i += 1
            continue  # "said the extra money, estimated at £900,000, would …": an aside on the clause's subject
        if t > 0 and lows[t - 1] in ("and", "but", ",") and (tokens[t - 1].start >= start or lows[t].endswith("ing")):
            # (not the comma before the content: "His wife, he says, plans to leave": "plans" is its verb)
            inner_form = _verb_form(lows[t])
            if outer_form == "past" and inner_form in ("s", "bare") \
                    or outer_form == "s" and inner_form == "bare" and lows[t - 1] != ",":
                i += 1
                continue
            if lows[t - 1] == "," and hits[i].word.category in _SPEECH:
                boundary = _subject_clause_before_aside(doc, t)
                if boundary is not None and tokens[boundary].start > start:
                    return tokens[boundary].start  # "…, while the White Helmets, a rescue group, said …"
            return tokens[t - 1].start
        if t > 2 and lows[t - 1] != ",":
            before = _back_past_between(doc, t - 1, t - _SET_OFF_TIME_MAX_TOKENS)
            if lows[before] == "," and tokens[before].start > start and set_off_relative:
                return tokens[before].start  # "Okafor, who has denounced the plan, on Friday declared …": the
                # main clause's verb after the relative clause's closing comma and a time phrase
        if lows[t - 1] == "who" and hits[i].word.category in _SPEECH:
            comma = _comma_before_counted_who(doc, t - 1, start)
            if comma is not None:
                return tokens[comma].start  # "…, compared with 44 percent who say …": a share of its own
        boundary = _subject_clause(doc, t)
        if boundary is not None and tokens[boundary].start > start and (
                lows[boundary] not in (",", "—", "–") or hits[i].word.category in _SPEECH) \
                and not _in_relative_aside(doc, boundary, t, end):
            return tokens[boundary].start
        i += 1
    return end


# Heads of a count of respondents that a "who" clause may follow ("the 30 percent who say", "about the same
# number who said"): with `_SHARE_HEADS`.
_COUNT_HEADS = frozenset({"number", "share", "proportion", "percentage"})
_COUNTED_WHO_REACH = 8  # tokens from the comma to "who": ", compared with the 30 percent who"


def _comma_before_counted_who(doc: Document, who: int, start: int) -> int | None:
    """The comma opening the phrase of a counted share before ``who`` ("…, compared with 44 percent who say
    …", "…, about the same number who said …"), when it lies inside content starting at ``start``; else None.
    Poll reports set one share's answer against another's: the second share says its own words, so the
    first report ends at that comma."""
    lows = doc.lower_texts()
    head = lows[who - 1] if who > 0 else ""
    if head not in _SHARE_HEADS and head not in _COUNT_HEADS:
        return None
    tokens = doc.tokens
    for k in range(who - 2, max(0, who - 2 - _COUNTED_WHO_REACH), -1):
        if tokens[k].start <= start or lows[k] in (";", ":", "."):
            return None
        if lows[k] == ",":
            return k
    return None
# Prepositions after a past participle set off by commas that make it a reduced relative on the noun before
# ("the money, estimated at £900,000, would …", "the deal, described as historic, was …").
_ASIDE_PREPOSITIONS = frozenset({"at", "as", "by"})


def _participle_aside_at(doc: Document, t: int, end: int) -> bool:
    """Whether the cue at token ``t`` is a past participle opening an aside set off by commas after a noun and
    before the clause's own verb ("…, estimated at around £900,000 a year, would …"): no attribution of its own."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    if not (0 < t < len(tokens) - 1 and lows[t - 1] == "," and lows[t].endswith("ed")
            and lows[t + 1] in _ASIDE_PREPOSITIONS):
        return False
    last = doc.sentences[tokens[t].sentence].last_token
    k = t + 2
    while k < last and tokens[k].start < end and k - t < 16:
        if lows[k] == ",":  # the closing comma: a verb of the clause follows ("would", "had been", "will")
            return k + 1 < last and lows[k + 1] in _AUXILIARIES
        k += 1
    return False


def _in_set_off_relative(doc: Document, start: int) -> bool:
    """Whether content starting at ``start`` reports a relative clause set off by a comma (", who has denounced
    …"): its closing comma ends it, where a participle's aside ("the ferry, now declared safe, will") is none."""
    lows = doc.lower_texts()
    first = bisect_left(doc.token_starts, start)
    if first >= len(lows):
        return False
    lo = max(doc.sentences[doc.tokens[first].sentence].first_token + 1, first - _SET_OFF_TIME_MAX_TOKENS - 3)
    window = lows[lo:first]
    if "who" not in window and "which" not in window:
        return False  # (the usual case, tested in C before the walk for the comma)
    return any(lows[k] in ("who", "which") and lows[k - 1] == "," for k in range(first - 1, lo - 1, -1))


def _relative_content_end(doc: Document, start: int, end: int) -> int:
    """Where what a relative clause set off by commas reports ends: at the content's last comma when the
    commas are odd in number (the others pair up around asides) and the main clause's verb follows it ("French
    farmers, who fear the deal will ruin them, marched in Paris"; "Roe, who said the plan, which passed in May,
    was flawed, resigned"); ``end`` otherwise (a pair of commas may set off an aside inside the content: "…,
    backed by Roe, failed")."""
    tokens = doc.tokens
    token_starts = doc.token_starts  # (a property: read once)
    first = bisect_left(token_starts, start)
    last = bisect_left(token_starts, end)
    commas = [k for k in range(first + 1, last) if tokens[k].text == ","]
    if len(commas) % 2 == 1 and (_predicate_resumes(doc, commas[-1], last)
                                 or _bare_verb_with_infinitive(doc, commas[-1], last)):
        return tokens[commas[-1]].start  # (two commas may set off an aside: "that the two men, and Roe in
        # particular, must do more")
    return end


_SET_OFF_TIME_MAX_TOKENS = 5  # ", on Friday declared", ", last week also said": the words between a comma and a cue


def _in_relative_aside(doc: Document, comma: int, t: int, end: int) -> bool:
    """`says that Okafor, who charges high fees, has lost clients`: cue ``t`` opens a relative clause on a
    person set off by commas inside the content (the clause goes on after the closing comma), an aside within
    the reported words, not a new clause of someone's own ("said Mr. Roe, who noted that …" has no main clause
    after it, and stays cut)."""
    lows = doc.lower_texts()
    if lows[comma] != "," or lows[comma + 1] != "who":
        return False
    tokens = doc.tokens
    k = t + 1
    while k < len(tokens) and tokens[k].start < end and lows[k] not in (",", ";", ".", ":", "—", "–"):
        k += 1
    return k + 2 < len(tokens) and lows[k] == "," and tokens[k + 1].start < end and tokens[k + 1].is_word \
        and lows[k + 1] not in _COORDINATORS


def _bare_verb_with_infinitive(doc: Document, comma: int, hi: int) -> bool:
    """`Taxi operators, who say …, plan to strike`: after the comma closing a relative clause on a plural, a
    lower-case word in its bare form with "to" and a word after it is the main clause's verb with its
    infinitive ("plan to", "want to", "hope to"); a noun there would need a determiner."""
    if comma + 3 >= hi:
        return False
    lows = doc.lower_texts()
    word = doc.tokens[comma + 1].text
    return word.isalpha() and word.islower() and _verb_form(word) == "bare" and not word.endswith("ly") \
        and word not in _NOT_IN_NOUN_PHRASE and lows[comma + 2] == "to" and doc.tokens[comma + 3].is_word


def _predicate_resumes(doc: Document, comma: int, hi: int) -> bool:
    """`The bridge, she vowed, would open in May`, `The ferry, Roe said, failed badly`: after the comma closing an
    attribution set off mid-sentence, the clause's own verb (an auxiliary or a past form) goes on."""
    if comma + 1 >= hi or doc.tokens[comma].text != ",":
        return False
    word = doc.tokens[comma + 1].text
    return word in _AUXILIARIES or word.islower() and _past_form(word)


def _subject_clause_before_aside(doc: Document, t: int) -> int | None:
    """`_subject_clause` for a cue whose subject stands before an aside set off by commas (an apposition or a
    relative clause: "…, while the White Helmets, a rescue group that operates in the northwest, said …")."""
    lows = doc.lower_texts()
    comma = t - 1
    lo = doc.sentences[doc.tokens[t].sentence].first_token
    k = comma - 1
    while k > lo and comma - k < _ASIDE_MAX_TOKENS and lows[k] not in (",", ";", ":", "—", "–"):
        k -= 1
    if k <= lo or lows[k] != ",":
        return None
    words = lows[k + 1: comma]
    head = next((i for i, w in enumerate(words) if w in _RELATIVE_PRONOUNS), len(words))
    if not (words and words[0] in ("who", "whose", "which") or _aside_opening(doc, k + 1, comma)
            or words and words[0] in ("a", "an", "the") and 1 < head
            and not any(w in _AUXILIARIES or w in _PRONOUNS for w in words[1:head])):
        return None  # (an apposition may end in its own relative clause: "a rescue group that operates …")
    return _subject_clause(doc, k)


# Adverbs that may stand between "and" / "but" and a second verb of the subject ("but later conceded").
_VERB_ADVERBS = frozenset({"then", "later", "also", "once", "still", "now", "again", "soon", "quickly", "eventually",
                           "instead", "never", "even", "since", "finally", "ultimately", "reportedly", "publicly",
                           "privately", "repeatedly", "openly", "immediately", "subsequently"})
# Words after the comma that closes a stance's object and opens words of the outlet's own: a concession ("…,
# although the shares fell", "…, even as …"). (A relative clause on the object, "…, which will be held in July",
# is as often part of PolNeAR's content as not, and stays.)
_AFTER_OBJECT = frozenset({"although", "though", "whereas", "even", "despite"})


# One word after a verb that is no object of a stance: "pushed ahead and …", "feels well and …".
_NOT_A_ONE_WORD_OBJECT = frozenset({
    "ahead", "well", "back", "forward", "away", "again", "more", "less", "one", "out", "off", "up", "down", "on",
    "home", "hard", "together", "along", "around", "over", "alone", "so", "too", "much", "little", "better", "worse",
    "first", "last", "fine", "good", "bad"})


def _stands_as_object(doc: Document, start: int, end: int) -> bool:
    """Whether the words in [start, end) may stand as a whole object: several words, or one word that may be a
    noun ("concerns", "jihadism"; not "ahead", "well")."""
    token_starts = doc.token_starts  # (a property: read once)
    i = bisect_left(token_starts, start)
    j = bisect_left(token_starts, end)
    if j - i != 1 or not doc.tokens[i].is_word:
        return j - i > 1
    low = doc.lower_texts()[i]
    return low not in _NOT_A_ONE_WORD_OBJECT and low not in _PRONOUNS and low not in _OBJECT_PRONOUNS \
        and not low.endswith("ly") and low.isalpha()


def _second_verb(lows: list[str], tokens: list[Token], k: int, end: int) -> bool:
    """Whether a verb phrase opens at token ``k`` (after "and" / "but"): an auxiliary or a lower-case past form
    with an object or a phrase after it ("and defended his record", "but has since said", "but later conceded";
    not "and not the results", "and disabled students"), or a clause opening with a subject pronoun ("and she
    singled out …")."""
    while k < end and lows[k] in _VERB_ADVERBS:
        k += 1
    if k >= end or not tokens[k].text.islower():
        return False
    low = lows[k]
    if low in _SUBJECT_PRONOUNS and k + 1 < end and tokens[k + 1].is_word and tokens[k + 1].text.islower():
        return True  # "praised the mayor and she singled out …": a clause of its own, with its subject
    if low in _AUXILIARIES or _contracted_auxiliary(lows, k):
        return True
    if not (_past_form(low) or low in _COMMON_IRREGULAR_PAST) or low in _NOT_VERBS_IN_ED or k + 1 >= end:
        return False
    # a verb takes an object or a phrase ("and defended his record", "and ignored by"); a participle used as
    # an adjective stands before its noun ("minority and disabled students")
    nxt = lows[k + 1]
    return nxt in _DETERMINERS or nxt in _OBJECT_PRONOUNS or nxt in _PREPOSITIONS or nxt in _VERB_PARTICLES \
        or _is_capital(tokens[k + 1]) or not tokens[k + 1].is_word


_VERB_PARTICLES = frozenset({"to", "up", "out", "off", "down", "back", "that", "it", "them", "him", "her"})
# Common irregular past tenses ("refused to comment and left", "but took issue with").
_COMMON_IRREGULAR_PAST = frozenset({"left", "went", "took", "gave", "made", "came", "kept", "held", "met", "ran", "won",
                                    "lost", "got", "began", "saw", "sent", "stood", "became", "brought", "paid",
                                    "spent", "struck", "fought", "knew", "led", "threw", "drew", "chose", "rose"})
# Words in -ed that are mostly nouns or adjectives after "and" ("and seed money", "and red tape").
_NOT_VERBS_IN_ED = frozenset({"seed", "need", "red", "bed", "feed", "greed", "speed", "creed", "deed", "weed",
                              "shed", "hundred", "sacred", "naked", "wicked", "kindred"})


def _object_end(doc: Document, start: int, end: int) -> int:
    """Where a stance's object ends ("backed Roe and defended her record", "defended the merger, although …"): at
    a second verb phrase of the subject after "and" / "but", at a comma before a concession, or before the
    subject's next act ("…, while also suggesting …"): the words after it are the outlet's, not the stance
    (PolNeAR's content is the object alone)."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    token_starts = doc.token_starts  # (a property: read once)
    i = bisect_left(token_starts, start)
    j = bisect_left(token_starts, end)
    if i >= j or lows[i] == "that":
        return end  # a clause ("agreed that she was not in the camp and had …"): its own verbs may follow "and"
    relative = False  # after "who memorized talking points", "and lacked …" may be the relative's second verb;
    # after "when a junta overthrew the king", the clause's ("and ushered in …")
    for k in range(i + 1, j - 1):
        low = lows[k]
        relative = relative or low in _APPOSITION_RELATIVES or low in _EMBEDDING_OPENERS
        if low in ("and", "but") and not relative and _second_verb(lows, tokens, k + 1, j):
            return tokens[k - 1].end if lows[k - 1] != "," else tokens[k - 2].end
        if low != ",":
            continue
        if lows[k + 1] in _AFTER_OBJECT and (k + 2 == j or lows[k + 2] != "not"):
            return tokens[k - 1].end  # (but "defended the process, though not the results": one object)
        if lows[k + 1] in ("while", "after", "before", "by") and any(
                w.endswith("ing") for w in lows[k + 2: min(j, k + 4)]):
            return tokens[k - 1].end  # "pledged to build a wall, while also suggesting …": the subject's next act
    return end


# Before a cue, words after which it is no main verb following a relative clause's object ("who want him to say").
_NOT_BEFORE_MAIN_VERB = frozenset({"to", "and", "or", "but", "that", "which", "who", "whom", "he", "she", "they", "it",
                                   "we", "i", "you", "not", "never"})
_IRREGULAR_PAST = frozenset({"said", "told", "wrote", "thought", "felt", "sought", "spoke", "found", "shown"})


def _past_form(form: str) -> bool:
    return form.endswith("ed") or form in _IRREGULAR_PAST


def _verb_form(form: str) -> str:
    """The inflection of a cue form: "past" (said, warned), "ing", "s" (says, warns) or "bare" (say, warn)."""
    if _past_form(form):
        return "past"
    if form.endswith("ing"):
        return "ing"
    return "s" if form.endswith("s") and not form.endswith("ss") else "bare"


# Words and marks that open a second clause of the sentence ("…, and it warned …", "…; the board said …"); also
# what a subject "it" must follow to open one ("…, though it warned …": ``_opens_linked_clause``).
_CLAUSE_LINKS = frozenset({"and", "but", ",", ";", "—", "–", "while", "although", "though", "whereas", "yet"})


def _subject_clause(doc: Document, t: int) -> int | None:
    """`…, but he suggested …`: the token that opens a new clause with its own subject before cue ``t``
    (which is reported on its own), or None."""
    lows = doc.lower_texts()
    lo = doc.sentences[doc.tokens[t].sentence].first_token
    j = t - 1
    while j > lo and lows[j] in _BETWEEN:
        j -= 1
    if j <= lo:
        return None
    found = _phrase_back(doc, j, lo)
    if found is None:
        closing = _closing_attribution_comma(doc, j, t, lo)
        return closing if closing is not None else _linked_subject_back(doc, t, j, lo)
    if found[0] <= lo or lows[found[0] - 1] not in _CLAUSE_LINKS or lows[found[0]] == "which":
        return _linked_subject_back(doc, t, j, lo)  # (`…, which boast a range of …`: a relative clause inside
        # the content, not a new clause)
    return found[0] - 1


def _closing_attribution_comma(doc: Document, j: int, t: int, lo: int) -> int | None:
    """`…, roughly 8 percent of its staff, the airline announced Thursday.`: the comma before a plain noun
    phrase ending at ``j`` (no name, no speaker noun) that is the subject of cue ``t`` when only where, when or
    how it was said follows the cue: a closing attribution, a clause of its own that a report before it stops
    at. None otherwise (a phrase after a comma inside the clause is mostly an apposition), and for a cue that
    needs an object or a clause ("…, the footage showed": a finding, whose content is the whole sentence)."""
    lows = doc.lower_texts()
    word = lexicon().cues.get(lows[t])
    if word is None or word.frame != "any":
        return None
    i = _plain_noun_phrase_back(doc, j, lo)
    if i is None or i <= lo or doc.tokens[i - 1].text != "," or lows[i] not in _DETERMINERS \
            or not _AUXILIARIES.isdisjoint(lows[j + 1: t]):
        return None  # (not a passive, "…, his staff were told, “…”": what they were told follows)
    hi = doc.sentences[doc.tokens[t].sentence].last_token
    return i - 1 if _adverbial_tail(doc, t + 1, hi) else None


# Conjunctions that, after a comma, open a contrasting clause with a subject of its own ("…, while a person
# familiar with the talks said …"); and how far back from the cue such a subject may start.
_CONTRAST_LINKS = frozenset({"while", "whereas", "but", "although", "though", "yet"})
_LINKED_SUBJECT_MAX_TOKENS = 10
# (not "that": "…, but that he would not …" is a second clause of the same report)
_SUBJECT_OPENERS = frozenset(_DETERMINERS | _QUANTIFIERS | {"a", "an", "the", "one", "two", "three", "people"}) \
    - {"that"}


# Words after a past form that make it a participle on a noun ("the address listed on the records", "the plan
# proposed by the board"), not the finite verb of a new clause.
_PARTICIPLE_AFTER = frozenset({"on", "in", "by", "at", "for", "from", "with", "under", "as", "to", "of"})


def _linked_subject_back(doc: Document, t: int, j: int, lo: int) -> int | None:
    """`…, while a person familiar with the board's thinking said …`: the contrast link before a subject whose
    head is followed by its own modifiers (so :func:`_phrase_back` cannot read it back from its last word), or
    None. The cue at ``t`` is a finite verb (not "the address listed on …", a participle on a noun, nor
    "…, but those arguing …"); only words (and a possessive's mark) stand between the link and the
    subject's end at ``j``, and the subject opens like a noun phrase: a determiner, a quantifier or a
    capitalised word."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    if lows[t].endswith("ing") or lows[t].endswith("ed") and t + 1 < len(lows) and lows[t + 1] in _PARTICIPLE_AFTER \
            and not (lows[t + 1] == "to" and _refuses(lows[t])):
        return None  # (but "…, and the mayor's office declined to comment": a refusal is a finite verb's)
    for k in range(j - 1, max(lo + 1, j - _LINKED_SUBJECT_MAX_TOKENS) - 1, -1):
        low = lows[k]
        if low in _CONTRAST_LINKS or low == "and" or low == ";":
            first = k + 1
            opens = lows[first] in _SUBJECT_OPENERS or _is_capital(tokens[first])
            if low != ";" and lows[k - 1] != "," or first >= j or not opens:
                return None
            # (not in a title-case headline: "Trump Opposes A Registry, But He Backed One" is one report)
            return None if _title_case(doc, doc.sentences[tokens[k].sentence]) else k
        if tokens[k].text in _POSSESSIVE or _plural_possessive(doc, k):
            continue  # "the board's thinking", "the dockers' union"
        if not tokens[k].is_word or low in _BETWEEN:
            return None
    return None


def _refuses(low: str) -> bool:
    """Whether ``low`` is a form of a verb of refusing ("declined", "refused"), which takes a to-infinitive."""
    word = lexicon().cues.get(low)
    return word is not None and word.lemma in _REFUSING_LEMMAS


# The relative pronouns that may be a passive's subject ("the vote, which is expected to …").
_RELATIVE_SUBJECTS = frozenset({"which", "that", "who"})


# Participles that name the subject's own state of mind after a copula ("the union is worried about the levy",
# "Roe was convinced that …"): the subject holds the worry or the belief; no agent is left out.
_STATE_PARTICIPLES = frozenset({"worry", "convince"})
def _after_state_copula(lows: list[str], t: int, lo: int) -> bool:
    """Whether the participle at ``t`` follows a copula of state, an adverb ending in -ly or "so" between."""
    k = t - 1
    while k > lo and (lows[k].endswith("ly") or lows[k] in ("so", "very", "not", "also", "still")):
        k -= 1
    return k >= lo and lows[k] in _STATE_COPULAS


_STATE_COPULAS = frozenset({"is", "are", "was", "were", "am", "’s", "'s", "been", "’re", "'re", "’m", "'m"})  # not "can
# be convinced that …", where someone else would do the convincing
# "Trump is expected to win", "the chairman was said to be furious", "she is believed to have left":
# what is expected, said or believed, its subject included; nobody named holds it.
_PASSIVE_RAISING = frozenset({"expect", "say", "believe", "think", "report", "allege", "consider"})


def _expectation(doc: Document, hit: _CueHit, sentence, lo: int, hi: int) -> _Raw | None:
    """`Trump is expected to win Florida`: what is expected, its subject included; nobody named expects it."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    aux = hit.token - 1
    while aux > lo and lows[aux] not in _PASSIVE:
        aux -= 1
    k = hit.last_token + 1
    if k >= hi or lows[k] != "to":
        return None
    relative = aux - 1 if aux > lo and lows[aux - 1] in _RELATIVE_SUBJECTS else None
    if relative is not None:  # "the bill, which is expected to pass": the relative stands for the subject
        subject = (tokens[relative].start, tokens[relative].end)
        end = _object_gap_clause(doc, tokens[k].start, sentence.end)[1]  # to the relative clause's comma
    else:
        subject = _sentence_subject(doc, aux, lo)
        end = sentence.end
    subject_end = tokens[aux - 1].end
    if subject is None and relative is None:
        subject = _subject_apart(doc, aux, lo)
        subject_end = subject[1] if subject is not None else subject_end
    if subject is None and relative is None:
        subject = _subject_before_aside(doc, aux, lo)  # "The bank, which has held rates, is expected to act"
        subject_end = tokens[aux - 2].end if subject is not None else subject_end
    if subject is None:
        return None
    end = _trim_content(doc.text, tokens[k].start, end)[1]
    raw = _Raw([(subject[0], subject_end), (tokens[k].start, end)], sentence.paragraph, True,
               kind="indirect")
    raw.cue = _cue(doc, hit)
    return raw


def _subject_before_aside(doc: Document, aux: int, lo: int) -> tuple[int, int, None] | None:
    """The subject opening the sentence before an aside between commas that ends right before the auxiliary
    ``aux`` ("The central bank, which has held rates near zero, is expected to act", "Roe, a regular in
    recent years, is expected to attend"); None when the aside holds a cue of its own ("The union, which
    endorsed Lopez, is expected to …": that report is the quote) or no such subject opens the sentence."""
    lows = doc.lower_texts()
    if aux - 2 <= lo or lows[aux - 1] != ",":
        return None
    comma = next((j for j in range(lo + 1, aux - 1) if lows[j] == ","), None)
    if comma is None or aux - comma > _ASIDE_MAX_TOKENS or _holds_cue_verb(lows[comma + 1: aux - 1]):
        return None
    found = _sentence_subject(doc, comma, lo)
    return found if found is not None and found[0] == doc.tokens[lo].start else None


def _subject_apart(doc: Document, aux: int, lo: int) -> tuple[int, int, None] | None:
    """The subject of a passive's auxiliary ``aux`` coordinated with a first verb phrase (`Roe is not on board
    and is not expected to sign on`: the subject of the first "is"). After a relative clause between commas
    ("The union, which endorsed Lopez, is expected to …") the clause's own report is the quote."""
    lows = doc.lower_texts()
    if lows[aux - 1] not in ("and", "but"):
        return None
    first = next((j for j in range(lo + 1, aux - 1) if lows[j] in _AUXILIARIES), None)
    return _sentence_subject(doc, first, lo) if first is not None else None


def _agent_after(doc: Document, k: int, hi: int) -> int | None:
    """The token after "by" in `was first reported by X on Monday` (``k`` just past the participle,
    past "first", "widely", a time word), or None when no agent follows."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    j = k
    while j < hi and j - k < 4 and (lows[j] in _BETWEEN or _manner_adverb(tokens[j].text)
                                    or _time_word(tokens, j, hi)):
        j += 1
    return j + 1 if j + 1 < hi and lows[j] == "by" else None


_AGENT_STOPS = frozenset({"across", "around", "over", "into", "of", "under", "within", "throughout", "who", "whose",
                          "if", "whether", "what", "why", "how", "when", "where"})  # ("Asked by Roe if …")


def _possessive_at(doc: Document, k: int, hi: int) -> bool:
    """Whether token ``k`` is a possessive mark ("'s", or the lone apostrophe of "the growers' union") with the
    noun it belongs to after it."""
    return k + 1 < hi and doc.tokens[k + 1].is_word \
        and (doc.lower_texts()[k] in _POSSESSIVE or _plural_possessive(doc, k))


def _agent_of_passive(doc: Document, first: int, hi: int) -> tuple[int, int, str | None] | None:
    """The agent after "by" (``first`` its first token): a speaker read as after an inverted cue, else a noun
    phrase; but a speaker noun that stops before a possessive mark or another noun ("by the farmers' union",
    "by the fishermen's union", "by the teachers union") names only whose the agent is, so the phrase runs on
    to its head noun."""
    right = _right_speaker(doc, first, hi)
    if right is not None and right[2] is not None:
        return right  # (an apposition: "by Jane Roe, a lawyer")
    phrase = _agent_phrase(doc, first, hi)
    if right is None or phrase is None:
        return right or phrase
    after = doc.token_at(right[1] - 1) + 1
    runs_on = after < hi and (_possessive_at(doc, after, hi) or doc.tokens[after].text.islower())
    return phrase if runs_on and phrase[1] > right[1] else right


def _agent_phrase(doc: Document, first: int, hi: int) -> tuple[int, int, None] | None:
    """`by the teachers union last week`: the noun phrase after "by" when it is no name, up to a
    preposition, a time word or punctuation (at most eight words)."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    k = first
    while k < hi and k - first < 8 and (tokens[k].is_word or k > first and _possessive_at(doc, k, hi)) \
            and lows[k] not in _NOT_IN_NOUN_PHRASE \
            and (lows[k] not in _AGENT_STOPS or lows[k] == "of" and k > first and lows[k - 1] in _SHARE_HEADS) \
            and not _time_word(tokens, k, hi):
        k += 1  # (past "of" after a share: "by 60 percent of voters"; past a possessive: "the island's union")
    if k == first or lows[k - 1] in _DETERMINERS:
        return None
    lex = lexicon()
    head = lows[k - 1]
    if head not in lex.anonymous and head not in lex.roles and head not in _SOURCE_BODIES \
            and not _is_capital(tokens[k - 1]):
        return None  # "backed by prodigious amounts of research": no one who speaks
    return tokens[first].start, tokens[k - 1].end, None


def _aside_before_cue(doc: Document, hit: _CueHit, hits: list[_CueHit], starts: list[int], hi: int) -> bool:
    """The -ing cue at ``hit`` opens an aside between commas that a later cue of the sentence follows
    ("Politico, citing two aides, reported …"): ``hits`` are the document's cues in text order,
    ``starts`` where each begins."""
    tokens = doc.tokens
    if hit.token == 0 or tokens[hit.token - 1].text != ",":
        return False
    comma = next((k for k in range(hit.last_token + 1, min(hi, hit.last_token + 12)) if tokens[k].text == ","), None)
    if comma is None:
        return False
    i = bisect_right(starts, tokens[comma].start)  # the first cue after the comma
    return i < len(hits) and hits[i].token <= comma + 3


def _participle_aside(doc: Document, hit: _CueHit, lo: int) -> bool:
    """`The plan, first reported by …,`: the cue is a bare participle right after a comma (adverbs
    between), not a finite verb after an aside ("X, citing documents, has reported …")."""
    lows = doc.lower_texts()
    before = _before_adverbs(doc, hit.token, lo - 1)
    return lows[before] == "," and _AUXILIARIES.isdisjoint(lows[before + 1: hit.token])


def _charge_in_agent(doc: Document, first: int, end: int) -> int | None:
    """`accused by opponents of lying to parliament`, `criticised by voters for the delay`: the token of
    the "of" (before an -ing form) or "for" (before no name) that opens what the subject is charged with,
    when the agent phrase found from ``first`` (ending at offset ``end``) ran on into it; else None."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    k = first + 1
    while k + 1 < len(tokens) and tokens[k + 1].start < end:
        if lows[k] == "for" and not _is_capital(tokens[k + 1]) \
                or lows[k] == "of" and lows[k + 1].endswith("ing") and tokens[k + 1].text.islower():
            return k
        k += 1
    return None


def _passive_agent(doc: Document, names: _Names, hit: _CueHit, sentence) -> _Raw | None:
    """`The meeting was first reported by Politico`, `the plan was endorsed by the union`: a passive cue
    with its agent (Pareti 2015 and PolNeAR attribute these): the agent is the source, the subject the
    content. `As reported by the Gazette, the talks failed`: the clause after the agent is the content.
    A relative subject (`which was reported by`) stands for words outside the clause, and is left out."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    lo, hi = sentence.first_token, sentence.last_token
    first = _agent_after(doc, hit.last_token + 1, hi)
    if first is None:
        return None
    agent = _agent_of_passive(doc, first, hi)
    if agent is None:
        return None
    charge = _charge_in_agent(doc, first, agent[1])
    if charge is not None:
        agent = (agent[0], tokens[charge - 1].end, None)
    before = _before_adverbs(doc, hit.token, lo - 1)
    if lows[before] == "," and not _participle_aside(doc, hit, lo):
        before = hit.token  # ("X, citing documents, has reported …": no aside of the participle's own)
    parts = None
    if lows[before] in ("as", ","):
        after = doc.token_at(agent[1] - 1)
        while after is not None and after + 1 < hi and tokens[after + 1].text not in (",", ".", ";", ":"):
            after += 1
        if after is None:
            return None
        if lows[before] == "as" and before - 1 > lo and lows[before - 1] == ",":
            # "…, as first reported by the Gazette.": the clause before it, from the sentence start or a colon
            first = next((k + 1 for k in range(before - 2, lo - 1, -1) if lows[k] == ":"), lo)
            parts = [(tokens[first].start, tokens[before - 1].start)]
        elif after + 2 >= hi or tokens[after + 1].text != ",":
            return None
        elif lows[before] == "as":
            if before - lo > 1:
                return None  # only "As reported by X, …" opening its sentence
            parts = [(tokens[after + 2].start, sentence.end)]
            agent = (agent[0], agent[1], None)  # (what follows its comma is the content, not a descriptor)
        elif _sentence_subject(doc, before, lo) is not None and _words(doc, tokens[after + 1].end, sentence.end) >= 3:
            # "The plan, first reported by the Gazette, is …": an aside on the subject; its clause is the news
            parts = [(sentence.start, tokens[before].start), (tokens[after + 1].end, sentence.end)]
            agent = (agent[0], agent[1], None)
        else:
            return None
    else:
        aux = hit.token - 1
        while aux > lo and lows[aux] not in _PASSIVE:
            aux -= 1
        if aux <= lo or lows[aux - 1] in _RELATIVE_PRONOUNS or tokens[aux - 1].text in (",", "—", "–"):
            return None
        subject = _sentence_subject(doc, aux, lo)
        if subject is None:
            return None
        parts = [(subject[0], min(subject[1], tokens[aux - 1].end))]
        if charge is not None:  # "… of lying to parliament": what the subject is accused of or criticised for
            last = charge
            while last + 1 < hi and tokens[last + 1].text not in (",", ".", ";", ":", "—", "–"):
                last += 1
            parts.append((tokens[charge].start, tokens[last].end))
    trimmed = [(s, e) for s, e in (_trim_content(doc.text, *part) for part in parts) if e > s]
    if not trimmed:
        return None
    raw = _Raw(trimmed, sentence.paragraph, True, kind="indirect")
    raw.cue = _cue(doc, hit)
    raw.speaker = _speaker(doc, names, agent[0], agent[1], agent[2])
    return raw


# Stance verbs whose set-off participle with an agent names no stance: "the meeting, called by the mayor"; nor
# the acts of a body or an authority, "the ban, approved by the council", "the rally, planned by students",
# "the port, threatened by rising seas" (PolNeAR train marks as a cue none of its 14 "approved/decided/offered/
# requested/threatened by", against 29 of 55 "opposed/rejected/criticized/backed/endorsed by" and the like).
_NOT_SET_OFF_STANCES = frozenset({"call", "ask", "cite", "press",  # ("Okafor, pressed by reporters,": asked)
                                  "approve", "decide", "plan", "order", "offer", "request", "threaten", "intend"})
_SET_OFF_NOUN_MAX_TOKENS = 6


def _noun_phrase_before(doc: Document, comma: int, lo: int) -> int | None:
    """First token of the noun phrase that ends right before the comma at ``comma``: the whole stretch from
    the sentence's start when it is the subject ("The ferry levy, …"), else back to its determiner ("passed
    the harbor plan, …"), at most six words; None when no determiner or sentence start is reached."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    i = comma - 1
    while i > lo and comma - i < _SET_OFF_NOUN_MAX_TOKENS and tokens[i].is_word \
            and lows[i] not in _NOT_IN_NOUN_PHRASE and lows[i] not in _DETERMINERS:
        i -= 1
    if lows[i] in _DETERMINERS or (i == lo and tokens[i].is_word and lows[i] not in _NOT_IN_NOUN_PHRASE):
        return i if i < comma else None
    return None


def _set_off_stance(doc: Document, names: _Names, hit: _CueHit, sentence) -> _Raw | None:
    """`The ferry levy, opposed by shop owners, never became law`, `blocked the port tax, backed by the
    mayor, …`: a stance's participle set off after a noun, with its agent: the agent holds the stance (the
    source), the noun before the comma is what it is held toward (the content; PolNeAR's reading)."""
    tokens = doc.tokens
    lo, hi = sentence.first_token, sentence.last_token
    first = _agent_after(doc, hit.last_token + 1, hi)
    agent = _agent_of_passive(doc, first, hi) if first is not None else None
    comma = _before_adverbs(doc, hit.token, lo - 1)
    start = _noun_phrase_before(doc, comma, lo) if agent is not None and comma > lo else None
    if start is None:
        return None
    raw = _Raw([(tokens[start].start, tokens[comma - 1].end)], sentence.paragraph, True, kind="indirect")
    raw.cue = _cue(doc, hit)
    raw.speaker = _speaker(doc, names, agent[0], agent[1], agent[2])
    return raw


_PERFECT_OR_MODAL = frozenset({"has", "had", "have", "'s", "’s", "will", "would", "may", "might", "could", "also"})


def _impersonal_passive(doc: Document, hit: _CueHit, sentence, cues: tuple[list[_CueHit], list[int]]) -> _Raw | None:
    """`It was announced on Friday that the plant would close`: a report with its source left out (PolNeAR
    attributes it, with no source); the clause after "that" is the content. Only after the dummy "it":
    with a real subject (`the plan was announced`) the passive names what was said, not a clause."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    lo, hi = sentence.first_token, sentence.last_token
    aux = hit.token - 1
    while aux > lo and lows[aux] not in _PASSIVE:
        aux -= 1
    while aux > lo + 1 and lows[aux - 1] in _PERFECT_OR_MODAL:
        aux -= 1  # "it has been reported", "it's been said", "it will be announced"
    if aux <= lo or lows[aux - 1] != "it":
        return None
    k = hit.last_token + 1
    while k < hi and k - hit.last_token <= 6 and lows[k] != "that" and tokens[k].text not in (".", ";", ":"):
        k += 1  # past a time or place ("on Friday", "in court")
    if k + 1 >= hi or lows[k] != "that":
        return None
    start = tokens[k + 1].start
    s, e = _trim_content(doc.text, start, _cut_at_next_cue(doc, *cues, start, sentence.end))
    if _words(doc, s, e, at_most=_MIN_CONTENT_WORDS) < _MIN_CONTENT_WORDS:
        return None
    raw = _Raw([(s, e)], sentence.paragraph, True, kind="indirect")
    raw.cue = _cue(doc, hit)
    return raw


_SHOWN = frozenset({"show", "display"})
_SUBORDINATE_OR_CLAUSE_OPENERS = frozenset(_ADVERBIAL_SUBORDINATORS | {"but", "and", "yet", "so"})
_VERB_GROUP_ADVERBS = frozenset({"not", "n't", "never", "yet", "also", "already", "still", "since", "long", "now",
                                 "just", "ultimately", "first"})


def _agentless_passive(doc: Document, hit: _CueHit, sentence) -> _Raw | None:
    """`The sale of the port was announced on Friday`, `Her remarks were widely condemned.`: a passive cue with
    no agent and no clause after it reports its subject (PolNeAR attributes it, with no source)."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    lo, hi = sentence.first_token, sentence.last_token
    k = hit.last_token + 1
    if k < hi and lows[k] not in _GAP_TAIL_STARTS or hit.word.lemma in _SHOWN or hit.word.frame == "that":
        return None  # "was asked to leave", "was told that …", "is considered a threat": other rules read these;
        # "a photo of the pier is shown": a picture, not a finding; "Not everyone was convinced.": a cue that
        # reports only with its clause, and has none, says what its subject believes, not what was said
    aux = hit.token - 1
    while aux > lo and lows[aux] not in _PASSIVE:
        aux -= 1
    while aux - 1 > lo and (lows[aux - 1] in _AUXILIARIES or lows[aux - 1] in _VERB_GROUP_ADVERBS
                            or _manner_adverb(tokens[aux - 1].text)):
        aux -= 1  # to the verb group's first word: "Five seats have not yet been decided"
    if aux <= lo or lows[aux - 1] in _RELATIVE_PRONOUNS or lows[aux - 1] in _DUMMY_SUBJECTS \
            or tokens[aux - 1].text in (",", "—", "–"):
        return None
    subject = _sentence_subject(doc, aux, lo)
    if subject is None:
        return None
    first = doc.token_at(subject[0])
    opener = next((k for k in range(aux - 1, first - 1, -1) if lows[k] in _SUBORDINATE_OR_CLAUSE_OPENERS), None)
    if opener is not None:  # "His edge shrinks when third-party candidates are mentioned": the clause's own subject
        subject = (tokens[opener + 1].start, subject[1], None)
    s, e = _trim_content(doc.text, subject[0], tokens[aux - 1].end)
    if _words(doc, s, e, at_most=2) < 2:
        return None
    raw = _Raw([(s, e)], sentence.paragraph, True, kind="indirect")
    raw.cue = _cue(doc, hit)
    return raw


# After "appeared", a place or an occasion: someone showed up ("appeared on CNN"), nothing seemed so.
_NOT_RAISING = frozenset({
    "on", "in", "at", "with", "before", "alongside", "together", "onstage", "from", "for", "during", "after",
    "live", "via", "outside", "inside", "near", "behind", "beside", "next", "briefly", "again", "only", "as",
})
_RELATIVE_PRONOUNS = frozenset({"that", "which", "what", "who", "whose"})
_DUMMY_SUBJECTS = frozenset({"it", "there", "what", "this", "that"})  # "it seems that …": no subject of its own


def _raising(doc: Document, names: _Names, hit: _CueHit, sentence,
             cues: tuple[list[_CueHit], list[int]]) -> _Raw | None:
    """`the mayor appeared to concede`, `the plan seems doomed`: the outlet's reading of how things look
    (PolNeAR attributes it, with no source); what seems so, its subject included. Before a speech verb
    (`he seemed to suggest`) the subject is the speaker after all. Not in a relative clause (`a bridge that
    seemed sturdy`, `what appeared to be`): that describes a thing, it reads nobody's mind."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    lo, hi = sentence.first_token, sentence.last_token
    j = hit.token - 1
    while j > lo and lows[j] in _BETWEEN:
        j -= 1
    if j >= lo and lows[j] in _RELATIVE_PRONOUNS:
        return None
    k = hit.last_token + 1
    if k >= hi or not tokens[k].is_word or lows[k] in _NOT_RAISING and not (
            lows[k] == "as" and k + 1 < hi and lows[k + 1] in ("if", "though")):
        return None
    s, e = _trim_content(doc.text, tokens[k].start, _cut_at_next_cue(doc, *cues, tokens[k].start, sentence.end))
    if _words(doc, s, e, at_most=_MIN_CONTENT_WORDS) < _MIN_CONTENT_WORDS:
        return None
    parts = [(s, e)]
    subject = _sentence_subject(doc, hit.token, lo)
    if subject is not None and doc.text[subject[0]: subject[1]].lower() not in _DUMMY_SUBJECTS:
        parts.insert(0, subject[:2])
    raw = _Raw(parts, sentence.paragraph, True, kind="indirect")
    raw.cue = _cue(doc, hit)
    if subject is not None and lows[k] == "to" and k + 1 < hi and (lows[k + 1] in lexicon().cues
                                                                    or lows[k + 1] in _cue_lemmas()):
        raw.parts = parts[-1:]
        raw.speaker = _speaker(doc, names, subject[0], subject[1])
    elif lows[lo] == "to" and lo + 1 < hit.token:
        experiencer = _to_whom(doc, lo, hit.token)
        if experiencer is not None:  # "To Okafor, the levy seemed unfair": how it seemed to her
            raw.speaker = _speaker(doc, names, *experiencer)
    return raw


def _to_whom(doc: Document, lo: int, cue_tok: int) -> tuple[int, int] | None:
    """`To Okafor, …` / `To many farmers, …` opening the sentence: the person or group the clause
    seems so to (a name, a pronoun or a person noun before the comma), or None."""
    lows = doc.lower_texts()
    comma = next((k for k in range(lo + 1, min(cue_tok, lo + 12)) if lows[k] == ","), None)
    if comma is None or comma == lo + 1:
        return None
    found = _phrase_back(doc, comma - 1, lo + 1)
    if found is None or found[0] != lo + 1 and lows[lo + 1] not in _DETERMINERS | _QUANTIFIERS:
        return None
    return doc.tokens[lo + 1].start, doc.tokens[comma - 1].end


def _clause_break(doc: Document, tok: Token) -> bool:
    """A comma or dash before an attribution clause, also when a closing mark follows it (`…,” X said`)."""
    if tok.text in (",", "—", "–"):
        return True
    if tok.text in ("”", '"', "'", "’", "»"):
        i = tok.start - 1
        while i >= 0 and doc.text[i] in "'’\"”":
            i -= 1
        return i >= 0 and doc.text[i] in ",!?"
    return False


_CLAUSE_OPENERS = {"but", "and", "while", "though", "although", "because", "since", "whereas", "yet", "so", "as"}
# A clause opener or a punctuation token (punctuation lower-cases to itself: the lower-cased tokens answer for both).
_SUBJECT_BOUNDARIES = frozenset(_CLAUSE_OPENERS | {",", ";", ":", "—", "–", "(", ")"})
# Conjunctions that open an adverbial clause with a subject of its own ("Shares fell after the car maker
# warned that …": the car maker speaks), also boundaries before a cue in the past tense (a noun in -s or a
# bare verb after them is more often no cue: "after the network raised questions", "before he went on to
# discuss").
_TIME_CLAUSE_OPENERS = frozenset({"after", "before", "when", "until", "once", "unless", "whenever"})
_PAST_SUBJECT_BOUNDARIES = frozenset(_SUBJECT_BOUNDARIES | _TIME_CLAUSE_OPENERS)
_PREPOSITIONS = frozenset({
    "to", "of", "for", "with", "about", "on", "in", "at", "by", "from", "into", "over", "after", "before", "without",
    "despite", "upon",
})
_SUBORDINATORS = frozenset({"that", "which", "what", "how", "if"})  # a subject phrase holds none, nor a cue


def _sentence_subject(doc: Document, cue_tok: int, lo: int) -> tuple[int, int, None] | None:
    """A short noun phrase opening the sentence right before the cue ("The deputy head of the delegation said")."""
    found = _subject_stretch(doc, cue_tok, lo)
    if found is None:
        return None
    return doc.tokens[found[0]].start, doc.tokens[found[1]].end, None


def _subject_of_predicate(doc: Document, cue_tok: int, lo: int) -> tuple[int, int, None] | None:
    """`_sentence_subject` for a speaker: past a dash aside ("Many — among them X — say"), never a
    predicate ("…, taking pains to stress"), and only the words before an auxiliary ("The reporter was
    trying to ask": the reporter asks)."""
    lows = doc.lower_texts()
    found = _subject_stretch(doc, cue_tok, lo)
    if found is None or _verb_phrase_opening(doc, *found, lo):
        return None
    i, j = found
    if lows[i] in _AUXILIARIES and i < j:
        i += 1  # "What can the latest evidence tell us": the subject after the inverted auxiliary
    aux = next((k for k in range(i + 1, j + 1) if lows[k] in _AUXILIARIES
                and not _capitalised_inside(doc.tokens, k, lo)), None)  # (not "polls taken in May")
    if aux is not None and not (lows[aux] in _COPULAS and lows[aux + 1] in _DETERMINERS | {"not"}):
        j = aux - 1  # (but "Roe was the first senator to endorse": the predicate names the source too)
    if i - 2 >= lo and lows[i - 1] == "and":
        joined = _joined_subject_start(doc, i, lo)  # "The minister of defence and his deputy said": both
        if joined is not None:
            i = joined
    return doc.tokens[i].start, doc.tokens[j].end, None


_COPULAS = frozenset({"is", "was", "are", "were"})
_QUESTION_OPENERS = frozenset({"", "what", "how", "why", "when", "where", "which", "who"})


def _predicate_before(doc: Document, cue_tok: int, lo: int) -> bool:
    """Whether the words right before the cue are a predicate of the clause ("…, taking pains to
    emphasize", "… was trying to ask"): its subject, further back, speaks."""
    found = _subject_stretch(doc, cue_tok, lo)
    return found is not None and _verb_phrase_opening(doc, *found, lo)


def _subject_stretch(doc: Document, cue_tok: int, lo: int) -> tuple[int, int] | None:
    """The tokens [i, j] from the last clause boundary to the cue, when they may be its subject."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    j = _back_past_between(doc, cue_tok - 1, lo)
    if j >= lo and tokens[j].text in _DASHES and _is_dash(doc, j):
        j = _before_dash_aside(doc, j, lo)  # "The harbor master -- who ran the port -- said"
    if j < lo or lows[j] in _CLAUSE_OPENERS or lows[j] in _PREPOSITIONS and lows[cue_tok].endswith("ing"):
        return None  # nothing before the cue but auxiliaries, "… are angry and want …", "… approach to supporting"
    cue = lows[cue_tok]
    word = lexicon().cues.get(cue)
    past = word is not None and cue != word.lemma and not cue.endswith(("ing", "s"))
    boundaries = _PAST_SUBJECT_BOUNDARIES if past else _SUBJECT_BOUNDARIES
    i = j
    while i - 1 >= lo and j - i < 10 and (lows[i - 1] not in boundaries or lows[i - 1] == "and" and i - 3 >= lo
                                           and _is_capital(tokens[i]) and _is_capital(tokens[i - 2])
                                           and (lows[i - 3] == "the" or lows[i - 3] in _HEAD_PREPOSITIONS
                                                and i < j and _plural(lows[j]) and tokens[j].text.islower())
                                           and lows[i - 2] not in _TIME_WORDS):
        i -= 1  # back to the sentence start or the last clause boundary ("…, but majorities in all five say"),
        # past the "and" inside a name after "the" ("The Food and Drug Administration is expected to …") or
        # between two names after a preposition ("the chairs from Jefferson and Arapahoe counties said")
    while i <= j and lows[i] in ("but", "and", "so", "yet", "still", "now", "meanwhile"):
        i += 1
    if j < i or j - i > 10 or (i > lo and lows[i - 1] not in _CLAUSE_OPENERS
                               and not (past and lows[i - 1] in _TIME_CLAUSE_OPENERS)
                               and tokens[i - 1].text not in (",", ";", ":", "—", "–")):
        return None
    if any(not t.is_word and t.text not in ("’s", "'s", "-", ".", "&") and not t.text[0].isalnum()
           and not (k < j and tokens[k + 1].is_word and _plural_possessive(doc, k))
           for k, t in enumerate(tokens[i: j + 1], i)):
        return None  # (but "the (head of the) dockers' union": a plural's possessive mark, its head after it)
    if i == lo and i < j and _opening_participle(doc, i):
        return None  # "Rattling off promises to …": a participle's clause opening the sentence, no subject
    if i == lo and i < j and (lows[i] in _TIME_OPENERS or lows[i] in _OPENING_TIME_WORDS):
        i = _past_opening_time(doc, i, j)
    words = lows[i: j + 1]
    cues = lexicon().cues
    if not _SUBORDINATORS.isdisjoint(words) or any(
            w in cues and not _modifying_participle(words, n) for n, w in enumerate(words)):
        return None
    return i, j


def _modifying_participle(words: list[str], n: int) -> bool:
    """`The report published Tuesday`, `a poll released Monday`: a past participle right after a noun
    modifies it (a reduced relative clause), and a cue form after a determiner is a noun ("the report"),
    so the phrase is still a subject, not a clause of its own."""
    w = words[n]
    if n == 1 and (words[0] in _DETERMINERS or words[0] in _POSSESSIVE_DETERMINERS) and (
            n == len(words) - 1 or words[n + 1].endswith("ed")):
        return True  # ("The report published …", "His remarks indicated": the head noun of the subject;
        # not "the answers to …": a noun with its complement is no subject right before a cue)
    return n > 0 and w.endswith("ed") and (words[n - 1] in _POLL_NOUNS or words[n - 1] in _DOCUMENT_NOUNS)


# Things that are released, published or posted: "a poll released Monday", "a statement posted online".
_DOCUMENT_NOUNS = frozenset({"report", "reports", "statement", "statements", "memo", "letter", "analysis",
                             "review", "audit", "filing", "filings", "ad", "video", "documents", "records"})


def _verb_phrase_opening(doc: Document, i: int, j: int, lo: int) -> bool:
    """`…, taking pains to emphasize`, `… was trying to ask`, `… is likely to be repeated`: the words [i, j]
    before the cue open with an auxiliary or a participle, so they are a predicate, not a subject (a bare
    verb, "… and held a call highlighting", cannot be told from a plural noun without a tagger)."""
    lows = doc.lower_texts()
    low, before = lows[i], lows[i - 1] if i > lo else ""
    if not doc.tokens[i].text.islower():
        return False
    if low in _AUXILIARIES:
        return before not in _QUESTION_OPENERS  # ("What can the evidence tell us": a question, whose subject follows)
    return low.endswith("ing") and len(low) > 4 and before in (",", "—", "–")  # (not "hacking specialists say")


# Cues that need "that" or an object, except as the last word of a sentence whose clause they report
# ("…, the study concluded."); "states", "points", "answers" there are nouns.
_CLOSING_CUES = frozenset({
    "find", "show", "conclude", "estimate", "indicate", "reveal", "confirm", "recall", "stress", "observe",
    "speculate", "guess", "maintain",
})


_SUBORDINATE_OPENERS = frozenset({
    "after", "when", "because", "while", "as", "before", "since", "if", "who", "which", "that", "whose", "where",
})


def _finite_after(doc: Document, k: int, hi: int) -> bool:
    """`…, said the mayor and the council had always been careful`: an auxiliary in the clause after
    a name means the name is the subject of what was said, not the speaker of an inverted `, said X`."""
    lows = doc.lower_texts()
    while k < hi and lows[k] not in (",", ";", ".", ":", "—", "–") and lows[k] not in _SUBORDINATE_OPENERS:
        if lows[k] in _AUXILIARIES or _contracted_auxiliary(lows, k):
            return True
        k += 1
    return False


# Auxiliaries written onto the word before them ("they're", "we'll", "she’d", "I've"); the tokeniser keeps
# these in one token, but splits "he's" into "he" and "'s".
_CONTRACTED_ENDINGS = tuple(mark + end for mark in ("'", "’") for end in ("re", "ll", "d", "ve", "m"))


def _contracted_auxiliary(lows: list[str], k: int) -> bool:
    """Whether token ``k`` is or holds a contracted auxiliary: "'s" after a subject pronoun ("he's": is or
    has; after a name it is mostly a possessive, "Roe's"), or a word ending in "'re", "'ll", "'d", "'ve" or "'m"
    (a pronoun's, mostly: "they're", "I'm"; the ending alone is read)."""
    low = lows[k]
    if low in _POSSESSIVE:
        return k > 0 and lows[k - 1] in _PRONOUNS
    return low.endswith(_CONTRACTED_ENDINGS) and low[0].isalpha()


# Head nouns of a source that is a document or a count, not a person: "the poll found Okafor ahead".
_FINDINGS = frozenset({
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "analysis", "review",
    "investigation", "inquiry", "audit", "data", "records", "research", "census", "count", "tally", "probe",
    "documents", "filings", "figures", "statistics", "results", "estimates",
})


def _names_a_finding(doc: Document, span: tuple) -> bool:
    """Whether a speaker span (start, end, …) is a poll, report or study: "A Harbor College poll this week"."""
    lows = doc.lower_texts()
    token_starts = doc.token_starts  # (a property: read once)
    i = bisect_left(token_starts, span[0])
    j = bisect_left(token_starts, span[1])
    return not _FINDINGS.isdisjoint(lows[i:j])


def _ends_sentence(doc: Document, k: int, hi: int) -> bool:
    """Whether only punctuation or a time ("on Friday", "last week") follows token ``k`` in its sentence."""
    tokens = doc.tokens
    lows = doc.lower_texts()
    while k < hi and (not tokens[k].is_word or _time_word(tokens, k, hi)
                      or k > 0 and lows[k - 1] in ("on", "last", "this") and tokens[k].is_word):
        k += 1
    return k >= hi


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"})
_OPENING_TIME_WORDS = frozenset({"in", "by", "yesterday", "today", "tonight"})


def _past_opening_time(doc: Document, i: int, j: int) -> int:
    """Token ``i`` (a sentence's first), or the one after the time phrase it opens without a comma ("On Monday
    the board said", "Last week the union voted", "In March the port authority said"): when it was said is
    no part of who said it. Only when a determiner or a capital opens what is left, the subject."""
    lows = doc.lower_texts()
    k = i
    if lows[k] in ("yesterday", "today", "tonight"):
        k += 1
    else:
        k += 1
        while k < j and k - i < 3 and lows[k] in _TIME_OPENERS:
            k += 1  # "earlier this year", "late last month"
        if not (lows[k] in _TIME_HEADS or lows[k] in _MONTHS
                or lows[k].isdigit() and len(lows[k]) == 4 and lows[i] in ("in", "by")):
            return i
        k += 1
    if k > j or not (lows[k] in _DETERMINERS or _is_capital(doc.tokens[k])):
        return i
    return k


def _phrase_start(doc: Document, lt: int, lo: int) -> int:
    """Where a speaker phrase starts when the name found is the end of it ("the local paper Harbor Gazette",
    "some Republicans"): back over a few modifiers to a comma, else ``lt`` unchanged."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    lex = lexicon()
    i = lt
    while i > lo and lt - i < 4:
        low = lows[i - 1]
        if not tokens[i - 1].is_word or low in lex.cues or low in _AUXILIARIES or low in _CLAUSE_OPENERS \
                or low in _SUBORDINATORS or low in _PRONOUNS:
            break
        i -= 1
    return i if i > lo and _clause_break(doc, tokens[i - 1]) else lt


# The last word of a survey share that speaks: "42% say", "six in 10 said", "two-thirds, 67 percent, say".
_SHARE_HEADS = frozenset({
    "percent", "%", "half", "third", "thirds", "quarter", "quarters", "majority", "minority", "fifth", "fifths",
    "two-thirds", "three-quarters", "one-third", "one-quarter", "one-fifth", "majorities", "plurality",
})
# Words inside such a share: "more than six in 10", "nearly nine out of 10", "about two-thirds", "all but two".
_SHARE_WORDS = frozenset({
    "in", "out", "of", "than", "more", "less", "fewer", "about", "nearly", "almost", "just", "over", "under",
    "roughly", "some", "around", "only", "a", "the", "all", "but", "slim", "narrow", "clear", "large", "small",
    "%", "percent", "-", "and", "or", "to", "up", "shy", "those",
})
_SHARE_MAX_TOKENS = 10


def _share_figure(lows: list[str], j: int) -> bool:
    """Whether token ``j`` ends a survey share: "42%", "67 percent", "six in 10", "two-thirds", "half"."""
    low = lows[j]
    return low in _SHARE_HEADS or low[:1].isdigit() and j > 0 and lows[j - 1] in ("in", "of", "but")


def _share_subject(doc: Document, cue_tok: int, lo: int) -> tuple[int, int, None] | None:
    """`More than six in 10 said …`, `42% say …`, `about two-thirds, 67 percent, say …`: a survey share
    as the subject of a cue (the respondents it counts speak); the phrase back to the sentence start or
    its last comma. None when the words before the cue are no such share."""
    lows = doc.lower_texts()
    prev = lows[cue_tok - 1] if cue_tok > lo else ""
    if not (prev in _SHARE_HEADS or prev[:1].isdigit() or prev in _BETWEEN or prev == ","):
        return None  # (the usual case, decided without a walk)
    tokens = doc.tokens
    j = _back_past_between(doc, cue_tok - 1, lo)
    if j >= lo and tokens[j].text == "," and j - 1 >= lo and _share_figure(lows, j - 1):
        j -= 1  # "about two-thirds, 67 percent, say": the share repeated in an apposition
    if j < lo or not _share_figure(lows, j):
        return None
    i = j
    while i - 1 >= lo and j - i < _SHARE_MAX_TOKENS and (
            lows[i - 1] in _SHARE_WORDS or lows[i - 1] in _SHARE_HEADS or lows[i - 1][:1].isdigit()
            or lows[i - 1] in _NUMBER_WORDS):
        i -= 1
    if i > lo and lows[i - 1] not in (",", ";", ":", "—", "–", "and", "but", "while", "whereas"):
        return None  # "… the plan won 42% say …": a share inside another clause, not the subject
    while i < j and lows[i] in ("and", "but", "-", "to", "of", "in"):
        i += 1
    return tokens[i].start, tokens[j].end, None


_NUMBER_WORDS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen",
})


def _opening_subject(doc: Document, cue_tok: int, lo: int, known: dict[str, str]) -> tuple[int, int, None] | None:
    """`Jane Roe, 21, a junior from Reno, said …`: the name that opens the sentence, when a long
    apposition or a relative clause stands between it and the cue (one word only if the article named
    that person in full before: "Roe, the author of “Tides,” said …")."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    lo = _past_dateline(doc, lo, cue_tok)  # "SAN JOSE, Calif. — Harbor Steel, the chipmaker, said": not the place
    k = lo
    while k < cue_tok and k - lo < 8 and lows[k] not in (",", "—", "–", "(", ";", ":"):
        k += 1
    if k == lo or k >= cue_tok - 1 or lows[k] in (";", ":") or lows[lo] in _CAPITAL_STOP:
        return None
    lex = lexicon()
    for t in range(lo, k):  # a name or a role: capitalised words, determiners, role nouns, nothing else
        low = lows[t]
        if not (tokens[t].is_word and (_is_capital(tokens[t]) or low in _DETERMINERS or low in _NAME_LINKS
                                       or low in lex.anonymous or low in lex.roles)
                or low == "." and t > lo and _is_capital(tokens[t - 1])):  # ("Sen. Jane Roe")
            return None
    if not any(_is_capital(t) for t in tokens[lo + 1: k]) and lows[k - 1] not in lex.anonymous \
            and lows[k - 1] not in lex.roles and not (k == lo + 1 and tokens[lo].text in known):
        return None  # "Mostly, …": one capital because it opens the sentence
    return tokens[lo].start, tokens[k - 1].end, None


# Words inside a speaker's span that open the clause the cue belongs to: "money that officials said could …",
# "…, far less than analysts had predicted", "… in 14 days unless the state seeks a stay".
_SPEAKER_CLAUSE_LINKS = frozenset({"that", "which", "whom", "than", "unless", "because", "if", "when", "whenever",
                                   "while", "although", "though", "whereas", "until", "once"})
# Words before a determiner that keep one noun phrase going ("a person familiar with the talks", "all the").
_INSIDE_PHRASE = _PREPOSITIONS | _DETERMINERS | frozenset({
    "and", "or", "nor", "half", "like", "among", "near", "across", "inside", "within", "against", "under", "than",
    "during", "off", "through", "around", "throughout", "behind", "beyond", "toward", "towards", "since", "until",
    "via", "per", "outside", "even", "only", "just", "all", "both"})
_QUANTITY_AFTER_THAN = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                  "a", "half", "dozen", "dozens", "hundreds", "thousands", "twice"})
_OWN_DETERMINERS = _POSSESSIVE_DETERMINERS | {"the", "a", "an"}


def _past_clause_link(doc: Document, found: tuple[int, int, str | None]) -> tuple[int, int, str | None] | None:
    """The speaker found left of a cue, cut to the subject of the cue's own clause when the span runs back
    over a relative or subordinate clause's opener: "money that officials said" is "officials", "an
    assertion the system denied" (a relative clause with no "that") "the system". None when that opener
    is "than": the cue then reports the standard of a comparison, not the clause before it ("…, far less
    than analysts had predicted")."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    token_starts = doc.token_starts  # (a property: read once)
    i = bisect_left(token_starts, found[0])
    j = bisect_left(token_starts, found[1])
    cut = None
    for t in range(i, j):
        low = lows[t]
        if low == ",":
            return found  # (an apposition or a list: left as found)
        if low == "than" and t + 1 < j and (lows[t + 1][:1].isdigit() or lows[t + 1] in _QUANTITY_AFTER_THAN):
            continue  # "More than six in 10 said": a hedged share, no comparison's standard
        if low in _SPEAKER_CLAUSE_LINKS and t > i:
            cut = t + 1
            if low == "than":
                return None
        elif low in _OWN_DETERMINERS and i < t <= i + 3 and lows[i] in _OWN_DETERMINERS \
                and tokens[t - 1].is_word and lows[t - 1] not in _INSIDE_PHRASE and lows[t - 1] not in _AUXILIARIES \
                and not lows[t - 1].endswith(("ed", "ing")) and not _is_capital(tokens[t - 1]) \
                and lows[t - 1].isalpha():
            cut = t  # (a noun phrase of a few words, then another's determiner: no verb between them)
    if cut is None or cut >= j or not tokens[cut].is_word:
        return found
    return tokens[cut].start, found[1], found[2]


def _apposed_subject(doc: Document, cue_tok: int, lo: int) -> bool:
    """`Jane Roe, a lawyer, said many of …`, `Its spokesman, Esmaeil Baghaei, accused Washington of …`: the
    sentence opens with its subject and an apposition set off by commas right before the cue, so the comma
    closes no reported clause and the words after the cue are no inverted speaker: the subject speaks."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    comma = cue_tok - 1
    lo = _past_dateline(doc, lo, cue_tok)
    if comma <= lo + 2 or lows[comma] != ",":
        return False
    first = lo
    while first < comma and first - lo < 9 and lows[first] != ",":
        first += 1
    if first == lo or first >= comma - 1 or lows[first] != ",":
        return False
    lex = lexicon()
    for t in range(lo, first):  # the subject: a name or a role, with its determiner or possessive
        low = lows[t]
        if not (tokens[t].is_word and (_is_capital(tokens[t]) or low in _DETERMINERS or low in _NAME_LINKS
                                       or low in _POSSESSIVE_DETERMINERS or low in lex.anonymous
                                       or low in lex.roles or t > lo and low.isalpha() and t + 1 < first)
                or low == "." and t > lo and _is_capital(tokens[t - 1]) or low in _POSSESSIVE):
            return False
    if any(lows[t] in _AUXILIARIES or lows[t] in _ADVERBIAL_SUBORDINATORS for t in range(lo, first)) or not (
            _is_capital(tokens[first - 1]) or lows[first - 1] in lex.anonymous or lows[first - 1] in lex.roles):
        return False  # (the subject ends on a name or a person noun: "The cuts, …" may open a clause; an adverbial
        # clause's opener is none of a subject's words: "Even as the race moves to Ohio, a state …, said …")
    middle = range(first + 1, comma)
    if all(_is_capital(tokens[t]) or lows[t] == "." and _is_capital(tokens[t - 1]) for t in middle):
        return True  # "The spokesman, Esmaeil Baghaei, said …"
    return _aside_opening(doc, first + 1, comma)


# Subordinators after a cue that open a reported clause as often as a tail ("said if elected she would …")
_CLAUSE_TAILS = frozenset({"if", "when", "because", "although", "though", "since", "while", "before", "after",
                           "unless", "once"})


def _only_opening_phrase(doc: Document, lo: int, lt: int) -> bool:
    """`In Ohio, Okafor said if elected …`, `Despite doubts, X said …`: all before the subject is one
    opening adverbial phrase, which cannot be what was said; the content follows the cue."""
    lows = doc.lower_texts()
    return lt - 1 > lo and lows[lt - 1] == "," and (lows[lo] in _OPENING_PHRASE or lows[lo] in _WEEKDAYS
                                                    or lows[lo] in _OPENING_TIMES) \
        and "," not in lows[lo: lt - 1] and not any(lows[k] in _AUXILIARIES for k in range(lo, lt - 1))


# Time words that open an adverbial phrase before a subject ("Wednesday on Fox, Roe said if …", "Last week, …").
_OPENING_TIMES = frozenset({"last", "this", "earlier", "later", "yesterday", "today", "tonight", "next"})


def _subject_before_relative(doc: Document, cue_tok: int, lo: int) -> tuple[int, int, None] | None:
    """`A worker, who asked not to be named, said …`, `The agency, which oversees ports, said …`: a
    non-restrictive relative clause between commas hangs on the noun phrase before it, the cue's subject;
    so does a participle's aside (`Politico, citing two aides, has reported …`)."""
    lows = doc.lower_texts()
    comma = cue_tok - 1
    while comma > lo and lows[comma] in _AUXILIARIES:
        comma -= 1
    while comma - 1 > lo and lows[comma] in _CLOSERS_OR_QUOTES and lows[comma - 1] in (",", "'"):
        comma -= 1  # "Hale, citing “the magic of the mayor,” said": the aside's comma inside its closing mark
    if comma <= lo or lows[comma] != "," or lows[cue_tok].endswith("ing"):
        return None  # (a participle after a comma hangs on the main clause: "X, who …, left, saying")
    k = comma - 1
    while k > lo and comma - k < _ASIDE_MAX_TOKENS and lows[k] not in (",", ";", ":", "—", "–"):
        k -= 1
    if k <= lo or lows[k] != "," or not (lows[k + 1] in ("who", "whose", "which")
                                         or lows[k + 1].endswith("ing") and k + 2 < comma
                                         or _aside_opening(doc, k + 1, comma)):
        return None
    found = _sentence_subject(doc, k, lo)
    if found is None or lows[k + 1] == "which" and not _speaking_body(lows[k - 1], doc.tokens[k - 1]):
        return None  # "Her victory, which …, confirmed …": a thing, not a source
    return found


# Words that open a subordinate clause cut short to a participle: "The mayor's office, when contacted, said".
_REDUCED_CLAUSE_OPENERS = frozenset({"when", "while", "after", "once", "if", "though", "although"})


def _aside_opening(doc: Document, k: int, comma: int) -> bool:
    """Whether the tokens [k, comma) between the subject's comma and the cue's are an aside on the subject
    rather than a clause of their own: a past participle's phrase (`The memo, sent to the mayor, said`), a
    clause cut short to one (`Her office, when contacted by the Gazette, said`), a relative clause after a
    preposition (`The two candidates, for whom the race has been nasty, sparred`), or an apposition (`The
    clerk, a registered Republican, said`: a determiner and words with no verb among them)."""
    lows = doc.lower_texts()
    first = lows[k]
    if comma - k < 2:
        return False
    if (first.endswith("ed") or first in _IRREGULAR_PARTICIPLES) and doc.tokens[k].text.islower() \
            and lows[k + 1] in _AFTER_PARTICIPLE:
        return True
    if first in _REDUCED_CLAUSE_OPENERS:
        return lows[k + 1].endswith("ed") or lows[k + 1] == "asked"
    if lows[k + 1] in ("whom", "which", "whose") and doc.tokens[k].text.islower() and first.isalpha() \
            and len(first) <= 7:
        return True  # (a preposition first: "for whom", "in which", "of whose")
    if first in ("a", "an", "the"):
        words = lows[k + 1: comma]
        # an apposition may end in a relative clause on its own noun ("The clerk, a registered Republican who
        # asked not to be named, said"): the words before the relative pronoun must hold no verb
        rel = next((n for n, w in enumerate(words) if w in _APPOSITION_RELATIVES), len(words))
        head = words[:rel]
        if head and not any(w in _AUXILIARIES or w in _RELATIVE_PRONOUNS or w in _PRONOUNS for w in head):
            return not _holds_cue_verb(head)
    return False


# Words that open a clause inside a stance's object, whose own verbs may follow "and".
_EMBEDDING_OPENERS = frozenset({"when", "where", "while", "because", "if", "after", "before", "since", "until",
                                "whether", "how", "why", "what"})
# Relative pronouns that may close an apposition on a person or body ("a lawyer who …", "a group that …").
_APPOSITION_RELATIVES = frozenset({"who", "whom", "whose", "that", "which"})


_IRREGULAR_PARTICIPLES = frozenset({"sent", "written", "given", "made", "taken", "shown", "held", "led", "paid",
                                    "built", "set", "brought", "drawn", "seen", "known", "told"})
# Words that follow a past participle opening an aside: its agent, its place or time, its object's preposition.
_AFTER_PARTICIPLE = frozenset({"by", "to", "in", "on", "at", "from", "for", "with", "last", "this", "earlier",
                               "and", "over", "into", "through", "under", "during", "before", "after"})


def _speaking_body(low: str, token: Token) -> bool:
    """A noun for a body that can speak: a source or role noun ("the agency") or a name ("Harbor Union")."""
    lex = lexicon()
    return low in lex.anonymous or low in lex.roles or low in _SOURCE_BODIES or _is_capital(token)


_TAIL_STARTS = {
    "on", "in", "at", "during", "last", "this", "earlier", "later", "yesterday", "today", "tonight",
    "recently", "late", "after", "before", "when", "while", "as", "via", "through", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "privately", "publicly", "previously",
    "repeatedly", "again", "too", "also", "then", "afterward", "afterwards", "told", "adding", "noting",
    "citing", "according", "of", "about", "with", "to", "because", "although", "though", "since", "but",
    "and", "so", "if", "without", "instead", "under", "from", "by",
}


# Verbs of saying whose "to" opens an infinitive, never an addressee: "the families its supporters claim to
# champion" (what they claim is to champion them, not the clause before the comma).
_CLAIM_TO = frozenset({"claim", "profess", "purport"})


def _infinitive_after(doc: Document, hit: _CueHit, k: int, hi: int) -> bool:
    """`On Monday, Trump refused to endorse Ryan`, `Her lawyer, Jane Roe, declined to comment`: a stance
    verb before a to-infinitive, its content, so the words before the speaker's comma are no quote."""
    if k + 1 >= hi:
        return False
    lows = doc.lower_texts()
    if lows[k] in _PREPOSITION_CUES.get(hit.word.lemma, ()):
        return True  # "In Ohio, Trump called for a ban", "On Monday, she responded to the report"
    if hit.word.frame != "object" and hit.word.lemma not in _CLAIM_TO:
        return False
    nxt = doc.tokens[k + 1]
    return lows[k] == "to" and nxt.is_word and nxt.text.islower() and lows[k + 1] not in _DETERMINERS \
        and lows[k + 1] not in _OBJECT_PRONOUNS and lows[k + 1] not in _PRONOUNS


_IS_WORD = attrgetter("is_word")


def _adverbial_tail(doc: Document, k: int, hi: int) -> bool:
    """Whether what follows a cue is only where/when/how it was said (so the content came before it)."""
    tokens = doc.tokens
    tail = tokens[k:hi]
    words = list(islice(compress(tail, map(_IS_WORD, tail)), 8))  # (the first eight words, picked out in C)
    if not words or tokens[k].text in (",", ";", "—", "–", ".", "!", "?", ")"):
        return True
    lowered = [t.text.lower() for t in words]
    if "that" in lowered:
        return False
    return lowered[0] in _TAIL_STARTS


_TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tonight", "earlier", "later", "recently", "again", "repeatedly", "previously", "publicly", "privately",
    "last", "this", "next", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
    "also", "once", "then", "flatly", "bluntly", "simply", "too", "separately", "now", "here", "there",
}
_ASIDES = frozenset({"however", "though", "too", "also", "meanwhile", "nevertheless", "instead", "moreover"})
_ADVERBIAL_PREPOSITIONS = {"on", "in", "at", "during", "after", "before", "via", "through", "over", "to", "when"}
# "said little about …", "wrote much about …": an amount of words (`_AMOUNTS_SAID`), then their topic.
_TOPIC_VERBS = frozenset({"say", "write", "speak", "talk", "tell", "reveal", "disclose", "share", "offer"})


# Prepositions of a phrase telling when, how or by what margin something was said, which a that-clause may
# follow ("said from the start that …", "has argued since 2019 that …", "testified under oath that …"); kept
# apart from `_ADVERBIAL_PREPOSITIONS`, which also turn away a quotation's lead-in. ("by" is left out: after a
# participle it names the agent, "a release issued by his firm, Roe boasted that …".)
_SETTING_PREPOSITIONS = frozenset({"from", "since", "throughout", "under", "amid", "following"})
# Of those, the ones that also name a source after a noun ("questions from lawmakers, Roe indicated that …"):
# only after a verb in the past, which is no noun ("said from the start that").
_SOURCE_PREPOSITIONS = frozenset({"from"})


def _past_verb(low: str) -> bool:
    return _past_form(low) or low in _IRREGULAR_PAST
_ADDRESSEE_VERBS = {"tell", "ask", "warn", "remind", "assure", "inform", "urge", "write", "caution"}
_AUXILIARIES = _NEGATED_AUXILIARIES | {
    "is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "could", "can", "should",
    "may", "might", "must", "did", "does", "do",
}


# Where the search for "that" / a colon after a cue stops (punctuation lower-cases to itself, so the
# lower-cased tokens answer for the token texts too); a comma stops it unless the cue is followed by an adverbial.
_CLAUSE_STOPS = frozenset({"that", ":", ".", ";", "“", '"', "?", "!", "which", "who"} | _AUXILIARIES)
_CLAUSE_STOPS_OR_COMMA = _CLAUSE_STOPS | {","}


_TIME_UNITS = {"week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "time", "spring",
               "summer", "fall", "autumn", "winter"}


# Month names after "in" make a time phrase ("said in June the plan …"); a place after "in" does not.
_MONTH_NAMES = frozenset({"January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"})


# Every word `_time_word` may accept or look past: the rest fail at once, without lower-casing the next token.
_TIME_WORD_TRIGGERS = frozenset(_TIME_WORDS | {"in", "this", "last", "next", "on", "early", "late", "there", "here"}
                                | {m.lower() for m in _MONTH_NAMES})


def _time_word(tokens: list[Token], j: int, hi: int) -> bool:
    low = tokens[j].text.lower()
    if low not in _TIME_WORD_TRIGGERS:
        return False
    nxt = tokens[j + 1].text.lower() if j + 1 < hi else ""
    if low == "in":
        return j + 1 < hi and tokens[j + 1].text in _MONTH_NAMES  # "in June"; not "in Paris", "in a statement"
    if tokens[j].text in _MONTH_NAMES:
        return j > 0 and tokens[j - 1].text.lower() == "in"  # (the month of "in June"; "told May" names her)
    if low in ("this", "last", "next", "on", "early", "late"):
        return nxt in _TIME_UNITS or nxt in _TIME_WORDS
    if low in ("there", "here") and nxt in _AUXILIARIES:
        return False  # "said there was no plan", "said here is the deal": the clause's dummy subject, no place
    return low in _TIME_WORDS


_DURATIONS = frozenset({"days", "weeks", "months", "years", "decades", "ages"})


def _for_duration(lows: list[str], k: int, hi: int) -> bool:
    """ "said for months (that) …", "said for the first time (that) …": how long or how new, not a content."""
    if lows[k] != "for" or k + 1 >= hi:
        return False
    return lows[k + 1] in _DURATIONS or k + 3 < hi and lows[k + 1: k + 4] == ["the", "first", "time"]


_OBJECT_PRONOUNS = {"me", "us", "him", "her", "them", "you", "reporters", "journalists", "supporters", "voters"}


def _past_time(tokens: list[Token], j: int, hi: int) -> int:
    """Past "last week", "on Monday", "Tuesday" after an addressee."""
    while j < hi and _time_word(tokens, j, hi):
        j += 1
    return j


_TOLD_WHERE = frozenset({"in", "at", "on", "during", "after", "before", "via", "as", "through", "from"})
_NOT_A_NOUN_AFTER_HER = frozenset({"to", "not", "so", "how", "why", "what", "whether", "where", "for", "into", "up"})
_CLOSING_PUNCTUATION = frozenset({",", ".", ";", "!", "?", "—", "–", ")"})


def _where_or_when_told(doc: Document, k: int, hi: int) -> bool:
    """After "…, Smith told CNN": the sentence ends, or only when or where she told it follows ("on Monday",
    "in an interview", "as he left"); "told CNN the cuts …" or "told the story of …" go on with an object."""
    tokens = doc.tokens
    if k >= hi or tokens[k].text in _CLOSING_PUNCTUATION:
        return True
    low = tokens[k].text.lower()
    return (low in _TOLD_WHERE or _time_word(tokens, k, hi)) and _adverbial_tail(doc, k, hi)


_ADDRESSEE_MAX_WORDS = 4  # "a Senate panel", "the conservative radio host", "a House oversight committee"


def _past_closing_addressee(doc: Document, k: int, hi: int) -> int | None:
    """After a closing "…, Smith told": the token after a short addressee of several nouns ("told a Senate
    panel", "told a council hearing") when only where or when it was told follows it ("… on Wednesday."),
    else None. Pronouns, auxiliaries and "that" stop the addressee: "told a reporter she was leaving" goes on
    with a clause of its own."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    j = k + 1 if k < hi and lows[k] in _DETERMINERS else k
    first = j
    while j < hi and j - first < _ADDRESSEE_MAX_WORDS and tokens[j].is_word and lows[j] not in _PRONOUNS \
            and lows[j] not in _CLAUSE_STOPS and lows[j] not in _TOLD_WHERE and not _time_word(tokens, j, hi):
        j += 1
        if _where_or_when_told(doc, j, hi):
            return j
    return None


def _past_addressee(tokens: list[Token], k: int, hi: int) -> int:
    """The token after "told reporters", "told ABC News", "told the Washington Post", "told his supporters"."""
    j = k
    nxt = tokens[j + 1].text.lower() if j + 1 < hi else ""
    # "told her aides", "told her closest advisers"; not "told her the plan …", "asked her about", "told her Tuesday"
    possessive_her = bool(nxt) and tokens[j].text.lower() == "her" and tokens[j + 1].is_word \
        and not _is_capital(tokens[j + 1]) and nxt not in _DETERMINERS and nxt not in _PRONOUNS \
        and nxt not in _CLAUSE_STOPS and nxt not in _TAIL_STARTS and nxt not in _NOT_A_NOUN_AFTER_HER
    if tokens[j].text.lower() in _OBJECT_PRONOUNS and not possessive_her:
        return j + 1
    if tokens[j].text.lower() in ("the", "his", "her", "their", "a") and j + 1 < hi:
        j += 1
        if j + 1 < hi and tokens[j].is_word and tokens[j + 1].is_word and not _is_capital(tokens[j]) \
                and not tokens[j].text.lower().endswith("s") and tokens[j + 1].text.lower().endswith("s") \
                and tokens[j + 1].text.lower() not in _DETERMINERS:
            j += 1  # "told his closest aides", "told the assembled reporters": one modifier before the head
    if _is_capital(tokens[j]):
        while j < hi and (_is_capital(tokens[j]) or tokens[j].text in ("’s", "'s", ".")
                          or tokens[j].text.lower() == "of" and j + 1 < hi and _is_capital(tokens[j + 1])):
            j += 1
        return _past_time(tokens, j, hi)
    if j + 1 < hi and tokens[j].text.lower().endswith("s") and tokens[j].is_word:
        return j + 1
    return j + 1 if j > k else k


# What a cue's content may follow: "talked about", "warned of", "called for", "agreed with".
_PREPOSITION_CUES = {
    "call": ("for", "on"), "warn": ("about", "of", "against"), "speak": ("about", "of", "against"),
    "say": ("of",), "think": ("about", "of"), "believe": ("in",), "complain": ("about", "of"), "agree": ("with", "on"),
    "comment": ("on",), "refer": ("to",), "write": ("about", "of"), "ask": ("about", "for"),
    "talk": ("about", "of", "against"), "testify": ("about",), "joke": ("about",), "worry": ("about",),
    "argue": ("for", "against"), "push": ("for",), "vote": ("for", "against"), "caution": ("against",),
    "point": ("to",), "rail": ("against",), "side": ("with",), "liken": ("to",),
    "respond": ("to",), "reply": ("to",), "hint": ("at",), "boast": ("of", "about"), "accuse": ("of",),
}


# Verbs of saying that also take what is said as a to-infinitive ("claimed to have seen", "professes to know").
_CLAIMS_TO = frozenset({"claim", "profess"})
# Verbs whose content only follows a preposition: "spoke about the wall", not "spoke to reporters".
_ONLY_WITH_PREPOSITION = frozenset({"speak", "talk"})
_PHRASE_STOPS = frozenset({",", ".", ";", ":", "that", "and", "but", "while", "because", "when", "as", "“", '"'})


# Conjunctions opening a sentence's adverbial clause whose comma ends it before the main clause ("After the union
# objected, …"); not "as", whose clause points at the main one ("As Okafor noted, the levy failed").
_OPENING_SUBORDINATORS = _ADVERBIAL_SUBORDINATORS - {"as"}


def _ends_opening_subordinate_clause(doc: Document, cue_tok: int, comma: int) -> bool:
    """Whether the comma at ``comma`` right after the cue closes an adverbial clause that opens the sentence
    ("When the dockers' union objected, the case was moved"): what follows is the main clause, not the cue's
    content."""
    lo = doc.sentences[doc.tokens[cue_tok].sentence].first_token
    lows = doc.lower_texts()
    return lows[lo] in _OPENING_SUBORDINATORS and comma - lo <= 12 and "," not in lows[lo:cue_tok]


def _content_after(doc: Document, hit: _CueHit, k: int, hi: int, *, finding: bool = False) -> tuple[int, int] | None:
    """What follows a cue: skip an addressee ("told reporters"), a time or place ("on Friday", "in a
    statement"), then an optional "that" or colon; the content runs to the end of the sentence."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    if k >= hi:
        return None
    sentence_end = doc.sentences[tokens[k].sentence].end
    addressee = hit.word.lemma in _ADDRESSEE_VERBS
    first = lows[k]
    if first in _PREPOSITION_CUES.get(hit.word.lemma, ()) and k + 1 < hi and tokens[k + 1].is_word \
            and not _time_word(tokens, k + 1, hi):
        return tokens[k + 1].start, sentence_end  # "referring to issues that …": the cue's own preposition
    if first in _AMOUNTS_SAID and k + 2 < hi and lows[k + 1] == "about" and hit.word.lemma in _TOPIC_VERBS \
            and tokens[k + 2].is_word:
        return tokens[k + 2].start, sentence_end  # "said little about the plan": how much was said, then the topic
    adverbial = first in _TIME_WORDS or first in _ADVERBIAL_PREPOSITIONS or first.endswith("ly") or first == "out" \
        or first in _SETTING_PREPOSITIONS and (first not in _SOURCE_PREPOSITIONS or _past_verb(lows[hit.token])) \
        or first == "for" and _for_duration(lows, k, hi)
    stops = _CLAUSE_STOPS if adverbial else _CLAUSE_STOPS_OR_COMMA
    j, limit = k, min(hi, k + 10)
    clause_at = k  # where "that" may open the content right after the cue: after an aside between commas too
    while j < limit:
        low = lows[j]
        if low == ",":  # (the comma's cases together: most words are none of them)
            if j + 2 < hi and lows[j + 1] in _ASIDES and lows[j + 2] == ",":
                j += 3  # "told the Gazette, however, that …"
                clause_at = j if clause_at == j - 3 else clause_at
                continue
            if j + 3 < hi and (aside := _comma_aside_after(lows, j, hi)):
                clause_at = aside if clause_at == j else clause_at
                j = aside  # "believes, for example, that …"
                continue
            if adverbial and j + 2 < hi and lows[j + 1] in ("where", "when"):
                close = next((c for c in range(j + 2, min(hi, j + 16)) if lows[c] in (",", ";", ":", ".")), None)
                if close is not None and close + 2 < hi and lows[close] == "," and lows[close + 1] == "that" \
                        and lows[close + 2] not in _TIME_UNITS:
                    return tokens[close + 1].start, sentence_end  # "said on CNN, where he works, that …"
            if adverbial and j + 1 < hi and (lows[j + 1] in _CLAUSE_LINKS or lows[j + 1] in _NEXT_ACT
                                             or lows[j + 1].endswith("ing")):
                break  # "pledged to build a wall, while also suggesting that …": the "that" is another verb's
        if adverbial and (low in _TITLE_OPENERS or _doubled_single(doc, j, hi)) and j > k:
            first = j + 2 if low == "'" else j + 1
            close = next((c for c in range(first, min(hi, first + _TITLE_MAX_WORDS + 1))
                          if lows[c] in _TITLE_CLOSERS or _doubled_single(doc, c, hi)), None)
            if close is not None:
                after = close + 2 if lows[close] == "'" else close + 1
                while after < hi and _time_word(tokens, after, hi):
                    after += 1  # (past "on Sunday")
                if after < hi and lows[after] == "that":
                    j = after  # "said on NBC's “Meet the Press” (on Sunday) that …": a title, then the clause
                    limit = max(limit, j + 1)
                    continue
        if low == "that" and j + 2 < hi and (lows[j + 1] in _TIME_UNITS or lows[j + 1] == "day"):
            j += 2  # "spoke in Dover that evening", "said that day that …": a time, not the clause
            if lows[j] in _SUBJECT_PRONOUNS:
                return tokens[j].start, sentence_end  # "said in Dover that evening she would run"
            continue
        if low in stops and not (low in _AUXILIARIES and _capitalised_inside(tokens, j, k - 1)):  # ("in May")
            if low == "that" or low == ":":
                if j == clause_at or addressee or adverbial:
                    return (tokens[j].end if low == ":" else tokens[j].start), sentence_end
            break
        j += 1
    if hit.word.frame == "that" and not (finding and hit.word.lemma in _CLOSING_CUES):
        if hit.word.lemma in _BARE_CLAUSE_VERBS and _bare_clause_at(doc, k, hi):
            return tokens[k].start, sentence_end  # "learned she had been dropped", "knows the plan will fail"
        return None  # (a poll or a report "found Okafor ahead": what it found needs no "that")
    # skip "on Friday", "Tuesday", "last week" before a bare clause ("said on Friday he met ...")
    j = k
    if lows[j] == "for" and _for_duration(lows, j, hi):
        j += 2 if lows[j + 1] != "the" else 4  # "said for months he", "said for the first time"
    while j < hi and j - k < 4 and _time_word(tokens, j, hi):
        j += 1
    if j < hi and tokens[j].text == ",":
        if _ends_opening_subordinate_clause(doc, hit.token, j):
            return None  # "After the union objected, the case was moved": the main clause is no one's words
        j += 1
        if j < hi and lows[j].endswith("ing") and lows[j] in lexicon().cues:
            return None  # "wrote this week, adding that …": the participle reports the clause
    k = j
    if k >= hi:
        return None
    low = lows[k]
    if low == "out" and k + 1 < hi:  # "pointed out the flaw"
        k += 1
        low = lows[k]
    if hit.word.lemma in _ONLY_WITH_PREPOSITION:
        if low == "up" and k + 1 < hi:
            return tokens[k + 1].start, sentence_end  # "talked up his plan"
        prepositions = _PREPOSITION_CUES[hit.word.lemma]
        for j in range(k, min(hi - 1, k + 12)):  # past "openly", "to voters", "on social media"
            if lows[j] in prepositions:
                return tokens[j + 1].start, sentence_end  # "spoke favorably of the plan"
            if lows[j] in _PHRASE_STOPS:
                break
        return None  # "spoke to reporters", "speaks fluent Spanish": no content
    if low == "to" and hit.word.lemma in _CLAIMS_TO and k + 1 < hi and tokens[k + 1].text.islower() \
            and lows[k + 1] not in _DETERMINERS and lows[k + 1] not in _OBJECT_PRONOUNS:
        return tokens[k].start, sentence_end  # "claims to have seen the memo": what is claimed, not an addressee
    if low == "to" and hit.word.frame == "any" and hit.word.lemma not in _ADDRESSEE_VERBS \
            and "to" not in _PREPOSITION_CUES.get(hit.word.lemma, ()) and _request_at(doc, k, hi) \
            and lows[k + 1] not in _NOT_INFINITIVES:
        return tokens[k].start, sentence_end  # "demanded to know whether …", "threatened to sue": what is demanded
    if low == "to" and hit.word.frame == "object":
        if hit.word.lemma in _INTENTIONS:
            return None  # "intends to push", "plans to": a plan, not something said (see README.md)
        return tokens[k].start, sentence_end  # "refused to say", "threatened to"
    if low in _PREPOSITION_CUES.get(hit.word.lemma, ("about",)) and k + 1 < hi:
        return tokens[k + 1].start, sentence_end  # "asked about the wall", "called for a ban"
    if low in _OCCASION_PREPOSITIONS and hit.word.frame == "any":
        past = _past_occasion(doc, k, hi)
        if past is not None:
            return tokens[past].start, sentence_end  # "said in a statement Monday night they would appeal"
    if hit.word.lemma == "say" and (pro := _pro_form_end(doc, k, hi)) is not None:
        if hit.token > 0 and lows[hit.token - 1] in _MODALS:
            return None  # "he should say so", "I would say no": advice or a guess, nothing said
        return tokens[k].start, tokens[pro].end  # "55 percent said so in May", "he said no": it stands for a clause
    if low in ("to", "for", "by", "about", "with", "of", "on", "in", "at", "from", "so", "as", "and", "or", "but",
               "goodbye", "hello", "thanks", "nothing", "something", "anything", "little", "much") \
            and not ((hit.word.frame == "any" or low == "as") and _quantity_subject(lows, k, hi)):
        return None
    if addressee and hit.word.lemma in ("tell", "ask"):
        told = k
        k = _past_addressee(tokens, k, hi)
        timed = _past_time(tokens, k, hi)
        if timed < hi and tokens[timed].is_word:
            k = timed  # "told reporters on Monday the talks had failed": past the time, to the bare clause (not
            # "he told me on Friday, is that …", where the time is all there is)
        to = next((j for j in range(k, min(hi - 1, k + 3)) if lows[j] == "to" or not tokens[j].is_word
                   or lows[j] in _CLAUSE_STOPS), None) if told < k else None
        if to is not None and _request_at(doc, to, hi) and _base_form(lows[to + 1]) \
                and lows[k - 1] not in _OBJECT_PRONOUNS:
            return tokens[told].start, sentence_end  # "asked the board to step in": a request, its addressee
            # included (as "urged voters to …"; PolNeAR's content)
        if k + 1 < hi and lows[k] == "," and lows[k + 1] in ("who", "whose"):
            close = next((c for c in range(k + 2, min(hi, k + 16)) if lows[c] in (",", ";", ":", ".")), None)
            if close is not None and lows[close] == "," and close + 1 < hi \
                    and (lows[close + 1] in ("that", "whether", "if") or _request_at(doc, close + 1, hi)):
                k = close + 1  # "asked Okafor, who is third in the count, to lay out her path"
        if k >= hi:
            return None
    if tokens[k].text in (",", ".", ";", ")"):
        return None
    return tokens[k].start, sentence_end


# Verbs of knowing and concluding that take a content clause without "that" as readily as with it.
_BARE_CLAUSE_VERBS = frozenset({"know", "learn", "realize", "conclude"})
_BARE_SUBJECT_MAX_TOKENS = 6
_KNOWN_QUESTION_WORDS = frozenset({"what", "how", "why", "whether", "where", "when", "who", "if"})
_NOT_IN_BARE_SUBJECT = frozenset({
    ",", ";", ":", ".", "!", "?", "—", "–", "(", "“", '"', "who", "whom", "which", "that", "what", "when", "where",
    "why", "how", "if", "whether", "because", "as", "and", "or", "but", "to", "about", "from", "at", "in", "on",
    "for", "with", "by",
})


def _bare_clause_at(doc: Document, k: int, hi: int) -> bool:
    """`learned her permit had never been filed`, `knows the crossing will lose money`, `no one knows what the
    ferry will cost`: a clause with no "that" right after a verb of knowing: a question word, a subject pronoun
    before a verb, or a short subject phrase (no preposition or clause word in it; "most of the crew") before an
    auxiliary. An object ("knew the harbour well", "learned the hard way", "knew the man who …") has none."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    if k + 1 >= hi:
        return False
    if lows[k] in _KNOWN_QUESTION_WORDS:
        return True  # "no one knows what the ferry will cost", "learned how the port works"
    if lows[k] in _SUBJECT_PRONOUNS or lows[k] == "it":
        nxt = lows[k + 1]
        return nxt in _AUXILIARIES or nxt in _CONTRACTED_ENDINGS or tokens[k + 1].text.islower() and _past_form(nxt)
    for j in range(k, min(hi, k + _BARE_SUBJECT_MAX_TOKENS + 1)):
        low = lows[j]
        if low in _AUXILIARIES:
            return j > k and low not in ("do", "does", "did")
        if j > k and (low in _SUBJECT_PRONOUNS or low == "it") or low in _ADVERBIAL_SUBORDINATORS or low == "even":
            return False  # "knew the risks he was taking": an object and its relative clause
        if low in _NOT_IN_BARE_SUBJECT and not (low == "of" or j == k + 1 and low == "of"):
            return False
        if not tokens[j].is_word and low not in _POSSESSIVE:
            return False
    return False


# Words that stand for a reported clause after "say" ("said so", "said no", "said the same", "said it."): PolNeAR
# marks them as the content (on its train split 48 of 51 such uses); the demonstratives only before a stop.
_PRO_FORMS = frozenset({"so", "no", "yes", "the same", "that", "it", "this"})
_PRO_FORM_STOPS = frozenset({".", ";", "!", "?", ")", ":", "—", "–", "”", '"', "''"})  # not ",": "said yes, yes, yes"
_PRO_FORM_TAILS = frozenset({"in", "on", "at", "during", "last", "earlier", "later", "when", "after", "before",
                             "again", "too", "then", "publicly", "privately", "repeatedly", "recently", "yesterday",
                             "today", "tonight"} | _WEEKDAYS)


# Lower-case words after "to" that are no verb of an infinitive ("said to local officials", "wrote to each"),
# beyond the determiners and the addressees of ``_OBJECT_PRONOUNS`` ("to several", "to reporters"), which
# ``_request_at`` turns away itself.
_NOT_INFINITIVES = frozenset({"local", "each", "every", "members", "people", "officials", "friends", "colleagues"})


def _pro_form_end(doc: Document, k: int, hi: int) -> int | None:
    """The last token of "so" / "no" / "yes" / "the same" at ``k`` when it is all a "say" reports ("said so in
    May", "said no."; not "said no one", "said so much"), else None."""
    lows = doc.lower_texts()
    if k >= hi:
        return None
    if lows[k] in ("so", "no", "yes"):
        end = k
    elif lows[k] == "the" and k + 1 < hi and lows[k + 1] == "same":
        end = k + 1
    else:
        return None
    nxt = end + 1
    return end if nxt >= hi or lows[nxt] in _PRO_FORM_TAILS or lows[nxt] in _PRO_FORM_STOPS else None


def _pro_form_content(doc: Document, hit: _CueHit, start: int, end: int) -> bool:
    """Whether a content after "say" is one pro-form standing for a clause ("said so", "he said that.")."""
    return hit.word.lemma == "say" and hit.end <= start and (doc.text[start:end].lower() in _PRO_FORMS
                                                               or _elliptical_clause(doc, start, end))


def _elliptical_clause(doc: Document, start: int, end: int) -> bool:
    """`Flake said he would.`, `They said she could not.`: a subject pronoun and an auxiliary whose verb
    phrase is left out stand for a whole clause, as a pro-form does (PolNeAR marks them as the content)."""
    token_starts = doc.token_starts  # (a property: read once)
    i = bisect_left(token_starts, start)
    j = bisect_left(token_starts, end)
    lows = doc.lower_texts()[i:j]
    return 2 <= len(lows) <= 3 and lows[0] in _SUBJECT_PRONOUNS and lows[1] in _AUXILIARIES \
        and (len(lows) == 2 or lows[2] in ("not", "too"))


_OCCASION_PREPOSITIONS = frozenset({"in", "on", "at", "during"})
# Where or how something was said: "said in a statement", "told reporters at a rally", "wrote in an op-ed".
_OCCASION_NOUNS = frozenset({
    "statement", "statements", "interview", "interviews", "speech", "email", "e-mail", "letter", "tweet", "tweets",
    "post", "release", "op-ed", "column", "video", "appearance", "rally", "debate", "call", "hearing", "filing",
    "message", "conference", "memo", "broadcast", "podcast", "editorial", "essay", "briefing", "address", "event",
    "meeting", "session", "twitter", "facebook", "radio", "television", "tv", "court", "remarks",
})
_CLAUSE_OPENING_WORDS = frozenset({"he", "she", "they", "we", "i", "it", "the", "his", "her", "their", "its", "there",
                                   "this", "that", "those", "these", "a", "an", "no", "some", "many", "most"})
_OCCASION_MAX_TOKENS = 6


def _past_occasion(doc: Document, k: int, hi: int) -> int | None:
    """The token after "in a statement (Thursday night)" / "on Twitter" at ``k`` when a bare clause opens there
    ("said in a statement Thursday night they would appeal"), else None."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    j = k + 1
    while j < hi and j - k <= _OCCASION_MAX_TOKENS and lows[j] not in _OCCASION_NOUNS:
        if not tokens[j].is_word or lows[j] in _CLAUSE_STOPS:
            return None
        j += 1
    if j >= hi or lows[j] not in _OCCASION_NOUNS:
        return None
    j += 1
    while j < hi and j - k < 12 and _time_word(tokens, j, hi):
        j += 1
    if j < hi and lows[j] == ",":
        j += 1
    if j + 2 >= hi or lows[j] not in _CLAUSE_OPENING_WORDS and not _is_capital(tokens[j]):
        return None
    return j


_TITLE_OPENERS = frozenset({"“", '"', "''"})
_TITLE_CLOSERS = frozenset({"”", '"', "''"})
# Number words after "at least" that open a reported clause's subject ("reported at least six boats were lost");
# (the smaller ones are among _SHARE_OPENERS)
_AT_LEAST_NUMBERS = frozenset({"six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "millions"})
_SHARE_OPENERS = frozenset({"half", "a", "one", "two", "three", "four", "five", "one-third", "two-thirds"})


def _quantity_subject(lows: list[str], k: int, hi: int) -> bool:
    """`said much of the money was wasted`, `said about half of the cuts …`: the quantity opens the reported
    clause's subject; "said much" / "spoke about the plan" have no clause after them (and after a verb that
    needs an object, "showed much of an appetite", the quantity is that object)."""
    if k + 1 >= hi:
        return False
    nxt = lows[k + 1]
    if lows[k] == "much":
        return nxt == "of"
    if lows[k] == "at":  # "reported at least six boats were lost": "at least" opens the subject's number
        return nxt in ("least", "most") and k + 2 < hi and (lows[k + 2] in _SHARE_OPENERS or lows[k + 2][:1].isdigit()
                                                            or lows[k + 2] in _AT_LEAST_NUMBERS)
    if lows[k] == "as":  # "polls show as many as 30 percent of voters say …": the number opens the subject
        return nxt in ("many", "much", "few", "little") and k + 3 < hi and lows[k + 2] == "as" \
            and (lows[k + 3][:1].isdigit() or lows[k + 3] in _AT_LEAST_NUMBERS)
    return lows[k] == "about" and (nxt in _SHARE_OPENERS or nxt[:1].isdigit()) and "of" in lows[k + 2: k + 4]


# ---------------------------------------------------------------- the stage


def attributed_quotes(doc: Document, *, mentions) -> list[Quote]:
    """What the article's sources said: :func:`attributions` but a refusal to comment, in one call for a caller
    outside the pipeline (which runs the attributions, refusals and quotes stages apart, sharing them)."""
    return spoken_quotes(doc, attributions=attributions(doc, mentions=mentions))


# How a source's anonymity is told ("on condition of anonymity", "asked not to be named", "spoke anonymously")
# and the words that then give its reason ("because he feared reprisals").
_ANONYMITY_WORDS = frozenset({"anonymity", "named", "identified", "anonymously"})
_REASON_WORDS = frozenset({"because", "since", "as"})
_ANONYMITY_REASON_REACH = 4  # tokens between "because" and the cue: "because she (had long) feared"


def _reason_for_anonymity(lows: list[str], t: int) -> bool:
    """Whether the cue at token ``t`` stands in the reason a source gives for staying unnamed ("who spoke on
    condition of anonymity because he feared reprisals", "asked not to be named because she worried …"): why
    the source is unnamed, not what it said (the source speaks in the main clause). A cue between the reason
    word and this one is the reason's own verb, and this one the main clause's ("because he feared reprisals
    said …": written without commas, the source says what follows)."""
    cues = lexicon().cues
    for k in range(t - 1, max(0, t - 1 - _ANONYMITY_REASON_REACH), -1):
        if lows[k] in _REASON_WORDS:
            return k > 0 and lows[k - 1] in _ANONYMITY_WORDS
        if not lows[k].isalpha() or lows[k] in cues:
            return False
    return False


def attributions(doc: Document, *, mentions) -> list[Quote]:
    """Direct, mixed and reported speech with speaker and cue, in text order, a refusal to comment included
    (PolNeAR marks "declined to comment" as an attribution; the report lists it apart: :func:`no_comment`).

    Direct quotes are attributed from the cue right after the closing mark (`“…,” X said`), else the
    cue before the opening mark in the same sentence (`X said: “…”`); a quote with neither continues the
    previous quote's speaker when it follows in the same or the next paragraph (the same paragraph, or
    opening the next one: one quote in parts). Quoted words inside a clause (`called it “a recipe for
    disaster”`) belong to the reported speech around them (kind "mixed"). Reported speech comes from the
    remaining cues.
    ``mentions`` (the actors stage) names the speaker when one of its mentions covers the speaker span.
    """
    if not doc.tokens:
        return []
    names = _name_index(doc, mentions)
    polls: list[int] = []
    nominals: list[int] = []
    hits, hearsay = _apart_hearsay(_cue_hits(doc, polls, nominals))
    starts = [h.start for h in hits]
    speech_hits, speech_starts = _speech_hits(hits, starts)
    stretches = [r for r in _quoted_stretches(doc) if not _is_scare(doc, r) and not _titles_a_work(doc, r)
                 and not _credits_a_work(doc, r)]
    fragments = [r for r in stretches if len(r.parts) == 1 and _is_embedded(doc, r.parts[0][0])
                 and not _right_after_cue(doc, r.parts[0][0])]
    fragment_ids = {id(r) for r in fragments}
    raws = [r for r in stretches if id(r) not in fragment_ids]
    quoted = sorted([(s, e) for r in stretches for s, e in r.parts])
    own_quotes = frozenset([(s, e) for r in raws for s, e in r.parts])  # quotations of their own, not fragments
    used: set[int] = set()
    merged = _attribute_direct(doc, names, raws, speech_hits, speech_starts, used)
    _widen_to_clauses(doc, names, merged, (hits, starts), quoted, own_quotes)
    direct_spans = sorted((s, e) for r in merged for s, e in r.parts)

    reported: list[_Raw] = []
    absorbed: set[int] = set()  # direct quotes that turned out to be part of a report around them
    whole = sorted([(r.parts[0][0], r.parts[-1][1]) for r in merged])
    lows = doc.lower_texts()
    # where each attributed quotation's attribution ends ("…,” Okafor said|"): a participle right after
    # it ("…, referring to …") is that speaker's
    attribution_ends = {max(r.cue.end, r.speaker.end or 0): r.speaker for r in merged
                        if r.cue is not None and r.speaker is not None and r.speaker.start is not None}
    # a verb of saying a few words before its quotation ("said because …, “…”"): its report may hold the quotation
    cues_before = {r.cue.start for r in merged if r.cue is not None and r.cue.end <= r.parts[0][0] and len(r.parts) == 1
                   and r.cue.category in _SPEECH and _words(doc, r.cue.end, r.parts[0][0], at_most=4) >= 4}
    for hit in hits + hearsay if hearsay else hits:
        if hit.start in used and hit.start not in cues_before or _inside(quoted, hit.start) \
                or _inside(whole, hit.start) and not (
                lows[hit.token - 1] == "," and _is_participle(doc, hit) or _after_relative_pronoun(lows, hit.token)
                or _when_asked(lows, hit)):
            continue  # inside a quotation, or in the attribution between its two parts (but "…,” X said,
            # referring to the plan. “…”": the participle reports on its own)
        if hit.last_token + 1 < len(lows) and (lows[hit.last_token + 1] in _NOUN_AFTER
                                               or _not_a_report(doc, lows, hit)) \
                or _reason_for_anonymity(lows, hit.token):
            continue
        raw = _reported(doc, names, hit, quoted, hits, starts, speech=own_quotes)
        if raw is None:
            continue
        if hit.start in used or _covers_any_span(direct_spans, raw):
            carried = _quotations_carried(doc, raw, hit, merged)
            if not carried:
                continue  # (a cue before its quotation reports through it, unless the report holds it)
            absorbed.update(map(id, carried))  # one stretch of words, one quote: the report holds them
            raw.kind = "mixed"
        if attribution_ends and hit.token > 1 and lows[hit.token - 1] == "," \
                and doc.tokens[hit.token - 2].end in attribution_ends and _is_participle(doc, hit):
            raw.speaker = attribution_ends[doc.tokens[hit.token - 2].end]
        reported.append(raw)

    if absorbed:
        merged = [r for r in merged if id(r) not in absorbed]
    if nominals:
        reported.extend(_nominal_reports(doc, names, nominals, (hits, starts)))
    reported.extend(r for r in _view_reports(doc, names) if not _inside(quoted, r.start))
    reported.extend(r for r in _opinion_passives(doc, (hits, starts)) if not _inside(quoted, r.start)
                    and not _inside(whole, r.start) and not _covers_any_span(direct_spans, r))
    reported = _without_nested_stances(_distinct(reported))
    spans = sorted([(s, e) for r in reported for s, e in r.parts])
    for frag in fragments:
        frag_start, frag_end = frag.parts[0][0], frag.parts[-1][1]  # (frag.start and frag.end, read once)
        if any(s <= frag_start and frag_end <= e + 2 for s, e in _near(spans, frag_start)):
            continue  # carried by the reported speech around it
        if _words(doc, frag_start, frag_end) >= 4:
            merged.extend(r for r in _attribute_direct(doc, names, [frag], speech_hits, speech_starts, used)
                          if not _holds_anothers_speaker(r, merged))

    headlines = _headline_quotes(doc, names)
    if headlines:
        merged = [r for r in merged if not any(h.start <= r.start and r.end <= h.end + 1 for h in headlines)]
    merged = [r for r in merged if (r.cue is not None or _words(doc, r.start, r.end) > _SCARE_MAX_WORDS
                                    and not _single_marked(doc.text, r.start))
              and not _names_a_work(doc, r) and not _called_by_name(doc, r)]
    merged = _into_reported_speech(reported, merged)
    out = merged + reported + headlines + (_poll_findings(doc, names, polls) if polls else [])
    out += _transcript_turns(doc, names)
    out += _block_quotes(doc, names, speech_hits, out)
    out.sort(key=_start_then_longest)
    out = _outermost(doc, out)
    out = _join_continuations(doc, out, hits, starts)
    for last, r in pairwise(out):
        if _continues_participles(doc, last, r) or _second_verb_phrase(doc, last, r):
            r.speaker = last.speaker
    _pronouns_in_text_order(names, out, doc)
    return [_finish(doc, r) for r in out]


_HIT_START = attrgetter("start")


def _start_then_longest(raw: _Raw) -> tuple[int, int]:
    """Sort key of found quotes: by start, the longest first (``raw.parts`` read directly: a sort asks it of
    every quote, and each of the ``start``/``end`` properties is a call)."""
    parts = raw.parts
    return parts[0][0], -parts[-1][1]
_BLOCK_QUOTE_MAX_WORDS = 150  # a set-off quotation is short; a long stretch is the outlet's own
_BLOCK_CUE_REACH = 4  # tokens between the verb of saying and the colon: "said in a statement:", "told reporters:"


_LINE_LABEL = re.compile(r"[\w’']+(?: [\w’']+)?:\s")  # "Editor’s note: …", "Update: …": the outlet's label


def _may_be_block_line(doc: Document, line: Paragraph, quoted: tuple[list[int], list[int]], at_most: int) -> bool:
    """Whether paragraph ``line`` may be (part of) a block quote: body text of at most ``at_most`` words with
    no quotation marks, no label, no colon closing it and no quote found in it (``quoted``: see
    :func:`_quoted_reach`)."""
    text = doc.text
    return line.kind == "body" and not _DOUBLE_MARK.search(text, line.start, line.end) \
        and not text[line.start:line.end].rstrip().endswith(":") and not _LINE_LABEL.match(text, line.start) \
        and _words(doc, line.start, line.end, at_most=at_most + 1) <= at_most \
        and not _overlaps_quoted(quoted, line.start, line.end)


def _quoted_reach(found: list[_Raw]) -> tuple[list[int], list[int]]:
    """The found quotes' starts in order and, at each, the furthest end of the quotes starting there or
    before: whether a line overlaps a quote is then one bisection, not a pass over every quote for every
    line that ends in a colon (a long text has thousands of each)."""
    spans = sorted([(r.parts[0][0], r.parts[-1][1]) for r in found])  # (each start, end: no property calls)
    reach, furthest = [], -1
    for _, end in spans:
        furthest = max(furthest, end)
        reach.append(furthest)
    return [start for start, _ in spans], reach


def _overlaps_quoted(quoted: tuple[list[int], list[int]], start: int, end: int) -> bool:
    """Whether a quote of ``quoted`` (:func:`_quoted_reach`) overlaps ``start``-``end``: one that starts before
    ``end`` and ends after ``start``."""
    starts, reach = quoted
    i = bisect_left(starts, end)
    return i > 0 and reach[i - 1] > start


def _block_quotes(doc: Document, names: _Names, hits: list[_CueHit], found: list[_Raw]) -> list[_Raw]:
    """`Okafor said:` closing a paragraph, then a paragraph of her words with no quotation marks: a block
    quote, as web articles set one off. The next paragraph is the speaker's only when the colon follows a
    verb of saying closely, the paragraph is short, holds no quotation marks (those are quoted as such)
    and no quote found already (it is attributed on its own: "The ferry, officials said, will stay.")."""
    text = doc.text
    paragraphs = doc.paragraphs
    blocks = []
    quoted = _quoted_reach(found)
    for n, paragraph in enumerate(paragraphs[:-1]):
        end = paragraph.end
        while end > paragraph.start and text[end - 1] in " \t\u00a0":
            end -= 1
        if end == paragraph.start or text[end - 1] != ":":
            continue
        nxt = paragraphs[n + 1]
        colon = doc.token_at(end - 1)
        sentence = doc.sentence_at(end - 1)
        if colon is None or sentence is None or not _may_be_block_line(doc, nxt, quoted, _BLOCK_QUOTE_MAX_WORDS):
            continue
        lo = doc.sentences[sentence].first_token
        first = bisect_left(hits, doc.tokens[max(lo, colon - _BLOCK_CUE_REACH - 3)].start, key=_HIT_START)
        hit = next((h for h in hits[first:] if lo <= h.token and colon - _BLOCK_CUE_REACH <= h.last_token < colon
                    and h.word.category in _SPEECH), None)
        if hit is None or any(t.text in ("that", "“", '"') for t in doc.tokens[hit.last_token + 1:colon]):
            continue
        speaker = _left_speaker(doc, hit.token, lo) or _right_speaker(doc, hit.last_token + 1, colon)
        if speaker is None:
            continue
        parts = [_trim_content(text, nxt.start, nxt.end)]
        words = _words(doc, nxt.start, nxt.end)
        if "\n\n" in text[paragraph.end:nxt.start]:
            # lines set tight under the first, where the article's paragraphs are set apart, go on with it
            for line in paragraphs[n + 2:]:
                if text[parts[-1][1]:line.start].count("\n") != 1 \
                        or not _may_be_block_line(doc, line, quoted, _BLOCK_QUOTE_MAX_WORDS - words):
                    break
                parts.append(_trim_content(text, line.start, line.end))
                words += _words(doc, line.start, line.end)
        raw = _Raw(parts, n + 1, True, "direct")
        raw.cue = _cue(doc, hit)
        raw.speaker = _speaker(doc, names, *speaker)
        blocks.append(raw)
    return blocks


_LEAD_IN_MIN_WORDS = 3  # the reported words before the quotation, "that" not counted


def _quotations_carried(doc: Document, raw: _Raw, hit: _CueHit, direct: list[_Raw]) -> list[_Raw]:
    """`Okafor said she opposes "cuts dressed up as reform" and any sale`, `The mayor said officials were calling
    “every hour.”`, `Lee said because the ferry is cheap, "it will always have riders."`: the quotations a verb of
    saying's report holds whole: those whose cue is a verb inside the reported clause (the quotation is its
    object), and those the verb itself introduces after a few words of a clause of its own (an auxiliary or a
    subordinator among them). Only content after the verb: a lead-in before it ("In an interview, Roe said,
    “…”") is the outlet's setting, and stays out. Such a report is one mixed quote (PolNeAR marks one
    content), not a quotation with the reported words around it lost. Empty when any quotation it overlaps is
    not one of these: then the quotation stands and the report is dropped."""
    start, end = raw.start, raw.end
    if hit.word.category not in _SPEECH or hit.word.frame not in ("any", "that") or start < hit.end:
        return []
    carried = []
    for d in direct:
        if d.end <= start or d.start >= end:
            continue
        if len(d.parts) > 1 or d.kind != "direct" or d.start < start or d.end > end + 2:
            return []
        cue = d.cue
        if cue is not None and cue.start != hit.start and start <= cue.start < d.start:
            carried.append(d)  # the object of a verb in the reported clause
            continue
        lead = doc.text[start: d.start].lower().split()
        if cue is not None and cue.start != hit.start or len(lead) - (lead[:1] == ["that"]) < _LEAD_IN_MIN_WORDS \
                or not any(w in _AUXILIARIES or w in _ADVERBIAL_SUBORDINATORS for w in lead):
            return []  # "In an interview, Roe said, “…”", "told reporters at the gate on Monday, “…”": where
            # and when it was said, the outlet's words, not a clause of the speaker's
        carried.append(d)
    return carried


def _after_relative_pronoun(lows: list[str], t: int) -> bool:
    """`“…,” said Mr. Ekovich, who noted that …`: a cue in a relative clause on the speaker between a quotation's
    parts reports on its own (the speaker's own words about something else), with "also" or "has" between."""
    k = t - 1
    while k > 1 and lows[k] in ("also", "has", "had", "have", "later", "then", "previously"):
        k -= 1
    return k > 1 and lows[k] == "who" and lows[k - 1] == ","


def _pronouns_in_text_order(names: _Names, raws: list[_Raw], doc: Document) -> None:
    """Resolve each "he" / "she" speaker again once every speaker is known, in text order.

    Quotations are attributed before reported speech, so a "she" after "…, said Jane Roe" was first resolved
    without Roe among the speakers; now each pronoun sees every speaker before it (the pronouns before it
    already re-resolved)."""
    redone: dict[int, Speaker] = {}
    for r in sorted([r for r in raws if r.speaker is not None and r.speaker.start is not None],
                    key=lambda r: r.speaker.start):
        sp = r.speaker
        if id(sp) in redone:
            r.speaker = redone[id(sp)]
            continue
        gender = _PRONOUN_GENDER.get((sp.text or "").lower())
        if gender is None or sp.actor is not None:
            continue
        name = _previous_person(names, sp.start, gender, doc)
        unnamed = _described_antecedent(names, doc, sp.start, gender)
        if unnamed is not None:  # "One woman said …. "…," she said": the woman, no one named
            name = None
        if name != sp.name or unnamed is not None and (sp.descriptor, sp.anonymous) != (unnamed.descriptor,
                                                                                      unnamed.anonymous):
            # (also when no name was found either time: the unnamed speaker was not yet known the first time)
            at = bisect_left(names.speakers_seen, (sp.start, sp.name or ""))
            if at < len(names.speakers_seen) and names.speakers_seen[at] == (sp.start, sp.name):
                del names.speakers_seen[at]
            if name is not None:
                insort(names.speakers_seen, (sp.start, name))
            descriptor = sp.descriptor if sp.descriptor != names.descriptors.get(sp.name) \
                else names.descriptors.get(name) if name else None
            if unnamed is not None:
                redone[id(sp)] = r.speaker = replace(sp, name=None, descriptor=unnamed.descriptor,
                                                     anonymous=unnamed.anonymous)
                continue
            redone[id(sp)] = r.speaker = replace(sp, name=name, descriptor=descriptor)


_SET_OFF = re.compile(r"[(]|\s[-—–]+\s|—|–|--")


def _widen_to_clauses(doc: Document, names: _Names, raws: list[_Raw], cues: tuple[list[_CueHit], list[int]],
                      quoted: list[tuple[int, int]], speech: frozenset[tuple[int, int]]) -> None:
    """`The party “allows us to get our message out,” said Frank Coleman.`, `The investment, Ms. Roe said,
    “is a perfect example” of adapting.`: a quotation that is only part of the clause its closing cue
    reports is a mixed quote of that whole clause (PolNeAR's content), not a direct quote of the quoted words."""
    hits, starts = cues
    for raw in raws:
        cue = raw.cue
        raw_start, raw_end = raw.parts[0][0], raw.parts[-1][1]  # (raw.start, raw.end: read once)
        if raw.kind != "direct" or cue is None or raw.inherited or cue.start < raw_end:
            continue
        si = doc.sentence_at(raw_start)
        if (si is None or doc.sentences[si].start >= raw_start) and _words(doc, raw_end, cue.start, at_most=5) < 5:
            continue  # the quotation opens its sentence and only its speaker stands before the cue: nothing to widen
        i = bisect_left(starts, cue.start)
        if i >= len(hits) or hits[i].start != cue.start:
            continue
        wide = _reported(doc, names, hits[i], quoted, hits, starts, speech=speech)
        if wide is None or len(raw.parts) > 1:
            continue
        part = next(((s, e) for s, e in wide.parts if s <= raw_start and raw_end <= e + 2), None)
        speaker = raw.speaker.start if raw.speaker is not None and raw.speaker.start is not None else cue.start
        if part is None or part[0] <= speaker < part[1] or part[1] - part[0] < 1.2 * (raw_end - raw_start):
            continue  # (the clause after the attribution, "…,” X said, but …", is the outlet's)
        if _SET_OFF.search(doc.text, part[0], raw_start) or raw.speaker is not None and raw.speaker.descriptor \
                and raw.speaker.descriptor in doc.text[raw_end: part[1]]:
            continue  # `He railed against the plan - “…,” he said - and …`, `… declared: “…,” she said`: the
            # quotation is set off from the words before it, which are the outlet's
        raw.parts = [(part[0], max(part[1], raw_end))]
        raw.kind = "mixed"


def _holds_anothers_speaker(raw: _Raw, quotes: list[_Raw]) -> bool:
    """`“I would expect …,” said Jane Roe, a co-editor of “Harbor Tales: A Reader.”`: a quoted fragment that
    took the cue of a quotation of its own, and whose content would then hold that quotation's speaker, is
    part of the speaker's description, not more words of the speaker."""
    cue = raw.cue
    if cue is None:
        return False
    for other in quotes:
        sp = other.speaker
        if other.cue is not None and other.cue.start == cue.start and sp is not None and sp.start is not None \
                and any(s <= sp.start < e for s, e in raw.parts):
            return True
    return False


def _join_continuations(doc: Document, raws: list[_Raw], hits: list[_CueHit], starts: list[int]) -> list[_Raw]:
    """`Trump is a “change agent,” Cole said. “That is what people want.”`, `“…,” he said. But “…”`,
    `Roe says “A” because “B.”`: a quotation with no cue of its own right after an attributed quote in the
    same paragraph, with no other cue between them, goes on with that quote: one quote in two parts (PolNeAR
    marks one content), not a second quote with no speaker. It must open its sentence or share one with the
    quote before it: a quoted phrase inside a later sentence of the outlet's own ("The choice was between
    calling him “unfit” or …") is the outlet's quoting, not more of the speech. Likewise a paragraph that is
    a quotation with no cue, right after a paragraph ending in a direct quote, goes on with it
    (`_next_paragraph_goes_on`). ``raws`` are sorted by start."""
    out: list[_Raw] = []
    for r in raws:
        last = out[-1] if out else None
        if last is not None and r.kind == "direct" and r.cue is None and r.paragraph == last.paragraph \
                and _speaks(last) and last.end <= r.start \
                and _only_own_cue_between(hits, starts, last, r.start) and _opens_or_shares_sentence(doc, last, r):
            last.parts.extend(r.parts)
            if last.kind == "indirect":
                last.kind = "mixed"
            continue
        if last is not None and _next_paragraph_goes_on(doc, last, r):
            last.parts.extend(r.parts)
            continue
        out.append(r)
    return out


_NOT_GOING_ON = frozenset({"in", "reportedly", "seem", "appear"})


def _speaks(raw: _Raw) -> bool:
    """Whether ``raw`` is somebody's words that can go on: attributed, and not a poll's finding ("In a new poll,
    …"), the outlet's supposition ("the plan seems doomed") or hearsay with nobody named."""
    cue = raw.cue
    return cue is not None and cue.lemma not in _NOT_GOING_ON or cue is None and raw.speaker is not None


def _next_paragraph_goes_on(doc: Document, last: _Raw, raw: _Raw) -> bool:
    """`“We will win,” Roe said.` / `“Nobody expected us here.”`: a paragraph opening with a quotation that has no
    cue, whose speaker it took from the direct quote ending the paragraph before, is more of that quote (the
    news convention: a source's next paragraph needs no new attribution; PolNeAR marks one content in two
    parts more often than two quotes on the train split)."""
    return raw.inherited and last.kind == "direct" and raw.speaker is last.speaker and last.end <= raw.start \
        and raw.start == doc.paragraphs[raw.paragraph].start and raw.paragraph == _paragraph_of(doc, last.end - 1) + 1


_SENTENCE_OPENING_LINKS = frozenset({"but", "and", "yet", "so", "still"})


def _opens_or_shares_sentence(doc: Document, last: _Raw, raw: _Raw) -> bool:
    """Whether the quotation ``raw`` opens its sentence (after at most a linking word: "But “…”") or lies in
    the sentence where ``last`` (or its cue after it) ends."""
    t = doc.token_at(raw.start)
    if t is None:
        return False
    sentence = doc.tokens[t].sentence
    first = doc.sentences[sentence].first_token
    if t == first or t == first + 1 and doc.lower_texts()[first] in _SENTENCE_OPENING_LINKS:
        return True
    end = max(last.end, last.cue.end if last.cue is not None else 0) - 1
    u = doc.token_at(end)
    return u is not None and doc.tokens[u].sentence == sentence


def _only_own_cue_between(hits: list[_CueHit], starts: list[int], raw: _Raw, end: int) -> bool:
    """No cue between ``raw``'s end and ``end`` but ``raw``'s own (`“…,” he said. “…”`)."""
    own = raw.cue.start if raw.cue is not None else -1
    return all(h.start == own for h in hits[bisect_left(starts, raw.end): bisect_left(starts, end)])


def _into_reported_speech(reported: list[_Raw], direct: list[_Raw]) -> list[_Raw]:
    """`He said that Bush “has to lug his mother around. It's sad.”`: reported speech that stops inside a
    quotation opening in it (the sentence ended within the marks) runs on to the closing mark, as one mixed
    quote; the quotation itself is then not counted a second time. Returns the direct quotes left."""
    ends = sorted([(d.parts[0][0], d.parts[0][1], n) for n, d in enumerate(direct) if len(d.parts) == 1])
    if not ends:
        return direct
    absorbed = set()
    for r in reported:
        r_start, r_end = r.parts[0][0], r.parts[-1][1]  # (r.start, r.end, read once)
        for s, e, n in _near(ends, r_end):
            if r_start < s < r_end < e and n not in absorbed:
                r.parts[-1] = (r.parts[-1][0], e)
                r.kind = "mixed"
                absorbed.add(n)
                break
    return [d for n, d in enumerate(direct) if n not in absorbed] if absorbed else direct


def _outermost(doc: Document, raws: list[_Raw]) -> list[_Raw]:
    """Drop a quote lying wholly inside another (sorted by start, longest first): the outer report already
    carries those words, and a source quoted within it (`officials believe that X, which he says …`) is
    its speaker's account, not a second quotation of the article's own. Kept inside a stance (`dismissed
    critics who called it reckless`): that content is a thing or people, not words, and whoever speaks in it
    speaks for themselves. And when the inner source opens a clause of its own (`Critics argue that X, while
    proponents emphasize Y`), the outer report ran on too far, and ends before that clause."""
    out, reach = [], None
    reach_end = -1  # reach.end, kept at hand (its parts are read directly: the loop asks it of every quote)
    for r in raws:
        parts = r.parts
        end = parts[-1][1]
        if reach is not None and end <= reach_end and (parts[0][0], end) != (reach.parts[0][0], reach_end):
            if not (reach.cue is not None and reach.cue.category == "stance" or _cut_before_own_clause(doc, reach, r)
                    or len(reach.parts) > 1 and _between_parts(reach, r)):
                continue
            reach_end = reach.parts[-1][1]  # (`_cut_before_own_clause` may have ended it earlier)
        out.append(r)
        if reach is None or end > reach_end:
            reach, reach_end = r, end
    return out


def _between_parts(outer: _Raw, inner: _Raw) -> bool:
    """`“A,” X said, referring to the plan. “B.”`: ``inner`` lies in a gap between ``outer``'s parts, in the
    outlet's words around the quotation, not in them."""
    return not any(s < inner.end and inner.start < e for s, e in outer.parts)


# `, while` / `; and` / ` —`: a new clause whose subject is someone else, not more of the first report.
_CLAUSE_JOIN = re.compile(r"(?:[,;]\s*(?:while|whereas|and|but)|;|\s+(?:while|whereas)|\s+[-—–]+)\s*$", re.I)


def _cut_before_own_clause(doc: Document, outer: _Raw, inner: _Raw) -> bool:
    """End ``outer`` before the clause where ``inner``'s speaker opens, when it keeps 4+ words; whether it did."""
    speaker = inner.speaker
    if outer.kind == "direct" or speaker is None or speaker.start is None:
        return False
    first = outer.parts[-1][0]
    if not first < speaker.start < inner.start:
        return False
    join = _CLAUSE_JOIN.search(doc.text, first, speaker.start)
    if join is None or join.end() != speaker.start or _words(doc, first, join.start(), at_most=4) < 4:
        return False
    outer.parts[-1] = _trim_content(doc.text, first, join.start())
    return True


# Lower-case words inside a title: "Guardians of the Galaxy", "This Week with George Stephanopoulos".
_TITLE_SMALL_WORDS = frozenset({
    "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "vs", "vs.", "as",
})
_TITLE_WORD = re.compile(r"[^\W_][\w’'.&-]*")
_TITLE_MAX_WORDS = 8


def _title_words(doc: Document, s: int, e: int) -> int | None:
    """The first token of the quotation ``s``..``e`` when its words are a short title-case name (not in a
    headline, where every word is capitalised), else None."""
    if e - s > 120:
        return None
    inner = doc.text[s:e].strip("“”„«»\"‘’' ").rstrip(",.;:")
    if not inner or "!" in inner or "?" in inner or inner.isupper() or not inner[0].isupper():
        return None
    words = _TITLE_WORD.findall(inner)
    if not (1 < len(words) <= _TITLE_MAX_WORDS and all(
            w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words)):
        return None
    t = doc.token_at(s)
    if t is None or _title_case(doc, doc.sentences[doc.tokens[t].sentence]):
        return None
    return t


def _names_a_work(doc: Document, raw: _Raw) -> bool:
    """`the show “Meet the Press”`, `his book “The Art of the Deal”`: a short title-case name in quotation
    marks, with no cue of its own (none right after the closing mark, none right before the opening one),
    names a show, book or slogan, not anybody's words."""
    if len(raw.parts) > 1:
        return False
    s, e = raw.parts[0]
    if e - s > 120:
        return False
    cue = raw.cue
    if cue is not None and (cue.start >= e or not doc.text[cue.end: s].strip(" ,:\u00a0—–-")):
        return False  # `“…,” X said` / `X said, “…”`: speech
    t = _title_words(doc, s, e)
    if t is None:
        return False
    lows = doc.lower_texts()
    before = t - 1 - (t > 1 and lows[t - 1] == "the")
    return not (before >= 0 and lows[before] in _NAMING_VERBS)  # `a memo titled “…”` is the memo's words


def _called_by_name(doc: Document, raw: _Raw) -> bool:
    """`a play called “Sons of Harbor,”`, `another called “Tides”`: a quotation right after "called" that follows
    an indefinite noun phrase is that thing's name (`_names_a_thing`), not words anybody said ("what he called
    “sophisticated adversaries”" is speech)."""
    cue = raw.cue
    if cue is None or cue.lemma != "call" or cue.end > raw.start or doc.text[cue.end: raw.start].strip():
        return False
    t = doc.token_at(cue.start)
    return t is not None and t + 1 < len(doc.tokens) and _names_a_thing(doc, doc.lower_texts(), t)


_NAMING_VERBS = frozenset({"titled", "entitled", "dubbed", "named"})


def _titles_a_work(doc: Document, raw: _Raw) -> bool:
    """`the TV show “Harbor Life,” said …`, `his book, “Tides,” and …`, `CNN’s “Harbor Hour,” …`: a title
    after a work noun or a possessive, whatever cue follows (so the cue is left to the reported speech); so
    is the text of a sign or a shirt after "reading"."""
    if len(raw.parts) > 1:
        return False
    s, e = raw.parts[0]
    t = doc.token_at(s)
    if t is None or t == 0:
        return False
    lows = doc.lower_texts()
    if inscription_before(lows, t - 1, 0):
        return True  # "shirts reading “Keep Elm Street Neighborly,” said …": the words on a sign, no one's speech
    k = t - 1 - (lows[t - 1] == "," and t > 1)
    return (lows[k] in WORK_NOUNS or lows[k] in _POSSESSIVE) and _title_words(doc, s, e) is not None


# Nouns for the people of a work, right after its title: "the “Harbor Life” star", "“Harbor Hour” host Jane Roe".
_WORK_ROLES = frozenset({
    "star", "stars", "co-star", "host", "hosts", "co-host", "creator", "creators", "author", "actor", "actress",
    "anchor", "producer", "director", "writer", "showrunner", "narrator", "contestant",
})
_TOLD_FORMS = frozenset({"told", "tells", "telling"})


def _credits_a_work(doc: Document, raw: _Raw) -> bool:
    """`“Harbor Life” star Jane Roe`, `“Harbor Hour” host …` (a title before a noun for the people of the
    work), `author of “Tides”`, `Roe told “Harbor Hour,” …` (the programme spoken to), and `“Port to close in
    May,” by the Gazette's Jane Roe` (a headline before its byline): the quotation names a work, it is
    nobody's words, and the cue near it is left to the sentence's other quotes."""
    if len(raw.parts) > 1:
        return False
    s, e = raw.parts[0]
    t, u = doc.token_at(s), doc.token_at(e - 1)
    if t is None or u is None or u + 2 >= len(doc.tokens):
        return False
    lows = doc.lower_texts()
    if doc.text[e - 2: e - 1] == "," and lows[u + 1] == "by" and u + 3 < len(doc.tokens) \
            and _is_capital(doc.tokens[u + 2 + (lows[u + 2] == "the")]):
        return True  # (a byline: "“…,” by Jane Roe"; a speaker after a passive is not set off by a comma)
    # (the words around it first: a look-up or two, where the title test reads the quotation's words)
    return (lows[u + 1] in _WORK_ROLES or t > 0 and lows[t - 1] in _TOLD_FORMS
            or t > 1 and lows[t - 1] == "of" and lows[t - 2] in ("author", "co-author", "creator")) \
        and _title_words(doc, s, e) is not None


def _apart_hearsay(hits: list[_CueHit]) -> tuple[list[_CueHit], list[_CueHit]]:
    """The cues, and apart from them the hearsay adverbs ("reportedly"): those report their own clause
    only, and neither end another report's content nor introduce a quotation."""
    if "hearsay" not in [h.word.frame for h in hits]:  # (a list, built in one go: most articles have none)
        return hits, []
    return [h for h in hits if h.word.frame != "hearsay"], [h for h in hits if h.word.frame == "hearsay"]


def _hearsay(doc: Document, hit: _CueHit, sentence, cues: tuple[list[_CueHit], list[int]]) -> _Raw | None:
    """`The firm has reportedly hired a new auditor`: the outlet passes on what others report, naming no
    source (PolNeAR attributes the whole clause, the adverb included). Before a speech verb ("reportedly
    told aides") that verb is the cue and names the speaker."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    lo, hi = sentence.first_token, sentence.last_token
    nxt = hit.last_token + 1
    if nxt < hi and lows[nxt] in _BETWEEN:
        nxt += 1
    if nxt >= hi or lows[nxt] in lexicon().cues or not tokens[nxt].is_word:
        return None
    subject = _sentence_subject(doc, hit.token, lo)
    if subject is None:
        return None
    end = _cut_at_next_cue(doc, *cues, tokens[nxt].start, sentence.end)
    s, e = _trim_content(doc.text, subject[0], end)
    if _words(doc, s, e, at_most=_MIN_CONTENT_WORDS + 1) <= _MIN_CONTENT_WORDS:
        return None
    raw = _Raw([(s, e)], sentence.paragraph, True, kind="indirect")
    raw.cue = _cue(doc, hit)
    return raw


# Participles that pass on hearsay after the noun they describe ("a fee reported to be £18.5 million", "a man
# said to be in his forties", "a group believed to be behind the attack").
_HEARSAY_PARTICIPLES = frozenset({"reported", "said", "believed", "thought", "rumoured", "rumored", "alleged",
                                  "understood", "estimated", "claimed", "known"})
_NOUN_PHRASE_OPENERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its",
                                  "our", "my", "your", "another", "one"})


def _reduced_hearsay(doc: Document, hit: _CueHit, sentence,
                     cues: tuple[list[_CueHit], list[int]]) -> _Raw | bool | None:
    """`He joined for a fee reported to be £18.5 million`, `a man said to be in his forties`: a participle
    right after a common noun and before "to" describes the noun by hearsay, a reduced relative ("a fee
    that is reported to be …") with no source; the noun phrase and what it is said to be are the content.
    None when the cue is no such participle; False when it is, but too little is said to report."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    lo, hi = sentence.first_token, sentence.last_token
    t = hit.token
    if lows[t] not in _HEARSAY_PARTICIPLES or t <= lo or t + 2 >= hi or lows[t + 1] != "to" \
            or lows[t + 2] not in ("be", "have"):
        return None
    noun = tokens[t - 1]
    if not noun.is_word or not noun.text.islower() or lows[t - 1] in _BETWEEN or lows[t - 1] in _PRONOUNS \
            or lows[t - 1] in _OBJECT_PRONOUNS or lows[t - 1] in _RELATIVE_PRONOUNS or lows[t - 1] in _AUXILIARIES \
            or lows[t - 1].endswith("ly"):
        return None
    first = None
    for k in range(t - 2, max(lo - 1, t - 5), -1):
        if not tokens[k].is_word or not tokens[k].text.islower() and lows[k] not in _NOUN_PHRASE_OPENERS:
            break
        if lows[k] in _NOUN_PHRASE_OPENERS:
            first = k
            break
    if first is None or first > lo and lows[first - 1] in _RELATIVE_PRONOUNS:
        return None  # "what many people believed to be …", "people thought to be …": a finite verb may be read
    end = _cut_at_next_cue(doc, *cues, tokens[t + 1].start, sentence.end)
    k = t + 2
    while k < hi and tokens[k].start < end and tokens[k].text not in (",", ";", ":", "—", "–"):
        k += 1
    stop = min(end, tokens[k].start) if k < hi else end
    s, e = _trim_content(doc.text, tokens[first].start, stop)
    if _words(doc, s, e, at_most=_MIN_CONTENT_WORDS) < _MIN_CONTENT_WORDS:
        return False
    raw = _Raw([(s, e)], sentence.paragraph, True, kind="indirect")
    raw.cue = _cue(doc, hit)
    return raw


def _speech_hits(hits: list[_CueHit], starts: list[int]) -> tuple[list[_CueHit], list[int]]:
    """The cues that can introduce a quotation: not "seems" / "appeared" (how things look, nobody's words)."""
    keep = [h.word.frame != "raising" for h in hits]
    if all(keep):
        return hits, starts
    return list(compress(hits, keep)), list(compress(starts, keep))


def _distinct(raws: list[_Raw]) -> list[_Raw]:
    seen, out = set(), []
    for r in raws:
        key = tuple(r.parts)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _without_nested_stances(reported: list[_Raw]) -> list[_Raw]:
    """Drop a stance or supposition reported inside another source's words ("he said she wanted to ...")."""
    outer = sorted([(r.parts[0][0], r.parts[-1][1]) for r in reported
                    if r.cue is not None and r.cue.category in _SPEECH])
    keep = []
    for r in reported:
        if r.cue is not None and r.cue.category not in _SPEECH and any(
                s <= r.cue.start and (r.parts[-1][1] <= e or r.speaker is None and s < r.cue.start < e)
                for s, e in _near(outer, r.cue.start)):
            continue  # (a supposition with no source of its own may run past the words around its cue)
        keep.append(r)
    return keep


_SPEECH = {"neutral", "evaluative"}


def _attribute_direct(doc: Document, names: _Names, raws: list[_Raw], hits: list[_CueHit], starts: list[int],
                      used: set[int]) -> list[_Raw]:
    previous: _Raw | None = None
    merged: list[_Raw] = []
    for n, raw in enumerate(raws):
        if merged and _continues(doc, merged[-1], raw, hits, starts):
            merged[-1].parts.extend(raw.parts)  # “A,” he said, “B.”: one quote in two parts
            merged[-1].closed = raw.closed
            continue
        raw_start, raw_end = raw.parts[0][0], raw.parts[-1][1]  # (raw.start and raw.end, read once)
        limit = raws[n + 1].parts[0][0] if n + 1 < len(raws) else len(doc.text)
        limit = min(limit, doc.paragraphs[_paragraph_of(doc, raw_end - 1)].end)
        last = _last_char(doc.text, raw_start)
        before_colon = last >= 0 and doc.text[last] in ":,"
        done = False
        if before_colon and not (doc.text[last] == ":" and _cued_after(doc, raw, hits, starts)):
            # (but "Her verdict: “A,” she said.": the quotation's own cue names who speaks)
            done = _attribute_before(doc, names, raw, hits, starts)
        if not done:
            done = _attribute_after(doc, names, raw, hits, starts, limit)
        if not done:
            done = _attribute_before(doc, names, raw, hits, starts)
        if raw.cue is not None:
            used.add(raw.cue.start)
            k = bisect_left(starts, raw_end)
            while k < len(hits) and hits[k].start < raw.cue.start:
                used.add(hits[k].start)  # the cue of a relative aside before the quotation's own (`Roe, who
                k += 1  # has not endorsed anyone, told …`) describes the speaker, as it did before the quotation
            if done and raw.cue.end <= raw_start:
                _reach_back_to_cue(doc, raw, hits, starts)
        if not done and previous is not None and previous.speaker is not None and \
                raw.paragraph - previous.paragraph <= 1 + _excluded_between(doc, previous.paragraph, raw.paragraph):
            if raw.paragraph == previous.paragraph and merged and merged[-1] is previous \
                    and not _has_cue_between(hits, starts, previous, raw):
                previous.parts.extend(raw.parts)  # “A,” he said. “B.” is one quote in two parts
                continue
            raw.speaker, raw.cue, raw.inherited = previous.speaker, previous.cue, True
        if raw.speaker is not None or raw.cue is not None:
            previous = raw
        merged.append(raw)
    return merged


_THAT = re.compile(r"\bthat\b", re.I)


def _reach_back_to_cue(doc: Document, raw: _Raw, hits: list[_CueHit], starts: list[int]) -> None:
    """`said the turmoil was not the banks' fault, “not by a long shot.”`: a quotation that closes a clause
    its cue opened earlier in the sentence is only part of what was reported; the content starts where the
    cue's clause does (past an addressee, a time or "in a statement:") and the quote becomes mixed."""
    i = bisect_left(starts, raw.cue.start)
    if i >= len(hits) or hits[i].start != raw.cue.start:
        return
    hit = hits[i]
    raw_start = raw.parts[0][0]  # (raw.start, read once)
    sentence = doc.sentences[doc.tokens[hit.token].sentence]
    if sentence.kind != "body" or not sentence.start <= raw_start <= sentence.end:
        return
    content = _content_after(doc, hit, hit.last_token + 1, sentence.last_token)
    if content is None or content[0] >= raw_start:
        return
    if _cut_at_next_cue(doc, hits, starts, content[0], raw_start) < raw_start:
        return  # `hinted at its importance, emphasizing …: “…”`: the cue's own clause ends at the next cue
    start, _ = _trim_content(doc.text, content[0], raw_start)
    paused = doc.text[_last_char(doc.text, raw_start)] in ",:"  # `said of the senator, “…”`: an introduction
    least = _MIN_CONTENT_WORDS if paused else 2  # `argued that democracies “must bear” it`: a clause
    if _words(doc, start, raw_start, at_most=least) < least:
        return
    if paused and not _THAT.search(doc.text, start, raw_start):
        first = doc.lower_texts()[doc.token_at(start)]
        if hit.word.lemma in _ADDRESSEE_VERBS or first in _TAIL_STARTS or first in _ADVERBIAL_PREPOSITIONS \
                or first.endswith("ing") or first == "over":
            return  # `told the class of 2014, “…”` / `joked in a Southern accent, “…”`: how it was said
    end = raw.parts[0][1]
    if len(raw.parts) == 1 and content[1] > end:  # `“must bear” a measure of xenophobia.`: on to the clause's end
        end = _trim_content(doc.text, start, content[1])[1]
    raw.parts[0] = (start, end)
    raw.kind = "mixed"


def _continues(doc: Document, prev: _Raw, raw: _Raw, hits: list[_CueHit], starts: list[int]) -> bool:
    """Whether ``raw`` is the second half of ``prev``: only whitespace, or only prev's own attribution, between."""
    prev_end, raw_start = prev.parts[-1][1], raw.parts[0][0]  # (prev.end and raw.start, read once)
    if _paragraph_of(doc, prev_end - 1) != raw.paragraph:
        return False
    gap = doc.text[prev_end: raw_start]
    if not gap.strip():
        return True
    cue = prev.cue
    if cue is None or not (prev_end <= cue.start and cue.end <= raw_start) or len(gap.split()) > 14:
        return False
    i = bisect_left(starts, prev_end)
    return all(h.start == cue.start for h in hits[i: bisect_left(starts, raw_start)]) \
        and not _cued_after(doc, raw, hits, starts)


_OWN_CUE_MAX_WORDS = 6


def _cued_after(doc: Document, raw: _Raw, hits: list[_CueHit], starts: list[int]) -> bool:
    """`“A,” Roe said. “B,” Lee replied.`: a quotation followed by a cue of its own (a few words on, in
    its sentence) is its own quote, not the second half of the one before."""
    i = bisect_left(starts, raw.end)
    if i >= len(hits) or _paragraph_of(doc, hits[i].start) != raw.paragraph:
        return False
    between = doc.text[raw.end: hits[i].start]
    if doc.text[raw.start: raw.end].rstrip("”»\"' ").endswith((".", "?", "!")) and between.strip():
        return False  # “… the end.” Roe said …: the quotation closed its sentence; the cue is the next one's
    return not _SENTENCE_END.search(between) and not _MARK.search(between) \
        and len(between.split()) <= _OWN_CUE_MAX_WORDS and hits[i].word.category in _SPEECH


def _after_participle_aside(doc: Document, start: int) -> bool:
    """Whether the quotation at ``start`` follows ", citing" / ", quoting" (a participle of saying set off by a
    comma): it is that participle's object inside an aside on the subject."""
    t = doc.token_at(start)
    if t is None or t < 2:
        return False
    lows = doc.lower_texts()
    return lows[t - 1].endswith("ing") and lows[t - 1] in lexicon().cues and lows[t - 2] == ","


def _right_after_cue(doc: Document, start: int) -> bool:
    """`Elliott said “there is …”`: a quotation introduced straight by its cue is a direct quote."""
    t = doc.token_at(start)
    if t is None or t == 0:
        return False
    return doc.tokens[t - 1].text.lower() in lexicon().cues


def _covers_any_span(spans: list[tuple[int, int]], raw: _Raw) -> bool:
    """Whether a reported content overlaps most of a direct quote, or lies within one (`“A. B,” Roe, who …,
    told reporters.`: the sentence "B" a closing cue reports is the quotation's), so it would count it twice."""
    if not spans:
        return False
    parts = raw.parts
    start = parts[0][0]
    length = sum([pe - ps for ps, pe in parts])
    for s, e in _near(spans, parts[-1][1]):
        if e <= start:
            continue  # shares nothing (and a quotation is never empty, so it cannot pass the test below)
        shared = sum(max(0, min(e, pe) - max(s, ps)) for ps, pe in raw.parts)
        if shared >= 0.5 * (e - s) and shared >= 0.4 * length or shared >= 0.9 * length:
            return True
    return False


_HEADLINE = re.compile(r"(?:[A-Z]{4,} [–—-] )?([A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3}"
                       r"(?: (?:to|at|on) [A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+){0,3})?):\s+(\S.{8,})")
# Where a headline's speaker ends before whom or where the words were said to ("Okafor to Harbor Union: …",
# "Former Mayor Okafor at Harbor Hall: …").
_HEADLINE_ADDRESS = re.compile(r" (?:to|at|on) [A-Z]")


_HEADLINE_SIDES = frozenset({"camp", "team", "aides", "allies", "backers", "critics"})
_MASTHEAD_WORDS = frozenset({"Post", "Times", "Journal", "News", "Tribune", "Herald", "Gazette", "Globe", "Telegraph",
                             "Guardian", "Chronicle", "Examiner", "Observer", "Courier"})
_ACRONYM = re.compile(r"[A-Z]{2,3}")  # "AP", "CNN" (a longer word in capitals is a kicker: "BOOM", "LOOK")


def _headline_quotes(doc: Document, names: _Names) -> list[_Raw]:
    """`Issa: Clinton’s ‘Honesty Is In Question’`, `Poll: Roe Ties Hale`: a title that gives a person's words
    (or a poll's finding) after a colon."""
    out = []
    for i, p in enumerate(doc.paragraphs[:3]):
        if p.kind == "excluded":
            continue
        m = _HEADLINE.match(doc.text, p.start, p.end)
        if m is None or m.end() < p.end - 1:
            continue
        address = _HEADLINE_ADDRESS.search(m.group(1))
        speaker_end = m.start(1) + address.start() if address else m.end(1)
        words = doc.text[m.start(1):speaker_end].split()
        last = words[-1].lower()
        if not (words[-1] in names.by_word or last in _HEADLINE_SOURCE_NOUNS or last in lexicon().anonymous
                or (last in lexicon().roles or last in _HEADLINE_SIDES) and not words[-1].isupper()
                or words[-1] in _MASTHEAD_WORDS
                or len(words) == 1 and _ACRONYM.fullmatch(words[0]) and words[0] in gazetteer().organizations):
            continue  # (a poll's or a report's finding too: "Poll: Roe Ties Hale In Dover"; unnamed sources:
            # "Officials: Port to reopen in May"; a role, a side, a masthead or a listed agency's initials:
            # "Newspaper: …", "Okafor camp: …", "Dover Gazette: …", "AP: …", not a section's label, "FAQ: …",
            # "TV: …"; a role in capitals labels a turn: "HOST: …")
        if len(words) > 1 and doc.text[m.start(1):speaker_end].isupper() \
                or any(w.lower().endswith(_POSSESSIVE) for w in words):
            continue  # a kicker ("PUTIN'S TERROR BLITZ: Russia fires …"), not who speaks: a headline names
            # its speaker by a name or a surname ("Issa: …"), not by a phrase in capitals or a possessive
        s, e = _trim_content(doc.text, m.start(2), p.end)
        raw = _Raw([(s, e)], i, True, kind="direct" if doc.text[s] in _OPENERS + "‘\"'" else "indirect")
        raw.cue = Cue(":", m.end(1), m.end(1) + 1, "neutral", ":")
        raw.speaker = _speaker(doc, names, m.start(1), speaker_end)
        out.append(raw)
    return out


# `TAPPER: Do you think …?`, `JOEL BENENSON: This is …`, `Q: …` / `A: …`: a speaker's label in capitals
# (one to three words) opening a paragraph of an interview transcript.
_TURN_LABEL = re.compile(r"([A-Z][A-Z.’'-]*(?: [A-Z][A-Z.’'-]*){0,2}):[ \t]+(?=\S)")
_TURN_MIN_PARAGRAPHS = 3
# The labels of a printed Q&A: the outlet asks, the person it interviews answers.
_QUESTION_LABELS = frozenset({"Q", "QUESTION", "INTERVIEWER"})
_ANSWER_LABELS = frozenset({"A", "ANSWER"})
# Capitalised labels of news furniture, never a speaker: "UPDATE: …", "CORRECTION: …", "EDITOR'S NOTE: …".
_KICKERS = frozenset({
    "UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "EDITOR'S NOTE", "EDITOR’S NOTE", "NOTE", "EXCLUSIVE",
    "BREAKING", "BREAKING NEWS", "WATCH", "READ", "READ MORE", "RELATED", "PHOTOS", "VIDEO", "BYLINE", "EMAIL",
    "SOURCE", "SOURCES", "ABSTRACT", "DISCLOSURE", "ANALYSIS", "OPINION", "FACT CHECK", "PHOTO", "CREDIT",
})


def _transcript_turns(doc: Document, names: _Names) -> list[_Raw]:
    """The turns of an interview transcript: each paragraph that opens with a speaker's label in capitals
    (`FALLIN: I think …`) is that speaker's words, the colon its cue (PolNeAR attributes the whole turn to
    the label). Only in a transcript, where such labels alternate between at least two speakers over three
    or more paragraphs: a lone capitalised kicker ("UPDATE: …", "EXCLUSIVE: …") introduces no one."""
    text = doc.text
    found = []
    for i, p in enumerate(doc.paragraphs):
        if p.kind == "excluded" or not text[p.start].isupper():
            continue
        m = _TURN_LABEL.match(text, p.start, p.end)
        if m is not None and m.end() < p.end and m.group(1) not in _KICKERS:
            found.append((i, m))
    if len(found) < _TURN_MIN_PARAGRAPHS or len({m.group(1).split()[-1] for _, m in found}) < 2:
        return []
    interviewee = None
    if any(m.group(1) in _ANSWER_LABELS for _, m in found):
        interviewee = _most_named_person(names, found[0][1].start())
    out = []
    for i, m in found:
        if m.group(1) in _QUESTION_LABELS:
            continue  # a Q&A's questions are the outlet's own voice
        s, e = _trim_content(text, m.end(), doc.paragraphs[i].end)
        if s >= e:
            continue
        raw = _Raw([(s, e)], i, True, kind="direct")
        raw.cue = Cue(":", m.end(1), m.end(1) + 1, "neutral", ":")
        raw.speaker = _speaker(doc, names, m.start(1), m.end(1))
        if interviewee is not None and m.group(1) in _ANSWER_LABELS:
            raw.speaker = replace(raw.speaker, name=interviewee, descriptor=None, anonymous=False)
        out.append(raw)
    return out


def _most_named_person(names: _Names, offset: int) -> str | None:
    """The person an interview's introduction names most often before ``offset`` (the first at a tie): whom a
    Q&A's answers belong to. The last one named is as often the reporter or someone the subject mentions."""
    counts: dict[str, int] = {}
    for s, e, full, person in names.runs[:bisect_left(names.starts, offset)]:
        if person and e <= offset and names.a_person_at(s, e):
            resolved = _full_name(names, full)
            counts[resolved] = counts.get(resolved, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def _nominal_reports(doc: Document, names: _Names, nominals: list[int],
                     cues: tuple[list[_CueHit], list[int]]) -> list[_Raw]:
    """`his criticism of the levy`, `Okafor's sharp attacks on the port board`: a noun for what someone
    said, with its possessor (the speaker) and its preposition; the content is what follows, to the end
    of its clause. Without a possessor ("the criticism of", "faced attacks on") nobody is named, and
    PolNeAR attributes such phrases too seldom for them to count."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    table = _nominal_cues()
    out = []
    for t in nominals:
        prep, word = table[lows[t]]
        sentence = doc.sentences[tokens[t].sentence]
        lo, hi = sentence.first_token, sentence.last_token
        if sentence.kind != "body" or t + 2 >= hi or lows[t + 1] != prep:
            continue
        owner = t - 1 if t - 1 >= lo and tokens[t - 1].is_word and lows[t - 1] not in _POSSESSIVE_DETERMINERS \
            and lows[t - 1].isalpha() and t - 2 >= lo and (lows[t - 2] in _POSSESSIVE_DETERMINERS
                                                           or lows[t - 2] in _POSSESSIVE) else t
        owner -= 1  # the possessor, or "’s" after it, right before the noun (one adjective between)
        if owner < lo:
            continue
        if lows[owner] in _POSSESSIVE_DETERMINERS:
            speaker = (tokens[owner].start, tokens[owner].end, None)
        elif lows[owner] in _POSSESSIVE and owner - 1 >= lo and _is_capital(tokens[owner - 1]):
            i = _run_back(doc, owner - 1, lo)
            speaker = (tokens[i].start, tokens[owner - 1].end, None)
        else:
            continue
        clause = prep == "that"  # "his claim that the levy was legal": a content clause, "that" included
        k = t + 1 if clause else t + 2
        end = k
        verbs = 0 if clause else 1  # a content clause has a verb of its own; the next one is the sentence's
        stops = _CONTENT_CLAUSE_STOPS if clause else _NOMINAL_STOPS
        while end < hi and not (tokens[end].text in stops or verbs and lows[end] in _AUXILIARIES
                                and lows[end - 1] not in _AUXILIARIES) or \
                end < hi and tokens[end].text == "." and _ABBREVIATION.fullmatch(tokens[end - 1].text + "."):
            verbs += lows[end] in _AUXILIARIES
            end += 1  # to the clause's end or its verb ("criticism of the levy was sharp"), past "Mr."
        start = tokens[k].start
        stop = tokens[end].start if end < hi else sentence.end
        comma_end = tokens[end].end if end < hi and tokens[end].text == "," else None
        if clause and comma_end is not None and doc.text.startswith(_CLOSING_AFTER_COMMA, comma_end):
            stop = comma_end + (2 if doc.text.startswith("''", comma_end) else 1)  # "would ''lose,''"
        s, e = _trim_content(doc.text, start, _cut_at_next_cue(doc, *cues, start, stop))
        if e <= s:
            continue
        raw = _Raw([(s, e)], sentence.paragraph, True, kind="indirect")
        raw.cue = Cue(doc.text[tokens[t].start: tokens[t + 1].end], tokens[t].start, tokens[t + 1].end,
                      word.category, word.lemma)
        raw.speaker = _speaker(doc, names, *speaker)
        if raw.speaker.name is None and lows[owner] in ("his", "her"):  # as for "he" and "she"
            raw.speaker = replace(raw.speaker, name=_previous_person(names, speaker[0], _PRONOUN_GENDER[lows[owner]]))
        out.append(raw)
    return out


# "Okafor is widely seen as the favourite", "the levy is considered a mistake", "Roe was declared the winner",
# "she is known for her candour", "migrants were blamed for the fire": a judgement or a verdict held or given by
# people the outlet leaves unnamed (PolNeAR attributes it with no source, like "is expected to"). Each
# participle with the lemma and category it stands for and the words that must follow it (None: any word
# but those of `_NOT_A_JUDGEMENT_AFTER`); a preposition there is part of the cue, an article part of the content.
_OPINION_PARTICIPLES = {
    "seen": ("see", "tentative", frozenset({"as"})),
    "viewed": ("view", "tentative", frozenset({"as"})),
    "regarded": ("regard", "tentative", frozenset({"as"})),
    "considered": ("consider", "tentative", None),
    "deemed": ("deem", "tentative", None),
    "known": ("know", "neutral", frozenset({"as", "for"})),
    "described": ("describe", "neutral", frozenset({"as"})),
    "declared": ("declare", "neutral", frozenset({"the", "a", "as"})),
    "projected": ("project", "neutral", frozenset({"the", "as"})),
    "dubbed": ("dub", "neutral", None),
    "hailed": ("hail", "stance", frozenset({"as"})),
    "touted": ("tout", "stance", frozenset({"as"})),
    "criticized": ("criticize", "stance", frozenset({"for", "as"})),
    "criticised": ("criticize", "stance", frozenset({"for", "as"})),
    "accused": ("accuse", "evaluative", frozenset({"of"})),
    "blamed": ("blame", "stance", frozenset({"for"})),
}
_ARTICLES = frozenset({"the", "a", "an"})
_OPINION_COPULAS = frozenset({"is", "are", "was", "were", "be", "been"})
# Adverbs between the copula and the participle ("is widely seen as").
_OPINION_ADVERBS = frozenset({"widely", "generally", "largely", "also", "often", "now", "still", "long", "broadly",
                              "increasingly", "already", "commonly", "universally", "not", "n't", "never"})
# After "considered" / "deemed", words that make it no judgement: "considered for debate", "deemed by the
# court" (an agent: `_passive_agent` reads it), "considered to be" (the raising verb's own rule).
_NOT_A_JUDGEMENT_AFTER = frozenset({"for", "by", "to", "that", "in", "at", "on", "and", "or", "but", "when", "if"})


def _opinion_passives(doc: Document, cues: tuple[list[_CueHit], list[int]]) -> list[_Raw]:
    """`The walk-off is considered one of the largest`, `Okafor is widely seen as the favourite`: what the
    subject is held to be, the subject included; nobody is named as holding it. Only with a subject phrase
    of its own: after a relative pronoun ("who is seen as …") the judgement is an aside about someone."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    n = len(tokens)
    out = []
    for t in compress(range(n), map(_OPINION_PARTICIPLES.__contains__, lows)):
        sentence = doc.sentences[tokens[t].sentence]
        lo, hi = sentence.first_token, sentence.last_token
        if sentence.kind != "body" or t + 2 >= hi or not tokens[t].text.islower():
            continue
        lemma, category, after = _OPINION_PARTICIPLES[lows[t]]
        if after is not None and lows[t + 1] not in after \
                or after is None and (lows[t + 1] in _NOT_A_JUDGEMENT_AFTER or not tokens[t + 1].is_word):
            continue
        last = t if after is None or lows[t + 1] in _ARTICLES else t + 1
        aux = t - 1
        while aux > lo and t - aux <= 2 and lows[aux] in _OPINION_ADVERBS:
            aux -= 1
        if aux <= lo or lows[aux] not in _OPINION_COPULAS:
            continue
        group = aux  # the verb group's first word: "has long been", "will also be", "must be"
        while group - 1 > lo and (lows[group - 1] in _AUXILIARIES or lows[group - 1] in _OPINION_ADVERBS
                                  or lows[group - 1] in _MODALS):
            group -= 1
        if lows[group - 1] in _RELATIVE_PRONOUNS or lows[group - 1] in _DUMMY_SUBJECTS:
            continue
        subject = _sentence_subject(doc, group, lo)
        if subject is None:
            continue
        start = tokens[last + 1].start
        end = last + 1
        while end < hi and tokens[end].text not in _CONTENT_CLAUSE_STOPS:
            end += 1
        stop = tokens[end].start if end < hi else sentence.end
        s, e = _trim_content(doc.text, start, _cut_at_next_cue(doc, *cues, start, stop))
        if e <= s:
            continue
        raw = _Raw([(subject[0], tokens[group - 1].end), (s, e)], sentence.paragraph, True, kind="indirect")
        raw.cue = Cue(doc.text[tokens[t].start: tokens[last].end], tokens[t].start, tokens[last].end, category,
                      lemma)
        out.append(raw)
    return out


_CLOSING_AFTER_COMMA = ("''", "”", '"')  # a quotation closing right after the comma that ends the clause
_NOMINAL_STOPS = frozenset({",", ";", ":", "—", "–", "(", ".", "“", '"', "!", "?"})
# A content clause may quote words ("her claim that she “never sent” one"), so only the clause's end stops it.
_CONTENT_CLAUSE_STOPS = frozenset({",", ";", ":", "—", "–", "(", ".", "!", "?"})


_POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys", "study", "studies", "polling"})
# A source before a headline's colon that names no one: a poll, a study, a report ("Report: Port to close").
_HEADLINE_SOURCE_NOUNS = frozenset(_POLL_NOUNS | {"report", "reports", "records", "documents", "filings"})
_POLL_PHRASE_MAX = 12


def _poll_phrase_end(doc: Document, k: int, hi: int) -> int | None:
    """From ``k`` (after "in"): the token index just past `a new CNN/ORC poll (released Monday)`, when its
    head noun is a poll's, or None. The phrase holds words and names only, no clause."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    head = None
    j = k
    while j < hi and j - k < _POLL_PHRASE_MAX and (tokens[j].is_word or tokens[j].text in ("/", "-", "’s", "'s", ".")):
        if lows[j] in _POLL_NOUNS:
            head = j
        elif head is not None and lows[j] not in ("released", "conducted", "published", "taken", "last", "this",
                                                    "on", "in", "by", "of", "the", "month", "week") \
                and not _time_word(tokens, j, hi) and not _is_capital(tokens[j]):
            break
        if lows[j] in _CLAUSE_OPENERS or lows[j] in _AUXILIARIES or lows[j] in _SUBORDINATORS:
            break
        j += 1
    return None if head is None else j


def _poll_findings(doc: Document, names: _Names, polls: list[int]) -> list[_Raw]:
    """`In a new CNN poll, 50 percent chose Okafor`, `Okafor leads in the latest survey`: a finding the
    outlet attributes to a poll by a phrase, not a verb (PolNeAR marks "in" as the cue and the poll as the
    source). The clause is the content; the poll phrase is the speaker. Only sentences holding one of
    ``polls`` (poll nouns' token indices) are looked at."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    out = []
    seen = set()
    for t in polls:  # the poll nouns' token indices (from `_cue_hits`)
        si = tokens[t].sentence
        if si in seen:
            continue
        seen.add(si)
        sentence = doc.sentences[si]
        lo, hi = sentence.first_token, sentence.last_token
        if sentence.kind != "body" or hi - lo < 6:
            continue
        end = _poll_phrase_end(doc, lo + 1, hi) if lows[lo] == "in" else None
        if end is not None:
            if end >= hi - 3 or tokens[end].text != ",":
                continue
            s, e = _trim_content(doc.text, tokens[end].end, sentence.end)
            source = (tokens[lo + 1].start, tokens[end - 1].end)
        else:  # (also after an opening phrase with "in" that names no poll: "In her best result yet, …")
            last = hi - 1 if tokens[hi - 1].text in (".", "!") else hi
            k, end = _trailing_poll_phrase(doc, lo, last)
            if k is None:
                continue
            s, e = _trim_content(doc.text, sentence.start, tokens[k].start)
            head = max(j for j in range(k + 1, end) if lows[j] in _POLL_NOUNS)
            source = (tokens[k + 1].start, tokens[head].end)  # "statewide polls (in Ohio)": the polls
        if _words(doc, s, e, at_most=_MIN_CONTENT_WORDS) < _MIN_CONTENT_WORDS:
            continue
        raw = _Raw([(s, e)], sentence.paragraph, True, kind="indirect")
        cue_tok = lo if source[0] == tokens[lo + 1].start else k
        raw.cue = Cue(tokens[cue_tok].text, tokens[cue_tok].start, tokens[cue_tok].end, "neutral", "in")
        raw.speaker = _speaker(doc, names, *source)
        out.append(raw)
    return out


# "To them, …", "To many, …": the one word that stands for the people whose view a sentence gives.
_VIEW_HOLDER_WORDS = frozenset({"him", "her", "them", "me", "us", "many", "some", "others", "most", "critics",
                                "supporters", "voters"})
_VIEW_HOLDER_MAX_TOKENS = 6


def _view_holder_end(doc: Document, lo: int, hi: int) -> int | None:
    """Token index of the comma closing `To Okafor,` / `To many fishermen,` / `To them,` at the start of a
    sentence (``lo`` its "To"), when the words between name someone whose view it is: a pronoun or
    quantifier standing for people, a noun for people ("White House officials") or a capitalised name;
    not an infinitive ("To be sure,"), a direction ("To the north,") or a time ("To this day,")."""
    lows = doc.lower_texts()
    tokens = doc.tokens
    comma = next((k for k in range(lo + 1, min(hi, lo + 2 + _VIEW_HOLDER_MAX_TOKENS)) if lows[k] == ","), None)
    if comma is None or comma == lo + 1 or comma + 3 >= hi or not all(t.is_word for t in tokens[lo + 1: comma]):
        return None
    head = lows[comma - 1]
    if comma == lo + 2 and head in _VIEW_HOLDER_WORDS:
        return comma
    lex = lexicon()
    if _people_plural(head, lex) or head in lex.roles:
        return comma
    named = lows[lo + 1] not in _NAME_STOP and all(
        _is_capital(tokens[k]) or lows[k] in _NAME_LINKS and k > lo + 1 for k in range(lo + 1, comma))
    return comma if named and _is_capital(tokens[comma - 1]) else None


# Verbs whose indirect object a fronted "To X," can be: "To Congress, the president sent a letter" (Congress is
# where the letter went, not whose view the clause gives).
_TRANSFER_VERBS = frozenset({
    "send", "sends", "sent", "give", "gives", "gave", "given", "write", "writes", "wrote", "written", "deliver",
    "delivers", "delivered", "hand", "hands", "handed", "mail", "mails", "mailed", "submit", "submits", "submitted",
    "present", "presents", "presented", "offer", "offers", "offered", "speak", "speaks", "spoke", "spoken",
    "talk", "talks", "talked", "address", "addresses", "addressed", "sell", "sells", "sold", "lend", "lends", "lent",
    "owe", "owes", "owed", "return", "returns", "returned", "forward", "forwarded",
    "award", "awards", "awarded", "grant", "grants", "granted", "donate", "donates", "donated", "pledge", "pledged",
    "promise", "promises", "promised", "report", "reports", "reported", "explain", "explains", "explained",
    "appeal", "appeals", "appealed"})  # (not "came", "passed": "To many, it came as a shock" is a view)
_RECIPIENT_VERB_REACH = 8  # tokens after "To X," where the main clause's verb stands ("the harbour board sent")


def _sends_to(doc: Document, first: int, hi: int) -> bool:
    """Whether the main clause after a fronted "To X," (from token ``first``) has a verb of sending, giving,
    writing or speaking to before its first comma: X is then the recipient or destination of that act, not the
    one whose view the clause gives."""
    lows = doc.lower_texts()
    for k in range(first, min(hi, first + _RECIPIENT_VERB_REACH)):
        if lows[k] == ",":
            return False
        if lows[k] in _TRANSFER_VERBS:
            return True
    return False


def _view_reports(doc: Document, names: _Names) -> list[_Raw]:
    """`To Okafor, the levy is a tax on the poor`, `To many fishermen, the pier was a betrayal`: a sentence
    opening with "To" and someone gives that someone's view, as "according to" or "in her view" would (PolNeAR
    marks "To" as the cue and the one named as the source). The clause after the comma is the content."""
    tokens = doc.tokens
    out = []
    for sentence in doc.sentences:
        lo, hi = sentence.first_token, sentence.last_token
        if tokens[lo].text != "To" or sentence.kind != "body":
            continue
        comma = _view_holder_end(doc, lo, hi)
        if comma is None or _sends_to(doc, comma + 1, hi):
            continue
        s, e = _trim_content(doc.text, tokens[comma].end, sentence.end)
        if _words(doc, s, e, at_most=_MIN_CONTENT_WORDS) < _MIN_CONTENT_WORDS:
            continue
        raw = _Raw([(s, e)], sentence.paragraph, True, kind="indirect")
        raw.cue = Cue(tokens[lo].text, tokens[lo].start, tokens[lo].end, "neutral", "to")
        raw.speaker = _speaker(doc, names, tokens[lo + 1].start, tokens[comma - 1].end)
        out.append(raw)
    return out


_POLL_CLAUSE_MIN_WORDS = 4
_POLL_CLAUSE_NOT_FIRST = frozenset({"despite", "depending", "neither", "unlike", "with", "without", "even", "given"})


def _trailing_poll_phrase(doc: Document, lo: int, last: int) -> tuple[int | None, int]:
    """`Okafor leads Lee in the latest survey.`, `Okafor was 20 points ahead in polls taken in June, largely on
    …`: the "in" of a poll phrase closing the clause that opens the sentence (at the sentence's end, or at a
    comma after a main clause with no relative pronoun in it, and not a concession's: "Though she leads in the
    Ohio polls, …"), and the token just past the phrase; (None, 0)."""
    lows = doc.lower_texts()
    conceded = lows[lo] in _ADVERBIAL_SUBORDINATORS or lows[lo] in _POLL_CLAUSE_NOT_FIRST
    for k in range(lo + 3, last):
        if lows[k] != "in":
            continue
        if lows[k - 1] in _RELATIVE_PRONOUNS or lows[k - 2] in _RELATIVE_PRONOUNS:
            return None, 0  # "…, who leads in the polls": the relative clause's finding
        end = _poll_phrase_end(doc, k + 1, last)
        if end is not None and "to" in lows[k + 1: end]:
            continue  # "in towns going to the polls": the polls voters go to, no survey
        if end == last:
            return k, end
        if end is not None and doc.tokens[end].text == "," and _words(doc, doc.tokens[lo].start, doc.tokens[k].start,
                                                                      at_most=_POLL_CLAUSE_MIN_WORDS) \
                >= _POLL_CLAUSE_MIN_WORDS and lows[lo] != "in" and not conceded \
                and not any(w in _RELATIVE_PRONOUNS or w == "," for w in lows[lo:k]):
            return k, end
    return None, 0


def _near(quoted: list[tuple[int, int]], offset: int) -> list[tuple[int, int]]:
    i = bisect_right(quoted, (offset, 1 << 62))
    return quoted[max(0, i - 3): i]


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Whether ``offset`` falls in one of the last three sorted spans starting at or before it (as ``_near``):
    those start at or before it by the bisection, so only their ends are compared (written out, no loop: it
    is asked of every cue)."""
    i = bisect_right(spans, (offset, 1 << 62))
    return i > 0 and (offset < spans[i - 1][1] or i > 1 and (offset < spans[i - 2][1]
                                                              or i > 2 and offset < spans[i - 3][1]))


def _has_cue_between(hits: list[_CueHit], starts: list[int], a: _Raw, b: _Raw) -> bool:
    i = bisect_left(starts, a.end)
    return i < len(hits) and hits[i].start < b.start and (a.cue is None or hits[i].start != a.cue.start)


def _paragraph_of(doc: Document, offset: int) -> int:
    si = doc.sentence_at(offset)
    if si is not None:
        return doc.sentences[si].paragraph
    starts = [p.start for p in doc.paragraphs]
    return max(0, bisect_right(starts, offset) - 1)


def _excluded_between(doc: Document, a: int, b: int) -> int:
    return sum(1 for p in doc.paragraphs[a + 1: b] if p.kind == "excluded") if b - a < 5 else 0


# What opens a paragraph before its first sentence's own words: a wire dateline ("RIYADH, Dec 6 (Gulf Wire) -",
# "WASHINGTON —") or a live blog's time stamp ("9:45 a.m. —", "14:05 GMT -"). Reported speech that starts
# the paragraph starts after it: the dateline is the outlet's, not the source's.
_PARAGRAPH_LABEL = re.compile(
    r"(?:[A-Z][A-Z’'.-]{2,}(?: [A-Z][A-Z’'.-]+){0,3}(?:,[^\n,—–()]{1,25}){0,2}(?: ?\([^()\n]{1,30}\))?"
    r"|\d{1,2}(?:[:.]\d\d)?(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?)"
    r" ?(?:[—–]|--?) ?")


def _past_paragraph_label(text: str, start: int, end: int) -> int:
    """``start`` moved past a dateline or time stamp that opens the paragraph there."""
    if start and text[start - 1] != "\n":
        return start
    label = _PARAGRAPH_LABEL.match(text, start, end)
    return label.end() if label is not None and label.end() < end else start


# A quotation closed before a comma and "which": the clause after it comments on the quoted words ("said the
# mayor “respects the process,” which is a polite way of saying …"), the outlet's voice unless it quotes again.
_WHICH_AFTER_QUOTATION = re.compile(r",[\"”’] which\b")


def _finish(doc: Document, raw: _Raw) -> Quote:
    parts = raw.parts
    start, end = parts[0][0], parts[-1][1]  # (raw.start, raw.end, read directly)
    if parts and parts[0][0] == start and (start == 0 or doc.text[start - 1] == "\n"):
        moved = _past_paragraph_label(doc.text, start, parts[0][1])
        if moved != start:
            start, parts = moved, [(moved, parts[0][1]), *parts[1:]]
    if raw.kind != "direct" and parts and parts[-1][1] == end:
        which = _WHICH_AFTER_QUOTATION.search(doc.text, parts[-1][0], end)
        if which is not None and not any(c in '"“' for c in doc.text[which.end():end]):
            end = which.start() + 2  # through the closing mark
            parts = [*parts[:-1], (parts[-1][0], end)]
    return Quote(start, end, doc.text[start:end], raw.kind, raw.speaker, raw.cue,
                 list(starmap(Span, parts)), raw.paragraph, raw.inherited)


# ---------------------------------------------------------------- refusals to comment


@quick_init
@dataclass(frozen=True, slots=True)
class NoComment:
    """A source that said nothing when asked: "declined to comment", "did not respond to requests for
    comment". No words of theirs to quote, but that a side was asked and stayed silent is part of how the
    story is told, so the report lists it (``no_comment``) instead of quoting "requests for comment"."""

    start: int
    end: int
    text: str  # the cue and what was declined: "did not respond to requests for comment"
    speaker: Speaker | None
    cue: Cue  # "declined", "did not respond" (a negation kept with the verb it turns into a refusal)


# Verbs that refuse by themselves ("declined to comment") and verbs that refuse only when negated ("did not
# respond to a request for comment"; "responded to requests for comment by saying …" answers).
_REFUSING_LEMMAS = frozenset({"decline", "refuse"})
_ANSWERING_LEMMAS = frozenset({"respond", "reply"})
_NO_COMMENT_LEMMAS = _REFUSING_LEMMAS | _ANSWERING_LEMMAS | {"call"}  # ("call": calls not returned)
_NEGATORS = frozenset({"not", "never", "n't"})
_NEGATION_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had", "would", "could", "will", "can"})
_NEGATION_ADVERBS = frozenset({"immediately", "yet", "also", "still", "repeatedly"})
_REFUSED_COMMENT = re.compile(r"(?:to\s+)?comment\b", re.IGNORECASE)  # "to comment (on …)", "declined comment"
# what a silence answered: "(to) a request for comment", "requests to comment", "an email seeking comment"
_UNANSWERED_REQUEST = re.compile(r"[^.;:!?\n]{0,60}?\b(?:for|seeking|to)\s+comment\b", re.IGNORECASE)


# Spaces within one line: a line break ends a paragraph (``segment._lines``), and a silence told in one line does
# not run on into the next ("… could not be\nreached" is two paragraphs, a heading and a body).
_IN_LINE_SPACE = r"[^\S\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]"


def _in_line(pattern: str) -> str:
    """``pattern`` with its whitespace (``\\s``) kept within one line."""
    return pattern.replace(r"\s", _IN_LINE_SPACE)


def _negation_start(doc: Document, t: int) -> int | None:
    """The first token of the negation before the verb at ``t`` ("did not (immediately)", "didn't", "has
    not yet") in the verb's sentence, or None when the verb is not negated. The one reader of a silence's
    negation: for the verbs of answering the attributions found and for the "comment" or "return" the literal
    scan finds."""
    lows = doc.lower_texts()
    lo = doc.sentences[doc.tokens[t].sentence].first_token  # (a line break ends a heading: "… did not\ncomment …")
    k = t - 1
    while k >= lo and lows[k] in _NEGATION_ADVERBS and k > t - 3:
        k -= 1
    if k >= lo and lows[k] in _NEGATED_AUXILIARIES:  # "didn't", "hasn’t", "cannot": one token
        return k
    if k > lo and lows[k] in _NEGATORS and lows[k - 1] in _NEGATION_AUXILIARIES:
        return k - 1
    return None


# Before the "calls" a source did not return: "did not return calls (seeking comment)", "didn't return our calls".
_RETURNED_CALL_WORDS = frozenset({"phone", "telephone", "repeated", "several", "multiple", "our", "the", "his",
                                  "her", "their", "its", "two", "three"})


def _unreturned_calls(doc: Document, cue: Cue) -> int | None:
    """The first token of "did not return" when the cue is the noun "calls" that a negated "return" takes
    ("did not (immediately) return calls seeking comment", "didn't return two phone calls"), else None: a
    silence, not a call someone made."""
    t = doc.token_at(cue.start)
    if t is None or cue.lemma != "call" or not doc.tokens[t].text.lower().startswith("call"):
        return None
    lows = doc.lower_texts()
    k = t - 1
    while k > 0 and t - k <= 3 and lows[k] in _RETURNED_CALL_WORDS:
        k -= 1
    if lows[k] not in ("return", "returned"):
        return None
    return _negation_start(doc, k)


def _refusal(doc: Document, quote: Quote) -> NoComment | None:
    """``quote`` as a refusal to comment, or None when it reports something said."""
    cue = quote.cue
    if cue is None or quote.kind != "indirect" or cue.lemma not in _NO_COMMENT_LEMMAS:
        return None
    text = doc.text
    if cue.lemma == "call":
        first = _unreturned_calls(doc, cue)
        if first is None:
            return None
        cue_start = doc.tokens[first].start
        cue_end = doc.tokens[doc.token_at(cue.start) - 1].end  # "did not return": the silence, before "calls"
        end = max(quote.end, cue.end)  # (the text runs on through "calls seeking comment")
        cue = Cue(text[cue_start:cue_end], cue_start, cue_end, "neutral", "return")
        return NoComment(cue_start, end, text[cue_start:end], quote.speaker, cue)
    if cue.lemma in _REFUSING_LEMMAS:
        if not _REFUSED_COMMENT.match(text, quote.start, quote.end):
            return None
        cue_start = cue.start
    else:
        t = doc.token_at(cue.start)
        first = _negation_start(doc, t) if t is not None else None
        if first is None or not _UNANSWERED_REQUEST.match(text, quote.start, quote.end):
            return None
        cue_start = doc.tokens[first].start
        cue = Cue(text[cue_start:cue.end], cue_start, cue.end, cue.category, cue.lemma)
    # the cue and what was declined, in either order ("Comment was declined by the board": a passive's
    # content stands before its cue)
    start, end = min(cue_start, quote.start), max(quote.end, cue.end)
    return NoComment(start, end, text[start:end], quote.speaker, cue)


def refusal_per_attribution(doc: Document, *, attributions: list[Quote]) -> list[NoComment | None]:
    """Each attribution as a refusal to comment, or None where it reports words: read once, since both the
    quotes (which leave refusals out) and ``no_comment`` (which lists them) need the answer."""
    return [_refusal(doc, q) if q.cue is not None and q.cue.lemma in _NO_COMMENT_LEMMAS else None
            for q in attributions]


def spoken_quotes(doc: Document, *, attributions: list[Quote],
                  refusals: Sequence[NoComment | None] | None = None) -> list[Quote]:
    """The attributions that report words: all but the refusals to comment (the report's ``quotes``).
    ``refusals`` is the refusals stage's answer for ``attributions`` (read here when not given)."""
    if refusals is None:
        refusals = refusal_per_attribution(doc, attributions=attributions)
    withheld = _withheld_spans(doc)
    return [q for q, refusal in zip(attributions, refusals, strict=True) if refusal is None
            and not (withheld and q.cue is not None and q.kind == "indirect"
                     and any(a <= q.cue.start < b for a, b in withheld))]


def _withheld_spans(doc: Document) -> list[tuple[int, int]]:
    """The spans of the silences `_withheld` reads ("didn't return repeated messages seeking comment"): a cue
    inside one ("repeated") reports nothing."""
    text = doc.text
    return [(start, (tail.end() if (tail := _WHAT_WITHHELD.match(text, end)) else end))
            for start, _, end in _withheld_matches(doc)]


def _subject_speaker(doc: Document, names, t: int, plain_subject: bool = False) -> Speaker | None:
    """Who a silence at token ``t`` is told of, read back from it as for a verb of saying; with
    ``plain_subject``, also a plain noun phrase that opens the sentence ("The harbour board did not …"), which
    no speaker rule reads when no verb of saying follows."""
    lo = doc.sentences[doc.tokens[t].sentence].first_token
    left = _left_speaker(doc, t, lo) if t > lo else None
    if left is None and plain_subject and t > lo and _plain_noun_phrase_back(doc, t - 1, lo) == lo:
        left = doc.tokens[lo].start, doc.tokens[t - 1].end, None
    return _speaker(doc, names, left[0], left[1], left[2]) if left else None


# A source the outlet could not ask: "could not (immediately) be reached for comment", "was not available for
# comment". No verb of saying (PolNeAR marks none), but the same silence in the story as a refusal.
_UNREACHED = re.compile(_in_line(
    r"\b(?:(?:could|can)(?:\s+not|n[’']t)|cannot)\s+(?:be\s+)?(?:immediately\s+)?(?:be\s+)?reached"
    r"|\b(?:was|were|is|are)\s+(?:not\s+(?:immediately\s+)?available|unavailable)"
))
_FOR_COMMENT = re.compile(_in_line(r"\s+(?:(?:on\s+)?\w+day\s+)?for\s+comment\b"))


def _unreached(doc: Document, names: Callable[[], _Names], quoted: list[tuple[int, int]]) -> list[NoComment]:
    """`Okafor could not be reached for comment.`: the sources the outlet tried and failed to reach, each with
    the subject before it as its speaker (read back as for a verb of saying). Inside a quotation the words
    are a speaker's (`“half the crew could not be reached for comment,” Okafor said`), not the outlet's
    account of its own reporting."""
    text = doc.text
    if "for comment" not in text:  # (one scan in C: most articles have no such line)
        return []
    found = []
    for m in _UNREACHED.finditer(text):
        tail = _FOR_COMMENT.match(text, m.end())
        t = doc.token_at(m.start())
        if tail is None or t is None or _inside(quoted, m.start()):
            continue
        speaker = _subject_speaker(doc, names(), t)
        cue = Cue(m.group(), m.start(), m.end(), "neutral", "reach" if m.group().endswith("reached") else "be")
        found.append(NoComment(m.start(), tail.end(), text[m.start():tail.end()], speaker, cue))
    return found


# A silence told by a negated verb that names no verb of saying the attribution stage reads: "wouldn't comment
# (on …)", "did not immediately comment", "did not return phone calls (seeking comment)", "didn't return repeated
# messages" (the bare "comment" is no cue: "to comment" is mostly a request, and "calls" after another noun
# is no subject's stance).
_WITHHELD_WORDS = ("comment", "return")  # (found by a literal scan in C first: most texts hold no silence)
_WITHHELD_AFTER = re.compile(_in_line(
    r"comment\b|return(?:ed)?(?=\s)(?:\s+[\w-]+){0,2}?\s+(?:calls|messages|e-?mails)\b"))
_WHAT_WITHHELD = re.compile(_in_line(
    r"\s+(?:on\s+[^.,;:!?\n\r“”\"]{1,60}|(?:seeking|for)\s+comment\b[^.,;:!?\n\r“”\"]{0,40})"))


def _withheld(doc: Document, names: Callable[[], _Names], quoted: list[tuple[int, int]],
              taken: Sequence[NoComment]) -> list[NoComment]:
    """"The mayor wouldn't comment.", "The harbour board did not return phone calls seeking comment.": each
    silence with the subject before it as its speaker (read back as for a verb of saying), unless a refusal the
    attributions gave already holds it or a quotation does (the words are then a speaker's own)."""
    text = doc.text
    found = []
    for start, verb, core_end in _withheld_matches(doc):
        t = doc.token_at(start)
        if t is None or _inside(quoted, start) or any(n.start <= start < n.end for n in taken):
            continue
        speaker = _subject_speaker(doc, names(), t, plain_subject=True)
        if text.startswith("comment", verb):
            cue = Cue(text[start:core_end], start, core_end, "neutral", "comment")
        else:  # "did not return": the silence, before what went unanswered
            verb_end = verb + (8 if text.startswith("returned", verb) else 6)
            cue = Cue(text[start:verb_end], start, verb_end, "neutral", "return")
        tail = _WHAT_WITHHELD.match(text, core_end)
        end = tail.end() if tail else core_end
        found.append(NoComment(start, end, text[start:end], speaker, cue))
    return found


def _withheld_matches(doc: Document) -> list[tuple[int, int, int]]:
    """(start of the negation, start of the verb, end of "comment" or of the calls) of each negated "comment" or
    unreturned calls in the text: the verb found by a literal scan, its negation read back from its token as
    for a verb of answering (`_negation_start`)."""
    text = doc.text
    found = []
    for word in _WITHHELD_WORDS:
        at = text.find(word)
        while at != -1:
            after = _WITHHELD_AFTER.match(text, at) if at == 0 or not text[at - 1].isalnum() else None
            t = doc.token_at(at) if after else None
            first = _negation_start(doc, t) if t is not None and doc.tokens[t].start == at else None
            if first is not None:
                found.append((doc.tokens[first].start, at, after.end()))
            at = text.find(word, at + len(word))
    return sorted(found) if len(found) > 1 else found


def no_comment(doc: Document, *, attributions: list[Quote], mentions=(),
               refusals: Sequence[NoComment | None] | None = None) -> list[NoComment]:
    """Sources that declined to comment, did not answer a request for comment or could not be reached for
    one, in text order (the report's ``no_comment``). ``refusals`` is the refusals stage's answer for
    ``attributions`` (read here when not given)."""
    if refusals is None:
        refusals = refusal_per_attribution(doc, attributions=attributions)
    found = [refusal for refusal in refusals if refusal is not None]
    text = doc.text
    if "comment" not in text and "eturn" not in text:  # (one scan in C: most articles hold no silence)
        return found
    quoted = sorted((q.start, q.end) for q in attributions if q.kind != "indirect")  # (for a bisection)
    index: list[_Names] = []

    def names() -> _Names:
        """The name index both silences read their speakers from: built once, at the first silence found."""
        if not index:
            index.append(_name_index(doc, mentions))
        return index[0]

    more = _unreached(doc, names, quoted) + _withheld(doc, names, quoted, found)
    return sorted(found + more, key=attrgetter("start")) if more else found


# ---------------------------------------------------------------- the sources summary


@quick_init
@dataclass(frozen=True, slots=True)
class SpeakerCount:
    name: str | None
    descriptor: str | None
    anonymous: bool
    quotes: int


@dataclass(frozen=True, slots=True)
class Sources:
    """Whose voices the article carries: named vs anonymous, how often each speaks, in which verbs."""

    quotes: int = 0
    direct: int = 0
    indirect: int = 0
    mixed: int = 0
    named_speakers: int = 0  # distinct named speakers
    named_quotes: int = 0
    anonymous_quotes: int = 0
    unattributed_quotes: int = 0  # no speaker found
    described_quotes: int = 0  # a speaker known only by a description that hides no one: "the mayor", "the company"
    speakers: list[SpeakerCount] = field(default_factory=list)  # most quoted first
    cues: dict[str, int] = field(default_factory=dict)  # cue category -> count
    source_words: int = 0  # words inside quoted or reported content
    share_sources: float = 0.0  # of the article's words: the sources' voice
    share_outlet: float = 0.0  # the rest: the outlet's own words
    no_comment: int = 0  # sources that declined to comment or did not answer (the report's ``no_comment``)


def source_summary(doc: Document, *, quotes: list[Quote], no_comment: Sequence[NoComment] = ()) -> Sources:
    """Counts over the quotes stage (and the refusals to comment beside it): the report's `sources` field."""
    kinds = Counter(q.kind for q in quotes)
    per_speaker: Counter = Counter()
    info: dict[tuple, tuple] = {}
    named = anonymous = unattributed = described = 0
    for q in quotes:
        sp = q.speaker
        if sp is None or (sp.name is None and not sp.anonymous and not sp.descriptor):
            unattributed += 1
            continue
        if sp.name or any(m.name for m in sp.members):
            named += 1
        else:
            anonymous += sp.anonymous
            described += not sp.anonymous
        for voice in sp.members or (sp,):  # "Poland and Hungary said": each of them is quoted
            key = ("name", voice.name) if voice.name else \
                ("descriptor", (voice.descriptor or voice.text or "").lower())
            per_speaker[key] += 1
            info.setdefault(key, (voice.name, voice.descriptor, voice.anonymous and not voice.name))
    speakers = [SpeakerCount(*info[k], count) for k, count in per_speaker.most_common()]
    cues = Counter(q.cue.category for q in quotes if q.cue is not None)
    source_words = sum(_words(doc, s, e) for s, e in _union(p for q in quotes for p in (q.parts or [q])))
    total = doc.words
    share = source_words / total if total else 0.0
    return Sources(
        quotes=len(quotes), direct=kinds["direct"], indirect=kinds["indirect"], mixed=kinds["mixed"],
        named_speakers=sum(1 for k in per_speaker if k[0] == "name"), named_quotes=named,
        anonymous_quotes=anonymous, unattributed_quotes=unattributed, described_quotes=described,
        speakers=speakers, cues=dict(cues),
        source_words=source_words, share_sources=share, share_outlet=1.0 - share if total else 0.0,
        no_comment=len(no_comment),
    )


def _union(spans) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for s, e in sorted((p.start, p.end) for p in spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]
