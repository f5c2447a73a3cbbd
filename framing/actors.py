"""Actors: the people, organisations, places and groups an article names, and the tone toward each.

Detection is rule-based over the document's tokens, with the project's own
gazetteer (``lexicons/actors``): runs of capitalised tokens, titles before
names, countries with their demonyms and capitals as stand-ins for their
governments, organisation keywords, and demonym + group noun ("North Korean
troops"). Mentions merge by canonical place names, by surname ("Biden" ->
"Joe Biden"), by definite descriptions ("the Democrat" -> the person the
previous sentence named) and by cheap pronoun links (he/she -> the most
recent person of no other known gender), in the spirit of the deterministic sieves of Lee et al.
(Stanford multi-pass coreference, CoNLL 2011).

Tone toward an actor is target-dependent, not the sentence's: each
valenced word (VADER's lexicon, Hutto & Gilbert 2014; plus the evaluative
stage's findings) counts toward a mention by how close it is in tokens, how
many clause boundaries lie between, and whether another actor is nearer --
the proximity and clause heuristics of lexicon-based aspect sentiment (Ding,
Liu & Yu, WSDM 2008). Quoted content counts toward the speaker's view, not
the outlet's: it is discounted in ``tone`` and reported as ``quoted_tone``.
A person's own quoted words say little about them, but for praise and
hope, which count half. A few roles are read from word order: violence
blames its doer, not its victim ("X shot Y", "Y was shot", "Y's murder"); a
win is good for the winner and bad for the loser ("X defeated Y"); a place
after a locative preposition ("protests in Ferguson") is a setting, not
judged.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import chain, compress, starmap
from operator import attrgetter, itemgetter, methodcaller, sub
from typing import NamedTuple

from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE

from .document import Document, Span, Token, TokenIndex, quick_init
from .segment import HEADLINE_MAX_CHARS, SEARCH_MAX_CHARS, TITLE_CASE_LOWER, is_headline
from .wording import WEEKDAYS, WORK_NOUNS, inscription_before, stopwords

# ---------------------------------------------------------------- findings


@quick_init
@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence that sets the tone toward an actor, with that actor's score in it."""

    start: int
    end: int
    score: float  # tone toward the actor in this sentence, -1..1
    voice: str  # "author" or "quoted": whose words carry the valence
    sentence: float = 0.0  # the whole sentence's VADER compound, for contrast


@quick_init
@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    aliases: list[str]
    kind: str  # "person" | "organization" | "place" | "group" | "policy" | "event" (``named_things.tsv``)
    mentions: list[Span]
    tone: float = 0.0  # the outlet's tone toward the actor, -1..1 (quoted speech discounted)
    label: str = "neutral"
    quoted_tone: float | None = None  # what quoted sources say about it, when they do
    overall_tone: float = 0.0  # every voice counted, quoted sources at full weight
    references: list[Span] = field(default_factory=list)  # pronouns resolved to this actor
    roles: dict[str, int] = field(default_factory=dict)  # speaker / subject / object counts
    sentences: int = 0  # sentences that mention it
    affiliation: str | None = None  # the country or person a group or organisation belongs to
    evidence: list[Evidence] = field(default_factory=list)  # strongest sentences, strongest first


# ---------------------------------------------------------------- lexicons


def _lines(name: str) -> list[str]:
    text = resources.files("framing.lexicons.actors").joinpath(name).read_text("utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@dataclass(frozen=True)
class Gazetteer:
    places: dict[str, str]  # surface -> canonical place: a country, or a region of ``regions.tsv``
    demonyms: dict[str, str]  # surface -> country
    organizations: dict[str, str]  # surface -> canonical organisation
    titles: frozenset[str]
    org_words: frozenset[str]
    group_nouns: frozenset[str]
    descriptors: frozenset[str]
    institutions: dict[str, str]  # "company" -> "organization": nouns that refer back to a named body
    not_names: frozenset[str]
    thing_words: frozenset[str]
    product_nouns: frozenset[str]  # "missiles", "vaccine": the name before one is a product's
    first_words: frozenset[str]  # first token of every gazetteer surface and title: a cheap pre-filter
    longest: int  # most tokens in any gazetteer surface
    # Per table, the first words that begin one of its entries (``_heads``): the pre-filter of ``_match``.
    place_heads: frozenset[str]
    demonym_heads: frozenset[str]
    organization_heads: frozenset[str]
    title_heads: frozenset[str]
    # ``regions.tsv``: the country a sub-national or regional surface lies in (an actor's affiliation),
    # its abbreviations that count only with their period ("Calif."), and every regional surface with the
    # postal codes (what a party tag such as "R-Calif" or "D-NY" may hold)
    place_countries: dict[str, str] = field(default_factory=dict)
    dotted: frozenset[str] = frozenset()
    regional: frozenset[str] = frozenset()
    communities: dict[str, str] = field(default_factory=dict)  # "Muslim", "Muslims" -> "Muslims": a group
    given_names: dict[str, str] = field(default_factory=dict)  # "Elizabeth" -> "female": ``given_names.tsv``
    first_names: frozenset[str] = frozenset()  # every given name of that file, those of either gender too
    # ``named_things.tsv``: programmes, laws and named events ("Obamacare" -> "Affordable Care Act"), with
    # each canonical name's kind ("policy", "event"): actors, never persons
    things: dict[str, str] = field(default_factory=dict)
    thing_kinds: dict[str, str] = field(default_factory=dict)
    thing_heads: frozenset[str] = frozenset()
    place_words: frozenset[str] = frozenset()  # "City", "County", "Beach": the last word of a place's name


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The actor lexicons, parsed once per process."""
    places: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for line in _lines("countries.tsv"):
        name, others, adjectives, capitals = (line.split("\t") + ["", "", ""])[:4]
        for surface in _with_curly_apostrophes([name, *others.split("|"), *capitals.split("|")]):
            if surface:
                places[surface] = name
        for surface in adjectives.split("|"):
            if surface:
                demonyms[surface] = name
    place_countries, dotted, regional = _regions(places)
    communities = _surfaces("communities.tsv")
    organizations = _with_dotted_initialisms(_surfaces("organizations.txt"))
    things = _surfaces("named_things.tsv")
    thing_kinds = {line.split("\t")[0]: line.split("\t")[2] for line in _lines("named_things.tsv")}
    titles = _lines("titles.txt")
    given = [line.split("\t") for line in _lines("given_names.tsv")]
    surfaces = [*places, *demonyms, *organizations, *things]
    longest = max(len(_TOKENISH.findall(s)) for s in surfaces)
    first_words = frozenset(_TOKENISH.findall(s)[0] for s in [*surfaces, *titles])
    return Gazetteer(
        places, demonyms, organizations,
        titles=frozenset(titles),
        org_words=frozenset(_lines("organization_words.txt")),
        group_nouns=frozenset(w.lower() for w in _lines("group_nouns.txt")),
        descriptors=frozenset(w.lower() for w in _lines("descriptors.txt")),
        institutions=dict(line.split("\t") for line in _lines("institutions.tsv")),
        not_names=frozenset(_with_curly_apostrophes(_lines("not_names.txt"))),
        thing_words=frozenset(_lines("thing_words.txt")),
        product_nouns=frozenset(_lines("product_nouns.txt")),
        first_words=first_words,
        longest=longest,
        place_heads=_heads(places, first_words),
        demonym_heads=_heads(demonyms, first_words),
        organization_heads=_heads(organizations, first_words),
        title_heads=_heads(titles, first_words),
        place_countries=place_countries, dotted=dotted, regional=regional, communities=communities,
        given_names={name: gender for name, gender in given if gender != "either"},
        first_names=frozenset(name for name, _ in given),
        things=things, thing_kinds=thing_kinds, thing_heads=_heads(things, first_words),
        place_words=frozenset(_lines("place_words.txt")),
    )


def _surfaces(name: str) -> dict[str, str]:
    """Each surface of a "canonical <TAB> other|names" file -> its canonical name."""
    table: dict[str, str] = {}
    for line in _lines(name):
        canonical, others = (line.split("\t") + [""])[:2]  # (a third column, if any, is read by the caller)
        for surface in _with_curly_apostrophes([canonical, *others.split("|")]):
            if surface:
                table[surface] = canonical
    return table


def _with_dotted_initialisms(table: dict[str, str]) -> dict[str, str]:
    """The table with each listed initialism also in its dotted spelling ("FBI" -> "F.B.I.", "NAACP" ->
    "N.A.A.C.P."): house styles (the New York Times', older wire copy) dot what others write solid, and the
    dotted form names the same body; derived here so the lexicon lists each body's letters once."""
    dotted = {".".join(surface) + ".": canonical for surface, canonical in table.items()
              if 2 <= len(surface) <= 6 and surface.isalpha() and surface.isupper()}
    return {**dotted, **table}  # (a spelling the file lists itself keeps its own canonical name)


def _regions(places: dict[str, str]) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """Add ``regions.tsv`` to ``places`` (a country's own surfaces win: "Georgia" stays the country, "Ga." is
    the state); return each regional surface's country, the abbreviations needing their period, and the
    words a party tag may hold after "R-" ("Calif", "Texas", "TX")."""
    countries: dict[str, str] = {}
    dotted: set[str] = set()
    codes: set[str] = set()
    for line in _lines("regions.tsv"):
        name, others, code, country = (line.split("\t") + ["", "", ""])[:4]
        for surface in [name, *others.split("|")]:
            if not surface:
                continue
            if surface.endswith(".") and surface.count(".") == 1:
                surface = surface[:-1]  # tokens end before the period: "Calif" "."
                dotted.add(surface)
            places.setdefault(surface, name)
            if places[surface] == name and country:
                countries[surface] = country
            codes.add(surface)
        if code:
            codes.add(code)
    return countries, frozenset(dotted), frozenset(codes)


def _with_curly_apostrophes(words: list[str]) -> list[str]:
    """The words, and those with a straight apostrophe also with a curly one ("I'm", "I’m"): news copy uses
    both, and the tokeniser keeps either inside the word."""
    return words + [w.replace("'", "’") for w in words if "'" in w]


def _heads(table: Iterable[str], first_words: frozenset[str]) -> frozenset[str]:
    """The first words that are a prefix of an entry of ``table``. A phrase ``_match`` builds starts with
    its first token's text, so it can be an entry only if that text is such a prefix: for any other first
    word the table is not searched (the filter is exact, not a guess about how entries tokenise)."""
    return frozenset(entry[:k] for entry in table for k in range(1, len(entry) + 1) if entry[:k] in first_words)


# Words as the tokeniser cuts them: a possessive "'s" apart ("Women's March" starts with "Women").
_TOKENISH = re.compile(r"(?:[^\W\d_]\.){2,}|['’]s\b|[^\W_]+(?:[-‐][^\W_]+|['’](?!s\b)[^\W_]+)*|\S")


_FIRST = itemgetter(0)
_START_END = attrgetter("start", "end")
_SENTENCE = attrgetter("sentence")
_TEXT = attrgetter("text")
_START = attrgetter("start")
_KEY = attrgetter("key")


# ---------------------------------------------------------------- detection

# The particles of surnames ("Bill de Blasio", "Ursula von der Leyen"), which a name run keeps inside it.
SURNAME_PARTICLES = frozenset({"de", "del", "da", "di", "du", "la", "le", "van", "von", "der", "den", "ter", "ten",
                               "dos", "das", "della", "bin", "ibn", "al"})
_CONNECTORS = SURNAME_PARTICLES | {"of"}
_ABBREVIATED = frozenset({"Mr", "Mrs", "Ms", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Maj",
                          "Brig", "Col", "Capt", "Sgt", "Adm", "Prof", "Rev", "Fr", "Msgr", "St", "Jr", "Sr", "Mt",
                          "Ft"})
_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})
_RUN_TRIM = _CONNECTORS | {"the", "."}  # words a run does not end with
_RUN_GLUE = _CONNECTORS | {"."}  # what may sit inside a run between capitals ("of" among the connectors)
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "around", "throughout"})
_PLACE_NOUNS = frozenset({"region", "city", "province", "state", "county", "district", "oblast", "village",
                          "town", "area", "border", "island", "river", "valley", "hills", "mountains", "coast",
                          "suburbs", "countryside", "parts", "basin", "delta", "peninsula", "plateau",
                          "port", "harbour", "harbor", "township", "hamlet"})
# Nouns whose "of" takes a place: its officials, its people, its parts ("the mayor of Göteborg", "residents of
# Dunmore", "the outskirts of Saïda", "Mayor of London").
_OF_A_PLACE = frozenset({"mayor", "governor", "residents", "inhabitants", "citizens", "people", "townspeople",
                         "outskirts", "streets", "capital", "centre", "center", "mayors"})
# The last words of a street's or a crossing's name: a place, but never the town, county or state that "the
# city" or "the county" refers back to.
_THOROUGHFARES = frozenset({"street", "road", "lane", "avenue", "boulevard", "drive", "highway", "bridge",
                            "square", "st", "rd", "ave"})
_ACTOR_SUFFIX_NOUNS = frozenset({"administration", "campaign", "government", "team", "camp", "family",
                                 "cabinet", "regime", "allies", "aides", "advisers", "advisors", "officials"})
_HYPHEN_PREFIXES = frozenset({"pro", "anti", "non", "ex", "post", "pre"})
_PARTY_WORDS = frozenset({"Democrat", "Democrats", "Democratic", "Republican", "Republicans", "Conservative",
                          "Conservatives", "Labour", "Liberal", "Liberals", "Green", "Greens", "Libertarian",
                          "Libertarians", "Independent", "Independents", "Dems"})
# A party's member, which ends no one's name: "California Democrat", "the eighth House Republican" describe
# someone named nearby (unlike "Green" or "Independent", which are surnames too).
_PARTY_MEMBERS = frozenset({"Democrat", "Republican"})
_PARTY_SURNAMES = frozenset({"Green", "Independent", "Liberal", "Conservative"})  # party words that are surnames
_OPENERS = frozenset("\"“‘'«(—–-:")

_SPEECH_VERBS = frozenset({"said", "says", "told", "wrote", "writes", "added", "argued", "noted", "tweeted"})
_HE = frozenset({"he", "him", "his", "himself"})
_THEY = frozenset({"they", "them", "their", "themselves"})
# Honorifics, titles and role nouns that tell a person's gender ("Ms. Okafor", "the congresswoman").
# Offices that news copy gives either gender ("chairman", "spokesman", "actor") are left out, and so is
# "Sheikh", part of some women's names ("Sheikh Hasina").
_GENDERED = {
    **dict.fromkeys(["mr", "congressman", "councilman", "assemblyman", "businessman", "king", "prince", "duke",
                     "lord", "sir", "emperor", "pope", "cardinal", "ayatollah"], "male"),
    **dict.fromkeys(["mrs", "ms", "miss", "madam", "madame", "congresswoman", "councilwoman", "assemblywoman",
                     "chairwoman", "businesswoman", "spokeswoman", "actress", "queen", "princess", "duchess",
                     "lady", "dame", "empress", "sheikha"], "female"),
}


def gender_of(given_name: str, words: Iterable[str] = ()) -> str | None:
    """"male" or "female" as a person's given name ("Elizabeth") or gendered titles and role nouns ("Ms.",
    "congresswoman") tell it; None when nothing tells or they disagree. The quote stage checks a "he" or
    "she" speaker against it with the evidence this stage trusts for its own pronouns."""
    found = {_GENDERED.get(w.rstrip(".").lower()) for w in words}
    found.add(gazetteer().given_names.get(given_name))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    key: str  # merge key
    name: str  # surface without title
    kind: str
    sentence: int
    title: str = ""
    affiliation: str | None = None
    surface: str = ""


def _listed_place(g: Gazetteer, surface: str, start: int, end: int, index: int) -> _Mention:
    """A mention of the gazetteer's place written ``surface`` (a key of ``g.places``), with its country."""
    place = g.places[surface]
    return _Mention(start, end, "place:" + place, place, "place", index, affiliation=g.place_countries.get(surface),
                    surface=surface)


# Letters styled by Unicode rather than by markup: Mathematical Alphanumeric Symbols ("𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠"),
# fullwidth, circled and squared letters. Social posts use them for emphasis, never for names; their
# NFKC forms are plain letters, but the offsets stay into the original text, so they are only refused.
_STYLED_LETTERS = "\U0001D400-\U0001D7FF\uFF21-\uFF3A\uFF41-\uFF5A\u24B6-\u24E9\U0001F130-\U0001F189"
_STYLED = re.compile(f"[{_STYLED_LETTERS}]")


def _starts_with_capital(text: str) -> bool:
    first = text[0]
    if not first.isascii() and _STYLED.match(first):  # (styled letters are none of them ASCII)
        return False
    return first.isupper() or (text[:3].lower() in {"al-", "el-"} and len(text) > 3 and text[3].isupper())


class _CapitalisedCache(dict):
    """Token text -> ``_starts_with_capital``, worked out once per distinct text (names repeat)."""

    def __missing__(self, text: str) -> bool:
        if len(self) > 200_000:
            self.clear()
        capital = self[text] = _starts_with_capital(text)
        return capital


_CAPITALISED = _CapitalisedCache()


class _PictographCache(dict):
    """Token text -> whether it is only pictographs and their joiners ("🏮", "👨\u200d👩", "✨\ufe0f"), worked
    out once per distinct text: such a mark decorates a line as a bullet does and opens no phrase."""

    def __missing__(self, text: str) -> bool:
        if len(self) > 200_000:
            self.clear()
        pictograph = self[text] = not text.isascii() and all(
            unicodedata.category(c) in _PICTOGRAPH_CATEGORIES for c in text)
        return pictograph


_PICTOGRAPH_CATEGORIES = frozenset({"So", "Sk", "Cf", "Mn"})  # symbols, skin tones, joiners, variation selectors
_PICTOGRAPH = _PictographCache()


def _sentence_initial(tokens: list[Token], i: int, first: int) -> bool:
    """True where a capital says nothing: sentence start, after an opening quote or colon, or after an
    emoji that opens the sentence ("🎆 Families stayed …")."""
    j = i - 1
    while j >= first and not tokens[j].is_word and (tokens[j].text in _OPENERS or _PICTOGRAPH[tokens[j].text]):
        if tokens[j].text in _DATELINE_DASHES and _dateline_before(tokens, j, first):
            return True  # "NEW YORK — Shares of ...": the dash after a dateline opens the sentence
        j -= 1
    return j < first or tokens[j].text in _SENTENCE_OPENING_MARKS or (i > first and tokens[i - 1].text in "“\"‘")


_SENTENCE_OPENING_MARKS = frozenset({":", "•", "—", "–"})
_DATELINE_DASHES = frozenset({"—", "–"})
_DATELINE_LONGEST = 8  # tokens a dateline may take before its dash ("KANSAS CITY, Mo. (AP) —")


def _dateline_before(tokens: list[Token], dash: int, first: int) -> bool:
    """Whether the dash at ``dash`` ends a dateline: a town in capitals opens the sentence and few tokens
    come before the dash ("NEW YORK —", "KANSAS CITY, Mo. —"); a dash later in a sentence sets off an
    aside ("the old guard — Mugabe loyalists —"), where a capital still says it is a name."""
    opener = tokens[first].text
    return dash - first <= _DATELINE_LONGEST and len(opener) > 1 and opener.isupper() and opener.isalpha()


class _RunHeadCache(dict):
    """Token text -> whether a run may start at it: capitalised, and ``_CAPITAL`` matches at its start
    with nothing before it. That match reads the token's own first characters only (at most four, all
    inside a capitalised token), so it is worked out once per distinct text."""

    def __missing__(self, text: str) -> bool:
        if len(self) > 200_000:
            self.clear()
        head = self[text] = _CAPITALISED[text] and _CAPITAL.match(text) is not None
        return head


_RUN_HEADS = _RunHeadCache()


class _FreeBeforeCache(dict):
    """Character -> True when ``_CAPITAL``'s look-behind lets a match start after it."""

    def __missing__(self, char: str) -> bool:
        free = self[char] = _JOINED.match(char) is None
        return free


_FREE_BEFORE = _FreeBeforeCache()


def _capital_tokens(doc: Document) -> list[int]:
    """Indices of the capitalised tokens where a ``_CAPITAL`` match starts, in order. The match splits
    into its look-behind (the character before the token) and the rest (the token's own start), each
    answered by a per-text cache in C-level passes; no regex runs per token. (Its one longer match,
    "al-X", is preceded by word characters and a hyphen inside, so no match can start within it.)"""
    heads = list(map(_RUN_HEADS.__getitem__, doc.token_texts))
    starts = compress(doc.token_starts, heads)
    before = map((" " + doc.text).__getitem__, starts)  # padded: the character before each start
    return list(compress(compress(range(len(heads)), heads), map(_FREE_BEFORE.__getitem__, before)))


def _runs(doc: Document, capitals: list[int]) -> dict[int, list[tuple[int, int]]]:
    """Token index ranges [a, b) of capitalised runs ("Donald J. Trump"), by sentence index, from the
    capitalised tokens where a run may start (``_capital_tokens``) in one pass over the document."""
    tokens, sentences, capitalised = doc.tokens, doc.sentences, _CAPITALISED
    runs: dict[int, list[tuple[int, int]]] = defaultdict(list)
    i = 0  # where the last run ended
    for k in capitals:
        if k < i:
            continue
        i = k
        index = tokens[i].sentence
        end = sentences[index].last_token
        j = i + 1
        while j < end:
            t = tokens[j]
            if t.is_word and capitalised[t.text]:
                if t.start - tokens[j - 1].end > 1 and (tokens[j - 1].text != "." or tokens[j - 2].text in _SUFFIXES) \
                        and "\n" not in doc.text[tokens[j - 1].end:t.start]:
                    break  # a wider gap is punctuation stripped upstream: "Tiger Woods  Phil Mickelson"
                    # (after a title's period it is typing: "Sen.  Bernie Sanders"; not after "Jr."; a line
                    # break inside a sentence is a hard-wrapped text's: "Dmitri \nVolkov" is one name)
                if t.text[1:2] == "-" and t.text[2:3].islower() and t.start > tokens[j - 1].end:
                    break  # "T-shirts", "X-rays", "U-turn": a common noun after the name, not more of it
                j += 1
            elif t.text not in _RUN_CONTINUERS:
                break  # the usual end of a run, asked once: every branch below needs one of these words
            elif (t.text in _NAME_JOINERS and j + 1 < end and t.start == tokens[j - 1].end
                  and tokens[j + 1].is_word and capitalised[tokens[j + 1].text]
                  and (tokens[j - 1].text in _possessive_owners() or tokens[i].text in _SAINTS
                       or (tokens[j - 1].text in gazetteer().thing_words  # "Alzheimer’s Association"
                           or tokens[j - 1].text in _ROYAL_OWNERS)  # "the King’s Fund", "Queen’s University"
                       and tokens[j + 1].text in gazetteer().org_words
                       or tokens[j + 1].text in _HOLDERS_BODIES and tokens[j - 1].text in _office_holders())
                  and (len(t.text) == 2 or tokens[j - 1].text[-1] == "s")):  # "Army’ Of": a closing quote
                j += 1  # "People's Republic of China", "Women's March", "St. Mary's Hospital": one name
            elif t.text in _CASE_MARKS and (j + 2 < end and tokens[j + 1].text == "." and tokens[j + 2].is_word
                                            and capitalised[tokens[j + 2].text]
                                            or j + 1 < end and tokens[j + 1].is_word
                                            and capitalised[tokens[j + 1].text]) \
                    and (t.text == "v" or _legal_sentence(doc, index)):
                j += 2 if tokens[j + 1].text == "." else 1  # "Roe v. Wade", "Dobbs v Jackson": one case's name
            elif (t.text == "&" and j + 1 < end and tokens[j + 1].is_word and tokens[j + 1].text[:1].isupper()
                  and tokens[j - 1].is_word and not (tokens[j - 1].text in gazetteer().first_names
                                                     and tokens[j + 1].text in gazetteer().first_names)):
                j += 1  # "PG&E", "AT&T", "Procter & Gamble": one firm's name ("Jim & Sarah Brady": a couple)
            elif t.text not in _RUN_GLUE and t.text not in _ORG_GLUE and t.text != "the" and t.text not in _LIST_GLUE:
                break  # what follows below needs one of these
            elif (t.text == "." and j + 1 < end and capitalised[tokens[j + 1].text] and tokens[j + 1].is_word
                  and (len(tokens[j - 1].text) == 1 or tokens[j - 1].text in _ABBREVIATED)
                  and t.start == tokens[j - 1].end):
                j += 1
            elif (t.text in _CONNECTORS and j + 1 < end and tokens[j + 1].is_word
                  and capitalised[tokens[j + 1].text]):
                j += 1
            elif (t.text in _CONNECTORS and j + 2 < end and tokens[j + 1].text in _CONNECTORS
                  and tokens[j + 2].is_word and capitalised[tokens[j + 2].text]):
                j += 2  # two particles: "Ursula von der Leyen", "Robin van den Berg", "Ana de la Cruz"
            elif (t.text == "of" and j + 2 < end and tokens[j + 1].text == "the"
                  and capitalised[tokens[j + 2].text]):
                j += 2
            elif (t.text == "the" and j + 1 < end
                  and f"{tokens[j - 1].text} the {tokens[j + 1].text}" in _names_around("the")):
                j += 2  # "Meet the Press", "Correct the Record": a name the gazetteer writes with "the"
            elif (t.text in _ORG_GLUE and j + 1 < end and capitalised[tokens[j + 1].text] and tokens[j + 1].is_word
                  and tokens[j - 1].text in _org_words() and tokens[j + 1].text not in _not_org_tails()):
                j += 1  # "Center for American Progress", "Council on Foreign Relations"
            elif (t.text in _ORG_GLUE and j + 2 < end and tokens[j + 1].text == "the" and tokens[j + 2].is_word
                  and capitalised[tokens[j + 2].text] and tokens[j - 1].text in _org_words()
                  and tokens[j + 2].text not in _not_org_tails()):
                j += 2  # "Society for the Protection of Birds", "Committee on the Present Danger": "the" inside
            elif (t.text == "and" and j + 1 < end
                  and f"{tokens[j - 1].text} and {tokens[j + 1].text}" in _names_around("and")):
                j += 1  # "Securities and Exchange Commission": a name the gazetteer writes with "and"
            elif t.text == "and" and j == i + 1 and _body_after_and(tokens, i, j + 1, end):
                j += 1  # "Brighton and Hove City Council", "Homicide and Major Enquiry Team": one body's name
            elif t.text in _LIST_GLUE and (k := _listed_remit(tokens, i, j, end)) > j:
                j = k  # "Department of Health and Human Services": the body's remit, not a second name
            else:
                break
        while j > i and not tokens[j - 1].is_word and tokens[j - 1].text != ".":
            j -= 1
        while j > i + 1 and tokens[j - 1].text in _RUN_TRIM:
            if tokens[j - 1].text == "." and len(tokens[j - 2].text) == 1:
                break
            j -= 1
        if j == i + 1 and j < end and tokens[j].text in ("'s", "’s") and tokens[j].start == tokens[i].end \
                and tokens[i].text + tokens[j].text in gazetteer().organizations:
            j += 1  # "McDonald's said", "Moody's cut the rating": a firm whose name is a possessive
        runs[index].append((i, j))
        i = j
    return runs


_BODY_AFTER_AND_REACH = 4  # capitalised words after "and" within which an organisation word must come


def _body_after_and(tokens: list[Token], first: int, k: int, end: int) -> bool:
    """Whether the one capitalised word at ``first``, then "and", opens a body's name: the capitalised words
    from ``k`` reach an organisation word ("Council", "Team") within a few words, and the word before "and"
    is no name of its own (an acronym, a given name, a listed place or body, a party word: "CGI and Clinton
    Foundation", "Ohio and Michigan State University" stay apart), nor the words after it a listed body's
    name ("Trump and Justice Department officials")."""
    word = tokens[first].text
    g = gazetteer()
    if word.isupper() or word in g.first_names or word in g.places or word in g.organizations \
            or word in g.demonyms or word in _PARTY_WORDS or word in g.org_words:
        return False
    start, stop = k, min(end, k + _BODY_AFTER_AND_REACH)
    while k < stop and tokens[k].is_word and _CAPITALISED[tokens[k].text]:
        if tokens[k].text in _PARTY_WORDS:
            return False
        if tokens[k].text in g.org_words:
            # (not a body listed on its own: "Trump and Justice Department officials", "Obama and the
            # Democratic Party" name two)
            return " ".join(t.text for t in tokens[start:k + 1]) not in g.organizations
        k += 1
    return False


_ORG_GLUE = frozenset({"for", "on"})
_LIST_GLUE = frozenset({"and", ","})
_REMIT_LINKS = frozenset({"of", "for"})
_CASE_MARKS = frozenset({"v", "vs"})  # between the parties of a court case ("Roe v. Wade")
# Words that make "vs." a court case's ("the ruling in Roe vs. Wade"), not a contest's ("Trump vs. Clinton").
_LEGAL_WORDS = re.compile(r"\b(?:court|courts|ruling|ruled|rule|case|decision|justices?|judges?|precedent|"
                          r"overturn\w*|lawsuit|sued|appeal\w*|landmark)\b", re.IGNORECASE)


def _legal_sentence(doc: Document, index: int) -> bool:
    sentence = doc.sentences[index]
    return _LEGAL_WORDS.search(doc.text, sentence.start, sentence.end) is not None


# Royal and church titles whose possessive names a foundation after them ("the King’s Fund", "Queen’s
# University", "the Prince’s Trust"): before an organisation word, one body's name, not a person's thing.
_ROYAL_OWNERS = frozenset({"King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Bishop", "Archbishop"})
# An office holder's possessive before these names the holder's office as a body ("the US Attorney's Office",
# "the Sheriff's Department"), not a thing of one person's.
_HOLDERS_BODIES = frozenset({"Office", "Department"})
_SAINTS = frozenset({"St", "Saint"})  # "St. Jude Children's Research Hospital": a saint's name owns no one
# Collective nouns for people whose possessive goes on into a body's name ("Women's March", "Veterans'
# Affairs", "People's Party", "Students' Union"). Parties' and governments' possessives ("Democrats'
# Senate majority", "the Administration's plan") and a medium's ("Kantar Media's X") end a name.
_COLLECTIVE_OWNERS = frozenset({
    "Woman", "Women", "Men", "Children", "Veterans", "Mothers", "Teachers", "Nurses", "People", "Peoples",
    "Workers", "Students", "Citizens", "Farmers", "Soldiers", "Officers",
})


@lru_cache(maxsize=1)
def _office_holders() -> frozenset[str]:
    """The last words of titles ("Attorney", "General", "Sheriff", "Mayor"), whose possessive before "Office"
    goes on into the office's name."""
    return frozenset(t.split()[-1] for t in gazetteer().titles if not t.endswith("."))


@lru_cache(maxsize=1)
def _possessive_owners() -> frozenset[str]:
    """Words whose possessive continues a capitalised name instead of ending it: a collective noun for
    people, or the owner word of a gazetteer name written with one ("People's Republic of China"). A
    person's or country's possessive ends its name: "Trump's Justice Department", "Russia's Foreign
    Ministry" are two actors."""
    g = gazetteer()
    owners = set(_COLLECTIVE_OWNERS)
    for name in (*g.places, *g.organizations, *g.things):
        owners.update(re.findall(r"(\w+)['’]s? ", name))
    return frozenset(owners)


def _listed_remit(tokens: list[Token], i: int, j: int, end: int) -> int:
    """Where a body's name ends when its remit is a list: "Department of Health and Human Services",
    "Centers for Disease Control and Prevention", "Bureau of Alcohol, Tobacco, Firearms and Explosives".
    The run so far must open with an organisation word and hold "of" or "for"; each listed item is one
    or two capitalised words that no lexicon knows as a given name, title, place or organisation (so
    "the Department of Justice and Jeff Sessions", "... and Congress" stay two); "and" ends the list.
    ``j`` (returned unchanged when the tokens there are no such list) is at the "," or "and"."""
    head = i + (tokens[i].text == "The" and i + 1 < j)  # "The Office of ..." at a sentence's start
    if tokens[head].text not in _org_words() or not any(t.text in _REMIT_LINKS for t in tokens[head + 1:j]):
        return j
    g, capitalised = gazetteer(), _CAPITALISED
    k = j
    while k < end and tokens[k].text in _LIST_GLUE:
        last = tokens[k].text == "and"
        m = k + 1
        while m < end and m - k <= 2 and tokens[m].is_word and capitalised[tokens[m].text]:
            m += 1
        item = [t.text for t in tokens[k + 1:m]]
        if not item or (m < end and tokens[m].is_word and capitalised[tokens[m].text]) or item[0] in g.first_names \
                or item[0] in g.titles or item[0] in _ABBREVIATED or item[0] in _PARTY_WORDS or any(
                    w in g.places or w in g.demonyms or w in g.organizations for w in item) \
                or " ".join(item) in g.organizations:
            return j
        k = m
        if last:
            return k
    return j


@lru_cache(maxsize=1)
def _community_tails() -> frozenset[str]:
    """Last words of the communities named in more than one word ("Native Americans", "New Yorkers")."""
    return frozenset(name.split()[-1] for name in gazetteer().communities if " " in name)


@lru_cache(maxsize=2)
def _names_around(connector: str) -> frozenset[str]:
    """The words around a lower-case connector inside the gazetteer's names, as "X the Y" or "X and Y"
    ("Face the Nation", "Securities and Exchange Commission"): only these carry a capitalised run past
    "the" or "and" (besides a body's listed remit, ``_listed_remit``)."""
    g = gazetteer()
    words = (name.split() for table in (g.organizations, g.things) for name in table)
    return frozenset(f"{w[k - 1]} {connector} {w[k + 1]}" for w in words for k in range(1, len(w) - 1)
                     if w[k] == connector)


@lru_cache(maxsize=1)
def _gazetteer_names() -> frozenset[str]:
    """The canonical names of the gazetteer's places and organisations: a set, as headings ask of each mention."""
    g = gazetteer()
    return frozenset(g.places.values()) | frozenset(g.organizations.values())


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    return gazetteer().org_words


@lru_cache(maxsize=1)
def _not_org_tails() -> frozenset[str]:
    """What follows "on" or "for" after a body without being its name: "Fox News on Thursday", "the Senate
    on Capitol Hill", "a Center for Texas"."""
    g = gazetteer()
    return g.not_names | frozenset(g.places) | frozenset(g.organizations)


