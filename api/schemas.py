"""marshmallow schemas: the one definition of the API's requests and responses.

Request schemas validate what clients send; response schemas describe every field of the report
and the comparison (the views send ``to_dict()`` as it is, and tests hold real responses to the
generated document). All of them write the OpenAPI document. Response objects stay open to new
fields (the report grows; clients must ignore what they do not know).
"""

from __future__ import annotations

from typing import Any

import marshmallow as ma
from marshmallow import fields, validate

from framing.errors import InputError
from framing.html import LONE_SURROGATE, URL_PATTERN
from framing.pipeline import check_text

# ----------------------------------------------------------------------------- requests

# The JSON-Schema form of check_text, for generated clients and tests: at least one letter or
# digit (Python's isalnum) and no NUL. The validator below is the authority.
TEXT_PATTERN = r"^[^\x00]*[^\W_][^\x00]*$"
MAX_META = 2048


def whole_characters(value: str) -> None:
    """No lone surrogate: "\\ud83c" without its pair (a JSON escape that split an emoji) is no character,
    and no UTF-8 client can read it back from the report (the command line refuses it too)."""
    lone = LONE_SURROGATE.search(value)
    if lone:
        raise ma.ValidationError(f"holds a lone surrogate (\\u{ord(lone.group()):04x} at position {lone.start()}), "
                                 "half of an escaped character: send whole characters (an emoji escaped as a "
                                 "pair, \\ud83d\\ude00, or as itself)")


def article_text(value: str) -> None:
    """The library's own check (empty, no words, NUL, too long), reported on the field."""
    whole_characters(value)
    try:
        check_text(value)
    except InputError as exc:  # "text is empty: …" is said of the field: "text: is empty: …", not "text: text is"
        message = str(exc)
        raise ma.ValidationError(message[len("text "):] if message.startswith("text ") else message) from None


# marshmallow's own wording ("Not a valid string.") names no remedy; these say what to send.
STRING = {"invalid": "must be a JSON string", "null": "must be a string, not null (or leave the field out)"}
META_LENGTH = validate.Length(max=MAX_META, error="is longer than {max} characters: shorten it")
META = [META_LENGTH, whole_characters]


def _meta_field(description: str, example: str) -> fields.String:
    return fields.String(allow_none=True, validate=META, error_messages=STRING,
                         metadata={"description": description, "example": example})


# Kept in meta.url and handed to the HTML extraction: an absolute address (``framing.html.URL_PATTERN``).
URL_ADDRESS = validate.Regexp(URL_PATTERN, error="is not a web address: send the page's full address, "
                                                  "such as https://example.org/news/1 (or leave the field out)")


class _ArticleSchema(ma.Schema):
    """One article: its ``text``, or its ``html`` page (main text extracted), never both."""

    class Meta:
        unknown = ma.RAISE

    error_messages = {"type": "must be a JSON object with the article's text or html",
                      "unknown": "unknown field: the fields are text, html, title, source, url"}

    text = fields.String(validate=article_text, error_messages={
        "invalid": "must be a JSON string: the article's plain text",
        "null": "must be the article's text, not null"}, metadata={
        "description": "The article's plain text; the report's `text` is exactly this.",
        "pattern": TEXT_PATTERN, "minLength": 1,
        "example": "The minister said the plan was a landmark decision."})
    html = fields.String(validate=validate.Length(min=1, error="is empty: send the article's web page"),
                         error_messages={
        "invalid": "must be a JSON string: the article's web page",
        "null": "must be the article's web page, not null"}, metadata={
        "description": "The article's web page; its main text (no navigation, ads or comments) "
                       "is extracted and analysed, and becomes the report's `text`."})
    title = _meta_field("Headline, kept in `meta.title`.", "Ministers agree on the plan")
    source = _meta_field("Outlet name, kept in `meta.source` (and used as the label in comparisons).",
                         "Le Monde")
    url = fields.String(allow_none=True, validate=[*META, URL_ADDRESS], error_messages=STRING, metadata={
        "description": "Page address with its scheme (`https://…`), kept in `meta.url`; helps extraction from "
                       "`html`.", "example": "https://example.org/news/1", "pattern": URL_PATTERN})

    CHOICES: tuple[str, ...] = ("text", "html")

    @ma.validates_schema
    def _exactly_one_input(self, data: dict[str, Any], **_: Any) -> None:
        given = [name for name in self.CHOICES if data.get(name) is not None]
        if len(given) > 1:
            message = f"send only one of {', '.join(self.CHOICES)}, not {' and '.join(given)}"
            raise ma.ValidationError({name: [message] for name in given})
        if not given:
            missing = f"missing: send the article as one of {', '.join(self.CHOICES)}"
            if data.get("url") is not None:  # the client expected the page to be fetched from its address
                missing += ("; this server does not fetch pages from their url: send the page as html "
                            "(with its url) or the article's text")
            raise ma.ValidationError({self.CHOICES[0]: [missing]})


