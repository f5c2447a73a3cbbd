"""Lines that are not the article: paywall notices, teasers, cookie and newsletter prompts, web forms.

They stay in the report's ``text`` (offsets must not move) but are listed in
``meta.excluded`` and left out of every score. Patterns are matched against a
whole line; a paywall notice also marks the article as truncated.
"""

from __future__ import annotations

import re

try:
    from re import _constants, _parser
except ImportError:  # Python 3.10
    import sre_constants as _constants
    import sre_parse as _parser

# A photo credit naming a news agency: the photographer's and outlet's names before it, read case-sensitively
# inside the case-insensitive pattern (capitalised words and "by", "of", "the", "for", "and"), so that a sentence
# ("The footage was released via AP") is no credit.
_CREDIT_WORD = r"(?-i:[A-Z][\w.'’-]*|by|of|the|for|and)"
_AGENCY = r"(?:the )?(?:ap|associated press|reuters|afp|epa)"
_VIA_AGENCY = rf"\A(?:{_CREDIT_WORD}[ /]+){{1,10}}via {_AGENCY}\.?\Z"
_SLASH_AGENCY = rf"\A(?:{_CREDIT_WORD} ){{0,9}}{_CREDIT_WORD} ?/ ?{_AGENCY}\.?\Z"

# (reason, pattern). Order matters only for which reason a line gets.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("paywall", r"you have [\d.,]+\s?% of this article left"),
    ("paywall", r"\bthe rest is for (?:subscribers|members) only\b"),
    ("paywall", r"^(?:this (?:article|content|story) is (?:for|reserved for|available to|exclusive to) "
                r"(?:paying |premium )?(?:subscribers|members))"),
    ("paywall", r"^(?:subscribe|sign in|log in|register)\b.{0,60}\b(?:to (?:continue|read|keep reading|unlock))"),
    ("paywall", r"^(?:already a subscriber\??|to continue reading\b|continue reading\b.{0,40}$)"),
    ("paywall", r"\b(?:unlock|get) (?:unlimited|full) (?:access|digital access)\b"),
    ("teaser", r"^(?:read more|read also|read next|see also|more on this|also read|more from)\b"),
    ("teaser", r"^(?:related(?: articles?| stories| coverage)?|recommended|most read|watch|listen|"
               r"popular|trending)\s*(?:[:|»›]|$)"),
    ("teaser", r"^subscribers only\b"),
    ("newsletter", r"\b(?:sign up|subscribe) (?:for|to) (?:our|the|my)\b.{0,40}\bnewsletters?\b"),
    ("newsletter", r"^(?:get|receive) (?:our|the)\b.{0,40}\b(?:newsletter|briefing|in your inbox)\b"),
    # an imperative sign-up line of its own: "Sign up here to get ...", "Subscribe to our podcast here."
    ("newsletter", r"^(?:sign up|subscribe)(?:\b(?=.{0,160}\b(?:here|now|today|below|newsletters?|podcast|inbox|"
                   r"youtube|channel|e-?mail|updates|brief(?:ing)?|group)\b).{0,160}|\W{0,3})$"),
    ("cookie", r"\b(?:we|this (?:site|website)) uses? cookies\b"),
    ("cookie", r"\b(?:accept|manage) (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b"),
    ("advertisement", r"^(?:advertisement|sponsored(?: content)?|ad|story continues below(?: advertisement)?)\s*$"),
    ("share", r"^(?:share (?:this|on)\b.{0,40}|follow us on\b.{0,60}|click here to\b.{0,80})$"),
    # the author's sign-off: "Follow Jo Reyes on Twitter @jreyes.", "On Twitter follow Jo Reyes at ..."
    ("share", r"^(?:follow (?:[\w.’'-]+ ){1,12}on twitter\b|on twitter,? follow\b).{0,160}$"),
    ("credit", r"^(?:©|copyright\b|\(c\) )\s*\d{0,4}.{0,80}$"),
    # a news agency's staff credit on its own line: "(Reporting by Jo Reyes; Editing by Tom Hale)"
    ("credit", r"^\((?:additional )?(?:reporting|writing|editing) by\b[^()]{1,200}\)\.?$"),
    ("credit", r"\A.{0,120}\ball rights reserved\b.{0,120}\Z"),
    # a photo credit on its own line ("Jo Reyes via Getty Images", "(AP Photo/Jo Reyes)"); a caption that ends in
    # one is kept: it often tells the news ("Keillor, in a 2017 file photo, said Wednesday he was fired")
    ("credit", r"\A[^.!?]{0,60}\b(?:via|/) ?getty images\.?\Z"),
    # and a news agency's, after names only ("Tom Dodge/The Columbus Dispatch via AP", "Jo Reyes/Reuters"; not
    # "The footage was released via AP")
    ("credit", _VIA_AGENCY),
    ("credit", _SLASH_AGENCY),
    # a caption's credit line labelled as a photo's ("Photo: Jo Reyes/Reuters", "Image: Ana Ruiz via AP")
    ("credit", r"^(?:photo|photograph|image|picture)s?:\s*[^.!?\n]{0,60}(?:/|\bvia )[^.!?\n]{1,40}$"),
    # a credit line of its own after a caption: "Credit: Jo Reyes", "Photo credit: Jo Reyes for The Gazette"
    ("credit", r"^(?:photo(?:graph)? )?credits?:\s*[^.!?\n]{1,80}$"),
    ("credit", r"\A\((?:ap|reuters|afp|getty images|epa) photo(?:/|:| by )[^()]{1,60}\)\.?\Z"),
    # When the page was published or updated, on a short line of its own ("Updated 6:12 p.m.", "Published
    # Nov. 12, 2026 at 3:45 p.m. ET", "Last updated: 12/07/2026"): a time, date or day right after the word
    # ("Published in 1998, the book sold well" is a sentence), and no second sentence on the line
    ("timestamp", r"^(?:last )?(?:updated|published|posted|modified)(?:\s+(?:on|at))?:?\s+(?=[^\n]{0,60}$)"
                  r"(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s|"
                  r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)(?![^\n]*[a-z]{2,}[.!?]\s+[A-Z])"),
    # The site's navigation on lines of their own: menu items and account links ("Skip to main content",
    # "Menu", "Sign in"), and the footer's list of links ("Terms of Use | Privacy Policy | Contact Us")
    ("navigation", r"^(?:skip to (?:the )?(?:main )?content|skip navigation|(?:main )?menu|search|sign in|sign out|"
                   r"log ?in|log ?out|my account|toggle navigation|close|print(?: this (?:article|story|page))?|"
                   r"e-?mail this (?:article|story|page)|back to top)\s*$"),
    ("navigation", r"^(?=.{0,160}$)(?=.*\b(?:terms of (?:use|service)|privacy(?: policy)?|contact us|about us|"
                   r"cookie (?:policy|settings)|site ?map|careers|advertise(?: with us)?)\b)"
                   r"[^|•·\n.!?]{1,40}(?:\s[|•·]\s[^|•·\n.!?]{1,40})+$"),
    # Web forms embedded in the page: a poll or sign-up widget's heading, fields and fine print.
    ("form", r"^(?:take (?:our|this|the) (?:poll|survey|quiz)\b.{0,40}$|completing this (?:poll|form|survey)\b)"),
    # a poll widget's title and call to vote flattened into one line: "Liberty Poll Exercise your right to vote."
    # (\A, not ^: searched only in lines holding "poll", below; tried at the start of every line with the
    # anchored patterns, its run of up to 40 characters, given back one by one, cost more than all of them)
    ("form", r"\A[\w’'& -]{0,40}\bpoll:?\s+(?:exercise your right to vote|cast your vote|vote now)\b\W{0,3}$"),
    ("form", r"\bthis field is for validation purposes\b"),
    ("form", r"^(?:e-?mail|name|first name|last name|phone|zip(?: code)?|comments?)\s*\*$"),
    # (\A, not ^: these two are searched only in lines holding their required word, below)
    ("form", r"\A[^?]{8,200}\?\s\*\s+\w"),  # "Who should ...? * Yes ... No ...": a poll's question and its options
    ("form", r"\A(?P<question>[^?]{8,200}\?)\s+(?P=question)\s*$"),  # a poll's question, as its title and label
)