# Where a capitalised word may start: the only places the run scan has to look.
_JOINING = r"[\w'’‐-]"  # what a capital after it is part of: no run starts there
_JOINED = re.compile(_JOINING)
_CAPITAL = re.compile(rf"(?<!{_JOINING})(?:[^\W\d_a-z{_STYLED_LETTERS}]|(?:al|el)-[A-Z])")
# Patterns start with the character they need and look behind after it, so the regex engine can skip
# ahead to that character: "X(?<=C X)" asks what "(?<=C )X" would.
_MID_NAME = re.compile(r"([A-Z](?<=[\w,;)%] [A-Z])[^\W_]*(?:[-‐][^\W_]+)*)")
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z]*(?:[-'’][a-z]+)*")


def _phrase(doc: Document, tokens: list[Token], a: int, b: int) -> str:
    if b - a == 1:
        return tokens[a].text
    return " ".join(doc.text[tokens[a].start:tokens[b - 1].end].split())


def _match(doc: Document, tokens: list[Token], a: int, b: int, table: dict[str, str] | frozenset[str],
           heads: frozenset[str], longest: int) -> int:
    """End of the longest run tokens[a:j] (j <= b) whose text is in ``table``, or ``a`` if none.
    ``heads`` holds the first words of the table's entries (``Gazetteer.*_heads``)."""
    head = tokens[a].text
    if head not in heads:
        return a
    text, start = doc.text, tokens[a].start
    for j in range(min(b, a + longest), a + 1, -1):
        if " ".join(text[start:tokens[j - 1].end].split()) in table:  # _phrase(doc, tokens, a, j), inlined
            return j
    return a + 1 if a < b and head in table else a


@lru_cache(maxsize=1)
def _title_longest() -> int:
    return max(len(_TOKENISH.findall(t)) for t in gazetteer().titles)


_TITLE_PREFIXES = frozenset({"Former", "Acting", "Deputy", "Interim"})


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """The words that name no one, with the party words: a run of only these is no name."""
    return gazetteer().not_names | _PARTY_WORDS


@lru_cache(maxsize=1)
def _lone_not_names() -> frozenset[str]:
    """Words that are no name and start no gazetteer entry or title: alone in a run, they name nothing."""
    g = gazetteer()
    return g.not_names - g.first_words - _TITLE_PREFIXES


def _legal_form_after(tokens: list[Token], a: int, g: Gazetteer) -> bool:
    """Whether tokens[a] (a title that is also a legal form: "AG") follows a capitalised name no opener, place
    or demonym is ("Siemens AG", not "Then AG X", "Texas AG X", "New York AG X", "German AG X")."""
    prev = tokens[a - 1].text
    if not tokens[a - 1].is_word or not prev[:1].isupper() or prev in g.not_names or prev in g.places \
            or prev in g.demonyms or prev in _TITLE_PREFIXES or prev in g.title_heads:
        return False
    return not (a > 1 and f"{tokens[a - 2].text} {prev}" in g.places)


def _is_title(doc: Document, tokens: list[Token], a: int, b: int) -> int:
    """End of a title at tokens[a:b] ("Ukrainian" is not one; "President-elect", "Sen." are)."""
    g = gazetteer()
    head = tokens[a].text
    if head not in g.title_heads and head not in _TITLE_PREFIXES:
        return a  # what ``_match`` below would say: most words start no title
    if head in g.org_words and a > 0 and _legal_form_after(tokens, a, g):
        return a  # "Siemens AG CEO X": after a firm's name, "AG" is its legal form, no attorney general
    j = _match(doc, tokens, a, b, g.titles, g.title_heads, _title_longest() + 1)
    if head in _TITLE_PREFIXES and a + 1 < b:
        # "Former", "then-", "Acting" before a title; alone ("Former Florida Gov. X") they are none, but for
        # "Deputy", a title of its own ("Deputy Dean Bardes", a sheriff's deputy), the longer title wins
        # ("Deputy Director Jane Roe", not Deputy "Director Jane Roe")
        k = _match(doc, tokens, a + 1, b, g.titles, g.title_heads, _title_longest() + 1)
        if k > a + 1:
            j = max(j, k)
    if a < j and j + 2 < b and tokens[j].text == "of":
        return _office_domain_end(tokens, j, b, g)
    return j


def _office_domain_end(tokens: list[Token], of: int, b: int, g: Gazetteer) -> int:
    """Where the holder's name starts after "<title> of <domain>": "Secretary of Defense Tom Hale",
    "Speaker of the House Jane Roe", "Attorney General of Ohio Dave Yost". The name is the last two
    words, or starts at a listed given name; the domain between must be capitalised. Without
    one, the title ends before "of" (tokens[of])."""
    k = of + 2 if tokens[of + 1].text == "the" else of + 1
    name_at = next((i for i in range(k + 1, b - 1) if tokens[i].text in g.first_names), b - 2)
    if k < name_at and all(tokens[i].text[:1].isupper() for i in range(k, name_at)):
        return name_at
    return of


def _detect(doc: Document, stretches: list[tuple[int, int, list[int]]] | None = None) -> list[_Mention]:
    """Every name mention, in text order, classified and keyed for merging."""
    g = gazetteer()
    mentions: list[_Mention] = []

    # Capitalised words that occur mid-sentence somewhere: the article itself says they are names.
    text = doc.text
    if stretches is None:
        stretches = _body_stretches(doc)
    mid_names = _BodyWords(text, stretches, _MID_NAME)
    lower_words = _BodyWords(text, stretches, _LOWER_WORD, after_hyphen_unsure=True)

    by_start = doc.token_index().by_start
    runs = _runs(doc, _capital_tokens(doc))
    for index, sentence in doc.body_sentences:
        first = sentence.first_token
        pieces = runs.get(index, ())
        if pieces and min(starmap(sub, pieces)) < -2 and _whole_line(text, sentence.start, sentence.end) \
                and is_headline(text[sentence.start:sentence.end], text):
            # a headline that is the whole text (or one of a list of them) is the body, but in title case
            # all the same: its runs go on past the name ("Why Liberals Should Back Neil Gorsuch")
            # (asked where a run has three words or more: a - b < -2, found in C)
            pieces = list(_heading_pieces(doc.tokens, pieces, text, g))
        for a, b in pieces:
            _classify_run(doc, index, first, a, b, mid_names, lower_words, mentions, g)
        if text.find("-", sentence.start, sentence.end) >= 0:  # (no slice copied)
            _hyphen_parts(doc, index, mentions, g)
    # Headings capitalise every word ("Rising Stakes in the Kursk Region") or at least their first
    # ("Budget deal reached"): there only the gazetteer's names and names the body already uses count,
    # and, in a sentence-case heading, capitals after its first word ("Talks with Merkel stall").
    known: set[str] | None = None  # the body's keys, and its names' surnames: made for the first heading
    for index, sentence in enumerate(doc.sentences):
        if sentence.kind != "heading":
            continue
        if known is None:
            keys = set(map(_KEY, mentions))  # (each distinct key once, not each mention)
            known = keys | {"name:" + k[5:].split()[-1] for k in keys if k.startswith("name:")}
        words = _LEXICAL.findall(doc.text, sentence.start, sentence.end)
        if text[sentence.start:sentence.end].isupper():  # "TRUMP SLAMS BANNON": capitals tell nothing; the body's do
            mentions.extend(_shouted_names(doc, index, sentence, known, g))
            continue
        sentence_case = any(w[0].islower() and len(w) > 3 and w not in TITLE_CASE_LOWER for w in words[1:])
        tokens, first = doc.tokens, sentence.first_token
        found: list[_Mention] = []
        for a, b in (_heading_pieces(tokens, runs.get(index, ()), text, g) if not sentence_case
                     else runs.get(index, ())):
            if sentence_case and b - a > 1 and _sentence_initial(tokens, a, first) and _ordinary(tokens[a].text, g):
                a += 1  # "Fighting Kavanaugh's confirmation": the first word is capitalised by position only
            _classify_run(doc, index, first, a, b, mid_names, lower_words, found, g)
        mentions.extend(m for m in found if m.key in known or m.key.startswith(("place:", "org:"))
                        and m.name in _gazetteer_names()
                        or sentence_case and not _sentence_initial(tokens, by_start.get(m.start, first), first))
    mentions.sort(key=_START)
    return mentions


class _BodyWords:
    """The words ``pattern`` finds in the body (a set), made on first need: only a sentence-initial
    capital that reads like no common word, or a compound's head, asks, a few times an article, and
    half of articles never do. The first few distinct asks (a few, to stay linear) are answered from
    the word's own occurrences in the text instead (``_occurs``)."""

    __slots__ = ("_text", "_stretches", "_starts", "_pattern", "_after_hyphen_unsure", "_words", "_answers")

    def __init__(self, text: str, stretches: list[tuple[int, int, list[int]]], pattern: re.Pattern, *,
                 after_hyphen_unsure: bool = False) -> None:
        self._text, self._stretches, self._pattern = text, stretches, pattern
        self._starts = [start for start, _, _ in stretches]
        self._after_hyphen_unsure = after_hyphen_unsure
        self._words: set[str] | None = None
        self._answers: dict[str, bool | None] = {}

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            answers = self._answers
            if isinstance(word, str) and word and (word in answers or len(answers) < 8):
                if word not in answers:
                    answers[word] = self._occurs(word)
                if answers[word] is not None:
                    return answers[word]
            self._words = set()
            for start, end, _ in self._stretches:
                self._words.update(self._pattern.findall(self._text, start, end))
        return word in self._words

    def _occurs(self, word: str) -> bool | None:
        """Whether the body's scan would find ``word``, or None when only the full scan can tell.

        A match the scan finds starts where the pattern matches on its own: a match at an occurrence of
        the word in the body, up to the end of its stretch, is one the scan finds (a look-behind reads
        the text before the stretch as the scan's does). For ``_LOWER_WORD`` not after a hyphen: an
        earlier match may run through that hyphen ("well-known"), and then none starts there. A
        ``_MID_NAME`` match needs a space before it, which no match holds, so none covers its start.
        """
        text, stretches, starts, pattern = self._text, self._stretches, self._starts, self._pattern
        at = text.find(word)
        while at >= 0:
            if self._after_hyphen_unsure and at and text[at - 1] == "-":
                return None
            i = bisect_right(starts, at) - 1
            if i >= 0 and at < stretches[i][1]:  # in the body
                m = pattern.match(text, at, stretches[i][1])
                if m is not None and m.end() == at + len(word):
                    return True
            at = text.find(word, at + 1)
        return False


_SHOUTED_POSSESSIVE = re.compile(r"['’][Ss]$")


def _shouted_names(doc: Document, index: int, sentence, known: set[str], g: Gazetteer) -> list[_Mention]:
    """The names in a heading written all in capitals ("TRUMP SLAMS BANNON'S BOOK"): an acronym of the
    gazetteer ("NATO", "U.S."), or a word (or two) that, written as a name, is a person the body names
    ("Trump", "Steve Bannon") or a place of the gazetteer ("RUSSIA"). Nothing else: every word of such
    a heading looks like an acronym."""
    found = []
    tokens = doc.tokens
    words = [k for k in range(sentence.first_token, sentence.last_token) if tokens[k].is_word]
    k = 0
    while k < len(words):
        t = tokens[words[k]]
        if t.text.lower() in _common_words():
            k += 1  # "IS", "US", "WHO": in capitals a common word looks like an acronym
            continue
        if t.text in g.organizations:
            canonical = g.organizations[t.text]
            found.append(_Mention(t.start, t.end, "org:" + canonical, canonical, "organization", index,
                                  surface=t.text))
            k += 1
            continue
        if t.text in g.places and len(t.text) > 1 and "." in t.text:  # "U.S.", "U.K."
            found.append(_listed_place(g, t.text, t.start, t.end, index))
            k += 1
            continue
        name = _SHOUTED_POSSESSIVE.sub("", t.text).title()
        nxt = tokens[words[k + 1]] if k + 1 < len(words) and words[k + 1] == words[k] + 1 else None
        second = _SHOUTED_POSSESSIVE.sub("", nxt.text).title() if nxt is not None else ""
        pair = f"{name} {second}"
        if second and "name:" + pair in known:
            found.append(_Mention(t.start, nxt.start + len(second), "name:" + pair, pair, "person", index,
                                  surface=doc.text[t.start:nxt.start + len(second)]))
            k += 2
            continue
        if second and pair in g.places:  # "NORTH KOREA"
            found.append(_listed_place(g, pair, t.start, nxt.start + len(second), index))
            k += 2
            continue
        if "name:" + name in known:
            found.append(_Mention(t.start, t.start + len(name), "name:" + name, name, "person", index, surface=name))
        elif name in g.places and name not in g.dotted:
            found.append(_listed_place(g, name, t.start, t.start + len(name), index))
        k += 1
    return found


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether the sentence at [start, end) is a line of its own, short enough to be a headline: a headline
    pasted alone is one, a sentence of a paragraph is not (the cheap question before ``is_headline``)."""
    return (end - start <= HEADLINE_MAX_CHARS and text[max(0, start - 8):start].rstrip(" \t")[-1:] in ("", "\n", "\r")
            and text[end:end + 8].lstrip(" \t")[:1] in ("", "\n", "\r"))


def _heading_pieces(tokens: list[Token], runs, text: str, g: Gazetteer) -> Iterator[tuple[int, int]]:
    """A title-case heading's runs cut at its ordinary words ("Senator Jane Roe Wins Backing Of
    Union Leaders" → "Senator Jane Roe", "Union Leaders"): in title case every verb and noun is
    capitalised, so a run goes on past the name. Ordinary: a common word, or one the text writes in
    lower case ("Refuses" ... "she refuses": a look for the word, not the body's word list, which a
    heading's few words are not worth making), or a derived noun or adjective by its ending ("Nomination",
    "Religious": every word's capital is by position, as at a sentence's start); the words of the gazetteer,
    titles and given names are kept in."""
    common = _common_words()
    for a, b in runs:
        start = a
        for k in range(a, b):
            word = tokens[k].text
            if (word[:1].isupper() and word not in g.first_words and word not in g.first_names
                    and word not in g.titles and word not in g.title_heads
                    and (word.lower() in common or _in_lower_case(word, text) or _derived_form(word))):
                if k > start:
                    yield start, k
                start = k + 1
        if start < b:
            yield start, b


def _body_stretches(doc: Document) -> list[tuple[int, int, list[int]]]:
    """Consecutive body sentences joined where only whitespace lies between them, with their indices:
    a regex whose matches cannot hold whitespace finds the same there as sentence by sentence, in
    fewer calls."""
    text = doc.text
    stretches: list[tuple[int, int, list[int]]] = []
    end = -1  # where the current stretch ends
    for index, sentence in enumerate(doc.sentences):
        if sentence.kind != "body":
            continue
        if end >= 0 and end < sentence.start and text[end:sentence.start].isspace():
            start, _, indices = stretches[-1]
            indices.append(index)
            stretches[-1] = (start, sentence.end, indices)
        else:
            stretches.append((sentence.start, sentence.end, [index]))
        end = sentence.end
    return stretches


def _body_matches(doc: Document, pattern: re.Pattern, stretches) -> list[tuple[re.Match, int]]:
    """(match, sentence index) of ``pattern`` sentence by sentence over the body, in text order.

    Scanned a stretch at a time (``_body_stretches``); a stretch where a match runs past its sentence's
    end (over the whitespace to the next) is scanned again sentence by sentence, so the result is the
    same either way.
    """
    text, sentences = doc.text, doc.sentences
    found: list[tuple[re.Match, int]] = []
    for a, b, indices in stretches:
        if len(indices) == 1:
            found.extend((m, indices[0]) for m in pattern.finditer(text, a, b))
            continue
        here = []
        n, last = 0, len(indices) - 1  # the sentence (of ``indices``) the matches have reached, and the last
        sentence = sentences[indices[0]]
        begin, end = sentence.start, sentence.end
        for m in pattern.finditer(text, a, b):
            start, stop = m.span()
            while start >= end and n < last:
                n += 1
                sentence = sentences[indices[n]]
                begin, end = sentence.start, sentence.end
            if start < begin or stop > end:
                break  # starts between sentences or runs past the end of its own
            here.append((m, indices[n]))
        else:
            found.extend(here)
            continue
        for i in indices:
            found.extend((m, i) for m in pattern.finditer(text, sentences[i].start, sentences[i].end))
    return found


def _hyphen_parts(doc: Document, index: int, out: list[_Mention], g: Gazetteer) -> None:
    """Names inside hyphenated words: "pro-Trump", "Russia-Ukraine"."""
    sentence = doc.sentences[index]
    text, tokens, starts, end_of_sentence = doc.text, doc.tokens, doc.token_starts, sentence.end
    at = text.find("-", sentence.start, end_of_sentence)
    while at >= 0:  # from hyphen to hyphen, not token to token: a token's text is the text at its offsets
        t = tokens[bisect_right(starts, at) - 1]  # the token holding the hyphen (none lies between tokens)
        at = text.find("-", t.end, end_of_sentence)
        if not t.is_word:
            continue
        if t.text in g.places and t.text not in g.dotted:  # "Guinea-Bissau", "Baden-Württemberg": whole
            out.append(_listed_place(g, t.text, t.start, t.end, index))
            continue
        parts = t.text.split("-")
        if _party_tag(parts, g):
            continue  # "(R-Texas)": the senator's party and state
        if len(parts) == 2 and parts[1] in _LANGUAGE_COMPOUNDS and parts[0] in g.demonyms:
            continue  # "Russian-language media", "Spanish-speaking voters": a language, no country
        offset = t.start
        lowered_prefix = parts[0].lower() in _HYPHEN_PREFIXES
        if not lowered_prefix and all(p[:1].isupper() for p in parts) and _surname_of_named(doc.text, t.text):
            continue  # "Randall Jordan-Aparo", and "Jordan-Aparo" alone after him: a double surname, no Jordan
        for n, part in enumerate(parts):
            start, end = offset, offset + len(part)
            offset = end + 1
            if not part or not part[0].isupper() or _STYLED.match(part) or (n == 0 and lowered_prefix):
                continue  # "Post-Debate": the prefix itself names nothing
            if (part in g.places and part not in g.dotted) or part in g.demonyms:
                country = g.places.get(part) or g.demonyms[part]
                out.append(_Mention(start, end, "place:" + country, country, "place", index,
                                    affiliation=g.place_countries.get(part), surface=part))
            elif part in g.organizations and (lowered_prefix or n > 0):  # "pro-Hamas", "Post-ABC"
                out.append(_Mention(start, end, "org:" + g.organizations[part], g.organizations[part],
                                    "organization", index, surface=part))
            elif part in g.communities:  # "anti-Jewish", "pro-Zionist": the community, a group
                out.append(_Mention(start, end, "group:" + g.communities[part], g.communities[part], "group",
                                    index, surface=part))
            elif lowered_prefix and part not in g.not_names and part not in g.thing_words and part not in _PARTY_WORDS \
                    and part.lower() not in _common_words():
                out.append(_Mention(start, end, "name:" + part, part, "person", index, surface=part))


def _names_in_compound(part: str, initial: bool, mid_names: Container[str], lower_words: Container[str]) -> bool:
    """Whether the capitalised head of a compound ("Sanders-backed") may be a name: the article writes it
    as one elsewhere, or its capital is not the sentence's and the article never writes it in lower case."""
    return part in mid_names or not initial and part.lower() not in lower_words


def _compound_head(token: Token, index: int, out: list[_Mention], g: Gazetteer) -> None:
    """The name heading a compound adjective ("Sanders-backed", "ISIS-inspired"), when it is one: places,
    demonyms and prefixes are ``_hyphen_parts``'s; party and everyday words ("Republican-leaning") name no
    one. Called where ``_names_in_compound`` says the head may be a name."""
    part = token.text.split("-", 1)[0]
    if (len(part) < 2 or not part[0].isupper() or _STYLED.match(part) or part in g.places or part in g.demonyms
            or part in g.not_names or part in _PARTY_WORDS or part in g.thing_words or part in g.things
            or part.lower() in _common_words() or part.lower() in _HYPHEN_PREFIXES):
        return
    if part in g.communities:  # "Muslim-majority", "Jew-hating": the community, a group
        out.append(_Mention(token.start, token.start + len(part), "group:" + g.communities[part],
                            g.communities[part], "group", index, surface=part))
    elif part in g.organizations:
        out.append(_Mention(token.start, token.start + len(part), "org:" + g.organizations[part],
                            g.organizations[part], "organization", index, surface=part))
    elif part.isupper():
        out.append(_Mention(token.start, token.start + len(part), "org:" + part, part, "organization", index,
                            surface=part))
    else:
        out.append(_Mention(token.start, token.start + len(part), "name:" + part, part, "person", index,
                            surface=part))


_CONTRACTIONS = ("'m", "’m", "'ve", "’ve", "'re", "’re", "'ll", "’ll", "n't", "n’t")  # "I’m": never a name
_PARTY_LETTERS = frozenset({"R", "D", "I"})


def _party_tag(parts: list[str], g: Gazetteer) -> bool:
    """A party-state tag ("R-Texas", "D-Calif", "I-VT"): what the senator is, not an actor of its own."""
    return len(parts) == 2 and parts[0] in _PARTY_LETTERS and parts[1] in g.regional


def _period_after(tokens: list[Token], j: int) -> bool:
    """True when a period is glued to the end of tokens[j - 1] ("Calif.")."""
    return j < len(tokens) and tokens[j].text == "." and tokens[j].start == tokens[j - 1].end


# Nouns for a body that a demonym and "the" make a description of one named before ("Toyota … the Japanese
# automaker said", "Hezbollah … the Lebanese group"), not a mention of the country; not "government",
# "military", "army": a country's own ("the Chinese government" is China's).
_DEMONYM_BODY_NOUNS = frozenset({"company", "firm", "bank", "corporation", "group", "chipmaker", "automaker",
                                 "carmaker", "retailer", "airline", "lender", "insurer", "startup", "drugmaker",
                                 "conglomerate", "manufacturer", "broadcaster", "brewer", "giant", "club",
                                 "newspaper", "network", "magazine", "utility", "miner", "producer"})


_NAME_AFTER = re.compile(r"\s*[\"“‘']?[A-Z]")  # a name right after a description: the name is the mention
# A day or month after a noun ("told the union Monday"): a time, no name.
_TIME_NAME_AFTER = re.compile(r"\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
                              r"April|May|June|July|August|September|October|November|December)\b")


# A demonym names a language after these words ("in Spanish", "speaks Russian", "translated into Arabic"),
# when no noun follows it ("in Russian hands" is the country's), or before these nouns ("the Spanish
# translation", "Russian speakers").
_LANGUAGE_BEFORE = frozenset({"in", "into", "speak", "speaks", "spoke", "speaking", "spoken", "learn", "learns",
                              "learned", "learning", "teach", "teaches", "taught", "fluent"})
_LANGUAGE_AFTER = frozenset({"translation", "translations", "translator", "translators", "speaker", "speakers",
                             "subtitles", "dialect", "dialects", "accent", "alphabet", "grammar", "lessons",
                             "fluently", "word", "words", "phrase", "language", "languages"})
_LANGUAGE_COMPOUNDS = frozenset({"language", "speaking", "speaker", "speakers"})  # "Russian-language"
_LIST_REACH = 8  # tokens back over a list ("in English, Spanish and Mandarin") to the word that opens it


def _names_a_language(doc: Document, a: int, b: int, first: int, last: int) -> bool:
    """Whether the demonym at tokens [a, b) names a language: after "in", "speaks" and the like, maybe as
    part of a list of them ("in English, Spanish and Mandarin"), with no noun after it, or before a noun of
    language ("the Spanish translation"). A language is spoken by no one in particular: no actor."""
    lows, tokens = doc.lower_texts(), doc.tokens
    if b < last and lows[b] in _LANGUAGE_AFTER:
        return True
    if b < last and tokens[b].is_word and not _CAPITALISED[tokens[b].text] and lows[b] not in stopwords():
        return False  # "in Russian hands", "in Chinese waters": the country's (not "speak Russian at home")
    k = a - 1
    while k > first and k > a - _LIST_REACH and (lows[k] in _LIST_WORDS or lows[k] == ","
                                                  or tokens[k].is_word and _CAPITALISED[tokens[k].text]):
        k -= 1  # back over "English, Spanish and"
    return k >= first and lows[k] in _LANGUAGE_BEFORE


# The members of a parliament, written as capitalised initials: after a party or a country they are a group
# of it ("Labour MPs", "Tory MPs", "British MEPs"), as "Republican lawmakers" are; alone, no one in particular.
_ELECTED_MEMBERS = frozenset({"MPs", "MEPs", "MSPs", "MLAs", "MPPs", "TDs"})
_ELECTED_MEMBER = frozenset(member[:-1] for member in _ELECTED_MEMBERS)  # "a Labour MP": one member, a role


def _elected_members(doc: Document, index: int, first: int, a: int, b: int, mid_names: Container[str],
                     lower_words: Container[str], out: list[_Mention], g: Gazetteer) -> None:
    """The run tokens[a:b] ending in a parliament's members ("Labour MPs"): what the words before them
    name, then the members as a group of it (of the party or country it names; the run's words otherwise)."""
    tokens = doc.tokens
    added = len(out)
    _classify_run(doc, index, first, a, b - 1, mid_names, lower_words, out, g)
    members = tokens[b - 1]
    for n in range(added, len(out)):
        m = out[n]
        if m.end == tokens[b - 2].end and m.kind in ("organization", "place", "person"):
            whole = doc.text[m.start:members.end]
            owner = m.name if m.kind != "person" else whole[:m.end - m.start]
            out[n] = _Mention(m.start, members.end, f"group:{owner}:{members.text.lower()}", whole, "group",
                              index, affiliation=owner if m.kind != "person" else None, surface=whole)
            return
    if len(out) == added:
        start = tokens[a].start
        whole = doc.text[start:members.end]
        out.append(_Mention(start, members.end, f"group:{whole}", whole, "group", index, surface=whole))


# What follows a verb, never a body's name, at a sentence's start: its object pronoun, determiner or particle.
_VERB_OBJECT_OPENERS = frozenset({"in", "me", "us", "him", "her", "them", "the", "your", "our", "my", "his", "their"})
_SCHOOL_HEADS = frozenset({"University", "College", "Institute", "School"})
_SCHOOL_NAME_REACH = 6  # tokens back from the comma to the school's head word ("University of North Carolina")
_CAMPUS_MAX_WORDS = 3  # "Berkeley", "Los Angeles", "Chapel Hill"


def _campus_after_school(doc: Document, a: int, b: int, first: int, g: Gazetteer) -> bool:
    """`the University of California, Berkeley,`: a short run right after a school's name and its comma, closing
    its phrase, is the campus's town (a place, whether or not a list holds it), not a person; a run opening
    with a given name ("…, Tom Hale said") or going on as a clause is a person's."""
    tokens = doc.tokens
    if b - a > _CAMPUS_MAX_WORDS or a - 2 < first or tokens[a - 1].text != "," or tokens[a].text in g.first_names \
            or b < len(tokens) and (tokens[b].is_word or tokens[b].text in ("'s", "’s")):
        return False
    k = a - 2
    while k >= first and a - k <= _SCHOOL_NAME_REACH and (tokens[k].text[:1].isupper() or tokens[k].text == "of"):
        if tokens[k].text in _SCHOOL_HEADS:
            return True
        k -= 1
    return False


# Words that end the names of companies and courts but alone, opening a sentence, are ordinary words
# ("Dow Chemical", "Delta Air Lines", "Lyra Health", "Carlyle Capital", "the Seventh Circuit"; but "Health
# officials said", "Capital flowed out"): a body's head only after another capitalised word, not a given
# name ("Jim Steel").
_BODY_HEADS = frozenset({"Chemical", "Chemicals", "Lines", "Air", "Health", "Capital", "Circuit", "Energy", "Foods",
                         "Brands", "Petroleum", "Insurance", "Investments", "Ventures", "Research"})


# The heads of military and police units that armies number ("the 82nd Airborne Division", "the 7th Fleet",
# "the 101st Airborne Brigade"): the figure written before the capitals is part of the unit's name.
_UNIT_HEADS = frozenset({"Division", "Brigade", "Fleet", "Regiment", "Battalion", "Squadron", "Corps", "Army",
                         "Wing", "Group", "Flotilla", "Infantry", "Airborne", "Cavalry", "Precinct"})
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})


def _ordinal_before(tokens: list[Token], a: int, first: int) -> bool:
    """Whether a figure's ordinal stands right before token ``a`` ("82nd", split by the tokenizer into "82"
    and "nd")."""
    return a - 2 >= first and tokens[a - 1].text in _ORDINAL_SUFFIXES and tokens[a - 2].text.isdigit() \
        and tokens[a - 1].start == tokens[a - 2].end


def _ordinary_before_head(words: list[str]) -> bool:
    """A body's head word after one ordinary word, which makes a common phrase capitalised by a headline or a
    sentence's start ("Mental Health advocates", "Renewable Energy is a growing field", "Public Health
    officials"), not a name ("Dow Chemical", "Lyra Health"). A court's circuit keeps its ordinal or
    adjective ("the Seventh Circuit", "the Federal Circuit")."""
    return len(words) == 2 and words[1] != "Circuit" and words[0].lower() in _common_words()


# The colours that name a people as adjectives ("Black voters", "White households"), also surnames ("Jack
# Black said"): only before a plural they modify are they known to be no one.
_RACE_COLOURS = frozenset({"Black", "White"})
# The plurals such a colour modifies besides the group nouns ("Black votes", "White neighborhoods"); not a
# verb's "-s" ("Black votes against the bill" is rarer in news copy than the noun).
_WHAT_A_PEOPLE_HAS = frozenset({"votes", "families", "communities", "households", "neighborhoods", "neighbourhoods",
                                "churches", "women", "men", "lives", "children", "youths", "homeowners"})


# Kinds of body a country has one of, which news copy names by the word alone ("Army officers said": the
# country's army).
_ONE_OF_A_KIND = frozenset({"Army", "Government", "Administration", "Military", "Regime"})


# A government's debt is named for its issuer: "the 10-year Treasury note", "Treasury yields", "the Treasury
# market" are securities and their trading, not the department (which "the Treasury said" still is).
_ISSUERS = frozenset({"Treasury", "U.S. Treasury", "US Treasury"})
_SECURITY_NOUNS = frozenset({"note", "notes", "bond", "bonds", "bill", "bills", "yield", "yields", "securities",
                             "market", "markets", "auction", "auctions", "futures", "prices", "rates", "debt"})


def _classify_run(doc: Document, index: int, first: int, a: int, b: int, mid_names: Container[str],
                  lower_words: Container[str], out: list[_Mention], g: Gazetteer) -> None:
    tokens = doc.tokens
    text = tokens[a].text
    if a - 2 >= first and tokens[a - 1].text in ("“", '"') and inscription_before(doc.lower_texts(), a - 2, first):
        return  # "shirts reading “Keep Elm Street Quiet”": the words on a sign or a shirt, no one's name
    if b - a >= 2 and tokens[b - 1].text in _ELECTED_MEMBERS:
        _elected_members(doc, index, first, a, b, mid_names, lower_words, out, g)
        return
    if _campus_after_school(doc, a, b, first, g):
        surface = _phrase(doc, tokens, a, b)  # "the University of California, Berkeley": the campus's town
        out.append(_Mention(tokens[a].start, tokens[b - 1].end, "place:" + surface, surface, "place", index,
                            affiliation=g.place_countries.get(surface), surface=surface))
        return
    if b - a >= 2:
        member = next((k for k in range(a + 1, b) if tokens[k].text in _ELECTED_MEMBER), None)
        if member is not None:
            # "a Labour MP", "Labour MP Tom Hale", "Tom Hale MP": the seat is a role, no one's name; the words
            # before it name the party or country (or the member), the words after it the member
            _classify_run(doc, index, first, a, member, mid_names, lower_words, out, g)
            if member + 1 < b:
                _classify_run(doc, index, first, member + 1, b, mid_names, lower_words, out, g)
            return
    if b == a + 1 and text not in g.first_words:
        if text in _lone_not_names() or text.endswith(_CONTRACTIONS):
            return  # "The", "But", "Sunday", "I’ve" alone: what the opener stripping below would leave is nothing
        if "-" in text and text[text.rfind("-") + 1:text.rfind("-") + 2].islower():
            # "Sanders-backed", "Obama-era": the name before the hyphen; "Republican-leaning", "T-shirts": none
            if _names_in_compound(text.split("-", 1)[0], _sentence_initial(tokens, a, first), mid_names,
                                  lower_words):
                _compound_head(tokens[a], index, out, g)
            return
        if text not in g.not_names and "-" not in text:
            # the common case, one capitalised word no lexicon knows: straight to the name rules
            _person(doc, index, a, b, out, g, initial=_sentence_initial(tokens, a, first), mid_names=mid_names,
                    lower_words=lower_words)
            return
    end_of_sentence = doc.sentences[index].last_token
    if "-" in tokens[a].text and b == a + 1 and tokens[a].text not in g.titles:
        parts = tokens[a].text.split("-")
        if (parts[0].lower() in _HYPHEN_PREFIXES or any(p in g.places or p in g.demonyms for p in parts)
                and not _surname_of_named(doc.text, tokens[a].text) or _party_tag(parts, g)):
            return  # handled by _hyphen_parts (but "Jordan-Aparo" after "Randall Jordan-Aparo" is his surname)
        if (len(parts) == 2 and parts[0] in _PARTY_LETTERS and len(parts[1]) == 1 and parts[1].isupper()
                and b < len(tokens) and tokens[b].text == "." and tokens[b].start == tokens[a].end):
            return  # "(D-N.J.)", "(R-S.C.)": a party tag with a dotted state, cut at its first period
    # Whole-run gazetteer hits first: "The Hague", "The New York Times". (``_match`` finds nothing
    # when the first word starts no gazetteer entry: that test is made here to save the calls.)
    known = g.first_words
    run_start = a
    j = _match(doc, tokens, a, b, g.organizations, g.organization_heads, g.longest) if text in known else a
    if j == b:
        name = g.organizations[_phrase(doc, tokens, a, b)]
        if b < end_of_sentence and tokens[b].text in _SECURITY_NOUNS and _phrase(doc, tokens, a, b) in _ISSUERS:
            return  # "the 10-year Treasury note", "Treasury yields": a security, not the department
        out.append(_Mention(tokens[a].start, tokens[b - 1].end, "org:" + name, name, "organization", index,
                            surface=_phrase(doc, tokens, a, b)))
        return
    if text in known and _thing(doc, tokens, index, a, b, out, g):
        return  # "Social Security", "Super Tuesday": a programme or an event, no person
    if b - a > 1 and tokens[b - 1].text in _community_tails():
        for k in (a, a + 1):  # the whole run, or after its opener ("Many New Yorkers")
            surface = _phrase(doc, tokens, k, b)
            if surface in g.communities:  # "Native Americans", "New Yorkers": a group
                name = g.communities[surface]
                out.append(_Mention(tokens[k].start, tokens[b - 1].end, "group:" + name, name, "group", index,
                                    surface=surface))
                return
    if text in _PARTY_TITLES and b - a > 2 and tokens[a + 1].text == "of" \
            and _phrase(doc, tokens, a + 2, b) in g.places:
        return  # "Asa Hutchinson, Republican of Arkansas,": a description of the person before, no one new
    if tokens[b - 1].text in _WEEKDAYS and b - a > 1:
        # "said Ted Cruz Tuesday", "told NBC News Monday": the day is when, not part of the name
        _classify_run(doc, index, first, a, b - 1, mid_names, lower_words, out, g)
        return
    if a < j < b and (j < _is_title(doc, tokens, j, b) < b
                      or tokens[j].text in _PARTY_TITLES and b - j > 2 and _party_title(tokens, j + 1, b, g)):
        # "FBI Director James Comey", "House Republican Kevin McCarthy": the body, then its member by name
        surface = _phrase(doc, tokens, a, j)
        out.append(_Mention(tokens[a].start, tokens[j - 1].end, "org:" + g.organizations[surface],
                            g.organizations[surface], "organization", index, surface=surface))
        _person(doc, index, j, b, out, g)
        return
    if a < j < b and _match(doc, tokens, j, b, g.places, g.place_heads, g.longest) == b:
        # "Breitbart Jerusalem", "CNN International"-like: a listed body's edition or branch named by its
        # place, one body (not a person "Breitbart Jerusalem", as the run would otherwise be)
        surface = _phrase(doc, tokens, a, b)
        out.append(_Mention(tokens[a].start, tokens[b - 1].end, "org:" + surface, surface, "organization", index,
                            surface=surface))
        return
    k = a + (tokens[a].text == "The")
    if b - k >= 2 and tokens[k].text in _MASTHEAD_WORDS and tokens[k + 1].is_word:
        # "The Daily Wire", "Daily Kos": a title of the masthead kind, whatever word follows
        surface = _phrase(doc, tokens, k, b)
        name = g.organizations.get(surface, surface)
        out.append(_Mention(tokens[k].start, tokens[b - 1].end, "org:" + name, name, "organization", index,
                            surface=surface))
        return
    # Strip openers that are not names ("The", "In", "Sunday").
    while (a < b and tokens[a].text in g.not_names and not _given_name_first(doc, tokens, a, b, index, g)
           and not _regional_body(tokens, a, b, g)
           and (tokens[a].text not in known or _match(doc, tokens, a, b, g.places, g.place_heads, g.longest) == a
                and _match(doc, tokens, a, b, g.organizations, g.organization_heads, g.longest) == a
                and _match(doc, tokens, a, b, g.things, g.thing_heads, g.longest) == a)
           and (tokens[a].text not in known and tokens[a].text not in _TITLE_PREFIXES
                or _is_title(doc, tokens, a, b) == a)):
        a += 1
    if a == run_start and b - a > 1 and tokens[a].text not in known and (
            _opener(tokens[a].text, g) or _participle_before_listed(doc, tokens, a, b, g)
            or _participle_of_verb(tokens[a].text.lower()) and tokens[a].text not in g.first_names
            and b < len(tokens) and tokens[b].text == ",") \
            and _sentence_initial(tokens, a, first):
        a += 1  # "Plus Obama", "Besides Clinton", "Following Sanders": a sentence's first word, then the name
        # ("Speaking Spanish, the mayor ...": a participle's clause, its object no one)
    elif (a == run_start and b - a > 2 and tokens[a + 1].text == "of" and tokens[a].text.endswith("s")
          and tokens[a].text not in known and tokens[a].text not in g.org_words
          and tokens[a].text.lower() in _common_words() and _sentence_initial(tokens, a, first)):
        # "Members of the Senate", "Leaders of the Women's March": an ordinary plural opens the sentence,
        # then what its people belong to
        a += 3 if tokens[a + 2].text == "the" and b - a > 3 else 2
    if a > run_start and b == a + 1 and "-" in tokens[a].text and tokens[a].text not in g.titles:
        parts = tokens[a].text.split("-")
        if any(p in g.places or p in g.demonyms for p in parts):
            return  # "A Texas-based group": handled by _hyphen_parts
        if parts[-1][:1].islower():
            place = g.places.get(f"{tokens[a - 1].text} {parts[0]}")
            if place is not None:  # "New York-based": the place the stripped word began
                start, end = tokens[a - 1].start, tokens[a].start + len(parts[0])
                out.append(_Mention(start, end, "place:" + place, place, "place", index,
                                    affiliation=g.place_countries.get(f"{tokens[a - 1].text} {parts[0]}"),
                                    surface=doc.text[start:end]))
            elif _names_in_compound(parts[0], _sentence_initial(tokens, run_start, first), mid_names, lower_words):
                _compound_head(tokens[a], index, out, g)  # "An ISIS-inspired attack"
            return
    if a > run_start and a + 1 < b and tokens[a].text == "of" and tokens[a + 1].text == "the":
        if a + 2 < b and tokens[a + 2].text in known and (
                _match(doc, tokens, a + 2, b, g.things, g.thing_heads, g.longest) == b
                or _match(doc, tokens, a + 2, b, g.organizations, g.organization_heads, g.longest) == b):
            _classify_run(doc, index, first, a + 2, b, mid_names, lower_words, out, g)  # "Critics of the FBI"
        return  # "State of the Union": the stripped word headed the name, what is left names nothing
    while a < b and (tokens[a].text in _CONNECTORS or not tokens[a].is_word):
        a += 1
    if a >= b:
        return
    if b > a + 1 and "-" in tokens[b - 1].text and _compound_name(doc, index, a, b, out, g):
        return
    head_known = tokens[a].text in known
    # "the FBI"; at the run's own start the whole-run test above has already said no
    if (head_known and a > run_start
            and _match(doc, tokens, a, b, g.organizations, g.organization_heads, g.longest) == b):
        surface = _phrase(doc, tokens, a, b)
        out.append(_Mention(tokens[a].start, tokens[b - 1].end, "org:" + g.organizations[surface],
                            g.organizations[surface], "organization", index, surface=surface))
        return
    if head_known and a > run_start and _thing(doc, tokens, index, a, b, out, g):
        return  # "the Affordable Care Act", "The Great Recession"
    initial = _sentence_initial(tokens, a, first)
    # Country words: "Russia", "Russian territory", "North Korean troops", "U.S. officials".
    j = _match(doc, tokens, a, b, g.places, g.place_heads, g.longest) if head_known else a
    if j > a and g.dotted and tokens[j - 1].text in g.dotted and (
            not _period_after(tokens, j)
            or tokens[j - 1].text.lower() in _common_words() and not (a > first and tokens[a - 1].text in ",(")
            and not (j + 1 < len(tokens) and tokens[j + 1].text in g.title_heads)):
        # "Mass" without its period is no abbreviation of Massachusetts; with it, an abbreviation that spells a
        # word ("Mass.", "Miss.", "Ill.") is the state only where AP style writes one, after a town and a comma
        # ("Springfield, Mass."), in brackets after a member's name ("Jane Doe (Mass.)") or before an office
        # ("Wash. Gov. Jay Inslee"): "after Mass." is the service
        j = a
    kind_of_place = "place" if j > a else ""
    if j == a and head_known:
        j = _match(doc, tokens, a, b, g.demonyms, g.demonym_heads, g.longest)
        kind_of_place = "demonym" if j > a else ""
    if j > a:
        surface = _phrase(doc, tokens, a, j)
        country = g.places.get(surface) or g.demonyms.get(surface)
        within = g.place_countries.get(surface)  # a region's country: "New York" lies in the United States
        if j == b:
            nxt = tokens[b] if b < end_of_sentence else None
            if kind_of_place == "demonym" and not surface.endswith("s") \
                    and _names_a_language(doc, a, b, first, end_of_sentence):
                return  # "in Spanish", "a Russian translation": a language, not the country (not "into Israelis")
            if kind_of_place == "demonym" and b == a + 1 and a > first and tokens[a - 1].text in ("the", "The") \
                    and nxt is not None and nxt.text in _DEMONYM_BODY_NOUNS \
                    and not _NAME_AFTER.match(doc.text, nxt.end):
                return  # "the Japanese automaker said": a description of a body named before (``_descriptions``)
            if kind_of_place == "demonym" and b == a + 1 and a > first \
                    and tokens[a - 1].text.lower() in {"the", "a", "an"} \
                    and not surface.endswith(("s", "ese", "ish", "ch")) \
                    and (nxt is None or nxt.text not in ("'s", "’s") and (not nxt.is_word or _verb_like(nxt.text))):
                # (not before "'s": "the American's offensive" is as often the country's)
                if tokens[a - 1].text in ("the", "The") and not _participle_before_plural(tokens, b, end_of_sentence):
                    # the one the article spoke of (``_demonym_people``); not "the Syrian armed forces"
                    out.append(_Mention(tokens[a - 1].start, tokens[a].end, "nation?:" + country, surface, "person",
                                        index, surface=_phrase(doc, tokens, a - 1, b)))
                return  # "The Serb said", "Dragan Ilic, a Serb, said": a person of that nation, not the country
            if nxt is not None and nxt.is_word and nxt.text.lower() in g.group_nouns:
                noun = nxt.text.lower()
                out.append(_Mention(tokens[a].start, nxt.end, f"group:{country}:{noun}",
                                    f"{surface} {noun}", "group", index, affiliation=country,
                                    surface=f"{surface} {nxt.text}"))
                return
            head = tokens[b + 1] if kind_of_place == "demonym" and b + 1 < end_of_sentence else None
            if head is not None and head.is_word and head.text.lower() in g.group_nouns \
                    and nxt.text.isalpha() and nxt.text.islower() and not _verb_like(nxt.text):
                # "Russian shipping firms", "Chinese state media": the firms speak, not Russia
                noun = f"{nxt.text} {head.text.lower()}"
                out.append(_Mention(tokens[a].start, head.end, f"group:{country}:{noun}",
                                    f"{surface} {noun}", "group", index, affiliation=country,
                                    surface=f"{surface} {nxt.text} {head.text}"))
                return
            out.append(_Mention(tokens[a].start, tokens[j - 1].end, "place:" + country, country, "place", index,
                                affiliation=within, surface=surface))
            return
        # A country word before more capitals: a title ("Russian President Vladimir Putin"),
        # an organisation ("Ukrainian Army") or a longer name ("Washington Post").
        t_end = _is_title(doc, tokens, j, b)
        if t_end == b - 1 > j and tokens[b - 1].text in g.org_words:
            # "Massachusetts General Hospital", "Virginia General Assembly": a title word, then only the body's
            # head noun: the whole run is the body, no one's title
            surface = _phrase(doc, tokens, a, b)
            out.append(_Mention(tokens[a].start, tokens[b - 1].end, "org:" + surface, surface, "organization", index,
                                affiliation=country, surface=surface))
            return
        if t_end > j or tokens[j].text in _PARTY_TITLES and b - j > 2 and _party_title(tokens, j + 1, b, g):
            if kind_of_place == "place" and within is not None:  # "California Attorney General X" names the state
                # too; a country's name in a title is the office's ("U.S. District Judge X", "U.K. Ambassador X"),
                # as its demonym is ("British Ambassador X"): the person is the actor, the country an affiliation
                out.append(_Mention(tokens[a].start, tokens[j - 1].end, "place:" + country, country, "place", index,
                                    affiliation=within, surface=surface))
            _person(doc, index, j, b, out, g, affiliation=country)  # "Texas Republican Ted Cruz" too
            return
        rest = _phrase(doc, tokens, j, b)
        if any(w in g.org_words for w in rest.split()):
            if kind_of_place == "demonym":
                out.append(_Mention(tokens[a].start, tokens[b - 1].end, "org:" + _phrase(doc, tokens, a, b),
                                    _phrase(doc, tokens, a, b), "organization", index, affiliation=country,
                                    surface=_phrase(doc, tokens, a, b)))
                return
        elif kind_of_place == "place" and b - j == 1 and _team_plural(tokens[j].text, g):
            # "the Denver Broncos", "Carolina Panthers": a place, then a plural no community or place word is,
            # names a team, a body of players
            out.append(_Mention(tokens[a].start, tokens[b - 1].end, "org:" + _phrase(doc, tokens, a, b),
                                _phrase(doc, tokens, a, b), "organization", index, affiliation=country,
                                surface=_phrase(doc, tokens, a, b)))
            return
        elif within is not None and a > first and tokens[a - 1].text.lower() in {"the", "a", "an"} and (
                rest in _PARTY_WORDS or rest.lower() in g.descriptors):
            pass  # "a California Democrat": a description of someone named nearby (``_person``)
        elif kind_of_place == "demonym" or rest in g.not_names or (
                2 <= b - j <= 3 and tokens[j].text in g.first_names and tokens[b - 1].is_word
                and tokens[b - 1].text not in g.place_words):
            # "New York Angel Gomez": a place, then a person named by given name and surname
            out.append(_Mention(tokens[a].start, tokens[j - 1].end, "place:" + country, country, "place", index,
                                affiliation=within, surface=surface))
            if j < b:
                _classify_run(doc, index, first, j, b, mid_names, lower_words, out, g)
            return
        elif kind_of_place == "place" and rest in g.places:
            _classify_run(doc, index, first, j, b, mid_names, lower_words, out, g)  # "the U.S. Capitol": a place
            return  # of the country named before it
    _person(doc, index, a, b, out, g, initial=initial, mid_names=mid_names, lower_words=lower_words)


