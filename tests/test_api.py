"""The REST API through Flask's test client: reports, comparisons, every refusal and its shape."""

from __future__ import annotations

import functools
import gzip
import json
import logging
import re

import pytest
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import framing
from api import OPENAPI_FILE, blueprint, create_app, openapi_document
from api.errors import flatten_messages
from api.settings import RateLimit, Settings, SettingsError, parse_rate_limit, settings_from_env
from api.state import RateLimiter, ReportCache

ARTICLE = ("The minister said on Monday that the new rail plan was a landmark decision for the region.\n"
           "Critics called the plan belated and costly, and the opposition leader warned of delays.\n")
OTHER = ("Officials admitted the rail plan would cost 4 billion euros, twice the first estimate.\n"
         "\"We were too slow,\" a senior official said.\n")
PAGE = ("<html><head><title>Rail plan</title></head><body><nav><a href='/'>Home</a> | "
        "<a href='/world'>World</a></nav><article><h1>Rail plan approved</h1>"
        "<p>The minister said on Monday that the new rail plan was a landmark decision for the region, "
        "which has waited for a faster line to the capital for more than twenty years.</p>"
        "<p>Critics called the plan belated and costly, and the opposition leader warned that the "
        "works would bring years of delays to commuters along the coast.</p></article>"
        "<footer>Copyright 2026 Example News. All rights reserved.</footer></body></html>")
JSON = "application/json"


