"""The framing report: plain dataclasses; JSON only at the edge (``to_dict``).

The public shape is ``CONTRACT.md`` (v1): fields may be added, never renamed
or dropped.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import chain, islice, repeat
from operator import attrgetter
from typing import Any, NamedTuple

from .actors import Actor
from .claims import Claim
from .document import Excluded
from .evaluative import Evaluative, EvaluativeSummary
from .frames import Frame
from .quotes import NoComment, Quote, Sources
from .tone import ArticleTone, SentenceTone

CONTRACT_VERSION = "1"


def text_id(text: str) -> str:
    """Stable id of a text: the same text always gets the same report id."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class Meta:
    words: int
    sentences: int
    excluded: list[Excluded]
    truncated: bool  # a paywall notice cut the article short
    paragraphs: int
    title: str | None = None
    source: str | None = None
    url: str | None = None
    version: str = CONTRACT_VERSION
    warnings: list[str] = field(default_factory=list)  # what a reader should know first ("not English")


@dataclass(frozen=True)
class Report:
    id: str
    text: str
    meta: Meta
    tone: ArticleTone
    sentences: list[SentenceTone]
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sources: Sources = field(default_factory=Sources)  # named vs anonymous voices, share of the text
    evaluative: list[Evaluative] = field(default_factory=list)
    evaluative_summary: EvaluativeSummary | None = None
    frames: list[Frame] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    no_comment: list[NoComment] = field(default_factory=list)  # sources that declined to comment

    def to_dict(self) -> dict[str, Any]:
        return jsonable(self)

    def to_json(self, indent: int | None = None) -> str:
        """The report as JSON text (UTF-8 characters as they are): what the CLI writes and the bench times.

        ``to_dict`` builds a tree of fresh lists and dicts, which cannot hold a cycle, so the encoder is
        spared its cycle check (a look-up and an insertion of every container's id: an eighth of the
        encoding). Same bytes as ``json.dumps(report.to_dict(), ensure_ascii=False, indent=indent)``."""
        return json.dumps(jsonable(self), ensure_ascii=False, indent=indent, check_circular=False)


_AS_IS = frozenset({str, int, bool, type(None)})
_FLOAT = frozenset({float})
_NONE = type(None)


def jsonable(value: Any) -> Any:
    """Dataclasses, lists and dicts as plain JSON values; floats rounded to 4 places."""
    cls = type(value)
    if cls in _AS_IS:
        return value
    if cls is float:
        return round(value, 4)
    if cls is list or cls is tuple:
        return list(_jsonable_each(value))
    layout = _layout(cls)
    if layout is None:
        return _jsonable_other(value)
    return _records(layout, (value,))[0]


def _jsonable_each(values: Sequence[Any]) -> Sequence[Any]:
    """``[jsonable(v) for v in values]``, a whole sequence at a time (``values`` itself when nothing changes).

    A report is mostly sequences of one kind of value (sentences, spans, findings): a sequence of one
    dataclass is converted field by field (:func:`_records`), a sequence of lists or of dicts as one
    flat sequence of their items, None-or-something by converting the somethings together, and plain
    values and floats through C-level ``map``. Anything more mixed goes element by element.
    """
    kinds = set(map(type, values))
    if kinds <= _AS_IS:
        return values
    if kinds == _FLOAT:  # float.__round__ is round() without its dispatch, for exact floats only
        return list(map(float.__round__, values, repeat(4, len(values))))
    if len(kinds) == 1:
        (cls,) = kinds
        if cls is list or cls is tuple:
            return _jsonable_lists(values)
        if cls is dict:
            return _jsonable_dicts(values)
        layout = _layout(cls)
        if layout is not None:
            return _records(layout, values)
    elif len(kinds) == 2 and _NONE in kinds:
        present = iter(_jsonable_each([v for v in values if v is not None]))
        return [None if v is None else next(present) for v in values]
    return [jsonable(v) for v in values]


def _jsonable_lists(lists: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """Lists (or tuples) as lists, their items converted as one flat sequence."""
    items = list(chain.from_iterable(lists))
    converted = _jsonable_each(items)
    if converted is items:  # plain values: copies, made in C
        return list(map(list, lists))
    pieces = iter(converted)
    return list(map(list, map(islice, repeat(pieces), map(len, lists))))  # cut back in order


def _jsonable_dicts(dicts: Sequence[dict[Any, Any]]) -> list[dict[str, Any]]:
    """Dicts with string keys, their values converted as one flat sequence."""
    values = list(chain.from_iterable(map(dict.values, dicts)))
    converted = _jsonable_each(values)
    if converted is values and all(type(key) is str for key in chain.from_iterable(dicts)):
        return list(map(dict, dicts))
    pieces = iter(converted)
    return [dict(zip(map(str, d), islice(pieces, len(d)), strict=True)) for d in dicts]


class _Layout(NamedTuple):
    """How to turn objects of one dataclass into records."""

    getters: tuple[attrgetter, ...]  # one per public field
    record: Callable[..., dict[str, Any]]  # the field values, in order -> the record


# Below this many objects, reading fields column by column costs more than it saves.
_FEW = 4


def _jsonable_one(value: Any) -> Any:
    """:func:`jsonable`, without the call for a plain value."""
    return value if type(value) in _AS_IS else jsonable(value)


def _records(layout: _Layout, objects: Sequence[Any]) -> list[dict[str, Any]]:
    """Dataclass objects of one class as dicts: each field read and converted for all objects at once."""
    if len(objects) < _FEW:
        return [layout.record(*[_jsonable_one(get(obj)) for get in layout.getters]) for obj in objects]
    if not layout.getters:
        return [{} for _ in objects]
    columns = [_jsonable_each(list(map(get, objects))) for get in layout.getters]
    return list(map(layout.record, *columns))


# Found once per class: ``dataclasses.fields`` per object made serialising a report cost more
# than its VADER scoring.
_LAYOUTS: dict[type, _Layout | None] = {}


def _layout(cls: type) -> _Layout | None:
    """The layout of a dataclass (its public fields), None for any other class."""
    try:
        return _LAYOUTS[cls]
    except KeyError:
        pass
    layout = None
    if dataclasses.is_dataclass(cls):
        names = [f.name for f in dataclasses.fields(cls) if not f.name.startswith("_")]
        layout = _Layout(tuple(map(attrgetter, names)), _record_function(names))
    _LAYOUTS[cls] = layout
    return layout


def _record_function(names: list[str]) -> Callable[..., dict[str, Any]]:
    """``record(v0, v1, ...) -> {names[0]: v0, names[1]: v1, ...}``, written as code.

    Generated the way ``dataclasses`` writes ``__init__``: a dict display builds a record
    twice as fast as ``dict(zip(names, values))``. Field names are identifiers, so safe to embed.
    """
    params = [f"v{i}" for i in range(len(names))]
    items = ", ".join(f"{name!r}: {param}" for name, param in zip(names, params, strict=True))
    namespace: dict[str, Any] = {}
    exec(f"def record({', '.join(params)}):\n    return {{{items}}}", namespace)
    return namespace["record"]


def _jsonable_other(value: Any) -> Any:
    """The straightforward path, for everything but the common exact types above."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not f.name.startswith("_")}
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value