def _participle_before_plural(tokens: list[Token], b: int, end: int) -> bool:
    """Whether tokens[b] is an "-ed" word before a lower-case plural ("the Syrian armed forces", "the Iranian
    backed militias"): an adjective of the plural's, not the verb of a person the demonym names."""
    return b + 1 < end and tokens[b].text.endswith("ed") and tokens[b + 1].text.islower() \
        and tokens[b + 1].text.endswith("s") and tokens[b + 1].text not in stopwords()


def _regional_body(tokens: list[Token], a: int, b: int, g: Gazetteer) -> bool:
    """A regional or faith adjective opening a body's name ("African Union", "African National Congress",
    "Arab League", "Asian Development Bank"): part of the name, though alone it names no one; not before a
    party's plural ("Southern Democrats" are Democrats). Likewise a place's ("the Northern Sea Route", "Eastern
    Parkway"): the direction word is part of the name of a route, strait or district."""
    return (tokens[a].text in _REGIONAL_ADJECTIVES and b - a >= 2
            and (tokens[b - 1].text in g.org_words or tokens[b - 1].text in g.place_words)
            and tokens[b - 1].text not in _PARTY_PLURALS and all(t.is_word for t in tokens[a + 1:b]))


# The adjectives of ``not_names.txt`` that name a region, people or faith, and may open a body's name.
_REGIONAL_ADJECTIVES = frozenset({"European", "Western", "Eastern", "Northern", "Southern", "Asian", "African",
                                  "Arab", "Latin", "Nordic", "Baltic", "Balkan", "Scandinavian", "Muslim",
                                  "Jewish", "Catholic", "Islamic", "Hispanic", "Indigenous"})
_PARTY_PLURALS = frozenset({"Democrats", "Republicans"})


def _plural_tail(words: list[str], lower_words: Container[str] | None, g: Gazetteer) -> bool:
    """A name of several words ending in a plural the language uses as an ordinary word ("Workers",
    "Steelworkers" ... "steelworkers", "Matters"): a union, team or movement, no person, unless a given
    name opens it; six letters at least, as shorter plurals ("Woods", "Banks") are common surnames."""
    last = words[-1]
    if len(last) < 6 or not last.endswith("s") or last.endswith("ss") or not last[1:].islower() \
            or words[0] in g.first_names or last in _PARTY_WORDS or last in g.communities:
        return False
    low = last.lower()
    return low in _common_words() or low in (lower_words or ())


_LATIN_GENITIVE_ENDINGS = ("orum", "arum", "ibus")
_LATIN_GENITIVES = frozenset({"Dei", "Domini", "Sancti", "Spiritus"})  # (not "Christi": Corpus Christi, Texas)
_ENDS_LATIN = methodcaller("endswith", (*_LATIN_GENITIVE_ENDINGS, "ae"))  # what every other genitive ends in


def _latin_phrase(words: list[str]) -> bool:
    """Whether a word of the run ``words`` is a Latin genitive or dative (``_latin_genitive``); only a run
    with a listed genitive or one of the endings, looked for in C, is asked word by word."""
    if _LATIN_GENITIVES.isdisjoint(words) and not any(map(_ENDS_LATIN, words)):
        return False
    last = len(words) - 1
    return any(_latin_genitive(w, last=k == last) for k, w in enumerate(words))


def _latin_genitive(word: str, *, last: bool) -> bool:
    """A Latin genitive or dative ("Summorum", "Humanae", "Dei"): church documents and rites are titled by
    Latin phrases holding one ("Summorum Pontificum", "Humanae Vitae", "Ecclesia Dei"). A surname may end
    so ("Santorum"), so "-orum", "-arum" and "-ibus" count only before the last word; "-ae" only in a word
    of six letters or more ("Renae" is a given name)."""
    if word in _LATIN_GENITIVES:
        return True
    if not word[1:].islower():
        return False
    return (not last and len(word) >= 6 and word.endswith(_LATIN_GENITIVE_ENDINGS)
            or len(word) >= 6 and word.endswith("ae"))


def _team_plural(word: str, g: Gazetteer) -> bool:
    """A capitalised plural after a place that makes the two a team's name ("Broncos", "Cubs"): not a
    party's members ("Democrats"), a community ("Texans"), a group noun or a place word ("Keys",
    "Falls"), and a regular plural ("-s", not "-ss", "-us", "-is")."""
    return (len(word) > 3 and word[1:].islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in _PARTY_WORDS and word not in g.communities and word not in g.place_words
            and word not in g.org_words and word.lower() not in g.group_nouns and word not in g.not_names)


# First words of newspaper and site titles ("The Daily Wire", "Daily Kos", "The Weekly Standard").
_MASTHEAD_WORDS = frozenset({"Daily", "Weekly"})
# Compound adjectives' second parts that are no part of a name: "-led", "-backed", "-era", "-style".
_COMPOUND_TAILS = frozenset({"era", "style", "like", "type", "born", "run", "made", "esque", "wing", "friendly",
                             "proof", "free", "sized", "size", "lite", "world"})


def _compound_name(doc: Document, index: int, a: int, b: int, out: list[_Mention], g: Gazetteer) -> bool:
    """A name of several words heading a compound adjective: "the Donald Trump-led coalition", "a Los
    Angeles-based firm", "the Tea Party-backed candidate". Added (and True returned) when the whole name is a
    known place, organisation or named thing, or starts with a listed given name; the tail must read as an
    English word ("-led", "-style"), which keeps "Kim Jong-un" and "Moon Jae-in" whole."""
    tokens = doc.tokens
    last = tokens[b - 1].text
    cut = last.find("-")
    head, tail = last[:cut], last[cut + 1:]
    if not head[:1].isupper() or not tail[:1].islower() or len(tail) < 3 or not (
            tail.endswith(("ed", "ing", "ers")) or tail in _COMPOUND_TAILS):
        return False
    if not all(t.is_word or t.text == "." for t in tokens[a:b - 1]):
        return False
    start, end = tokens[a].start, tokens[b - 1].start + cut
    surface = doc.text[start:end]
    if surface in g.places:
        out.append(_listed_place(g, surface, start, end, index))
    elif surface in g.organizations:
        out.append(_Mention(start, end, "org:" + g.organizations[surface], g.organizations[surface],
                            "organization", index, surface=surface))
    elif surface in g.things:
        name = g.things[surface]
        out.append(_Mention(start, end, "thing:" + name, name, g.thing_kinds[name], index, surface=surface))
    elif tokens[a].text in g.first_names and head not in g.org_words and head not in g.thing_words:
        words = [t.text for t in tokens[a:b - 1] if t.is_word] + [head]
        out.append(_Mention(start, end, "name:" + " ".join(_name_core(words)), surface, "person", index,
                            surface=surface))
    else:
        return False
    return True


def _given_name_first(doc: Document, tokens: list[Token], a: int, b: int, index: int, g: Gazetteer) -> bool:
    """A word that is both an ordinary word and a given name ("Will", "Jan"), then one more capitalised word
    or a surname with its particles, in a statement: "Will Smith starred", "Jan de Vries said", a person
    ("Will Smith attend?" asks, and is left to the usual rules)."""
    return ((b == a + 2 or b > a + 2 and tokens[a + 1].text in SURNAME_PARTICLES)
            and tokens[a].text in g.first_names and tokens[a + 1].is_word
            and doc.text.find("?", tokens[a + 1].end, doc.sentences[index].end) < 0)


# Offices that are no one's surname: alone, even after "for" or "Mr.", they describe someone, never name him.
_OFFICES = frozenset({"President", "Senator", "Governor", "Secretary", "Chancellor", "Minister", "Congressman",
                      "Congresswoman", "Chairman", "Chairwoman", "President-elect", "Vice President",
                      "Pope", "Archbishop", "Cardinal"})  # (church writing capitalises its offices: "a wayward Pope")
# Nouns a party word modifies as an adjective ("the House Republican conference"), besides group nouns.
_PARTY_BODIES = frozenset({"conference", "caucus", "caucuses", "leadership", "establishment", "majority",
                           "minority", "primary", "primaries", "nomination", "convention", "debate", "base",
                           "ticket", "platform", "delegation", "side"})
# Adjectives of a race between a party word and its noun ("the CNN Republican presidential debate").
_CONTEST_ADJECTIVES = frozenset({"presidential", "congressional", "senatorial", "gubernatorial", "mayoral",
                                 "legislative", "vice-presidential", "national", "state", "party"})
# Endings of doctrines and attitudes ("Liberalism", "Islamophobia"), which no surname has.
_DOCTRINE_ENDINGS = ("ism", "isms", "phobia")
# What joins an ordinary word into a longer name before it: "Women's March", "Farmers’ Voice".
_NAME_JOINERS = frozenset({"'s", "’s", "'", "’"})  # (the last two: a plural's, "Farmers’ Voice")
# The words other than a capitalised one that may go on a run (``_runs``): any other ends it.
_RUN_CONTINUERS = _NAME_JOINERS | _CASE_MARKS | {"&", "the"} | _RUN_GLUE | _ORG_GLUE | _LIST_GLUE
# Words before a bare title that make it a noun ("this Pope", "any Pope", "made him Pope"), not a surname.
_DETERMINERS = frozenset({"the", "a", "an", "'s", "’s", "former", "our", "their", "his", "her", "its", "my", "your",
                          "this", "that", "these", "those", "any", "no", "every", "each", "another", "which",
                          "whose", "what", "only", "next", "new", "late", "then", "previous", "current", "future",
                          "given", "him", "them", "us", "me"})
# Endings that make a word an adjective ("reckless", "famous", "progressive"; not "-ed", as often a verb's:
# "asked King"): after one a bare title is a noun ("the reckless Pope"), not a surname.
_ADJECTIVE_ENDINGS = ("less", "ous", "ful", "tive", "able", "ible", "ical", "ish")
# What follows an imperative's verb, never a name: "Take a listen", "Call it luck", "See them".
_OBJECT_WORDS = frozenset({"a", "an", "the", "it", "me", "us", "them", "your", "our", "my", "this", "these", "those"})
_WEEKDAYS = frozenset(day.capitalize() for day in WEEKDAYS)


def _thing(doc: Document, tokens: list[Token], index: int, a: int, b: int, out: list[_Mention],
           g: Gazetteer) -> bool:
    """A whole run that ``named_things.tsv`` knows: added as an actor of its kind ("policy", "event")."""
    if _match(doc, tokens, a, b, g.things, g.thing_heads, g.longest) != b:
        return False
    surface = _phrase(doc, tokens, a, b)
    name = g.things[surface]
    out.append(_Mention(tokens[a].start, tokens[b - 1].end, "thing:" + name, name, g.thing_kinds[name], index,
                        surface=surface))
    return True


# What a company's name stands beside in market news: "Rivian shares rose", "shares of Rivian"
# ("Smith shares his views": "shares" after a name is a verb unless a move of the market follows it).
_MARKET_NOUNS = frozenset({"shares", "stock", "shareholders", "stockholders"})
_MARKET_MOVES = frozenset("""rose fell jumped dropped slid surged tumbled climbed gained sank soared plunged rallied
    slumped closed ended traded opened rise fall jump drop slide surge tumble climb gain sink soar plunge rally
    slump were have""".split())
_MARKET_BEFORE = frozenset({("shares", "of"), ("shares", "in"), ("stake", "in"), ("stock", "of"), ("stock", "in")})


def _traded(doc: Document, a: int, b: int, sentence) -> bool:
    """Whether the name at tokens [a, b) is spoken of as a listed company: its shares or stock moving
    after it ("Rivian shares rose", "Rivian's shares fell"), or "shares of", "stake in" before it (not
    "Musk's shares" alone or "Musk's shares in Tesla": a person holds them too, but a person's holding
    is not what rises and falls in market news)."""
    lows = doc.lower_texts()
    last = sentence.last_token
    if b + 1 < last and lows[b] in _MARKET_NOUNS and lows[b + 1] in _MARKET_MOVES:
        return True
    if b + 2 < last and lows[b] in _NAME_JOINERS and lows[b + 1] in _MARKET_NOUNS \
            and lows[b + 2] in _MARKET_MOVES and lows[b + 2] not in ("were", "have"):
        return True  # "Masimo's shares fell 5 percent"
    return a - 2 >= sentence.first_token and (lows[a - 2], lows[a - 1]) in _MARKET_BEFORE


# An unlisted name beside a company noun is a company's: "the chipmaker Zentrix said", "Zentrix, the Dutch
# chipmaker," (not "the company Musk runs": only before a comma, a full stop, "'s" or a report), and so is
# one that has a company's officers or owners ("Zentrix's chief executive"; not "Musk's shares").
_COMPANY_NOUNS = frozenset("""company firm corporation bank chipmaker automaker carmaker retailer airline carrier lender
    insurer startup start-up drugmaker conglomerate manufacturer broadcaster brewer nonprofit non-profit""".split())
_AFTER_COMPANY_NOUN = frozenset({",", ".", "'s", "’s", "said", "says", "announced", "reported", "that", "which",
                                 "whose", "based", "in", "on", "for", "and", "has", "had", "is", "was", "will",
                                 "found", "also", "with"})  # ("a survey by the firm Cadem in May found …")
_COMPANY_PARTS = frozenset({"ceo", "cfo", "shareholders", "stockholders", "subsidiary", "subsidiaries"})
_COMPANY_PART_PAIRS = frozenset({("chief", "executive"), ("chief", "financial"), ("board", "of"),
                                 ("market", "value"), ("chief", "medical"), ("chief", "operating"),
                                 ("chief", "technology"), ("chief", "nursing")})


# Whom only a company has, before "of" and its one-word name ("the chief executive of Spotify": with the
# pairs of _COMPANY_PART_PAIRS); not "president" or "chairman", which a country or a committee has too.
_COMPANY_HOLDERS = frozenset({"ceo", "founder", "co-founder", "cofounder", "shareholders", "stockholders",
                              "subsidiary", "subsidiaries"})
# What a company is in apposition before "of" ("Allergan, the maker of Botox").
_MAKER_NOUNS = frozenset({"maker", "makers", "manufacturer", "operator", "parent"})  # (not "owner": "Kraft,
# the owner of the Patriots")


# Words that end an apposition's noun phrase before its head: what follows them is no longer the head.
_APPOSITION_HEAD_ENDS = frozenset({"of", "for", "at", "with", "to", "in", "by", "from", "on", "and", "or", "the",
                                   "a", "an", "who", "whose", "which", "that", "'s", "’s"})


# Nouns for bodies that stand before a name in apposition ("the state weather agency, Aemet, said"):
# beyond the company nouns, public and civic bodies and a film's distributor.
_BODY_APPOSITION_NOUNS = _COMPANY_NOUNS | frozenset("""agency regulator watchdog distributor studio charity
    club ministry department authority service institute""".split())
# Person nouns after which "at X" names where the person works ("a senior analyst at Comscore").
_EMPLOYEE_NOUNS = frozenset("""analyst economist scientist researcher professor lecturer director executive
    manager engineer spokesman spokeswoman spokesperson strategist editor correspondent consultant
    specialist fellow""".split())
# A club's people written between its one-word name and a person's name ("Eastbridge manager Diego
# Ferreira", "Rovers goalkeeper Lars Nyström"). Not the staff a person has too ("Trump spokesman Hope Hicks",
# "Biden adviser X"): those words leave the name a person's.
_MEMBER_NOUNS = frozenset("""manager coach defender midfielder striker forward goalkeeper keeper captain winger
    full-back fullback centre-back playmaker""".split())
_CHAIRS = frozenset({"chairman", "chairwoman"})  # nor is anyone a person's chairman: "Nordmark chairman Erik Dahl"
_MEMBER_NOUNS |= _CHAIRS


def _club_member_after(doc: Document, a: int, b: int, sentence) -> bool:
    """Whether the one-word name at tokens [a, b) is a club's, by the member's role and name after it
    ("Eastbridge manager Diego Ferreira", "Chelsea striker Cole Palmer": no person is anyone's striker)."""
    lows, tokens = doc.lower_texts(), doc.tokens
    return b - a == 1 and b + 1 < sentence.last_token and lows[b] in _MEMBER_NOUNS and tokens[b].text.islower() \
        and tokens[b + 1].text[:1].isupper() and tokens[b + 1].is_word \
        and not (lows[b] in _CHAIRS and tokens[a].text in gazetteer().org_words)  # ("Party chairman X": a noun)


def _company_context(doc: Document, a: int, b: int, sentence) -> bool:
    """Whether the name at tokens [a, b) stands in apposition to a company noun or owns a company's parts,
    or is where a person works: after "an analyst at" (a club's member after it: ``_club_member_after``)."""
    lows, first, last = doc.lower_texts(), sentence.first_token, sentence.last_token
    if a - 1 >= first and lows[a - 1] in _COMPANY_NOUNS and b < last and lows[b] in _AFTER_COMPANY_NOUN:
        return True
    if a - 2 >= first and lows[a - 1] == "," and lows[a - 2] in _BODY_APPOSITION_NOUNS and b < last \
            and lows[b] in (",", ".", ";"):
        return True  # "Spain’s meteorological agency, Aemet, issued …"
    if a - 2 >= first and lows[a - 1] == "at" and lows[a - 2] in _EMPLOYEE_NOUNS and b - a == 1:
        return True  # "a senior analyst at Comscore"
    tokens = doc.tokens
    if b - a == 1 and a - 2 >= first and lows[a - 1] == "of" and (
            lows[a - 2] in _COMPANY_HOLDERS or a - 3 >= first and (lows[a - 3], lows[a - 2]) in _COMPANY_PART_PAIRS):
        return True  # "the chief executive of Spotify", "founder of Lumora", "shareholders of Kestrel"
    if b + 2 < last and lows[b] == "," and lows[b + 1] in ("the", "a", "an", "his", "her", "their", "its"):
        # "Zentrix, the chipmaker,", "Zentrix, a Dutch chipmaker,", "Xinhua, the official Chinese news agency,",
        # "Allergan, the maker of Botox", "Alameda Research, his trading firm,": the apposition's head noun,
        # after its modifiers only
        for k in range(b + 2, min(b + 6, last - 1)):
            after = lows[k + 1]
            if lows[k] in _COMPANY_NOUNS and after in _AFTER_COMPANY_NOUN and after not in _NAME_JOINERS \
                    or lows[k] in _NEWS_SERVICES and after in (",", ".") or lows[k] in _MAKER_NOUNS and after == "of":
                return True
            if not tokens[k].is_word or lows[k] in _APPOSITION_HEAD_ENDS:
                break  # (not "Reyes, the company's lawyer", "a lawyer for the company and …": a person)
    if b + 2 < last and lows[b] in _NAME_JOINERS:
        return lows[b + 1] in _COMPANY_PARTS or (lows[b + 1], lows[b + 2]) in _COMPANY_PART_PAIRS
    return a == first and b - a >= 2 and lows[a] not in _common_words() and _company_reports(lows, b, last)


_REPORT_VERBS = frozenset({"said", "says", "announced", "reported", "added", "confirmed"})


def _company_reports(lows: list[str], b: int, last: int) -> bool:
    """Whether the sentence a name opens is reported at its end by "the" and a company noun ("Kestrel Zephyr
    will close two plants, the carrier said"): the trailing speaker describes the sentence's subject, so the
    name is the company's. One pass over the sentence's tokens, only for a name of several words that opens it
    (not "Core prices rose, the bank said": a sentence's capital on a word of the language)."""
    for k in range(b + 1, last - 3):
        if lows[k] == "," and lows[k + 1] == "the" and lows[k + 2] in _COMPANY_NOUNS and lows[k + 3] in _REPORT_VERBS:
            return True
    return False


def _person(doc: Document, index: int, a: int, b: int, out: list[_Mention], g: Gazetteer, *,
            affiliation: str | None = None, initial: bool = False, mid_names: Container[str] | None = None,
            lower_words: Container[str] | None = None) -> None:
    """A name run, maybe with a title: a person unless organisation words or a place context say otherwise."""
    tokens = doc.tokens
    sentence = doc.sentences[index]
    end_of_sentence = sentence.last_token
    head = tokens[a].text
    t_end = _is_title(doc, tokens, a, b) if head in g.first_words or head in _TITLE_PREFIXES else a
    if t_end == a and head in _PARTY_TITLES:
        if _party_name(doc, a, b, g):  # "the Democratic Renewal party", and "Democratic Renewal won" after it
            surface = _phrase(doc, tokens, a, b)
            out.append(_Mention(tokens[a].start, tokens[b - 1].end, "org:" + surface, surface, "organization", index,
                                surface=surface))
            return
        if b == a + 2 and _plain_word(tokens[a + 1].text, lower_words):
            return  # "Republican Presidential candidate": a party and an adjective, no name
        if _party_title(tokens, a + 1, b, g):
            t_end = max(a + 1, _is_title(doc, tokens, a + 1, b))  # "Democrat Hillary Clinton", "Republican Sen. X"
            if t_end == a + 1 and b - a > 4 and _office_inside(doc, tokens, a + 1, b, g):
                # "Republican South Carolina Sen. Lindsey Graham": the party, then a place's officer by name
                _person(doc, index, a + 1, b, out, g, affiliation=affiliation)
                return
    if t_end == a and b - a >= 3 and not affiliation:
        k = _office_after_body(doc, tokens, a, b, g)
        if k:  # "Hewlett-Packard CEO Carly Fiorina": the body, then its officer under her own name
            surface = _phrase(doc, tokens, a, k)
            if not (k == a + 1 and initial and surface not in g.organizations and surface not in (mid_names or ())
                    and surface.lower() in (lower_words or ())):
                # (but "Council President Jane Roe …" opening a sentence in an article that writes "the council":
                # the office's noun, no body's name)
                out.append(_Mention(tokens[a].start, tokens[k - 1].end,
                                    "org:" + g.organizations.get(surface, surface),
                                    g.organizations.get(surface, surface), "organization", index, surface=surface))
            _person(doc, index, k, b, out, g)
            return
    while a < t_end < b - 1 and tokens[t_end].text in g.title_heads:  # "Secretary General", "Chair Rep."
        further = _is_title(doc, tokens, t_end, b)
        if further == t_end:
            break
        t_end = further
    title = _phrase(doc, tokens, a, t_end) if t_end > a else ""
    bare = False
    n_start = t_end
    while n_start < b and not tokens[n_start].is_word:
        n_start += 1
    if t_end < b and (tokens[t_end].text == "of" or tokens[t_end].text in ("’s", "'s") and (
            head in _ROYAL_OWNERS or t_end + 1 < b and tokens[t_end + 1].text in _HOLDERS_BODIES)):
        n_start, title, t_end = a, "", a  # "Duke of York", "Prince of Wales", "the King’s Fund", "the Sheriff's
        # Office": the title is the name
    if n_start >= b:
        before = tokens[a - 1].text.lower() if a > sentence.first_token else ""
        if b - a > 1 or before in _DETERMINERS or head in _OFFICES or before.endswith(_ADJECTIVE_ENDINGS) \
                or initial and not _surname_of_named(doc.text, head):
            # a bare title ("the President", "run for President", "a reckless Pope"): a description; but "King
            # was assassinated" opening a sentence of a text naming Martin Luther King Jr. is his surname
            return
        n_start, title, bare = a, "", True  # "a quote from King": a surname that is also a title
    if b - n_start >= 4:
        k, place = _of_split(doc, tokens, n_start, b, g)
        if k < b:
            body = k + 1 + (tokens[k + 1].text == "the")
            if place == "":  # "… of the British Geological Survey": a body no list holds, no one
                surface = _phrase(doc, tokens, body, b)
                out.append(_Mention(tokens[body].start, tokens[b - 1].end, "org:" + surface, surface, "organization",
                                    index, surface=surface))
                place = None
            elif place is None:  # "Carmel Martin of the Center for American Progress": the body on its own
                added = len(out)
                _person(doc, index, body, b, out, g)
                for m in out[added:]:
                    if m.kind == "person":  # "Brian Chesky of Airbnb": what a person is of is no person
                        m.key, m.kind = "org:" + m.name, "organization"
            else:  # "Bernie Sanders of Vermont": the state is named too
                surface = _phrase(doc, tokens, k + 1, b)
                out.append(_Mention(tokens[k + 1].start, tokens[b - 1].end, "place:" + place, place, "place", index,
                                    affiliation=g.place_countries.get(surface), surface=surface))
            b, affiliation = k, place or affiliation
    if (not title and b - n_start >= 3 and tokens[n_start + 1].text in g.first_names
            and tokens[n_start].text not in g.first_names and tokens[n_start].text not in g.first_words
            and tokens[n_start].is_word and tokens[n_start + 1].is_word
            and (tokens[n_start].text.lower() in _common_words() or _agent_noun(tokens[n_start].text)
                 or tokens[n_start].text.lower() in (lower_words or ()))):
        # "Writer Aaron Sorkin", "Yeah Bret Stephens", "Organizer Tom Hale": an ordinary word or a role noun,
        # then a given name
        n_start += 1
    if b - n_start == 1 and tokens[n_start].is_word:
        words = [tokens[n_start].text]  # the usual case: a single name
        surface = words[0]
        n_words = 1
    else:
        words = [t.text for t in tokens[n_start:b] if t.is_word]
        if not words:
            return
        surface = _phrase(doc, tokens, n_start, b)
        n_words = len(words)
    if not title and (words[0] in g.not_names or words[0] in _PARTY_WORDS if n_words == 1 else
                      _not_name_words().issuperset(words)):
        nxt = tokens[b] if b < end_of_sentence else None
        if words[-1] in _PARTY_WORDS and nxt is not None and nxt.is_word and nxt.text.lower() in g.group_nouns:
            noun = nxt.text.lower()
            out.append(_Mention(tokens[n_start].start, nxt.end, f"group:{words[-1]}:{noun}",
                                f"{words[-1]} {noun}", "group", index, surface=f"{surface} {nxt.text}"))
            return
        if n_words > 1 or words[0] not in _PARTY_SURNAMES or not _surname_of_named(doc.text, words[0]):
            return
        # "Rep. Al Green ... Green said": a party word that is the surname of someone named in full
    if n_words == 1 and title and words[0] in _OFFICES:
        return  # "Mr. President": an address, no name
    if n_words == 1 and not title and not bare and (words[0] in g.descriptors
                                                     or words[0].lower() in g.descriptors):
        return  # "Democrat", "President": descriptions, resolved later
    start, end = tokens[n_start].start, tokens[b - 1].end
    prev = tokens[n_start - 1] if n_start > sentence.first_token else None
    nxt = tokens[b] if b < end_of_sentence else None
    if n_words == 1 and not title and words[0] in _RACE_COLOURS and nxt is not None and nxt.is_word \
            and (nxt.text in g.group_nouns or nxt.text in _WHAT_A_PEOPLE_HAS):
        return  # "Black votes", "White voters": a people's colour before the plural it modifies, no surname
    if tokens[a].text in _SAINTS and nxt is not None and nxt.text in ("’s", "'s") and n_words <= 2 \
            and _phrase(doc, tokens, a, b) not in g.places and surface not in g.places:
        # "worked at St. Anne’s for 17 years": the church, school or hospital named for the saint, no person
        surface = _phrase(doc, tokens, a, b + 1)
        out.append(_Mention(tokens[a].start, nxt.end, "org:" + surface, surface, "organization", index,
                            surface=surface))
        return

    if (not title and 1 < n_words <= 3 and (prev is not None and prev.text.lower() in {"the", "a", "an"}
                                             and (words[-1] in _PARTY_WORDS or words[-1].lower() in g.descriptors
                                                  and not _capitalised_role(words[-1], surface, g))
                                             or words[-1] in _PARTY_MEMBERS)):
        if words[-1] in _PARTY_WORDS and (words[-1] == "Democratic" or nxt is not None and (
                nxt.text in _PARTY_BODIES or nxt.text in g.group_nouns or nxt.text in g.institutions
                or nxt.text in _CONTEST_ADJECTIVES)):
            # "the Senate Democratic leader", "the House Republican conference": a party adjective, no one; the
            # words before it may still name a body or place ("Senate", "Kent County")
            _classify_run(doc, index, sentence.first_token, n_start, b - 1, mid_names or set(), lower_words or (),
                          out, g)
            return
        # "the Kentucky Republican", "a California Democrat": a description of someone named nearby
        out.append(_Mention(start, end, "desc?:" + words[-1].lower(), surface, "person", index, surface=surface))
        return
    if "&" in surface and surface in g.not_names:
        return  # "Q&A", "R&D", "M&A": a format or a line of business, no one
    if n_words > 1 and all(map(str.isupper, words)) and not title and ("&" not in surface or " & " in surface):
        return  # a shouted headline ("TRUMP SAYS HE'LL ..."), not a name ("AT&T", written close, is one)
    if (not title and n_words > 1 and b - n_start > 1 and tokens[n_start + 1].text in g.organization_heads
            and words[0] not in g.not_names and (b - n_start > 2 or words[1].isupper() and len(words[1]) > 1)
            and _match(doc, tokens, n_start + 1, b, g.organizations, g.organization_heads, g.longest) == b):
        # "the Obama White House", "the Bush Justice Department", "Indiana GOP": the body in that person's
        # time or place. (Not before one capitalised word: "Vicente Fox", "Big Apple" are names of their own.)
        out.append(_Mention(start, end, f"org:{surface}", surface, "organization", index, affiliation=words[0],
                            surface=surface))
        return
    if not title and n_words > 1 and words[0] == "Holy":
        return  # "Holy Communion", "Holy Spirit", "the Holy Father": rites, persons of the Trinity, titles
    if not title and n_words > 1 and words[0] not in g.first_names and _latin_phrase(words):
        return  # "Summorum Pontificum", "Humanae Vitae", "Ecclesia Dei": a Latin title of a document or rite
    if not title and n_words > 1 and not _CASE_MARKS.isdisjoint(words):
        # "Roe v. Wade", "Citizens United v. FEC": a court case, named for its parties; a precedent the
        # text can praise or attack, as it can a law, so an actor of kind "policy", and no one's name
        out.append(_Mention(start, end, "thing:" + surface, surface, "policy", index, surface=surface))
        return
    if not title and _names_a_storm(words, prev, g) and not _names_a_product(
            doc.tokens, sentence.first_token, n_start, b, end_of_sentence, g):
        out.append(_Mention(start, end, "thing:" + surface, surface, "event", index, surface=surface))
        return  # "Hurricane Maria": a storm, named like a woman, no person
    if not title and words[0] not in g.first_names and _titles_a_work(doc.tokens, sentence.first_token, n_start, b,
                                                                      end_of_sentence):
        return  # "the superhero sequel Nightfall Rising", "his previous film, Harmattan,": a work's title
    if not title and n_words > 1 and (words[-1] in g.place_words or words[0] in _PLACE_FIRST_WORDS) \
            and g.org_words.isdisjoint(words) and not (n_words == 2 and words[0] in g.first_names):
        # (a given name first is a person's, as with thing words: "Diane Lane", "Lois Lane")
        # "Atlantic City", "West Palm Beach", "Miami-Dade County", "Fort Myers": a place the gazetteer does not list
        out.append(_Mention(start, end, "place:" + surface, surface, "place", index, surface=surface))
        return
    if not title and n_words == 2 and words[1] in _COMPANY_HEADS and words[1] in g.thing_words \
            and words[0] not in g.thing_words and words[0].lower() not in _common_words() \
            and words[0] not in g.first_names:
        # "Halvorsen Systems": a name no word of the language before a firm's head noun is the firm (but
        # "Missile Systems", "Defense Systems": things)
        out.append(_Mention(start, end, "org:" + surface, surface, "organization", index, surface=surface))
        return
    if not title and words[-1] in _BODY_HEADS and _ordinary_before_head(words):
        return  # "Mental Health advocates rallied", "Renewable Energy is a growing field": a field, no actor
    if n_words == 1 and not title and words[0] in g.first_names and words[0] in g.thing_words \
            and (storm := _storm_named_before(doc.text, start, words[0])):
        # "Tropical Storm Bill ... Bill dumped rain": the storm again, though its name is also a thing word
        out.append(_Mention(start, end, "thing:" + storm, storm, "event", index, surface=surface))
        return
    if words[-1] in g.thing_words and not title and not (
            n_words == 2 and words[0] in g.first_names  # "Kerry Lake", a given name first: a person
            or n_words == 1 and nxt is not None and nxt.text in _SPEECH_VERBS):  # "Lake said"
        return  # "Army Tactical Missile Systems", "Great Salt Lake"
    if not title and _names_a_product(doc.tokens, sentence.first_token, n_start, b, end_of_sentence, g):
        return  # "Storm Shadow missiles", "supplies of Storm Shadow": a product, not an actor
    if not title and (words[0] not in g.first_names and (_traded(doc, n_start, b, sentence)
                                                          or _company_context(doc, n_start, b, sentence))
                      or n_words == 1 and _club_member_after(doc, n_start, b, sentence)):
        # (the last, "Eastbridge manager Diego Ferreira", a given name too: "Chelsea manager Tom Rhys")
        # "Rivian shares rose", "shares of Eisai", "the chipmaker Zentrix": a company no lexicon holds
        out.append(_Mention(start, end, "org:" + surface, surface, "organization", index, surface=surface))
        return
    if not title and n_words > 2:
        k = _office_inside(doc, tokens, n_start, b, g)
        if k:  # "Clinton Senior Adviser Sidney Blumenthal", "Clark County Sheriff Joe Lombardo"
            before = [t.text for t in tokens[n_start:k] if t.is_word]
            if len(before) == 1 and before[0] in g.places:  # "Queens Rep. Joe Crowley"
                out.append(_listed_place(g, before[0], start, tokens[k - 1].end, index))
            elif len(before) > 1 and any(w in g.org_words or w in g.place_words for w in before):
                _person(doc, index, n_start, k, out, g, affiliation=affiliation)  # "Clark County Sheriff X"
            # A lone word before the office ("Clinton Senior Adviser X", "Labor Secretary X") is as often
            # a department as the person served: it is left out.
            _person(doc, index, k, b, out, g)
            return
    if (words[0] in g.org_words if n_words == 1 else not g.org_words.isdisjoint(words)
            and not (n_words == 2 and words[0].lower() in SURNAME_PARTICLES)  # "Van Fleet": a surname
            or words[-1] in _BODY_HEADS and words[0] not in g.first_names) \
            or (n_words > 4 and not title and not (
                words[0] in g.first_names and not SURNAME_PARTICLES.isdisjoint(words)
                and all(w[:1].isupper() or w in SURNAME_PARTICLES for w in words))):
        # (five words are a body's name, unless a person's with particles: "Luiz Inácio Lula da Silva")
        if n_words == 1 and not title and initial and words[0] not in (mid_names or ()) \
                and surface not in g.organizations and (words[0].lower() in (lower_words or ()) or (
                    words[0].lower() in g.institutions and words[0] not in _ONE_OF_A_KIND and nxt is not None
                    and nxt.is_word and nxt.text.islower() and (nxt.text.endswith("s") or nxt.text in g.descriptors)
                    and nxt.text not in _SPEECH_VERBS and nxt.text not in stopwords())):
            # "Union president Kwame Asante said": a sentence's capital on a noun the article writes in lower
            # case ("the union"), or on a kind of body before the plural it modifies ("Union leaders said",
            # "Bank executives", "Court documents show"; not "Union says") or before a person noun that titles
            # a name ("Union leader Tom Berg"), no body's name
            return
        if n_words == 1 and not title and initial and nxt is not None and nxt.text.lower() in _VERB_OBJECT_OPENERS \
                and surface not in g.organizations:
            return  # "Trust in the Force", "Trust me": a verb opening the sentence before its object, no body
        key = "org:" + surface
        if surface in g.organizations:
            key = "org:" + g.organizations[surface]
        elif n_start == a and words[-1] in _UNIT_HEADS and _ordinal_before(tokens, a, sentence.first_token):
            # "the 82nd Airborne Division", "the 3rd Infantry Brigade": a unit's number is part of its name
            start = tokens[a - 2].start
            surface = doc.text[start:end]
            key = "org:" + surface
        out.append(_Mention(start, end, key, surface, "organization", index, affiliation=affiliation,
                            surface=surface))
        return
    if not title and _ends_in_participle(words, g):
        return  # "Mission Accomplished", "Paradise Lost": a slogan or title ending in a participle, no one
    if n_words == 1 and not title:
        word = words[0]
        if word in g.not_names or len(word) < 2:
            return
        if word in _UNIT_HEADS and n_start == a and _ordinal_before(tokens, a, sentence.first_token):
            start = tokens[a - 2].start  # "the 19th Precinct", "the 101st Airborne": a numbered unit
            surface = doc.text[start:end]
            out.append(_Mention(start, end, "org:" + surface, surface, "organization", index, surface=surface))
            return
        if word in g.communities:
            _community(tokens, index, n_start, nxt, g, out)
            return
        camel = _CAMEL.match(word)
        if camel is not None and camel.group(1) not in _SURNAME_PREFIXES:
            _camel_case(tokens[n_start], camel.end(1), index, out, g)
            return
        if not word.isalpha() and any(c.isdigit() for c in word):
            return  # "HZf3LBeAgk", "G7": a link's code or a model number, no one's name
        if word.endswith(_DOCTRINE_ENDINGS):  # "Trumpism", "Islamophobia": a doctrine, judged like a policy
            out.append(_Mention(start, end, "thing:" + word, word, "policy", index, surface=word))
            return
        acronym = word.isupper() and len(word) >= 2
        if acronym and len(word) > 3 and word.title() in g.places and word not in g.organizations:
            return  # "OSLO (Reuters) -": a dateline says where the reporter was, as longer ones ("WASHINGTON") do
        if acronym and (len(word) > 5 or any(c.isdigit() for c in word)):
            return
        if nxt is not None and _PASSAGE.match(nxt.text if nxt.text != "." or b + 1 >= end_of_sentence
                                              else tokens[b + 1].text):
            return  # "(Matthew 15:14)", "Gal. 2:11": a book of scripture cited by chapter and verse
        if initial and not acronym and nxt is not None and nxt.text in _OBJECT_WORDS and (
                word.lower() in _common_words() or word.lower() in (lower_words or ())):
            return  # "Take a listen.", "Call it luck.", "Vote for me" no: an ordinary verb before its object
        if initial and not acronym and word not in (mid_names or ()):
            # A capital at the start of a sentence is a name only when the article uses it as one,
            # or when it does not read like an ordinary word ("Critics", "Rarely", "Rising").
            speaks = nxt is not None and nxt.text in _SPEECH_VERBS
            low = word.lower()  # (the cheap tests first: lower_words may have to be found)
            if speaks and low.endswith("s") and low in _everyday_words():
                return  # "Aides said", "Backers say": the listed plurals for people are none's surname
            if speaks and len(low) > 7 and low.endswith(_ABSTRACT_ENDINGS):
                return  # "Construction added 34,000 jobs": an abstract noun, no one, before "added"
            if _plural_subject_of(low, nxt):
                return  # "Forecasters warn", "Replays suggest": a verb that agrees with a plural, no one's name
            if _plural_person_noun(low) and word not in g.first_names:
                return  # "Volunteers handed out water", "Nurses said": a plural person noun, a group, no surname
            if not speaks and (low in _common_words() or (len(word) > 6 and word.endswith(("ly", "ing", "ed")))
                               or low in (lower_words or ()) or _derived_word(low, lower_words or ())):
                return
            if (nxt is not None and nxt.text == "of" and word.endswith("s") and b + 1 < end_of_sentence
                    and tokens[b + 1].text[:1].islower() and tokens[b + 1].text not in ("the", "a", "an")):
                return  # "Gusts of up to 60 mph", "Bouts of rain": a plural noun and its measure ("Jones of
                # Texas", "Sanders of the Senate" go on with a name)
            if _modifies_plural_subject(tokens, b, end_of_sentence) and word not in g.first_names:
                return  # "Young families are being priced out": a capitalised adjective before the plural
                # subject its verb agrees with, no surname ("Young says" goes on: a verb's "-s")
            if nxt is not None and nxt.text in _PEOPLE_PLURALS and word not in g.first_names:
                return  # "Shop owners are furious", "District managers earn": a noun before its people (a
                # name the article also uses mid-sentence never reaches here: "Tesla owners" after "Tesla said")
        joined = (prev is not None and prev.text == "&" or nxt is not None and nxt.text == "&") \
            and word not in g.first_names  # ("Jim & Sarah Brady": a couple)
        if not joined and not acronym and prev is not None and (prev.text in _NAME_JOINERS
                                                                or prev.text[:1].isdigit()):
            # "Women's March", "60 Minutes": an ordinary word ends the name of a body or a show
            joined = word.lower() in _common_words() or word.lower() in (lower_words or ())
        if acronym and not title or joined:
            kind = "organization"  # "Smith & Wesson", "Fox & Friends", "Women's March": a firm, show or body
        elif (prev is not None and prev.text.lower() in _OUTLET_NOUNS
              or nxt is not None and (nxt.text.lower() in _OUTLET_NOUNS or _web_address(tokens, b, end_of_sentence)
                                      or nxt.text == "news" and b + 1 < end_of_sentence
                                      and tokens[b + 1].text in _NEWS_SERVICES)):
            kind = "organization"  # "the website Infowars", "the Bild newspaper", "Breitbart.com": an outlet
        elif _named_by_body_noun(prev, words, nxt, title, g):
            kind = "organization"  # "the charity Oxfam", "the union Unite": the noun says what the name is
        elif nxt is not None and nxt.text == "," and word not in g.first_names and _town_of(tokens, b + 1,
                                                                                         end_of_sentence, doc, g):
            kind = "place"  # "Parkland, Florida", "Genoa, Italy": a town the gazetteer does not list, and its state
        elif prev is not None and (
                prev.text in _PLACE_PREPOSITIONS and (nxt is None or nxt.text not in _NAME_JOINERS)
                or prev.text == "of" and n_start >= 2 and (doc.tokens[n_start - 2].text.lower() in _PLACE_NOUNS
                                                           or doc.tokens[n_start - 2].text.lower() in _OF_A_PLACE)):
            kind = "place"
        elif nxt is not None and nxt.text.lower() in _PLACE_NOUNS:
            kind = "place"
        elif word in _COMPASS and prev is not None and prev.text.lower() == "the":
            kind = "place"  # "the South", "the West": a region
        elif (nxt is not None and nxt.text == "," and b + 1 < end_of_sentence and tokens[b + 1].text == "which"
              and word not in g.first_names):
            kind = "organization"  # "Bayer, which makes aspirin": "which" refers to no person ("who" would)
        elif nxt is not None and nxt.text == "party" and word not in g.first_names:
            kind = "organization"  # "the opposition Velmaro party": a party's name before the lower-case noun
        else:
            kind = "person"
    else:
        # "Firearms and Explosives", "Law and Justice": no one's name holds "and"; the run is a body's name.
        # So does a plural of an ordinary word at its end, when no given name opens it ("United Mine Workers",
        # "Proud Boys" no: too short to tell from a surname; "Black Lives Matters")
        kind = "organization" if "and" in words or "&" in surface or not title and (
            _plural_tail(words, lower_words, g) or prev is not None and prev.text.lower() in _OUTLET_NOUNS
            or _named_by_body_noun(prev, words, nxt, title, g) or _acronym_first(words, g)) else "person"
    # "the Biden administration", "the Trump campaign": an organisation of its own.
    if nxt is not None and nxt.is_word and nxt.text.lower() in _ACTOR_SUFFIX_NOUNS and kind == "person":
        noun = nxt.text.lower()
        kind_of = "group" if noun in {"allies", "aides", "advisers", "advisors", "officials", "family"} else \
            "organization"
        out.append(_Mention(start, nxt.end, f"org:{words[-1]} {noun}", f"{words[-1]} {noun}", kind_of, index,
                            affiliation=words[-1], surface=f"{surface} {nxt.text}"))
        return
    if kind == "person" and n_words == 1 and not title and _unnamed_form(words[0], prev, nxt):
        return  # "the Catholic and Apostolic faith", "Presidential daily briefings": an adjective or noun by form
    key = "name:" + (words[0] if n_words == 1 else " ".join(_name_core(words)))
    out.append(_Mention(start, end, key, surface, kind, index, title=title, affiliation=affiliation,
                        surface=surface))