class AnalyzeRequestSchema(_ArticleSchema):
    pass


class CompareArticleSchema(_ArticleSchema):
    """An article to compare: ``text``, ``html``, or the ``id`` of a report analysed earlier."""

    CHOICES = ("text", "html", "id")
    error_messages = {"type": "must be a JSON object: {\"text\"}, {\"html\"} or {\"id\"}",
                      "unknown": "unknown field: the fields are text, html, id, label, title, source, url"}

    id = fields.String(validate=validate.Length(min=1, max=64, error="must be a report's id (1 to 64 characters)"),
                       error_messages=STRING, metadata={
        "description": "The `id` of a report this server returned recently (kept in a bounded cache). A `source` "
                       "or `title` sent with it names the article, as `label` does (the report keeps its own); "
                       "a `url` is refused."})
    label = fields.String(allow_none=True, validate=META, error_messages=STRING, metadata={
        "description": "How the comparison names this article (default: its source, its title, "
                       "or 'article N'). A name given twice gets ' (2)', ' (3)' … so each stays distinct."})

    @ma.validates_schema
    def _no_url_with_id(self, data: dict[str, Any], **_: Any) -> None:
        """A report named by id keeps the url it was analysed with (a ``title`` or ``source`` sent with it
        names the article, as ``label`` does): a new url would be dropped without a word, so it is refused."""
        if data.get("id") is not None and data.get("url") is not None:
            raise ma.ValidationError({"url": ["not read with an id: the report keeps the url it was analysed "
                                              "with; leave url out, or send the article's text with it"]})


MAX_COMPARE = 10
MAX_BATCH = 100


def _articles(item: type[ma.Schema], least: int, most: int, forms: str, description: str) -> fields.List:
    """The ``articles`` list of a request of several articles, with messages that say what to send."""
    return fields.List(
        fields.Nested(item, error_messages={"null": f"must be an article, {forms}, not null"}),
        required=True, error_messages={
            # marshmallow formats these messages: braces are doubled
            "required": 'missing: send {{"articles": [{{"text": ...}}, {{"text": ...}}]}}',
            "invalid": f"must be a list of {least} to {most} articles, each {forms}",
            "null": f"must be a list of {least} to {most} articles, not null"},
        validate=validate.Length(min=least, max=most, error="send between {min} and {max} articles"),
        metadata={"description": description})


class _ArticlesRequestSchema(ma.Schema):
    class Meta:
        unknown = ma.RAISE

    error_messages = {"type": 'must be a JSON object such as {"articles": [{"text": ...}, {"text": ...}]}',
                      "unknown": "unknown field: the one field is articles"}


class BatchRequestSchema(_ArticlesRequestSchema):
    articles = _articles(AnalyzeRequestSchema, 1, MAX_BATCH, '{{"text"}} or {{"html"}}',
                         "1 to 100 articles, each as `/v1/analyze` takes one; one that cannot be analysed "
                         "refuses the whole request, named (`articles.N.text`).")


class CompareRequestSchema(_ArticlesRequestSchema):
    articles = _articles(CompareArticleSchema, 2, MAX_COMPARE, '{{"text"}}, {{"html"}} or {{"id"}}',
                         "2 to 10 articles on the same story.")


# ---------------------------------------------------------------------------- responses
#
# The views answer with ``Report.to_dict()`` / ``Comparison.to_dict()`` as they are (no marshmallow
# dump on the hot path): these schemas document the responses, and tests/test_api_contract.py checks
# real responses against the generated document, so every field a report carries is described here.
# ``required`` marks the fields of CONTRACT.md (v1); the other fields are present in every response
# of this version, and objects stay open (additionalProperties) so that new fields break no client.

LABELS = ["negative", "neutral", "positive"]
VOICES = ["author", "quoted"]


class OpenSchema(ma.Schema):
    """Declared fields are documented; any other field of the object is let through."""

    class Meta:
        unknown = ma.INCLUDE


def _field(cls: type[fields.Field], description: str = "", *, required: bool = False,
           nullable: bool = False, enum: list[Any] | None = None, **kwargs: Any) -> fields.Field:
    metadata = {"description": description} if description else {}
    if enum is not None:
        kwargs["validate"] = validate.OneOf(enum)
    return cls(required=required, allow_none=nullable, metadata=metadata, **kwargs)


def _int(description: str = "", **kwargs: Any) -> fields.Field:
    return _field(fields.Integer, description, **kwargs)


def _float(description: str = "", **kwargs: Any) -> fields.Field:
    return _field(fields.Float, description, **kwargs)