# A word every match of an unanchored pattern contains: a plain substring test on the lower-cased
# line spares most lines those slow searches (segmentation's largest cost after tokens). Exact:
# under re.IGNORECASE only the four characters in _FOLDS_TO_ASCII match ASCII letters, so on a
# line without them the pattern can only match if the lower-cased line holds the word. Patterns
# not listed here (or edited) are simply always searched.
_REQUIRED_WORD = {
    r"you have [\d.,]+\s?% of this article left": "% of this article left",
    r"\bthe rest is for (?:subscribers|members) only\b": "the rest is for ",
    r"\b(?:unlock|get) (?:unlimited|full) (?:access|digital access)\b": "access",
    r"\b(?:sign up|subscribe) (?:for|to) (?:our|the|my)\b.{0,40}\bnewsletters?\b": "newsletter",
    r"\b(?:we|this (?:site|website)) uses? cookies\b": "cookies",
    r"\b(?:accept|manage) (?:all )?cookies\b|\bcookie (?:policy|settings|preferences)\b": "cookie",
    r"\bthis field is for validation purposes\b": "validation purposes",
    r"\A[^?]{8,200}\?\s\*\s+\w": "? *",
    r"\A(?P<question>[^?]{8,200}\?)\s+(?P=question)\s*$": "?",
    r"\A.{0,120}\ball rights reserved\b.{0,120}\Z": "all rights reserved",
    r"\A[^.!?]{0,60}\b(?:via|/) ?getty images\.?\Z": "getty images",
    _VIA_AGENCY: "via ",
    _SLASH_AGENCY: "/",
    r"\A\((?:ap|reuters|afp|getty images|epa) photo(?:/|:| by )[^()]{1,60}\)\.?\Z": "photo",
    r"\A[\w’'& -]{0,40}\bpoll:?\s+(?:exercise your right to vote|cast your vote|vote now)\b\W{0,3}$": "poll",
}
_FOLDING_CHARACTERS = "\u0130\u0131\u017f\u212a"  # İ ı ſ K (Kelvin)
_FOLDS_TO_ASCII = re.compile(f"[{_FOLDING_CHARACTERS}]")

