"""Main text of a web page, with trafilatura (no boilerplate, no navigation, no comments).

trafilatura (Barbaresi 2021, ACL demo) scores best among open extractors on news pages; its
output is one paragraph per line, which is what ``segment`` expects (a line break ends a sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError

# On short or unusual pages trafilatura falls back to a baseline extractor that puts inline
# elements (<b>, <a>, <em>) on lines of their own: "said the\nminister\n." A line that starts in
# lower case or with closing punctuation continues the previous one unless that line ended a sentence.
_BROKEN_LINE = re.compile(r"(?<![.!?:;\"”’)\]])\n(?=[a-z,.;:!?)\]”’%])")
_GLUE_TIGHT = re.compile(r"[,.;:!?)\]”’%]")
# trafilatura finds no document in a fragment with no <body> ("<p>…</p>" copied out of a page).
_HAS_BODY = re.compile(r"<body[\s>]", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]")
# A surrogate code point left alone ("\ud83c" from a JSON escape that split an emoji) is no character:
# the HTML parser stops reading at it and loses the rest of the page, so it is read as U+FFFD.
LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
# A page's address as the API and the CLI's JSON lines take it: absolute, with a scheme ("https:", "file:") and no
# spaces; "not a url" or "example.org/news" (no scheme) is refused rather than kept as sent.
URL_PATTERN = r"^[A-Za-z][A-Za-z0-9+.\-]*:\S+$"


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None


def _rejoin(match: re.Match[str]) -> str:
    following = match.string[match.end():match.end() + 1]
    return "" if _GLUE_TIGHT.match(following) else " "


def _extraction(html: str, url: str | None):
    """trafilatura's main text and metadata of ``html``, or None for markup lxml will not read."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(html, url=url, include_comments=False, include_tables=False,
                                           favor_recall=True, deduplicate=False, with_metadata=True)
    except (ValueError, TypeError, LookupError, RecursionError):
        # lxml refuses some inputs outright (bad encodings, absurd nesting): not a page we can read.
        return None


def extract_page(html: str, *, url: str | None = None) -> Page:
    """The article text and headline of ``html``; an InputError when the page holds no article text."""
    if not isinstance(html, str) or not html.strip():
        raise InputError("the HTML is empty: send the article page, or its text")
    html = LONE_SURROGATE.sub("\ufffd", html)
    document = _extraction(html, url)
    text = (getattr(document, "text", None) or "").strip()
    if not text and not _HAS_BODY.search(html):
        document = _extraction(f"<html><body>{html}</body></html>", url)
        text = (getattr(document, "text", None) or "").strip()
    if _WORD.search(text) is None:
        raise InputError("no article text found in the HTML: send the article page, or its text")
    title = getattr(document, "title", None)
    return Page(_BROKEN_LINE.sub(_rejoin, text), title.strip() if isinstance(title, str) and title.strip() else None)


def extract_text(html: str, *, url: str | None = None) -> str:
    """The article text of ``html``; an InputError when the page holds no article text."""
    return extract_page(html, url=url).text