_ACTOR_KINDS = ("`person`, `organization`, `place` or `group`; `policy` (a named programme or law: \"Medicare\") "
                "or `event` (a named day or war: \"Super Tuesday\").")


def _str(description: str = "", **kwargs: Any) -> fields.Field:
    return _field(fields.String, description, **kwargs)


def _bool(description: str = "", **kwargs: Any) -> fields.Field:
    return _field(fields.Boolean, description, **kwargs)


def _list(item: fields.Field | type[ma.Schema], description: str = "", **kwargs: Any) -> fields.Field:
    inner = fields.Nested(item) if isinstance(item, type) else item
    return _field(fields.List, description, cls_or_instance=inner, **kwargs)


def _nested(schema: type[ma.Schema], description: str = "", **kwargs: Any) -> fields.Field:
    return _field(fields.Nested, description, nested=schema, **kwargs)


def _map(values: fields.Field | type[ma.Schema], description: str, **kwargs: Any) -> fields.Field:
    """An object keyed by names that vary (article labels, frame or category names)."""
    inner = fields.Nested(values) if isinstance(values, type) else values
    return _field(fields.Dict, description, keys=fields.String(), values=inner, **kwargs)


def _start(what: str = "the finding", **kwargs: Any) -> fields.Field:
    return _int(f"Where {what} starts: code-point offset into `text`.", **kwargs)


def _end(**kwargs: Any) -> fields.Field:
    return _int("Where it ends (exclusive).", **kwargs)


def _span_fields(required: bool = True) -> dict[str, fields.Field]:
    return {"start": _start("the span", required=required), "end": _end(required=required)}


SpanSchema = OpenSchema.from_dict(_span_fields(), name="Span")

# ------------------------------------------------------------------------------- report


class ExcludedSchema(OpenSchema):
    start = _start("the line", required=True)
    end = _end(required=True)
    reason = _str("Why it is not scored: `paywall`, `teaser`, `newsletter`, `cookie`, `advertisement`, `share`, "
                  "`credit`, `form`, `timestamp` (when the page was published or updated) or `navigation` (menu "
                  "and footer links) (boilerplate kinds).",
                  required=True)


class MetaSchema(OpenSchema):
    words = _int("Words in the scored text.", required=True)
    sentences = _int("Sentences in the scored text (headings included).", required=True)
    excluded = _list(ExcludedSchema, "Boilerplate or paywall lines left out of scoring.", required=True)
    truncated = _bool("A paywall notice cut the article short: only its opening was analysed.")
    paragraphs = _int("Paragraphs (lines) of the text.")
    title = _str("The `title` sent with the article (or the page's title for `html`).", nullable=True)
    source = _str("The `source` sent with the article.", nullable=True)
    url = _str("The `url` sent with the article.", nullable=True)
    version = _str("The report contract version (CONTRACT.md).")
    warnings = _list(fields.String(), "What a reader should know before trusting the report: e.g. that the text does "
                     "not read as English (every analysis is English-only), holds characters decoded with the wrong "
                     "encoding, or holds no article at all (only short lines with no stop, as a site's menu, or only "
                     "boilerplate). Empty for an ordinary English article.")


class SentenceRefSchema(OpenSchema):
    start = _start("the sentence", required=True)
    end = _end(required=True)
    compound = _float("The sentence's VADER compound, -1 to 1.", required=True)


class ToneSchema(OpenSchema):
    """Article tone: VADER (Hutto & Gilbert 2014) over the sentences, and GDELT-style word shares."""

    compound = _float("Mean VADER compound of the body sentences (headings when there is no body), -1 to 1.",
                      required=True)
    label = _str("`positive` at 0.05 or above, `negative` at -0.05 or below.", required=True, enum=LABELS)
    share_positive = _float("Share of scored sentences with compound >= 0.05.")
    share_negative = _float("Share of scored sentences with compound <= -0.05.")
    share_neutral = _float("Share of the other sentences.")
    most_positive = _nested(SentenceRefSchema, "The most positive sentence (null without one).", nullable=True)
    most_negative = _nested(SentenceRefSchema, "The most negative sentence (null without one).", nullable=True)
    positive_words = _float("GDELT tone: % of words with positive valence in VADER's lexicon.")
    negative_words = _float("GDELT tone: % of words with negative valence.")
    gdelt_tone = _float("`positive_words` - `negative_words`.")
    polarity = _float("`positive_words` + `negative_words`: how much of the text carries valence at all.")
    sentences = _int("Sentences the figures cover.")


class SentenceSchema(OpenSchema):
    start = _start("the sentence", required=True)
    end = _end(required=True)
    compound = _float("VADER compound, -1 to 1.", required=True)
    positive = _float("VADER `pos`: share of the sentence's valence that is positive.")
    negative = _float("VADER `neg`.")
    neutral = _float("VADER `neu`.")
    kind = _str("`heading` for a headline or crosshead, else `body`.", enum=["body", "heading"])