_COMPILED = tuple((reason, re.compile(p, re.IGNORECASE), _REQUIRED_WORD.get(p)) for reason, p in _PATTERNS)

# Characters one of which every match of an anchored pattern contains: the footer's list of links
# needs its separator, and a line without one (nearly every line) is spared the pattern's scan for
# a link word, which cost more than all the other anchored patterns together. Exact: no character
# matches these under re.IGNORECASE but themselves.
_REQUIRED_CHARACTER = {
    next(p for reason, p in _PATTERNS if reason == "navigation" and "[|•·]" in p): "|•·",
}

# A line that no pattern can match is turned away by cheap tests: one ``match`` of all the
# patterns that start with ^ (each is anchored as a whole: none has a top-level |, which
# tests/test_reproducible.py checks), those with a required character only on a line holding one,
# and the required words of all the others.
_ANCHORED = re.compile("|".join(f"(?:{p})" for _, p in _PATTERNS if p.startswith("^")
                                and p not in _REQUIRED_CHARACTER), re.IGNORECASE)
_ANCHORED_WITH_CHARACTER = tuple((re.compile(p, re.IGNORECASE), characters)
                                 for p, characters in _REQUIRED_CHARACTER.items())
_UNANCHORED_WORDS = tuple(_REQUIRED_WORD.get(p) for _, p in _PATTERNS if not p.startswith("^"))
_UNLISTED_WORD = None in _UNANCHORED_WORDS  # an unanchored pattern with no required word: every line may match
# The words a line is searched for: a word holding another ("cookies", "? *") is found only where that one is.
_WORDS_TO_FIND = tuple(w for w in dict.fromkeys(_UNANCHORED_WORDS)
                       if w is not None and not any(other != w and other in w for other in _UNANCHORED_WORDS
                                                    if other is not None))


# The patterns not anchored with ^, in order: all a line can match once none of the anchored ones does.
_UNANCHORED = tuple(compiled for compiled, (_, p) in zip(_COMPILED, _PATTERNS, strict=True) if not p.startswith("^"))
_ZERO_WIDTH = (_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT)
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, getattr(_constants, "POSSESSIVE_REPEAT", None))


