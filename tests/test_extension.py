"""The browser extension, end to end: Debian's chromium with extension_stub/ loaded, a real API server,
and local test pages (seed articles in a news page; texts written for these tests).

Each test checks what a reader sees: the marks in the page text (against the API's own report), the
tooltip, the panel, the comparison, and the messages when the server fails. Never `playwright install`:
the browser is /usr/bin/chromium.
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import shutil
import socket
import string
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CHROMIUM = Path("/usr/bin/chromium")
EXTENSION = ROOT / "extension_stub"
PAGES = Path(__file__).with_name("pages")
SCREENSHOT = ROOT / "docs" / "overlay.png"
TEMPLATES = {"article.html", "spa.html", "infinite.html"}  # filled in by the page server, not served as they are
TIMEOUT_MS = 20_000

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium "
                                                      "(`make system-deps` installs it)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (a dev dependency) is not installed")
expect = sync_api.expect


# ------------------------------------------------------------------------------------------ servers


@dataclass
class RecordingApp:
    """The real API app, remembering each request body and answer (to check what the extension sent)."""

    app: object
    calls: list[tuple[str, dict, dict]] = field(default_factory=list)

    def __call__(self, environ, start_response):
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        environ["wsgi.input"] = io.BytesIO(body)
        chunks = self.app(environ, start_response)
        try:
            answer = b"".join(chunks)
        finally:
            getattr(chunks, "close", lambda: None)()
        if environ["REQUEST_METHOD"] == "POST":
            self.calls.append((environ["PATH_INFO"], json.loads(body or b"{}"), json.loads(answer or b"{}")))
        return [answer]

    def last(self, path: str, text_contains: str = "") -> tuple[dict, dict]:
        for call_path, sent, answer in reversed(self.calls):
            if call_path == path and text_contains in json.dumps(sent, ensure_ascii=False):
                return sent, answer
        raise AssertionError(f"the API got no {path} request with {text_contains!r}")


@pytest.fixture(scope="module")
def api_server() -> Iterator[tuple[str, RecordingApp]]:
    waitress = pytest.importorskip("waitress")
    from api import create_app

    app = RecordingApp(create_app())
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.effective_port}", app
    server.close()
    thread.join(timeout=5)


def seed_page(path: Path, number: int) -> str:
    """A seed article inside a news page: lines become paragraphs (short unpunctuated ones headings),
    with source line breaks, a link and an emphasis inside the prose."""
    return news_page(seed_title(number), f"Test Wire {number}", seed_paragraphs(path))


def news_page(title: str, source: str, paragraphs: str) -> str:
    template = string.Template((PAGES / "article.html").read_text("utf-8"))
    return template.substitute(title=title, source=source, paragraphs=paragraphs)


def seed_paragraphs(path: Path) -> str:
    paragraphs = []
    for line in path.read_text("utf-8").splitlines():
        words = [html.escape(w) for w in line.split()]
        if not words:
            continue
        if len(words) < 10 and not re.search(r"[.?!:\"”’]$", line.strip()):
            paragraphs.append(f"      <h2>{' '.join(words)}</h2>")
            continue
        if len(words) > 12:
            words[3] = f'<a href="#p{len(paragraphs)}">{words[3]}</a>'
            words[8], words[9] = f"<em>{words[8]}", f"{words[9]}</em>"
        lines = [" ".join(words[i:i + 12]) for i in range(0, len(words), 12)]
        paragraphs.append("      <p>" + "\n         ".join(lines) + "</p>")
    return "\n".join(paragraphs)


def seed_text(title: str, number: int) -> str:
    """The text the extension must send for seed ``number`` under the headline ``title``."""
    lines = [" ".join(line.split()) for line in SEEDS[number].read_text("utf-8").splitlines() if line.strip()]
    return "\n".join([title, *lines])


# Pages that render their article late (tests of section 9 of content.js); titles unique to each test,
# so that the requests each page caused can be counted.
LATE_TITLE = "Late edition: missiles for Ukraine"
STEADY_TITLE = "Steady edition: missiles for Ukraine"
SPA_TITLES = {"/spa/a": "App edition A: missiles for Ukraine", "/spa/b": "App edition B: missiles for Ukraine"}
RERENDER_TITLES = {"once": "Hydrating edition: missiles for Ukraine",
                   "always": "Restless edition: missiles for Ukraine"}
TICKER_JS = """<script>
  // A live clock: the page keeps changing after the report is drawn.
  const clock = document.querySelector("nav").appendChild(document.createElement("span"));
  setInterval(() => { clock.textContent = new Date().toISOString(); }, 100);
</script>"""


def rerender_page(when: str) -> str:
    """The page re-renders its paragraphs (identical copies) as the overlay appears, as a framework
    hydrating late would: the text analysed is no longer in the page when the report comes back."""
    script = f"""<script>
  let renders = 0;
  new MutationObserver((records) => {{
    const overlay = records.some((r) => [...r.addedNodes].some((n) => n.nodeName === "FRAMING-OVERLAY"));
    if (!overlay || (renders && "{when}" === "once")) return;
    renders += 1;
    for (const p of document.querySelectorAll("article p")) p.replaceWith(p.cloneNode(true));
  }}).observe(document.documentElement, {{childList: true}});
</script>"""
    return news_page(RERENDER_TITLES[when], "Hydrating Wire", seed_paragraphs(SEEDS[0]) + script)


# Pages that change their article after the report is drawn (section 10 of content.js): mode -> (title,
# whether the page does it again after every drawing of the marks, what it does).
CORRECTION = ("Correction: an earlier version of this article gave the wrong range for the missiles, "
              "which can reach targets about three hundred kilometres away.")
AFTER_PAGES = {
    "hydrate": ("Rehydrated edition: missiles for Ukraine", False,
                'document.querySelector("article").replaceWith(pristine.cloneNode(true))'),
    "restless": ("Fidgety edition: missiles for Ukraine", True,
                 'document.querySelector("article").replaceWith(pristine.cloneNode(true))'),
    "rewrite": ("Corrected edition: missiles for Ukraine", False,
                f'document.querySelectorAll("article > p")[1].textContent = {json.dumps(CORRECTION)}'),
    "restless-rewrite": ("Ticking edition: missiles for Ukraine", True,
                         'document.querySelector("article > p:last-of-type").append(` Updated ${renders} times.`)'),
}


def after_page(mode: str) -> str:
    """A page that, 0.3 s after the extension's marks appear, re-renders its article (a fresh copy of the
    server's HTML, as a framework hydrating late would) or rewrites a paragraph; once, or every time."""
    title, again, action = AFTER_PAGES[mode]
    script = f"""<script>
  let pristine = null, renders = 0;
  document.addEventListener("DOMContentLoaded", () => {{
    pristine = document.querySelector("article").cloneNode(true);
  }});
  new MutationObserver((records) => {{
    const marked = records.some((r) => [...r.addedNodes].some((n) => n.nodeName === "FRAMING-MARK"));
    if (!marked || (renders && !{json.dumps(again)}) || window.__pending) return;
    window.__pending = true;
    setTimeout(() => {{
      renders += 1;
      {action};
      window.__renders = renders;
      window.__pending = false;
    }}, 300);
  }}).observe(document.documentElement, {{childList: true, subtree: true}});
</script>"""
    return news_page(title, "Rendering Wire", seed_paragraphs(SEEDS[0]) + script)


PAINT_TIME_TITLE = "Same-tick edition: missiles for Ukraine"
PAINT_TIME_JS = f"""<script>
  // The page rewrites a paragraph the moment the overlay's first mark enters it: in the very tick in which
  // the overlay paints (a custom element's connectedCallback runs inside the DOM call that inserted it).
  customElements.define("framing-mark", class extends HTMLElement {{
    connectedCallback() {{
      if (window.__rewritten) return;
      window.__rewritten = true;
      document.querySelectorAll("article > p")[1].textContent = {json.dumps(CORRECTION)};
    }}
  }});
</script>"""


BYLINE_CLOCK_TITLE = "Clocked edition: missiles for Ukraine"
BYLINE_CLOCK_JS = """<script>
  // "Updated ... ago" in the article's own header, changing ten times a second (not article text).
  const clock = document.querySelector("article .meta-line").appendChild(document.createElement("time"));
  setInterval(() => { clock.textContent = ` (${Date.now() % 100000} ms ago)`; }, 100);
</script>"""

# An infinite-scroll page: story number -> (title, seed); story 1 is the longer one.
FEED_STORIES = {1: ("Feed story one: missiles for Ukraine", 0), 2: ("Feed story two: missiles for Ukraine", 1)}


def infinite_page() -> str:
    def story(number: int) -> str:
        title, seed = FEED_STORIES[number]
        cards = "\n".join(
            f'      <article class="card"><h3>Teaser {number}.{i}</h3><p>A short teaser for another story, '
            f'number {i}, one line long.</p></article>' for i in range(3))
        return (f'<article class="story" id="story-{number}" data-url="/infinite/{number}">\n'
                f'      <header><h1>{html.escape(title)}</h1><p class="meta-line">By Feed Reporter</p></header>\n'
                f'{seed_paragraphs(SEEDS[seed])}\n    </article>\n'
                f'    <section class="more-stories" aria-label="More stories">\n{cards}\n    </section>')
    later = "\n".join(f'  <template class="next">{story(n)}</template>' for n in FEED_STORIES if n > 1)
    return string.Template((PAGES / "infinite.html").read_text("utf-8")).substitute(first=story(1), later=later)


def late_page() -> str:
    """The article's paragraphs are inserted by script 1 s after load (the headline is there at once)."""
    delayed = (f'<template id="later">{seed_paragraphs(SEEDS[0])}</template>\n'
               '<script>setTimeout(() => { const t = document.getElementById("later"); t.replaceWith(t.content); },'
               ' 1000);</script>')
    return news_page(LATE_TITLE, "Late Wire", delayed)


