"""The ``framing`` blueprint: /v1/analyze, /v1/compare, /v1/health.

It is self-contained (errors, CORS, body limit, rate limit, cache), so any Flask application can
``register_blueprint`` it; ``api.create_app`` adds the OpenAPI document and docs page around it.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Hashable
from typing import Any

from flask import Response, current_app, g, jsonify, request
from flask_smorest import Blueprint
from webargs.flaskparser import FlaskParser
from werkzeug.exceptions import RequestEntityTooLarge

import framing
from framing.errors import InputError
from framing.html import extract_page
from framing.report import CONTRACT_VERSION, Report, text_id

from .errors import ApiError, ErrorSchema, invalid, register_error_handlers, too_large_message
from .schemas import (
    AnalyzeRequestSchema,
    BatchRequestSchema,
    BatchSchema,
    CompareRequestSchema,
    ComparisonSchema,
    HealthSchema,
    ReportSchema,
)
from .state import add_cors_headers, api_state, retry_after

log = logging.getLogger("framing.api")
JSON = "application/json"


class _BodyParser(FlaskParser):
    """webargs's parser, reading the JSON body that ``_guard`` already parsed (not parsing it again)."""

    def _raw_load_json(self, req: Any) -> Any:
        if "framing_body" in g:
            return g.framing_body
        return super()._raw_load_json(req)


class _Blueprint(Blueprint):
    ARGUMENTS_PARSER = _BodyParser()


blueprint = _Blueprint(
    "framing", __name__,
    description="Framing reports for news articles: tone, quotes, evaluative language, actors, "
                "frames and claims, each finding with character offsets into the text.")

_ERRORS = {
    400: "The body is not valid JSON (or not UTF-8).",
    413: "The body is over the size limit (FRAMING_MAX_BODY, 2 MB by default).",
    415: "The body is not sent as `application/json`, or is compressed (`Content-Encoding`).",
    422: "A field is missing, has the wrong type or holds no usable text, or is sent in the query string "
         "(`query.NAME`) rather than the JSON body; `error.fields` names it.",
    429: "Too many requests from this client (FRAMING_RATE_LIMIT); retry after `Retry-After` seconds.",
}
_CACHE_HEADER = {"X-Cache": {"description": "`hit` when the report came from the cache, else `miss`.",
                             "schema": {"type": "string", "enum": ["hit", "miss"]}}}


def _document_errors(view: Any) -> Any:
    for status, description in _ERRORS.items():
        view = blueprint.alt_response(status, schema=ErrorSchema, description=description)(view)
    return view


# ---------------------------------------------------------------------------- request guards

@blueprint.before_request
def _guard() -> None:
    """Rate limit, then the body: JSON object, UTF-8, within the size limit; else a JSON error."""
    g.framing_started = time.perf_counter()
    if request.method == "OPTIONS":
        return
    state = api_state()
    if state.limiter is not None:
        wait = state.limiter.wait_seconds(request.remote_addr or "unknown")
        if wait > 0:
            raise ApiError(429, f"too many requests from this client; retry in {retry_after(wait)} s",
                           headers={"Retry-After": retry_after(wait)})
    if request.method != "POST":
        return
    limit = state.settings.max_body
    request.max_content_length = limit
    if request.content_length is not None and request.content_length > limit:
        raise ApiError(413, too_large_message())
    if not request.is_json:
        sent = request.mimetype or "no content type"
        raise ApiError(415, f"the body must be JSON sent with 'Content-Type: application/json', not {sent}")
    encoding = request.headers.get("Content-Encoding", "identity").strip().lower()
    if encoding not in ("", "identity"):  # read as it is, compressed bytes would be called "not UTF-8"
        raise ApiError(415, f"the body is sent with 'Content-Encoding: {encoding}', which this server does "
                            "not decode: send it uncompressed")
    try:
        raw = request.get_data(cache=True)
    except RequestEntityTooLarge:
        raise ApiError(413, too_large_message()) from None
    if not raw.strip():
        raise ApiError(400, 'the body is empty: send a JSON object such as {"text": "..."}')
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 byte-order mark ("Unicode" in some editors)
        raise ApiError(400, "the body is UTF-16 (it opens with a UTF-16 byte-order mark): send JSON encoded as UTF-8")
    try:
        # "utf-8-sig": a UTF-8 byte-order mark, as Windows tools write one, is read past (RFC 8259 allows it)
        g.framing_body = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_no_repeated_keys)
    except _RepeatedKey as exc:
        raise ApiError(400, f"the JSON body gives the field '{exc.args[0]}' twice: send each field once") from None
    except UnicodeDecodeError as exc:
        raise ApiError(400, f"the body is not UTF-8 (bad byte at position {exc.start}): "
                            "send JSON encoded as UTF-8") from None
    except RecursionError:
        raise ApiError(400, "the JSON body is nested too deeply") from None
    except ValueError as exc:
        where = f" at line {exc.lineno} column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "unreadable number"
        raise ApiError(400, f"the body is not valid JSON ({reason}{where}): "
                            'send a JSON object such as {"text": "..."}') from None
    if request.args:  # "POST /v1/analyze?source=AP" would lose the source without a word
        names = list(dict.fromkeys(request.args))
        problem = "sent in the query string, which is not read: put it in the JSON body"
        raise ApiError(422, f"{', '.join(names)}: {problem}", {f"query.{name}": [problem] for name in names})


