"""Segmentation: the one place that splits text into paragraphs, sentences and tokens.

Lines are paragraphs; a short line with no closing punctuation is a heading
(its own sentence, never glued to the next one); boilerplate lines are set
aside. Sentences inside a paragraph come from NLTK's Punkt with the project's
own abbreviation list (no trained model, no download).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from .boilerplate import boilerplate_reason
from .document import Document, Excluded, Paragraph, Sentence, Token

# Any of Python's line boundaries ends a paragraph.
_LINE = re.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")

# Words (with inner hyphens and apostrophes, but the possessive 's split off),
# dotted initialisms, numbers with separators, then any other single character.
_TOKEN = re.compile(
    r"""
    (?:[^\W\d_]\.){2,}(?![^\W\d_])          # U.S.  U.K.  a.m.
    | \d+(?:[.,:]\d+)*                      # 50,000  47.3  12:30
    | [^\W_]+(?:[-‐][^\W_]+)*(?:['’](?![sS]\b)[^\W_]+)*   # words, co-op, don't, O'Brien
    | ['’][sS]\b                            # possessive clitic
    | \S                                    # punctuation, symbols, emoji
    """,
    re.VERBOSE,
)

_CLOSERS = ".!?…:;\"'”’»)]"
_HEADING_MAX_WORDS = 20
# A run of text longer than this with no sentence break is cut at spaces, so
# one pathological "sentence" cannot dominate scoring time.
_MAX_SENTENCE_CHARS = 3000


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    lines = resources.files("framing.lexicons").joinpath("abbreviations.txt").read_text("utf-8")
    abbreviations = {ln.strip() for ln in lines.splitlines() if ln.strip() and not ln.startswith("#")}
    params.abbrev_types = abbreviations
    return PunktSentenceTokenizer(params)


# "Donald J. Trump": a capitalised word, an initial, then a capitalised word.
_INITIAL_END = re.compile(r"\b[A-Z][\w’'-]+ [A-Z]\.$")
_NAME_START = re.compile(r"[A-Z][a-z]")


def _is_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _HEADING_MAX_WORDS and line[-1] not in _CLOSERS and line[-1] != ","


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Punkt's sentence spans for text[start:end], in document offsets."""
    merged: list[list[int]] = []
    for s, e in _punkt().span_tokenize(text[start:end]):
        s, e = s + start, e + start
        if merged and _INITIAL_END.search(text, merged[-1][0], merged[-1][1]) and _NAME_START.match(text, s):
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


def segment(text: str, **meta) -> Document:
    """Build the shared document for ``text``; ``meta`` (title, source, url) rides along."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    excluded: list[Excluded] = []

    lines = []
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + (len(line) - len(line.lstrip()))
            lines.append((start, start + len(stripped), stripped))
    has_body = sum(1 for *_, s in lines if not _is_heading(s)) > 0

    for start, end, line in lines:
        reason = boilerplate_reason(line)
        if reason:
            paragraphs.append(Paragraph(start, end, "excluded"))
            excluded.append(Excluded(start, end, reason))
            continue
        heading = has_body and _is_heading(line) and len(lines) > 1
        kind = "heading" if heading else "body"
        paragraphs.append(Paragraph(start, end, kind))
        spans = [(start, end)] if heading else _sentence_spans(text, start, end)
        for s, e in spans:
            first = len(tokens)
            index = len(sentences)
            tokens.extend(
                Token(m.start(), m.end(), m.group(), index) for m in _TOKEN.finditer(text, s, e)
            )
            sentences.append(Sentence(s, e, len(paragraphs) - 1, kind, first, len(tokens)))

    return Document(text, paragraphs, sentences, tokens, excluded, dict(meta))