@pytest.fixture
def app():
    return create_app({"TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


def assert_error(response, status: int, code: str, field: str | None = None) -> dict:
    """The one error shape, with the status, the code and (for 422) the offending field named."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == JSON
    body = response.get_json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) == {"code", "message", "fields"}
    assert error["code"] == code
    assert isinstance(error["message"], str) and error["message"]
    assert "Traceback" not in error["message"]
    if field is not None:
        assert field in error["fields"], error
        assert all(isinstance(m, str) for m in error["fields"][field])
    return error


# ------------------------------------------------------------------------------ /v1/analyze

def test_analyze_text_returns_the_report_of_the_library(client):
    response = client.post("/v1/analyze", json={"text": ARTICLE, "title": "Rail", "source": "Daily A"})
    assert response.status_code == 200
    report = response.get_json()
    expected = framing.analyze(ARTICLE, title="Rail", source="Daily A").to_dict()
    assert report == json.loads(json.dumps(expected))
    assert report["text"] == ARTICLE
    assert report["meta"]["source"] == "Daily A"
    for sentence in report["sentences"]:
        assert 0 <= sentence["start"] < sentence["end"] <= len(ARTICLE)


def test_analyze_html_reports_on_the_extracted_text(client):
    response = client.post("/v1/analyze", json={"html": PAGE, "url": "https://example.org/rail"})
    assert response.status_code == 200
    report = response.get_json()
    assert "landmark decision" in report["text"]
    assert "All rights reserved" not in report["text"] and "Home" not in report["text"]
    assert report["meta"]["url"] == "https://example.org/rail"
    assert report["id"] == framing.analyze(report["text"]).id


def test_identical_requests_are_answered_from_the_cache(client, monkeypatch):
    first = client.post("/v1/analyze", json={"text": ARTICLE})
    calls = []
    monkeypatch.setattr(framing, "analyze", lambda *a, **k: calls.append(a))
    second = client.post("/v1/analyze", json={"text": ARTICLE})
    assert (first.headers["X-Cache"], second.headers["X-Cache"]) == ("miss", "hit")
    assert second.get_json() == first.get_json() and calls == []
    assert second.data == first.data and second.mimetype == JSON  # the body is kept, not rebuilt


def test_reports_cached_by_compare_are_served_by_analyze(client, monkeypatch):
    client.post("/v1/compare", json={"articles": [{"text": ARTICLE}, {"text": OTHER}]})
    fresh = create_app({"TESTING": True}).test_client().post("/v1/analyze", json={"text": OTHER})
    monkeypatch.setattr(framing, "analyze", lambda *a, **k: pytest.fail("analysed again"))
    for _ in range(2):  # the first builds the body from the cached report, the second reuses it
        served = client.post("/v1/analyze", json={"text": OTHER})
        assert served.headers["X-Cache"] == "hit" and served.data == fresh.data


def test_cache_key_includes_the_options(client):
    plain = client.post("/v1/analyze", json={"text": ARTICLE})
    sourced = client.post("/v1/analyze", json={"text": ARTICLE, "source": "Daily B"})
    assert sourced.headers["X-Cache"] == "miss"
    assert sourced.get_json()["meta"]["source"] == "Daily B" and plain.get_json()["meta"]["source"] is None


@pytest.mark.parametrize("body, field", [
    ({"text": ""}, "text"),
    ({"text": "   \n\t "}, "text"),
    ({"text": "!!! ... ?? -- **"}, "text"),                    # no words: framing.errors.InputError
    ({"text": "a\x00b"}, "text"),
    ({"text": 42}, "text"),
    ({"text": ["a list"]}, "text"),
    ({"text": None}, "text"),
    ({"text": "Words.", "title": 7}, "title"),
    ({"text": "Words.", "source": {"name": "x"}}, "source"),
    ({"text": "Words.", "url": "u" * 3000}, "url"),
    ({"text": "Words.", "url": "not a url"}, "url"),            # kept in meta.url: refused, not kept as sent
    ({"text": "Words.", "url": "example.org/news/1"}, "url"),   # no scheme
    ({"html": "<p>Words.</p>", "url": "news page"}, "url"),
    ({"text": "Words.", "html": "<p>Words.</p>"}, "html"),     # both text and html
    ({}, "text"),                                              # neither
    ({"title": "only a title"}, "text"),
    ({"html": ""}, "html"),
    ({"html": "<html><body><script>var x = 1;</script></body></html>"}, "html"),  # no article text
    ({"text": "Words.", "colour": "red"}, "colour"),           # unknown field
    ([], "body"),
    ("just a string", "body"),
    (17, "body"),
])
def test_analyze_schema_violations_are_422_naming_the_field(client, body, field):
    error = assert_error(client.post("/v1/analyze", json=body), 422, "invalid_input", field)
    assert field in error["message"].split(":")[0]


@pytest.mark.parametrize("data, content_type, status, code", [
    (b'{"text": ', JSON, 400, "bad_request"),
    (b"{'text': 'single quotes'}", JSON, 400, "bad_request"),
    (b"", JSON, 400, "bad_request"),
    (b"\xff\xfe{}", JSON, 400, "bad_request"),                 # not UTF-8
    (b"[" * 50_000 + b"]" * 50_000, JSON, 400, "bad_request"),  # nested too deep for the parser
    (b'{"text": 1' + b"0" * 5000 + b"}", JSON, 400, "bad_request"),  # integer too long to read
    (b'{"text": "Words."}', "text/plain", 415, "unsupported_media_type"),
    (b'{"text": "Words."}', "application/x-www-form-urlencoded", 415, "unsupported_media_type"),
    (b'{"text": "Words."}', None, 415, "unsupported_media_type"),
])
def test_unreadable_bodies_get_their_status(client, data, content_type, status, code):
    headers = {"Content-Type": content_type} if content_type else {}
    error = assert_error(client.post("/v1/analyze", data=data, headers=headers), status, code)
    assert error["fields"] == {}


def test_a_compressed_body_is_refused_as_compressed_not_as_bad_utf8(client):
    body = gzip.compress(json.dumps({"text": ARTICLE}).encode())
    response = client.post("/v1/analyze", data=body, headers={"Content-Type": JSON, "Content-Encoding": "gzip"})
    error = assert_error(response, 415, "unsupported_media_type")
    assert "Content-Encoding: gzip" in error["message"] and "send it uncompressed" in error["message"]
    plain = client.post("/v1/analyze", json={"text": ARTICLE}, headers={"Content-Encoding": "identity"})
    assert plain.status_code == 200


@pytest.mark.parametrize("text, message", [
    ("", "text: is empty: send the article's text"),
    ('"' * 50, "text: has no words: send the article's text, not only punctuation or symbols"),
])
def test_a_text_problem_names_the_field_once(client, text, message):
    error = assert_error(client.post("/v1/analyze", json={"text": text}), 422, "invalid_input", "text")
    assert error["message"] == message


@pytest.mark.parametrize("path, body, field", [
    ("/v1/analyze", '{"text": "The mayor said \\ud83c the plan failed."}', "text"),
    ("/v1/analyze", '{"text": "The mayor said the plan failed.", "title": "Plan \\udc00"}', "title"),
    ("/v1/analyze", '{"text": "The mayor said the plan failed.", "source": "\\ud800"}', "source"),
    ("/v1/analyze", '{"text": "The mayor said the plan failed.", "url": "https://example.org/\\ud800"}', "url"),
    ("/v1/compare", '{"articles": [{"text": "The plan failed.", "label": "A \\ud83c"}, {"text": "It passed."}]}',
     "articles.0.label"),
])
def test_a_lone_surrogate_is_refused_naming_the_field(client, path, body, field):
    """Half of an escaped emoji is no character: the report could not be read back as UTF-8 (the command
    line refuses it too)."""
    error = assert_error(client.post(path, data=body, headers={"Content-Type": JSON}), 422, "invalid_input", field)
    assert "lone surrogate" in error["message"] and "whole characters" in error["message"]
    whole = client.post("/v1/analyze", data='{"text": "The mayor said \\ud83d\\ude00 the plan failed."}',
                        headers={"Content-Type": JSON})
    assert whole.status_code == 200 and "\U0001f600" in whole.get_json()["text"]


def test_a_utf8_byte_order_mark_is_read_past(client):
    """Windows tools (PowerShell's Out-File, Notepad) save JSON with a BOM; RFC 8259 lets a parser skip it."""
    body = b"\xef\xbb\xbf" + json.dumps({"text": ARTICLE}).encode()
    response = client.post("/v1/analyze", data=body, headers={"Content-Type": JSON})
    assert response.status_code == 200 and response.get_json()["text"] == ARTICLE


def test_a_utf16_body_is_named_as_utf16(client):
    body = json.dumps({"text": ARTICLE}).encode("utf-16")
    error = assert_error(client.post("/v1/analyze", data=body, headers={"Content-Type": JSON}), 400, "bad_request")
    assert "UTF-16" in error["message"] and "send JSON encoded as UTF-8" in error["message"]


@pytest.mark.parametrize("url", ["https://example.org/news/1?a=b#c", "http://127.0.0.1:8000/x", "file:///tmp/page.html"])
def test_full_addresses_are_kept_in_meta_url(client, url):
    response = client.post("/v1/analyze", json={"text": ARTICLE, "url": url})
    assert response.status_code == 200 and response.get_json()["meta"]["url"] == url


def test_fields_in_the_query_string_are_refused_not_dropped(client):
    response = client.post("/v1/analyze?source=AP&title=Plan", json={"text": ARTICLE})
    error = assert_error(response, 422, "invalid_input")
    assert error["message"] == "source, title: sent in the query string, which is not read: put it in the JSON body"
    assert set(error["fields"]) == {"query.source", "query.title"}
    assert client.get("/v1/health?probe=1").status_code == 200  # a GET reads nothing: a cache-buster is harmless


def test_json_with_charset_is_accepted(client):
    response = client.post("/v1/analyze", data=json.dumps({"text": ARTICLE}),
                           headers={"Content-Type": "application/json; charset=utf-8"})
    assert response.status_code == 200


def test_body_over_the_limit_is_413(client):
    body = json.dumps({"text": "word " * 450_000})  # about 2.25 MB
    error = assert_error(client.post("/v1/analyze", data=body, content_type=JSON), 413, "payload_too_large")
    assert "2,097,152" in error["message"]


def test_body_limit_is_configurable():
    client = create_app({"FRAMING_MAX_BODY": 1000}).test_client()
    assert client.post("/v1/analyze", json={"text": "word " * 100}).status_code == 200
    assert_error(client.post("/v1/analyze", json={"text": "word " * 300}), 413, "payload_too_large")
    error = assert_error(client.post("/v1/compare", json={"articles": [{"text": "word " * 100}] * 3}), 413,
                         "payload_too_large")
    assert "send fewer articles" in error["message"], "the advice fits the endpoint"


@pytest.mark.parametrize("method, path, status, code", [
    ("GET", "/v1/nothing", 404, "not_found"),
    ("POST", "/", 404, "not_found"),
    ("GET", "/v1/analyze", 405, "method_not_allowed"),
    ("PUT", "/v1/compare", 405, "method_not_allowed"),
    ("DELETE", "/v1/health", 405, "method_not_allowed"),
])
def test_unknown_routes_and_methods_are_json(client, method, path, status, code):
    error = assert_error(client.open(path, method=method), status, code)
    if status == 405:
        assert re.search(r"use (GET|POST)", error["message"])
    if status == 404:  # every endpoint the app serves is named
        served = {r.rule for r in client.application.url_map.iter_rules() if r.rule.startswith("/v1/")}
        assert served and all(rule in error["message"] for rule in served)


# ------------------------------------------------------------------------------ /v1/analyze/batch

def test_batch_returns_each_articles_report_in_request_order(client):
    response = client.post("/v1/analyze/batch", json={"articles": [
        {"text": ARTICLE, "source": "Daily A"}, {"html": PAGE}, {"text": OTHER}]})
    assert response.status_code == 200
    reports = response.get_json()["reports"]
    singles = [client.post("/v1/analyze", json=body).get_json()
               for body in ({"text": ARTICLE, "source": "Daily A"}, {"html": PAGE}, {"text": OTHER})]
    assert reports == singles
    assert client.post("/v1/compare", json={"articles": [{"id": r["id"]} for r in reports]}).status_code == 200


@pytest.mark.parametrize("body, field", [
    ({"articles": []}, "articles"),
    ({"articles": [{"text": ARTICLE}] * 101}, "articles"),
    ({"articles": [{"text": ARTICLE}, {"text": ""}]}, "articles.1.text"),
    ({"articles": [{"text": ARTICLE}, {"html": "<p></p>"}]}, "articles.1.html"),
    ({"articles": [{"text": ARTICLE}, {"text": OTHER, "id": "x"}]}, "articles.1.id"),
    ({"texts": [ARTICLE]}, "texts"),
])
def test_batch_violations_are_422_naming_the_article(client, body, field):
    assert_error(client.post("/v1/analyze/batch", json=body), 422, "invalid_input", field)


# ------------------------------------------------------------------------------ /v1/compare

def test_compare_texts_returns_the_comparison(client):
    response = client.post("/v1/compare", json={"articles": [
        {"text": ARTICLE, "source": "Daily A"}, {"text": OTHER, "source": "Daily B"}]})
    assert response.status_code == 200
    comparison = response.get_json()
    expected = framing.compare([framing.analyze(ARTICLE, source="Daily A"),
                                framing.analyze(OTHER, source="Daily B")]).to_dict()
    assert comparison == json.loads(json.dumps(expected))
    assert [a["id"] for a in comparison["articles"]] == [framing.analyze(t).id for t in (ARTICLE, OTHER)]
    assert isinstance(comparison["findings"], list)


def test_compare_by_id_uses_earlier_reports_and_labels(client):
    first = client.post("/v1/analyze", json={"text": ARTICLE}).get_json()
    response = client.post("/v1/compare", json={"articles": [
        {"id": first["id"], "label": "earlier"}, {"html": PAGE, "label": "page"}, {"text": OTHER}]})
    assert response.status_code == 200
    articles = response.get_json()["articles"]
    assert articles[0]["id"] == first["id"]
    assert [a["label"] for a in articles[:2]] == ["earlier", "page"]


@pytest.mark.parametrize("body, field", [
    ({"articles": [{"text": ARTICLE}]}, "articles"),
    ({"articles": []}, "articles"),
    ({"articles": [{"text": ARTICLE}] * 11}, "articles"),
    ({"articles": "two texts"}, "articles"),
    ({}, "articles"),
    ({"articles": [{"text": ARTICLE}, {"text": ""}]}, "articles.1.text"),
    ({"articles": [{"text": ARTICLE}, {"text": "?!"}]}, "articles.1.text"),
    ({"articles": [{"text": ARTICLE}, {"id": "0123456789abcdef"}]}, "articles.1.id"),  # not in the cache
    ({"articles": [{"text": ARTICLE}, {"text": OTHER, "id": "x"}]}, "articles.1.text"),
    ({"articles": [{"text": ARTICLE}, {}]}, "articles.1.text"),
    ({"articles": [{"text": ARTICLE}, "text"]}, "articles.1"),
    ({"articles": [{"text": ARTICLE}, {"html": "<p></p>"}]}, "articles.1.html"),
    ({"articles": [{"text": ARTICLE}, {"text": OTHER}], "mode": "fast"}, "mode"),
])
def test_compare_violations_are_422_naming_the_field(client, body, field):
    assert_error(client.post("/v1/compare", json=body), 422, "invalid_input", field)


def test_a_source_sent_with_an_id_names_the_article_and_a_url_is_refused(client):
    report_id = client.post("/v1/analyze", json={"text": ARTICLE}).get_json()["id"]
    response = client.post("/v1/compare", json={"articles": [{"id": report_id, "source": "Daily A"},
                                                             {"text": OTHER, "source": "Daily B"}]})
    assert [a["label"] for a in response.get_json()["articles"]] == ["Daily A", "Daily B"]  # not "article 1"
    response = client.post("/v1/compare", json={"articles": [{"id": report_id, "title": "Rail plan", "label": "A"},
                                                             {"text": OTHER}]})
    assert [a["label"] for a in response.get_json()["articles"]] == ["A", "article 2"]
    error = assert_error(client.post("/v1/compare", json={"articles": [
        {"id": report_id, "url": "https://example.org/a"}, {"text": OTHER}]}), 422, "invalid_input", "articles.0.url")
    assert "not read with an id" in error["message"]


def test_unknown_id_says_what_to_send_instead(client):
    error = assert_error(client.post("/v1/compare", json={"articles": [{"text": ARTICLE}, {"id": "feedbeef"}]}),
                         422, "invalid_input", "articles.1.id")
    assert "feedbeef" in error["message"] and "text" in error["message"]


# ------------------------------------------------------------------------------- /v1/health

def test_an_id_with_the_cache_turned_off_says_so():
    client = create_app({"TESTING": True, "FRAMING_CACHE_SIZE": 0}).test_client()
    report_id = client.post("/v1/analyze", json={"text": ARTICLE}).get_json()["id"]
    error = assert_error(client.post("/v1/compare", json={"articles": [{"id": report_id}, {"text": OTHER}]}),
                         422, "invalid_input", "articles.0.id")
    assert "send the article's text or html instead (this server keeps no reports: FRAMING_CACHE_SIZE is 0)" in \
        error["message"]


def test_health(client):
    response = client.get("/v1/health")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "version": framing.__version__, "contract": "1"}


def test_health_documents_the_rate_limit_it_answers_with():
    client = create_app({"TESTING": True, "FRAMING_RATE_LIMIT": "1/minute"}).test_client()
    assert client.get("/v1/health").status_code == 200
    assert_error(client.get("/v1/health"), 429, "rate_limited")
    assert "429" in openapi_document()["paths"]["/v1/health"]["get"]["responses"]


# ------------------------------------------------------------------------------------- CORS

PREFLIGHT = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}


@pytest.mark.parametrize("config, origin, allowed", [
    ({}, "chrome-extension://abcdefghijklmnop", True),                  # any extension by default
    ({"FRAMING_EXTENSION_IDS": "abcdefghijklmnop"}, "chrome-extension://abcdefghijklmnop", True),
    ({"FRAMING_EXTENSION_IDS": "abcdefghijklmnop"}, "chrome-extension://ponmlkjihgfedcba", False),
    ({"FRAMING_EXTENSION_IDS": ""}, "chrome-extension://abcdefghijklmnop", False),
    ({}, "https://evil.example", False),
    ({}, "null", False),
    ({"FRAMING_CORS_ORIGINS": "https://news.example, http://localhost:3000"}, "https://news.example", True),
    ({"FRAMING_CORS_ORIGINS": "https://news.example"}, "https://news.example.evil", False),
    ({"FRAMING_CORS_ORIGINS": "https://news.example"}, "http://news.example", False),
])
def test_cors_allows_the_extension_and_configured_origins_only(config, origin, allowed):
    client = create_app(config).test_client()
    preflight = client.options("/v1/analyze", headers={"Origin": origin, **PREFLIGHT})
    assert preflight.status_code == 200
    actual = client.post("/v1/analyze", json={"text": ARTICLE}, headers={"Origin": origin})
    assert actual.status_code == 200
    for response in (preflight, actual):
        assert "Origin" in response.headers.get("Vary", "")
        assert response.headers.get("Access-Control-Allow-Origin") == (origin if allowed else None)
    if allowed:
        assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
        assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()


def test_errors_carry_cors_headers_so_the_extension_can_read_them(client):
    origin = "chrome-extension://abcdefghijklmnop"
    for response in (client.post("/v1/analyze", json={"text": ""}, headers={"Origin": origin}),
                     client.get("/v1/nope", headers={"Origin": origin})):
        assert response.headers["Access-Control-Allow-Origin"] == origin


# ------------------------------------------------------------------------------- rate limit

def test_rate_limit_answers_429_with_retry_after():
    client = create_app({"FRAMING_RATE_LIMIT": "2/minute"}).test_client()
    statuses = [client.get("/v1/health").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    response = client.get("/v1/health")
    assert_error(response, 429, "rate_limited")
    assert int(response.headers["Retry-After"]) >= 1
    other = client.get("/v1/health", environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert other.status_code == 200  # per client
    preflight = client.options("/v1/analyze", headers={"Origin": "chrome-extension://abc", **PREFLIGHT})
    assert preflight.status_code == 200  # preflights are not counted


def test_token_bucket_refills_with_time():
    now = [0.0]
    limiter = RateLimiter(RateLimit(2, 60), clock=lambda: now[0], max_clients=2)
    waits = [limiter.wait_seconds("a") for _ in range(3)]  # on the fake clock above
    assert waits == [0.0, 0.0, pytest.approx(30.0)]
    now[0] = 30.0
    wait = limiter.wait_seconds("a")
    assert wait == 0.0
    for client in ("b", "c", "d"):
        limiter.wait_seconds(client)
    assert len(limiter._buckets) == 2


@pytest.mark.parametrize("text, expected", [
    ("", None), ("0/minute", None), ("60/minute", RateLimit(60, 60)), ("5 per second", RateLimit(5, 1)),
    ("100/hour", RateLimit(100, 3600)), ("1000/d", RateLimit(1000, 86400)),
])
def test_parse_rate_limit(text, expected):
    assert parse_rate_limit(text) == expected


@pytest.mark.parametrize("text", ["fast", "60", "60/fortnight", "-1/minute"])
def test_bad_rate_limit_is_refused_with_the_setting_named(text):
    with pytest.raises(SettingsError, match="FRAMING_RATE_LIMIT"):
        parse_rate_limit(text)


def test_settings_from_env_types_and_names_bad_values():
    env = {"FRAMING_MAX_BODY": "1000", "FRAMING_PORT": "9000", "FRAMING_CORS_ORIGINS": "https://a.example",
           "HOME": "/root", "FRAMING_RATE_LIMIT": ""}
    assert settings_from_env(env, server=True) == {"FRAMING_MAX_BODY": 1000, "FRAMING_PORT": 9000,
                                                   "FRAMING_CORS_ORIGINS": "https://a.example"}
    with pytest.raises(SettingsError, match="FRAMING_CACHE_SIZE"):
        settings_from_env({"FRAMING_CACHE_SIZE": "lots"})
    settings = Settings.from_config({"FRAMING_EXTENSION_IDS": "abc, def", "FRAMING_CORS_ORIGINS": ["https://x/"]})
    assert settings.extension_ids == {"abc", "def"} and not settings.any_extension
    assert settings.cors_origins == {"https://x"}


# ------------------------------------------------------------------------------------ cache

def test_report_cache_is_bounded_lru_and_found_by_id():
    cache = ReportCache(2)
    reports = [framing.analyze(t) for t in (ARTICLE, OTHER, "A third, short article.")]
    cache.put(("a",), reports[0])
    cache.put(("b",), reports[1])
    assert cache.get(("a",)) is reports[0]  # now most recent
    cache.put(("c",), reports[2], b'{"id": "c"}')
    assert cache.entry(("c",)) == (reports[2], b'{"id": "c"}') and cache.entry(("a",)) == (reports[0], None)
    assert len(cache) == 2
    assert cache.get(("b",)) is None and cache.by_id(reports[1].id) is None
    assert cache.by_id(reports[0].id) is reports[0] and cache.by_id(reports[2].id) is reports[2]
    off = ReportCache(0)
    off.put(("a",), reports[0])
    assert len(off) == 0 and off.by_id(reports[0].id) is None


def test_cache_size_is_configurable(monkeypatch):
    client = create_app({"FRAMING_CACHE_SIZE": 0}).test_client()
    client.post("/v1/analyze", json={"text": ARTICLE})
    assert client.post("/v1/analyze", json={"text": ARTICLE}).headers["X-Cache"] == "miss"


# ------------------------------------------------------------------ never a 500, never text in logs

def test_logs_never_hold_article_text(client, caplog):
    secret = "Zorblaxian ministers praised the quintessential wobblefrump accord."
    with caplog.at_level(logging.DEBUG):
        client.post("/v1/analyze", json={"text": secret})
        client.post("/v1/analyze", json={"text": secret, "colour": 1})
        client.post("/v1/compare", json={"articles": [{"text": secret}, {"html": f"<p>{secret}</p>"}]})
    assert caplog.records, "requests are logged"
    for record in caplog.records:
        assert "wobblefrump" not in record.getMessage()


def test_an_unexpected_failure_is_a_json_500_without_text_in_logs(client, monkeypatch, caplog):
    secret = "The wobblefrump accord was signed."

    def broken(text, **meta):
        raise RuntimeError(f"broke on {text}")

    monkeypatch.setattr(framing, "analyze", broken)
    with caplog.at_level(logging.DEBUG):
        response = client.post("/v1/analyze", json={"text": secret})
    error = assert_error(response, 500, "internal_error")
    assert "wobblefrump" not in error["message"]
    assert any("RuntimeError" in r.getMessage() for r in caplog.records)
    assert all("wobblefrump" not in r.getMessage() for r in caplog.records)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12)
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
@functools.cache
def fuzz_client():
    return create_app().test_client()


FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=list(HealthCheck))


@FUZZ
@given(path=st.sampled_from(["/v1/analyze", "/v1/compare"]),
       body=JSON_VALUES | st.fixed_dictionaries({"text": ANY_TEXT}, optional={"html": st.text(max_size=50)})
       | st.fixed_dictionaries({"articles": st.lists(st.fixed_dictionaries({"text": ANY_TEXT}), max_size=3)}))
def test_any_json_body_gets_a_documented_answer(path, body):
    response = fuzz_client().post(path, data=json.dumps(body), content_type=JSON)
    assert response.status_code in (200, 422), response.get_data(as_text=True)
    if response.status_code == 422:
        assert_error(response, 422, "invalid_input")
        assert response.get_json()["error"]["fields"]


@FUZZ
@given(text=ANY_TEXT)
def test_any_text_is_analysed_unchanged_or_refused_on_the_text_field(text):
    response = fuzz_client().post("/v1/analyze", data=json.dumps({"text": text}), content_type=JSON)
    if response.status_code == 200:
        assert response.get_json()["text"] == text
    else:
        assert_error(response, 422, "invalid_input", "text")


@FUZZ
@given(data=st.binary(max_size=200))
def test_any_bytes_get_a_documented_answer(data):
    response = fuzz_client().post("/v1/analyze", data=data, content_type=JSON)
    assert response.status_code in (200, 400, 422)
    if response.status_code != 200:
        assert_error(response, response.status_code, "bad_request" if response.status_code == 400 else "invalid_input")


@pytest.mark.parametrize("messages, expected", [
    ({"text": ["bad"]}, {"text": ["bad"]}),
    ({"_schema": ["not an object"]}, {"body": ["not an object"]}),
    ({"articles": {"1": {"text": ["empty"], "_schema": ["x"]}}}, {"articles.1.text": ["empty"], "articles.1": ["x"]}),
    ({"articles": ["too few"]}, {"articles": ["too few"]}),
])
def test_flatten_messages(messages, expected):
    assert flatten_messages(messages) == expected


# ------------------------------------------------------------------ OpenAPI, docs, plugin

def test_openapi_document_is_served_and_committed(client):
    served = client.get("/openapi.json")
    assert served.status_code == 200
    document = served.get_json()
    assert document["openapi"].startswith("3.")
    assert {"/v1/analyze", "/v1/compare", "/v1/health"} <= set(document["paths"])
    committed = json.loads(OPENAPI_FILE.read_text("utf-8"))
    assert committed == openapi_document() == document, (
        "the API contract changed: run `.venv/bin/python -m api openapi --write` and commit api/openapi.json")


def test_openapi_describes_the_contract_fields():
    schemas = openapi_document()["components"]["schemas"]
    assert set(schemas["Report"]["required"]) >= {"id", "text", "meta", "tone", "sentences", "actors",
                                                  "quotes", "evaluative", "frames", "claims"}
    assert schemas["Report"]["additionalProperties"] is True  # fields are added, never removed
    assert schemas["AnalyzeRequest"]["additionalProperties"] is False
    assert schemas["Error"]["required"] == ["error"]
    assert set(schemas["ErrorDetail"]["required"]) == {"code", "message", "fields"}


def test_docs_page_works_offline(client):
    page = client.get("/docs")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert len(assets) >= 3
    for url in assets:
        assert url.startswith("/"), f"{url} would need the network"
        with client.get(url) as asset:
            assert asset.status_code == 200 and len(asset.data) > 1000
    assert "http://" not in html and "https://" not in html
    assert '"validatorUrl": null' in html


@pytest.mark.parametrize("path, body", [("/v1/analyze/batch", {"articles": [None]}),
                                        ("/v1/compare", {"articles": [{"text": ARTICLE}, None]})])
def test_a_null_article_is_named_in_the_apis_words(client, path, body):
    error = assert_error(client.post(path, json=body), 422, "invalid_input")
    problem = next(iter(error["fields"].values()))[0]
    assert problem.startswith('must be an article, {"text"}') and problem.endswith("not null")  # not marshmallow's


@pytest.mark.parametrize("method, path, advice", [
    ("POST", "/v1/analyze/", "drop the trailing slash: POST /v1/analyze"),
    ("POST", "/v1/analyze/batch/", "drop the trailing slash: POST /v1/analyze/batch"),
    ("GET", "/v1/compare/", "drop the trailing slash: POST /v1/compare"),   # the method that works there
    ("GET", "/v1/health/", "drop the trailing slash: GET /v1/health"),
    ("GET", "/openapi.json/", "drop the trailing slash: GET /openapi.json"),
])
def test_a_trailing_slash_is_named_as_the_problem(client, method, path, advice):
    error = assert_error(client.open(path, method=method, json={"text": ARTICLE}), 404, "not_found")
    assert error["message"] == f"no such endpoint: {path}; {advice}"
    assert "Endpoints:" in assert_error(client.post("/v1/nope/", json={}), 404, "not_found")["message"]


@pytest.mark.parametrize("method, path, allowed", [
    ("GET", "/v1/analyze", {"POST", "OPTIONS"}), ("DELETE", "/v1/compare", {"POST", "OPTIONS"}),
    ("POST", "/v1/health", {"GET", "HEAD", "OPTIONS"}), ("POST", "/openapi.json", {"GET", "HEAD", "OPTIONS"}),
])
def test_a_405_carries_the_allow_header(client, method, path, allowed):
    response = client.open(path, method=method)
    assert response.status_code == 405 and set(response.headers["Allow"].split(", ")) == allowed


def test_a_post_to_the_docs_page_is_told_to_get_it(client):
    for path in ("/docs", "/docs/"):  # not a 308 to "/docs/" and then a 404
        error = assert_error(client.post(path, json={}), 405, "method_not_allowed")
        assert error["message"].endswith("use GET, HEAD")


def test_the_servers_address_in_a_browser_leads_to_the_docs(client):
    for path in ("/", "/docs/"):
        response = client.get(path)
        assert response.status_code == 302 and response.headers["Location"] == "/docs"
    assert client.get("/", follow_redirects=True).mimetype == "text/html"
    assert "POST /v1/analyze" in assert_error(client.post("/", json={"text": ARTICLE}), 404, "not_found")["message"]
    assert "/" not in openapi_document()["paths"]


def test_blueprint_registers_into_another_flask_app():
    host = Flask("host")
    host.config["FRAMING_MAX_BODY"] = 5000

    @host.get("/")
    def home():
        return "host home"

    host.register_blueprint(blueprint, url_prefix="/framing")
    client = host.test_client()
    assert client.get("/").get_data(as_text=True) == "host home"
    assert client.post("/framing/v1/analyze", json={"text": ARTICLE}).get_json()["text"] == ARTICLE
    assert_error(client.post("/framing/v1/analyze", json={"text": ""}), 422, "invalid_input", "text")
    assert_error(client.post("/framing/v1/analyze", data="x", content_type="text/plain"), 415,
                 "unsupported_media_type")
    assert_error(client.post("/framing/v1/analyze", json={"text": "w " * 3000}), 413, "payload_too_large")
    origin = "chrome-extension://abcdefghijklmnop"
    preflight = client.options("/framing/v1/analyze", headers={"Origin": origin, **PREFLIGHT})
    assert preflight.headers["Access-Control-Allow-Origin"] == origin
    assert "Access-Control-Allow-Origin" not in client.get("/", headers={"Origin": origin}).headers


@pytest.mark.parametrize("config, name", [
    ({"FRAMING_MAX_BODY": "big"}, "FRAMING_MAX_BODY"),
    ({"FRAMING_CACHE_SIZE": -1}, "FRAMING_CACHE_SIZE"),
    ({"FRAMING_RATE_LIMIT": "often"}, "FRAMING_RATE_LIMIT"),
])
def test_create_app_refuses_bad_settings(config, name):
    with pytest.raises(SettingsError, match=name):
        create_app(config)


@pytest.mark.parametrize("path, body, expected", [
    ("/v1/analyze", {"text": 42}, "text: must be a JSON string: the article's plain text"),
    ("/v1/analyze", {"text": None}, "text: must be the article's text, not null"),
    ("/v1/analyze", {"html": ["<p>"]}, "html: must be a JSON string: the article's web page"),
    ("/v1/analyze", {"text": "Words.", "title": 7}, "title: must be a JSON string"),
    ("/v1/compare", {}, 'articles: missing: send {"articles": [{"text": ...}, {"text": ...}]}'),
    ("/v1/compare", {"articles": "two texts"},
     'articles: must be a list of 2 to 10 articles, each {"text"}, {"html"} or {"id"}'),
    ("/v1/compare", {"articles": [{"text": ARTICLE}, {"text": OTHER, "label": 3}]},
     "articles.1.label: must be a JSON string"),
])
def test_type_errors_say_what_to_send_not_marshmallow_defaults(client, path, body, expected):
    response = client.post(path, json=body)
    assert response.status_code == 422
    assert response.get_json()["error"]["message"] == expected


@pytest.mark.parametrize("path, body, expected", [
    ("/v1/analyze", {"text": "Words.", "url": "u" * 3000}, "url: is longer than 2048 characters: shorten it"),
    ("/v1/analyze", {"html": ""}, "html: is empty: send the article's web page"),
    ("/v1/compare", {"articles": [{"text": ARTICLE}, {"id": ""}]},
     "articles.1.id: must be a report's id (1 to 64 characters)"),
])
def test_length_errors_say_what_to_change(client, path, body, expected):
    assert client.post(path, json=body).get_json()["error"]["message"] == expected


def test_a_field_given_twice_is_refused_not_silently_dropped(client):
    response = client.post("/v1/analyze", data='{"text": "One.", "text": "Two."}', content_type="application/json")
    error = assert_error(response, 400, "bad_request")
    assert "'text' twice" in error["message"]


def test_a_url_without_the_page_says_the_server_fetches_nothing(client):
    """A client that sends only the address expects the page to be fetched: the 422 says it never is,
    and what to send instead (not only that "text" is missing, which reads as a fault in the url)."""
    error = assert_error(client.post("/v1/analyze", json={"url": "https://example.org/news/1"}),
                         422, "invalid_input", "text")
    assert "does not fetch" in error["message"] and "html" in error["message"]
    compared = assert_error(client.post("/v1/compare", json={"articles": [
        {"text": "The plan failed, the mayor said."}, {"url": "https://example.org/news/2"}]}),
        422, "invalid_input", "articles.1.text")
    assert "does not fetch" in compared["message"]
