"""marshmallow schemas: the one definition of the API's requests and responses.

They validate requests, serialise responses and write the OpenAPI document. Response schemas
describe the contract fields of ``CONTRACT.md`` and let every other field through (the report
grows; clients must ignore what they do not know).
"""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from marshmallow import fields, validate

from framing.errors import InputError
from framing.pipeline import check_text

# ----------------------------------------------------------------------------- requests

# The JSON-Schema form of check_text, for generated clients and tests: at least one letter or
# digit (Python's isalnum) and no NUL. The validator below is the authority.
TEXT_PATTERN = r"^[^\x00]*[^\W_][^\x00]*$"
MAX_META = 2048


def article_text(value: str) -> None:
    """The library's own check (empty, no words, NUL, too long), reported on the field."""
    try:
        check_text(value)
    except InputError as exc:
        raise ma.ValidationError(str(exc)) from None


def _meta_field(description: str, example: str) -> fields.String:
    return fields.String(allow_none=True, validate=validate.Length(max=MAX_META),
                         metadata={"description": description, "example": example})


class _ArticleSchema(ma.Schema):
    """One article: its ``text``, or its ``html`` page (main text extracted), never both."""

    class Meta:
        unknown = ma.RAISE

    error_messages = {"type": "must be a JSON object with the article's text or html",
                      "unknown": "unknown field: the fields are text, html, title, source, url"}

    text = fields.String(validate=article_text, metadata={
        "description": "The article's plain text; the report's `text` is exactly this.",
        "pattern": TEXT_PATTERN, "minLength": 1,
        "example": "The minister said the plan was a landmark decision."})
    html = fields.String(validate=validate.Length(min=1), metadata={
        "description": "The article's web page; its main text (no navigation, ads or comments) "
                       "is extracted and analysed, and becomes the report's `text`."})
    title = _meta_field("Headline, kept in `meta.title`.", "Ministers agree on the plan")
    source = _meta_field("Outlet name, kept in `meta.source` (and used as the label in comparisons).",
                         "Le Monde")
    url = _meta_field("Page address, kept in `meta.url`; helps extraction from `html`.",
                      "https://example.org/news/1")

    CHOICES: tuple[str, ...] = ("text", "html")

    @ma.validates_schema
    def _exactly_one_input(self, data: dict[str, Any], **_: Any) -> None:
        given = [name for name in self.CHOICES if data.get(name) is not None]
        if len(given) > 1:
            message = f"send only one of {', '.join(self.CHOICES)}, not {' and '.join(given)}"
            raise ma.ValidationError({name: [message] for name in given})
        if not given:
            raise ma.ValidationError({self.CHOICES[0]: [
                f"missing: send the article as one of {', '.join(self.CHOICES)}"]})


class AnalyzeRequestSchema(_ArticleSchema):
    pass


class CompareArticleSchema(_ArticleSchema):
    """An article to compare: ``text``, ``html``, or the ``id`` of a report analysed earlier."""

    CHOICES = ("text", "html", "id")
    error_messages = {"type": "must be a JSON object: {\"text\"}, {\"html\"} or {\"id\"}",
                      "unknown": "unknown field: the fields are text, html, id, label, title, source, url"}

    id = fields.String(validate=validate.Length(min=1, max=64), metadata={
        "description": "The `id` of a report this server returned recently (kept in a bounded cache)."})
    label = fields.String(allow_none=True, validate=validate.Length(max=MAX_META), metadata={
        "description": "How the comparison names this article (default: its source, its title, "
                       "or 'article N')."})


MAX_COMPARE = 10


class CompareRequestSchema(ma.Schema):
    class Meta:
        unknown = ma.RAISE

    error_messages = {"type": 'must be a JSON object such as {"articles": [{"text": ...}, {"text": ...}]}',
                      "unknown": "unknown field: the one field is articles"}

    articles = fields.List(
        fields.Nested(CompareArticleSchema), required=True,
        validate=validate.Length(min=2, max=MAX_COMPARE,
                                 error="send between {min} and {max} articles"),
        metadata={"description": "2 to 10 articles on the same story."})


# ---------------------------------------------------------------------------- responses


class OpenSchema(ma.Schema):
    """Declared fields are the contract; any other field of the object is passed through."""

    class Meta:
        unknown = ma.INCLUDE

    @ma.post_dump(pass_original=True)
    def _keep_other_fields(self, data: dict[str, Any], original: Any, **_: Any) -> dict[str, Any]:
        if isinstance(original, dict):
            declared = {f.data_key or name for name, f in self.dump_fields.items()}
            for key, value in original.items():
                if key not in declared and key not in data:
                    data[key] = value
        return data


def _span_fields() -> dict[str, fields.Field]:
    return {"start": fields.Integer(required=True, metadata={"description": "Offset into `text`."}),
            "end": fields.Integer(required=True, metadata={"description": "Offset, exclusive."})}


SpanSchema = OpenSchema.from_dict(_span_fields(), name="Span")
ExcludedSchema = OpenSchema.from_dict(
    {**_span_fields(), "reason": fields.String(required=True)}, name="Excluded")