class _RepeatedKey(ValueError):
    pass


def _no_repeated_keys(pairs: list[tuple[str, object]]) -> dict:
    """A JSON object, refusing a key given twice ({"text": "a", "text": "b"}): Python's parser would keep
    the last value and drop the first without a word."""
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise _RepeatedKey(key)
        out[key] = value
    return out


@blueprint.after_request
def _finish(response: Response) -> Response:
    """CORS headers, and one log line without any article text."""
    add_cors_headers(response)
    started = g.get("framing_started")
    elapsed = (time.perf_counter() - started) * 1000 if started else 0.0
    log.info("%s %s %s %.0fms in=%sB report=%s cache=%s", request.method, request.path,
             response.status_code, elapsed, request.content_length or 0, g.get("framing_report_id", "-"),
             response.headers.get("X-Cache", "-"))
    return response


register_error_handlers(blueprint)


# ---------------------------------------------------------------------------------- analysis

def _article(article: dict[str, Any], field_prefix: str = "") -> tuple[str, dict[str, str | None]]:
    """The text to analyse (as sent, or extracted from the HTML page) and its title/source/url."""
    meta = {name: article.get(name) for name in ("title", "source", "url")}
    if article.get("text") is not None:
        return article["text"], meta
    try:
        page = extract_page(article["html"], url=article.get("url"))
    except InputError as exc:
        raise invalid(f"{field_prefix}html", str(exc)) from None
    if meta["title"] is None:
        meta["title"] = page.title
    return page.text, meta


def _report(article: dict[str, Any], field_prefix: str = "") -> tuple[Hashable, Report, bytes | None, bool]:
    """(cache key, report, its cached response body or None, came from cache) for one article.

    A new report is not cached here: the caller puts it, with its body when it has one.
    Library refusals name the field that caused them.
    """
    text, meta = _article(article, field_prefix)
    key = (text_id(text), meta["title"], meta["source"], meta["url"])
    entry = api_state().cache.entry(key)
    if entry is not None:
        return key, entry[0], entry[1], True
    try:
        report = framing.analyze(text, **meta)
    except InputError as exc:
        field = "text" if article.get("text") is not None else "html"
        raise invalid(f"{field_prefix}{field}", str(exc)) from None
    return key, report, None, False


def _cached_report(article: dict[str, Any], field_prefix: str) -> Report:
    """The article's report, from the cache or made and kept there (so a later compare can name it by id)."""
    key, report, _, hit = _report(article, field_prefix)
    if not hit:
        api_state().cache.put(key, report)
    return report