# A chapter and verse after a name: "Matthew 15:14", "Galatians 1:8-9" (not the dotted European form:
# "Guccifer 2.0" is a version).
_PASSAGE = re.compile(r"\d+:\d")
# Nouns that class the name beside them as a news outlet ("conspiracy site Truthlantern", "the Bild newspaper"),
# and those that do after "news" ("Yonhap news agency").
_NEWS_SERVICES = frozenset({"agency", "service", "channel", "network", "website", "site", "outlet"})
_OUTLET_NOUNS = frozenset({"site", "website", "blog", "newspaper", "magazine", "tabloid", "outlet", "broadsheet",
                           "webzine", "e-zine", "newsletter", "podcast"})
# Nouns for bodies that, right before a name, say what the name is ("the charity Open Hands Trust", "the campaign
# group Fair Fares", "the union Unite Here"): an appositive, so the name is an organisation's, and the noun no
# description of its own (``_descriptions``). Not the nouns that also come before a person's title ("the court",
# "the government", "the department").
_BODY_NOUNS_BEFORE_NAMES = frozenset({
    "group", "charity", "union", "association", "organisation", "organization", "network", "company", "firm",
    "bank", "corporation", "startup", "start-up", "club", "coalition", "alliance", "movement", "foundation",
    "federation", "nonprofit", "non-profit", "lobby", "collective", "label", "band", "chain", "brand", "retailer",
    "airline", "lender", "insurer", "broadcaster", "manufacturer", "automaker", "carmaker", "drugmaker",
    "chipmaker", "conglomerate", "brewer", "consultancy", "campaign"})


def _named_by_body_noun(prev: Token | None, words: list[str], nxt: Token | None, title: str | None,
                        g: Gazetteer) -> bool:
    """Whether a body's noun right before the name says what it is ("the charity Open Hands Trust said"). Not
    before a person's name: a given name, a title, or one word a verb follows ("the company Musk runs", "the
    firm Jane Roe founded": a relative clause whose subject is the person)."""
    return (prev is not None and prev.text.lower() in _BODY_NOUNS_BEFORE_NAMES and not title
            and words[0] not in g.first_names
            and not (len(words) == 1 and nxt is not None and nxt.text[:1].islower() and nxt.text not in _SPEECH_VERBS))
# The endings of web addresses glued after a name ("Breitbart.com", "Glaubenswelt.net").
_DOMAIN_ENDINGS = frozenset({"com", "net", "org", "gov", "edu", "info", "io", "co", "tv", "news", "pr", "uk", "de",
                             "fr", "it", "ca", "au", "ru"})
_LIST_WORDS = frozenset({"and", "or", "&", "/"})


def _capitalised_role(word: str, surface: str, g: Gazetteer) -> bool:
    """ "the Morven Star", "the Daily Star": a role noun no title list holds ("star", "singer", "victim")
    is written in lower case when it describes someone ("the Hollywood star"); written with a capital
    after another capitalised word it ends a name (a boat, a paper, a pub), unless the line is shouted."""
    return word[0].isupper() and word not in g.titles and not surface.isupper()


def _web_address(tokens: list[Token], b: int, end: int) -> bool:
    """Whether the name ending before token ``b`` is glued to a domain ending: "Breitbart.com", "Glaubenswelt.net"."""
    return (b + 1 < end and tokens[b].text == "." and tokens[b].start == tokens[b - 1].end
            and tokens[b + 1].start == tokens[b].end and tokens[b + 1].text in _DOMAIN_ENDINGS)


def _town_of(tokens: list[Token], k: int, end: int, doc: Document, g: Gazetteer) -> bool:
    """Whether tokens from ``k`` (after "Name,") name the state or country a town lies in, as datelines and
    addresses write it ("Parkland, Florida, on Monday", "Genoa, Italy."), not the next item of a list
    ("Putin, Russia and China"): a known place that ends the phrase there. A state follows a town more often
    than a person; a country must not continue a list ("Merkel, France, and Britain")."""
    if k >= end or tokens[k].text not in g.place_heads and tokens[k].text not in g.places:
        return False
    j = _match(doc, tokens, k, end, g.places, g.place_heads, g.longest)
    if j == k:
        return False
    if j < end and (tokens[j].text[:1].isupper() or tokens[j].text in _LIST_WORDS):
        return False  # "Smith, Texas Republican", "Cruz, Texas and Florida"
    if _phrase(doc, tokens, k, j) in g.place_countries:
        return True  # a state or province
    return not (j + 1 < end and tokens[j].text == "," and (tokens[j + 1].text[:1].isupper()
                                                          or tokens[j + 1].text in _LIST_WORDS))


# A capital after three lower-case letters inside a word: "NewsHubDaily", "YouTube", "#MariaLopez";
# surnames with a particle glued on ("McCain", "DeSantis", "MacArthur", "VanDyke") are no such compounds.
_CAMEL = re.compile(r"([A-Z][a-z]{2,})[A-Z]")
_SURNAME_PREFIXES = frozenset({"Mac", "Van", "Von", "Fitz", "Del", "Della", "Ten", "Ter", "Dos", "Das"})


# Suffixes of learned nouns and adjectives that end no name of more than seven letters, wherever it stands
# ("Jewishness", "Establishment", "Sanctions", "Presidential", "Congressional", "Apostolic", "Islamophobic",
# "Modernist", "Progressive") and of the adverbs made from them ("Eventually", "Apparently", "Obviously": a
# capital after a colon or a transcript's label); the looser adjective endings "-an", "-ian", "-al" and "-ic"
# are left out, as given names and Slavic surnames end so ("Christian", "Hannibal", "Vucic").
_UNNAMED_ENDINGS = ("ness", "ment", "ments", "tion", "tions", "sion", "sions", "ities", "ship", "ships", "hood",
                    "ical", "ial", "ional", "ntal", "olic", "aic", "etic", "astic", "istic", "phobic", "philic",
                    "ist", "ists", "ive", "ally", "ently", "antly", "ously", "ively", "ually")


def _unnamed_form(word: str, prev: Token | None, nxt: Token | None) -> bool:
    """A one-word candidate whose ending makes it a learned noun or adjective (``_UNNAMED_ENDINGS``), with no
    speech verb after it and no "the" before it ("The Federalist", "the Progressive" name outlets and
    parties: ``_always_with_the`` decides those)."""
    low = word.lower()
    return (len(word) > 7 and low.endswith(_UNNAMED_ENDINGS) and not low.endswith("ssions")
            and (nxt is None or nxt.text not in _SPEECH_VERBS) and (prev is None or prev.text.lower() != "the"))


# At a sentence's start, where a capital says nothing, looser derivational endings count too: "Morality",
# "Sagacious", "Incredible", "Unwillingness", "Fearless", "Wonderful".
# Endings of abstract nouns, which name no one even before a speech verb ("Manufacturing", "Construction").
_ABSTRACT_ENDINGS = ("tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities")
_DERIVED_ENDINGS = _UNNAMED_ENDINGS + ("ity", "ous", "ible", "able", "less", "ful")


def _derived_form(word: str) -> bool:
    """Whether a capitalised word is a derived noun or adjective by its ending alone (``_DERIVED_ENDINGS``:
    "Nomination", "Religious", "Incredible"; not "-ssions": "Sessions" is a surname too)."""
    return len(word) > 7 and word.lower().endswith(_DERIVED_ENDINGS) and not word.endswith("ssions")


_PLURAL_VERBS = frozenset({"are", "were", "have", "do", "don't", "don’t", "say", "remain", "feel", "face"})


def _modifies_plural_subject(tokens: list[Token], b: int, end: int) -> bool:
    """Whether the lower-case word after a sentence's first word is a plural noun by the verb after it,
    which agrees with a plural ("families are", "voters have", "buyers say"): the first word modifies it
    ("Young families", "Older voters"). After a surname that word would be a verb ("Young says", "Young
    owns")."""
    if b + 1 >= end:
        return False
    noun = tokens[b].text
    return len(noun) > 3 and noun.endswith("s") and noun.islower() and not noun.endswith(("ss", "us", "is")) \
        and tokens[b + 1].text in _PLURAL_VERBS


def _plural_subject_of(low: str, nxt: Token | None) -> bool:
    """Whether a sentence-initial word ending in "s" is a plural noun by the verb after it: a speech verb in
    its bare present form ("warn", "say", "suggest") or a plural auxiliary ("have", "are", "were") agrees
    with a plural subject; after a person's name it would be "warns", "says", "has", "is"."""
    if nxt is None or not low.endswith("s") or low.endswith(("ss", "us", "is")) or len(low) < 4:
        return False
    verb = nxt.text
    if not verb.islower() or verb.endswith("s"):
        return False
    from .quotes import _cue_lemmas  # (quotes imports this module: the cue lexicon is read there, once)
    return verb in _PLURAL_VERBS or verb in _cue_lemmas()


def _plural_person_noun(low: str) -> bool:
    """Whether a lower-cased word is the plural of a noun for a kind of person ("volunteers", "nurses",
    "students"): the descriptor nouns of the quotes lexicon, which stand before names, never as them. Such a
    plural opening a sentence names a group of people, not one person by a surname."""
    if len(low) < 5 or not low.endswith("s"):
        return False
    from .quotes import lexicon  # (quotes imports this module: its speaker lexicon is read there, once)
    nouns = lexicon().descriptors
    return low[:-1] in nouns or low.endswith("es") and low[:-2] in nouns


def _ends_in_participle(words: list[str], g: Gazetteer) -> bool:
    """Whether a capitalised run ends in the past participle of an ordinary verb ("Mission Accomplished",
    "Paradise Lost", "Accomplished" alone): a slogan's or a title's capitals, as no name of a person ends in
    such a word. Only long "-ed" words the lexicons know as ordinary ("accomplished", "concerned"), with no
    given name in the run; short ones ("Reed", "Ahmed") and names a list holds stay names."""
    last = words[-1]
    if len(last) <= 6 or not last.endswith("ed") or not last[:1].isupper() or last in g.first_names:
        return False
    return last.lower() in _common_words() and not any(w in g.first_names for w in words)


def _derived_word(low: str, lower_words: Container[str]) -> bool:
    """Whether a lower-cased sentence-initial word reads as an ordinary word by its form: a derived noun or
    adjective ("sickness", "allegations"), the plural of a noun the text itself writes in lower case
    ("Victims" ... "the victim"), or the plural of one who does what an ordinary verb says ("believers":
    "believe", "protesters": "protest"). Surnames that are plurals of common words ("Waters", "Banks") stay
    names unless the text uses the singular; agent stems are of five letters or more ("Flowers", "Withers")."""
    if len(low) > 7 and low.endswith(_DERIVED_ENDINGS) and not low.endswith("ssions"):
        return True  # (not "-ssions": "Sessions" is a surname as often as a plural)
    if len(low) >= 6 and low.endswith(("ing", "ed")):
        # a short participle of an ordinary verb ("Trying to ...", "Saying so, ...", "Headed home, ..."):
        # the longer ones are caught by their ending alone
        stem = low[:-3] if low.endswith("ing") else low[:-2]
        common = _common_words()
        return any(len(verb) >= 3 and verb in common for verb in (stem, stem + "e", stem[:-1]))
    if not low.endswith("s") or low.endswith(("ss", "us", "is")) or len(low) < 5:
        return False
    if low[:-1] in lower_words or low.endswith("ies") and low[:-3] + "y" in lower_words:
        return True
    if low.endswith(("ers", "ors")):
        common = _common_words()
        verbs = (low[:-3], low[:-2]) if low.endswith("ers") else (low[:-3],)
        return any(len(verb) >= 5 and (verb in common or verb in lower_words) for verb in verbs)
    return False


def _camel_case(token: Token, cut: int, index: int, out: list[_Mention], g: Gazetteer) -> None:
    """A word of capitalised parts run together: a hashtag or handle of a person when it starts with a
    given name followed by one more name ("MariaLopez" -> Maria Lopez), else a brand, outlet or
    handle ("NewsHubDaily", "PayPal", "HarborBay"), an organisation."""
    word = token.text
    first, rest = word[:cut], word[cut:]
    if first in g.first_names and rest.isalpha() and rest[1:].islower() and len(rest) > 1:
        name = f"{first} {rest}"
        out.append(_Mention(token.start, token.end, "name:" + name, name, "person", index, surface=name))
    else:
        out.append(_Mention(token.start, token.end, "org:" + word, word, "organization", index, surface=word))


def _office_after_body(doc: Document, tokens: list[Token], a: int, b: int, g: Gazetteer) -> int:
    """Where a title starts inside the run tokens[a:b] after a body's name and before a person's ("Acme
    Corp. Chairman X", "Hewlett-Packard CEO X"), or 0. The words before it must read as a body: an
    organisation word, or one acronym or hyphenated name; a person's name before a title stays whole."""
    for k in range(a + 1, b - 1):
        if tokens[k].text in g.title_heads:
            if not k < _is_title(doc, tokens, k, b) < b:
                return 0
            before = [t.text for t in tokens[a:k] if t.is_word]
            if any(w in g.org_words for w in before) or len(before) == 1 and (
                    before[0].isupper() and len(before[0]) > 1
                    or "-" in before[0] and all(part[:1].isupper() for part in before[0].split("-"))):
                return k
            return 0
    return 0


def _office_inside(doc: Document, tokens: list[Token], a: int, b: int, g: Gazetteer) -> int:
    """Where a title starts inside the run tokens[a:b], followed by a full name of two or three capitalised
    words, none an organisation word ("Clinton Chief of Staff Cheryl Mills"), or 0: the words before it say
    whom the officer serves, not what the whole run is."""
    for k in range(a + 1, b - 1):
        if tokens[k].text in g.title_heads and tokens[k - 1].text != "of":
            end = _is_title(doc, tokens, k, b)
            rest = [t.text for t in tokens[end:b] if t.is_word]
            if k < end < b and 2 <= len(rest) <= 3 and rest[0] not in g.not_names and all(
                    w[:1].isupper() and w not in g.org_words for w in rest):
                return k
    return 0


# First words of town and base names ("Fort Myers", "Port Huron", "Mount Vernon"), never a given name.
_PLACE_FIRST_WORDS = frozenset({"Fort", "Port", "Mount", "Lake", "San", "Santa", "Los", "Las"})  # ("Santa Rosa")
# Words that open a storm's name, the given name after them ("Hurricane Maria", "Typhoon Haiyan", "Tropical
# Storm Bill"): an event.
_STORM_WORDS = frozenset({"Hurricane", "Hurricanes", "Typhoon", "Cyclone", "Storm", "Tropical", "Subtropical"})
# What "Tropical" and "Subtropical" take before the storm's name ("Tropical Storm Bill", "Tropical Depression
# Ten"): alone they name no storm, and "Depression" names one only after them.
_TROPICAL = frozenset({"Tropical", "Subtropical"})
_STORM_GRADES = frozenset({"Storm", "Depression", "Cyclone"})
# The word right before a given name that makes it a storm's, however the storm's name opened: what a lone
# given name is looked for after, earlier in the text.
_STORM_HEADS = (_STORM_WORDS - _TROPICAL - {"Hurricanes"}) | _STORM_GRADES


def _storm_named_before(text: str, start: int, word: str) -> str | None:
    """The storm named last before ``start`` by a given name that is also a thing word ("Tropical Storm
    Bill", then "Bill"), or None: weather services name storms from lists of given names, and a lone name after
    the storm's is the storm again (the latest, when it was upgraded: "… became Hurricane Bill"). A few
    string searches, asked only of such words."""
    best, found = -1, None
    for head in _STORM_HEADS:
        name = f"{head} {word}"
        at = text.rfind(name, 0, start)
        if at <= best or text[at + len(name):at + len(name) + 1].isalnum():
            continue
        tropical = next((t for t in _TROPICAL if text.endswith(t + " ", 0, at)), None) \
            if head in _STORM_GRADES else None
        if tropical is not None:
            best, found = at, f"{tropical} {name}"
        elif head != "Depression":
            best, found = at, name
    return found


def _names_a_storm(words: list[str], prev: Token | None, g: Gazetteer) -> bool:
    """True when a capitalised run names a storm: "Hurricane Maria", "Typhoon Haiyan", "Tropical Storm Bill".
    Weather services name storms by given names, so the name after the word is the storm's, no person's.
    "Storm", itself a rare given name, names a storm only with one word after it and no role noun before
    it ("the actress Storm Reid" is a person); "Tropical" only before a storm's grade ("Tropical Storm")."""
    if len(words) < 2 or words[0] not in _STORM_WORDS:
        return False
    if words[0] in _TROPICAL:
        return len(words) > 2 and words[1] in _STORM_GRADES
    if words[0] == "Storm":
        return len(words) == 2 and (prev is None or prev.text.lower() not in g.descriptors)
    return True


_COMPASS = frozenset({"North", "South", "East", "West"})
# First words of a region named by its people's adjective ("North American", "Latin American"): no person.
_REGION_WORDS = _COMPASS | {"Central", "Latin", "Southeast", "Northeast", "Southwest", "Northwest", "Sub-Saharan"}
_PARTY_TITLES = frozenset({"Democrat", "Democratic", "Republican", "Libertarian", "Independent"})


def _party_title(tokens: list[Token], a: int, b: int, g: Gazetteer) -> bool:
    """True when a party word before tokens[a:b] describes the person named there ("Democrat Hillary
    Clinton") rather than starting a body's name ("Republican National Committee")."""
    if a >= b or not tokens[a].is_word:
        return False
    words = [t.text for t in tokens[a:b] if t.is_word]
    return not any(w in g.org_words or w in g.thing_words or w in _PARTY_WORDS for w in words) and \
        not all(w in g.not_names for w in words)


def _party_name(doc: Document, a: int, b: int, g: Gazetteer) -> bool:
    """Whether a party word and one more word are a party's whole name, which the article writes before a
    lower-case "party" ("the opposition Democratic Renewal party", and then "Democratic Renewal won 112
    seats"): a person's surname after a party word never is (not "Democrat Ellen Varga", "Republican
    Presidential candidate"). One search of the text, only for a run a party word opens."""
    tokens = doc.tokens
    if b != a + 2 or not tokens[a + 1].is_word or tokens[a + 1].text in g.first_names:
        return False
    return b < len(tokens) and tokens[b].text == "party" or f"{_phrase(doc, tokens, a, b)} party" in doc.text


def _opener(word: str, g: Gazetteer) -> bool:
    """A word that opens sentences before a name without being part of it: a preposition or conjunction
    ("Plus", "Besides", "Whereas") or a long adverb or participle ("Certainly", "Following"), no given name.
    (Not every stop word: "Will Smith".)"""
    low = word.lower()
    return low in _OPENER_WORDS or (len(word) > 6 and low.endswith(("ly", "ing")) and not low.endswith("thing")
                                    and low in _common_words()
                                    and word not in g.first_names)


def _acronym_first(words: list[str], g: Gazetteer) -> bool:
    """A name of two words whose first is an acronym of three letters or more and the second a word in title
    case ("NRC Handelsblad", "WGBH Boston"): a paper, station or firm; a person's initials run to two
    letters ("AJ Styles"), and an all-capital headline has its second word in capitals too."""
    first = words[0]
    return len(words) == 2 and 3 <= len(first) <= 5 and first.isalpha() and first.isupper() \
        and words[1][:1].isupper() and words[1][1:].islower() and len(words[1]) > 2 \
        and first.lower() not in _common_words() and first not in g.first_names


def _participle_of_verb(low: str) -> bool:
    """An "-ing" form of an ordinary verb of four letters or more ("speaking", "writing", "running"): the
    participle that opens a clause ("Speaking Spanish, the mayor ..."), not a surname ("Manning": "man" is
    too short to tell); only before the clause's comma, as "Harding Lawrence said" may be a name."""
    if not low.endswith("ing"):
        return False
    stem = low[:-3]
    common = _common_words()
    return any(len(verb) >= 4 and verb in common for verb in (stem, stem + "e", stem[:-1]))


def _participle_before_listed(doc: Document, tokens: list[Token], a: int, b: int, g: Gazetteer) -> bool:
    """A long "-ed" word before a listed place or body that fills the rest of the run ("Continued EU
    membership", "Renewed NATO patrols"): a participle modifying the name, no given name ("Mohammed")."""
    word = tokens[a].text
    if len(word) <= 6 or not word.endswith("ed") or word in g.first_names:
        return False
    return _match(doc, tokens, a + 1, b, g.places, g.place_heads, g.longest) == b \
        or _match(doc, tokens, a + 1, b, g.organizations, g.organization_heads, g.longest) == b


# Prepositions, conjunctions and adverbs that open sentences before a name, never part of one.
_OPENER_WORDS = frozenset({"plus", "besides", "whereas", "wherever", "whenever", "given", "regarding",
                           "absent", "certainly", "unlike", "despite", "including", "meanwhile", "although",
                           "though", "unless", "because", "while", "whether", "after", "before", "since",
                           "until", "without", "within", "beneath", "between", "against", "toward", "towards"})


@lru_cache(maxsize=1)
def _surnames_asked(text: str) -> dict[str, bool]:
    """The answers of :func:`_surname_of_named` for one text, word -> answer: kept for the latest text only, so
    that no earlier article stays in memory (a cache keyed by text and word would hold one text per word)."""
    return {}


def _surname_of_named(text: str, word: str) -> bool:
    """Whether the text names someone in full with ``word`` as the surname: a given name just before it, or a
    capitalised word after an honorific or office ("Rep. Al Green ... Green said": the lone "Green" is the
    congressman; not "Scottish Green"). Asked of the party words that are surnames too (``_PARTY_SURNAMES``),
    by every lone one of them, and of a bare title opening a sentence ("King was shot" after "Martin Luther
    King Jr."): the answer is kept for the text, since a search of the text for each would make one full of
    "Green" quadratic."""
    answers = _surnames_asked(text)
    if word not in answers:
        answers[word] = _named_with_surname(text, word)
    return answers[word]


def _named_with_surname(text: str, word: str) -> bool:
    """:func:`_surname_of_named`'s search of the text, uncached."""
    g = gazetteer()
    i = text.find(" " + word)
    while i > 0:
        j = text.rfind(" ", 0, i) + 1
        given = text[j:i]
        if given in g.first_names or given[:1].isupper() and given.isalpha() and j > 1 and (
                (title := text[text.rfind(" ", 0, j - 1) + 1:j - 1].rstrip(".")) in _ABBREVIATED or title in _OFFICES):
            end = i + 1 + len(word)
            if end == len(text) or not text[end].isalnum():
                return True
        i = text.find(" " + word, i + 1)
    return False


def _plain_word(word: str, lower_words: Container[str] | None) -> bool:
    """A capitalised word the article (or everyday English) also writes in lower case: no name."""
    low = word.lower()
    return low in _common_words() or low in (lower_words or ())


def _of_split(doc: Document, tokens: list[Token], a: int, b: int, g: Gazetteer) -> tuple[int, str | None]:
    """Where a name run splits at "of": (index of the "of", the place after it), or (b, None). "Bernie Sanders
    of Vermont" names the senator, the state his affiliation; "Carmel Martin of the Center for American
    Progress" names a person and a body (place None; "" for a body with no organisation word), as does "of"
    after a given name and a surname, whatever follows. Only after a name of two words or more without
    organisation words or titles: "Duke of York", "Prince Harry of Wales" and "Bank of America" stay whole."""
    for k in range(a + 2, b - 1):
        if tokens[k].text == "of":
            if any(t.text in g.org_words or t.text in g.titles for t in tokens[a:k]):
                break
            tail = _phrase(doc, tokens, k + 1, b)
            place = g.places.get(tail) or (tail if b - k > 2 and tokens[b - 1].text in g.place_words else None)
            if place is not None:  # "of Vermont", "of Burke County"
                return k, place
            if any(t.text in g.org_words for t in tokens[k + 1:b]) and (k + 2 < b or tokens[k + 1].text != "the"):
                return k, None
            if (tokens[a].text in g.first_names or k - a >= 3 and tokens[a + 1].text in g.first_names) \
                    and tokens[k - 1].text not in g.first_names and b - k - (tokens[k + 1].text == "the") >= 3:
                return k, ""  # "Lucy Carrington of the British Geological Survey": a given name, so a person
                # and the body she is of, whatever its head noun ("Catherine of Aragon": no surname before "of");
                # "" marks that body for the caller
            if tokens[a].text in g.first_names and tokens[k + 1].text != "the" \
                    and tokens[k - 1].text not in g.organizations \
                    and tokens[k - 1].text.lower() not in _common_words():  # (not "Virginia House of Delegates")
                return k, None  # "Brian Chesky of Airbnb", "Stephanie Hooton of Derry": a person and a body or town
            break
    return b, None


def _community(tokens: list[Token], index: int, a: int, nxt: Token | None, g: Gazetteer,
               out: list[_Mention]) -> None:
    """A faith or ethnic community ("Muslims", "Latino voters"): a group, not a person."""
    word = tokens[a].text
    name = g.communities[word]
    if nxt is not None and nxt.is_word and nxt.text.lower() in g.group_nouns:
        noun = nxt.text.lower()
        out.append(_Mention(tokens[a].start, nxt.end, f"group:{name}:{noun}", f"{word} {noun}", "group", index,
                            surface=f"{word} {nxt.text}"))
        return
    out.append(_Mention(tokens[a].start, tokens[a].end, "group:" + name, name, "group", index, surface=word))


# "supplies of X", "deliveries of X": what follows is a thing handed over, not an actor.
_SUPPLY_NOUNS = frozenset({"supplies", "supply", "shipments", "shipment", "deliveries", "delivery", "batch",
                           "batches", "stocks", "stockpiles", "doses", "consignment", "consignments"})


# Nouns for works whose title follows them ("the film X", "the superhero sequel X", "the Disney animation X"):
# the shared list of ``wording.WORK_NOUNS`` and the genres of film and stage.
_TITLED_WORKS = WORK_NOUNS | frozenset({"sequel", "prequel", "animation", "drama", "thriller", "comedy", "opera",
                                        "epic", "biopic", "franchise", "single", "exhibition"})


_WORKS_OR_VERBS = frozenset({"show", "play", "ad", "single", "column"})
_WORK_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "new", "hit", "tv", "latest",
                               "’s", "'s"})


def _titles_a_work(tokens: list[Token], first: int, a: int, b: int, last: int) -> bool:
    """True when the run tokens[a:b] is a work's title: right after a work noun ("the sequel Nightfall Rising"),
    or set off by commas after one ("his previous film, Harmattan, won …")."""
    if a - 1 >= first and tokens[a - 1].text in ("The", "A", "An"):
        a -= 1  # "the drama The Salt Road": the title's own article
    if a - 1 < first:
        return False
    before = tokens[a - 1].text
    if before.lower() in _TITLED_WORKS and before.islower():
        # (a noun that is also a verb only after a determiner: "the show Harbor Life", not "polls show Sanders")
        return before not in _WORKS_OR_VERBS or a - 2 >= first and tokens[a - 2].text.lower() in _WORK_DETERMINERS
    return before == "," and a - 2 >= first and tokens[a - 2].text in _TITLED_WORKS \
        and b < last and tokens[b].text == ","