class ActorEvidenceSchema(OpenSchema):
    start = _start("the sentence", required=True)
    end = _end(required=True)
    score = _float("Tone toward the actor in this sentence, -1 to 1.", required=True)
    voice = _str("Whose words carry the valence: the outlet's (`author`) or a quoted source's.",
                 required=True, enum=VOICES)
    sentence = _float("The whole sentence's VADER compound, for contrast.")


class ActorSchema(OpenSchema):
    """A person, organisation, place or group the article names, and the tone it takes toward it."""

    name = _str("Canonical name (the fullest form used).", required=True)
    aliases = _list(fields.String(), "Other forms the article uses (surnames, acronyms).", required=True)
    kind = _str(_ACTOR_KINDS, required=True)
    mentions = _list(SpanSchema, "Every mention by name.", required=True)
    tone = _float("The outlet's tone toward the actor, -1 to 1 (quoted speech discounted).", required=True)
    label = _str("`tone` as a label.", enum=LABELS)
    quoted_tone = _float("What quoted sources say about the actor, -1 to 1; null when they say nothing.",
                         nullable=True)
    overall_tone = _float("Tone with every voice counted, quoted sources at full weight, -1 to 1.")
    references = _list(SpanSchema, "Pronouns and descriptions resolved to this actor.")
    roles = _map(fields.Integer(), "How often the actor is a quote's `speaker`, a clause's `subject`, "
                                   "an `object`, a `possessor` or a `modifier` (\"Russian troops\").")
    sentences = _int("Sentences that mention the actor.")
    affiliation = _str("The country or person a group or organisation belongs to.", nullable=True)
    evidence = _list(ActorEvidenceSchema, "The sentences that set the tone toward the actor, strongest first.")


class SpeakerMemberSchema(OpenSchema):
    """One speaker of a coordinated mention ("Hungary" of "Poland and Hungary")."""

    name = _str("Resolved full name (\"Andrew Michta\" for \"Michta\" or \"he\"); null if unnamed.",
                required=True, nullable=True)
    descriptor = _str("Title or apposition (\"director at the Atlantic Council\").", required=True,
                      nullable=True)
    anonymous = _bool("An unnamed source: \"officials\", \"experts\", \"a person familiar with ...\".",
                      required=True)
    start = _start("the speaker mention nearest the cue", required=True, nullable=True)
    end = _end(required=True, nullable=True)
    text = _str("That mention as written (\"he\", \"Michta\", \"U.S. officials\").", nullable=True)
    actor = _str("The `name` of the actor this mention belongs to, if any.", nullable=True)


class SpeakerSchema(SpeakerMemberSchema):
    members = _list(SpeakerMemberSchema, "Each speaker of a coordinated mention (\"Poland and Hungary\", "
                    "\"the mayor and the police chief\"), in text order, with its own name, descriptor and span; "
                    "empty for a single speaker. `name` stays the whole (\"Poland and Hungary\").")


class CueSchema(OpenSchema):
    text = _str("The speech verb or phrase as written.", required=True)
    start = _start("the cue", required=True)
    end = _end(required=True)
    category = _str("`neutral` (said), `evaluative` (claimed, admitted), `tentative` (suggested) "
                    "or `stance` (wants, backs, rejects).")
    lemma = _str("Base form of the cue verb (\"claim\" for \"claimed\").")


class QuoteSchema(OpenSchema):
    """Attributed speech (direct quotation, reported speech, or both)."""

    start = _start("the quote", required=True)
    end = _end(required=True)
    text = _str("`text[start:end]`.", required=True)
    kind = _str("`direct` (quotation marks), `indirect` (reported) or `mixed`.", required=True,
                enum=["direct", "indirect", "mixed"])
    speaker = _nested(SpeakerSchema, "Who speaks; null when nobody is named or described.",
                      required=True, nullable=True)
    cue = _nested(CueSchema, "The speech verb or phrase; null when there is none.", required=True,
                  nullable=True)
    parts = _list(SpanSchema, "The quoted content itself (a split quote skips \"he said\").")
    paragraph = _int("Index of the paragraph holding the first part.")
    inherited = _bool("No attribution of its own: continues the previous speaker's quote.")


class NoCommentSchema(OpenSchema):
    """A source that declined to comment, did not answer a request for comment or could not be reached for
    one: no words to quote, so not in `quotes`, but part of how the story is sourced."""

    start = _start("the refusal", required=True)
    end = _end(required=True)
    text = _str("`text[start:end]`: the cue and what was declined (\"did not respond to requests for comment\").",
                required=True)
    speaker = _nested(SpeakerSchema, "Who declined; null when nobody is named or described.", required=True,
                      nullable=True)
    cue = _nested(CueSchema, "The verb of refusing (\"declined\", \"did not respond\") or of absence (\"could "
                  "not be reached\").", required=True)