def spa_page() -> str:
    templates = "\n".join(
        f'  <template data-route="{route}"><h1>{html.escape(title)}</h1>\n{seed_paragraphs(SEEDS[number])}</template>'
        for number, (route, title) in enumerate(SPA_TITLES.items()))
    return string.Template((PAGES / "spa.html").read_text("utf-8")).substitute(templates=templates)


def seed_title(number: int) -> str:
    return f"Long-range missiles for Ukraine, report {number}"


class PageHandler(BaseHTTPRequestHandler):
    """Test pages, plus stand-ins for a failing API (/broken/...) and a slow one (/slow/...)."""

    pages: dict[str, bytes] = {}

    def log_message(self, *args) -> None:  # quiet test output
        pass

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if self.path.startswith("/strict/"):
            self.send_header("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        page = self.pages.get(self.path.removeprefix("/strict").split("?")[0])
        if page is None:
            self._send(404, b"not found", "text/plain")
        else:
            self._send(200, page, "text/html; charset=utf-8")

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.startswith("/slow/"):
            time.sleep(3)
            self._send(200, b"{}", "application/json")
        else:
            error = {"error": {"code": "internal", "message": "the analysis failed (test stand-in)", "fields": {}}}
            self._send(500, json.dumps(error).encode(), "application/json")


@pytest.fixture(scope="module")
def page_server() -> Iterator[str]:
    pages = {f"/{p.name}": p.read_bytes() for p in PAGES.glob("*.html") if p.name not in TEMPLATES}
    for number, path in enumerate(SEEDS):
        pages[f"/seed/{number}.html"] = seed_page(path, number).encode("utf-8")
    pages["/late.html"] = late_page().encode("utf-8")
    pages["/steady.html"] = news_page(STEADY_TITLE, "Steady Wire", seed_paragraphs(SEEDS[1]) + TICKER_JS).encode()
    for when in RERENDER_TITLES:
        pages[f"/rerender-{when}.html"] = rerender_page(when).encode("utf-8")
    for route in SPA_TITLES:
        pages[route] = spa_page().encode("utf-8")
    pages["/byline-clock.html"] = news_page(BYLINE_CLOCK_TITLE, "Clock Wire",
                                            seed_paragraphs(SEEDS[1]) + BYLINE_CLOCK_JS).encode()
    for mode in AFTER_PAGES:
        pages[f"/after-{mode}.html"] = after_page(mode).encode("utf-8")
    for number in FEED_STORIES:
        pages[f"/infinite/{number}"] = infinite_page().encode("utf-8")
    pages["/paint-time.html"] = news_page(PAINT_TIME_TITLE, "Rendering Wire",
                                          seed_paragraphs(SEEDS[0]) + PAINT_TIME_JS).encode()
    pages["/spanish.html"] = news_page(SPANISH_TITLE, "Diario", SPANISH_PARAGRAPHS).encode("utf-8")
    pages["/no-comment.html"] = news_page(NO_COMMENT_TITLE, "Harbor Wire", NO_COMMENT_PARAGRAPHS).encode("utf-8")
    handler = type("Handler", (PageHandler,), {"pages": pages})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


SPANISH_TITLE = "El Gobierno presenta un plan de vivienda"
SPANISH_PARAGRAPHS = "\n".join(f"      <p>{line}</p>" for line in [
    "El Gobierno presentó el martes un nuevo plan para limitar los alquileres en las grandes ciudades del país, "
    "una medida que, según el ministerio, beneficiará a más de un millón de familias.",
    "Los críticos afirmaron que la medida llega tarde y que no resolverá los problemas de vivienda, porque la "
    "oferta de pisos sigue siendo muy escasa en Madrid, Barcelona y Valencia.",
    "La oposición pidió una comparecencia urgente de la ministra en el Congreso para explicar el coste del plan.",
])

# A story in which no one is quoted and two sides stayed silent: the panel says so instead of a bare "No quotes".
NO_COMMENT_TITLE = "Ferry operator cuts winter crossings"
NO_COMMENT_PARAGRAPHS = "\n".join(f"      <p>{line}</p>" for line in [
    "A new timetable posted at the pier on Tuesday has two crossings a day on the northern harbour this winter "
    "instead of six.",
    "Passengers waiting for the morning boat found the new timetable taped to the ticket office window, "
    "beside a notice about the closed cafe and a list of fares for the coming season.",
    "Fewer crossings mean longer waits for the island's workers, who take the first boat to the mainland each "
    "morning and the last one home, and for the school children who travel with them during the week.",
    "Last winter the boats ran six times a day until the end of February, and the timetable for the spring has "
    "not yet been posted at the pier or on the operator's website.",
    "The operator declined to comment on the cuts. The harbour master could not be reached for comment.",
])


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# ------------------------------------------------------------------------------------------ browser


@dataclass
class Browser:
    context: object
    extension_id: str

    @property
    def worker(self):
        workers = self.context.service_workers
        return workers[0] if workers else self.context.wait_for_event("serviceworker", timeout=TIMEOUT_MS)

    def configure(self, api_base: str, *, auto_run: bool = True, timeout: int = 20) -> None:
        """Sets the options through the options page, and forgets pinned articles."""
        page = self.context.new_page()
        page.goto(f"chrome-extension://{self.extension_id}/options.html")
        expect(page.locator("#apiBase")).not_to_have_value("", timeout=TIMEOUT_MS)
        page.fill("#apiBase", api_base)
        page.set_checked("#autoRun", auto_run)
        page.fill("#timeoutSeconds", str(timeout))
        page.click("#save")
        expect(page.locator("#status")).to_have_text("Saved.")
        page.click("#clearPins")
        page.close()

    def open(self, url: str):
        page = self.context.new_page()
        page.set_viewport_size({"width": 1280, "height": 860})
        page.dialogs = []
        page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
        page.goto(url)
        return page

    def run_toolbar_action(self, url: str) -> None:
        """What a click on the toolbar button does, for the tab showing ``url``."""
        self.worker.evaluate("async (url) => runOnTab((await chrome.tabs.query({url}))[0])", url)


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[Browser]:
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            args=[f"--disable-extensions-except={EXTENSION}", f"--load-extension={EXTENSION}", "--no-sandbox",
                  "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"],
        )
        context.set_default_timeout(TIMEOUT_MS)
        try:
            worker = (context.service_workers or [context.wait_for_event("serviceworker", timeout=TIMEOUT_MS)])[0]
            yield Browser(context, worker.url.split("/")[2])
        finally:
            context.close()


@pytest.fixture()
def configured(browser, api_server) -> Browser:
    browser.configure(api_server[0])
    return browser


# ------------------------------------------------------------------------------------------ helpers


def panel(page):
    """The side panel, once shown; an error message in its place fails the test with that message."""
    shown = page.locator("framing-overlay .panel:not([hidden]), framing-overlay .banner.error:not([hidden])")
    expect(shown.first).to_be_visible(timeout=TIMEOUT_MS)
    banner = page.locator("framing-overlay .banner.error:not([hidden])")
    if banner.count():
        pytest.fail(f"the overlay shows an error instead of the panel: {banner.inner_text()}")
    panel = page.locator("framing-overlay .panel")
    expect(panel).to_be_visible()
    return panel


PAINTED_JS = """() => {
  const out = {};
  for (const mark of document.querySelectorAll('framing-mark')) {
    const ref = mark.dataset.framingRef;
    const style = getComputedStyle(mark);
    out[ref] = out[ref] || {classes: mark.className.split(' '), text: '', display: style.display,
                           background: style.backgroundColor};
    out[ref].text += mark.textContent;
  }
  return out;
}"""


LONE_SURROGATE_IN_PANEL_JS = r"""() => {
  const root = document.querySelector("framing-overlay").shadowRoot;
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(root.textContent);
}"""


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def expected_marks(report: dict) -> dict[str, tuple[str, str]]:
    """ref -> (class the mark must have, text it must cover), from the report's own offsets."""
    text = report["text"]
    marks = {f"x{i}": ("framing-excluded", text[x["start"]:x["end"]]) for i, x in enumerate(report["meta"]["excluded"])}
    for i, quote in enumerate(report["quotes"]):
        marks[f"q{i}"] = ("framing-quote", text[quote["start"]:quote["end"]])
    for i, item in enumerate(report["evaluative"]):
        marks[f"e{i}"] = (f"framing-ev--{item['voice']}", text[item["start"]:item["end"]])
    return marks


def assert_marks_match(page, report: dict) -> dict[str, dict]:
    """Every finding of the report is painted over exactly its own words, with its class."""
    painted = page.evaluate(PAINTED_JS)
    for ref, (cls, words) in expected_marks(report).items():
        assert ref in painted, f"{ref} ({words!r}) is not painted"
        assert cls in painted[ref]["classes"], f"{ref} ({words!r}) lacks class {cls}: {painted[ref]['classes']}"
        assert squeeze(painted[ref]["text"]) == squeeze(words), f"{ref} covers {painted[ref]['text']!r}, not {words!r}"
        assert painted[ref]["display"] == "inline"
    return painted


def phrase_classes(report: dict, painted: dict, phrase: str) -> list[str]:
    refs = [f"e{i}" for i, item in enumerate(report["evaluative"]) if item["text"] == phrase]
    assert refs, f"the API found no evaluative phrase {phrase!r}"
    return painted[refs[0]]["classes"]


# ------------------------------------------------------------------------------------------ tests