def _names_a_product(tokens: list[Token], first: int, a: int, b: int, last: int, g: Gazetteer) -> bool:
    """True when the run tokens[a:b] names a product: a product noun follows it, maybe after other
    coordinated names ("Storm Shadow and SCALP missiles"), or a supply noun precedes it."""
    if a - 2 >= first and tokens[a - 1].text == "of" and tokens[a - 2].text.lower() in _SUPPLY_NOUNS:
        return True
    j, expect_name = b, False
    while j < last and j < b + 8:
        t = tokens[j]
        if t.is_word and _CAPITALISED[t.text]:
            expect_name = False
        elif expect_name:
            return False
        elif t.text in _COORDINATORS:
            expect_name = True
        else:
            return t.is_word and t.text.lower() in g.product_nouns
        j += 1
    return False


def _ordinary(word: str, g: Gazetteer) -> bool:
    """An everyday word ("Fighting", "Budget") that no lexicon knows as a name, title or place."""
    low = word.lower()
    return word not in g.first_words and (low in _common_words() or len(word) > 6 and low.endswith(("ly", "ing", "ed")))


# Numbers after a name: regnal ("Elizabeth II"), councils ("Vatican II") or a family's ("Brent Bozell III"):
# news copy drops them on later mentions, and a father is rarely named beside his namesake so.
_REGNAL = frozenset({"II", "III", "IV"})


def _name_core(words: list[str]) -> list[str]:
    """A name without initials, numbers and patronymics: "Donald J. Trump" and "Donald Trump" merge, and
    "Vladimir Vladimirovich Putin" is "Vladimir Putin" (Russian and Ukrainian copy gives the father's name
    in full once, then drops it). "Jr" and "Sr" stay ("Donald Trump Jr"): father and son may share the
    rest; ``_suffix_keys`` drops them where the article names no father."""
    if len(words) == 2 and _REGNAL.isdisjoint(words) and min(map(len, words)) > 1:
        return words  # the usual full name: no initial, number or middle word to drop
    core = [w for i, w in enumerate(words) if not (len(w) == 1 and w.isupper()) and w not in _REGNAL
            and not (0 < i < len(words) - 1 and w.endswith(_PATRONYMIC_ENDINGS) and w[:1].isupper())]
    return core or words


# Endings of East Slavic patronymics in English transliteration ("Sergeyevich", "Oleksandrovych",
# "Vladimirovna", "Ivanivna"); only a middle word of a longer name is read as one.
_PATRONYMIC_ENDINGS = ("ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna")


def _surname_form(word: str) -> str:
    """The form a surname is matched by, so that the spellings of one name in one article meet: the Arabic
    article is dropped ("al-Sudani", "Al-Sudani", "el-Sisi" -> "Sudani", "Sisi": copy writes the bare name
    after the first mention), and the Ukrainian and Russian adjectival endings are folded ("Zelenskyy",
    "Zelenskiy", "Syrskyi" -> "Zelensky", "Syrsky": transliteration systems differ, and outlets quote
    each other's)."""
    low = word[:3].lower()
    if low in _ARABIC_ARTICLES and len(word) > 4 and word[3].isupper():
        word = word[3:]
    if len(word) > 5 and word.endswith(_SLAVIC_ENDINGS) and word[-3] not in "aeiouy":
        word = word[:-2] + "y"
    return word


def _double_surname_end(word: str) -> str | None:
    """The last part of a double-barrelled surname ("Aparo" of "Jordan-Aparo", "Jones" of "Zeta-Jones"), by
    which news copy names its bearer again; None for a surname of one part."""
    first, hyphen, last = word.rpartition("-")
    if not hyphen or len(last) < 2 or not first[:1].isupper() or not last[:1].isupper() or not last[1:].islower():
        return None
    return last


_ARABIC_ARTICLES = frozenset({"al-", "el-"})
_SLAVIC_ENDINGS = ("yy", "yi", "iy")


def _suffix_keys(keys: Iterable[str]) -> dict[str, str]:
    """New merge keys for names with a suffix. "Donald Trump Jr" stays apart from "Donald Trump" when the
    article names both (a son and his father); with no "Donald Trump" it is "Donald Trump" again, so
    "Joseph R. Biden Jr." still merges with "Joe Biden" by surname. A surname and suffix alone ("Trump
    Jr.") joins the one full name that ends so; with none it stays its own (the text says Jr.)."""
    names = [k for k in keys if k.startswith("name:")]
    suffixed = [k for k in names if k.rsplit(" ", 1)[-1] in _SUFFIXES and k.count(" ") > 0]
    renames: dict[str, str] = {}
    for key in suffixed:
        parts = key[5:].split()
        if len(parts) == 2:
            fuller = [k for k in suffixed if k != key and k.endswith(" " + key[5:])]
            if len(fuller) == 1:
                renames[key] = fuller[0]
        elif "name:" + " ".join(parts[:-1]) not in names:
            renames[key] = "name:" + " ".join(parts[:-1])
    return renames


def _camel_person(word: str, counts: Container[str], full_by_last: dict[str, list[str]]) -> str | None:
    """The person a two-part CamelCase word names ("DanaWeller") when its first part is no listed given
    name (``_camel_case`` made it an organisation) but the article names that person: the same two words
    elsewhere, or its second part as the surname of exactly one full name."""
    camel = _CAMEL.match(word)
    if camel is None:
        return None
    first, rest = word[:camel.end(1)], word[camel.end(1):]
    if not rest.isalpha() or not rest[1:].islower():
        return None
    if f"name:{first} {rest}" in counts:
        return f"name:{first} {rest}"
    candidates = full_by_last.get(rest, ())
    return candidates[0] if len(candidates) == 1 and candidates[0][5:].startswith(first) else None


# Legal-form words a company's name may carry or drop ("Tesla Inc." ... "Tesla", "Volkswagen AG" /
# "Volkswagen"), lower-cased, within one article (``_merge``) and across articles (``compare``); "Group"
# and "Company" are left out: often part of the name.
LEGAL_FORMS = frozenset({"corp", "corporation", "inc", "incorporated", "co", "ltd", "limited", "llc", "plc", "asa",
                         "ab", "oyj", "spa", "bv", "ag", "gmbh", "sa", "nv", "lp", "llp"})


def _particle_surname_of(key: str, full_by_last: dict[str, list[str]], counts: Counter[str]) -> str | None:
    """The full name a surname with its particles ends ("Von der Leyen", "Le Pen" -> "Ursula von der
    Leyen", "Marine Le Pen"), the particle's case aside; None when no full name ends so."""
    words = key[5:]
    ending = " " + words.lower()
    owners = [k for k in full_by_last.get(_surname(words.split()), ()) if k != key and k.lower().endswith(ending)]
    return max(owners, key=counts.__getitem__) if owners else None


def _spelled_out(word: str, counts: Iterable[str]) -> str | None:
    """The one organisation of the article whose initials an acronym spells ("BJP" is the "Bharatiya Janata
    Party" named there, "TSMC" the "Taiwan Semiconductor Manufacturing Co."): news copy gives a body's
    name in full once and its acronym after. None when the word is no acronym or two names fit."""
    if not (2 <= len(word) <= 6 and word.isalpha() and word.isupper()):
        return None
    spelled = [k for k in counts if k.startswith("org:") and _initials(k[4:]) == word]
    return spelled[0] if len(spelled) == 1 else None


@lru_cache(maxsize=4096)  # (asked of every organisation's name once per acronym in the article)
def _initials(name: str) -> str:
    """The capitals that open a name's words and hyphenated parts ("Bharatiya Janata Party" -> "BJP",
    "Pakistan Tehreek-e-Insaf" -> "PTI"), which its acronym spells; "" for a one-word name."""
    words = name.replace("-", " ").split()
    return "".join(w[0] for w in words if w[0].isupper()) if len(words) > 1 else ""


def _surname(parts: list[str]) -> str:
    """The surname of a full name's words, before any suffix ("Duncan Hunter Jr" -> "Hunter")."""
    return parts[-2] if parts[-1] in _SUFFIXES and len(parts) > 2 else parts[-1]


def _first_surname(parts: list[str]) -> str | None:
    """The word before a full name's last surname, when it is no given name: Spanish names carry the
    father's surname first and copy uses it alone ("Claudia Sheinbaum Pardo" ... "Sheinbaum"), as
    Portuguese copy uses the name before the family name ("Luiz Inácio Lula da Silva" ... "Lula")."""
    if len(parts) < 3:
        return None  # (a given name and a surname: no word between them)
    end = len(parts) - 1 - (parts[-1] in _SUFFIXES)
    i = end - 1
    while i > 1 and parts[i].lower() in _CONNECTORS:
        i -= 1
    word = parts[i]
    if i < 1 or word.lower() in _CONNECTORS or not word[:1].isupper() or word.endswith("."):
        return None
    g = gazetteer()
    return word if parts[0] in g.first_names and word not in g.first_names else None  # (a person's name)


@lru_cache(maxsize=1)
def _everyday_words() -> frozenset[str]:
    """``common_words.txt`` alone: written without surnames, unlike VADER's and the group-noun lists."""
    return frozenset(_lines("common_words.txt"))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Ordinary words: VADER's lexicon entries, the not-name list and everyday nouns, lower-cased."""
    from .tone import analyzer

    words = {w for w in analyzer().lexicon if w.isalpha()}
    words |= {w.lower() for w in gazetteer().not_names}
    words |= gazetteer().group_nouns | gazetteer().descriptors
    words |= _everyday_words()
    words |= stopwords()  # function words: "Once", "Rather", "Others" open sentences, never name anyone there
    return frozenset(words)


# ---------------------------------------------------------------- merging


@dataclass(slots=True)
class _Cluster:
    key: str
    kind: str
    mentions: list[_Mention]
    references: list[Span] = field(default_factory=list)
    reference_sentences: list[int] = field(default_factory=list)


_AGENT_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ant", "ent", "eer")
# Plurals of people by trade or tie to a thing ("Shop owners", "Farm workers"), after a capital opening a
# sentence; not those that follow a person's name as often ("Clinton voters", "Obama officials", "Trump aides").
_PEOPLE_PLURALS = frozenset({"owners", "workers", "employees", "residents", "staff", "drivers", "managers",
                             "operators", "growers", "builders", "makers", "users", "tenants", "customers"})


def _agent_noun(word: str) -> bool:
    """A role noun by its form ("Organizer", "Challenger", "Lobbyist", "Historian", "Chairwoman"): an
    agent ending on a word of six letters or more. Only asked of a word that stands before a given
    name and surname and is no given name itself, where a surname of the same form ("Carter",
    "Walker") would have to open a person's name of three words."""
    return len(word) >= 6 and word[1:].islower() and word.endswith(_AGENT_ENDINGS)


def _glue_word(word: str, g: Gazetteer) -> bool:
    """A capitalised word that opens a run but is no one's given name: an ordinary word ("Courtesy",
    "Boss", "Take"), a place, a title or a shouted credit ("USA TODAY")."""
    return word not in g.first_names and (
        word.lower() in _common_words() or word in g.places or word in g.demonyms or word in g.titles
        or word in g.org_words or word in g.not_names or word.isupper() and len(word) > 1)


