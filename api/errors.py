"""One error shape for every refusal: ``{"error": {"code", "message", "fields"}}``.

The message says what to change; ``fields`` maps each offending request field (dotted path,
e.g. ``articles.1.text``) to its problems. Tracebacks never reach the client, and the logs
never hold the request body (article text).
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

import marshmallow as ma
from flask import Response, current_app, jsonify, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed

from framing.errors import FramingError

log = logging.getLogger("framing.api")

CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    429: "rate_limited",
    500: "internal_error",
}


class ErrorDetailSchema(ma.Schema):
    code = ma.fields.String(required=True, metadata={
        "description": "Stable machine-readable reason: " + ", ".join(sorted(set(CODES.values())))})
    message = ma.fields.String(required=True, metadata={"description": "What went wrong and what to change."})
    fields = ma.fields.Dict(
        keys=ma.fields.String(), values=ma.fields.List(ma.fields.String()), required=True,
        metadata={"description": "Offending request fields (dotted paths) and their problems; "
                                 "empty when the problem is not in one field."})


class ErrorSchema(ma.Schema):
    error = ma.fields.Nested(ErrorDetailSchema, required=True)


class ApiError(HTTPException):
    """An HTTP error with the API's message and per-field problems."""

    def __init__(self, status: int, message: str, fields: dict[str, list[str]] | None = None,
                 headers: dict[str, str] | None = None):
        self.code = status
        super().__init__(description=message)
        self.fields = fields or {}
        self.extra_headers = headers or {}


def invalid(field: str, message: str) -> ApiError:
    """A 422 naming the one field to change."""
    return ApiError(422, f"{field}: {message}", {field: [message]})


def error_response(status: int, message: str, fields: dict[str, list[str]] | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    response = jsonify({"error": {"code": CODES.get(status, "error"), "message": message,
                                  "fields": fields or {}}})
    response.status_code = status
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def flatten_messages(messages: Any, prefix: str = "") -> dict[str, list[str]]:
    """marshmallow's nested error dict as {"articles.1.text": ["..."]}."""
    if isinstance(messages, dict):
        flat: dict[str, list[str]] = {}
        for key, value in messages.items():
            name = prefix if key == "_schema" and prefix else (
                f"{prefix}.{key}" if prefix else ("body" if key == "_schema" else str(key)))
            for path, problems in flatten_messages(value, name).items():
                flat.setdefault(path, []).extend(problems)
        return flat
    if isinstance(messages, (list, tuple)):
        if all(isinstance(m, str) for m in messages):
            return {prefix or "body": list(messages)}
        flat = {}
        for item in messages:
            for path, problems in flatten_messages(item, prefix).items():
                flat.setdefault(path, []).extend(problems)
        return flat
    return {prefix or "body": [str(messages)]}


def _summary(fields: dict[str, list[str]]) -> str:
    """The first few problems, fields sharing a problem named together: 'text, html: send only one'."""
    by_problem: dict[str, list[str]] = {}
    for name, problems in fields.items():
        by_problem.setdefault(problems[0], []).append(name)
    parts = [f"{', '.join(names)}: {problem}" for problem, names in list(by_problem.items())[:3]]
    more = len(by_problem) - 3
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def handle_http_exception(error: HTTPException) -> Response:
    """Every HTTP error, ours or werkzeug's or webargs's, in the one shape with a useful message."""
    status = error.code or 500
    headers = dict(getattr(error, "extra_headers", {}) or {})
    if isinstance(error, ApiError):
        return error_response(status, error.description or "", error.fields, headers)
    data = getattr(error, "data", None) or {}
    if status == 422 and "messages" in data:  # webargs validation: {"json": {field: [...]}}
        messages = data["messages"]
        if isinstance(messages, dict) and set(messages) == {"json"}:
            messages = messages["json"]
        fields = flatten_messages(messages)
        return error_response(422, _summary(fields) or "the request body does not match its schema", fields)
    headers.update(data.get("headers") or {})
    if isinstance(error, MethodNotAllowed) and error.valid_methods:  # a 405 must say what is allowed (RFC 9110)
        headers["Allow"] = ", ".join(error.valid_methods)
    return error_response(status, _message(error), {}, headers)


def _message(error: HTTPException) -> str:
    status = error.code
    if status == 404:
        stripped = request.path.rstrip("/")
        method = _method_for(stripped) if stripped and stripped != request.path else None
        if method:
            return f"no such endpoint: {request.path}; drop the trailing slash: {method} {stripped}"
        return (f"no such endpoint: {request.path}. Endpoints: POST /v1/analyze, POST /v1/analyze/batch, "
                "POST /v1/compare, GET /v1/health; the API is described at /openapi.json and /docs")
    if status == 405:
        allowed = ", ".join(sorted(m for m in (getattr(error, "valid_methods", None) or []) if m != "OPTIONS"))
        return f"{request.method} is not allowed on {request.path}; use {allowed or 'another method'}"
    if status == 413:
        return too_large_message()
    if status == 400:
        return "the request body is not valid JSON: send a JSON object such as {\"text\": \"...\"}"
    return error.description or error.name


def _method_for(path: str) -> str | None:
    """The method to use on ``path`` if it is a route of the application: the request's own, else
    the route's (POST for /v1/analyze); None when no route has that path."""
    adapter = current_app.create_url_adapter(request)
    if adapter is None:
        return None
    try:
        adapter.match(path, method=request.method)
    except MethodNotAllowed as exc:
        allowed = sorted(m for m in exc.valid_methods or [] if m not in ("HEAD", "OPTIONS"))
        return " or ".join(allowed) or None
    except HTTPException:  # 404, or routing's own redirect
        return None
    return request.method


def too_large_message() -> str:
    from .state import api_state

    limit = api_state().settings.max_body
    if request.path.endswith("/compare"):  # many articles, each within the limit on its own
        advice = ("send fewer articles, or each one's text (or a recent report's id) rather than its whole page")
    else:
        advice = "send the article's text rather than the whole page, or split it"
    return f"the request body is over the limit of {limit:,} bytes (FRAMING_MAX_BODY): {advice}"


def handle_framing_error(error: FramingError) -> Response:
    """A library refusal that no schema caught (the library has the last word on input)."""
    return error_response(422, str(error), {})


def handle_unexpected(error: Exception) -> Response:
    """Last resort: log where it broke (frames only: an exception's message may quote the article)."""
    if isinstance(error, HTTPException):
        return handle_http_exception(error)
    frames = "".join(traceback.format_tb(error.__traceback__))
    log.error("unhandled %s on %s %s\n%s", type(error).__name__, request.method, request.path, frames)
    return error_response(500, "the server failed on this request; it has been logged. "
                               "Please report it with the time of the request", {})


def register_error_handlers(target: Any) -> None:
    """On an app or a blueprint: HTTP errors, library errors and anything else, all as JSON."""
    target.register_error_handler(HTTPException, handle_http_exception)
    target.register_error_handler(FramingError, handle_framing_error)
    target.register_error_handler(Exception, handle_unexpected)