def test_sends_the_article_text_and_paints_every_finding_on_its_words(configured, api_server, page_server):
    page = configured.open(f"{page_server}/seed/1.html")
    panel(page)
    sent, report = api_server[1].last("/v1/analyze", seed_title(1))
    seed_lines = [" ".join(line.split()) for line in SEEDS[1].read_text("utf-8").splitlines() if line.strip()]
    # Exactly the article: headline and paragraphs; no navigation, byline, caption, rail, comments, footer.
    assert sent["text"] == "\n".join([seed_title(1), *seed_lines])
    assert report["text"] == sent["text"]
    assert sent["source"] == "Test Wire 1" and sent["title"] == seed_title(1)
    painted = assert_marks_match(page, report)
    assert "framing-ev--author" in phrase_classes(report, painted, "immense frustration")
    assert "framing-ev--quoted" in phrase_classes(report, painted, "fell into the trap")
    page.close()


def test_quote_tooltip_names_speaker_descriptor_and_cue(configured, api_server, page_server):
    page = configured.open(f"{page_server}/seed/1.html")
    panel(page)
    _, report = api_server[1].last("/v1/analyze", seed_title(1))
    michta = [i for i, q in enumerate(report["quotes"]) if (q["speaker"] or {}).get("name") == "Andrew Michta"]
    assert michta, "the API attributes no quote to Andrew Michta"
    quote = report["quotes"][michta[0]]
    page.locator(f'framing-mark[data-framing-ref="q{michta[0]}"]').first.hover()
    tooltip = page.locator("framing-overlay .tooltip")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("Andrew Michta")
    expect(tooltip).to_contain_text(quote["speaker"]["descriptor"])
    expect(tooltip).to_contain_text(quote["cue"]["text"])
    page.mouse.move(5, 5)
    expect(tooltip).to_be_hidden()
    page.close()


def test_evaluative_tooltip_says_whether_the_wording_is_plain(configured, api_server, page_server):
    page = configured.open(f"{page_server}/seed/1.html")
    panel(page)
    _, report = api_server[1].last("/v1/analyze", seed_title(1))
    for plain in (True, False):  # (every finding is painted: test_sends_the_article_text_and_paints_…)
        i = next(i for i, e in enumerate(report["evaluative"]) if e["plain"] is plain)
        page.locator(f'framing-mark[data-framing-ref="e{i}"]').first.hover()
        tooltip = page.locator("framing-overlay .tooltip")
        expect(tooltip).to_contain_text(report["evaluative"][i]["category"])
        if plain:
            expect(tooltip).to_contain_text("plain wording, not loaded")
        else:
            expect(tooltip).not_to_contain_text("plain wording")
        page.mouse.move(5, 5)
        expect(tooltip).to_be_hidden()
    page.close()


def test_panel_items_scroll_to_their_evidence(configured, api_server, page_server):
    page = configured.open(f"{page_server}/seed/1.html")
    side = panel(page)
    _, report = api_server[1].last("/v1/analyze", seed_title(1))
    expect(side.locator("[data-section=sources]")).to_contain_text("Andrew Michta")
    counts = report["sources"]  # the panel sorts the quotes as the report's own counts do
    line = " ".join(side.locator("[data-section=sources] .sources-line").inner_text().split())
    assert f"{counts['anonymous_quotes']} anonymous" in line
    assert (f"{counts['described_quotes']} described" in line) == bool(counts["described_quotes"])
    assert (f"{counts['unattributed_quotes']} unattributed" in line) == bool(counts["unattributed_quotes"])
    assert (f"{counts['no_comment']} no comment" in line) == bool(counts["no_comment"])
    expect(side.locator("[data-section=excluded]")).to_contain_text("paywall")
    last_excluded = report["meta"]["excluded"][-1]
    side.locator("[data-section=excluded] .item").last.click()
    focused = """() => {
      const h = CSS.highlights.get('framing-focus');
      if (!h) return null;
      const range = [...h][0], rect = range.getBoundingClientRect();
      return {text: range.toString(), inView: rect.top >= 0 && rect.bottom <= innerHeight};
    }"""
    page.wait_for_function(f"(({focused})() || {{}}).inView === true")
    words = report["text"][last_excluded["start"]:last_excluded["end"]]
    assert squeeze(page.evaluate(focused)["text"]) == squeeze(words)
    # An actor: each click moves to its next mention.
    actor = max(report["actors"], key=lambda a: len(a["mentions"]))
    item = side.locator("[data-section=actors] .item", has_text=actor["name"]).first
    for mention in actor["mentions"][:2]:
        item.click()
        words = json.dumps(report["text"][mention["start"]:mention["end"]])
        page.wait_for_function(f"(({focused})() || {{}}).text === {words}")
    page.close()


def test_actors_show_the_country_they_belong_to(configured, api_server, page_server):
    page = configured.open(f"{page_server}/seed/1.html")
    side = panel(page)
    _, report = api_server[1].last("/v1/analyze", seed_title(1))
    shown = sorted(report["actors"], key=lambda a: -len(a["mentions"]))[:6]  # the panel's order, before "more"
    affiliated = [a for a in shown if a["affiliation"]]
    assert affiliated, "the seed names a person or group of a country among its first actors"
    for actor in affiliated:
        item = side.locator("[data-section=actors] .item", has_text=actor["name"]).first
        expect(item).to_contain_text(f"\u00b7 {actor['affiliation']}")
    page.close()


def test_comparison_appears_with_two_pinned_articles(configured, page_server):
    first = configured.open(f"{page_server}/seed/0.html")
    side = panel(first)
    side.get_by_role("button", name="+ Add to comparison").click()
    expect(side.locator("[data-section=compare] .pins li")).to_have_count(1)
    expect(side.locator(".comparison")).to_have_count(0)
    second = configured.open(f"{page_server}/seed/1.html")
    side = panel(second)
    side.get_by_role("button", name="+ Add to comparison").click()
    comparison = side.locator(".comparison")
    expect(comparison).to_have_attribute("data-articles", "2")
    expect(comparison.locator("tbody tr")).to_have_count(2)
    expect(comparison).to_contain_text("Test Wire 0")
    expect(comparison).to_contain_text("Test Wire 1")
    expect(side.get_by_role("button", name="✓ In comparison · remove")).to_be_visible()
    assert "null" not in side.inner_text() and "undefined" not in side.inner_text()
    # The first tab's panel follows the pins.
    expect(first.locator("framing-overlay .comparison")).to_have_attribute("data-articles", "2")
    # A difference with evidence in this article scrolls to it.
    comparison.locator("button.finding").first.click()
    second.wait_for_function("CSS.highlights.has('framing-focus')")
    first.close()
    second.close()


def test_emoji_before_quotes_still_highlights_the_right_words(configured, api_server, page_server):
    page = configured.open(f"{page_server}/emoji.html")
    panel(page)
    sent, report = api_server[1].last("/v1/analyze", "Millbrook")
    assert len(report["text"]) < len(sent["text"].encode("utf-16-le")) // 2  # there are astral characters
    painted = assert_marks_match(page, report)
    excluded = [painted[f"x{i}"]["text"].strip() for i in range(len(report["meta"]["excluded"]))]
    assert "You have 40% of this article left to read." in excluded
    quotes = [squeeze(painted[f"q{i}"]["text"]) for i in range(len(report["quotes"]))]
    assert any(q.startswith(squeeze("“This is a disgraceful delay")) for q in quotes), quotes
    assert any(squeeze("finish on time 🙏") in q for q in quotes), quotes
    # The panel clips long quotes; a cut never splits an emoji's two UTF-16 units (a lone half shows as "�").
    side = panel(page)
    sources = side.locator("section.sources")
    if sources.locator("button.more").count():
        sources.locator("button.more").click()
    items = sources.locator(".item-detail").all_inner_texts()
    clipped = [item for item in items if item.endswith("…")]
    assert any(item.startswith("“We have waited eleven long years") for item in clipped), items
    assert not page.evaluate(LONE_SURROGATE_IN_PANEL_JS), items
    page.close()


def test_markup_like_text_stays_inert(configured, api_server, page_server):
    page = configured.open(f"{page_server}/markup.html")
    elements_before = page.evaluate("document.querySelectorAll('img, script, iframe, svg, b').length")
    side = panel(page)
    _, report = api_server[1].last("/v1/analyze", "Whitfield")
    assert "<img src=x onerror=alert(document.domain)>" in report["text"]
    assert_marks_match(page, report)
    expect(side).to_contain_text("<img src=x onerror=alert(document.domain)>")  # shown as text, in a quote
    whitfield = [i for i, q in enumerate(report["quotes"]) if "<img" in q["text"]]
    if whitfield:
        page.locator(f'framing-mark[data-framing-ref="q{whitfield[0]}"]').first.hover()
        expect(page.locator("framing-overlay .tooltip")).to_be_visible()
    page.wait_for_timeout(300)
    assert page.evaluate("document.querySelectorAll('img, script, iframe, svg, b').length") == elements_before
    assert page.locator("framing-overlay").evaluate(
        "host => host.shadowRoot.querySelectorAll('img, script, iframe, svg, b, object, embed').length") == 0
    assert page.dialogs == []
    assert "pwned" not in page.title()
    # The content script's names stay in its own world.
    assert page.evaluate("typeof FRAMING_MSG === 'undefined' && !Object.keys(window).some(k => /framing/i.test(k))")
    page.close()


WATCH_PAGE_JS = """
document.addEventListener('DOMContentLoaded', () => {
  window.__changes = [];
  new MutationObserver((records) => {
    for (const r of records) {
      const nodes = [...r.addedNodes, ...r.removedNodes];
      const ours = r.target.nodeName === 'HTML' && nodes.every(n => n.nodeName === 'FRAMING-OVERLAY');
      if (!ours) window.__changes.push(r.type + ' ' + r.target.nodeName);
    }
  }).observe(document.documentElement, {subtree: true, childList: true, characterData: true, attributes: true});
});
"""