def _unglue(mentions: list[_Mention], g: Gazetteer, text: str = "") -> None:
    """Names run together with the words before them ("Courtesy Rekita Lee", "Boss Madigan", "USA TODAY
    Sports Bryant"), where the text names that person elsewhere, cut back to the name: the full name the
    run ends with, or its surname when a full name ends with it. Only when every word before is no given
    name and reads as an ordinary word, place or title; a repeated name ("Corey Lemley Corey Lemley") too.
    Before a full name, a word the text also writes in lower case counts as ordinary ("vote", "Vote Jane
    Doe"), and so does one it uses nowhere else before a given name ("Take Jeff Bezos" in a headline)."""
    keys = [k[5:] for k in set(map(_KEY, mentions)) if k.startswith("name:")]
    if len(keys) < 2:
        return
    by_words = {tuple(k.split()): k for k in keys}
    lasts = {w[-1] for w in by_words if 1 < len(w) < 4 and w[0] in g.first_names and w[0] not in g.places
             and w[-1] not in g.places}
    # (a name that opens with a given name is cut only when it repeats: every other cut needs a first word
    # that is none)
    cuts = {"name:" + by_words[w]: cut for w in by_words if len(w) > 1
            and (w[0] not in g.first_names or w[:len(w) // 2] == w[len(w) // 2:])
            if (cut := _cut(list(w), by_words[w], by_words, lasts, g, text)) is not None}
    if not cuts:
        return
    for m in mentions:
        cut = cuts.get(m.key)
        if cut is None or m.kind != "person":
            continue
        at = m.surface.rfind(" " + cut[0] + " ") + 1 if " " in cut[1] else m.surface.rfind(" " + cut[0]) + 1
        if at > 0:
            m.start += at
            m.surface = m.name = m.surface[at:]
            m.key = "name:" + cut[1]


def _cut(words: list[str], name: str, by_words: dict[tuple[str, ...], str], lasts: set[str], g: Gazetteer,
         text: str) -> tuple[str, str] | None:
    """Where ``_unglue`` cuts a name's words: the first word kept and the key it then has, or None."""
    for k in range(1, len(words)):
        rest, before = tuple(words[k:]), words[:k]
        if len(rest) == 1 and rest[0] not in lasts:
            continue  # a surname alone is cut back to only when a full name with a given name ends with it
        if "of" in before and any(w in g.titles or w in g.org_words for w in before):
            return None  # "Chief Officer of Walt Disney": a post in a body, the name is the body's
        if (rest in by_words or len(rest) == 1) and (list(rest) == before or all(
                _glue_word(w, g) or len(rest) > 1 and w not in g.first_names and (
                    _in_lower_case(w, text)
                    or k == 1 and rest[0] in g.first_names and text.count(w) == text.count(name))
                for w in before)):
            return rest[0], by_words.get(rest, rest[0])
    return None


def _in_lower_case(word: str, text: str) -> bool:
    """Whether the text also writes the word in lower case, as an ordinary word ("take", "coach")."""
    low = word.lower()
    if low == word:
        return False
    if len(text) > SEARCH_MAX_CHARS and _WORD_CHARS.fullmatch(low):
        return low in _free_standing_words(text)
    return _written_free_standing(low, text)


_WORD_CHARS = re.compile(r"[\w'’-]+")  # what ``_word_char`` accepts (re's \w: str.isalnum and "_")
_FREE_WORD = re.compile(r"(?<![\w'’#@/.-])[\w'’-]+")  # a whole run of them, not after "#", "@", "/" or "."


@lru_cache(maxsize=1)
def _free_standing_words(text: str) -> frozenset[str]:
    """The text's words (maximal runs of ``_word_char``) that stand free: not after "#", "@", "/" or "."
    (a hashtag, a handle, an address)."""
    return frozenset(_FREE_WORD.findall(text))


def _written_free_standing(low: str, text: str) -> bool:
    """``_in_lower_case`` for a word that holds other characters than a word's ("u.s."): a search."""
    at, size = text.find(low), len(low)
    while at >= 0:  # (str.find, then a look at the two characters around: no regex compiled per word)
        end = at + size
        if (at == 0 or not _word_char(text[at - 1]) and text[at - 1] not in "#@/.") and (
                end == len(text) or not _word_char(text[end])):
            return True  # (a hashtag, handle or address, "#soros", "@acme", "acme.com", writes names in lower case)
        at = text.find(low, at + 1)
    return False


def _word_char(c: str) -> bool:
    """A character that continues a word: what ``\\w``, an apostrophe or a hyphen matches."""
    return c.isalnum() or c in "_'’-"


def _merge(mentions: list[_Mention], text: str = "") -> dict[str, _Cluster]:
    """Mentions grouped into actors: one-word names join the full name that ends (or starts) with them."""
    full_by_last: dict[str, list[str]] = defaultdict(list)
    full_by_first: dict[str, list[str]] = defaultdict(list)
    full_by_inner: dict[str, list[str]] = defaultdict(list)
    org_by_last: dict[str, list[str]] = defaultdict(list)
    companies: dict[str, str] = {}  # a company's name without "Inc", "Corp" … -> its key
    storms: dict[str, str] = {}  # "Maria" -> "thing:Hurricane Maria"
    counts: Counter[str] = Counter(map(_KEY, mentions))
    renames = _suffix_keys(counts)
    if renames:
        for m in mentions:
            m.key = renames.get(m.key, m.key)
        counts = Counter(map(_KEY, mentions))
    for key in counts:  # each key once, in order of first use
        if key.startswith("name:"):
            parts = key[5:].split()
            if len(parts) > 2 or len(parts) == 2 and parts[-1] not in _SUFFIXES:  # ("Trump Jr": no full name)
                full_by_last[_surname(parts)].append(key)
                full_by_first[parts[0]].append(key)
                if inner := _first_surname(parts):
                    full_by_inner[inner].append(key)
                if (form := _surname_form(_surname(parts))) != _surname(parts):
                    full_by_last[form].append(key)  # "Sisi" after "Abdel Fattah el-Sisi"
                elif (last := _double_surname_end(form)) is not None:
                    full_by_last[last].append(key)  # "Aparo" after "Randall Jordan-Aparo"
        elif key.startswith("org:") and " " in key:
            stem, last = key.rsplit(" ", 1)
            org_by_last[last].append(key)
            if last.lower() in LEGAL_FORMS:
                companies.setdefault(stem[4:], key)  # "Tesla Inc" is "Tesla"
                head, _, group = stem[4:].rpartition(" ")
                if group in ("Group", "Holdings") and head:
                    companies.setdefault(head, key)  # "Goldman Sachs Group Inc" is "Goldman Sachs"
                first = stem[4:].split(" ", 1)[0]
                if first != stem[4:] and first.lower() not in _common_words():
                    companies.setdefault(first, key)  # "Nordvik Shipping ASA" is "Nordvik"
            elif (last in _COMPANY_HEADS or last in _BODY_HEADS) and " " not in stem[4:] \
                    and stem[4:].lower() not in _common_words():
                companies.setdefault(stem[4:], key)  # "Lumora Technologies" is "Lumora" ("Lumora said")
        elif key.startswith("thing:") and key[6:].split(" ", 1)[0] in _STORM_WORDS:
            storms[key.rsplit(" ", 1)[1]] = key
        elif key.startswith("thing:") and " v" in key:
            first, _, mark = key[6:].partition(" ")
            if mark.split(" ", 1)[0].rstrip(".") in _CASE_MARKS:
                storms.setdefault(first, key)  # "overturn Roe" after "Roe v. Wade": the case again
    joins: dict[str, tuple[str, str | None]] = {}  # one-word name -> the actor it joins, and its new kind

    def forget(key: str, name: str) -> None:
        """Take a full name joined elsewhere out of the tables a lone surname or given name is looked up in."""
        parts = name.split()
        for table, word in ((full_by_last, _surname(parts)), (full_by_first, parts[0])):
            if key in table.get(word, ()):
                table[word].remove(key)

    for key in counts:
        kind, _, name = key.partition(":")
        if kind not in ("name", "org"):
            continue
        if name in companies:
            joins[key] = companies[name], "organization"  # "Tesla" after "Tesla Inc."
            continue
        if kind == "org" and name.endswith(("'s", "’s")) and name[:-2] in full_by_last:
            # "McDonald's death" after "Laquan McDonald": the person the article names, not the firm
            joins[key] = max(full_by_last[name[:-2]], key=counts.__getitem__), "person"
            continue
        if kind != "name" or " " not in name:
            continue  # (a one-word name is joined below, where a full name of a person comes first)
        if "org:" + name in counts:
            joins[key] = "org:" + name, "organization"  # "Ostrava Motors said" after its shares rose
            forget(key, name)  # so "Hynix" alone finds the company too, not a person
            continue
        full = None
        if name.count(" ") == 1 and name.split(" ", 1)[0] not in gazetteer().first_names:  # ("Hillary Clinton")
            longer = [k for k in full_by_last.get(name.rsplit(" ", 1)[1], ()) if k.endswith(" " + name)]
            if len(longer) == 1:  # "Pinto Luz said" after "Miguel Pinto Luz", "López Obrador" after "Andrés
                full = longer[0]  # Manuel López Obrador": a two-word surname, as Iberian names have
        if full is None and name.split(" ", 1)[0].lower() in _CONNECTORS:
            # "De Blasio said" after "Bill de Blasio": the surname, capitalised to open a sentence; no full
            # name of its own, so "Blasio" finds Bill de Blasio
            full = _particle_surname_of(key, full_by_last, counts)
        if full is not None:  # a surname, then: no full name a lone word could join
            joins[key] = full, None
            forget(key, name)
    namesakes: dict[str, list[str]] = {}  # one-word name -> the full names it could join ("Bill", "Hillary Clinton")
    for key in counts:
        if key.startswith("name:") and " " not in key:
            word = key[5:]
            candidates = full_by_last.get(word) or full_by_last.get(_surname_form(word)) or (
                full_by_first.get(word) if len(full_by_first.get(word, ())) == 1 else None) or (
                full_by_inner.get(word) if len(full_by_inner.get(word, ())) == 1 else None)
            if candidates and len(candidates) > 1:
                # "Trump" beside "Donald Trump" and "Donald Trump Jr": the father, unless the text says Jr.
                candidates = [k for k in candidates if k.rsplit(" ", 1)[-1] not in _SUFFIXES] or candidates
            if candidates:
                joins[key] = max(candidates, key=counts.__getitem__), None
                namesakes[key] = candidates
            elif word in storms:
                # "Hurricane Maria ... Maria": the storm again; "Roe v. Wade ... Roe": the case
                joins[key] = storms[word], "policy" if " v" in storms[word] else "event"
            elif len(org_by_last.get(word, ())) == 1 and word[0].isupper():
                joins[key] = org_by_last[word][0], "organization"  # "the Post" after "The Washington Post"
            elif "org:" + word in counts:
                # "Valeant said" where "shares of Valeant" fell; where that joined a longer name, the longer
                # name ("Lumora says" after "Lumora Technologies" and "Lumora's shares rose")
                joins[key] = joins.get("org:" + word, ("org:" + word,))[0], "organization"
            elif full := _spelled_out(word, counts):
                joins[key] = full, "organization"  # "the BJP" after "Bharatiya Janata Party"
            elif word.endswith("s") and word[:-1] in full_by_last:
                joins[key] = "group:" + word, "group"  # "the Clintons": the family of a person named here
        elif key.startswith("org:") and " " not in key and len(org_by_last.get(key[4:], ())) == 1:
            joins[key] = org_by_last[key[4:]][0], None  # "the Post", an organisation word alone
        elif key.startswith("org:") and (full := _spelled_out(key[4:], counts)):
            joins[key] = full, "organization"  # "BJP" after "Bharatiya Janata Party"
    # Full names known to be people's: a title before one, or a listed given name first ("Kerry Lake").
    g = gazetteer()
    # (asked once per key, not per mention: only the title test needs the mentions, and only whether one has one)
    people: set[str] = set()
    if full_by_last:
        titled = {m.key for m in mentions if m.title}
        for key in counts:
            if key.startswith("name:") and 0 < key.count(" ") < 3:
                given = key[5:].split(" ", 1)[0]
                if given in g.first_names or key in titled and given not in g.first_words:
                    people.add(key)
    # Where each full name that shares its surname with another is used (``_latest_before``).
    shared: dict[str, list[tuple[int, int]]] = {k: [] for ks in namesakes.values() if len(ks) > 1 for k in ks}
    if shared:
        for m in mentions:
            if m.key in shared:
                shared[m.key].append((m.start, m.sentence))
    clusters: dict[str, _Cluster] = {}
    for m in mentions:
        key = m.key
        if key in joins:
            key, kind = joins[key]
            if kind is None and m.key in namesakes:
                if len(namesakes[m.key]) > 1:
                    key = _latest_before(m, namesakes[m.key], shared, key)
                if m.title:
                    key = _namesake(m.title, namesakes[m.key], key, m.key)
            m.key = key
            if kind is not None:
                m.kind = kind
                if kind == "group":
                    m.affiliation = max(full_by_last[key[6:-1]], key=counts.__getitem__)[5:]
        elif key.startswith("name:"):
            pass  # (the usual case, asked first: none of the tests below is about a name)
        elif key.startswith("place:") and " " not in m.surface and m.surface in full_by_last \
                and any(k[5:].split(" ", 1)[0] in g.first_names if m.surface in g.regional
                        else m.surface in g.demonyms and not m.surface.endswith("s")
                        and k[5:].split(" ", 1)[0] not in _REGION_WORDS for k in full_by_last[m.surface]):
            # "Lloyd Austin" ... "Austin" (a given name first: not "Entergy Mississippi" ... "Mississippi");
            # "Gareth Pole" ... "Pole said": a singular demonym is rarer than a surname (not "Americans"
            # after "Sikh Americans", nor "American" after "North American")
            key = m.key = max(full_by_last[m.surface], key=counts.__getitem__)
            m.kind, m.affiliation = "person", None
        elif not key.startswith("org:"):
            pass
        elif " " not in m.surface and m.surface in full_by_last and any(
                k in people for k in full_by_last[m.surface]):
            # "President Vicente Fox ... Fox said": the surname of a person named here, not the channel
            key = m.key = max((k for k in full_by_last[m.surface] if k in people), key=counts.__getitem__)
            m.kind, m.affiliation = "person", None
        elif " " not in m.surface and (person := _camel_person(m.surface, counts, full_by_last)):
            key = m.key = person  # "#DanaWeller" beside "Dana Weller": that person's handle
            m.kind, m.affiliation = "person", None
        elif " " in key:
            # "Biden administration" keeps its own actor but names its person.
            word = key[4:].split()[0]
            if word in full_by_last and m.affiliation == word:
                m.affiliation = max(full_by_last[word], key=counts.__getitem__)[5:]
        cluster = clusters.get(key)
        if cluster is None:
            cluster = clusters[key] = _Cluster(key, m.kind, [])
        cluster.mentions.append(m)
    for cluster in clusters.values():
        if len(cluster.mentions) == 1:
            cluster.kind = cluster.mentions[0].kind
        elif cluster.key.startswith("name:") and any(m.title for m in cluster.mentions):
            cluster.kind = "person"
        else:
            cluster.kind = _most_common([m.kind for m in cluster.mentions])
            if cluster.kind == "person" and " " not in cluster.key and cluster.key.startswith("name:"):
                cluster.kind = _kind_by_evidence(cluster, text)
        if cluster.kind == "person" and text and _always_with_the(cluster, text):
            cluster.kind = "group" if cluster.key.endswith("s") else "organization"  # "the Teamsters", "the Hill"
        elif cluster.kind == "person" and text and _spoken_of_as_it(cluster, text):
            cluster.kind = "organization"  # "Rivian said it would raise prices"
        elif cluster.kind == "person" and text and (owner := _owner_as_it(cluster, text)):
            cluster.kind = owner  # "Milltown's ban on rideshare pickups at its airport … the city"
    return clusters


# "Milltown's ban on pickups at its airport": no other name between (not "Trump's plan to leave NATO and cut its …")
_POSSESSIVE_ITS = re.compile(r"['’]s\s+[a-z][^.!?;A-Z]{0,80}?\bits\b")
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b")
_PRONOUN_AFTER = re.compile(r"[^.!?;A-Z]{0,80}?\b(?:he|she|his|her|him)\b")  # "Okafor's plan would cut his budget"
_SETTLEMENT = re.compile(r"\b(?:[Tt]he|[Aa]) (?:city|town|village)\b")


def _owner_as_it(cluster: _Cluster, text: str) -> str | None:
    """The kind of a one-word name no title or given name makes a person's whose possessive the article takes up
    with "its" in the same clause ("Milltown's ban on pickups at its airport", "Corvane's plan to move its
    plant"): a place when the article speaks of a city, town or village, else a body. None for a person's
    (kin, an age, a role or "he"/"she" after the name: ``_PERSON_AFTER``, ``_HE_NEXT``; "his" or "her" in the
    clause after any of its mentions)."""
    key = cluster.key
    if not key.startswith("name:") or " " in key or key[5:] in gazetteer().first_names:
        return None
    owned = False
    for m in cluster.mentions:
        if text[m.end:m.end + 1] in "'’" and (found := _POSSESSIVE_ITS.match(text, m.end)):
            owned = owned or not _PERSONAL_PRONOUN.search(found.group())
    if not owned or any(m.title or _PERSON_AFTER.match(text, m.end) or _HE_NEXT.match(text, m.end)
                        or _PRONOUN_AFTER.match(text, m.end) for m in cluster.mentions):
        return None
    return "place" if _SETTLEMENT.search(text) else "organization"


# What comes between a name and the pronoun its report opens with ("Rivian said it would", "Zentara also
# announced on Monday that it", "Nabisco announced it was laying off"; across an apposition: "Airbus, its
# European rival, said it expects"). "It" counts only as the doer of what follows, not before a copula
# ("Trump said it was a disaster", "said it would be great": the "it" of a situation) unless the copula makes
# a progressive ("announced it was laying off"). Group 1 is the verb, group 2 the pronoun.
_IT_REPORT = re.compile(r"(?:,[^,.;:!?\"“”()]{1,60},)?\s+(?:(?:also|has|had|have|then|later|now|previously|"
                        r"recently|earlier|further|separately)\s+)?(said|says|added|warned|denied|insisted|"
                        r"acknowledged|stated|announced|announces|reported|reports|confirmed|confirms|expects|"
                        r"expected|disclosed|estimated|estimates|plans|planned|hopes)"
                        r"(?:\s+(?:on|in|last)\s+\w+(?:\s+statement)?)?,?(?:\s+that)?\s+"
                        r"(it(?!(?:\s+(?:would|will|could|might|may|should|must|has|had|have))?"
                        r"\s+(?:be|been|is|was|'s|’s|seems|seemed|looks|looked|felt|feels)\b(?!\s+\w+ing\b))|"
                        r"its|he|she|his|her)\b")
# The verbs after which "it" is as often a person's subject matter as a body's self ("Rogers said it would
# fail"): there "it" counts only with an "its" later in the same sentence ("Rivian said it would raise
# prices on its pickups").
_SAYING = frozenset({"said", "says", "added", "warned", "denied", "insisted", "acknowledged", "stated"})
_ITS_LATER = re.compile(r"(?:(?!\b(?:he|she)\b)[^.!?;]){0,80}?\bits\b")
# "Nvidia reported record revenue on Wednesday, and its chief executive said …": "its" before a company's
# part later in the name's clause, with no other thing named between (no capital but a day's or a month's,
# no determiner or possessive: not "Trump attacked the automaker and its chief executive"). Group 1 empty.
_ITS_PART = re.compile(r"()(?:,?\s+(?:(?!(?:the|a|an|this|that|these|those|his|her|their|he|she|it)\b)[a-z0-9$%.'’-]+"
                       r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
                       r"|June|July|August|September|October|November|December)){1,12}?,?\s+(its)\s+(?:chief\s+"
                       r"executive|ceo|chief\s+financial|founder|co-founder|shares|stock|shareholders|headquarters|"
                       r"employees|workers|workforce|staff|customers|subscribers|revenue|profits?|earnings|sales|stores|plants|"
                       r"factories|products)\b")
_AND_ITS = re.compile(r"\s+(?:and|or)\s+()(its|his|her)\s")  # "Nvidia and its suppliers", "Ortiz and her lawyer"


# What only a person has or is, right after the name: kin and a body ("Trump's wife", "Ruto's late
# father", "Moyo's lawyers"), an age in apposition ("Trump, 78,"), a role of a person ("Ruto, the president,"
# "Ruto, a former teacher,"), or the name in the first sentence and "he" or "she" opening the next (no other
# capitalised word between the name and its clause's end but the sentence's own). It outweighs an "it"
# after a verb of saying, which is often the country or government a leader speaks for ("Trump said it
# would raise tariffs on its partners").
_PERSON_AFTER = re.compile(r"(?:['’]s\s+(?:(?:late|estranged|former|ex-|younger|elder|older|eldest|youngest)\s*)?"
                           r"(?:wife|husband|widow|widower|son|sons|daughter|daughters|mother|father|parents|"
                           r"brother|brothers|sister|sisters|children|grandchildren|grandson|granddaughter|"
                           r"family|fiancée?|girlfriend|boyfriend|spouse|uncle|aunt|nephew|niece|cousin|"
                           r"lawyers?|attorneys?|birthday|funeral|presidency|childhood|memoir)\b"
                           r"|,\s+\d{1,3},"
                           r"|,\s+(?:the|a|an)\s+(?:(?:former|then|longtime|veteran|retired|\d+-year-old)\s+)?"
                           r"(?:president|prime|senator|governor|mayor|minister|chancellor|candidate|"
                           r"congressman|congresswoman|lawmaker|judge|teacher|lawyer|businessman|businesswoman|"
                           r"father|mother|man|woman|actor|actress|singer|\d+-year-old)\b)")
_HE_NEXT = re.compile(r"[^.!?A-Z]{0,160}[.!?][\"”’]?\s+(?:He|She|His|Her)\b")
# The same sentence going on about the name as "he" or "she", no other name between ("Okafor said it would
# raise tariffs on its partners, and he left for Lagos"), or a verb only a person is the subject of right
# after the name ("Okafor tweeted", "Okafor, 71, joked"): evidence of a person that outweighs an "its".
_HE_LATER = re.compile(r"[^.!?;A-Z]{0,120}?\b(?:he|she|him|himself|herself)\b")
_PERSON_VERB = re.compile(r"\s+(?:(?:also|later|then|once|has|had)\s+)?(?:tweeted|tweets|retweeted|joked|jokes|"
                          r"quipped|quips|smiled|laughed|shrugged|grinned|nodded|sighed|wept|testified|campaigned|married|divorced|died|"
                          r"(?:was|were)\s+(?:born|elected|sworn|re-elected|reelected|inaugurated))\b")
# A body in a list with what it has ("Harbor Steel, its union and the mayor said"; not "Airbus, its
# European rival, said": an apposition, about someone else's rival, closes with a comma). Group 2 "its".
_LISTED_ITS = re.compile(r",\s+()(its)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?,?\s+(?:and|or)\s")


def _spoken_of_as_it(cluster: _Cluster, text: str) -> bool:
    """A one-word name no title or given name makes a person's, whose own report the article opens with
    "its", or with "it" as the doer ("Nabisco announced it was laying off", "Rivian said it would raise
    prices on its pickups", "Spotify and its rivals"), and never with "he" or "she": a company, a party or
    an outlet; a name of several words only by a list it heads with "its" ("Harbor Steel and its union",
    "Harbor Steel, its union and the mayor"); a particle and a surname alone count as one word ("De Beers
    said it would cut its prices": a family's firm). A person known by one word only is rare in news copy, a firm
    common; the pronoun the writer chose right after the name is the best evidence the text gives of which
    it is, but any sign of a person anywhere in the article (a title, kin, an age, a "he" going on about
    the name, a verb only people do: ``_person_sign``) outweighs it ("Trump said it would raise tariffs on
    its partners. Trump tweeted …": the "it" a leader's country)."""
    key = cluster.key
    if not key.startswith("name:") or key[5:].partition(" ")[0] in gazetteer().first_names:
        return False
    name = key[5:]
    # a surname with its particle and nothing more ("De Beers", "Van Leer") is as often a firm named for a
    # family as a person, so it is judged by its pronoun as a one-word name is
    several = " " in name and not (name.count(" ") == 1 and name.partition(" ")[0].lower() in SURNAME_PARTICLES)
    it = False
    for m in cluster.mentions:
        if several:
            found = _AND_ITS.match(text, m.end) or _LISTED_ITS.match(text, m.end)
        else:
            found = (_IT_REPORT.match(text, m.end) or _AND_ITS.match(text, m.end) or _ITS_PART.match(text, m.end)
                     or _LISTED_ITS.match(text, m.end))
        if found:
            pronoun = found.group(2)
            if pronoun not in ("it", "its"):
                return False
            it = it or pronoun == "its" or found.group(1) not in _SAYING or bool(_ITS_LATER.match(text, found.end()))
    # (asked only of the few names an "it" or "its" follows: most never get this far)
    return it and not any(_person_sign(m, text) for m in cluster.mentions)


def _person_sign(m: _Mention, text: str) -> bool:
    """Whether the text says the name at ``m`` is a person's: a title, kin or an age after it, "he" or
    "she" opening the next sentence or going on in its own, or a verb only a person does."""
    end = m.end
    return bool(m.title or _PERSON_AFTER.match(text, end) or _HE_NEXT.match(text, end)
                or _PERSON_VERB.match(text, end) or _HE_LATER.match(text, end))


_SAID_BEFORE = re.compile(r"\b(?:said|says|according to|told)\s+$")


def _unattested_person(cluster: _Cluster, text: str, g: Gazetteer) -> bool:
    """A two-word capitalised phrase called a person only for want of other evidence: a word of the language
    in it (listed, or written in lower case in the article), no given name opening it, no title, no lone
    surname, no speech and no verb, kin or age of a person beside any of its mentions. Such a phrase is as
    often a style, a nickname, a programme or a work's title ("Art Deco", "Safety Check", "Great Wall") as a
    name: it is no antecedent for "he", "she" or "the senator" (the pronoun would make it the person it may
    not be)."""
    key = cluster.key
    if not key.startswith("name:") or key.count(" ") != 1 or key[5:key.index(" ")] in g.first_names:
        return False
    words = key[5:].split()
    if not any(w.lower() in _common_words() or _in_lower_case(w, text) for w in words):
        return False  # ("Neera Tanden", "Lael Brainard": no word of the language, a name of someone)
    for m in cluster.mentions:
        surface = m.surface or m.name
        if m.title or " " not in surface:
            return False
        after = text[m.end:m.end + 12].split(None, 1)
        if after and after[0].rstrip(",") in _SPEECH_VERBS or _SAID_BEFORE.search(text, max(0, m.start - 16),
                                                                                  m.start):
            return False
        if _PERSON_AFTER.match(text, m.end) or _PERSON_VERB.match(text, m.end):
            return False
    return True


def _kind_by_evidence(cluster: _Cluster, text: str) -> str:
    """The kind of a one-word name the article uses as more than one kind. A person is what a capitalised
    word is when nothing says otherwise, so the mentions that say otherwise weigh more: an outlet noun or a
    web address ("the site Truthlantern", "Breitbart.com") makes it an organisation, a place context ("in Kembora",
    "the Kembora region", "Kembora, Nebraska") a place when at least half as many as the plain mentions,
    unless the article has it speak ("Kembora said")."""
    kinds = Counter(m.kind for m in cluster.mentions)
    if kinds["organization"] == 0 and kinds["place"] * 2 < kinds["person"]:
        return "person"
    for m in cluster.mentions:
        after = text[m.end:m.end + 10].split(None, 1)
        if after and after[0] in _SPEECH_VERBS:
            return "person"
    return "organization" if kinds["organization"] else "place"


def _inner_body_words(clusters: dict[str, _Cluster]) -> dict[str, int]:
    """Each word that stands inside a body's name of several words, before its head ("Pacific" in "United
    States Pacific Command"), with how often the article writes it there."""
    inner: dict[str, int] = {}
    for key, cluster in clusters.items():
        if key.startswith("org:") and " " in key:
            for word in key[4:].split()[:-1]:
                inner[word] = inner.get(word, 0) + len(cluster.mentions)
    return inner


def _common_noun(cluster: _Cluster, doc: Document, inner: Mapping[str, int]) -> bool:
    """A one-word "name", never with a title, never with a full name and never as a speaker, that reads as
    a common noun capitalised by position, emphasis or house style, not a person: the text also writes it
    in lower case ("Federal investigators" ... "federal law", "Tradition" ... "tradition"), or it is an
    ordinary word and only ever opens a sentence ("Members of the group", "Bottom line:", "Believe me.").
    A surname that is also a word ("Price", "Bush") is safe: an article names its bearer in full, or with
    a title, or says he spoke, or writes him in mid-sentence."""
    key = cluster.key
    if not key.startswith("name:") or " " in key:
        return False
    word, text = key[5:], doc.text
    opens_only = True
    for m in cluster.mentions:
        if m.title or (m.surface or m.name) != word:
            return False
        after = text[m.end:m.end + 10].split(None, 1)
        if after and after[0] in _SPEECH_VERBS:
            return False
        if opens_only:
            before = text[doc.sentences[m.sentence].start:m.start]
            opens_only = not before or before.isspace() or all(c in _OPENERS or c.isspace() for c in before)
    if opens_only and word in inner and word not in gazetteer().first_names \
            and text.count(word) <= len(cluster.mentions) + inner[word]:
        # "United States Pacific Command … Pacific commanders agreed": a word the article capitalises
        # mid-sentence only inside a body's name, then at a sentence's start, is that name's modifier
        return True
    return opens_only and word.lower() in _common_words() or _in_lower_case(word, text)


def _always_with_the(cluster: _Cluster, text: str) -> bool:
    """A one-word name the text writes only after "the" ("the Hill", "the Guardian", "the Kremlin"): a
    body, an outlet or, in the plural, a group ("the Teamsters", "the Clintons"), not a person ("the Trump
    era" is Trump's when the same text also writes him without "the"). A name of several words counts
    only where no lower-case word follows it: "the Morven Star" is a boat, "the Tom Hale show" his."""
    if not cluster.key.startswith("name:"):
        return False
    several = " " in cluster.key
    return all(not m.title and text[max(0, m.start - 4):m.start].lower() == "the "
               and not (several and _LOWER_WORD_AFTER.match(text, m.end)) for m in cluster.mentions)


_LOWER_WORD_AFTER = re.compile(r"(?:[ \t]+|-)[a-z]")  # "the Tom Hale show", "the Maria Roe-led team"


_GENDER_REACH = 5  # sentences back a pronoun looks when the usual window of two holds only the other gender
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.? $")  # "first lady Jill Biden", "actress Meryl Streep"


def _gender(cluster: _Cluster, text: str, g: Gazetteer) -> str | None:
    """"male", "female", or None when nothing tells or the evidence disagrees (a merge of two people).

    Evidence: a gendered title or the noun just before a mention ("Ms. Okafor", "congresswoman X"),
    and the given name of a full name; a one-word name is a surname ("Sen. Warren"), no given name.
    """
    found = set()
    for m in cluster.mentions:
        for word in m.title.split():
            found.add(_GENDERED.get(word.rstrip(".").lower()))
        before = _WORD_BEFORE.search(text, max(0, m.start - 16), m.start)
        if before is not None:
            found.add(_GENDERED.get(before.group(1).lower()))
    if cluster.key.startswith("name:") and " " in cluster.key:
        found.add(g.given_names.get(cluster.key[5:cluster.key.index(" ")]))
    found.discard(None)
    return found.pop() if len(found) == 1 else None


_NAMESAKE_REACH = 0  # sentences back a full name still claims a lone surname over the article's most used one


def _latest_before(m: _Mention, candidates: list[str], used_at: dict[str, list[tuple[int, int]]],
                   default: str) -> str:
    """Of full names that share a surname, the one named last before the surname in its own sentence
    ("Bill Clinton said Hillary Clinton would win, and Clinton ..."); else ``default``, the article's most
    used, its subject (a lone "Okafor" paragraphs later is the Okafor the story is about).
    Reaching one sentence further back lowered PerSent's tuning half: across sentences a lone surname
    mostly goes back to the story's subject, not to a namesake just mentioned."""
    best, best_at = default, -1
    for key in candidates:
        used = used_at.get(key, ())
        i = bisect_left(used, (m.start,)) - 1
        if i >= 0 and used[i][0] > best_at and used[i][1] >= m.sentence - _NAMESAKE_REACH:
            best, best_at = key, used[i][0]
    return best


def _namesake(title: str, candidates: list[str], default: str, own: str) -> str:
    """Of two people with one surname, the one whose given name agrees with the title ("Mrs. Clinton").

    The usual join (the most used full name) stands unless its given name says the other gender; when
    every full name is of the other gender, "Mrs. Romney" beside "Mitt Romney" is someone else (``own``).
    """
    given = gazetteer().given_names
    genders = {_GENDERED.get(w.rstrip(".").lower()) for w in title.split()} - {None}
    if len(genders) != 1:
        return default
    gender = genders.pop()
    if given.get(default[5:].split(" ", 1)[0], gender) == gender:
        return default  # the usual join agrees, or its gender is unknown
    genders_of = [given.get(c[5:].split(" ", 1)[0]) for c in candidates]
    if gender in genders_of:
        return candidates[genders_of.index(gender)]
    return default if None in genders_of else own  # someone of unknown gender may be meant: as before


def _most_common(values: list[str]) -> str:
    """The most frequent value, the earliest on ties."""
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return max(counts, key=counts.__getitem__)


# "the", "this", "that" and the noun after. The match starts at the "h" and looks behind for the "T" or "t" (its
# start is one character late): ``re`` finds a pattern that opens with one literal character by a quick scan for
# that character, but tests a class at a pattern's start ("[Tt]") at every position of the body; the scan takes
# about half as long so. "T" and "h" lie in one token, so in one sentence. A "that" before "the" is a conjunction,
# no determiner ("said that the senator …": the match is "the senator").
_DESCRIPTION = re.compile(r"h(?<=[Tt]h)(?<!\w[Tt]h)(?:e|is|at(?! th(?:e|is|at) )) "
                          r"(?:(?:former|then-|new|incoming|outgoing|current|embattled|veteran|[Ff]ormer) ?)?"
                          r"([A-Za-z][a-z]+(?:[- ][a-z]+)?)\b")
# \b(?:[Hh]e|[Hh]im|...|[Ss]he|[Tt]hey|...|[Tt]hemselves)\b, as two scans that each open with one literal
# character (quick to search for, as with ``_DESCRIPTION``; the two together take about a third of the one
# pattern's time): "He", "His" ... at their "H"; every other at its "h", "she" and "they" ... one character
# late (``_pronouns``).
_PRONOUN_CAPITAL = re.compile(r"H(?<!\wH)(?:e|im|is|imself|er|ers|erself)\b")
_PRONOUN_H = re.compile(r"h(?:(?<!\wh)(?:e|im|is|imself|er|ers|erself)|(?<=[Ss]h)(?<!\w[Ss]h)e|"
                        r"(?<=[Tt]h)(?<!\w[Tt]h)(?:ey|em|eir|emselves))\b")


def _pronouns(doc: Document, stretches) -> list[tuple[int, int, int]]:
    """(start, end, sentence index) of every personal pronoun of the third person in the body, in text order:
    the two scans' matches merged (whole words, so none overlap). A match of ``_PRONOUN_H`` after an "S" or
    "T" is "she" or "they" ...: it starts there (a plain "he" has no letter before it)."""
    text = doc.text
    found = [(m.start(), m.end(), index) for m, index in _body_matches(doc, _PRONOUN_CAPITAL, stretches)]
    for m, index in _body_matches(doc, _PRONOUN_H, stretches):
        start = m.start()
        found.append((start - 1 if start and text[start - 1] in "SsTt" else start, m.end(), index))
    if len(found) > 1:
        found.sort()
    return found


_OF_NAME = re.compile(r"[A-Z][a-z]+ of $")

# What an abbreviated title says in full, for "the governor" to find "Gov. X" (AP abbreviations).
_TITLE_WORDS = {"gov.": "governor", "sen.": "senator", "rep.": "representative congressman congresswoman",
                "gen.": "general", "lt.": "lieutenant", "col.": "colonel", "capt.": "captain", "sgt.": "sergeant",
                "adm.": "admiral", "maj.": "major", "prof.": "professor", "rev.": "reverend", "atty.": "attorney",
                "supt.": "superintendent", "dr.": "doctor"}


def _title_nouns(title: str) -> str:
    """A mention's title, lower-cased, with what its abbreviations stand for ("Gov." -> "gov. governor")."""
    if not title:
        return ""
    low = title.lower()
    if "." not in low:
        return low
    return " ".join([low, *(_TITLE_WORDS[w] for w in low.split() if w in _TITLE_WORDS)])


# The US parties' nouns and adjective, lower-cased: "the Republican" may be a person,
# "the Democratic nominee" a role.
PARTY_NOUNS = frozenset({"republican", "democrat", "democratic"})
_ROLE_AFTER = re.compile(r"(?: (?:presidential|vice|gubernatorial|senate|house|party|former|front-running)){0,2} "
                         r"([a-z]+(?:-[a-z]+)?)")


# Descriptors that are as often adjectives or noun modifiers: before a lower-case word that is no verb
# ("the general election", "the justice system") they describe no one.
_ADJECTIVE_DESCRIPTORS = frozenset({"general", "official", "host", "star", "justice", "chief"})


# The second words of two-word offices whose first word is a descriptor ("the chief executive", "the general
# manager", "the attorney general"): the mention is the whole office, not its first word ("the chief").
_CHIEF_OF = frozenset({"executive", "economist", "strategist", "operating", "financial", "technology", "justice",
                       "information",
                       "minister", "officer", "prosecutor", "negotiator", "inspector", "engineer", "scientist",
                       "manager", "counsel", "general", "secretary", "editor", "correspondent", "whip",
                       "constable", "commissioner", "superintendent", "medical", "coroner", "judge"})


def _verb_like(word: str) -> bool:
    """A lower-case word after "the Republican" that keeps it a noun ("the Republican said", "... who"),
    unlike the nouns it modifies as an adjective ("the Republican nomination", "... nominee", "... side")."""
    return word in _SPEECH_VERBS or word in stopwords() or word.endswith("ed")


_MEMBER_BODIES = frozenset({"council", "board", "committee", "commission", "legislature", "assembly", "senate",
                            "parliament", "government", "administration", "court"})  # "the city council" is a body
# A verb of owning, holding or ruling right after "the state" ("the state holds a stake", "the state owns the
# airline", "the state regulates prices"): what the state's government does, not the territory.
_OWNING_AFTER = re.compile(r" (?:(?:also|still|now|already|which|that) )?(?:holds|held|owns|owned|controls|controlled|"
                           r"regulates|regulated|subsidizes|subsidized|subsidises|subsidised|sold|sells|bought|buys|"
                           r"nationalized|nationalised|nationalizes|nationalises|privatized|privatised|"
                           r"privatizes|privatises)\b")


def _descriptions(doc: Document, g: Gazetteer, stretches=None) -> list[tuple[int, int, int, str]]:
    """(start, end, sentence, noun) for "the Democrat", "the president" ..."""
    found = []
    if stretches is None:
        stretches = _body_stretches(doc)
    for m, index in _body_matches(doc, _DESCRIPTION, stretches):
        at = m.start() - 1  # the "T" (``_DESCRIPTION`` starts at the "h")
        noun = m.group(1).lower()
        first, _, second = noun.partition(" ")
        if first in g.institutions and (noun in g.institutions or m.group(1)[0].islower()):
            if second.endswith("s") and doc.text[at + 2: at + 4] == "at" and noun not in g.institutions:
                continue  # "a move that union leaders called …": a relative "that" before a plural, no union
            noun = first
            if m.group(1)[0].isupper() and (doc.text[m.start(1) + len(noun):m.start(1) + len(noun) + 2][1:].isupper()
                                            or _OF_NAME.search(doc.text, max(0, at - 30), at)):
                continue  # "the State Department", "State of the Union": part of a name, not "the state"
            if noun in _BODY_PART_NOUNS and (_OF_NAMED.match(doc.text, m.start(1) + len(noun))
                                             or noun == "management" and doc.text.startswith(" of", m.end(1))
                                             or doc.text.endswith("across ", 0, at)):
                # "the board of Freedom Partners": that body's, named there; "the management of the crisis": the
                # act of managing; "across the board": everywhere. None refers back to a body.
                continue
            if first in _BODY_NOUNS_BEFORE_NAMES and (not second or second in _BODY_NOUNS_BEFORE_NAMES):
                named = m.end(1)  # after "the charity", or after "the campaign group"
                if _NAME_AFTER.match(doc.text, named) and not _TIME_NAME_AFTER.match(doc.text, named):
                    continue  # "The charity Open Hands Trust said": the name is the mention
            if second in _MEMBER_BODIES and g.institutions.get(first) == "place":
                found.append((at, m.end(1), index, second))  # "the city council": the council, a body of the city
                continue
            if g.institutions.get(noun) == "place" and _OWNING_AFTER.match(doc.text, m.start(1) + len(noun)):
                # "The state holds a 14 percent stake", "the state regulates prices": a place owns and rules
                # nothing; its government does
                found.append((at, m.start(1) + len(noun), index, "government"))
                continue
            found.append((at, m.start(1) + len(noun), index, noun))
            continue
        if second in _DEMONYM_BODY_NOUNS and m.group(1)[0].isupper() and m.group(1).split(" ", 1)[0] in g.demonyms:
            if not _NAME_AFTER.match(doc.text, m.end(1)):  # (not "the Dutch newspaper NRC Handelsblad")
                found.append((at, m.end(1), index, second))  # "the Japanese automaker", "the Lebanese group"
            continue
        if noun not in g.descriptors:
            if first in PARTY_NOUNS and second:
                if _verb_like(second):
                    pass  # "the Republican said": the party word is the noun
                else:
                    # "the Democratic nominee", "the Republican presidential candidate": the role noun a
                    # word or two on is the description; "the Republican nomination" describes no one
                    role = _ROLE_AFTER.match(doc.text, m.start(1) + len(first))
                    if role is not None and role.group(1) in g.descriptors:
                        after = doc.text[role.end():role.end() + 2]
                        if not (after[:1] == " " and after[1:].isupper()):  # else the name is the mention
                            found.append((at, role.end(), index, role.group(1)))
                    continue
            noun = first.partition("-")[0]  # the word before any space or hyphen
            if noun not in g.descriptors:
                continue
        if noun in _ADJECTIVE_DESCRIPTORS and second and noun == first and not (
                _verb_like(second) or second.endswith(("s", "ing")) or second in _CHIEF_OF):
            continue  # "the general election", "the official statement", "the host city", "the chief reason": a
            # modifier, no one (but "the chief constable": an office of two words)
        end = m.start(1) + len(noun)
        if noun == first and second in _CHIEF_OF:
            end = m.end(1)  # "the chief executive", "the attorney general": one office of two words, kept whole
            if doc.text.startswith(" officer", end):
                if doc.text[end + 8:end + 9].isalpha():
                    continue  # "the chief financial officers": several people, not the one office
                end += 8  # "the chief financial officer"
        after = doc.text[end:end + 2]
        if len(after) > 1 and after[0] == " " and after[1].isupper():
            continue  # "the president Joe Biden": the name is the mention
        if after[:1] in ("’", "'") and m.group(1)[0].isupper() \
                and doc.text[end + 3: end + 40].split(" ", 1)[0].strip(",.;:") in g.org_words:
            continue  # "the King’s Fund", "the Prince’s Trust": a body named after the title, no one
        found.append((at, end, index, noun))
    return found


def _opens_sentence(doc: Document, start: int, sentence: int) -> bool:
    """Whether a mention at ``start`` opens its sentence (after "The" at most, or a dateline's dash)."""
    head = doc.text[doc.sentences[sentence].start: start].strip()
    return head in ("", "The", "the") or head.endswith(("—", "–")) and len(head) < 40


def _unnamed_before(doc: Document, start: int, sentence: int, noun: str) -> bool:
    """Whether the sentence of the description at ``start`` or the one before introduces an unnamed one of its
    noun ("A Saudi official, who asked not to be identified, said …. The official added …"): "the official"
    is that unnamed person, not whoever was named last."""
    lo = doc.sentences[max(0, sentence - 1)].start
    if doc.text.find(noun, lo, start) < 0 or _INDEFINITE.search(doc.text, lo, start) is None:
        return False  # (the noun's plain search first: it is seldom there)
    for m in _indefinite_noun(noun).finditer(doc.text[lo:start]):
        before = doc.text[max(lo, lo + m.start() - 8): lo + m.start()]
        if not (before.endswith(", ") or before.rstrip().endswith((" is", " was", " as", " became"))):
            return True  # (not "Jane Roe, a city official," or "Roe is an official": a named person's description)
    return False


_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) ")


@lru_cache(maxsize=256)
def _indefinite_noun(noun: str) -> re.Pattern:
    """``_INDEFINITE`` and then ``noun``, with up to three words between ("a senior Saudi official"): compiled
    once per description noun, not on each call of ``_unnamed_before``."""
    return re.compile(rf"{_INDEFINITE.pattern}(?:[\w’'-]+ ){{0,3}}{re.escape(noun)}\b")


_LEGAL_FORM_NOUNS = frozenset({"company", "firm", "corporation", "group"})  # what a legal form names
# Head words of public bodies' names: "the company" refers to none ("a filing with the Securities and Exchange
# Commission … the company said": the filer).
_PUBLIC_BODY_WORDS = frozenset({"Commission", "Administration", "Agency", "Department", "Ministry", "Council",
                                "Court", "Congress", "Senate", "Parliament", "Committee", "Bureau", "Authority",
                                "Assembly", "Government", "Service", "Office", "Nations", "Union", "Reserve"})


def _public_body(cluster) -> bool:
    """Whether a body's name, as any of its mentions writes it, is a public body's ("SEC" is the "Securities and
    Exchange Commission" named beside it)."""
    return any(not _PUBLIC_BODY_WORDS.isdisjoint(m.surface.split()) for m in cluster.mentions[:8])
# Offices held by one person at a time in a place or body: "the mayor" is no one titled otherwise (a
# councilwoman, a senator); role nouns anyone may be called ("the candidate", "the author") are left out.
_SINGLE_HOLDER_OFFICES = frozenset({"mayor", "governor", "president", "judge", "senator", "minister",
                                    "chancellor", "premier", "sheriff", "reporter"})
_HONORIFIC_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"})
# "the government", "the administration": the executive, which news copy names so outright; the body
# named last is as often a legislature, a think tank or a company that criticised it ("Republicans in
# Congress dismissed the administration's claims"), so these refer back only to a body with the noun in
# its name ("the Biden Administration") and otherwise stand for the executive unnamed.
# Plural heads of company names: "Lumora Technologies", "Ostrava Motors" go by their first word alone.
_COMPANY_HEADS = frozenset({"Technologies", "Motors", "Airlines", "Airways", "Pharmaceuticals", "Industries",
                            "Holdings", "Systems", "Enterprises", "Labs", "Networks", "Communications",
                            "Partners", "Securities", "Electronics", "Motor", "Semiconductor", "Semiconductors",
                            "Therapeutics", "Biosciences", "Laboratories", "Logistics", "Robotics",
                            "Pharmaceutical"})
_EXECUTIVE_NOUNS = frozenset({"government", "administration"})
_SETTLEMENT_NOUNS = frozenset({"city", "town", "village"})  # what never refers back to a country
_BODY_PART_NOUNS = frozenset({"board", "management"})  # a body's part: the story's main body's ("workforce" is no
# listed institution: "join the workforce" is the labour market)
_OF_NAMED = re.compile(r" of (?:the )?[A-Z]")  # "the board of Freedom Partners": the body is named right there
_NAMED_BODY_REACH = 12  # sentences back "the court" still finds a body with "Court" in its name


def _resolve(doc: Document, clusters: dict[str, _Cluster], g: Gazetteer,
             described: list[tuple[int, int, int, str]], stretches=None) -> None:
    """Link descriptions and pronouns to the person (or group) they refer back to.

    Salience is cheap: the most recent person in the same sentence before the word, else the
    first person (usually the subject) of the nearest earlier sentence within two. "he" and "she"
    (and "the congresswoman") skip people of the other gender when a title or given name tells it.
    Unresolved "he"/"she" chains and descriptions become actors of their own: the text speaks of
    someone it does not name.
    """
    people: list[tuple[int, int, str, str]] = []  # (start, sentence, key, title) in order
    others: list[tuple[int, int, str]] = []
    mention_end: dict[int, int] = {}  # a person's mention's start -> its end
    for cluster in clusters.values():
        key = cluster.key
        if cluster.kind == "person":
            mention_end.update(map(_START_END, cluster.mentions))  # (start, end) pairs, added in C
            if _unattested_person(cluster, doc.text, g):
                continue  # "Art Deco", "Safety Check": maybe no one, so no one a pronoun or role refers to
            people.extend([(m.start, m.sentence, key, _title_nouns(m.title)) for m in cluster.mentions])
        elif cluster.kind in ("group", "organization", "place"):
            others.extend([(m.start, m.sentence, key) for m in cluster.mentions])
    people.sort()
    others.sort()
    starts = list(map(_FIRST, people))
    other_starts = list(map(_FIRST, others))
    first_in_sentence: dict[int, str] = {}
    for _, sentence, key, _ in people:
        first_in_sentence.setdefault(sentence, key)

    genders: dict[str, str | None] = {}

    def agrees(key: str, gender: str) -> bool:
        """A person of the other known gender is no antecedent; unknown stays a candidate."""
        known = genders.get(key, "")
        if known == "":
            known = genders[key] = _gender(clusters[key], doc.text, g)
        return known is None or known == gender

    sole: dict[str, str | None] = {}
    pronoun_gender: dict[str, str] = {}  # person of no known gender -> the gender of the first pronoun put to them

    def sole_of_gender(gender: str, offset: int) -> str | None:
        """The article's one person known to be of the pronoun's gender, named before it and named more often
        than anyone of unknown gender: "She is survived by …" far from its last antecedent, in an obituary."""
        if gender not in sole:
            persons = [c for c in clusters.values() if c.kind == "person" and c.key.startswith("name:")]
            known = [c for c in persons if agrees(c.key, gender) and genders[c.key] is not None]
            unknown = [c for c in persons if genders.get(c.key) is None and agrees(c.key, gender)]
            if not known:  # no name tells it: the one person the article has called so, if one is
                known = [c for c in unknown if pronoun_gender.get(c.key) == gender]
                unknown = [c for c in unknown if c.key not in pronoun_gender]
            sole[gender] = known[0].key if len(known) == 1 and all(
                len(c.mentions) < len(known[0].mentions) for c in unknown) else None
        key = sole[gender]
        return key if key is not None and clusters[key].mentions[0].start < offset else None

    def antecedent(offset: int, sentence: int, noun: str | None = None, gender: str | None = None) -> str | None:
        # the window: up to 24 people before ``offset`` in this and the two previous sentences
        nearest = bisect_right(starts, offset) - 1
        if nearest < 0:
            return None
        if people[nearest][1] < sentence - 2:  # no one in the window; a role still finds its holder before it
            # ("Judge Berman ... Was he playing a game? Was this a dream? The judge then turned to me.")
            return titled_before(nearest, noun, gender) if noun is not None else None
        if noun is not None:  # "the president": a person with that title wins
            j = nearest
            while j >= 0 and people[j][1] >= sentence - 2 and nearest - j < 24:
                if noun in people[j][3] and (gender is None or agrees(people[j][2], gender)):
                    return people[j][2]
                j -= 1
            titled = titled_before(nearest, noun, gender)
            if titled is not None:
                return titled
        key = salient(nearest, sentence, gender)
        if noun in _SINGLE_HOLDER_OFFICES and key is not None and titles_of(key) and noun not in titles_of(key):
            return None  # "Councilwoman Rosa Jiménez ... the mayor": another office, someone not named here
        if noun is not None and people[nearest][1] == sentence and people[nearest][2] == key and \
                _REPORTED_AFTER.match(doc.text, mention_end.get(people[nearest][0], offset), offset):
            return None  # "Tom Hale said the senator lied": the speaker is not who his report describes
        return key

    def salient(nearest: int, sentence: int, gender: str | None) -> str | None:
        _, nearest_sentence, key, _ = people[nearest]
        if nearest_sentence == sentence:
            if gender is None or agrees(key, gender):
                return key  # the most recent person in the same sentence
        elif gender is None or agrees(first_in_sentence[nearest_sentence], gender):
            return first_in_sentence[nearest_sentence]  # the first (usually the subject) of the nearest sentence
        return agreeing(nearest, sentence, gender)

    def titled_before(nearest: int, noun: str, gender: str | None) -> str | None:
        """A person named before, anywhere in the text, with the title the description names ("Gov. Ada
        Okafor ... her son ... the governor"): a role refers to its holder beyond the usual window. Of
        several holders, the one the article names most by name (its subject), the latest on ties."""
        at = starts[nearest]
        holders = titled_people.get(noun)
        if holders is None:  # each holder's titled mentions, in text order (a dict: no hash order)
            holders = titled_people[noun] = {}
            for p in people:
                if noun in p[3]:
                    holders.setdefault(p[2], []).append(p[0])
        best, best_rank = None, (0, -1)
        for key, titled_at in holders.items():
            if titled_at[0] > at or gender is not None and not agrees(key, gender):
                continue
            rank = (named.get(key, 0), max(x for x in titled_at if x <= at))
            if rank > best_rank:
                best, best_rank = key, rank
        return best

    def titles_of(key: str) -> str:
        """The title nouns of every titled mention of the person ``key``, joined; honorifics ("Mr.") left out."""
        found = person_titles.get(key)
        if found is None:
            found = person_titles[key] = " ".join(p[3] for p in people if p[2] == key and p[3]
                                                  and p[3].rstrip(".") not in _HONORIFIC_TITLES)
        return found

    person_titles: dict[str, str] = {}
    titled_people: dict[str, dict[str, list[int]]] = {}
    named = Counter(p[2] for p in people)  # mentions by name (descriptions linked on the way do not count)

    def agreeing(nearest: int, sentence: int, gender: str) -> str | None:
        """The same salience among people whose gender agrees, looking back as far as _GENDER_REACH.

        "Trump spoke. ... Hillary Clinton answered him.": "him" skips Clinton for the man before her,
        rather than becoming an unnamed "he", when the window held only women.
        """
        best, best_sentence = None, -1
        j = nearest
        while j >= 0 and people[j][1] >= sentence - _GENDER_REACH and nearest - j < 48:
            _, at, key, _ = people[j]
            if at != best_sentence and best is not None:
                return best  # the first agreeing person of the nearest sentence that has one
            if agrees(key, gender):
                if at == sentence:
                    return key
                best, best_sentence = key, at
            j -= 1
        return best

    name_words: dict[str, list[str]] = {}

    def words_of(key: str) -> list[str]:
        """A body's name in words, split once per body (it is asked at each of the body's mentions)."""
        words = name_words.get(key)
        if words is None:
            words = name_words[key] = key.split(":", 1)[-1].split()
        return words

    countries = frozenset(g.demonyms.values())

    def institution(offset: int, sentence: int, kind: str, noun: str) -> str | None:
        """The body or place "the court", "the company" refers back to: one whose name holds the noun
        ("the U.S. Court of Appeals") within _NAMED_BODY_REACH sentences, else the nearest of its kind
        within two whose name holds no other such noun ("the company" is no "University of Sydney")."""
        head = noun.capitalize()
        j = bisect_right(other_starts, offset) - 1
        nearest = subject = None
        nearest_sentence = -1
        settlement = noun in _SETTLEMENT_NOUNS
        while j >= 0 and others[j][1] >= sentence - _NAMED_BODY_REACH:
            key = others[j][2]
            if clusters[key].kind == kind and not (
                    kind == "organization" and doc.text[others[j][0] - 1:others[j][0]] == "(") \
                    and not (settlement and key[6:] in countries):
                # ("the city" is no country: not the United States of "U.S. District Judge X")
                # (a body in brackets is an aside, no antecedent: "Washington (AFP) – … the party's convention")
                words = words_of(key)
                if (head in words or noun in words) and len(words) > 1 or noun in _LEGAL_FORM_NOUNS \
                        and words[-1].strip(".").lower() in LEGAL_FORMS:
                    # "the court": "the U.S. Court of Appeals"; "the company": "Nordvik Shipping ASA" (not
                    # "Bank" alone: "Bank executives said" opened a sentence)
                    return key
                if (nearest is None or subject is None and others[j][1] == sentence - 1 and key != nearest
                        and nearest_sentence == sentence - 1 and _opens_sentence(doc, others[j][0], others[j][1])) \
                        and others[j][1] >= sentence - 2 and noun not in _EXECUTIVE_NOUNS and not any(
                        w.lower() in g.institutions for w in words) and not (
                        noun in _COMPANY_NOUNS and _public_body(clusters[key])) \
                        and words[-1].lower() not in _THOROUGHFARES:
                    # (nor a street for "the county" or "the city": "the Mill Street bridge … the county said")
                    # (a firm is no public body: "the company" after a filing with the SEC); of two in the sentence
                    # before, its subject: "Halvorsen Systems agreed to buy Kestrel Semiconductor. The company
                    # reported …" is Halvorsen (Grosz, Joshi and Weinstein 1995)
                    if nearest is not None:
                        subject = key
                    nearest, nearest_sentence = key, others[j][1]
            j -= 1
        if nearest is None and j >= 0:
            # beyond the reach: the one body named earlier with the noun in its name, if only one is ("the
            # council" twenty sentences after "the Maple Grove City Council", and no other council before)
            return named_before(j, kind, head)
        if nearest is not None and noun in _BODY_PART_NOUNS:
            # "a person familiar with the board's thinking": the board of the company the story is about, the
            # body it names most so far, not the analyst's firm named last
            return leading_body(bisect_right(other_starts, offset)) or nearest
        return nearest

    leaders: list[str | None] = []

    def leading_body(n: int) -> str | None:
        """The organisation named most often among ``others[:n]`` (the earlier named on ties), none in
        brackets: the story's main company or body. The leaders of every prefix are found in one pass,
        the first time one is asked."""
        if not leaders:
            tally: Counter[str] = Counter()
            best = None
            for at, _, key in others:
                if clusters[key].kind == "organization" and doc.text[at - 1:at] != "(":
                    tally[key] += 1
                    if best is None or tally[key] > tally[best]:
                        best = key
                leaders.append(best)
        return leaders[n - 1] if n > 0 else None

    first_named: dict[tuple[str, str], tuple[list[int], list[str]]] = {}

    def named_before(j: int, kind: str, head: str) -> str | None:
        """The one body of ``kind`` with ``head`` in its name among ``others[:j + 1]``, or None if there are
        none or several: read off where each such body is first named, listed once per kind and head (a scan
        back over every earlier mention for each description made long texts quadratic)."""
        firsts = first_named.get((kind, head))
        if firsts is None:
            at: list[int] = []
            keys: list[str] = []
            for i, (_, _, key) in enumerate(others):
                if key in keys or clusters[key].kind != kind:
                    continue
                words = words_of(key)
                if head in words:
                    at.append(i)
                    keys.append(key)
            firsts = first_named[kind, head] = (at, keys)
        return firsts[1][0] if bisect_right(firsts[0], j) == 1 else None

    if stretches is None:
        stretches = _body_stretches(doc)
    descriptions = sorted(_descriptions(doc, g, stretches) + described)
    named_at = _appositions(doc.text, clusters, descriptions) if descriptions else {}
    org_starts = {m.start for c in clusters.values() if c.kind == "organization" for m in c.mentions}
    holder_of: dict[str, str] = {}  # office -> the person an apposition gave it to ("Jane Roe, the mayor,")
    for start, end, sentence, noun in descriptions:
        kind = g.institutions.get(noun, "person")
        if kind == "organization" and end + 1 in org_starts:
            continue  # "the chipmaker Zentrix", "the group Code Pink": the name is the mention ("the group
            # Fiorina addressed": a relative clause, and the description stays)
        key = named_at.get(start)
        if key is not None and (kind == "person") != (clusters[key].kind == "person"):
            key = None  # (a person's description names a person, a body's noun a body)
        if key is not None and noun.rsplit(" ", 1)[-1] in _SINGLE_HOLDER_OFFICES:  # ("prime minister")
            holder_of.setdefault(noun, key)
        elif key is None and kind == "person" and noun in holder_of:
            key = holder_of[noun]  # "Jane Roe, the prime minister, … Reporter Tom Hale asked … The prime
            # minister said": the office the article gave one person is not the next person's named
        if key is None and not (kind == "person" and _unnamed_before(doc, start, sentence, noun)):
            key = antecedent(start, sentence, noun, _GENDERED.get(noun)) if kind == "person" else \
                institution(start, sentence, kind, noun)
        if key is None:
            key = "desc:" + noun
            clusters.setdefault(key, _Cluster(key, kind, []))
        clusters[key].mentions.append(_Mention(start, end, key, doc.text[start:end], kind, sentence,
                                               surface=doc.text[start:end]))

    unresolved: dict[str, str] = {}
    # gender -> the person the last such pronoun went to, its sentence, and how many in a row went to them
    called: dict[str, tuple[str, int, int]] = {}
    text = doc.text
    for start, end, index in _pronouns(doc, stretches):
        word = text[start:end].lower()
        if word in _THEY:
            i = bisect_right(other_starts, start) - 1
            if i >= 0 and others[i][1] >= index - 1:
                key = others[i][2]
                if clusters[key].kind == "group" or key.startswith("org:"):
                    clusters[key].references.append(Span(start, end))
                    clusters[key].reference_sentences.append(index)
            continue
        he = word in _HE
        gender = "male" if he else "female"
        key = antecedent(start, index, None, gender)
        if key is None:
            key = sole_of_gender(gender, start)
        if key is None and (chain := called.get(gender)) is not None and index - chain[1] <= _GENDER_REACH \
                and chain[2] >= 2:
            # "Ana Cardoso … She has promised … her programme … 'She has never explained'": the person the
            # article has called so at least twice in a row (one such pronoun may have gone astray)
            key = chain[0]
        if key is not None and key.startswith("name:"):
            chain = called.get(gender)
            called[gender] = (key, index, chain[2] + 1 if chain is not None and chain[0] == key else 1)
            if genders.get(key, "") is None and key not in pronoun_gender:
                # a person of unknown gender the article calls "she" counts as the article's woman for a
                # "she" far from any name (``sole_of_gender``); the names' own evidence still decides which
                # person a pronoun may go to (one wrong "he" must not lock a woman out of every "she")
                pronoun_gender[key] = gender
                sole.pop(gender, None)
        if key is None:
            pronoun = "he" if he else "she"
            key = unresolved.get(pronoun)
            if key is None:
                key = unresolved[pronoun] = f"pron:{pronoun}"
                clusters[key] = _Cluster(key, "person", [])
        clusters[key].references.append(Span(start, end))
        clusters[key].reference_sentences.append(index)


# What lies between a speaker and a description in the clause the speaker reports ("Tom Hale said (that) the senator
# lied"): the description is someone else (a name does not report on itself by a description of itself).
_REPORTED_AFTER = re.compile(r"\s+(?:(?:has|had|also|then|later)\s+)?(?:said|says|told\s+\w+|argued|argues|"
                             r"claimed|claims|insisted|insists|added|noted|wrote|writes|believes|believed|thinks|"
                             r"thought|warned|warns)(?:\s+that)?\s+$")


# After a description in apposition: its "of" phrase, then the comma before the name ("the president of
# Brazil, Dilma Rousseff"); what may stand between a name and a description after it is only ", ".
_APPOSITION_AFTER = re.compile(r"(?: of(?: the)?(?: [A-Z][\w.’'-]*)+)?, ")


def _appositions(text: str, clusters: dict[str, _Cluster], descriptions: list[tuple[int, int, int, str]]
                 ) -> dict[int, str]:
    """Description start -> the person named in apposition with it: just before ("Sepp Blatter, the
    embattled president of FIFA") or just after ("the president of Brazil, Dilma Rousseff"). Apposition
    says who is meant outright, where salience (``_resolve``) only guesses from who was named last. Not
    before a speech verb: "Blatter, the president said" is the president speaking of Blatter; not in a
    list ("the president, the vice president, Susan Rice", "Rice, the president and Kerry"): a comma before
    the description, or "and" after it, makes it one more item."""
    ends: dict[int, str] = {}
    begins: dict[int, str] = {}
    for cluster in clusters.values():
        if cluster.kind == "person" and cluster.key.startswith("name:") \
                or cluster.kind == "organization" and cluster.key.startswith("org:"):
            # (a body too: "The union, the Riverside Nurses Association, is demanding …"; the caller keeps
            # only a body for a body's noun and a person for a person's)
            for m in cluster.mentions:
                ends[m.end] = cluster.key
                begins[m.start] = cluster.key
    found: dict[int, str] = {}
    for start, end, _, _ in descriptions:
        if text.startswith(" said", end) or text.startswith(" says", end):
            continue
        after = _APPOSITION_AFTER.match(text, end)
        if text[start - 2:start] == ", ":
            k = after.end() if after is not None else end
            if start - 2 in ends and not (text.startswith(" and ", k) or text.startswith("and ", k)) and (
                    ends[start - 2].startswith("name:") or text.startswith(",", end)):
                found[start] = ends[start - 2]  # (a body's only when the apposition closes: "X, the union, is";
                # "According to a professor of X Law, the court did …" opens a clause)
        elif after is not None and after.end() in begins:
            found[start] = begins[after.end()]
        elif after is not None and text.startswith("the ", after.end()) and after.end() + 4 in begins \
                and begins[after.end() + 4].startswith("org:"):
            found[start] = begins[after.end() + 4]  # "The union, the Riverside Nurses Association, …"
    return found


_NATION_BEFORE_REACH = 40  # characters before a name in which "Serbian tennis star" stands


def _stated_nation(text: str, start: int, end: int, demonyms: dict[str, str], places: dict[str, str]) -> str | None:
    """The country the article itself ties a person's mention at [start, end) to: a demonym among the
    three words before it ("Serbian tennis star Novak Djokovic", "Serb Novak Djokovic"), one in an
    apposition after it ("Novak Djokovic, a Serb,", "…, the Serbian world No. 1"), or "of" or brackets with
    the country ("Novak Djokovic of Serbia", "Novak Djokovic (Serbia)")."""
    before = text[max(0, start - _NATION_BEFORE_REACH):start].split()[-3:]
    for word in reversed(before):
        if word[-1:] in ",.;:)\"”":
            break  # (a clause or sentence ends between: "in Serbian. Novak Djokovic")
        if word in demonyms:
            return demonyms[word]
    after = _NATION_AFTER.match(text, end)
    if after is None:
        return None
    word = after.group(1)
    return demonyms.get(word) or (word if places.get(word) == word else None)


_NATION_AFTER = re.compile(r"(?:,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?|\s+of\s+|\s+\()([A-Z][a-z]+)\b")


def _demonym_people(doc: Document, clusters: dict[str, _Cluster], nationals: list[_Mention], g: Gazetteer) -> None:
    """Link each "the Serb" of ``nationals`` (a nation's singular noun before a verb, ``_classify_run``) to
    the person the article last named and itself called a Serb, a Serbian or of Serbia ("Serbian star
    Novak Djokovic won … The Serb said"). Who is of which nation is no list the project holds, and a guess
    from salience ("Djokovic beat Nadal. The Spaniard said") would as often pick the wrong player; the
    text's own statement is what a reader goes by, and with none the noun is left linked to no one."""
    text, demonyms = doc.text, g.demonyms
    nation_of = {}  # person's key -> the country a mention of theirs is tied to
    for c in clusters.values():
        if c.kind == "person" and c.key.startswith("name:"):
            for m in c.mentions:
                if nation := _stated_nation(text, m.start, m.end, demonyms, g.places):
                    nation_of[c.key] = nation
    if not nation_of:
        return
    for national in nationals:
        country = national.key[8:]
        last = {key: max((m.start for m in clusters[key].mentions if m.start < national.start), default=-1)
                for key, nation in nation_of.items() if nation == country}
        key = max(last, key=last.__getitem__, default=None)
        if key is not None and last[key] >= 0:
            national.key, national.name = key, clusters[key].mentions[0].name
            clusters[key].mentions.append(national)


_DESCRIPTION_OPENER = re.compile(r"^(?:the|this|that|these|those|a|an)\s+", re.IGNORECASE)
_POSSESSIVE_END = re.compile(r"['’]s$")


def is_description(name: str) -> bool:
    """A description, not a name: "the Republican", "the Democratic front-runner", "the president",
    "unnamed person (he)". It points at whoever its own article just named, so "the Republican" may be
    Trump in one article and Cruz in another: two entries are one entity only through a proper name
    (``compare``), and an actor is named by a name, not a description joined to it (``_name_of``)."""
    name = " ".join(name.split())
    if name.lower().startswith("unnamed "):
        return True
    determiner = _DESCRIPTION_OPENER.match(name)
    if determiner is None:
        return False
    words = name[determiner.end():].split()
    if not words:
        return True
    head = _POSSESSIVE_END.sub("", words[-1]).lower()
    # all lower case ("the agency", "the then-president"), or a role or party word heading capitals
    # ("the President", "the Kentucky Republican"); "the White House" and "the Senate" are names
    return all(w == w.lower() for w in words) or head in PARTY_NOUNS or head in gazetteer().descriptors


def _name_of(cluster: _Cluster) -> tuple[str, list[str]]:
    key = cluster.key
    if len(cluster.mentions) == 1 and key.startswith("name:"):
        m = cluster.mentions[0]
        return m.surface or m.name, []
    surfaces: dict[str, int] = {}  # surface -> count, in order of first use (a Counter costs more to build)
    for m in cluster.mentions:
        surface = m.surface or m.name
        surfaces[surface] = surfaces.get(surface, 0) + 1
    if key.startswith(("place:", "thing:")) or key.startswith("org:") and not cluster.mentions[0].affiliation:
        name = key.split(":", 1)[1]
    elif key.startswith("pron:"):
        name = f"unnamed person ({key[5:]})"
    elif key.startswith("desc:"):
        name = _most_common([m.surface for m in cluster.mentions])
    elif key.startswith("group:"):
        name = _most_common([m.name for m in cluster.mentions])
    else:
        # a name, not a description joined to it ("PG&E", not "The company"; "Tom Hale", not "the senator")
        split = {s: s.split() for s in surfaces if not is_description(s)} or {s: s.split() for s in surfaces}
        longest = max(map(len, split.values()))
        full = [s for s in split if len(split[s]) == longest]
        name = max(full, key=lambda s: (surfaces[s], -full.index(s)))
        if key.startswith("name:") and longest > 1:
            # prefer a form without initials when the article uses one ("Donald Trump" over "Donald J. Trump")
            core = key[5:].split()
            plain = [s for s in split if split[s] == core]
            if plain:
                name = plain[0]
    aliases = sorted(surfaces.keys() - {name})  # (the distinct surfaces but the name, as a set made in C)
    return name, aliases


_LEAD_REACH = 4  # sentences of an article's top (headline, byline, dateline) in which its lead may open
# The lead's indefinite description of an office holder, before the verb ("A federal judge on Friday struck
# down …", "A state senator has resigned …"): group 1 the office's noun.
_LEAD_DESCRIPTION = re.compile(r"An? (?:[a-z][a-z.-]* ){0,2}?(judge|senator|governor|mayor|minister|sheriff|"
                               r"prosecutor|commissioner)\b(?! (?:of|who|whose|and|or)\b)")


def _lead_description(doc: Document, clusters: dict[str, _Cluster]) -> None:
    """Link the lead's unnamed office holder to the one person the next sentence names with that office as
    title: news copy's delayed identification ("A federal judge on Friday struck down the ban. U.S. District
    Judge Karen Holt ruled …"). Only where it is safe: the description opens one of the article's first
    sentences, which names no person itself, and exactly one person titled so opens the next sentence's
    mentions; anything else (a second judge, a name in the lead) leaves the description unlinked."""
    sentences, text = doc.sentences, doc.text
    for i in range(min(_LEAD_REACH, len(sentences) - 1)):
        lead = _LEAD_DESCRIPTION.match(text, sentences[i].start)
        if lead is None:
            continue
        noun = lead.group(1)
        titled, named_in_lead = [], False
        for cluster in clusters.values():
            if cluster.kind != "person":
                continue
            for m in cluster.mentions:
                named_in_lead = named_in_lead or m.sentence == i
                if m.sentence == i + 1 and m.title and m.title.lower().rsplit(" ", 1)[-1] == noun:
                    titled.append(cluster)
        if len(titled) == 1 and not named_in_lead:
            start, end = lead.start(), lead.end()
            titled[0].mentions.insert(0, _Mention(start, end, titled[0].key, text[start:end], "person", i,
                                                  surface=text[start:end]))
        return  # (only the lead: later indefinites introduce new people)


@lru_cache(maxsize=1)
def _capital_cities() -> frozenset[str]:
    """The capitals of ``countries.tsv`` that are cities, not a government's building or street ("Kremlin",
    "Downing Street", "Whitehall", "Elysee" stand for the government wherever they stand)."""
    cities = set()
    for line in _lines("countries.tsv"):
        capitals = (line.split("\t") + ["", "", ""])[3]
        cities.update(c for c in capitals.split("|") if c and c not in _SEATS)
    return frozenset(cities)


_SEATS = frozenset({"Kremlin", "Downing Street", "Whitehall", "Elysee", "Élysée"})
# What puts a capital as the place where something happens, not its government acting: a place preposition
# ("told reporters in Oslo", "near Kyiv") or an example's "such as" ("Cities such as Vienna").
_SETTING_WORDS = re.compile(r"(?:\b(?:in|near|outside|around|throughout|across)|\bsuch as)\s+$")
_PEOPLE_BEFORE = re.compile(r"(\w+)\s+in\s+$")  # "officials in Washington": who are in it, its government


def _cities_named_as_settings(text: str, mentions: list[_Mention], g: Gazetteer) -> None:
    """Rename a capital written as a setting to its city ("told reporters in Oslo": Oslo, of Norway; "Cities such
    as Vienna"): a capital stands for its country's government only where it acts or speaks ("Moscow said",
    "Oslo rejected"). The government's people in it ("officials in Washington", "leaders in Moscow") keep it
    the government's."""
    cities = _capital_cities()
    for m in mentions:
        if m.kind != "place" or m.surface not in cities or not _SETTING_WORDS.search(text, max(0, m.start - 40),
                                                                                      m.start):
            continue
        people = _PEOPLE_BEFORE.search(text, max(0, m.start - 40), m.start)
        if people and people.group(1).lower() in g.group_nouns:
            continue
        country = g.places[m.surface]
        m.key, m.name, m.affiliation = "place:" + m.surface, m.surface, country


_DESCRIBED = methodcaller("startswith", "desc?:")
_NATIONAL = methodcaller("startswith", "nation?:")


def actor_mentions(doc: Document) -> list[Actor]:
    """Actors found in the text, mentions merged; tone is filled in later by ``actors_with_tone``."""
    g = gazetteer()
    stretches = _body_stretches(doc)
    detected = _detect(doc, stretches)
    _cities_named_as_settings(doc.text, detected, g)
    keys = list(map(_KEY, detected))  # (the two kinds below picked out in C: most mentions are neither)
    described = [(m.start, m.end, m.sentence, m.key[6:]) for m in compress(detected, map(_DESCRIBED, keys))]
    nationals = list(compress(detected, map(_NATIONAL, keys)))  # "the Serb"
    _unglue(detected, g, doc.text)
    clusters = _merge([m for m in detected if not m.key.startswith(("desc?:", "nation?:"))]
                      if described or nationals else detected, doc.text)
    inner = _inner_body_words(clusters)
    for key in [k for k, c in clusters.items() if c.kind == "person" and _common_noun(c, doc, inner)]:
        del clusters[key]
    _resolve(doc, clusters, g, described, stretches)
    _lead_description(doc, clusters)
    if nationals:
        _demonym_people(doc, clusters, nationals, g)
    actors = []
    for cluster in clusters.values():
        if not cluster.mentions and not cluster.references:
            continue
        name, aliases = _name_of(cluster) if cluster.mentions else (f"unnamed person ({cluster.key[5:]})", [])
        if len(cluster.mentions) == 1:  # the usual case: one mention, nothing to deduplicate or order
            only = cluster.mentions[0]
            mentions = [Span(only.start, only.end)]
            affiliation = only.affiliation or None
        else:
            # distinct (start, end) pairs hash and iterate as Span would; Spans are made once, in order
            mentions = list(starmap(Span, sorted(set(map(_START_END, cluster.mentions)), key=_FIRST)))
            affiliation = next((m.affiliation for m in cluster.mentions if m.affiliation), None)
        sentences = set(map(_SENTENCE, cluster.mentions)).union(cluster.reference_sentences)
        actors.append(Actor(name, aliases, cluster.kind, mentions,
                            references=sorted(cluster.references, key=_START),
                            sentences=len(sentences), affiliation=affiliation))
    actors.sort(key=prominence)
    return actors


def prominence(actor: Actor) -> tuple:
    first = min(map(_START, chain(actor.mentions, actor.references)), default=0)
    return (-(len(actor.mentions) + 0.5 * len(actor.references)), first)


# ---------------------------------------------------------------- tone


@dataclass(frozen=True)
class ToneWeights:
    """How valence reaches a mention. Tuned on the tuning half of NewsMTSC train (see evaluation/actor_tone)."""

    reach: float = 10.0  # tokens at which a word's weight has halved
    clause: float = 0.6  # factor per clause boundary between word and mention
    agent: float = 0.75  # factor for a judging verb's subject ("X criticized Y": the judgement is about Y)
    before: float = 0.5  # factor for words before the mention (the predicate usually follows its subject)
    other: float = 0.5  # factor when another actor is nearer to the word
    evaluative: float = 3.0  # valence of an evaluative finding (VADER scale)
    # ... times this for an appreciation ("troubling", "spectacular", "explosive"): how news copy judges an
    # actor's acts and works, words VADER mostly lacks or under-weighs
    appreciation: float = 1.5
    question: float = 0.5  # factor for the words of a question: it asks, it does not assert ("Is he corrupt?")
    # ... and for a good word a few words after a modal or a condition: a hypothetical good is not an achievement
    # ("would be a fine president", "could be successful", "if the talks succeed"); a hypothetical wrong keeps its
    # weight (an allegation hedged with "may have" still casts suspicion)
    irrealis: float = 0.5
    quoted: float = 0.5  # outlet tone: weight of quoted words (a source's view, not the outlet's)
    own_quote: float = 0.0  # weight of an actor's own quoted words toward itself (its complaints are about others)
    own_praise: float = 0.5  # ... a person's positive ones: hope, thanks and praise show them in a good light
    setting: float = 0.0  # factor for a place named as where something happens ("in Ohio"), a platform
    # something is said on ("on Twitter") and whoever is told it ("told reporters")
    victim: float = 0.0  # factor for violence the actor suffers ("was shot", "killed X")
    # ... and for the other bad news of a sentence whose nearest act of violence the actor suffers ("the
    # killing of Tom Hale, convicted", "Hale was shot in a robbery"): the crime's words are not about its victim
    victim_news: float = 0.5
    positive_from: float = 0.05  # a mention's tone at or above this is positive
    negative_from: float = -0.05  # ... at or below this negative
    # An actor's tone is a mean over its sentences, and news copy leans negative: the article-level
    # bands differ (tuned on the tuning half of PerSenT dev, Bastan et al. 2020).
    actor_positive_from: float = 0.02
    actor_negative_from: float = -0.2
    alpha: float = 6.0  # normalisation, as VADER's x / sqrt(x^2 + alpha)


WEIGHTS = ToneWeights()

# Contextual valence shifters (Polanyi & Zaenen 2006): they turn a good thing that follows them into
# a loss ("questioning his loyalty", "lack of confidence", "undermining the deal", "refused to support").
_SHIFTERS = frozenset("""lack lacks lacked lacking doubt doubts doubted doubting question questions questioned
    questioning undermine undermines undermined undermining undo undoing reject rejects rejected rejecting
    erode erodes eroded eroding damage damaged damaging hurt hurts hurting harm harmed harming destroy
    destroyed destroying threaten threatens threatened threatening abandon abandoned abandoning betray
    betrayed betraying lose lost losing loss weaken weakened weakening decline declined declines declining
    refuse refused refuses refusing fail failed fails failing less withdraw withdrew withdrawn withdrawing
    withdraws revoke revoked revoking rescind rescinded rescinding""".split())
# ... and their mirror image: verbs that end, stop or counter what follows them turn a bad thing into a good
# deed ("ended the war", "fight the opioid crisis", "curb corruption", "solve the problem"): events bad for a bad
# thing are good (Deng & Wiebe 2014 on +/-effect events).
_REVERSERS = frozenset("""end ended ending ends stop stopped stopping stops fight fighting fought fights combat
    combating combatting tackle tackled tackling curb curbed curbing prevent prevented preventing prevents reduce
    reduced reducing reduces eliminate eliminated eliminating eradicate eradicated solve solved solving resolve resolved
    resolving fix fixed fixing counter countering ease eased easing""".split())
# ... when the bad thing is their object: not after a preposition ("fought in the war" took part in it)
_PREPOSITIONS = frozenset({"in", "with", "for", "alongside", "at", "on", "by", "from", "to", "into"})
# Verbs that judge their object: the valence goes to who follows them more than to who uses them.
_AIMED = frozenset("""praise praised praises praising hail hailed hails hailing laud lauded lauds applaud applauded
    commend commended thank thanked thanks congratulate congratulated endorse endorsed endorses endorsing
    defend defended defends defending support supported supports supporting back backed backs backing
    honor honored honour honoured celebrate celebrated admire admired criticize criticized criticizes
    criticizing criticise criticised criticises criticising condemn condemned condemns condemning denounce
    denounced denounces denouncing blame blamed blames blaming accuse accused accuses accusing attack
    attacked attacks attacking slam slammed slams slamming blast blasted blasts blasting mock mocked mocks
    mocking ridicule ridiculed insult insulted insults insulting threaten threatened threatens threatening
    sue sued sues suing fire fired fires firing oust ousted rebuke rebuked rebukes scold scolded chide chided
    target targeted targets targeting question questioned questions questioning investigate investigated
    impeach impeached indict indicted charge charged arrest arrested convict convicted derided derides chastised
    faulted disparaged belittled snubbed snubs rebuffed rebuffs welcomed welcomes welcoming credited credits
    complimented ridicules ridiculing applauds applauding admires admiring honors honoring honours celebrates
    celebrating lambasted castigated excoriated berated assailed reprimanded censured vilified demonized scorned
    commends commending congratulates congratulating lauding rebuking scolds scolding chides chiding""".split())
# Their nouns, aimed only where a preposition names the target: "criticism of", "allegations against", "tribute to".
_AIMED_NOUNS = frozenset("""criticism criticisms condemnation accusation accusations allegation allegations tribute
    tributes""".split())
_TARGET_PREPOSITIONS = frozenset({"of", "against", "for", "on", "to", "toward", "towards"})
# Violence, abuse and deceit done to a person: blame for its doer, not for its victim (NewsMTSC annotators read
# victims as neutral).
# Not "beat" (also a contest: "beating every rival in the polls") or "assault" (also a verbal attack).
_HARM = frozenset("""kill kills killed killing murder murders murdered murdering shoot shoots shot shooting stab
    stabs stabbed stabbing assaulted injure injures injured injuring wound wounds wounded wounding rape rapes
    raped raping kidnap kidnapped kidnapping torture tortured torturing slay slain execute executed executing
    behead beheaded punched punching assaulting strangled choked poisoned poisoning""".split())
# Abuse, theft and deceit, likewise, but their possessor is the doer ("Hollywood's bullying", "his groping").
_ABUSE = frozenset("""harass harassed harassing abused abusing molest molested molesting grope groped groping
    bully bullied bullying intimidated intimidating robbed defrauded misled deceived victimized victimised
    stole steal steals stealing swindled scammed extorted extorting smeared smearing""".split())
_HARM_OR_ABUSE = _HARM | _ABUSE
# A verb of criticism that is violence in the resultative "slammed him to the ground" (``_thrown_down``): then
# it counts against its doer as ``_HARM`` does, not toward whom it is aimed at as criticism ("slammed the
# ruling"). (Verbs of plain motion, "threw him against the wall", carry no valence to steer.)
_FORCE = frozenset({"slam", "slams", "slammed", "slamming"})
_FORCE_GOALS = frozenset({"ground", "floor", "pavement", "wall", "sidewalk", "concrete"})


def _thrown_down(lows: list[str], k: int, last: int) -> bool:
    """Whether the verb at ``k`` has a goal of bodily force a few words on: "to the ground", "against the
    wall", "onto the pavement" (an object of up to two words between: "slammed the officer to the ground")."""
    for j in range(k + 1, min(k + 5, last - 2)):
        if lows[j] in ("to", "against", "onto", "into") and lows[j + 1] == "the":
            return lows[j + 2] in _FORCE_GOALS
    return False


# Winning over someone (verbs only: "Clinton's defeat" names the loser before the word).
_CONTEST = frozenset({"defeated", "defeats", "defeating", "trounced", "routed", "unseated", "outpolled"})
# Standings in a race or a poll, said with a verb and a margin ("Roe leads Hale by 8 points", "Hale trailed by wide
# margins", "Roe is leading Hale 45 percent to 41"): a lead is good news for the one ahead, bad for the one behind, as
# a win is. Only with the margin: "led the team", "led to his arrest" and "leading the push" are other senses.
_LEADS = frozenset({"lead", "leads", "led", "leading"})  # the one before it is ahead
_TRAILS = frozenset({"trail", "trails", "trailed", "trailing"})  # ... behind
_STANDINGS = _LEADS | _TRAILS
_MARGINS = frozenset({"points", "point", "percent", "%", "votes", "polls", "poll", "margin", "margins",
                      "percentage"})
_MARGIN_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve double single
    double-digit double-digits""".split())  # after "by": "leads by four", "trails by double digits"
_MARGIN_REACH = 8  # tokens after the verb within which its margin comes ("leads Tom Hale by 8 points")
_STANDING_VALUE = 1.5  # a lead's weight on VADER's scale: less than a win ("win" 2.8), more than "leading" (0.6)
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "be", "being", "got", "gets", "get", "getting"})
_DIRECTED = _HARM_OR_ABUSE | _AIMED | _CONTEST  # the words whose voice (active or passive) matters
# Comparatives that, negated, say "most" ("couldn't be happier", "no better friend than"): grammar, not valence.
_COMPARATIVES = frozenset({"more", "better", "worse", "greater", "happier", "prouder", "stronger", "nicer", "finer",
                           "safer", "wiser", "kinder", "sadder", "angrier", "clearer", "bigger"})
_MODALS = frozenset({"could", "can"})
_NEGATED_MODALS = frozenset({"couldn't", "couldn’t", "can't", "can’t", "cannot"})
_HARM_OWNERS = frozenset({"'s", "’s", "his", "her", "their"})
_DOER_AFTER = frozenset({"of", "spree", "sprees", "rampage", "rampages"})  # the possessor did it
_CLASS_NOUNS = frozenset({"kind"})
_TELLING = frozenset({"tell", "tells", "told", "telling"})  # the verb before the one who hears a report
# ... and the words before "with" and who was spoken with ("in an interview with CNN", "spoke with reporters")
_CONVERSING = frozenset({"interview", "interviews", "conversation", "talks", "talked", "talking", "spoke", "speaking",
                         "chat"})
# The words just before a mention that can make it a setting, a channel or an addressee (one look-up per mention)
_CREDITED = frozenset({"photo", "photos", "photograph", "image", "images", "video", "illustration", "graphic",
                       "reporting", "writing", "editing", "edited", "written", "compiled", "produced", "additional",
                       "("})  # "Photo by", "(Reporting by", "Additional reporting by"
# ... and the verbs before "to" and who was spoken, written or lied to ("lied to the FBI", "wrote to Anna Berg")
_ADDRESSING = frozenset({"lie", "lied", "lies", "lying", "spoke", "speak", "speaks", "speaking", "talked", "talk",
                         "talks", "talking", "wrote", "write", "writes", "writing", "explained", "explain",
                         "apologized", "apologised", "apologize", "apologise", "apologizing", "complained",
                         "said", "say", "says", "saying", "reported", "report", "reports", "testified"})
_LOCAL_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})  # "in a Wisconsin jail", "at this Ohio plant"
_SETTING_BEFORE = (_PLACE_PREPOSITIONS | _TELLING | _LOCAL_DETERMINERS
                   | {"on", "by", "copyright", "with", "to", "of"})
_ADDRESSEE_BEFORE = _TELLING | {"the", "with", "to"}  # the words before a mention that _is_addressee reads
_CREDIT_BEFORE = frozenset({"by", "copyright"})  # ... and that _is_credit reads
# Cues of admission: what a speaker admits, confesses or pleads to is its own conduct ("pleaded guilty to
# lying", "admitted misleading investors"), so its words judge the speaker, unlike its complaints about others.
_ADMISSIONS = frozenset({"admit", "confess", "plead", "concede", "acknowledge", "apologize", "apologise"})
# Irrealis markers (Taboada et al. 2011, SO-CAL's irrealis blocking): the modals and the conditionals; a good word
# within _IRREALIS_REACH tokens after one is a hypothesis, not a fact. Not "will" (a plan stated as fact), nor "want"
# or "hope" (a speaker's own hope is praise of them: see ToneWeights.own_praise).
_IRREALIS = frozenset({"would", "could", "should", "might", "may", "must", "if", "unless", "whether"})
_IRREALIS_REACH = 5
# Negations that do not turn what follows: "not only" and "not just" add ("not only a fine senator but ..."), and
# a denied doubt asserts ("there is no doubt that ..."): the doubt itself is then no valence either.
_FOCUS = frozenset({"only", "just", "merely", "simply"})
_DOUBTS = frozenset({"doubt", "doubts", "doubted"})
_DENIALS = frozenset({"no", "without", "little", "never"})
_MAX_OTHERS = 12  # mentions looked at on each side: keeps a list-like sentence linear
_NEGATORS = frozenset(NEGATE) | {"no", "n't", "never", "not"}


class Valence(NamedTuple):
    """A valenced word of a sentence (a named tuple: thousands are made per article)."""

    token: int  # index into doc.tokens
    value: float
    quote: int  # index of the quote holding it, or -1
    clause: int  # clause boundaries before it in its sentence
    aimed: bool = False  # a verb that judges its object ("criticized", "praised"): it points forward
    harm: int = 0  # violence done to someone: 1 its doer before it ("X shot Y"), -1 its victim ("X was shot"),
    # 2 a participle describing its victim, its doer unnamed ("the slain reporter", "tends to injured birds")
    contest: int = 0  # a win over someone, likewise: 1 the winner before it ("X defeated Y"), -1 the loser


_HARM_FIELD = itemgetter(5)  # Valence.harm


@lru_cache(maxsize=1)
def valence_lexicon() -> dict[str, float]:
    """VADER's lexicon with the project's news words and news-sense overrides (``news_valence.tsv``).

    A word set to 0 there ("security", "intelligence", "like") leaves the lexicon.
    """
    from .tone import analyzer

    lexicon = dict(analyzer().lexicon)
    for line in _lines("news_valence.tsv"):
        word, value = line.split("\t")
        lexicon[word] = float(value)
    return {w: v for w, v in lexicon.items() if v}


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    """The words the tone reads: the lexicon's, and the verbs of standings (valenced only with a margin)."""
    return frozenset(valence_lexicon()) | _STANDINGS


@lru_cache(maxsize=1)
def _lexical_words() -> frozenset[str]:
    """Words the tone reads that are whole words as ``_LEXICAL`` reads them ("good", "cover-up")."""
    return frozenset(w for w in _lexicon_words() if _LEXICAL.fullmatch(w))


_LEXICAL = re.compile(r"[^\W_]+(?:[-‐'’][^\W_]+)*")
# Clause boundaries: punctuation, subordinating and contrasting words, "that" and "said" before reported
# speech; not "who" or "whom": a relative clause describes the person it follows ("Tom Hale, who was
# convicted of fraud"), and the comma before it already counts once. Every alternative starts with one
# literal character and a word's leading \b is a look-behind at its end ("but(?<!\wbut)" for "\bbut"): the
# regex engine then skips ahead to those characters instead of trying every position (a fifth faster;
# it runs once per sentence), and most of the letters it stops at fail on the next letter, before any
# look-behind (at the word's start, the look-behind ran for all of them: 14% fewer instructions).
_BOUNDARY = re.compile(r",|;|:|—|–|\(|\)|\"|“|”|b(?:ut(?<!\wbut)|efore(?<!\wbefore)|ecause(?<!\wbecause))\b|"
                       r"w(?:hile(?<!\wwhile)|hereas(?<!\wwhereas)|hich(?<!\wwhich)|hen(?<!\wwhen))\b|"
                       r"a(?:lthough(?<!\walthough)|fter(?<!\wafter))\b|t(?:hough(?<!\wthough)|hat(?<!\wthat))\b|"
                       r"however(?<!\whowever)\b|yet(?<!\wyet)\b|s(?:ince(?<!\wsince)|aid(?<!\wsaid)|ays(?<!\wsays))\b|"
                       r"unless(?<!\wunless)\b|despite(?<!\wdespite)\b")
_WORDISH = frozenset("'’-‐")


def _sentence_words(doc: Document, index: int, masked: set[int], quote_of, evaluative_at: dict[int, float],
                    weights: ToneWeights, ix: TokenIndex | None = None,
                    candidates: list[int] | None = None) -> tuple[list[Valence], list[int]]:
    """The valenced words of a sentence and the offsets of its clause boundaries.

    Valence: VADER's lexicon with its boosters and negation flip, plus evaluative findings
    (``evaluative_at``: token -> polarity, times the ``appreciation`` weight for an appreciation; this
    sentence's only), each counting ``question`` as much in a question, and a good word after a modal or a
    condition ``irrealis`` as much (``_IRREALIS``); a negated judgement verb counts nothing ("never condemned").
    The lexicon is intersected with the sentence's words in C first, so a sentence without valence costs one
    regex pass.
    """
    if ix is None:
        ix = doc.token_index()
    lexicon = valence_lexicon()
    sentence = doc.sentences[index]
    tokens = doc.tokens
    positions = set(evaluative_at)
    if ix.low_text is not None:
        _lexicon_positions(ix, tokens, sentence, positions,
                           _lexicon_tokens(ix) if candidates is None else candidates)
    else:  # the same words, found in the sentence's own lower-cased text
        offset = sentence.start
        low = doc.text[offset:sentence.end].lower()
        hits = _lexicon_words().intersection(_LEXICAL.findall(low))
        by_start = ix.by_start
        n = len(low)
        for word in hits:
            i = low.find(word)
            while i >= 0:
                j = i + len(word)
                if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] in _WORDISH)) and \
                        (j == n or not (low[j].isalnum() or low[j] in _WORDISH)):
                    k = by_start.get(offset + i)  # a token starts exactly here
                    if k is not None:
                        positions.add(k)
                i = low.find(word, j)
    if not positions:
        return [], []
    first = sentence.first_token
    lows = ix.lows
    found = []
    bounds = None  # the clause boundaries, scanned at the first valenced word
    hypothetical = None  # whether the sentence holds an irrealis marker, asked at its first good word
    manner = False  # whether a bad word is an "-ly" adverb (the manner of the act after it, if one is violence)
    helped = None  # the relative clauses about unnamed people (``_people_clauses``), found at the first bad word
    for k in sorted(positions):
        if k in masked:
            continue
        word = lows[k]
        value = lexicon.get(word)
        polarity = evaluative_at.get(k)
        standing = 0
        if word in _STANDINGS and not polarity:
            standing = _standing(lows, word, k, sentence.last_token)
            if standing:
                value = _STANDING_VALUE
        if word in _CLASS_NOUNS and not polarity and k + 1 < sentence.last_token and lows[k + 1] == "of":
            continue  # "the kind of deal": a noun that sorts things, not the adjective "kind"
        if polarity:
            value = polarity * max(abs(value or 0.0), weights.evaluative)
        if not value or (word in _DOUBTS and k > first and lows[k - 1] in _DENIALS and not polarity):
            continue  # (no valence, or "no doubt": a certainty marker)
        if k > first:
            boost = BOOSTER_DICT.get(lows[k - 1])
            if boost:
                value += boost if value > 0 else -boost
        lo = k - 3
        if lo < first:
            lo = first
        elif k - 1 in masked or k - 2 in masked or lo in masked:
            lo = _words_back(masked, first, k, 3)
        for j in range(lo, k):
            w = lows[j]
            if w in _NEGATORS or w.endswith(("n't", "n’t")) or (
                    w == "from" and j == k - 1 and j > first and lows[j - 1] == "far") or (
                    w in _SHIFTERS if value > 0
                    else w in _REVERSERS and _PREPOSITIONS.isdisjoint(lows[j + 1:k])):
                if word in _AIMED and (w in _NEGATORS or w.endswith(("n't", "n’t"))):
                    value = 0.0  # "never condemned Tom Hale", "did not praise him": a judgement not made
                    # judges no one (it is neither its opposite nor itself)
                elif not _emphatic(lows, j, k):
                    value = -0.74 * value
                break
        if not value:
            continue
        if value < 0:
            if word in _EVENT_NOUNS and _sets_the_time(lows, k, first):
                continue  # "spoke to reporters after the shooting": when, not what the speaker did
            if helped is None:
                helped = _people_clauses(doc.text, tokens, lows, sentence)
            if helped and any(a < k < b for a, b in helped):
                continue  # "a shelter for people who lost their homes": the bad news of those helped
        if value > 0 and hypothetical is None:
            hypothetical = not _IRREALIS.isdisjoint(lows[first:sentence.last_token])
        if value > 0 and hypothetical and not _IRREALIS.isdisjoint(lows[max(first, k - _IRREALIS_REACH):k]):
            for j in range(max(first, k - _IRREALIS_REACH), k):
                if lows[j] in _IRREALIS and j not in masked:  # (not "May" of a name)
                    value *= weights.irrealis
                    break
        start = tokens[k].start
        # "was criticized", "was publicly criticized", "criticized by": aimed backwards ("Tom Hale, still criticized
        # by his party"); not a noun before "by" ("her support by 12 points"). Asked only of the words it steers.
        passive = word in _DIRECTED and k > first and (
            lows[k - 1] in _PASSIVE
            or (k + 1 < sentence.last_token and lows[k + 1] == "by" and lows[k - 1] not in _DETERMINERS)
            or (k - 1 > first and lows[k - 2] in _PASSIVE and lows[k - 1].endswith("ly")))
        voice = -1 if passive else 1
        harm = 0
        force = word in _FORCE and _thrown_down(lows, k, sentence.last_token)
        if force:
            harm = -1 if passive else 1  # "slammed him to the ground": the doer's violence
        elif word in _HARM_OR_ABUSE:
            # "Tom Hale's killing", "his murder": the possessor is the victim, as after "was"; not in
            # "Hale's killing of", "his shooting spree"
            owner = (k > first and word in _HARM and lows[k - 1] in _HARM_OWNERS
                     and (k + 1 == len(lows) or lows[k + 1] not in _DOER_AFTER))
            harm = -1 if passive or owner else (2 if _describes_victim(lows, word, k, first, sentence.last_token)
                                                 else 1)
        aimed = (word in _AIMED and not passive and not force) or (word in _AIMED_NOUNS and k + 1 < sentence.last_token
                                                     and lows[k + 1] in _TARGET_PREPOSITIONS)
        if not harm and value < 0 and _passive_manner(lows, k, first, sentence.last_token):
            harm = -1  # "He was brushed aside with breathtaking arrogance": the doer's manner, not the subject's
        if bounds is None:
            bounds = _clause_bounds(doc.text, ix.low_text, sentence.start, sentence.end)
        if value < 0 and word[-2:] == "ly":
            manner = True
        found.append(Valence(k, value, quote_of(start), bisect_right(bounds, start), aimed, harm,
                             voice if word in _CONTEST else standing))
    if bounds is None:
        return [], []
    if manner:
        found = _manner_adverbs(found, lows)
    last = sentence.last_token
    if "?" in lows[max(first, last - 3):last]:  # the question mark, maybe before a closing quote or bracket
        question = weights.question
        found = [v._replace(value=v.value * question) for v in found]
    return found, bounds