class SourcesSpeakerSchema(OpenSchema):
    name = _str("Resolved name; null for an unnamed voice.", required=True, nullable=True)
    descriptor = _str("Title or description.", required=True, nullable=True)
    anonymous = _bool("An unnamed source.", required=True)
    quotes = _int("Quotes attributed to this voice (each speaker of a coordinated mention counts on its own).",
                  required=True)


class SourcesSchema(OpenSchema):
    """Whose voices the article carries: named and anonymous, how often, with which verbs."""

    quotes = _int("Quotes in the article.")
    direct = _int("Direct quotes.")
    indirect = _int("Reported speech.")
    mixed = _int("Mixed quotes.")
    named_speakers = _int("Distinct named speakers.")
    named_quotes = _int("Quotes by named speakers.")
    anonymous_quotes = _int("Quotes by unnamed sources.")
    unattributed_quotes = _int("Quotes with no speaker.")
    described_quotes = _int("Quotes whose speaker is known only by a description that hides no one "
                            "(\"the mayor\", \"the company\"), neither named nor anonymous. Named, anonymous, "
                            "described and unattributed quotes add up to `quotes`.")
    speakers = _list(SourcesSpeakerSchema, "Every voice, most quoted first.")
    cues = _map(fields.Integer(), "Quotes per cue category (`neutral`, `evaluative`, `tentative`, `stance`).")
    source_words = _int("Words inside quoted or reported content.")
    share_sources = _float("Share of the article's words that are its sources' (0 to 1).")
    share_outlet = _float("Share that are the outlet's own words.")
    no_comment = _int("Sources that declined to comment, did not answer or could not be reached (`no_comment`; "
                      "not in `quotes`).")


class EvaluativeSchema(OpenSchema):
    """Evaluative language, after appraisal theory (Martin & White 2005)."""

    start = _start("the expression", required=True)
    end = _end(required=True)
    text = _str("`text[start:end]`.", required=True)
    category = _str("Attitude (`affect`, `judgement`, `appreciation`, `loaded-label`, `metaphor`) when the "
                    "expression has one, else graduation (`intensifier`, `booster`, `downtoner`) or "
                    "engagement (`hedge`, `counter-expectation`).", required=True)
    polarity = _int("-1 or 1; 0 for stance markers (hedges, intensifiers).", required=True, enum=[-1, 0, 1])
    voice = _str("`author`: the outlet's own words; `quoted`: inside a quote.", required=True, enum=VOICES)
    categories = _list(fields.String(), "Every category the expression carries (\"intensifier\", \"affect\").")
    negated = _bool("A negator just before flipped the polarity.")
    hedged = _bool("A hedge in the same clause softens it.")
    sentence = _int("Index into `sentences`.")
    plain = _bool("Ordinary appraisal, a designation or a verb that reports blame or praise (\"mistaken\", "
                  "\"far-right\", \"lauded\"): it takes a side but is not loaded language or name-calling.")


class VoiceCountsSchema(OpenSchema):
    author = _int("In the outlet's own words.")
    quoted = _int("Inside quotes.")


class LoadedSentenceSchema(OpenSchema):
    start = _start("the sentence", required=True)
    end = _end(required=True)
    score = _float("Weighted count of its author-voice findings (attitude 1, graduation and engagement 0.5).")
    items = _int("Author-voice findings in it.")


class BiasedSentenceSchema(OpenSchema):
    start = _start("the sentence", required=True)
    end = _end(required=True)
    cues = _list(fields.String(), "Why it takes sides: `author-evaluation` (polar evaluative wording in the "
                 "outlet's voice), `quoted-evaluation` (in a quote the outlet chose), `author-certainty` "
                 "(\"of course\", \"clearly\" in the outlet's voice), `presupposing-verb` "
                 "(\"claimed\", \"admitted\", \"refused\").")


class EvaluativeSummarySchema(OpenSchema):
    """How much the outlet evaluates in its own voice, and where."""

    words = _int("Words in the scored text.")
    author_items = _int("Findings in the outlet's own words.")
    quoted_items = _int("Findings inside quotes.")
    author_density = _float("Author-voice findings per 100 words.")
    author_polar_density = _float("Author-voice findings with a polarity, per 100 words.")
    by_category = _map(fields.Nested(VoiceCountsSchema), "Findings per category, by voice.")
    by_voice = _nested(VoiceCountsSchema, "Findings by voice.")
    most_loaded = _list(LoadedSentenceSchema, "The sentences carrying most of the outlet's own evaluation.")
    biased_sentences = _list(BiasedSentenceSchema, "Every sentence that takes sides (BABE's sentence-level "
                             "bias), in text order, with the cues that say so.")