@pytest.mark.parametrize(("api_base", "message"), [
    ("closed", "Could not reach the framing server"),
    ("/broken", "answered 500: the analysis failed (test stand-in)"),
    ("/slow", "did not answer within 1 s"),
], ids=["down", "error", "slow"])
def test_api_failure_shows_a_dismissible_message_and_leaves_the_page_alone(browser, page_server, api_base, message):
    browser.configure(f"http://127.0.0.1:{closed_port()}" if api_base == "closed" else page_server + api_base,
                      timeout=1)
    page = browser.context.new_page()
    page.add_init_script(WATCH_PAGE_JS)
    page.goto(f"{page_server}/seed/0.html")
    banner = page.locator("framing-overlay .banner.error")
    expect(banner).to_be_visible(timeout=TIMEOUT_MS)
    expect(banner).to_contain_text(message)
    assert page.locator("framing-mark").count() == 0
    assert page.evaluate("window.__changes") == []
    banner.get_by_role("button", name="Dismiss this message").click()
    expect(banner).to_be_hidden()
    assert page.evaluate("document.querySelectorAll('framing-overlay').length") == 0
    page.close()


def test_toolbar_button_runs_on_demand_and_close_restores_the_page(browser, api_server, page_server):
    browser.configure(api_server[0], auto_run=False)
    url = f"{page_server}/hostile.html"
    page = browser.open(url)
    original = page.evaluate("document.body.innerHTML")
    page.wait_for_timeout(500)
    assert page.locator("framing-overlay").count() == 0  # auto-run is off
    browser.run_toolbar_action(url)
    side = panel(page)
    _, report = api_server[1].last("/v1/analyze", "Harbour bridge")
    assert report["text"].startswith("Harbour bridge reopens after repairs\nThe harbour bridge reopened on Friday "
                                     "after eight months of repairs, a long and costly closure")
    assert report["text"].endswith("\nTraffic was light on the first morning, the port authority said.")
    painted = assert_marks_match(page, report)
    # The page's CSS reaches neither the panel nor the marks.
    washed = [mark for mark in painted.values() if {"framing-quote", "framing-ev"} & set(mark["classes"])]
    assert washed and all(mark["background"] != "rgba(0, 0, 0, 0)" for mark in washed)
    assert side.evaluate("el => getComputedStyle(el).width") == "360px"
    assert "Comic" not in side.evaluate("el => getComputedStyle(el).fontFamily")
    side.get_by_role("button", name="Close and remove the highlights").click()
    assert page.locator("framing-overlay").count() == 0
    assert page.evaluate("document.body.innerHTML") == original
    page.close()


def test_a_strict_content_security_policy_does_not_break_the_overlay(configured, api_server, page_server):
    page = configured.open(f"{page_server}/strict/emoji.html")
    side = panel(page)
    _, report = api_server[1].last("/v1/analyze", "Millbrook")
    assert_marks_match(page, report)
    assert side.evaluate("el => getComputedStyle(el).width") == "360px"  # overlay.css loaded despite the policy
    page.close()


def test_pages_that_are_not_articles_are_left_alone(configured, page_server):
    page = configured.open(f"{page_server}/index.html")
    page.wait_for_timeout(800)
    assert page.locator("framing-overlay").count() == 0
    assert page.locator("framing-mark").count() == 0
    page.close()


def analyze_calls(app: RecordingApp, title: str) -> list[tuple[dict, dict]]:
    """The /v1/analyze requests (and answers) whose text starts with the headline ``title``."""
    return [(sent, answer) for path, sent, answer in app.calls
            if path == "/v1/analyze" and sent.get("text", "").startswith(title + "\n")]


def wait_for_calls(page, app: RecordingApp, title: str, count: int) -> list[tuple[dict, dict]]:
    """Waits until the API has had ``count`` requests for the article headed ``title``."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while len(calls := analyze_calls(app, title)) < count:
        assert time.monotonic() < deadline, f"{len(calls)} requests for {title!r}, expected {count}"
        page.wait_for_timeout(50)
    return calls


def shows_report(page, report: dict) -> None:
    """The panel shows ``report`` and the page holds its marks and no others."""
    expect(page.locator("framing-overlay .foot")).to_contain_text(f"report {report['id']}")
    panel(page)
    assert_marks_match(page, report)
    refs = set(expected_marks(report)) | {f"q{i}{part}" for i in range(len(report["quotes"])) for part in "sc"}
    stray = page.evaluate("() => [...document.querySelectorAll('framing-mark')].map(m => m.dataset.framingRef)")
    assert set(stray) <= refs, f"marks of another report: {sorted(set(stray) - refs)}"


def test_an_article_rendered_after_load_is_analysed_once_it_appears(configured, api_server, page_server):
    page = configured.open(f"{page_server}/late.html")
    assert page.locator("template#later").count() == 1  # at load, the article is only a headline
    expect(page.locator("template#later")).to_have_count(0)  # its paragraphs come after ~1 s
    side = panel(page)
    (sent, report), = wait_for_calls(page, api_server[1], LATE_TITLE, 1)
    assert sent["text"] == seed_text(LATE_TITLE, 0)  # the whole article, not the page before it came
    assert sent["source"] == "Late Wire"
    shows_report(page, report)
    expect(side.locator("[data-section=sources]")).to_contain_text("Zelensky")
    page.close()


def test_single_page_navigation_replaces_the_report(configured, api_server, page_server):
    app = api_server[1]
    title_a, title_b = SPA_TITLES.values()
    seen_a, seen_b = len(analyze_calls(app, title_a)), len(analyze_calls(app, title_b))
    page = configured.open(f"{page_server}/spa/a")
    panel(page)
    sent, report_a = wait_for_calls(page, app, title_a, seen_a + 1)[-1]
    assert sent["text"] == seed_text(title_a, 0) and sent["url"].endswith("/spa/a")
    shows_report(page, report_a)
    # pushState to another article: the old report and its marks go, the new article is analysed.
    page.evaluate("go('/spa/b')")
    sent, report_b = wait_for_calls(page, app, title_b, seen_b + 1)[-1]
    assert sent["text"] == seed_text(title_b, 1) and sent["url"].endswith("/spa/b") and sent["title"] == title_b
    shows_report(page, report_b)
    assert page.locator("article[hidden] framing-mark").count() == 0  # none left in the hidden first view
    # Back (popstate): the first article again, with its own report.
    page.evaluate("history.back()")
    _, again = wait_for_calls(page, app, title_a, seen_a + 2)[-1]
    assert again["id"] == report_a["id"]
    shows_report(page, again)
    assert page.locator("article[hidden] framing-mark").count() == 0
    assert (len(analyze_calls(app, title_a)), len(analyze_calls(app, title_b))) == (seen_a + 2, seen_b + 1)
    page.close()


def test_single_page_navigation_with_the_automatic_run_off_clears_the_report(browser, api_server, page_server):
    browser.configure(api_server[0], auto_run=False)
    app = api_server[1]
    title_a, title_b = SPA_TITLES.values()
    before = len(analyze_calls(app, title_b))
    url = f"{page_server}/spa/a"
    page = browser.open(url)
    browser.run_toolbar_action(url)
    panel(page)
    assert page.locator("framing-mark").count() > 0
    page.evaluate("go('/spa/b')")
    expect(page.locator("framing-overlay")).to_have_count(0)  # the report of the first article is gone
    assert page.locator("framing-mark").count() == 0
    page.wait_for_timeout(500)
    assert page.locator("framing-overlay").count() == 0 and len(analyze_calls(app, title_b)) == before
    page.close()


def test_a_run_by_hand_is_not_undone_while_the_extension_waits_for_an_article(configured, api_server, page_server):
    """A front page is no article: the extension waits for one; a run by hand ends the wait."""
    url = f"{page_server}/index.html"
    page = configured.open(url)
    configured.run_toolbar_action(url)
    side = panel(page)
    page.evaluate("document.querySelector('main ul').append(Object.assign(document.createElement('li'),"
                  " {textContent: 'Late headline: markets rally'}))")
    page.wait_for_timeout(800)  # longer than the extension waits for the page to settle
    expect(side).to_be_visible()
    calls = [sent for path, sent, _ in api_server[1].calls if path == "/v1/analyze" and sent.get("url") == url]
    assert len(calls) == 1
    page.close()


@pytest.mark.parametrize("when", ["once", "always"])
def test_a_page_that_rerenders_its_article_during_the_run_is_run_again_a_bounded_number_of_times(
        configured, api_server, page_server, when):
    page = configured.open(f"{page_server}/rerender-{when}.html")
    if when == "once":
        side = panel(page)
        _, (_, report) = wait_for_calls(page, api_server[1], RERENDER_TITLES[when], 2)
        shows_report(page, report)
        expect(side).to_be_visible()
    else:
        banner = page.locator("framing-overlay .banner.error")
        expect(banner).to_contain_text("the page changed while it was being analysed")
        assert page.locator("framing-mark").count() == 0
    assert len(analyze_calls(api_server[1], RERENDER_TITLES[when])) == {"once": 2, "always": 3}[when]
    page.close()


def test_an_ordinary_page_is_analysed_exactly_once(configured, api_server, page_server):
    """Neither the page's own changes (a live clock), nor the report's marks and panel, nor an address
    change that keeps the article (replaceState, as trackers do) start another run."""
    app = api_server[1]
    page = configured.open(f"{page_server}/steady.html")
    panel(page)
    (sent, report), = wait_for_calls(page, app, STEADY_TITLE, 1)
    assert sent["text"] == seed_text(STEADY_TITLE, 1)
    page.evaluate("history.replaceState({}, '', location.pathname + '?utm_source=test#p2')")
    page.wait_for_timeout(1200)  # longer than the extension waits for the page to settle
    assert len(analyze_calls(app, STEADY_TITLE)) == 1
    shows_report(page, report)
    page.close()


@pytest.mark.parametrize(("address", "message"), [
    ("ftp://127.0.0.1/", "must start with http:// or https://"),
    ("not a url", "is not a URL"),
])
def test_options_page_refuses_a_bad_server_address(browser, address, message):
    page = browser.context.new_page()
    page.goto(f"chrome-extension://{browser.extension_id}/options.html")
    expect(page.locator("#apiBase")).not_to_have_value("")
    page.fill("#apiBase", address)
    page.click("#save")
    expect(page.locator("#status")).to_contain_text(message)
    page.close()


def test_an_emptied_time_limit_means_the_default_not_one_second(browser):
    page = browser.context.new_page()
    page.goto(f"chrome-extension://{browser.extension_id}/options.html")
    expect(page.locator("#apiBase")).not_to_have_value("")
    page.fill("#timeoutSeconds", "")
    page.click("#save")
    expect(page.locator("#status")).to_have_text("Saved.")
    expect(page.locator("#timeoutSeconds")).to_have_value("30")
    page.close()


def test_service_worker_refuses_unknown_message_ids(browser):
    page = browser.context.new_page()
    page.goto(f"chrome-extension://{browser.extension_id}/options.html")
    answer = page.evaluate("chrome.runtime.sendMessage({type: 'framing/no-such-thing', payload: {}})")
    assert answer == {"ok": False,
                      "error": {"kind": "internal", "message": 'unknown message id: "framing/no-such-thing"'}}
    page.close()


def test_a_long_address_or_headline_does_not_cost_the_report(configured):
    """Tracking parameters can make an address longer than the server's 2048-character limit on
    metadata; the article is still analysed (the address without its query, the headline cut)."""
    page = configured.context.new_page()
    page.goto(f"chrome-extension://{configured.extension_id}/options.html")
    answer = page.evaluate("""chrome.runtime.sendMessage({type: 'framing/analyze', payload: {
        text: 'The council approved the budget on Monday, the mayor said.',
        url: 'https://news.example/city/budget?' + 'utm_source=x&'.repeat(300),
        title: 'Budget '.repeat(400), source: 'City Wire'}})""")
    page.close()
    assert answer["ok"], answer
    meta = answer["value"]["meta"]
    assert meta["url"] == "https://news.example/city/budget"
    assert len(meta["title"]) == 2048 and meta["source"] == "City Wire"


def test_screenshot(configured, api_server, page_server, tmp_path):
    """docs/overlay.png (rewritten with FRAMING_UPDATE_SCREENSHOT=1): the panel and a quote's tooltip."""
    page = configured.open(f"{page_server}/seed/1.html")
    panel(page)
    _, report = api_server[1].last("/v1/analyze", seed_title(1))
    def telling(i: int) -> tuple[bool, bool]:
        speaker = report["quotes"][i]["speaker"] or {}
        return bool(speaker.get("name")) and not speaker.get("anonymous"), bool(speaker.get("descriptor"))

    quote = max(range(len(report["quotes"])), key=telling)
    mark = page.locator(f'framing-mark[data-framing-ref="q{quote}"]').last
    mark.evaluate("el => el.scrollIntoView({block: 'center'})")
    page.wait_for_timeout(200)
    mark.hover()
    expect(page.locator("framing-overlay .tooltip")).to_be_visible()
    shot = tmp_path / "overlay.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("FRAMING_UPDATE_SCREENSHOT"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)
    page.close()


