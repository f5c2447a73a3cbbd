"""The shared document: the text once, and every layer as offsets into it.

Every stage reads a :class:`Document`; none re-tokenises. Offsets are Python
string indices (code points) into ``Document.text``, end exclusive.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import MISSING, dataclass, field, fields
from itertools import accumulate
from operator import attrgetter
from typing import NamedTuple


def quick_init(cls: type) -> type:
    """Give a frozen, slotted dataclass an ``__init__`` that stores each field through its slot's
    descriptor instead of ``object.__setattr__`` (a global, an attribute and a call per field). Same
    parameters, defaults and stored values: only faster, by about a third per object, and the
    pipeline builds one per span, mention and sentence. Put it above ``@dataclass``; a class it
    cannot serve as the dataclass would (``__post_init__``, keyword-only or non-init fields) is
    returned unchanged."""
    params = getattr(cls, "__dataclass_params__", None)
    own = fields(cls)
    if (params is None or not params.frozen or "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__")
            or any(f.kw_only or not f.init for f in own)):
        return cls
    scope: dict = {"_FACTORY": _FACTORY}
    params_, body = [], []
    for f in own:
        name = f.name
        scope[f"_set_{name}"] = getattr(cls, name).__set__
        if f.default is not MISSING:
            scope[f"_default_{name}"] = f.default
            params_.append(f"{name}=_default_{name}")
        elif f.default_factory is not MISSING:  # as dataclasses does: a fresh object per instance
            scope[f"_factory_{name}"] = f.default_factory
            params_.append(f"{name}=_FACTORY")
            body.append(f"    if {name} is _FACTORY:\n        {name} = _factory_{name}()")
        else:
            params_.append(name)
        body.append(f"    _set_{name}(self, {name})")
    exec(f"def __init__(self, {', '.join(params_)}):\n" + ("\n".join(body) or "    pass"), scope)  # noqa: S102
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    cls.__init__ = init
    return cls


class _Factory:
    """The default of a field with a default factory: "make a fresh one" (shown as dataclasses shows it)."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


@quick_init
@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the text; findings carry these as evidence."""

    start: int
    end: int


class Token(NamedTuple):
    """A token: immutable like the dataclasses here, but a tuple because a document holds one
    per word and building frozen dataclasses was a fifth of segmentation's time."""

    start: int
    end: int
    text: str
    sentence: int  # index into Document.sentences
    is_word: bool  # text[0].isalnum(): set once by segment, as stages ask it of every token


_IS_WORD = attrgetter("is_word")
_END = attrgetter("end")
_START = attrgetter("start")
_TEXT = attrgetter("text")


class _LowerCache(dict):
    """Token text -> its lower-cased form, one string object per distinct text (words repeat):
    a look-up is cheaper than ``str.lower`` and the lists share their strings."""

    def __missing__(self, text: str) -> str:
        if len(self) > 200_000:
            self.clear()
        lower = self[text] = text.lower()
        return lower


_lower = _LowerCache()


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # index into Document.paragraphs
    kind: str  # "body" or "heading"
    first_token: int  # tokens[first_token:last_token] belong to this sentence
    last_token: int


@quick_init
@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    kind: str  # "body", "heading" or "excluded"


@dataclass(frozen=True, slots=True)
class Excluded:
    """A line that is not the article (paywall notice, teaser, cookie banner)."""

    start: int
    end: int
    reason: str


class TokenIndex(NamedTuple):
    """Lookups several stages ask of every token, built once per document (``Document.token_index``)."""

    lows: list[str]  # each token's text, lower-cased (the document's own list: do not modify)
    by_start: dict[int, int]  # token start -> token index
    low_text: str | None  # the text lower-cased, when that is the same as lower-casing any slice of it
    ends: list[int]  # token ends, ascending (the document's own list: do not modify)
    word_counts: list[int]  # word_counts[i]: word tokens before token i (len(tokens) + 1 entries)

    def words(self, start_token: int, end: int) -> int:
        """Word tokens from token ``start_token`` on that end by offset ``end``."""
        stop = bisect_right(self.ends, end)
        return self.word_counts[stop] - self.word_counts[start_token] if stop > start_token else 0

    def first(self, doc: Document, start: int) -> int | None:
        """``doc.token_at(start)``, by dict when a token starts there (the usual case)."""
        k = self.by_start.get(start)
        return k if k is not None else doc.token_at(start)

    def last(self, doc: Document, end: int) -> int | None:
        """``doc.token_at(end - 1)``, by bisect over token ends when a token ends there (the usual case)."""
        ends = self.ends
        k = bisect_left(ends, end)
        return k if k < len(ends) and ends[k] == end else doc.token_at(end - 1)


