"""Segmentation: the one place that splits text into paragraphs, sentences and tokens.

Lines are paragraphs; a short line with no closing punctuation is a heading
(its own sentence, never glued to the next one), and so is a headline pasted
on top of its article in title case, full stop and all; boilerplate lines are
set aside. Sentences inside a paragraph come from NLTK's Punkt with the project's
own abbreviation list (no trained model, no download).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from importlib import resources
from itertools import accumulate, repeat
from operator import itemgetter

import regex
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from .boilerplate import boilerplate_part, line_reasons, may_hold_form
from .document import Document, Excluded, Paragraph, Sentence, Token
from .wording import stopwords

# Words (with inner hyphens and apostrophes, but the possessive 's split off),
# dotted initialisms, numbers with separators, then any other single character.
# The first branch is a shortcut, not a rule: a run of ASCII letters followed by none of
# - ‐ ' ’ . nor a word character is exactly what the branches after it would match, found
# with plain range tests instead of Unicode categories and without trying the other branches
# (tests/test_reproducible.py compares with the pattern without it). Every branch starts
# with a character class, which ``re`` tests before entering the branch (hence [a-zA-Z][a-zA-Z]*+,
# not [a-zA-Z]++, which is entered, and failed, at every space and punctuation mark).
_TOKEN = re.compile(
    r"""
    [a-zA-Z][a-zA-Z]*+(?![-‐'’.\w])                      # most words
    | [^\W\d_]\.(?:[^\W\d_]\.)+(?![^\W\d_])              # U.S.  U.K.  a.m.
    | \d\d*(?:[.,:]\d+)*                                  # 50,000  47.3  12:30
    | [^\W_][^\W_]*(?:[-‐][^\W_]+)*(?:['’](?![sS]\b)[^\W_]+)*   # co-op, don't, O'Brien, 3rd
    | ['’][sS]\b                                          # possessive clitic
    | \S                                                  # punctuation, symbols, emoji
    """,
    re.VERBOSE,
)

# The same tokens captured, so that ``split`` yields [space, token, space, token, ..., space]:
# flat strings whose running lengths are the offsets. One split of the whole text builds every
# token's columns in C (tokens are the most numerous objects), with no Python step per token.
# Everything between tokens is whitespace, since ``\S`` takes any other character.
_TOKEN_SPLIT = re.compile("(" + _TOKEN.pattern + ")", re.VERBOSE)
_FIRST = itemgetter(0)
# Token(...) without NamedTuple's Python-level __new__.
_new_tuple = tuple.__new__

_CLOSERS = ".!?…:;\"'”’»)]"
_HEADING_MAX_WORDS = 20
# A line that only labels or divides what follows, even with a stop: a live blog's time stamp
# ("9:05 p.m.", "11:30 a.m. EST:") or a separator ("___.", "* * *"). It is a heading, not a sentence.
_LABEL_LINE = re.compile(r"(?:\d{1,2}(?::\d\d)? ?[ap]\.m\.(?: [A-Z]{2,4})?|[-_*=~#]{3,}|\*(?: \*)+)[.:]?")
_LABEL_MAX_CHARS = 20
# A headline pasted on a line of its own keeps its stop ("Senator Wins Backing Of Union Leaders.",
# "Why Does the Port Stay Shut?"): title case tells it from a sentence, which has a lower-case verb.
HEADLINE_MAX_CHARS = 160  # a long line is a paragraph, whatever its capitals (the actor stage reads it too)
_HEADLINE_MIN_CAPITALISED = 4  # "Garland Steps Aside." or "Bigot. Racist. Psychopath." may be a sentence
_OPENING_MARKS = "\"'‘“«(["  # a line between quotation marks or brackets is a quotation or an aside
_CLOSING_MARKS = "\"'’”»)]"
_HEADLINE_WORD = re.compile(r"[^\W_]+(?:[-‐'’][^\W_]+)*")  # (a number is neither case: "2nd Term")
# The short words title case writes in lower case (articles, conjunctions, prepositions; "v." and
# "vs."), and the longer prepositions Chicago style lowers too.
TITLE_CASE_SMALL = frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by",
                              "in", "of", "off", "on", "per", "to", "up", "via", "vs", "v", "out", "down", "near",
                              "like", "past", "till", "with", "from", "into", "over", "amid", "than"})
TITLE_CASE_LOWER = frozenset({"with", "from", "into", "over", "upon", "onto", "than", "that", "about", "after",
                              "under", "amid", "against", "between", "through", "without", "within",
                              "toward", "towards", "before", "during"})
# A run of text longer than this with no sentence break is cut at spaces, so
# one pathological "sentence" cannot dominate scoring time.
_MAX_SENTENCE_CHARS = 3000


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    lines = resources.files("framing.lexicons").joinpath("abbreviations.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in lines.splitlines() if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    """NLTK's Punkt with our parameters: the reference ``_punkt_spans`` must agree with
    (tests/test_reproducible.py compares them on every paragraph of the eval corpora)."""
    params = PunktParameters()
    params.abbrev_types = set(_abbreviations())
    return PunktSentenceTokenizer(params)


# Punkt (Kiss & Strunk 2006) as NLTK implements it, specialised to our parameters: abbreviations
# only, no collocations, sentence starters or orthographic context, so most of its rules are
# no-ops. Same patterns and engine (``regex``) as NLTK (but see _PERIOD_CONTEXT); without its
# per-candidate token objects and time-limited regex wrappers it is ~4x faster, and segmentation
# was the pipeline's largest cost after VADER itself.
_PUNKT_LANG = PunktLanguageVars()


def _as_re(pattern: str) -> str:
    """``pattern`` for ``re``, matching what it matches under ``regex``, for a pattern whose only
    classes are literal ones, \\s and \\S: to ``re``, \\s also holds the separators U+001C..U+001F.
    (\\w and \\d differ in many more characters: patterns with them stay with ``regex``.)"""
    return re.sub(r"\\\\|\\s|\\S", lambda m: {r"\s": r"[^\S\x1c-\x1f]", r"\S": r"[\S\x1c-\x1f]"}.get(m[0], m[0]),
                  pattern)


# The period context is searched in every paragraph: ``re`` runs it ~1.5x faster than ``regex``
# (tests/test_reproducible.py compares the spans with NLTK's).
_PERIOD_CONTEXT = re.compile(_as_re(_PUNKT_LANG.period_context_re().pattern), re.VERBOSE)
_PUNKT_WORD = regex.compile(_PUNKT_LANG._word_tokenizer_re().pattern, _PUNKT_LANG._word_tokenizer_re().flags)
# The groups of _PERIOD_CONTEXT by number: a look-up by name is slower.
_AFTER_TOK = _PERIOD_CONTEXT.groupindex["after_tok"]
_NEXT_TOK = _PERIOD_CONTEXT.groupindex["next_tok"]
_REALIGN = regex.compile(_PUNKT_LANG.re_boundary_realignment.pattern, _PUNKT_LANG.re_boundary_realignment.flags)
_REALIGN_FIRST = frozenset("\"')]}\u2018\u2019\u201c\u201d\xab\xbb")  # its leading character class
_PUNKT_NUMERIC = regex.compile(r"^-?[\.,]?\d[\d,\.-]*\.?$")
_PUNKT_INITIAL = regex.compile(r"[^\W\d]\.$")
_SENT_END = (".", "?", "!")
_PUNKT_PUNCTUATION = tuple(";:,.!?")
_ASCII_SPACE = " \t\n\r\x0b\x0c"  # Punkt looks back for the previous word with string.whitespace
_TABS_AND_BREAKS = tuple(_ASCII_SPACE[1:])  # the rest of it, which few paragraphs hold


def _breaks_after(tok: str, following: str, abbreviations: frozenset[str]) -> bool:
    """Punkt's verdict on one token of a context that is not its last: does a sentence end
    after ``tok``, given the token ``following`` it?"""
    if tok in _SENT_END:  # a bare . ? ! is a break no later rule undoes
        return True
    # (Punkt also skips an ellipsis, ``\.\.+$``: a token ending in one "." never is one.)
    if not tok.endswith(".") or tok.endswith(".."):
        return False
    low = tok[:-1].lower()
    if low in abbreviations or low.split("-")[-1] in abbreviations:
        return False  # an abbreviation: with no orthographic context it never ends a sentence
    typ = _PUNKT_NUMERIC.sub("##number##", tok.lower())
    if len(typ) > 1 and typ[-1] == ".":
        typ = typ[:-1]
    initial = len(tok) == 2 and _PUNKT_INITIAL.match(tok)  # "[^\W\d]\.$": two characters
    if initial or typ == "##number##":
        # Punkt's orthographic heuristic with no context: punctuation or a lower-case word
        # does not start a sentence; after an initial, neither does a capitalised one.
        if following in _PUNKT_PUNCTUATION or following[0].islower():
            return False
        if initial and following[0].isupper():
            return False
    return True


def _contains_sentbreak(context: str, abbreviations: frozenset[str]) -> bool:
    """Punkt's ``text_contains_sentbreak``: does a token before the last one end a sentence?"""
    if "\n" not in context:  # the usual case: one line
        toks = _PUNKT_WORD.findall(context) if context.strip() else []
    else:
        toks = []
        for line in context.split("\n"):
            if line.strip():
                toks.extend(_PUNKT_WORD.findall(line))
    return any(map(_breaks_after, toks[:-1], toks[1:], repeat(abbreviations)))


def _is_plain_word(word: str) -> bool:
    """Letters, perhaps with single stops between them ("U.S"): ``word + "."`` is then one Punkt
    token, neither a number nor hyphenated."""
    return word.isalpha() or (word[:1].isalpha() and word[-1].isalpha() and ".." not in word
                              and word.replace(".", "").isalpha())


def _ends_sentence(para: str, word_start: int, match, abbreviations: frozenset[str]) -> bool:
    """Punkt's decision on one candidate: its context runs from the word before the sentence-end
    character through the token after it."""
    word = para[word_start:match.start()]
    # The usual cases are decided without tokenising the context.
    if match.group() != ".":
        if word.isalpha():
            return True  # after a word of letters, "?" or "!" is a token of its own: a break
    elif _is_plain_word(word):
        # The full stop stays on the word: "said.", "Mr.", "J.", "U.S." is the context's first token.
        next_tok = match.group(_NEXT_TOK)
        if next_tok is None:  # then one punctuation character follows the stop: the last token
            return _breaks_after(word + ".", match.group(_AFTER_TOK), abbreviations)
        if len(word) > 1 and next_tok[0] != "." and word.lower() not in abbreviations:
            return True  # not an abbreviation, an initial nor a number: a break whatever follows
        if "." not in next_tok and "?" not in next_tok and "!" not in next_tok:
            # No token of next_tok can end a sentence, so the first token decides alone. Of the
            # token after it, _breaks_after reads whether it is one of ";:," (a token of one
            # character, which next_tok starts with) and the case of its first character.
            return _breaks_after(word + ".", next_tok[0], abbreviations)
    return _contains_sentbreak(para[word_start:match.end(_AFTER_TOK)], abbreviations)


def _punkt_spans(para: str) -> list[tuple[int, int]]:
    """``_punkt().span_tokenize(para)``, computed directly (same candidates, same decisions)."""
    abbreviations = _abbreviations()
    candidates = []  # (sentence-end match, start of the word before it)
    previous = None
    previous_start = previous_stop = 0
    # Punkt's look-back is ``max(map(para[previous_stop:start].rfind, string.whitespace))`` > 0;
    # the same without copying the slice, and with " " alone when the paragraph has no other kind.
    only_spaces = not any(map(para.__contains__, _TABS_AND_BREAKS))  # five fast scans, no per-character test
    for match in _PERIOD_CONTEXT.finditer(para):
        start = match.start()
        if only_spaces:
            space = para.rfind(" ", previous_stop, start)
        else:
            space = max(map(para.rfind, _ASCII_SPACE, repeat(previous_stop), repeat(start)))
        word_start = space + 1 if space > previous_stop else previous_start
        if previous is not None and previous_stop <= word_start:
            candidates.append((previous, previous_start))
        previous, previous_start, previous_stop = match, word_start, start
    if previous is None:  # no candidate: the paragraph is one sentence (or blank)
        end = len(para.rstrip())
        return [(0, end)] if end else []
    candidates.append((previous, previous_start))
    slices = []
    last_break = 0
    for match, word_start in candidates:
        if _ends_sentence(para, word_start, match, abbreviations):
            slices.append((last_break, match.end()))
            last_break = match.start(_NEXT_TOK) if match.group(_NEXT_TOK) else match.end()
    slices.append((last_break, len(para.rstrip())))
    # Punkt's realignment: closing quotes and brackets after the break belong to the sentence before.
    spans = []
    realign = 0
    last = len(slices) - 1
    for i, (s1, e1) in enumerate(slices):
        s1 += realign
        if i < last:
            s2, e2 = slices[i + 1]
            # _REALIGN starts with a closing quote or bracket: test that character before the regex.
            m = _REALIGN.match(para[s2:e2]) if s2 < e2 and para[s2] in _REALIGN_FIRST else None
            if m:
                spans.append((s1, s2 + len(m.group(0).rstrip())))
                realign = m.end()
                continue
            realign = 0
        if s1 < e1:
            spans.append((s1, e1))
    return spans


# "Donald J. Trump", "George H.W. Bush", "E. J. Mannix": a capitalised word or an initial, one or two
# initials, then a capitalised word. Two initials that are a known abbreviation ("D.C.", "U.S.") may
# well end the sentence.
_INITIAL_END = re.compile(r"\b[A-Z](?:[\w’'-]+|\.) ([A-Z]\.(?:[A-Z]\.)?)$")
_NAME_START = re.compile(r"[A-Z][a-z]")
_INITIAL_END_WINDOW = 80  # a capitalised word and two initials: longer names are not names


def _is_heading(line: str) -> bool:
    if not line or line[-1] in _CLOSERS or line[-1] == ",":  # most paragraphs: no split needed
        return len(line) <= _LABEL_MAX_CHARS and _LABEL_LINE.fullmatch(line) is not None
    # Count at most one word past the limit instead of splitting a whole long paragraph.
    return 0 < len(line.split(None, _HEADING_MAX_WORDS)) <= _HEADING_MAX_WORDS


def is_headline(line: str, text: str) -> bool:
    """A headline with its stop, on a line of its own (the segmenter asks for a body beside it; the actor
    stage asks it of a body sentence, to cut a lone headline's runs at its ordinary words): every
    word capitalised but the small ones title case leaves lower ("Senator Wins Backing of Union
    Leaders.", "Mayor Vows to Fight ‘Reckless’ Cuts", "Will the Port Reopen?", "Port Shut (Video)";
    a sentence has a lower-case verb: "Jane Roe met Xi Jinping in Beijing."), at least four of them,
    and a capitalised word after the first that is no name: a function word ("In", "Is") or one
    the text also writes in lower case ("Wins" ... "she wins"), unless the whole line is in capitals.
    A line of names alone ("Jane Roe, Tom Hale and Ann Pike Hale.") shows no title case, and a
    quotation or an aside on a line of its own ("“We Will Not Yield.”", "(Updated With Pike
    Comment.)") is no headline; nor is a line that leads into the next with a colon or a comma
    ("According to The Harbour Gazette:"). Any other ending will do: a stop, a closing quote
    ("… Cuts ‘Reckless.’"), ";" (as some news archives close headlines), or none at all, on a
    line too long for ``_is_heading``."""
    if len(line) > HEADLINE_MAX_CHARS or line[-1] in ":," or line[0] in _OPENING_MARKS and line[-1] in _CLOSING_MARKS:
        return False
    words = []
    for match in _HEADLINE_WORD.finditer(line):  # read up to the first lower-case word title case would capitalise
        word = match.group()
        if word[0].islower() and word not in TITLE_CASE_SMALL and word not in TITLE_CASE_LOWER:
            return False  # a sentence's verb or noun, usually within its first few words: no need to read on
        words.append(word)
    if sum(w[0].isupper() for w in words) < _HEADLINE_MIN_CAPITALISED:
        return False
    if line.isupper():
        return True  # a headline in capitals ("SENATE PASSES BUDGET.")
    function_words = stopwords()
    return any((low := w.lower().replace("’", "'")) in function_words or low in TITLE_CASE_SMALL
               or low in TITLE_CASE_LOWER or _written_lower(w, text) for w in words[1:] if w[0].isupper())


_ALNUM_RUN = re.compile(r"[^\W_]+")  # a maximal run of str.isalnum characters (re's \w is those and "_")
# Up to this length a text is searched for each word asked about (a few searches an article); a longer
# one is read once into its set of words, so that a book-length text of many headlines, which asks
# thousands, is not read once per word. (The actor stage asks its own question the same way.)
SEARCH_MAX_CHARS = 50_000


def _written_lower(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case as a word of its own, as an ordinary word ("wins")."""
    low = word.lower()
    if low == word:
        return False
    if len(text) > SEARCH_MAX_CHARS and low.isalnum():
        return low in _alnum_runs(text)
    return _written_alone(low, text)


@lru_cache(maxsize=1)
def _alnum_runs(text: str) -> frozenset[str]:
    return frozenset(_ALNUM_RUN.findall(text))


def _written_alone(low: str, text: str) -> bool:
    """``low`` in ``text`` with no letter or digit right before or after it."""
    at = text.find(low)
    while at >= 0:
        end = at + len(low)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(low, at + 1)
    return False


def _ends_with_initial(text: str, start: int, end: int) -> bool:
    """``_INITIAL_END`` in text[start:end]: it ends in "X.", so only then is the search run, and only
    over the sentence's last characters (a search tries every position, and a sentence grows as
    the spans after it are merged in: "the F.B.I. agents the F.B.I. agents ..." would be quadratic)."""
    if not (end - start >= 2 and text[end - 1] == "." and "A" <= text[end - 2] <= "Z"):
        return False
    match = _INITIAL_END.search(text, max(start, end - _INITIAL_END_WINDOW), end)
    return match is not None and (len(match[1]) == 2 or match[1][:-1].lower() not in _abbreviations())


def _ends_with_number_sign(text: str, start: int, end: int) -> bool:
    """text[start:end] ends in the word "No." ("the No." of "the No. 1 priority"): an abbreviation
    only before a number, so it is not in Punkt's list ("he said no." ends a sentence)."""
    return (end - start >= 3 and text[end - 1] == "." and text[end - 3:end - 1].lower() == "no"
            and (end - start == 3 or not text[end - 4].isalnum()))


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    """text[start:end] ends in a listed abbreviation and its stop ("… choose Mr.", "… by Nov.").
    Punkt never ends a sentence there, except when the word after it ends in a stop and a closing
    quote or bracket ("to pick Mr. Gingrich.)", "close to Sen. Cruz.”", "by Nov. 8.”"): the
    abbreviation's context then holds that stop, a sentence end, and the break lands before the
    word. Such a break is an accident of the context, and is undone."""
    if text[end - 1] != ".":
        return False
    window = max(start, end - _ABBREVIATION_WINDOW)
    space = max(text.rfind(" ", window, end), text.rfind("\xa0", window, end))
    if space < 0 and window > start:
        return False  # a run of non-spaces longer than any abbreviation
    word = text[max(space + 1, start):end - 1].lstrip("\"'“‘([").lower()
    return bool(word) and (word in _abbreviations() or word.split("-")[-1] in _abbreviations())


_ABBREVIATION_WINDOW = 40
# A sentence that a lower-case word continues: "?" or "!" with any closing quotes and brackets
# ("“Who are you?” he asked", "Black Girls Rock! aired"), an ellipsis and a stop ("we will . . . pay",
# "it was over…. officials said"), a dotted initialism ("the F.B.I. director", "an M.F.A. from"), or
# a short bracketed abbreviation ("Rep. Ann Lee (D-N.C.) said").
_CONTINUED_END = re.compile(r"(?:[?!][”’\"')\]“‘]*|(?:…|\.\.\.|\. \. \.)\.?[”’\"')\]]*"
                            r"|(?<![^\W\d_])[^\W\d_]\.(?:[^\W\d_]\.)+|\([^()\s]{1,20}\.\))$")
_CONTINUED_END_WINDOW = 30  # longer than any ending _CONTINUED_END matches
# How a continuation starts: a word's first letter, perhaps after a dash, an ellipsis or a bracket
# ("!” — the balloons fell", "“Bitch!” (for Clinton)").
_CONTINUATION_START = re.compile(r"(?:(?:[—–―]|--?|…|\.\.\.)\s*)?[(\[]?([^\W\d_])")


def _continues(text: str, prev_start: int, prev_end: int, start: int) -> bool:
    """Does the sentence at ``start`` continue the one before it? Punkt ends a sentence at every
    "?" and "!" and after an initialism it does not know, but a sentence rarely starts with a
    lower-case word: after those endings, one is the same sentence going on."""
    first = _CONTINUATION_START.match(text, start)
    if first is None or not first[1].islower() or text.startswith(("http", "www.", "pic.twitter"), start):
        return False  # (a link after a sentence is not its continuation)
    return _CONTINUED_END.search(text, max(prev_start, prev_end - _CONTINUED_END_WINDOW), prev_end) is not None


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    """The finite forms of the quote cues that report speech or a stance ("said", "asked", "told"),
    from the quotes lexicon as the quotes stage reads it (its raising and hearsay cues are not verbs
    of a speaker)."""
    from .quotes import lexicon  # (the quote stage's vocabulary, loaded when a reporting clause is asked about)

    return frozenset(form for form, cue in lexicon().cues.items()
                     if cue.frame not in ("raising", "hearsay") and not form.endswith("ing"))


_QUOTE_CLOSED_END = re.compile(r"[?!][”’\"'“]+$")
_QUOTE_CLOSED_END_WINDOW = 4  # "?" and up to three quote marks
_SUBJECT_PRONOUNS = frozenset(("I", "You", "He", "She", "It", "We", "They"))
_REPORTING_CLAUSE_WORDS = 8  # "Senate Majority Leader Mitch McConnell, R-Ky., asked"


def _is_reporting_clause(text: str, prev_start: int, prev_end: int, start: int, end: int) -> bool:
    """A quotation closed by "?" or "!" and then its speaker and cue: “Who pays?” Mr. Fox asked.
    Punkt ends a sentence at the "?"; the speaker, a run of capitalised words, and the verb after
    it are the same sentence ("he asked" is joined by the lower-case rule)."""
    if not "A" <= text[start] <= "Z":
        return False
    if _QUOTE_CLOSED_END.search(text, max(prev_start, prev_end - _QUOTE_CLOSED_END_WINDOW), prev_end) is None:
        return False
    words = text[start:min(end, start + 200)].split(None, _REPORTING_CLAUSE_WORDS)
    if words[0] in _SUBJECT_PRONOUNS:  # “Are you sure?” She said yes.: a capitalised pronoun starts a reply
        return False
    for i, word in enumerate(words[:_REPORTING_CLAUSE_WORDS]):
        if not (word[0].isupper() or word[0] == "("):
            return i > 0 and word.rstrip(".,;:") in _reporting_verbs()
    return False


def _is_ellipsis_stop(text: str, prev_end: int, start: int, end: int) -> bool:
    """A spaced ellipsis (". . .") is one mark, but Punkt ends a sentence at each of its stops: the
    stops after the first are "sentences" of a lone ".", which are merged back. (An unspaced "..."
    after a stop, as in "we must act now. ... Let's go", starts a real sentence and is left alone.)"""
    return end - start == 1 and text[start] == "." and text[prev_end - 1] == "."


# Two initials ending the text ("J.K.", "H.R."), not after a letter.
_TWO_INITIALS_END = re.compile(r"(?<![^\W\d_])[A-Z]\.[A-Z]\.$")
_WORD_AT = re.compile(r"[A-Z][a-z][\w’'-]*")
# US states written as two initials in AP style and not in the abbreviation list (they often end a
# sentence: "in Manchester, N.H. Voters ..."): after them a capitalised word is left to Punkt.
_STATE_INITIALS = frozenset(("n.h", "s.c", "n.c", "n.d", "s.d", "n.m", "r.i"))


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """Articles, pronouns, conjunctions...: the words that start a sentence but never a name."""
    lines = resources.files("framing.lexicons").joinpath("compare/stopwords.txt").read_text("utf-8")
    return frozenset(ln.strip() for ln in lines.splitlines() if ln.strip() and not ln.startswith("#"))


def _initials_before_name(text: str, prev_start: int, prev_end: int, start: int) -> bool:
    """Two initials and then a name: "author J.K. Rowling", "adviser H.R. McMaster". Punkt ends a
    sentence after initials it does not know; a known pair ("D.C.", "U.S.") is left to it, and so is
    a next word that starts sentences ("in N.H. The vote") or is a title ("S.C. Rep. Ann Lee")."""
    if text[prev_end - 1] != "." or _TWO_INITIALS_END.search(text, max(prev_start, prev_end - 5), prev_end) is None:
        return False
    pair = text[prev_end - 4:prev_end - 1].lower()
    if pair in _abbreviations() or pair in _STATE_INITIALS:
        return False
    word = _WORD_AT.match(text, start)
    if word is None:
        return False
    low = word[0].lower()
    return low not in _function_words() and low not in _abbreviations()


# A sentence never starts with these: Punkt broke inside a bracket or before a clause's comma
# ("Kelly Ayotte (N.H.), Pat Toomey (Pa.)", "voters in N.H.; health care").
_NEVER_STARTS = frozenset(",;:)]}")


def _joins_previous(text: str, prev_start: int, prev_end: int, start: int, end: int) -> bool:
    """Is Punkt's break between text[prev_start:prev_end] and text[start:end] a false one? Punkt
    is kept exactly as NLTK runs it (tests/test_reproducible.py); its known misses are undone here,
    each by a test that reads only a few characters on either side of the break."""
    first = text[start]
    # The tests are grouped by the two characters at the break, so that most breaks (a stop, then a
    # capital) run only the few that can hold: the first five need a stop before the break, the
    # lower-case rule no capital after it, and the reporting clause a capital.
    return (first in _NEVER_STARTS
            or text[prev_end - 1] == "." and (
                _ends_with_initial(text, prev_start, prev_end) and _NAME_START.match(text, start) is not None
                or _initials_before_name(text, prev_start, prev_end, start)
                or first.isdigit() and _ends_with_number_sign(text, prev_start, prev_end)
                or _is_ellipsis_stop(text, prev_end, start, end)
                or _ends_with_abbreviation(text, prev_start, prev_end))
            or (_is_reporting_clause(text, prev_start, prev_end, start, end) if first.isupper()
                else _continues(text, prev_start, prev_end, start)))


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Punkt's sentence spans for text[start:end], in document offsets, its false breaks undone."""
    merged: list[list[int]] = []
    for s, e in _punkt_spans(text[start:end]):
        s, e = s + start, e + start
        if merged and _joins_previous(text, merged[-1][0], merged[-1][1], s, e):
            merged[-1][1] = e
        else:
            merged.append([s, e])
    spans = []
    for s, e in merged:
        while e - s > _MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", s + 1, s + _MAX_SENTENCE_CHARS)
            cut = cut if cut > s else s + _MAX_SENTENCE_CHARS
            spans.append((s, cut))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if s < e:
            spans.append((s, e))
    return spans


def _token_columns(text: str, offset: int = 0) -> tuple[list[int], list[int], list[str]]:
    """Starts, ends and texts of the tokens of ``text``, its offsets shifted by ``offset``."""
    parts = _TOKEN_SPLIT.split(text)
    offsets = list(accumulate(map(len, parts), initial=offset))  # space, token start, token end, ...
    return offsets[1:-1:2], offsets[2::2], parts[1::2]


def _between_spaces(text: str, start: int, end: int) -> bool:
    """Whitespace (or the text's edge) on both sides of text[start:end]. Then the tokens of the
    whole text that start in the range are exactly the range's own tokens: no token holds a
    space, and to ``_TOKEN`` a space after the range is no different from the range's end."""
    return (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace())


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Start, end and text of each line that is not blank, its surrounding whitespace left out. Any of
    Python's line boundaries ends a line, and so a paragraph."""
    lines = []
    offset = 0
    for line in text.splitlines(keepends=True):  # every line break is whitespace, so strip drops it
        stripped = line.strip()
        if stripped:
            start = offset + len(line) - len(line.lstrip())
            lines.append((start, start + len(stripped), stripped))
        offset += len(line)
    return lines


# Hard-wrapped text (a plain-text export, an e-mail, a wire feed cut at 72 or 80 columns) breaks its lines
# inside sentences. Most of its lines that another line follows run close to one width and end mid-sentence;
# a text with a paragraph a line has lines of every length, most ending a sentence.
_WRAP_MIN_CONTINUED = 3  # lines followed by another line of the same paragraph, at least
_WRAP_MAX_WIDTH = 120  # wider "lines" are paragraphs
_WRAP_FULL = 0.6  # a line at least this share of the width was cut by the wrapping, not by its writer
_WRAP_FULL_SHARE = 0.75  # of the lines another line follows: this many run full
_WRAP_OPEN_SHARE = 0.5  # and this many end mid-sentence
_SENTENCE_ENDS = tuple(".!?…:\"'”’»)]")


def _single_break(gap: str) -> bool:
    """Whether the whitespace between two lines holds exactly one line break (no blank line between them)."""
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n") == 1 and gap.strip(" \t\r\n") == ""


def _unwrapped(lines: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """The lines, or for a hard-wrapped text its paragraphs: each run of full lines with the line that ends
    it, as one line spanning the breaks (the text itself is kept as sent, line breaks and all; a token never
    holds one, so only the paragraph and sentence bounds change)."""
    if len(lines) <= _WRAP_MIN_CONTINUED:
        return lines
    continued = [n for n in range(len(lines) - 1) if _single_break(text[lines[n][1]:lines[n + 1][0]])]
    if len(continued) < _WRAP_MIN_CONTINUED:
        return lines
    lengths = sorted(end - start for start, end, _ in lines)
    width = lengths[(len(lengths) - 1) * 9 // 10]  # the width most lines keep to (a long web address aside)
    if width > _WRAP_MAX_WIDTH:
        return lines
    full = [n for n in continued if lines[n][1] - lines[n][0] >= _WRAP_FULL * width]
    open_ended = [n for n in continued if not lines[n][2].endswith(_SENTENCE_ENDS)]
    if len(full) < _WRAP_FULL_SHARE * len(continued) or len(open_ended) < _WRAP_OPEN_SHARE * len(continued):
        return lines
    joins = frozenset(full)
    out: list[tuple[int, int, str]] = []
    run_start = None
    for n, (start, end, _) in enumerate(lines):
        if run_start is None:
            run_start = start
        if n not in joins:
            out.append((run_start, end, text[run_start:end]))
            run_start = None
    return out


def _split_boilerplate(lines: list[tuple[int, int, str]], text: str) -> tuple[list[tuple[int, int, str]],
                                                                           list[str | None]]:
    """The lines with each one's boilerplate reason; a line that is only partly boilerplate (a form glued to
    a paragraph: ``boilerplate.boilerplate_part``) becomes its pieces, so the article's part is kept."""
    lowered_text = text.lower()
    reasons = line_reasons(text, lowered_text, lines)
    # boilerplate_part finds a form's head in a line that is a form, and a poll's call in a line that is
    # not boilerplate, which only a text holding that call has: its search is spared every other line.
    poll = may_hold_form(text, lowered_text)
    if not poll and "form" not in reasons:
        return lines, reasons
    out_lines: list[tuple[int, int, str]] = []
    out_reasons: list[str | None] = []
    for (start, end, line), reason in zip(lines, reasons, strict=True):
        part = boilerplate_part(line, reason) if reason == "form" or poll and reason is None else None
        if part is None:
            out_lines.append((start, end, line))
            out_reasons.append(reason)
            continue
        cut, resume, why_cut = part
        for lo, hi, why in ((0, cut, None), (cut, resume, why_cut), (resume, len(line), None)):
            piece = line[lo:hi]
            stripped = piece.strip()
            if stripped:
                at = start + lo + len(piece) - len(piece.lstrip())
                out_lines.append((at, at + len(stripped), stripped))
                out_reasons.append(why)
    return out_lines, out_reasons


def _headline_lines(lines: list[tuple[int, int, str]], headings: list[bool], reasons: list[str | None],
                    text: str) -> frozenset[int]:
    """The lines (by index) that are headlines with their stop (``is_headline``), when a line of body
    stands beside them: a text that is only headlines is sentences. (Headlines are read wherever they
    stand: a numbered list's items, or a "Related:" list of links after the body, are no prose either.)
    ``headings`` and ``reasons`` are each line's ``_is_heading`` and ``boilerplate_reason``."""
    found = set()
    has_body = False
    for n, (_, _, line) in enumerate(lines):
        if headings[n]:
            continue
        if is_headline(line, text):
            found.add(n)
        elif not has_body and not reasons[n]:
            has_body = True
    return frozenset(found) if has_body else frozenset()


def segment(text: str, **meta) -> Document:
    """Build the shared document for ``text``; ``meta`` (title, source, url) rides along."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    excluded: list[Excluded] = []

    lines, reasons = _split_boilerplate(_unwrapped(_lines(text), text), text)
    headings = [_is_heading(line) for *_, line in lines]
    has_body = not all(headings)
    headlines = _headline_lines(lines, headings, reasons, text) if has_body and len(lines) > 1 else frozenset()

    # The text is tokenised once; each sentence takes its run of those tokens.
    all_starts, all_ends, all_texts = _token_columns(text)
    starts: list[int] = []  # the columns of the document's tokens
    ends: list[int] = []
    texts: list[str] = []
    sentence_of: list[int] = []
    for n, (start, end, _) in enumerate(lines):
        reason = reasons[n]
        if reason:
            paragraphs.append(Paragraph(start, end, "excluded"))
            excluded.append(Excluded(start, end, reason))
            continue
        heading = has_body and (headings[n] and len(lines) > 1 or n in headlines)
        kind = "heading" if heading else "body"
        paragraphs.append(Paragraph(start, end, kind))
        spans = [(start, end)] if heading else _sentence_spans(text, start, end)
        for s, e in spans:
            first = len(starts)
            if _between_spaces(text, s, e):
                lo, hi = bisect_left(all_starts, s), bisect_left(all_starts, e)
                starts += all_starts[lo:hi]
                ends += all_ends[lo:hi]
                texts += all_texts[lo:hi]
            else:  # an edge inside a run of non-spaces ('plan!”—is', a cut overlong run): tokenise it alone
                own_starts, own_ends, own_texts = _token_columns(text[s:e], s)
                starts += own_starts
                ends += own_ends
                texts += own_texts
            sentence_of += repeat(len(sentences), len(starts) - first)
            sentences.append(Sentence(s, e, len(paragraphs) - 1, kind, first, len(starts)))

    is_word = list(map(str.isalnum, map(_FIRST, texts)))
    tokens = list(map(_new_tuple, repeat(Token), zip(starts, ends, texts, sentence_of, is_word, strict=True)))
    return Document(text, paragraphs, sentences, tokens, excluded, dict(meta),
                    _token_starts=starts, _token_ends=ends, _token_texts=texts, _token_is_word=is_word)