# ------------------------------------------------------------- after the report: re-renders, rewrites


def notice(page):
    """The line under the panel's head saying what the page did; with an action button only when it offers one."""
    line = page.locator("framing-overlay .notice")
    expect(line).to_be_visible()
    assert "null" not in line.inner_text() and "undefined" not in line.inner_text()
    return line


def test_a_page_that_rerenders_its_article_after_the_report_gets_the_same_report_redrawn(
        configured, api_server, page_server):
    title = AFTER_PAGES["hydrate"][0]
    page = configured.open(f"{page_server}/after-hydrate.html")
    side = panel(page)
    (sent, report), = wait_for_calls(page, api_server[1], title, 1)
    page.wait_for_function("window.__renders === 1")  # the article the marks were in is gone from the page
    expect(notice(page)).to_contain_text("The page re-drew the article; its highlights were drawn again.")
    shows_report(page, report)  # on the new article's text nodes
    assert page.evaluate("document.querySelectorAll('article').length") == 1
    # The redrawn marks work as the first ones did: tooltip, and panel items that scroll to them.
    quote = next(i for i, q in enumerate(report["quotes"]) if (q["speaker"] or {}).get("name"))
    page.locator(f'framing-mark[data-framing-ref="q{quote}"]').first.hover()
    expect(page.locator("framing-overlay .tooltip")).to_contain_text(report["quotes"][quote]["speaker"]["name"])
    side.locator("[data-section=sources] .item").first.click()
    page.wait_for_function("CSS.highlights.has('framing-focus') && [...CSS.highlights.get('framing-focus')][0]"
                           ".startContainer.isConnected")
    page.wait_for_timeout(800)
    assert len(analyze_calls(api_server[1], title)) == 1  # the same text is not analysed again
    assert page.evaluate("window.__renders") == 1
    page.close()


def test_changes_in_the_article_that_leave_its_text_alone_change_nothing(configured, api_server, page_server):
    """A clock in the article's byline wakes the check of the report's article ten times a second: the text
    and the marked nodes are as they were, so nothing is redrawn, re-analysed or said."""
    page = configured.open(f"{page_server}/byline-clock.html")
    panel(page)
    (sent, report), = wait_for_calls(page, api_server[1], BYLINE_CLOCK_TITLE, 1)
    assert sent["text"] == seed_text(BYLINE_CLOCK_TITLE, 1)
    page.evaluate("window.__firstMark = document.querySelector('framing-mark')")
    page.wait_for_timeout(1500)
    assert page.evaluate("window.__firstMark.isConnected")  # the same marks, not redrawn ones
    expect(page.locator("framing-overlay .notice")).to_be_hidden()
    shows_report(page, report)
    assert len(analyze_calls(api_server[1], BYLINE_CLOCK_TITLE)) == 1
    page.close()


def test_a_page_that_rerenders_after_every_redraw_is_given_up_on_after_three(configured, api_server, page_server):
    title = AFTER_PAGES["restless"][0]
    page = configured.open(f"{page_server}/after-restless.html")
    panel(page)
    expect(notice(page)).to_contain_text("The page keeps re-drawing this article, so its highlights were taken off.")
    page.wait_for_timeout(1200)  # several times what the page and the extension take to react to each other
    assert page.evaluate("window.__renders") == 4  # the first drawing and three redraws, then no more
    assert page.locator("framing-mark").count() == 0
    assert len(analyze_calls(api_server[1], title)) == 1
    # The reader may ask for the highlights again: they come back, and the page is given up on again.
    notice(page).get_by_role("button", name="Highlight again").click()
    page.wait_for_function("window.__renders === 7")
    expect(notice(page)).to_contain_text("The page keeps re-drawing this article")
    page.wait_for_timeout(800)
    assert page.evaluate("window.__renders") == 7 and len(analyze_calls(api_server[1], title)) == 1
    page.close()


def test_a_page_that_rewrites_its_article_after_the_report_is_analysed_again(configured, api_server, page_server):
    title = AFTER_PAGES["rewrite"][0]
    before = len(analyze_calls(api_server[1], title))
    page = configured.open(f"{page_server}/after-rewrite.html")
    panel(page)
    first, (sent, report) = wait_for_calls(page, api_server[1], title, before + 2)[before:]
    assert CORRECTION not in first[0]["text"]
    lines = seed_text(title, 0).split("\n")
    assert sent["text"] == "\n".join([*lines[:2], CORRECTION, *lines[3:]])  # the 2nd paragraph, rewritten
    expect(notice(page)).to_contain_text("The page changed the article after it was analysed; "
                                         "this report is on its new text.")
    shows_report(page, report)
    page.wait_for_timeout(800)
    assert len(analyze_calls(api_server[1], title)) == before + 2
    page.close()


def test_a_page_change_made_while_the_overlay_paints_is_not_taken_for_the_overlays_own(configured, api_server,
                                                                                      page_server):
    page = configured.open(f"{page_server}/paint-time.html")
    first, (sent, report) = wait_for_calls(page, api_server[1], PAINT_TIME_TITLE, 2)
    assert page.evaluate("window.__rewritten")
    assert CORRECTION not in first[0]["text"] and CORRECTION in sent["text"]  # the page's rewrite was seen
    shows_report(page, report)
    page.close()


def test_a_rewritten_article_with_the_automatic_run_off_is_only_offered_again(browser, api_server, page_server):
    browser.configure(api_server[0], auto_run=False)
    title = AFTER_PAGES["rewrite"][0]
    before = len(analyze_calls(api_server[1], title))
    url = f"{page_server}/after-rewrite.html"
    page = browser.open(url)
    browser.run_toolbar_action(url)
    side = panel(page)
    page.wait_for_function("window.__renders === 1")
    expect(notice(page)).to_contain_text("The page changed this article after it was analysed, "
                                         "so its highlights were taken off.")
    expect(page.locator("framing-mark")).to_have_count(0)
    page.wait_for_timeout(800)
    assert len(analyze_calls(api_server[1], title)) == before + 1
    expect(side).to_be_visible()  # the report stays, for the text it was made on
    notice(page).get_by_role("button", name="Analyse again").click()
    sent, report = wait_for_calls(page, api_server[1], title, before + 2)[-1]
    assert CORRECTION in sent["text"]
    shows_report(page, report)
    page.close()


