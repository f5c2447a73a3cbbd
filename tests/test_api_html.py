"""framing.html: the article text (and headline) of a web page, as the API's {html} input reads it."""

from __future__ import annotations

import pytest

from framing.errors import InputError
from framing.html import extract_page, extract_text

BODY = ("<p>The council voted on Tuesday to close the old harbour bridge to lorries, after engineers "
        "found cracks in two of its supporting piers during a routine inspection last month.</p>"
        "<p>Traders on the north bank said the decision would cost them customers, while residents "
        "welcomed the end of heavy traffic on the narrow streets near the waterfront.</p>")


def page(head: str = "", before: str = "", body: str = BODY, after: str = "") -> str:
    return (f"<html><head>{head}</head><body>{before}<article><h1>Bridge closed to lorries</h1>{body}"
            f"</article>{after}</body></html>")


@pytest.mark.parametrize("html, present, absent", [
    (page(), ["cracks in two of its supporting piers", "residents welcomed"], []),
    (page(before="<nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav>"), ["harbour bridge"], ["Sport"]),
    (page(after="<footer>Copyright 2026 Example Gazette. All rights reserved.</footer>"), ["harbour bridge"],
     ["All rights reserved"]),
    (page(after="<script>var tracking = 'abc';</script><style>p {color: red}</style>"), ["harbour bridge"],
     ["tracking", "color"]),
    (page(body=BODY.replace("old harbour", "<b>old</b> <a href='/h'>harbour</a>")), ["the old harbour bridge"],
     []),
])
def test_extract_text_keeps_the_article_and_drops_the_rest(html, present, absent):
    text = extract_text(html)
    for snippet in present:
        assert snippet in text
    for snippet in absent:
        assert snippet not in text


def test_one_paragraph_per_line():
    lines = extract_text(page()).splitlines()
    assert lines[0] == "Bridge closed to lorries"
    assert lines[1].startswith("The council voted") and lines[2].startswith("Traders on the north bank")


@pytest.mark.parametrize("html, title", [
    (page(head="<title>Bridge closed | Example Gazette</title>"), "Bridge closed to lorries"),
    (page(head="<meta property='og:title' content='Lorries banned from harbour bridge'>"),
     "Lorries banned from harbour bridge"),
])
def test_extract_page_finds_the_headline(html, title):
    assert extract_page(html).title == title


@pytest.mark.parametrize("html, expected", [
    ("<html><body><p>The mayor <b>strongly</b> denied the report.</p></body></html>",
     "The mayor strongly denied the report."),
    ("<html><body><p>Prices rose by <a href='/x'>four percent</a>, officials said.</p></body></html>",
     "Prices rose by four percent, officials said."),
])
def test_inline_elements_stay_in_their_sentence(html, expected):
    assert extract_text(html) == expected


@pytest.mark.parametrize("html", [
    "",
    "   \n ",
    "<html><body></body></html>",
    "<html><body><script>var x = 1;</script></body></html>",
    "<<<>>>",
    "\x00\x00\x00",
    "<div>" * 5000,
])
def test_pages_without_article_text_are_input_errors(html):
    with pytest.raises(InputError, match="send the article"):
        extract_text(html)


@pytest.mark.parametrize("html, expected", [
    ("<p>The mayor denied the report on Friday.</p>", "The mayor denied the report on Friday."),
    ("<div><p>Rain is forecast.</p><p>The river may flood.</p></div>", "Rain is forecast.\nThe river may flood."),
    ("The mayor <b>denied</b> the report.", "The mayor denied the report."),
])
def test_fragments_without_a_body_are_read(html, expected):
    """A paragraph copied out of a page has no <html> or <body>; its text is still the article."""
    assert extract_text(html) == expected


def test_a_lone_surrogate_in_the_html_does_not_cut_the_article_short():
    # "\ud83c" is half of an emoji's JSON escape; the HTML parser stopped reading at it.
    text = extract_text(page(body=BODY.replace("to close", "to \ud83c close")))
    assert "\ufffd close the old harbour bridge" in text and text.endswith(extract_text(page()).split()[-1])
    assert extract_text("\ud800<p>The mayor denied the report on Friday.</p>").endswith("the report on Friday.")