# Events of violence and disaster: after a determiner and a preposition of time ("after the shooting", "days
# after an attack", "in the wake of the deadly bombing") they say when the sentence happens, and name no doer.
_EVENT_NOUNS = frozenset("""shooting shootings killing killings stabbing stabbings bombing bombings attack attacks
    massacre massacres ambush assault murder murders rampage explosion explosions blast crash fire fires flood
    floods flooding earthquake storm hurricane typhoon cyclone tornado wildfire disaster tragedy riot riots
    violence war""".split())
_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "during", "following", "amid", "amidst", "until", "when"})
# Time words that own an event ("last night's shooting", "Sunday's attack"): a date, no doer.
_TIME_OWNERS = frozenset("""night day week weekend month year morning afternoon evening yesterday today tonight
    monday tuesday wednesday thursday friday saturday sunday""".split())
_POSSESSIVE_MARKS = frozenset({"'s", "’s"})
_TIME_OF = frozenset({"wake", "aftermath", "anniversary", "eve"})  # "in the wake of the attack"


def _sets_the_time(lows: list[str], k: int, first: int) -> bool:
    """Whether the event noun at token ``k`` follows a determiner (maybe with one adjective between: "the deadly
    shooting") after a preposition of time: the sentence's time, not its subject's act ("Mayor Anna Berg spoke
    after the shooting" makes her no doer; "Tom Hale shot two guards" still does), or a time's possessive
    ("last night's shooting", "this week's attack": a date, not a doer)."""
    if k - 2 >= first and lows[k - 1] in _POSSESSIVE_MARKS and lows[k - 2] in _TIME_OWNERS:
        return True
    for det in (k - 1, k - 2):
        if det - 1 < first or lows[det] not in _LOCAL_DETERMINERS:
            continue
        prep = lows[det - 1]
        return prep in _TIME_PREPOSITIONS or (prep == "of" and det - 2 >= first and lows[det - 2] in _TIME_OF)
    return False


# Nouns for unnamed people whom a relative clause can describe ("people who lost their homes", "families whose
# houses burned"): the clause's bad news is theirs, not that of the actor who helps them.
_PEOPLE_NOUNS = frozenset("""people persons those others anyone everyone families family residents children kids
    victims survivors neighbors neighbours patients students workers veterans refugees migrants immigrants women
    men girls boys parents seniors homeowners tenants evacuees""".split())
_RELATIVE_PRONOUNS = frozenset({"who", "whose", "whom"})
_COPULAS = frozenset({"is", "are", "was", "were", "be", "been", "being", "'re", "’re", "'s", "’s"})
_SINGULAR_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers"})  # an actor inside: "women who accused him"
_RELATIVE_ENDS = frozenset({",", ";", ":", "—", "–", "(", ")", '"', "“", "”", "and", "but"})


def _people_clauses(text: str, tokens: list[Token], lows: list[str], sentence) -> list[tuple[int, int]]:
    """The token ranges (from the pronoun to the clause's end) of the sentence's relative clauses after a plain
    noun for unnamed people ("for people who lost their homes in the fire"). A clause holding a capitalised word
    is left out: an actor named inside it ("families who were cheated by Tom Hale", "women who accused him") is
    judged by it; and so is one after a copula, which says what its subject is ("They are people who lie")."""
    if "who" not in text[sentence.start:sentence.end]:  # (also finds "whose", "whom": one scan in C)
        return []
    first, last = sentence.first_token, sentence.last_token
    found = []
    for j in range(first + 1, last):
        if lows[j] not in _RELATIVE_PRONOUNS or lows[j - 1] not in _PEOPLE_NOUNS or not tokens[j - 1].text.islower():
            continue
        if j - 2 >= first and tokens[j - 2].text[:1].isupper():
            continue  # "U.S. officials who": a group the article names
        if not _COPULAS.isdisjoint(lows[max(first, j - 5):j - 1]):
            continue  # "They are people who lie": the clause says what the subject is
        end = j + 1
        while end < last and lows[end] not in _RELATIVE_ENDS:
            end += 1
        if not any(t.text[:1].isupper() or t.text in _SINGULAR_PRONOUNS for t in tokens[j + 1:end]):
            found.append((j, end))
    return found