@dataclass(slots=True)
class Document:
    text: str
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    tokens: list[Token]
    excluded: list[Excluded]
    meta: dict = field(default_factory=dict)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _token_starts: list[int] = field(default_factory=list, repr=False)
    _token_ends: list[int] = field(default_factory=list, repr=False, compare=False)
    _token_texts: list[str] = field(default_factory=list, repr=False, compare=False)
    _token_is_word: list[bool] = field(default_factory=list, repr=False, compare=False)
    _lower_texts: list[str] | None = field(default=None, repr=False, compare=False)
    _words: int = field(default=-1, repr=False, compare=False)
    _token_index: TokenIndex | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._sentence_starts = list(map(_START, self.sentences))
        # segment passes the token columns it built the tokens from
        if len(self._token_starts) != len(self.tokens):
            self._token_starts = list(map(_START, self.tokens))
        if len(self._token_ends) != len(self.tokens):
            self._token_ends = list(map(_END, self.tokens))
        if len(self._token_texts) != len(self.tokens):
            self._token_texts = list(map(_TEXT, self.tokens))
        if len(self._token_is_word) != len(self.tokens):
            self._token_is_word = list(map(_IS_WORD, self.tokens))

    @property
    def token_starts(self) -> list[int]:
        """Every token's start, ascending: for bisecting and C-level passes (the document's own list: do not modify)."""
        return self._token_starts

    @property
    def token_texts(self) -> list[str]:
        """Every token's text, in order (the document's own list: do not modify)."""
        return self._token_texts

    def lower_texts(self) -> list[str]:
        """``tokens[i].text.lower()`` for every token: built on first use (one C-level pass) and
        kept, since several stages compare words case-insensitively. Shared: do not modify it."""
        if self._lower_texts is None:
            self._lower_texts = list(map(_lower.__getitem__, self._token_texts))
        return self._lower_texts

    def token_index(self) -> TokenIndex:
        """Token lookups by start, end and word count: built on first use and kept with the document."""
        if self._token_index is None:
            low_text = self.text.lower()
            if len(low_text) != len(self.text) or "Σ" in self.text:
                low_text = None  # "İ" lower-cases to two characters, "Σ" by context: slices would not line up
            self._token_index = TokenIndex(
                self.lower_texts(),
                dict(zip(self._token_starts, range(len(self.tokens)), strict=True)),
                low_text,
                self._token_ends,
                list(accumulate(self._token_is_word, initial=0)),
            )
        return self._token_index

    def slice(self, span: Span | Sentence | Token | Paragraph) -> str:
        return self.text[span.start : span.end]

    def sentence_tokens(self, index: int) -> list[Token]:
        sentence = self.sentences[index]
        return self.tokens[sentence.first_token : sentence.last_token]

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence holding ``offset``, or None outside every sentence."""
        i = bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def token_at(self, offset: int) -> int | None:
        """Index of the token holding ``offset``, or None between tokens."""
        i = bisect_right(self._token_starts, offset) - 1
        if i >= 0 and offset < self.tokens[i].end:
            return i
        return None

    def tokens_in(self, start: int, end: int) -> list[Token]:
        """Tokens wholly inside [start, end)."""
        lo = bisect_right(self._token_starts, start - 1)
        hi = bisect_right(self._token_starts, end - 1)
        return [t for t in self.tokens[lo:hi] if t.end <= end]

    def snap(self, start: int, end: int) -> Span:
        """Widen a character range to whole tokens, so regex matches land on token edges."""
        first = self.token_at(start)
        last = self.token_at(max(start, end - 1))
        if first is not None:
            start = self.tokens[first].start
        if last is not None:
            end = self.tokens[last].end
        return Span(start, end)

    @property
    def body_sentences(self) -> Iterator[tuple[int, Sentence]]:
        return ((i, s) for i, s in enumerate(self.sentences) if s.kind == "body")

    @property
    def words(self) -> int:
        """How many tokens are words (start with a letter or digit); counted once, then kept."""
        if self._words < 0:
            self._words = sum(self._token_is_word)
        return self._words
