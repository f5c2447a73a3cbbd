"""Text from the input as a terminal may show it: the tables of ``render`` and the CLI's error lines.

Kept apart from ``render`` (which imports rich) so that an error line costs no import of rich.
"""

from __future__ import annotations

# Characters that take over the terminal rather than show: C0 and C1 controls (an escape sequence can
# recolour or clear the screen) and the Unicode bidirectional controls (U+202E turns the rest of the
# line right to left, so a table row reads backwards or hides what follows; Unicode TR #9, and the
# "Trojan Source" attacks on code review). Shown escaped, in display only: the report keeps its text.
# A tab and a line break are left as they are: a table cell may hold several lines.
_CONTROLS = [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0),
             0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_ESCAPED = {code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" for code in _CONTROLS}

# A line that must stay one line (an error on stderr, which scripts read a line at a time) escapes the
# line breaks as well: a file named "a\nframing: b.txt: is empty" would otherwise forge a second error.
# U+2028 and U+2029 break lines in some terminals and in every editor that shows the log.
_ESCAPED_ONE_LINE = {**_ESCAPED, 0x0A: "\\n", 0x0D: "\\r", 0x2028: "\\u2028", 0x2029: "\\u2029"}


def displayable(text: str) -> str:
    """``text`` as a terminal may show it: its control characters written as escapes ("\\u202e")."""
    return text.translate(_ESCAPED)


def one_line(text: str) -> str:
    """``text`` as ``displayable``, and its line breaks escaped too ("\\n"), so it stays on one line."""
    return text.translate(_ESCAPED_ONE_LINE)