def _manner_adverbs(found: list[Valence], lows: list[str]) -> list[Valence]:
    """The valences with a bad manner adverb right before an act of violence read as part of that act ("Tom Hale
    fatally shot Anna Berg", "was brutally stabbed"): it counts against the doer, not the victim, as the act does.

    An "-ly" word modifies the word it precedes; on its own it would count as bad news about whoever is nearest.
    Not before a judgement ("harshly criticized"): the victim rule would then excuse the one criticised too.
    """
    out = list(found)
    for i in range(len(out) - 1):
        v, nxt = out[i], out[i + 1]
        if nxt.harm and not v.harm and nxt.token == v.token + 1 and v.value < 0 and lows[v.token][-2:] == "ly":
            out[i] = v._replace(harm=nxt.harm)
    return out


def _standing(lows: list[str], word: str, k: int, last: int) -> int:
    """1 if the verb at token ``k`` says who leads a race or poll, -1 who trails, by the margin after it (a number
    after "by", "by four", or points, percent, votes or polls: ``_MARGINS``), else 0 (another sense: "led the
    team")."""
    for j in range(k + 1, min(last, k + 1 + _MARGIN_REACH)):
        w = lows[j]
        if w in _MARGINS or (w == "by" and j + 1 < last and (lows[j + 1][:1].isdigit()
                                                            or lows[j + 1] in _MARGIN_WORDS)):
            return 1 if word in _LEADS else -1
    return 0


def _words_back(masked: set[int], first: int, k: int, n: int) -> int:
    """The token ``n`` words before token ``k`` (not before ``first``), a name counting as one word: a
    negation or shifter reaches a word across a name as across a pronoun ("questioned Tom Hale's loyalty" as
    "questioned his loyalty")."""
    j = k
    while n and j > first:
        j -= 1
        if j in masked:
            while j - 1 > first and j - 1 in masked:
                j -= 1
        n -= 1
    return j


_ARTICLES = frozenset({"the", "a", "an"})
_ADJECTIVAL_HARM = frozenset({"injured", "wounded"})  # before a plural, mostly adjectives ("wounded veterans")


# Attitudes and reactions an act is done with, or a person met with: the doer's or the reactors', not the
# subject's ("brushed aside with arrogance", "was met with outrage", "greeted with jeers").
_MANNER_NOUNS = frozenset("""arrogance contempt disdain scorn derision hostility suspicion skepticism scepticism
    indifference impatience condescension rudeness callousness cruelty brutality outrage anger fury criticism
    ridicule jeers boos mockery hatred""".split())


def _passive_manner(lows: list[str], k: int, first: int, last: int) -> bool:
    """Whether the word at ``k`` (of a sentence's tokens [first, last)) names the manner of a passive act after
    "with" ("He was brushed aside with breathtaking arrogance", "were met with contempt"): the arrogance is the
    doer's, so it counts as the violence of ``_HARM`` does, for the doer ("by the council") and not for the
    subject who suffered the act."""
    if lows[k] not in _MANNER_NOUNS and not (k + 1 < last and lows[k + 1] in _MANNER_NOUNS):
        return False  # (not "was charged with fraud": the charge is the subject's)
    w = k - 1 if lows[k - 1] == "with" else k - 2 if k - 2 > first and lows[k - 2] == "with" else -1
    if w <= first + 1:
        return False
    for j in range(w - 1, max(first, w - 4), -1):  # the participle, and its auxiliary before it
        if (lows[j].endswith("ed") or lows[j] in ("met", "dealt", "held")) and lows[j - 1] in _PASSIVE:
            return True
    return False


def _describes_victim(lows: list[str], word: str, k: int, first: int, last: int) -> bool:
    """Whether the violence participle at token ``k`` is an adjective for its victim, no doer named: after an
    article ("the slain reporter", "a wounded soldier") or, for "injured" and "wounded", before a plural noun
    ("tends to injured birds"). Its doer is not whoever precedes it."""
    if not (word.endswith("ed") or word == "slain") or word not in _HARM:
        return False
    if k > first and lows[k - 1] in _ARTICLES:
        return True
    if word in _ADJECTIVAL_HARM and k + 1 < last:
        nxt = lows[k + 1]
        return nxt.isalpha() and nxt.endswith("s") and len(nxt) > 3 and nxt not in _OBJECT_WORDS
    return False


def _emphatic(lows: list[str], j: int, k: int) -> bool:
    """Whether the negation at token ``j`` intensifies the word at ``k`` instead of turning it: "could not be
    more wrong", "couldn't be happier" (a modal, a negation, "be" and a comparative), "no better friend than"
    ("no", a comparative and a noun before "than": nobody is better; "no better than" is a plain put-down).
    Nor do "not only" and "not just" turn it (they add), nor a denied doubt ("no doubt a fine judge", "never
    doubted his loyalty": the doubt is the negation, and denying it asserts)."""
    w = lows[j]
    if w == "not" and lows[j + 1] in _FOCUS or w in _DENIALS and lows[j + 1] in _DOUBTS:
        return True
    if w in _DOUBTS and j > 0 and lows[j - 1] in _DENIALS:
        return True
    if w == "no":
        return lows[j + 1] in _COMPARATIVES and lows[j + 2:j + 3] != ["than"] and "than" in lows[j + 3:j + 5]
    modal = w in _NEGATED_MODALS or (w == "not" and j > 0 and lows[j - 1] in _MODALS)
    return modal and j + 2 <= k and lows[j + 1] == "be" and (lows[k] in _COMPARATIVES or lows[k - 1] == "more")


def _clause_bounds(text: str, low_text: str | None, start: int, end: int) -> list[int]:
    """Offsets of the clause boundaries ``_BOUNDARY`` finds in the lower-cased ``text[start:end]``.

    Scanned in place in the document's lower-cased text (``low_text``), without a copy: the end of the
    scan is the end of the string to the regex, and its look-behinds see only the character before a
    match, which lies inside the sentence but for a match at ``start``. So the scan is the same unless a
    word character precedes the sentence; then, and without ``low_text``, the sentence's own text is.
    """
    if low_text is not None and not (start and _WORD_CHARACTER.match(low_text, start - 1)):
        return list(map(_MATCH_START, _BOUNDARY.finditer(low_text, start, end)))
    low = text[start:end].lower() if low_text is None else low_text[start:end]
    return [m.start() + start for m in _BOUNDARY.finditer(low)]


_WORD_CHARACTER = re.compile(r"\w")
_MATCH_START = re.Match.start


def _lexicon_tokens(ix: TokenIndex) -> list[int]:
    """Indices of the tokens that are lexicon entries, in order (one pass in C over the document)."""
    return list(compress(range(len(ix.lows)), map(_lexicon_words().__contains__, ix.lows)))


def _lexicon_positions(ix: TokenIndex, tokens: list[Token], sentence, positions: set[int],
                       candidates: list[int]) -> None:
    """Add the sentence's tokens that start a lexicon word standing on its own (not inside a longer word).

    ``candidates``: the document's tokens that are lexicon entries (``_lexicon_tokens``); others would
    get no value. The word starting at a token is the longest ``_LEXICAL`` run there; usually the
    token itself, so a set lookup decides, and only a token glued to more word characters runs the regex.
    """
    lexicon, whole, low = _lexicon_words(), _lexical_words(), ix.low_text
    lows = ix.lows
    s, e = sentence.start, sentence.end
    for k in candidates[bisect_left(candidates, sentence.first_token):
                        bisect_left(candidates, sentence.last_token)]:
        word = lows[k]
        token = tokens[k]
        p = token.start
        if p > s and (low[p - 1].isalnum() or low[p - 1] in _WORDISH):
            continue
        end = token.end
        if word in whole and (end == e or not (low[end].isalnum() or low[end] in _WORDISH)):
            positions.add(k)
            continue
        m = _LEXICAL.match(low, p, e)
        if m is not None and m.group() in lexicon:
            end = m.end()
            if end == e or not (low[end].isalnum() or low[end] in _WORDISH):
                positions.add(k)


def mention_score(valences: list[Valence], span: tuple[int, int], clause: int, others: list[tuple[int, int]],
                  *, speaks: set[int], weights: ToneWeights = WEIGHTS, person: bool = True) -> tuple[float, float]:
    """(outlet, quoted) valence sums reaching the mention at token range ``span`` of one sentence.

    A word counts less with token distance, with each clause boundary between it and the mention
    (``clause``: boundaries before the mention) and when another actor's mention (``others``) is
    nearer; words in quotes the actor speaks (``speaks``) are its own view, not about it, but for a
    ``person``'s own positive words (``own_praise``).
    """
    return _score(valences, span[0], span[1], clause, [(x, y, -1) for x, y in others], 0, speaks,
                  _score_weights(weights), person)


class _ScoreWeights(NamedTuple):
    """The ``ToneWeights`` that ``_score`` reads, taken out once per document rather than per mention."""

    reach: float
    agent: float
    before: float
    other: float
    own_quote: float
    own_praise: float
    victim: float
    victim_news: float
    clause_factors: tuple[float, ...]


def _score_weights(weights: ToneWeights) -> _ScoreWeights:
    return _ScoreWeights(weights.reach, weights.agent, weights.before, weights.other, weights.own_quote,
                         weights.own_praise, weights.victim, weights.victim_news, _clause_factors(weights.clause))


def _score(valences: list[Valence], a: int, b: int, clause: int, nearby: list[tuple[int, int, int]], actor: int,
           speaks: set[int], weights: _ScoreWeights, person: bool, harmful: bool = True,
           than: int = -1, relation: int = -1, beaten: int = -1,
           owned: dict[int, tuple[int, int, int]] | None = None) -> tuple[float, float]:
    """``mention_score`` for the mention at tokens [a, b), with the weights ``_score_weights`` takes out.

    ``nearby``: the sentence's mentions around it as (a, b, actor), the mention's own actor's among them
    (skipped here: no list of the others is built per mention). When the act of violence nearest the
    mention in its clause is done to it, the sentence's other bad news counts ``victim_news`` as much: it is the crime's
    (``harmful``: whether any of ``valences`` is violence; without, that bad news is not kept apart).
    ``than``: the token of a "than" just before the mention, else -1; the words before it in the mention's
    clause compare the mention the other way, so they count with their sign turned ("Anna Berg is more honest
    than Tom Hale": worse for Tom Hale; "worse than Tom Hale": better for him).
    ``relation``: the token of a relation noun the mention completes ("a critic of", "friends of"), else -1: it
    and the words just before it ("one of the harshest critics of Tom Hale") say who the critic is to the
    mention, not how the mention is judged, and do not count toward it. ``beaten``: the token of a win the
    mention is the loser of ("a victory over Tom Hale"), else -1: bad news for it. ``owned``: the words of the
    sentence's appositions and the actor each describes (``_described_by_apposition``): another actor's do not
    count, unless the mention stands inside that apposition ("Tom Hale, a critic of Anna Berg,"), and a mention
    inside one counts only its words ("Tom Hale, an aide to Anna Berg, was convicted": not Anna Berg)."""
    outlet = quoted = bad_outlet = bad_quoted = 0.0
    reach, agent, before, other, own_quote, own_praise, victim, victim_news, clause_factors = weights
    praise = own_praise if person else own_quote
    harm_distance, suffered = -1, False  # the nearest act of violence, and whether it is done to the mention
    steered = than >= 0 or relation >= 0 or beaten >= 0  # (one test per word for the usual mention)
    inner = owned.get(a) if owned else None  # the apposition of another actor the mention stands in, if any
    if inner is not None and inner[0] == actor:
        inner = None
    for k, value, quote, word_clause, aimed, harm, contest in valences:  # the fields of Valence, unpacked at once
        if steered:
            if k < than and word_clause == clause:
                value = -value
            if relation - _RELATION_MODIFIERS <= k <= relation:
                continue
            if k == beaten:
                value = -abs(value)
        if owned:
            owner = owned.get(k)
            if owner is not None and owner[0] != actor and not owner[1] <= a < owner[2]:
                continue  # "Tom Hale, the disgraced mayor, met Anna Berg": not about Anna Berg
            if inner is not None and not inner[1] <= k < inner[2]:
                continue  # "Tom Hale, an aide to Anna Berg, was convicted": the clause is about Tom Hale
        distance = a - k if k < a else (k - b + 1 if k >= b else 0)
        weight = 1.0 / (1.0 + distance / reach)
        if aimed:
            if k >= b:
                weight *= agent  # the critic, not the criticised
        elif k < a:
            weight *= before
        if harm:
            done_to = harm == 2 or (k < a) == (harm > 0)
            if word_clause == clause and (harm_distance < 0 or distance < harm_distance):
                harm_distance, suffered = distance, done_to
            if done_to:
                weight *= victim  # "shot Anna Berg", "Anna Berg was shot" (not "was shot by Anna Berg"): not blame
        if contest:  # "Anna Berg defeated Tom Hale": good news for the winner, bad for the loser
            value = abs(value) if (k >= b) == (contest > 0) else -abs(value)
        crossings = word_clause - clause
        if crossings:
            weight *= clause_factors[min(abs(crossings), 4)]
        for oa, ob, m in nearby:
            if m != actor and (oa - k if k < oa else (k - ob + 1 if k >= ob else 0)) < distance:
                weight *= other
                break
        value *= weight
        if quote >= 0:
            value *= (own_quote if value < 0 else praise) if quote in speaks else 1.0
            quoted += value
            if harmful and value < 0 and not harm:
                bad_quoted += value
        else:
            outlet += value
            if harmful and value < 0 and not harm:
                bad_outlet += value
    if suffered:
        outlet -= (1.0 - victim_news) * bad_outlet
        quoted -= (1.0 - victim_news) * bad_quoted
    return outlet, quoted


@lru_cache(maxsize=4)
def _clause_factors(factor: float) -> tuple[float, ...]:
    """``factor ** n`` for the 0 to 4 clause boundaries a word's weight counts, computed as before, once."""
    return tuple(factor ** n for n in range(5))


def squash(x: float, alpha: float) -> float:
    return x / math.sqrt(x * x + alpha) if x else 0.0


@dataclass(frozen=True, slots=True)
class MentionTone:
    """Tone toward one mention (or pronoun) in its sentence."""

    start: int
    end: int
    sentence: int
    actor: int  # index into the actor list
    outlet: float  # -1..1, quoted words discounted (the outlet's voice)
    combined: float  # -1..1, every voice counted (what the sentence says about the actor)
    quoted: float  # -1..1 from quoted words only


def _speakers(doc: Document, spans: list[tuple[int, int, int]], quotes) -> dict[int, set[int]]:
    """actor -> indices of the quotes it speaks: the speaker span holds (or starts) one of its mentions."""
    starts = sorted((doc.tokens[a].start, doc.tokens[b - 1].end, n) for a, b, n in spans)
    keys = [x[0] for x in starts]
    speaks: dict[int, set[int]] = defaultdict(set)
    for qi, q in enumerate(quotes):
        if q.speaker is None:
            continue
        for sp in getattr(q.speaker, "members", ()) or (q.speaker,):  # "Poland and Hungary": each speaks
            if sp.start is None:
                continue
            i = bisect_right(keys, sp.start) - 1
            if i >= 0 and starts[i][1] > sp.start:
                speaks[starts[i][2]].add(qi)
            elif i + 1 < len(starts) and sp.end is not None and starts[i + 1][0] < sp.end:
                speaks[starts[i + 1][2]].add(qi)  # "President Joe Biden": the mention starts after the title
    return speaks


def _speaking(quote, offset: int) -> bool:
    """Whether ``offset`` lies in the quote's speaker span (a speaker tag between two parts of a quote)."""
    speaker = quote.speaker
    return speaker is not None and speaker.start is not None and speaker.start <= offset < (speaker.end or 0)


# Nouns of a relation between two parties ("a critic of", "friends of"): who one party is to the other.
_RELATIONS = frozenset("""critic critics foe foes enemy enemies opponent opponents rival rivals adversary adversaries
    detractor detractors ally allies friend friends supporter supporters fan fans admirer admirers backer backers
    champion champions defender defenders""".split())
_RELATION_MODIFIERS = 2  # the words before the noun that describe the relation ("harshest critics", "a bitter foe")


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Honorifics and offices a mention may start after ("Mr. Tom Hale", "President Tom Hale"), lower-cased."""
    return frozenset(w.lower() for w in _ABBREVIATED | _OFFICES) | {"."}


def _before_title(lows: list[str], a: int, first: int) -> int:
    """The token before the mention at token ``a`` and the honorifics and offices that open it."""
    titles = _title_words()
    j = a - 1
    while j > first and lows[j] in titles:
        j -= 1
    return j


def _relation_before(lows: list[str], j: int, first: int) -> int:
    """The token of the relation noun whose "of" (or "of the") a mention follows, else -1 (``j``: the token
    before the mention and its title, ``_before_title``)."""
    if j > first and lows[j] == "the":
        j -= 1
    return j - 1 if j > first and lows[j] == "of" and lows[j - 1] in _RELATIONS else -1


# Wins over someone, said with a noun ("a victory over Tom Hale", "her edge over"): the one after "over" lost.
_WINS = frozenset({"victory", "victories", "win", "wins", "triumph", "triumphs", "edge", "advantage", "lead"})
def _relation_after(lows: list[str], b: int, last: int) -> int:
    """The token of the relation noun a possessive at token ``b`` owns ("Tom Hale's critics", "his best friend"),
    else -1: like "the critics of Tom Hale"."""
    for j in range(b + 1, min(last, b + 1 + _RELATION_MODIFIERS + 1)):
        if lows[j] in _RELATIONS:
            return j
    return -1


_THAN_SKIPS = frozenset({"either", "the", "even", "that", "those", "of"})  # "than either X", "than that of X"
_THAN_WORDS = _THAN_SKIPS | {"than"}  # a word before a mention that may lead back to a "than"
_PRESUPPOSING = frozenset({"even", "still"})  # "even worse than X": X is bad too
_AMOUNTS = frozenset({"more", "less", "fewer", "rather"})  # "more than X": an amount; "rather than X": a choice
_STEERING = _THAN_WORDS | {"of", "over"}  # ... or to a relation noun's "of" or a win's "over"


def _than_before(lows: list[str], j: int, first: int) -> int:
    """The token of the "than" that a mention completes ("better than Tom Hale", "than either Tom Hale or ..."),
    else -1 (``j``: the token before the mention and its title, ``_before_title``): the mention is the standard of
    a comparison, not its subject. Not after a negated comparative ("no better friend than Tom Hale", "none
    better than"): that standard is the best; nor after "even" or "still" ("even more troubling than the Hale
    affair": that one troubles too), nor after a bare "more" or "less" ("attacked Democrats more than Tom Hale",
    "more than Tom Hale"): an amount of the same thing, not its opposite."""
    while j > first and lows[j] in _THAN_SKIPS:
        j -= 1
    if j < first or lows[j] != "than":
        return -1
    for w in lows[max(first, j - 4):j]:
        if w in _NEGATORS or w == "none" or w.endswith(("n't", "n’t")) or w in _PRESUPPOSING:
            return -1
    return -1 if j > first and lows[j - 1] in _AMOUNTS else j


_APPOSITION_OPENERS = frozenset({"a", "an", "the", "who"})  # (and a relative clause set off the same way)
_APPOSITION_ENDS = frozenset({",", ";", "—", "–", "(", ")", ":"})
_APPOSITION_LONGEST = 12  # tokens an apposition may take before its closing comma
_COORDINATORS = frozenset({"and", "or", "&"})
_LIST_JOINS = frozenset({"and", "or", ","})  # "in Ohio, Iowa and Texas"
# Prepositions that open a sentence's introductory phrase ("In Ohio, the Harbor Fund ..."): the noun phrase after
# its comma is the subject, no apposition; within this many tokens of the sentence's start.
_INTRODUCING = frozenset({"in", "on", "at", "for", "from", "with", "after", "before", "during", "under", "across",
                          "like", "unlike", "to", "by", "among", "against", "inside", "outside", "beyond", "within",
                          "despite", "since", "as", "besides"})
_INTRODUCTION_LONGEST = 4


def _described_by_apposition(lows: list[str], spans: list[tuple[int, int, int]], first: int, last: int
                             ) -> dict[int, tuple[int, int, int]]:
    """token -> (actor, start, end) for the tokens of each apposition in a sentence: a noun phrase or a relative
    clause set off by commas right after a mention ("Tom Hale, the disgraced former mayor, met Anna Berg", "Tom
    Hale, who was convicted of fraud, met Anna Berg"). It describes that mention alone: its words are not about
    another actor of the clause, however near (Anna Berg is not disgraced). After "Tom Hale of Ohio" it is Tom
    Hale's (where he comes from is part of his designation); after "Ohio and Iowa" it describes both, and is left
    to the ordinary reach of words."""
    owned: dict[int, tuple[int, int, int]] = {}
    ends = None  # the mention ending just before a token, by that token (made at the first apposition)
    for a, b, n in spans:
        if b + 1 >= last or lows[b] != "," or lows[b + 1] not in _APPOSITION_OPENERS:
            continue
        if ends is None:
            ends = {b: (a, n) for a, b, n in spans}
        if a > first and lows[first] in _INTRODUCING and a - first <= _INTRODUCTION_LONGEST:
            continue  # "In Ohio, the Harbor Fund, a super PAC, ...": an opening phrase, then the subject
        if a - 1 > first and a - 1 in ends:  # a mention, then one word, then this one
            if lows[a - 1] in _COORDINATORS:
                continue  # "Ohio and Iowa, the two biggest prizes,": both
            if lows[a - 1] == "of":
                n = ends[a - 1][1]  # "Gov. Tom Hale of Ohio, a Republican who ...": Tom Hale
        for j in range(b + 2, min(last, b + 2 + _APPOSITION_LONGEST)):
            if lows[j] in _APPOSITION_ENDS:
                if lows[j] == ",":  # closed as an apposition is ("the mayor, said"): not a list's last item
                    item = (n, b + 1, j)
                    for k in range(b + 1, j):
                        owned[k] = item
                break
    return owned


def _is_setting(lows: list[str], a: int, b: int, first: int) -> bool:
    """Whether the place mention at tokens [a, b) (its sentence starting at token ``first``) follows a locative
    preposition ("in Ohio", "across the West", "in a Wisconsin jail"), and is not a possessor ("in Ohio's prisons"
    judges Ohio)."""
    j = a - 1
    if j > first and lows[j] in _LOCAL_DETERMINERS:
        j -= 1
    return j >= first and lows[j] in _PLACE_PREPOSITIONS and not (b < len(lows) and lows[b] in _POSSESSIVES)


def _is_origin(lows: list[str], a: int, first: int, masked: set[int]) -> bool:
    """Whether the place mention at token ``a`` says where the actor named just before comes from ("Senator Anna
    Berg of Ohio", "Tom Hale of Texas"): a designation, not a place the sentence judges."""
    return a - 1 > first and lows[a - 1] == "of" and a - 2 in masked


def _is_addressee(lows: list[str], a: int, first: int) -> bool:
    """Whether the mention at token ``a`` is who was told something ("told The Washington Post that ...", "told
    reporters", "in an interview with CNN"): the report's audience, which what is reported does not judge."""
    j = a - 1
    if j > first and lows[j] == "the":
        j -= 1
    if j < first:
        return False
    return lows[j] in _TELLING or (j > first and (lows[j] == "with" and lows[j - 1] in _CONVERSING
                                                  or lows[j] == "to" and lows[j - 1] in _ADDRESSING))


def _is_credit(lows: list[str], a: int, first: int) -> bool:
    """Whether the mention at token ``a`` is credited for the text or a picture ("By Jane Roe" opening a sentence,
    "Photo by", "Reporting by", "Image copyright Jane Roe"): a byline, not someone the article judges."""
    j = a - 1
    word = lows[j]
    return word == "copyright" or (word == "by" and (j == first or lows[j - 1] in _CREDITED))


def _is_channel(lows: list[str], a: int, first: int) -> bool:
    """Whether the organisation mention at token ``a`` follows "on" ("said on Twitter", "appeared on Fox News"):
    the outlet or platform something was said on, not one judged (but "on Twitter's rules" judges it)."""
    return a > first and lows[a - 1] == "on" and not (a + 1 < len(lows) and lows[a + 1] in _POSSESSIVES)


def mention_tones(doc: Document, actors: list[Actor], *, quotes, evaluative,
                  weights: ToneWeights = WEIGHTS) -> list[MentionTone]:
    """Tone toward every mention and reference of every actor, sentence by sentence (linear in the text)."""
    return [MentionTone(*t) for t in _tones(doc, actors, quotes, evaluative, weights)]


def _token_ranges(doc: Document, actors: list[Actor]) -> list[list[tuple[int, int] | None]]:
    """For each actor, the token range [a, b) of each of its mentions, then of each reference (None
    where a span does not cover a token): worked out once for both the tone and the roles."""
    by_start, ends = doc.token_index().by_start, doc.token_index().ends
    n_tokens = len(ends)
    token_at = doc.token_at
    ranges = []
    for actor in actors:
        of_actor: list[tuple[int, int] | None] = []
        for spans in (actor.mentions, actor.references):
            for span in spans:
                first = by_start.get(span.start)
                if first is None:
                    first = token_at(span.start)
                last = bisect_left(ends, span.end)  # the token ending there, else the one holding end - 1
                if last == n_tokens or ends[last] != span.end:
                    last = token_at(span.end - 1)
                of_actor.append(None if first is None or last is None else (first, last + 1))
        ranges.append(of_actor)
    return ranges


def _tones(doc: Document, actors: list[Actor], quotes, evaluative, weights: ToneWeights,
           ranges: list[list[tuple[int, int] | None]] | None = None
           ) -> list[tuple[int, int, int, int, float, float, float]]:
    """``mention_tones`` as plain tuples (start, end, sentence, actor, outlet, combined, quoted).

    ``ranges``: ``_token_ranges(doc, actors)``, when the caller has them already.
    """
    tokens = doc.tokens
    ix = doc.token_index()
    by_sentence: dict[int, list[tuple[int, int, int]]] = defaultdict(list)  # sentence -> (a, b, actor)
    all_spans = []
    for n, of_actor in enumerate(_token_ranges(doc, actors) if ranges is None else ranges):
        for span in of_actor:
            if span is not None:
                item = (span[0], span[1], n)
                by_sentence[tokens[span[0]].sentence].append(item)
                all_spans.append(item)
    quote_starts = [q.start for q in quotes]

    def quote_of(offset: int) -> int:
        i = bisect_right(quote_starts, offset) - 1
        return i if i >= 0 and offset < quotes[i].end else -1

    speaks = _speakers(doc, all_spans, quotes)
    admissions = {qi for qi, q in enumerate(quotes) if q.cue is not None and q.cue.lemma in _ADMISSIONS}
    evaluative_at: dict[int, dict[int, float]] = defaultdict(dict)  # sentence -> token -> polarity (weighted)
    appreciation = weights.appreciation
    for e in evaluative:
        t = ix.first(doc, e.start)
        if t is not None and e.polarity:
            evaluative_at[tokens[t].sentence][t] = e.polarity * (appreciation if e.category == "appreciation" else 1)

    results = []
    nothing: set[int] = set()
    no_polarity: dict[int, float] = {}
    candidates = _lexicon_tokens(ix)
    share, alpha, sqrt = weights.quoted, weights.alpha, math.sqrt  # squash(), inlined
    score_weights = _score_weights(weights)
    setting, lows = weights.setting, ix.lows
    titles = _title_words()
    steering, possessives, setting_before = _STEERING, _POSSESSIVES, _SETTING_BEFORE
    steering_or_titles = steering | titles
    places = {n for n, actor in enumerate(actors) if actor.kind == "place"}
    persons = {n for n, actor in enumerate(actors) if actor.kind == "person"}
    bodies = {n for n, actor in enumerate(actors) if actor.kind == "organization"}
    for index in sorted(by_sentence):
        spans = sorted(by_sentence[index])
        first = doc.sentences[index].first_token
        last = doc.sentences[index].last_token
        # the words of the sentence's names, which judge no one ("Justice Department"); not a description's own
        # lower-case words ("the disgraced mayor", "the popular mayor": its adjective judges whom it describes)
        masked: set[int] = set()
        for a, b, _ in spans:
            masked.update(range(a, b))  # (a range added in C, not a comprehension's step per token)
        for a, b, _ in spans:
            if b - a > 1:
                masked.difference_update(k for k in range(a + 1, b) if tokens[k].text[:1].islower()
                                         and lows[k][:1].isalpha())
        valences, bounds = _sentence_words(doc, index, masked, quote_of, evaluative_at.get(index, no_polarity),
                                           weights, ix, candidates)
        if not valences:
            results.extend((tokens[a].start, tokens[b - 1].end, index, n, 0.0, 0.0, 0.0) for a, b, n in spans)
            continue
        harmful = any(map(_HARM_FIELD, valences))
        settings: set[int] = set()  # the ends of the mentions read as settings, for a place joined to one
        owned = _described_by_apposition(lows, spans, first, last) if len(spans) > 1 else None
        for i, (a, b, n) in enumerate(spans):
            start, end = tokens[a].start, tokens[b - 1].end
            # the other actors' nearest mentions on either side (a bounded window keeps this linear; up to
            # _MAX_OTHERS + 1 mentions, every mention's window is the whole sentence)
            nearby = spans if len(spans) <= _MAX_OTHERS + 1 else spans[max(0, i - _MAX_OTHERS):i + _MAX_OTHERS + 1]
            own = speaks.get(n, nothing)
            if own:
                inside = quote_of(start)
                if inside in own and not _speaking(quotes[inside], start):
                    own = own - {inside}  # a quote naming the actor is about it, whoever was made its speaker
                if own & admissions:
                    own = own - admissions  # "pleaded guilty to lying", "admitted misleading": about the speaker
            before = lows[a - 1]  # (the previous sentence's last word for a first one: every use checks first)
            than = relation = beaten = -1
            if before in steering_or_titles and a > first:  # "than", "critics of", "a victory over", a title
                p = _before_title(lows, a, first) if before in titles else a - 1
                if p > first and lows[p] in steering and (lows[p] != "the" or lows[p - 1] in steering):
                    than = _than_before(lows, p, first)
                    relation = _relation_before(lows, p, first)
                    if lows[p] == "over" and lows[p - 1] in _WINS:
                        beaten = p - 1
            if b < last and lows[b] in possessives and relation < 0:  # "Tom Hale's critics"
                relation = _relation_after(lows, b, last)
            outlet, quoted = _score(valences, a, b, bisect_right(bounds, start), nearby, n, own, score_weights,
                                    n in persons, harmful, than, relation, beaten, owned)
            if before in setting_before and a > first and (
                    (n in places and (_is_setting(lows, a, b, first) or _is_origin(lows, a, first, masked)))
                    or (n in bodies and _is_channel(lows, a, first))
                    or (lows[a - 1] in _ADDRESSEE_BEFORE and _is_addressee(lows, a, first))
                    or (lows[a - 1] in _CREDIT_BEFORE and _is_credit(lows, a, first))):
                # "protests in Ferguson", "Senator Anna Berg of Ohio", "said on Twitter", "told Fox News", "Photo
                # by": where something happens or someone comes from, who hears it or who made the picture, not who
                # is judged
                outlet *= setting
                quoted *= setting
                settings.add(b)
            elif before in _LIST_JOINS and a - 1 in settings and n in places and a > first:
                outlet *= setting  # "in New Hampshire and Pennsylvania": the second place is a setting too
                quoted *= setting
                settings.add(b)
            x = outlet + share * quoted
            y = outlet + quoted
            results.append((start, end, index, n, x / sqrt(x * x + alpha) if x else 0.0,
                            y / sqrt(y * y + alpha) if y else 0.0,
                            quoted / sqrt(quoted * quoted + alpha) if quoted else 0.0))
    return results


def label(tone: float, weights: ToneWeights = WEIGHTS, *, actor: bool = False) -> str:
    """"positive", "negative" or "neutral" for a mention's tone (or, with ``actor``, an actor's mean tone)."""
    positive, negative = ((weights.actor_positive_from, weights.actor_negative_from) if actor
                          else (weights.positive_from, weights.negative_from))
    if tone >= positive:
        return "positive"
    if tone <= negative:
        return "negative"
    return "neutral"


_CLAUSE_OPENERS = frozenset({",", ";", ":", "—", "–", "(", "\"", "“", "‘", "that", "and", "but", "while",
                             "when", "after", "because", "as", "if", "although", "though", "since"})
_NOT_VERBS = frozenset({"of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "'s", "’s", ",", "."})


_POSSESSIVES = frozenset({"'s", "’s"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
_OBJECT_PRONOUNS = frozenset({"him", "them"})


@lru_cache(maxsize=1)
def _modifier_nouns() -> frozenset[str]:
    """Nouns a name modifies ("the Kursk region", "Russian troops")."""
    return _PLACE_NOUNS | gazetteer().group_nouns


def _roles(doc: Document, actor: Actor, speakers: list[tuple[int, int]], speaker_starts: list[int],
           ranges: list[tuple[int, int] | None]) -> dict[str, int]:
    """Counts of the actor as a quote's speaker, a clause's subject, a possessor, or an object.

    ``ranges``: the token range of each mention, then of each reference (``_token_ranges``).
    Without a parser the subject is the mention that opens a clause and is followed by a word that
    can be its verb; cheap, and right for the usual news sentence ("Biden has finally ceded ...").
    """
    roles: dict[str, int] = {}
    tokens, text, lows, sentences = doc.tokens, doc.text, doc.token_index().lows, doc.sentences
    demonyms = gazetteer().demonyms
    modified = _modifier_nouns()
    for span, token_range in zip(chain(actor.mentions, actor.references), ranges, strict=True):
        start = span.start
        i = bisect_right(speaker_starts, start) - 1
        if i >= 0 and speakers[i][1] > start:
            role = "speaker"  # inside the speaker span the quotes stage found
            roles[role] = roles.get(role, 0) + 1
            continue
        if token_range is None:
            continue
        t, nxt = token_range  # nxt: the token after the mention, if the sentence has one
        sentence = sentences[tokens[t].sentence]
        lo = sentence.first_token
        j = t - 1
        while j >= lo and (tokens[j].text[0].isupper() or tokens[j].text == "."):
            j -= 1  # over the title: "President Joe Biden has ..."
        prev = lows[j] if j >= lo else None
        if nxt >= sentence.last_token:
            nxt = None
        surface = text[start:span.end]
        word = surface.lower()
        if (nxt is not None and lows[nxt] in _POSSESSIVES) or word in _POSSESSIVE_PRONOUNS:
            role = "possessor"
        elif surface in demonyms or (nxt is not None and lows[nxt] in modified):
            role = "modifier"  # "Russian territory", "the Kursk region"
        elif ((prev is None or prev in _CLAUSE_OPENERS or prev == "the")
              and nxt is not None and tokens[nxt].is_word and lows[nxt] not in _NOT_VERBS
              and word not in _OBJECT_PRONOUNS):
            role = "subject"
        else:
            role = "object"
        roles[role] = roles.get(role, 0) + 1
    return roles


def _evidence_order(e: Evidence) -> tuple[float, int]:
    return -abs(e.score), e.start


def actors_with_tone(doc: Document, *, mentions: list[Actor], sentences, quotes, evaluative) -> list[Actor]:
    """The same actors with the tone the article takes toward each, explained by its strongest sentences.

    ``sentences`` (VADER per sentence) is shown beside each evidence sentence, not blended in: on the
    tuning half of NewsMTSC any share of the sentence compound made target tone worse.
    """
    ranges = _token_ranges(doc, mentions)
    by_actor: list[dict[int, list[tuple]]] = [{} for _ in mentions]  # actor -> sentence -> its tones there
    for t in _tones(doc, mentions, quotes, evaluative, WEIGHTS, ranges):
        by_actor[t[3]].setdefault(t[2], []).append(t)
    positive, negative = WEIGHTS.positive_from, WEIGHTS.negative_from
    compounds = [s.compound for s in sentences] if len(sentences) == len(doc.sentences) else None
    speakers = sorted((q.speaker.start, q.speaker.end) for q in quotes
                      if q.speaker is not None and q.speaker.start is not None and q.speaker.end is not None)
    speaker_starts = [sp[0] for sp in speakers]
    quoted_sentences = {doc.sentence_at(q.start) for q in quotes}
    result = []
    for n, actor in enumerate(mentions):
        by_sentence = by_actor[n]
        scores = []
        overall = []
        quoted = []
        evidence = []
        for index, items in by_sentence.items():
            if len(items) == 1:  # the usual case: one mention in the sentence, its own figures (x / 1 is x)
                _, _, _, _, outlet, together, alone = items[0]
                scores.append(outlet)
                overall.append(together)
                q = [alone] if alone else None
            else:
                outlet = sum([m[4] for m in items]) / len(items)
                scores.append(outlet)
                overall.append(sum([m[5] for m in items]) / len(items))
                q = [m[6] for m in items if m[6]]
            if q:
                quoted.append(sum(q) / len(q))
            if negative < outlet < positive:
                continue  # a neutral sentence is never evidence
            s = doc.sentences[index]
            voice = "quoted" if index in quoted_sentences and abs(sum(q or [0])) > abs(outlet) / 2 else "author"
            evidence.append(Evidence(s.start, s.end, outlet, voice, compounds[index] if compounds else 0.0))
        tone = sum(scores) / len(scores) if scores else 0.0
        if len(evidence) > 1:
            evidence.sort(key=_evidence_order)
        strongest = evidence[:3]
        result.append(Actor(actor.name, actor.aliases, actor.kind, actor.mentions, tone, label(tone, actor=True),
                            sum(quoted) / len(quoted) if quoted else None,
                            sum(overall) / len(overall) if overall else 0.0, actor.references,
                            _roles(doc, actor, speakers, speaker_starts, ranges[n]), actor.sentences, actor.affiliation,
                            strongest))
    return result
