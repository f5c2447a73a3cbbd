"""End to end: ``framing serve`` (waitress) on a free loopback port, called over real HTTP."""

from __future__ import annotations

import contextlib
import json
import socket
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from framing.bench import ServerStartError, serving

ARTICLE = ("The mayor said the new bridge was a triumph for the city.\n"
           "Residents called the project overdue and far too expensive.\n")
SECRET_WORD = "quibblesnatch"
ORIGIN = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
MAX_BODY = 100_000


@contextlib.contextmanager
def running(log_path, *args: str, **env: str):
    """`framing serve ARGS` on a free loopback port, as `make run` starts it; yields its base url."""
    with open(log_path, "wb") as log:
        try:
            with serving(*args, env=env, log=log, cwd=log_path.parent) as port:
                yield f"http://127.0.0.1:{port}"
        except ServerStartError:
            pytest.fail(f"the server did not start:\n{log_path.read_text('utf-8', 'replace')}")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The API served by waitress (threads); yields (base url, log file)."""
    log_path = tmp_path_factory.mktemp("server") / "server.log"
    with running(log_path, FRAMING_THREADS="3", FRAMING_MAX_BODY=str(MAX_BODY), FRAMING_LOG_LEVEL="DEBUG") as base:
        yield base, log_path


def call(base: str, path: str, *, body: bytes | None = None, method: str | None = None,
         headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(base + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()


def post_json(base: str, path: str, payload, **kwargs):
    headers = {"Content-Type": "application/json", **kwargs.pop("headers", {})}
    return call(base, path, body=json.dumps(payload).encode(), headers=headers, **kwargs)


def test_analyze_over_http(server):
    base, _ = server
    status, headers, body = post_json(base, "/v1/analyze", {"text": ARTICLE, "source": "City Post"})
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    report = json.loads(body)
    assert report["text"] == ARTICLE and report["meta"]["source"] == "City Post"
    assert report["tone"]["label"] in {"negative", "neutral", "positive"}
    again = post_json(base, "/v1/analyze", {"text": ARTICLE, "source": "City Post"})
    assert (headers["X-Cache"], again[1]["X-Cache"]) == ("miss", "hit")


def test_compare_over_http_by_id(server):
    base, _ = server
    first = json.loads(post_json(base, "/v1/analyze", {"text": ARTICLE})[2])
    status, _, body = post_json(base, "/v1/compare", {"articles": [
        {"id": first["id"]}, {"text": "The bridge opened late and over budget, officials admitted."}]})
    assert status == 200
    assert json.loads(body)["articles"][0]["id"] == first["id"]


def test_preflight_from_the_extension(server):
    base, _ = server
    status, headers, _ = call(base, "/v1/analyze", method="OPTIONS", headers={
        "Origin": ORIGIN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status in (200, 204)
    assert headers["Access-Control-Allow-Origin"] == ORIGIN
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "content-type" in headers["Access-Control-Allow-Headers"].lower()
    status, headers, _ = post_json(base, "/v1/analyze", {"text": ARTICLE}, headers={"Origin": ORIGIN})
    assert status == 200 and headers["Access-Control-Allow-Origin"] == ORIGIN
    _, headers, _ = post_json(base, "/v1/analyze", {"text": ARTICLE}, headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in headers


@pytest.mark.parametrize("body, content_type, status, code", [
    (b'{"text": ', "application/json", 400, "bad_request"),
    (b'{"text": "Words."}', "text/plain", 415, "unsupported_media_type"),
    (b'{"text": ""}', "application/json", 422, "invalid_input"),
    (b'{"text": "' + b"word " * (MAX_BODY // 5) + b'"}', "application/json", 413, "payload_too_large"),
])
def test_refusals_over_http_are_json(server, body, content_type, status, code):
    base, _ = server
    actual, headers, raw = call(base, "/v1/analyze", body=body, headers={"Content-Type": content_type})
    assert actual == status
    assert headers["Content-Type"].startswith("application/json")
    assert json.loads(raw)["error"]["code"] == code


def test_unknown_path_over_http_is_json_404(server):
    base, _ = server
    status, _, raw = call(base, "/admin")
    assert status == 404 and json.loads(raw)["error"]["code"] == "not_found"


def test_parallel_requests_are_served(server):
    base, _ = server
    texts = [f"Article {n}: the council praised the plan, and critics attacked it." for n in range(6)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(lambda t: post_json(base, "/v1/analyze", {"text": t}), texts))
    assert [status for status, _, _ in results] == [200] * 6
    assert [json.loads(body)["text"] for _, _, body in results] == texts


def test_openapi_and_docs_over_http(server):
    base, _ = server
    status, _, raw = call(base, "/openapi.json")
    assert status == 200 and "/v1/analyze" in json.loads(raw)["paths"]
    status, headers, _ = call(base, "/docs")
    assert status == 200 and headers["Content-Type"].startswith("text/html")


def test_server_log_holds_no_article_text(server):
    base, log_path = server
    post_json(base, "/v1/analyze", {"text": f"The {SECRET_WORD} treaty was signed today."})
    post_json(base, "/v1/analyze", {"text": f"The {SECRET_WORD} treaty.", "oops": True})
    time.sleep(0.2)
    log = log_path.read_text("utf-8", "replace")
    assert "POST /v1/analyze 200" in log
    assert SECRET_WORD not in log


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize("env, message", [
    ({"FRAMING_PORT": "eighty"}, "FRAMING_PORT must be a whole number"),
    ({"FRAMING_RATE_LIMIT": "lots"}, "FRAMING_RATE_LIMIT must look like '60/minute'"),
    ({"FRAMING_LOG_LEVEL": "loud"}, "FRAMING_LOG_LEVEL must be one of DEBUG, INFO"),
])
def test_serve_refuses_bad_settings_with_the_variable_named(env, message, workers, monkeypatch):
    import waitress
    from click.testing import CliRunner
    from gunicorn.app.base import BaseApplication

    from framing.cli import cli

    def must_not_serve(*args, **kwargs):
        raise AssertionError("serve went ahead with a bad setting")

    monkeypatch.setattr(waitress, "serve", must_not_serve)
    monkeypatch.setattr(waitress, "create_server", must_not_serve)
    monkeypatch.setattr(BaseApplication, "run", must_not_serve)

    result = CliRunner().invoke(cli, ["serve", "--workers", workers], env=env)
    assert result.exit_code == 1
    assert message in result.output


@pytest.mark.parametrize("args, message", [
    (["--host", "127.0.0.1"], "Address already in use; is another server running there?"),
    (["--host", "999.0.0.1"], "not an address of this machine; set --host"),
])
def test_serve_says_why_it_cannot_listen(args, message):
    from click.testing import CliRunner

    from framing.cli import cli

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        result = CliRunner().invoke(cli, ["serve", "--port", str(busy.getsockname()[1]), *args])
    assert result.exit_code == 1 and message in result.stderr, result.output


PAGE = ("<html><head><title>Bridge</title></head><body><nav><a href='/'>Home</a></nav><article>"
        f"<h1>The {SECRET_WORD} bridge opens</h1><p>The mayor said the new bridge was a triumph for the "
        "city, which had waited for it for more than twenty years.</p><p>Residents called the project "
        "overdue and far too expensive, and the opposition promised an inquiry.</p></article></body></html>")


def test_prefork_workers_serve_reports_and_log_like_waitress(tmp_path):
    """`framing serve --workers 2` (gunicorn, pre-fork): reports over HTTP, refusals in the one error
    shape, and the same log: request lines, never the article, none of the extractor's chatter."""
    log_path = tmp_path / "prefork.log"
    with running(log_path, "--workers", "2", FRAMING_MAX_BODY=str(MAX_BODY), FRAMING_LOG_LEVEL="DEBUG") as base:
        status, headers, body = post_json(base, "/v1/analyze", {"text": ARTICLE, "source": "City Post"})
        assert status == 200 and headers["Content-Type"].startswith("application/json")
        report = json.loads(body)
        assert report["text"] == ARTICLE and report["meta"]["source"] == "City Post"
        status, _, body = post_json(base, "/v1/analyze", {"html": PAGE, "url": "https://example.org/bridge"})
        assert status == 200 and SECRET_WORD in json.loads(body)["text"]
        texts = [f"Article {n}: the council praised the plan, and critics attacked it." for n in range(4)]
        with ThreadPoolExecutor(max_workers=4) as pool:
            results = list(pool.map(lambda t: post_json(base, "/v1/analyze", {"text": t}), texts))
        assert [json.loads(body)["text"] for _, _, body in results] == texts
        status, _, raw = call(base, "/v1/analyze", body=b'{"text": ', headers={"Content-Type": "application/json"})
        assert status == 400 and json.loads(raw)["error"]["code"] == "bad_request"
        status, _, raw = post_json(base, "/v1/analyze", {"text": "word " * (MAX_BODY // 5)})
        assert status == 413 and json.loads(raw)["error"]["code"] == "payload_too_large"
        time.sleep(0.3)
    log = log_path.read_text("utf-8", "replace")
    assert "2 worker processes" in log and log.count("Booting worker") >= 2
    assert log.count("POST /v1/analyze 200") >= 6
    assert SECRET_WORD not in log and "example.org/bridge" not in log
    assert "trafilatura" not in log and "htmldate" not in log


def test_python_m_api_prints_the_committed_document(capsys):
    from api import OPENAPI_FILE
    from api.__main__ import main

    assert main(["openapi"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(OPENAPI_FILE.read_text("utf-8"))


@pytest.mark.parametrize("argv, status, stream, expected", [
    (["--help"], 0, "out", "openapi --write  write it to api/openapi.json"),
    (["openapi", "--check"], 2, "err", "python -m api openapi: unknown argument '--check'"),  # not the document
    (["opneapi"], 2, "err", "python -m api: unknown command 'opneapi'"),
])
def test_python_m_api_answers_help_and_names_what_it_does_not_know(capsys, argv, status, stream, expected):
    from api.__main__ import main

    assert main(argv) == status
    captured = capsys.readouterr()
    assert expected in getattr(captured, stream) and "{" not in captured.out
