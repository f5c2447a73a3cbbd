"""``python -m api``: serve the API (like ``framing serve``); ``python -m api openapi [--write]``:
print the OpenAPI document, or write it to api/openapi.json (commit it: contract changes show in review).
"""

from __future__ import annotations

import sys

from . import OPENAPI_FILE, openapi_text

USAGE = "usage: python -m api [serve [OPTIONS]] | python -m api openapi [--write]"
HELP = f"""{USAGE}

  serve            serve the API (options as `framing serve --help`; settings: FRAMING_* variables)
  openapi          print the OpenAPI document
  openapi --write  write it to api/openapi.json (commit it after a contract change)
"""


def main(argv: list[str]) -> int:
    if argv[:1] in (["-h"], ["--help"]):
        sys.stdout.write(HELP)
        return 0
    if argv[:1] == ["openapi"]:
        unknown = [arg for arg in argv[1:] if arg != "--write"]
        if unknown:  # "--check" or a typo of "--write" would otherwise print the document as if asked
            print(f"python -m api openapi: unknown argument {unknown[0]!r}\n{USAGE}", file=sys.stderr)
            return 2
        text = openapi_text()
        if "--write" in argv[1:]:
            OPENAPI_FILE.write_text(text, encoding="utf-8")
            print(f"wrote {OPENAPI_FILE}", file=sys.stderr)
        else:
            sys.stdout.write(text)
        return 0
    if argv and argv[0] not in ("serve",):
        print(f"python -m api: unknown command {argv[0]!r}\n{USAGE}", file=sys.stderr)
        return 2
    from framing.cli import cli

    cli.main(args=["serve", *argv[1:]], prog_name="python -m api")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
