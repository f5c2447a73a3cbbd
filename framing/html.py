"""Main text of a web page, with trafilatura (no boilerplate, no navigation, no comments)."""

from __future__ import annotations

from .errors import InputError


def extract_text(html: str, *, url: str | None = None) -> str:
    """The article text of ``html``; an InputError when the page holds no article text."""
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               favor_recall=True, deduplicate=False)
    if not text or not text.strip():
        raise InputError("no article text found in the HTML: send the article page, or its text")
    return text