class FrameSchema(OpenSchema):
    """A frame of the Media Frames Corpus (Boydstun et al. 2014) or of Semetko & Valkenburg (2000)."""

    name = _str("Frame id, e.g. `economic`, `conflict`, `security_and_defense`.", required=True)
    score = _float("Share of the article's sentences carrying a cue of this frame, 0 to 1.", required=True)
    cues = _list(SpanSchema, "Every cue of the frame.", required=True)
    scheme = _str("`mfc` (Media Frames Corpus) or `semetko_valkenburg`.")
    label = _str("Human-readable frame name.")
    cue_count = _int("Cues found.")
    sentences = _int("Sentences carrying a cue.")
    per_100_words = _float("Cues per 100 words.")
    questions = _list(fields.String(), "Semetko & Valkenburg's questions the cues answer \"yes\".")
    description = _str("What the frame is about (from its codebook).")
    present = _bool("The score reaches the frame's presence threshold (its own, chosen on annotated articles, "
                    "or 0.08 of the sentences) and the frame is among the five strongest of its scheme that do: "
                    "the frame counts as present in the article.")


class QuantitySchema(OpenSchema):
    value = _float("The value in the base unit.", required=True)
    unit = _str("Base unit of the claim's kind: `m`, `m2`, `kg`, `s`, `m/s`, `%`, a currency code, "
                "`count`, `year`, ...", required=True)


class ClaimSchema(OpenSchema):
    """A number, date or quantity, normalised so that articles can be aligned."""

    start = _start("the claim (hedge and unit included)", required=True)
    end = _end(required=True)
    text = _str("`text[start:end]`.", required=True)
    value = _float("The number as written, scale words applied (\"2 million\" is 2000000).", required=True)
    unit = _str("The unit as written (\"miles\", \"%\", \"USD\"); null for plain counts.", required=True,
                nullable=True)
    normalized = _nested(QuantitySchema, "`value` in the base unit of its kind; null for bare numbers.",
                         required=True, nullable=True)
    kind = _str("`count`, `distance`, `area`, `volume`, `speed`, `weight`, `power`, `energy`, `money`, "
                "`percent`, `temperature`, `pressure`, `duration`, `age`, `date`, `time`, `ordinal`, `score` (a tally: "
                "`low` and `high` are its two numbers) or `number`.")
    hedge = _str("The hedge as written (\"nearly\", \"over\", \"hundreds of\"), or null.", nullable=True)
    low = _float("Lower end of the interval the hedge implies, in the written unit.", nullable=True)
    high = _float("Upper end (null when open).", nullable=True)
    subject = _str("What a count counts (\"troops\"), lower case.", nullable=True)
    sentence = _int("Index into `sentences`.", nullable=True)
    iso = _str("Dates: ISO 8601, partial where the text is (\"2022\", \"--11-17\").", nullable=True)
    event = _str("Counts: what happened to the counted, as `arrest` (\"12 arrests\", \"twelve people were "
                 "arrested\"), `death`, `injury`, `evacuation`, `displacement`, `missing` or `rescue`; else null.",
                 nullable=True)


class ReportSchema(OpenSchema):
    """The framing report (CONTRACT.md v1): offsets are code-point indices into `text`, end exclusive."""

    id = _str("Stable hash of `text`; usable in /v1/compare.", required=True)
    text = _str("Exactly the analysed text.", required=True)
    meta = _nested(MetaSchema, required=True)
    tone = _nested(ToneSchema, required=True)
    sentences = _list(SentenceSchema, "Every scored sentence with its VADER scores.", required=True)
    actors = _list(ActorSchema, "Actors, most mentioned first.", required=True)
    quotes = _list(QuoteSchema, "Attributed speech, in text order.", required=True)
    sources = _nested(SourcesSchema, "Counts over `quotes`.")
    evaluative = _list(EvaluativeSchema, "Evaluative language, in text order.", required=True)
    evaluative_summary = _nested(EvaluativeSummarySchema, "Counts over `evaluative`.", nullable=True)
    frames = _list(FrameSchema, "Frames whose cues occur, strongest first.", required=True)
    claims = _list(ClaimSchema, "Numbers, dates and quantities, in text order.", required=True)
    no_comment = _list(NoCommentSchema, "Sources that declined to comment, did not answer a request for "
                       "comment or could not be reached for one, in text order (not in `quotes`: they said nothing).")


# --------------------------------------------------------------------------- comparison
# Objects keyed by article label: an article's label is its `label` in the request, else its
# source, its title, or its position.


class ArticleSummarySchema(OpenSchema):
    id = _str("The article's report id.", required=True)
    label = _str("How the comparison names the article.", required=True)
    tone = _nested(ToneSchema, "The article's tone figures.", required=True)
    words = _int("Words in the article.")
    sentences = _int("Sentences in the article.")
    truncated = _bool("Cut short by a paywall.")
    warnings = _list(fields.String(), "The article's report warnings (`meta.warnings`): a text that does not read as "
                     "English, that was decoded with the wrong encoding, or that holds no article.")


