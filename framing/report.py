"""The framing report: plain dataclasses; JSON only at the edge (``to_dict``).

The public shape is ``CONTRACT.md`` (v1): fields may be added, never renamed
or dropped.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any

from .actors import Actor
from .claims import Claim
from .document import Excluded
from .evaluative import Evaluative, EvaluativeSummary
from .frames import Frame
from .quotes import Quote, Sources
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

    def to_dict(self) -> dict[str, Any]:
        return jsonable(self)


# Public field names per dataclass, looked up once per class: ``dataclasses.fields`` per object
# made serialising a report cost more than the report's VADER scoring.
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


_AS_IS = frozenset({str, int, bool, type(None)})


def jsonable(value: Any) -> Any:
    """Dataclasses, lists and dicts as plain JSON values; floats rounded to 4 places."""
    cls = type(value)
    if cls in _AS_IS:
        return value
    if cls is float:
        return round(value, 4)
    if cls is list or cls is tuple:
        return [v if type(v) in _AS_IS else jsonable(v) for v in value]
    try:
        names = _FIELD_NAMES[cls]
    except KeyError:
        names = _FIELD_NAMES[cls] = _public_fields(value)
    if names is None:
        return _jsonable_other(value)
    out = {}
    for name in names:
        v = getattr(value, name)
        out[name] = v if type(v) in _AS_IS else jsonable(v)
    return out


def _public_fields(value: Any) -> tuple[str, ...] | None:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(f.name for f in dataclasses.fields(value) if not f.name.startswith("_"))
    return None


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