def _first_characters(items) -> tuple[frozenset[str], bool] | None:
    """The lower-cased characters a match of the parsed pattern ``items`` (``re._parser``) can start with,
    and whether it can be empty; None when that is not known (a character class, say). Zero-width
    items (anchors, look-arounds) only narrow what follows, so they are passed over."""
    chars: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _constants.LITERAL:
            return frozenset(chars | {chr(av).lower()}), False
        if op is _constants.SUBPATTERN:
            first = _first_characters(av[3])
        elif op is _constants.BRANCH:
            firsts = [_first_characters(branch) for branch in av[1]]
            if None in firsts:
                return None
            first = frozenset().union(*(f[0] for f in firsts)), any(f[1] for f in firsts)
        elif op in _REPEATS:
            first = _first_characters(av[2])
            if first is not None and av[0] == 0:
                first = first[0], True
        else:
            return None
        if first is None:
            return None
        chars |= first[0]
        if not first[1]:
            return frozenset(chars), False
    return frozenset(chars), True


def _starts_of(pattern: str) -> frozenset[str] | None:
    """The lower-cased characters every match of ``pattern`` starts with one of; None if not known."""
    first = _first_characters(_parser.parse(pattern, re.IGNORECASE))
    return first[0] if first is not None and not first[1] else None


# The anchored patterns (of _ANCHORED) with the characters their matches can start with: a line is
# matched against those its lower-cased first character allows, each compiled alone (a line starting
# with "H" or a quotation mark tries none of "Subscribe ...", "Read more", "Photo: ..."; one alternation
# of them all enters each of its ~20 branches at every line). Exact on a line with no character in
# _FOLDING_CHARACTERS: re.IGNORECASE then matches a character to a literal only if both lower-case to
# the same one. A pattern whose first characters are not known is tried on every line.
_ANCHORED_STARTS = tuple((pattern, _starts_of(p)) for (_, p), (_, pattern, _) in zip(_PATTERNS, _COMPILED, strict=True)
                         if p.startswith("^") and p not in _REQUIRED_CHARACTER)
_ANCHORED_FIRSTS = frozenset().union(*(starts for _, starts in _ANCHORED_STARTS if starts is not None))
# first character of a lower-cased line (or "" for one no pattern lists) -> the patterns to match, in order
_ANCHORED_BY_FIRST = {first: tuple(pattern for pattern, starts in _ANCHORED_STARTS if starts is None or first in starts)
                      for first in [*_ANCHORED_FIRSTS, ""]}


def _may_match(line: str, lowered: str | None, words: tuple[str, ...]) -> bool:
    """False only if no pattern matches ``line``, which holds none of _WORDS_TO_FIND but ``words``."""
    if lowered is None or _UNLISTED_WORD or _ANCHORED.match(line):
        return True
    return _anchored_with_character(line) or any(map(lowered.__contains__, words))


def _anchored_with_character(line: str) -> bool:
    """Whether an anchored pattern with a required character (_REQUIRED_CHARACTER) matches the line."""
    for pattern, characters in _ANCHORED_WITH_CHARACTER:
        if any(map(line.__contains__, characters)) and pattern.match(line):
            return True
    return False


def boilerplate_reason(line: str) -> str | None:
    """Why ``line`` is not article text, or None if it is."""
    stripped = line.strip()
    if not stripped:
        return None
    lowered = stripped.lower() if stripped.isascii() or not _FOLDS_TO_ASCII.search(stripped) else None
    return _reason(stripped, lowered, _WORDS_TO_FIND)


def _reason(line: str, lowered: str | None, words: tuple[str, ...]) -> str | None:
    """``boilerplate_reason`` of a stripped, non-blank line, given its lower-cased form (None if it
    holds a character in _FOLDS_TO_ASCII) and the required words it may hold."""
    if not _may_match(line, lowered, words):
        return None
    return _first_reason(line, lowered, _COMPILED)


def _first_reason(line: str, lowered: str | None,
                  compiled: tuple[tuple[str, re.Pattern[str], str | None], ...]) -> str | None:
    """The reason of the first of the ``compiled`` patterns that matches the line, skipping those whose
    required word its lower-cased form lacks."""
    for reason, pattern, word in compiled:
        if word is not None and lowered is not None and word not in lowered:
            continue
        if pattern.search(line):
            return reason
    return None