class ArticleToneSchema(OpenSchema):
    compound = _float("Mean VADER compound, -1 to 1.")
    label = _str(enum=LABELS)
    share_positive = _float("Share of positive sentences.")
    share_negative = _float("Share of negative sentences.")
    gdelt_tone = _float("GDELT-style word tone.")


class SectionSchema(OpenSchema):
    title = _str("The heading, or `opening` / `middle` / `closing` when the article has no headings.")
    start = _start("the section")
    end = _end()
    compound = _float("Mean VADER compound of the section, -1 to 1.")
    label = _str(enum=LABELS)
    sentences = _int("Sentences in the section.")


class ToneComparisonSchema(OpenSchema):
    articles = _map(ArticleToneSchema, "Article label -> its tone.")
    sections = _map(fields.List(fields.Nested(SectionSchema)), "Article label -> tone per section.")
    actors = _map(fields.Dict(keys=fields.String(), values=fields.Float()),
                  "Shared actor -> article label -> tone toward the actor, every voice counted (`overall_tone`).")


class ActorInArticleSchema(OpenSchema):
    name = _str("The name this article uses.")
    aliases = _list(fields.String(), "Other forms this article uses.")
    mentions = _int("Mentions in this article.")
    tone = _float("This article's tone toward the actor in its own voice (the report's actor `tone`), -1 to 1.")
    first = _nested(SpanSchema, "The first mention, in this article's text.", nullable=True)
    overall_tone = _float("Tone toward the actor with every voice counted, quoted sources included (the report's "
                          "`overall_tone`), -1 to 1: what the comparison orders articles by.")


class ActorRowSchema(OpenSchema):
    name = _str("The actor.")
    kind = _str(_ACTOR_KINDS)
    shared = _bool("Named by more than one article.")
    articles = _map(ActorInArticleSchema, "Article label -> how that article presents the actor.")


class QuoteRefSchema(OpenSchema):
    start = _start("the quote")
    end = _end()
    text = _str("The quote as written.")
    kind = _str("`direct`, `indirect` or `mixed`.")
    cue = _str("The cue as written.", nullable=True)
    speaker = _str("The name this article gives the speaker.", nullable=True)
    cue_lemma = _str("Base form of the cue verb.", nullable=True)
    cue_category = _str("`neutral`, `evaluative`, `tentative` or `stance`.")


class VoiceSchema(OpenSchema):
    name = _str("The voice (a person, or an unnamed group such as `officials`).")
    anonymous = _bool("An unnamed source.")
    shared = _bool("Quoted by more than one article.")
    articles = _map(fields.List(fields.Nested(QuoteRefSchema)), "Article label -> its quotes of this voice.")
    cues = _map(fields.List(fields.String()), "Article label -> the cue verbs (lemmas) it uses for this voice.")


class SourceCountsSchema(OpenSchema):
    quotes = _int("Quotes.")
    named = _int("Quotes by named speakers.")
    anonymous = _int("Quotes by unnamed sources.")
    unattributed = _int("Quotes with no speaker.")
    named_share = _float("`named` / `quotes`; null without quotes.", nullable=True)


class SourcesComparisonSchema(OpenSchema):
    voices = _list(VoiceSchema, "Every voice quoted by any article.")
    shared = _list(fields.String(), "Voices quoted by more than one article.")
    only = _map(fields.List(fields.String()), "Article label -> voices only it quotes.")
    counts = _map(SourceCountsSchema, "Article label -> its quote counts.")


class TermSchema(OpenSchema):
    term = _str("A word or two-word phrase (lower case).")
    z = _float("Weighted log-odds z-score against the other articles (Monroe et al. 2008).")
    count = _int("Occurrences in this article.")
    others = _int("Occurrences in the other articles together.")
    spans = _list(SpanSchema, "Where it occurs in this article.")


class EvaluativeRefSchema(OpenSchema):
    start = _start("the expression")
    end = _end()
    text = _str("The expression as written.")
    category = _str("Its evaluative category.")
    polarity = _int("-1, 0 or 1.")
    plain = _bool("Plain wording (the report's flag): ordinary appraisal or a designation (\"far-right\"); a "
                  "plain loaded label is a designation and counts as no judgement of the article's own.")


class WordingSchema(OpenSchema):
    distinctive = _map(fields.List(fields.Nested(TermSchema)), "Article label -> its distinctive terms, "
                                                                "highest z first.")
    evaluative = _map(fields.List(fields.Nested(EvaluativeRefSchema)),
                      "Article label -> its evaluative language in its own voice.")
    evaluative_per_1000_words = _map(fields.Float(), "Article label -> own-voice evaluative findings per "
                                                     "1000 words.")


