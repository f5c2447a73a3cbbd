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
from .evaluative import Evaluative
from .frames import Frame
from .quotes import Quote
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
    evaluative: list[Evaluative] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return jsonable(self)


def jsonable(value: Any) -> Any:
    """Dataclasses, lists and dicts as plain JSON values; floats rounded to 4 places."""
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