def test_text_added_to_an_article_analysed_by_hand_keeps_the_report_and_its_marks(browser, api_server, page_server):
    browser.configure(api_server[0], auto_run=False)
    title = AFTER_PAGES["restless-rewrite"][0]
    before = len(analyze_calls(api_server[1], title))
    url = f"{page_server}/after-restless-rewrite.html"
    page = browser.open(url)
    browser.run_toolbar_action(url)
    panel(page)
    page.wait_for_function("window.__renders === 1")  # a sentence appended to the last paragraph
    expect(notice(page)).to_contain_text("The page added to this article after it was analysed; "
                                         "the report covers the text it had then.")
    (_, report), = analyze_calls(api_server[1], title)[before:]
    shows_report(page, report)
    notice(page).get_by_role("button", name="Analyse again").click()
    sent, report = wait_for_calls(page, api_server[1], title, before + 2)[-1]
    assert sent["text"].endswith(" Updated 1 times.")
    shows_report(page, report)
    page.close()


def test_a_page_that_keeps_rewriting_its_article_is_analysed_again_at_most_twice(configured, api_server, page_server):
    title = AFTER_PAGES["restless-rewrite"][0]
    before = len(analyze_calls(api_server[1], title))
    page = configured.open(f"{page_server}/after-restless-rewrite.html")
    panel(page)
    expect(notice(page)).to_contain_text("The page keeps changing this article, so it is not analysed again by "
                                         "itself; the report covers the text it had then.")
    page.wait_for_timeout(1200)
    calls = analyze_calls(api_server[1], title)[before:]
    assert [sent["text"].count("Updated") for sent, _ in calls] == [0, 1, 2]
    assert page.evaluate("window.__renders") == 3
    # The page only appended a sentence: the last report's marks still sit on the words it was made on.
    shows_report(page, calls[-1][1])
    page.close()


# ------------------------------------------------------------------------- infinite scroll


def feed_calls(app: RecordingApp) -> tuple[int, int]:
    return tuple(len(analyze_calls(app, title)) for title, _ in FEED_STORIES.values())


def scroll_to(page, selector: str) -> None:
    page.evaluate(f"document.querySelector({json.dumps(selector)}).scrollIntoView()")


@pytest.mark.parametrize("address", ["follows", "still"])
def test_an_infinite_scroll_page_follows_the_reader_from_article_to_article(configured, api_server, page_server,
                                                                            address):
    """Whether or not the page changes its address for the article in view (``still``: it does not)."""
    app = api_server[1]
    (title_1, seed_1), (title_2, seed_2) = FEED_STORIES.values()
    seen = feed_calls(app)
    page = configured.open(f"{page_server}/infinite/1" + ("?still" if address == "still" else ""))
    panel(page)
    sent, report_1 = wait_for_calls(page, app, title_1, seen[0] + 1)[-1]
    assert sent["text"] == seed_text(title_1, seed_1)
    shows_report(page, report_1)
    # The reader reaches the teaser cards under the article (they are <article>s too, but never articles
    # of their own); the page appends the next article below them. Between two articles, the panel stays
    # with the one the reader was in (unless the page says otherwise with its address).
    cards_at_reading_line = """() => {
      const cards = document.querySelector('#story-1 + .more-stories').getBoundingClientRect();
      window.scrollBy(0, cards.bottom - (innerHeight * 0.3 + 10));
    }"""
    page.evaluate(cards_at_reading_line)
    expect(page.locator(".story")).to_have_count(2)
    page.evaluate(cards_at_reading_line)  # again, should the page have appended the article above the line
    page.wait_for_timeout(600)
    if address == "still":
        shown = page.evaluate("""() => ['#story-1', '#story-2'].map((id) => {
          const rect = document.querySelector(id).getBoundingClientRect();
          return Math.min(rect.bottom, innerHeight) - Math.max(rect.top, 0);
        })""")
        assert shown[1] > shown[0] > 0  # the next article fills more of the window
        shows_report(page, report_1)
        assert feed_calls(app) == (seen[0] + 1, seen[1])
    # The reader scrolls into the next article.
    scroll_to(page, "#story-2")
    sent, report_2 = wait_for_calls(page, app, title_2, seen[1] + 1)[-1]
    assert sent["text"] == seed_text(title_2, seed_2) and sent["title"] == title_2
    shows_report(page, report_2)
    expect(notice(page)).to_contain_text(f"The panel follows the article you are reading: “{title_2}”.")
    assert page.locator("#story-1 framing-mark").count() == 0
    # Back to the first, and on to the second again: each report comes back without a new request.
    scroll_to(page, "#story-1")
    shows_report(page, report_1)
    assert page.locator("#story-2 framing-mark").count() == 0
    scroll_to(page, "#story-2 p:nth-of-type(3)")
    shows_report(page, report_2)
    assert feed_calls(app) == (seen[0] + 1, seen[1] + 1)
    assert not [sent for path, sent, _ in app.calls if path == "/v1/analyze" and "Teaser" in sent["text"]]
    page.close()


def test_an_infinite_scroll_page_with_the_automatic_run_off_offers_the_next_article(browser, api_server, page_server):
    browser.configure(api_server[0], auto_run=False)
    app = api_server[1]
    (title_1, _), (title_2, seed_2) = FEED_STORIES.values()
    seen = feed_calls(app)
    url = f"{page_server}/infinite/1"
    page = browser.open(url)
    browser.run_toolbar_action(url)
    panel(page)
    _, report_1 = wait_for_calls(page, app, title_1, seen[0] + 1)[-1]
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    expect(page.locator(".story")).to_have_count(2)
    scroll_to(page, "#story-2")
    expect(notice(page)).to_contain_text(f"You are reading another article on this page: “{title_2}”.")
    page.wait_for_timeout(600)
    assert feed_calls(app) == (seen[0] + 1, seen[1])  # offered, not analysed
    shows_report(page, report_1)  # the first article keeps its report meanwhile
    # Back in the first article the offer goes; in the second again, it comes back.
    scroll_to(page, "#story-1")
    expect(page.locator("framing-overlay .notice")).to_be_hidden()
    scroll_to(page, "#story-2")
    notice(page).get_by_role("button", name="Analyse it").click()
    sent, report_2 = wait_for_calls(page, app, title_2, seen[1] + 1)[-1]
    assert sent["text"] == seed_text(title_2, seed_2)
    shows_report(page, report_2)
    assert page.locator("#story-1 framing-mark").count() == 0
    page.close()


def test_an_infinite_scroll_page_opened_further_down_analyses_the_article_in_view(configured, api_server, page_server):
    app = api_server[1]
    (title_1, _), (title_2, seed_2) = FEED_STORIES.values()
    seen = feed_calls(app)
    page = configured.open(f"{page_server}/infinite/1?all#story-2")
    panel(page)
    sent, report = wait_for_calls(page, app, title_2, seen[1] + 1)[-1]
    assert sent["text"] == seed_text(title_2, seed_2)  # not the first article, the longer one
    shows_report(page, report)
    page.wait_for_timeout(600)
    assert feed_calls(app) == (seen[0], seen[1] + 1)
    page.close()


def test_sources_that_declined_to_comment_are_counted_in_the_panel(configured, api_server, page_server):
    page = configured.open(f"{page_server}/no-comment.html")
    side = panel(page)
    _, report = api_server[1].last("/v1/analyze", NO_COMMENT_TITLE)
    assert not report["quotes"] and len(report["no_comment"]) == 2
    expect(side.locator("[data-section=sources]")).to_contain_text(
        "No quotes found; 2 sources declined to comment or could not be reached.")
    page.close()


def test_a_page_not_in_english_shows_the_reports_warning(configured, api_server, page_server):
    page = configured.open(f"{page_server}/spanish.html")
    side = panel(page)
    _, report = api_server[1].last("/v1/analyze", SPANISH_TITLE)
    assert report["meta"]["warnings"], "the API gave no warning for a Spanish article"
    expect(side.locator("[data-section=tone] .note.warning")).to_contain_text("does not read as English")
    page.close()


# ------------------------------------------------------------- what a reader of ordinary pages meets


def test_embedded_posts_and_pull_quotes_are_not_the_articles_text(configured, api_server, page_server):
    page = configured.open(f"{page_server}/embeds.html")
    panel(page)
    sent, report = api_server[1].last("/v1/analyze", "Senator’s post on tariffs")
    # A tweet and an Instagram card are others' words (they would be read as the outlet's own voice); a pull
    # quote repeats a quotation (it would be counted twice).
    assert "lying to you" not in sent["text"] and "@SenWhitfield" not in sent["text"]
    assert "shameful day" not in sent["text"]
    assert sent["text"].count("Farmers are the ones who will pay") == 1
    assert sent["text"].startswith("Senator’s post on tariffs draws rebuke from farm groups\nSenator Carla Whitfield")
    assert_marks_match(page, report)
    page.close()


def test_link_boxes_and_comment_sections_under_other_names_are_not_the_articles_text(configured, api_server,
                                                                                    page_server):
    page = configured.open(f"{page_server}/nocomment.html")
    panel(page)
    sent, report = api_server[1].last("/v1/analyze", "Harbour authority delays ferry terminal")
    # "More on this story" (links to other stories) and a "Conversation" (readers' comments): their words
    # would be scored as the article's (here the most negative sentence would be a reader's).
    assert "Outrageous fares" not in sent["text"] and "More on this story" not in sent["text"]
    assert "disgraceful" not in sent["text"] and "Conversation" not in sent["text"]
    assert sent["text"].endswith("did not respond to requests for comment.")
    assert_marks_match(page, report)
    page.close()


