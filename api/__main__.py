"""``python -m api``: serve the API (like ``framing serve``); ``python -m api openapi [--write]``:
print the OpenAPI document, or write it to api/openapi.json (commit it: contract changes show in review).
"""

from __future__ import annotations

import sys

from . import OPENAPI_FILE, openapi_text


def main(argv: list[str]) -> int:
    if argv[:1] == ["openapi"]:
        text = openapi_text()
        if "--write" in argv[1:]:
            OPENAPI_FILE.write_text(text, encoding="utf-8")
            print(f"wrote {OPENAPI_FILE}", file=sys.stderr)
        else:
            sys.stdout.write(text)
        return 0
    if argv and argv[0] not in ("serve",):
        print("usage: python -m api [serve] | python -m api openapi [--write]", file=sys.stderr)
        return 2
    from framing.cli import cli

    cli.main(args=["serve", *argv[1:]], prog_name="python -m api")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