class MetaSchema(OpenSchema):
    words = fields.Integer(required=True)
    sentences = fields.Integer(required=True)
    excluded = fields.List(fields.Nested(ExcludedSchema), required=True, metadata={
        "description": "Boilerplate or paywall lines left out of scoring."})


class ToneSchema(OpenSchema):
    compound = fields.Float(required=True, metadata={"description": "VADER compound, -1 to 1."})
    label = fields.String(required=True, validate=validate.OneOf(["negative", "neutral", "positive"]))


class SentenceSchema(OpenSchema):
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    compound = fields.Float(required=True)


class ActorSchema(OpenSchema):
    name = fields.String(required=True)
    aliases = fields.List(fields.String(), required=True)
    kind = fields.String(required=True, metadata={"description": "person, organization, place, group, ..."})
    mentions = fields.List(fields.Nested(SpanSchema), required=True)
    tone = fields.Float(required=True, metadata={"description": "Tone toward the actor, -1 to 1."})


class SpeakerSchema(OpenSchema):
    name = fields.String(required=True, allow_none=True)
    descriptor = fields.String(required=True, allow_none=True)
    anonymous = fields.Boolean(required=True)
    start = fields.Integer(required=True, allow_none=True)
    end = fields.Integer(required=True, allow_none=True)


class CueSchema(OpenSchema):
    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class QuoteSchema(OpenSchema):
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    text = fields.String(required=True)
    kind = fields.String(required=True, validate=validate.OneOf(["direct", "indirect", "mixed"]))
    speaker = fields.Nested(SpeakerSchema, required=True, allow_none=True)
    cue = fields.Nested(CueSchema, required=True, allow_none=True)


class EvaluativeSchema(OpenSchema):
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    text = fields.String(required=True)
    category = fields.String(required=True)
    polarity = fields.Integer(required=True, validate=validate.OneOf([-1, 0, 1]), metadata={
        "description": "-1 or 1; 0 for stance markers (hedges, intensifiers)."})
    voice = fields.String(required=True, validate=validate.OneOf(["author", "quoted"]))


class FrameSchema(OpenSchema):
    name = fields.String(required=True)
    score = fields.Float(required=True)
    cues = fields.List(fields.Nested(SpanSchema), required=True)


class QuantitySchema(OpenSchema):
    value = fields.Float(required=True)
    unit = fields.String(required=True)


class ClaimSchema(OpenSchema):
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)
    text = fields.String(required=True)
    value = fields.Float(required=True)
    unit = fields.String(required=True, allow_none=True)
    normalized = fields.Nested(QuantitySchema, required=True, allow_none=True)


class ReportSchema(OpenSchema):
    """The framing report (CONTRACT.md v1): offsets are code-point indices into `text`, end exclusive."""

    id = fields.String(required=True, metadata={"description": "Stable hash of `text`; usable in /v1/compare."})
    text = fields.String(required=True, metadata={"description": "Exactly the analysed text."})
    meta = fields.Nested(MetaSchema, required=True)
    tone = fields.Nested(ToneSchema, required=True)
    sentences = fields.List(fields.Nested(SentenceSchema), required=True)
    actors = fields.List(fields.Nested(ActorSchema), required=True)
    quotes = fields.List(fields.Nested(QuoteSchema), required=True)
    evaluative = fields.List(fields.Nested(EvaluativeSchema), required=True)
    frames = fields.List(fields.Nested(FrameSchema), required=True)
    claims = fields.List(fields.Nested(ClaimSchema), required=True)


class ArticleSummarySchema(OpenSchema):
    id = fields.String(required=True)
    label = fields.String(required=True)
    tone = fields.Raw(required=True, metadata={"description": "The article's tone figures."})


class ComparisonSchema(OpenSchema):
    """How 2 to 10 articles on one story differ; each finding is backed by evidence offsets."""

    articles = fields.List(fields.Nested(ArticleSummarySchema), required=True)
    findings = fields.List(fields.String(), required=True, metadata={
        "description": "Plain-language differences between the articles, most telling first."})
    finding_details = fields.List(fields.Raw(), metadata={
        "description": "The findings with their kind and evidence (article label and offsets)."})
    tone = fields.Raw(metadata={"description": "Tone per article and section."})
    actors = fields.Raw(metadata={"description": "Actors named by the articles, shared or not, with tone."})
    sources = fields.Raw(metadata={"description": "Voices quoted, by article."})
    wording = fields.Raw(metadata={"description": "Distinctive and loaded terms per article."})
    frames = fields.Raw(metadata={"description": "Frame scores per article."})
    claims = fields.Raw(metadata={"description": "`shared` figures and figures `only` in one article."})
    similarity = fields.Raw(metadata={"description": "Whether the articles cover the same story."})


class HealthSchema(ma.Schema):
    status = fields.String(required=True, validate=validate.OneOf(["ok"]))
    version = fields.String(required=True, metadata={"description": "The framing package version."})
    contract = fields.String(required=True, metadata={"description": "The report contract version."})