def test_a_source_that_declined_to_comment_is_listed_and_marked_apart_from_the_quotes(configured, api_server,
                                                                                      page_server):
    page = configured.open(f"{page_server}/nocomment.html")
    side = panel(page)
    sent, report = api_server[1].last("/v1/analyze", "Harbour authority delays ferry terminal")
    silent = report["no_comment"]
    assert [(n["speaker"] or {}).get("name") for n in silent] == ["Owen Tregarth", "Paul Rivas"]
    assert len(report["text"]) < len(sent["text"].encode("utf-16-le")) // 2  # an emoji before them: offsets convert
    painted = assert_marks_match(page, report)
    for i, silence in enumerate(silent):  # each refusal and its speaker over their own words, not as a quote
        assert "framing-nocomment" in painted[f"n{i}"]["classes"] and "framing-quote" not in painted[f"n{i}"]["classes"]
        assert squeeze(painted[f"n{i}"]["text"]) == squeeze(silence["text"])
        assert squeeze(painted[f"n{i}s"]["text"]) == squeeze(silence["speaker"]["text"])
    sources = side.locator("[data-section=sources]")
    expect(sources.locator(".sources-line")).to_contain_text("2 no comment")
    rivas = sources.locator(".item.no-comment", has_text="Paul Rivas")
    expect(rivas).to_contain_text("The authority’s chairman")
    expect(rivas).to_contain_text("did not respond to requests for comment")
    assert sources.locator(".item.named", has_text="Paul Rivas").count() == 0  # not among the quotes
    rivas.click()  # scrolls to the refusal and explains it
    tooltip = page.locator("framing-overlay .tooltip")
    expect(tooltip).to_contain_text("No comment")
    expect(tooltip).to_contain_text("Paul Rivas")
    expect(tooltip).to_contain_text("did not respond")
    page.mouse.move(5, 5)
    page.locator('framing-mark[data-framing-ref="n0"]').first.hover()
    expect(tooltip).to_contain_text("Owen Tregarth")
    expect(tooltip).to_contain_text("declined")
    page.close()


def test_invisible_characters_inside_words_are_left_out_and_the_marks_still_fit(configured, api_server, page_server):
    page = configured.open(f"{page_server}/rtl.html")
    panel(page)
    sent, report = api_server[1].last("/v1/analyze", "festival of lights")
    assert "\u00ad" not in sent["text"] and "\u200b" not in sent["text"]
    assert "auditors estimated had doubled" in sent["text"] and "the night a triumph" in sent["text"]
    assert "a disgraceful waste" in sent["text"] and "Samir Haddad" in sent["text"]  # across <b> and <a>
    painted = page.evaluate(PAINTED_JS)
    for ref, (_cls, words) in expected_marks(report).items():  # a soft hyphen the mark covers is the page's own
        assert squeeze(painted[ref]["text"]).replace("\u00ad", "").replace("\u200b", "") == squeeze(words), ref
    page.close()


def test_a_headline_above_the_articles_container_is_its_first_line(configured, api_server, page_server):
    page = configured.open(f"{page_server}/liveblog.html")
    panel(page)
    sent, report = api_server[1].last("/v1/analyze", "grid operator")
    assert sent["text"].startswith("Storm Edda live: power cuts and flooding across the north\n"
                                   "Energy company apologises\nThe regional grid operator")
    assert "Key events" not in sent["text"]
    assert_marks_match(page, report)
    page.close()
    # A site's name in the page header is no headline of the story beneath it.
    page = configured.open(f"{page_server}/logo.html")
    panel(page)
    sent, _ = api_server[1].last("/v1/analyze", "Mill Street")
    assert sent["text"].startswith("The repairs to the Mill Street bridge") and "Valley Times" not in sent["text"]
    page.close()


BIDI_LABELS_JS = """() => {
  const root = document.querySelector("framing-overlay").shadowRoot;
  const isolated = (text) => [...root.querySelectorAll("bdi")].some((el) => el.textContent.includes(text));
  return {actor: isolated("Haddad"), rtl: isolated("\u0645\u062d\u0645\u062f")};
}"""


def test_the_panel_isolates_the_pages_words_from_its_own(configured, api_server, page_server):
    # An Arabic name or a stray U+202E in a quotation must not reorder "· 1 mention" or "anonymous (…)" beside it.
    page = configured.open(f"{page_server}/rtl.html")
    side = panel(page)
    assert page.evaluate(BIDI_LABELS_JS) == {"actor": True, "rtl": True}
    assert not page.evaluate(LONE_SURROGATE_IN_PANEL_JS)
    # The tone's extremes say which sentence they are, in its words.
    _, report = api_server[1].last("/v1/analyze", "festival of lights")
    worst = report["tone"]["most_negative"]
    first_words = " ".join(report["text"][worst["start"]:worst["end"]].split()[:4])
    expect(side.locator("[data-section=tone] .extreme-item").first).to_contain_text(first_words)
    # Each evaluative chip carries its polarity, as its mark in the page does.
    for i, item in enumerate(report["evaluative"]):
        polarity = "neg" if item["polarity"] < 0 else "pos" if item["polarity"] > 0 else "neu"
        expect(side.locator("[data-section=language] .item").nth(i)).to_have_class(re.compile(f"ev-pol-{polarity}"))
    page.close()


def test_frames_below_their_threshold_do_not_look_present(configured, api_server, page_server):
    page = configured.open(f"{page_server}/seed/0.html")
    side = panel(page)
    _, report = api_server[1].last("/v1/analyze", seed_title(0))
    shown = sorted(report["frames"], key=lambda frame: -frame["score"])  # as the panel lists them
    assert {frame["present"] for frame in report["frames"]} == {True, False}, "the page needs both kinds"
    side.locator("[data-section=frames] button.more").click()
    items = side.locator("[data-section=frames] .item")
    expect(items).to_have_count(len(shown))
    for i, frame in enumerate(shown):
        if frame["present"]:
            expect(items.nth(i)).not_to_have_class(re.compile("frame-absent"))
        else:
            expect(items.nth(i)).to_have_class(re.compile("frame-absent"))
    page.close()


PANEL_ROOM_JS = """() => {
  const panel = document.querySelector("framing-overlay").shadowRoot.querySelector(".panel");
  const article = document.querySelector("article").getBoundingClientRect();
  return {style: document.documentElement.getAttribute("style"), articleRight: article.right,
          panelLeft: panel.hidden ? null : panel.getBoundingClientRect().left};
}"""


def test_the_panel_makes_room_for_itself_instead_of_covering_the_article(configured, api_server, page_server):
    page = configured.open(f"{page_server}/rtl.html")  # a centred column the panel would cover at 1280 px
    side = panel(page)
    room = page.evaluate(PANEL_ROOM_JS)
    assert room["style"] and room["articleRight"] <= room["panelLeft"]
    side.get_by_role("button", name="Minimise the panel").click()
    assert page.evaluate(PANEL_ROOM_JS)["style"] is None  # minimised: the page has its whole width again
    page.locator("framing-overlay .pill").click()
    assert page.evaluate(PANEL_ROOM_JS)["style"]
    page.set_viewport_size({"width": 900, "height": 860})  # narrowed: too little width to share
    page.wait_for_function("document.documentElement.getAttribute('style') === null")
    page.set_viewport_size({"width": 1280, "height": 860})
    page.wait_for_function("document.documentElement.getAttribute('style') !== null")
    side.get_by_role("button", name="Close and remove the highlights").click()
    assert page.evaluate("document.documentElement.getAttribute('style')") is None
    page.close()
    # A narrow window keeps its width: the panel floats over it, as before.
    page = configured.context.new_page()
    page.set_viewport_size({"width": 900, "height": 800})
    page.goto(f"{page_server}/rtl.html")
    panel(page)
    assert page.evaluate("document.documentElement.getAttribute('style')") is None
    page.close()


FOCUSED_JS = """() => {
  const root = document.querySelector("framing-overlay")?.shadowRoot;
  const el = root && root.activeElement;
  return el ? {tag: el.tagName, cls: el.className, outline: getComputedStyle(el).outlineStyle} : null;
}"""


def test_the_panel_works_from_the_keyboard(browser, api_server, page_server):
    browser.configure(api_server[0], auto_run=False)
    url = f"{page_server}/rtl.html"
    page = browser.open(url)
    browser.run_toolbar_action(url)  # as the shortcut (Alt+Shift+F) or the toolbar button does
    side = panel(page)
    page.wait_for_function(f"({FOCUSED_JS})()?.tag === 'ASIDE'")  # asked for: focus goes into the panel
    _, report = api_server[1].last("/v1/analyze", "festival of lights")
    first = side.locator("[data-section=language] .item").first
    first.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # reached by the keyboard: its focus is drawn
    page.wait_for_function(f"(f => f && f.cls.split(' ').includes('ev') && f.outline !== 'none')(({FOCUSED_JS})())")
    page.keyboard.press("Enter")  # the finding's tooltip, which a mouse gets by hovering, comes with it
    tooltip = page.locator("framing-overlay .tooltip")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text(report["evaluative"][0]["category"])
    # Buttons that redraw what they are part of leave the focus where the reader is, not on the page.
    more = side.locator("[data-section=actors] button.more, [data-section=sources] button.more").first
    more.focus()
    page.keyboard.press("Enter")
    expect(more).to_have_count(0)
    page.wait_for_function(f"({FOCUSED_JS})()?.cls.startsWith('item')")  # the list is redrawn, then focused
    side.get_by_role("button", name="+ Add to comparison").focus()
    page.keyboard.press("Enter")
    expect(side.get_by_role("button", name="\u2713 In comparison \u00b7 remove")).to_be_visible()
    page.wait_for_function(f"({FOCUSED_JS})()?.cls.includes('pin')")
    page.keyboard.press("Escape")  # out of the panel; the button that brings it back has the focus
    expect(side).to_be_hidden()
    page.wait_for_function(f"({FOCUSED_JS})()?.cls.includes('pill')")
    page.keyboard.press("Enter")
    expect(side).to_be_visible()
    browser.run_toolbar_action(url)  # the shortcut again: minimised
    expect(side).to_be_hidden()
    browser.run_toolbar_action(url)
    expect(side).to_be_visible()
    page.wait_for_function(f"({FOCUSED_JS})()?.tag === 'ASIDE'")
    page.close()