def _folded_reason(line: str, lowered: str, words: tuple[str, ...]) -> str | None:
    """``_reason`` for a line with no character in _FOLDING_CHARACTERS: its anchored patterns matched
    by its first character, and when none of them nor the one with a required character matches
    (most lines that hold a required word), only the other patterns tried, in order."""
    if _UNLISTED_WORD:
        return _reason(line, lowered, words)
    for pattern in _ANCHORED_BY_FIRST[lowered[0] if lowered[0] in _ANCHORED_FIRSTS else ""]:
        if pattern.match(line):
            return _first_reason(line, lowered, _COMPILED)
    if _anchored_with_character(line):
        return _first_reason(line, lowered, _COMPILED)
    return _first_reason(line, lowered, _UNANCHORED) if any(map(lowered.__contains__, words)) else None


def line_reasons(text: str, lowered_text: str, lines: list[tuple[int, int, str]]) -> list[str | None]:
    """``boilerplate_reason`` of each of the text's lines (start, end and the line, stripped and not blank),
    with the work on the text done once: a line's lower-cased form is its slice of ``lowered_text``
    (``text.lower()``), and the required words the text does not hold are not looked for in any line.
    Exact: when lower-casing keeps the text's length, no character grew ("İ"), so each character
    lower-cases alone and in place (but "Σ", which depends on its neighbours: only ever ς or σ, and the
    words looked for are ASCII); a line holds a word only if the text does."""
    if len(lowered_text) != len(text) or any(map(text.__contains__, _FOLDING_CHARACTERS)):
        return [boilerplate_reason(line) for *_, line in lines]
    words = tuple(word for word in _WORDS_TO_FIND if word in lowered_text)
    return [_folded_reason(line, lowered_text[start:end], words) for start, end, line in lines]


# A web form flattened into the line of the paragraph next to it: the form's fine print before the
# article's words ("Phone This field is for validation purposes … Privacy Policy and Terms of Use. SANTA
# FE, N.M. (AP) - Federal prosecutors say …"), or a poll's call after them ("… for jihad. take our poll
# - story continues below Who should …?"). Only the form's part of such a line is boilerplate.
_FORM_HEAD = re.compile(r"\A.{0,300}?\bthis field is for validation purposes\b.{0,400}?"
                        r"\bterms of (?:use|service)\.\s+(?=\S)", re.IGNORECASE | re.DOTALL)
_POLL_TAIL = re.compile(r"\s+take (?:our|this|the) (?:poll|survey|quiz)\b.*\Z", re.IGNORECASE | re.DOTALL)
_POLL_CALL = re.compile(r"take (?:our|this|the) (?:poll|survey|quiz)\b", re.IGNORECASE)
_ARTICLE_MIN_CHARS = 40  # what is left must be this long to be the article's (else the line is all form)


def may_hold_form(text: str, lowered_text: str | None = None) -> bool:
    """Whether a text may hold a poll's call inside a line of article (``boilerplate_part``), given
    ``text.lower()`` if the caller has it.

    A case-blind pattern has no literal start the regex engine can skip ahead to, so it would be tried
    at every character of the article; the call's first word is looked for in the lower-cased text
    instead (fast substring searches), and the pattern tried only where it is, when lower-casing
    kept the text's length (so each character's offset). Exact: the only characters re.IGNORECASE
    matches to "t", "a", "k" or "e" (the Kelvin sign among them) lower-case to that letter."""
    if lowered_text is None:
        lowered_text = text.lower()
    at = lowered_text.find("take")
    if at < 0 or len(lowered_text) != len(text):
        return at >= 0 and _POLL_CALL.search(text) is not None
    while at >= 0:
        if _POLL_CALL.match(text, at):
            return True
        at = lowered_text.find("take", at + 1)
    return False


def boilerplate_part(line: str, reason: str | None) -> tuple[int, int, str] | None:
    """The [start, end) of the boilerplate inside ``line`` (whose own ``boilerplate_reason`` is
    ``reason``), and its reason, when the rest of it is the article's text: a form's fine print before
    it, a poll's call after it. None when the line is one or the other."""
    if reason == "form":
        head = _FORM_HEAD.match(line)
        if head is not None and len(line) - head.end() >= _ARTICLE_MIN_CHARS:
            return 0, head.end(), "form"
    if reason is None:
        tail = _POLL_TAIL.search(line)
        if tail is not None and tail.start() >= _ARTICLE_MIN_CHARS:
            return tail.start(), len(line), "form"
    return None