class FrameDifferenceSchema(OpenSchema):
    name = _str("The frame.")
    high = _str("Label of the article that leans on it most.")
    low = _str("Label of the article that leans on it least.")
    difference = _float("Difference of their scores.")


class FramesComparisonSchema(OpenSchema):
    scores = _map(fields.Dict(keys=fields.String(), values=fields.Float()),
                  "Frame -> article label -> score.")
    differences = _list(FrameDifferenceSchema, "Largest first.")


class ClaimRefSchema(OpenSchema):
    article = _str("The article's label.")
    start = _start("the claim, in that article's text")
    end = _end()
    text = _str("The claim as written.")
    value = _float("The number as written.")
    unit = _str("The unit as written.", nullable=True)
    normalized = _nested(QuantitySchema, "The value in its base unit.", nullable=True)
    kind = _str("The claim's kind (count, money, percent, date ...), as in the report.")
    hedge = _str("The hedge or date preposition before the figure (\"nearly\", \"by\"), as in the report.",
                 nullable=True)
    event = _str("Counts: what happened to the counted (`arrest`, `death` ...), as in the report.",
                 nullable=True)


class SharedClaimSchema(OpenSchema):
    articles = _list(fields.String(), "Labels of the articles that report this figure.")
    claims = _list(ClaimRefSchema, "The figure as each of them words it.")


class ClaimsComparisonSchema(OpenSchema):
    shared = _list(SharedClaimSchema, "Figures reported by several articles (units, hedges and rounding "
                                      "accounted for).", required=True)
    only = _map(fields.List(fields.Nested(ClaimRefSchema)), "Article label -> figures only it reports.",
                required=True)


class PairSimilaritySchema(OpenSchema):
    a = _str("Label of one article.")
    b = _str("Label of the other.")
    score = _float("Weighted similarity, 0 to 1.")
    text = _float("TF-IDF cosine over content words.")
    actors = _float("Overlap of the actors named; null when either names none.", nullable=True)
    claims = _float("Share of the figures that align; null without figures.", nullable=True)


class SimilaritySchema(OpenSchema):
    score = _float("The lowest pairwise score: one stray article is enough to doubt the set.")
    same_story = _bool("Whether the articles seem to cover one story.")
    warning = _str("Why the differences may reflect different events; null when the story is shared.",
                   nullable=True)
    pairs = _list(PairSimilaritySchema, "Every pair of articles.")


class EvidenceSchema(OpenSchema):
    article = _str("The article's label.", required=True)
    start = _start("the evidence, in that article's text", required=True)
    end = _end(required=True)
    text = _str("The evidence as written.", required=True)


class FindingSchema(OpenSchema):
    kind = _str("`same_text`, `truncated`, `warning`, `tone`, `evaluative`, `source`, `cue`, `own_words` (a voice "
                "quoted directly in some articles, only reported in others), `sources_named`, "
                "`actor_tone`, `frame`, `claim_agrees`, `claims_only`, `actors`, `wording`, ...", required=True)
    text = _str("The finding in plain language (as in `findings`).", required=True)
    evidence = _list(EvidenceSchema, "The spans that back it (never empty).", required=True)


class ComparisonSchema(OpenSchema):
    """How 2 to 10 articles on one story differ; each finding is backed by evidence offsets."""

    articles = _list(ArticleSummarySchema, "The articles, in request order.", required=True)
    tone = _nested(ToneComparisonSchema, "Tone per article, per section and toward shared actors.",
                   required=True)
    actors = _list(ActorRowSchema, "Actors named by the articles, shared or not.", required=True)
    sources = _nested(SourcesComparisonSchema, "Voices quoted, by article.", required=True)
    wording = _nested(WordingSchema, "Distinctive and evaluative wording per article.", required=True)
    frames = _nested(FramesComparisonSchema, "Frame scores per article.", required=True)
    claims = _nested(ClaimsComparisonSchema, "Figures `shared` by articles and figures `only` in one.",
                     required=True)
    similarity = _nested(SimilaritySchema, "Whether the articles cover the same story.")
    findings = _list(fields.String(), "Plain-language differences between the articles, most telling first.",
                     required=True)
    finding_details = _list(FindingSchema, "The findings with their kind and evidence (article label and "
                                           "offsets), in the order of `findings`.")


class BatchSchema(OpenSchema):
    reports = _list(ReportSchema, "One report per article, in request order.", required=True)


class HealthSchema(ma.Schema):
    status = fields.String(required=True, validate=validate.OneOf(["ok"]))
    version = fields.String(required=True, metadata={"description": "The framing package version."})
    contract = fields.String(required=True, metadata={"description": "The report contract version."})