def test_the_shortcut_is_declared(browser):
    manifest = json.loads((EXTENSION / "manifest.json").read_text("utf-8"))
    assert manifest["commands"]["_execute_action"]["suggested_key"]["default"] == "Alt+Shift+F"


def test_a_server_that_cannot_be_reached_offers_the_options(browser, page_server):
    browser.configure(f"http://127.0.0.1:{closed_port()}", timeout=1)
    page = browser.open(f"{page_server}/rtl.html")
    banner = page.locator("framing-overlay .banner.error")
    expect(banner).to_contain_text("Could not reach the framing server")
    with browser.context.expect_page() as opened:
        banner.get_by_role("button", name="Options").click()
    options = opened.value
    options.wait_for_load_state()
    assert options.url == f"chrome-extension://{browser.extension_id}/options.html"
    options.close()
    page.close()


def test_timestamps_and_section_labels_on_lines_of_their_own_are_not_the_articles_text(configured, api_server,
                                                                                       page_server):
    page = configured.open(f"{page_server}/furniture.html")
    panel(page)
    sent, report = api_server[1].last("/v1/analyze", "Ferry strike live")
    # A live blog's "14:32" and a kicker's "Live", "Analysis" or "Opinion" are page furniture, not prose ...
    assert sent["text"].split("\n")[:3] == ["Ferry strike live: crossings cancelled for a second day",
                                            "Union rejects the latest offer",
                                            "The crews' union rejected the company's latest pay offer, calling it "
                                            "an insult to workers who kept the crossings running through the winter "
                                            "storms."]
    assert not re.search(r"\d\d:\d\d|^(?:Live|Analysis|Opinion)$", sent["text"], re.MULTILINE)
    # ... but a <time> inside a sentence is its words, and the marks still land on exactly their words.
    assert "The strike began on Sunday morning, when" in sent["text"]
    assert_marks_match(page, report)
    page.close()


def test_a_kicker_on_the_headlines_line_and_publication_metadata_are_not_the_articles_text(configured, api_server,
                                                                                           page_server):
    page = configured.open(f"{page_server}/kicker.html")
    panel(page)
    sent, report = api_server[1].last("/v1/analyze", "Harbour master quits")
    lines = sent["text"].split("\n")
    # A kicker marked up before the headline's words, and "Updated ..", "Published .. ago", ".. min read" lines ...
    assert lines[:2] == ["Harbour master quits over dredging row",
                         "The harbour master resigned on Friday after a bitter row with the council over the cost of "
                         "dredging the channel, which he called reckless and short-sighted."]
    # ... but a sentence opening "Published in" and a badge inside a sentence are prose.
    assert lines[2].startswith("Published in the spring, the council's own survey")
    assert lines[3].startswith("The new premium berths at the marina")
    assert_marks_match(page, report)
    page.close()


INITIAL_JS = """() => [...document.querySelectorAll("article p")].slice(0, 2).map((p) => {
  const letter = getComputedStyle(p.querySelector(".dropcap") || p, "::first-letter");
  const box = p.querySelector(".dropcap") ? getComputedStyle(p.querySelector(".dropcap framing-mark")) : letter;
  return {background: box.backgroundColor, underline: box.borderBottomStyle};
})"""


def test_a_drop_capital_is_highlighted_with_its_word(configured, api_server, page_server):
    page = configured.open(f"{page_server}/dropcap.html")
    panel(page)
    sent, report = api_server[1].last("/v1/analyze", "harbour toll plan")
    # A drop capital set as an element of its own is the first letter of its word, not a line of its own.
    assert "\nShameful decisions were taken" in sent["text"]
    words = {item["text"] for item in report["evaluative"]}
    assert {"Disgraceful", "Shameful decisions"} <= words, words
    assert_marks_match(page, report)
    # A ::first-letter floated out of its line, and a drop capital's own box, show the mark of their word.
    for initial in page.evaluate(INITIAL_JS):
        assert initial["background"] != "rgba(0, 0, 0, 0)" and initial["underline"] != "none", initial
    side = page.locator("framing-overlay .panel")
    side.get_by_role("button", name="Close and remove the highlights").click()
    assert page.locator("[data-framing-initial]").count() == 0
    page.close()


def test_a_drop_capital_drawn_by_the_article_bodys_first_letter_is_highlighted_with_its_word(configured, api_server,
                                                                                              page_server):
    page = configured.open(f"{page_server}/dropcap-parent.html")
    panel(page)
    sent, report = api_server[1].last("/v1/analyze", "ferry fare rise")
    assert "Disgraceful" in {item["text"] for item in report["evaluative"]}
    assert_marks_match(page, report)
    letter = page.evaluate("""() => {
      const style = getComputedStyle(document.querySelector(".story-body"), "::first-letter");
      return {background: style.backgroundColor, underline: style.borderBottomStyle};
    }""")
    assert letter["background"] != "rgba(0, 0, 0, 0)" and letter["underline"] != "none", letter
    page.locator("framing-overlay .panel").get_by_role("button", name="Close and remove the highlights").click()
    assert page.locator("[data-framing-initial]").count() == 0
    page.close()


BADGE_JS = "async (url) => chrome.action.getBadgeText({tabId: (await chrome.tabs.query({url}))[0].id})"


def test_a_server_that_is_down_is_said_once_not_on_every_page(browser, page_server):
    browser.configure(f"http://127.0.0.1:{closed_port()}", timeout=1)
    first = browser.open(f"{page_server}/seed/0.html")
    banner = first.locator("framing-overlay .banner.error")
    expect(banner).to_contain_text("Could not reach the framing server")
    expect(banner).to_contain_text("once in 10 minutes")  # and how to stop it: the options
    expect(banner.get_by_role("button", name="Options")).to_be_visible()
    # The next article page fails as quietly as it can: no message on it, a "!" on the toolbar button.
    url = f"{page_server}/seed/1.html"
    second = browser.open(url)
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while browser.worker.evaluate(BADGE_JS, url) != "!":
        assert time.monotonic() < deadline, "the toolbar button shows no sign of the failure"
        second.wait_for_timeout(50)
    second.wait_for_timeout(300)
    assert second.locator("framing-overlay").count() == 0
    # A run by hand always says what went wrong, and where to fix it.
    browser.run_toolbar_action(url)
    banner = second.locator("framing-overlay .banner.error")
    expect(banner).to_contain_text("Could not reach the framing server")
    expect(banner.get_by_role("button", name="Options")).to_be_visible()
    first.close()
    second.close()


def chrome_accessibility(page, selector: str) -> dict:
    """What chromium itself tells a screen reader of the first element matching ``selector`` (its role and
    description), from its accessibility tree: Playwright's own computation does not stop at shadow roots."""
    cdp = page.context.new_cdp_session(page)
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    ax = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node, "fetchRelatives": False})["nodes"][0]
    cdp.detach()
    return {"role": ax["role"]["value"], "description": (ax.get("description") or {}).get("value", "")}


def test_screen_readers_hear_the_report_the_tooltips_and_the_errors(configured, api_server, page_server):
    page = configured.open(f"{page_server}/seed/1.html")
    side = panel(page)
    _, report = api_server[1].last("/v1/analyze", seed_title(1))
    live = page.locator("framing-overlay [role=status][aria-live=polite]")
    expect(live).to_have_count(1)
    expect(live).to_contain_text(f"the article reads {report['tone']['label']}")
    assert live.evaluate("el => el.getBoundingClientRect().width") <= 1  # heard, not seen
    # A highlight is a mark, and the one the tooltip explains is described by the tooltip's words.
    i = next(i for i, e in enumerate(report["evaluative"]) if e["voice"] == "author")
    mark = f'framing-mark[data-framing-ref="e{i}"]'
    page.locator(mark).first.hover()
    tooltip = page.locator("framing-overlay [role=tooltip]")
    expect(tooltip).to_be_visible()
    heard = chrome_accessibility(page, mark)
    assert heard["role"] == "mark"
    assert "Evaluative, author's voice" in heard["description"]
    assert report["evaluative"][i]["category"] in heard["description"]
    page.mouse.move(5, 5)
    expect(tooltip).to_be_hidden()
    assert chrome_accessibility(page, mark)["description"] == ""
    # Reached from the panel, the finding's tooltip describes the item and is said.
    item = side.locator("[data-section=language] .item").nth(i)
    item.focus()
    page.keyboard.press("Enter")
    expect(tooltip).to_be_visible()
    expect(item).to_have_attribute("aria-describedby", tooltip.evaluate("el => el.id"))
    expect(live).to_contain_text("Evaluative, author's voice")
    page.close()
    # An error is said too.
    configured.configure(f"http://127.0.0.1:{closed_port()}", timeout=1)
    page = configured.open(f"{page_server}/rtl.html")
    live = page.locator("framing-overlay [role=status][aria-live=polite]")
    expect(live).to_contain_text("Could not reach the framing server")
    page.close()