@blueprint.route("/v1/analyze", methods=["POST"])
@blueprint.arguments(AnalyzeRequestSchema, example={"text": "The minister said the plan was a landmark."})
@blueprint.response(200, ReportSchema, headers=_CACHE_HEADER)
@_document_errors
def analyze(article: dict[str, Any]) -> Any:
    """Analyse one article.

    Send `{"text": ...}` or `{"html": ..., "url": ...}`, with optional `title`, `source`, `url`.
    Returns the framing report; identical requests are answered from a cache.
    """
    key, report, body, hit = _report(article)
    g.framing_report_id = report.id
    headers = {"X-Cache": "hit" if hit else "miss"}
    if body is not None:
        return current_app.response_class(body, mimetype=JSON), headers
    # The report's own JSON: ReportSchema documents it (and tests hold responses to the document),
    # but dumping through marshmallow would cost a quarter of the analysis. Serialised once: the
    # cache keeps the body for identical requests.
    response = jsonify(report.to_dict())
    api_state().cache.put(key, report, response.get_data())
    return response, headers


@blueprint.route("/v1/analyze/batch", methods=["POST"])
@blueprint.arguments(BatchRequestSchema, example={"articles": [
    {"text": "The minister hailed a landmark plan.", "source": "Daily A"},
    {"text": "Critics called the plan belated and costly.", "source": "Daily B"}]})
@blueprint.response(200, BatchSchema)
@_document_errors
def analyze_batch(body: dict[str, Any]) -> Any:
    """Analyse 1 to 100 articles in one request.

    Each article is what `/v1/analyze` takes. The reports come back in request order; an article
    that cannot be analysed refuses the whole request with a 422 naming it (`articles.N.text`), so
    no report is ever silently missing.
    """
    return jsonify({"reports": [_cached_report(article, f"articles.{n}.").to_dict()
                                for n, article in enumerate(body["articles"])]})


@blueprint.route("/v1/compare", methods=["POST"])
@blueprint.arguments(CompareRequestSchema, example={"articles": [
    {"text": "The minister hailed a landmark plan.", "source": "Daily A"},
    {"text": "Critics called the plan belated and costly.", "source": "Daily B"}]})
@blueprint.response(200, ComparisonSchema)
@_document_errors
def compare(body: dict[str, Any]) -> Any:
    """Compare how 2 to 10 articles frame one story.

    Each article is `{"text": ...}`, `{"html": ...}` or `{"id": ...}` (the id of a report this
    server returned recently), with an optional `label`.
    """
    state = api_state()
    reports: list[Report] = []
    for n, article in enumerate(body["articles"]):
        prefix = f"articles.{n}."
        if article.get("id") is not None:
            report = state.cache.by_id(article["id"])
            if report is None:
                kept = ("only recent reports are kept" if state.cache.size > 0
                        else "this server keeps no reports: FRAMING_CACHE_SIZE is 0")
                raise invalid(f"{prefix}id", f"no recent report with id {article['id']!r}: send the "
                                             f"article's text or html instead ({kept})")
        else:
            report = _cached_report(article, prefix)
        reports.append(report)
    # A label names an article; so do a source or title sent with an id (the report keeps its own meta,
    # and the names it was analysed with come after them).
    given = [a.get("label") or (a.get("source") or a.get("title") if a.get("id") is not None else None)
             for a in body["articles"]]
    labels = None
    if any(given):
        labels = [name or r.meta.source or r.meta.title or f"article {n}"
                  for n, (name, r) in enumerate(zip(given, reports, strict=True), 1)]
    try:
        comparison = framing.compare(reports, labels=labels)
    except InputError as exc:
        raise invalid("articles", str(exc)) from None
    return jsonify(comparison.to_dict())  # documented by ComparisonSchema, not dumped through it


@blueprint.route("/v1/health", methods=["GET"])
@blueprint.response(200, HealthSchema)
@blueprint.alt_response(429, schema=ErrorSchema, description=_ERRORS[429])
def health() -> Any:
    """Liveness: the service answers, with the package and contract versions."""
    return {"status": "ok", "version": framing.__version__, "contract": CONTRACT_VERSION}
