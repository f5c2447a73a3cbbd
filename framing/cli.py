"""The ``framing`` command: parse input, make one library call, format the result."""

from __future__ import annotations

import codecs
import io
import json
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import click

from . import __version__
from .display import one_line
from .errors import FramingError, InputError
from .html import LONE_SURROGATE, URL_PATTERN, Page, extract_page  # (trafilatura itself is imported when a page comes)
from .warmup import warm_up

BATCH_PROGRESS_MIN = 8  # show a progress bar on stderr from this many inputs on
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")  # what a folder argument stands for
# A file over this size holds more than pipeline.MAX_CHARS characters in any encoding (UTF-8 takes at
# most 4 bytes a character): refused before it is read, so a stray video or dump costs no memory.
MAX_FILE_BYTES = 4 * 5_000_000


@dataclass(frozen=True)
class Article:
    """One input: its label (file name or ``stdin:N``) and text, or the error that kept it out."""

    label: str
    text: str | None = None
    error: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    input_id: str | None = None  # a JSON line's own "id"


def looks_like_html(text: str) -> bool:
    """Whether a text is a saved web page (a page saved as .txt, or piped to stdin): it opens with
    a doctype or an <html> tag. Articles never do, so their text is not touched."""
    head = text[:512].lstrip("\ufeff \t\r\n").lower()
    return head.startswith(("<!doctype html", "<html"))


def json_articles_kind(text: str) -> str | None:
    """What a text read as one article holds when it is articles in JSON instead: "lines" (JSON Lines, its
    first line an object with "text" or "html", as ``--lines`` reads them), "object" or "array" (one
    pretty-printed document of them); else None. Scored whole, its braces and field names would be the
    article. Prose never opens with a JSON object or array, so only such text is parsed."""
    head = text.lstrip("\ufeff \t\r\n")
    if not head.startswith(("{", "[")):
        return None

    def is_article(value: Any) -> bool:
        return isinstance(value, dict) and ("text" in value or "html" in value)

    try:
        if is_article(json.loads(head.split("\n", 1)[0])):
            return "lines"
    except ValueError:
        pass
    try:
        whole = json.loads(head)
    except (ValueError, RecursionError):
        return None
    if is_article(whole):
        return "object"
    if isinstance(whole, list) and whole and all(is_article(item) for item in whole):
        return "array"
    return None


def _hint_typing(what: str) -> None:
    """When '-' reads a terminal, say so: otherwise the command seems to hang."""
    if sys.stdin is not None and sys.stdin.isatty():
        click.echo(f"framing: reading {what} from the terminal; end with Ctrl-D (or pipe a file in)", err=True)


def decode_text(data: bytes) -> str:
    """UTF-8 text (with or without a byte-order mark), or UTF-16 with its mark, as word processors
    save "Unicode text", or a web page in the encoding it declares (``<meta charset="windows-1252">``);
    anything else an InputError that says how to convert it."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("starts like UTF-16 text but is not: convert it to UTF-8 first") from None
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _declared_charset(data)
        if declared is not None:
            try:
                return data.decode(declared)
            except UnicodeDecodeError:
                pass
        raise InputError(f"is not UTF-8 (bad byte at position {exc.start}); convert it first, "
                         "e.g. iconv -f latin1 -t utf-8") from None


# A page's own statement of its encoding, in its first 1,024 bytes as the HTML standard's prescan reads
# them: <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">.
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)


def _declared_charset(data: bytes) -> str | None:
    """The Python codec for the encoding a web page declares, or None (none declared, or unknown)."""
    found = _META_CHARSET.search(data[:1024])
    if found is None:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None


def read_text_file(path: str) -> Page:
    """The text of ``path`` ('-' for stdin), and the headline of a web page, or an InputError a
    person can act on."""
    if path == "-":
        _hint_typing("the article")
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)  # a runaway pipe is refused, not held in memory
        if len(data) > MAX_FILE_BYTES:
            raise InputError(_too_long(f"is over {MAX_FILE_BYTES / 1e6:,.0f} MB"))
    else:
        p = Path(path)
        if not p.exists():
            raise InputError("no such file")
        if p.is_dir():
            raise InputError(f"is a folder with no article files in it (looked for {', '.join(ARTICLE_SUFFIXES)})")
        try:
            size = p.stat().st_size
            if size > MAX_FILE_BYTES:
                raise InputError(_too_long(f"is {size / 1e6:,.0f} MB"))
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(exc.strerror or str(exc)) from None
    text = decode_text(data)
    kind = json_articles_kind(text)
    if kind is not None:
        raise InputError(_json_articles_advice(kind, path))
    page = extract_page(text) if path.lower().endswith((".html", ".htm")) else _article_page(text)
    if not page.text.strip():
        raise InputError("is empty")
    return page


def _too_long(size: str) -> str:
    from .pipeline import MAX_CHARS

    return (f"{size}, too long for one article (the limit is {MAX_CHARS:,} characters): "
            "split it, or is it the file you meant?")


def _json_articles_advice(kind: str, path: str) -> str:
    """What to run instead, for articles in JSON read as one article (``json_articles_kind``)."""
    source = "" if path == "-" else f" < {path}"
    if kind == "lines":  # the flag to add, not a whole command: the user's other options still hold
        return ('holds JSON lines of articles ({"text": ...} a line), not one article: '
                "add --lines to score each line's article")
    what, jq = ("a JSON array of articles", "'.[]'") if kind == "array" else ('a JSON article ({"text": ...})', ".")
    return (f"holds {what}, not an article's text: --lines reads one JSON object a line, "
            f"e.g. jq -c {jq}{source} | framing score --lines -")


def _article_page(text: str) -> Page:
    """The text to analyse: a saved web page reduced to its article text and headline (the report's
    title, as the API takes it), other text as it is."""
    return extract_page(text) if looks_like_html(text) else Page(text, None)


def _json_lines(path: str) -> Iterator[Article]:
    """JSON Lines in a file or on stdin ('-'), read as they are scored: each line an object with "text"
    or "html" (and optional title/source/url), or plain text. The fields are those of the API's
    /v1/analyze (a line without the corpus's own "id" can be sent to either); a field of no use here is
    named once on stderr."""
    if path == "-":
        _hint_typing("one article per line")
        yield from _articles_of_lines(sys.stdin.buffer, "stdin")
        return
    try:
        with open(path, "rb") as stream:
            head = stream.peek(8192)[:8192]
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # as decode_text reads one article
                lines = io.TextIOWrapper(stream, encoding="utf-16", newline="")
                yield from _articles_of_lines((line.encode("utf-8") for line in lines), path)
                return
            if b"\x00" in head:
                yield Article(path, error="looks like a binary file, not text")
                return
            yield from _articles_of_lines(stream, path)
    except UnicodeDecodeError:  # (UTF-16: a UTF-8 file's bad line is named on its own)
        yield Article(path, error="starts like UTF-16 text but is not: convert it to UTF-8 first")
    except FileNotFoundError:
        yield Article(path, error="no such file")
    except OSError as exc:
        yield Article(path, error=exc.strerror or str(exc))


def _articles_of_lines(stream: Iterable[bytes], name: str) -> Iterator[Article]:
    """One Article a non-blank line of ``stream``, labelled ``NAME:LINE``."""
    not_read: set[str] = set()
    for n, raw in enumerate(stream, 1):  # bytes: a bad line is named, never silently altered
        label = f"{name}:{n}"
        try:
            line = raw.decode("utf-8-sig" if n == 1 else "utf-8").strip()
        except UnicodeDecodeError as exc:
            yield Article(label, error=f"is not UTF-8 (bad byte at position {exc.start}); convert it first, "
                                       "e.g. iconv -f latin1 -t utf-8")
            continue
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):  # a JSON array is no article's text
            try:
                json.loads(line)
            except json.JSONDecodeError:
                pass
            else:
                yield _json_line_article(label, None)
                continue
        if line.startswith("{"):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Article(label, error=f"invalid JSON ({exc.msg} at column {exc.colno})")
                continue
            article = _json_line_article(label, obj)
            _name_fields_not_read(article.label, obj, not_read)
            yield article
        else:
            try:
                page = _article_page(line)
                yield Article(label, page.text, title=page.title)
            except InputError as exc:
                yield Article(label, error=str(exc))


JSON_LINE_FIELDS = ("text", "html", "title", "source", "url")  # plus "id", which labels the line
URL = re.compile(URL_PATTERN)  # the API's "url" too


def _name_fields_not_read(label: str, obj: Any, named: set[str]) -> None:
    """Say on stderr which of a line's fields are not read (a corpus's "date", a misspelt "titel"), each
    name once for the whole input: a corpus's extra fields are let through, but never without a word."""
    if not isinstance(obj, dict):
        return
    new = [str(key) for key in obj if key not in JSON_LINE_FIELDS and key != "id" and key not in named]
    if new:
        named.update(new)
        _fail(label, f"not read: {', '.join(new)} (a JSON line's fields are {', '.join(JSON_LINE_FIELDS)} "
                     "and id; each other field is named once)")


def _json_line_article(label: str, obj: Any) -> Article:
    """One JSON line as an Article, or an Article holding the error that says what to fix."""
    if not isinstance(obj, dict):
        return Article(label, error='a JSON line must be an object with a "text" or "html" string')
    own_id = obj.get("id")
    input_id = str(own_id) if isinstance(own_id, (str, int)) and not isinstance(own_id, bool) else None
    if input_id is not None and input_id.strip():
        label = f"{label} (id {input_id})"  # the corpus's own id: errors name it, CSV rows carry it
    else:
        input_id = None
    wrong = [k for k in JSON_LINE_FIELDS if obj.get(k) is not None and not isinstance(obj[k], str)]
    if wrong:
        return Article(label, error=f"{', '.join(wrong)} must be a string")
    for key in ("text", "title", "source", "url"):  # html is read through them (framing.html)
        lone = LONE_SURROGATE.search(obj.get(key) or "")
        if lone:  # no UTF-8 output can hold it: the report could not be printed
            return Article(label, error=f"{key} holds a lone surrogate (\\u{ord(lone.group()):04x} at position "
                                        f"{lone.start()}), half of an escaped character: fix the line's escapes")
    if obj.get("url") is not None and not URL.fullmatch(obj["url"]):
        return Article(label, error=f"url {obj['url'][:80]!r} is not a web address: give the page's full address, "
                                    "such as https://example.org/news/1 (or leave the field out)")
    if (obj.get("text") is None) == (obj.get("html") is None):
        return Article(label, error='a JSON line needs a "text" or an "html" string (one of them)')
    try:
        page = Page(obj["text"], None) if obj.get("text") is not None else extract_page(obj["html"], url=obj.get("url"))
    except InputError as exc:
        return Article(label, error=f"html: {exc}")
    if not page.text.strip():
        return Article(label, error="text is empty")
    title = obj.get("title") if obj.get("title") is not None else page.title  # as the API: the one sent first
    return Article(label, page.text, title=title, source=obj.get("source"), url=obj.get("url"), input_id=input_id)


def list_inputs(paths: Iterable[str]) -> list[tuple[str, str | None]]:
    """Each argument as (path, source name); a folder as the article files anywhere under it, sorted.

    Only paths are listed here (texts are read as they are scored), so a corpus of any size can be
    named by its folder, and its size is known for the progress bar. Files a folder holds that are
    not articles are counted in a notice on stderr, never dropped silently.
    """
    paths = list(paths)  # (read twice below: an iterator would be spent by the count)
    if paths.count("-") > 1:  # the second '-' would read an empty stdin and be called "empty"
        raise click.UsageError(f"'-' (stdin) is given {paths.count('-')} times; stdin is read once: "
                               "give '-' once (with --lines it holds one article a line)")
    inputs: list[tuple[str, str | None]] = []
    for path in paths:
        folder = Path(path)
        if path == "-" or not folder.is_dir():
            inputs.append((path, None if path == "-" else folder.name))
            continue
        found, others = [], 0
        for p in sorted(folder.rglob("*")):
            if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file():
                found.append(p)
            elif not p.is_dir():
                others += 1
        if others:
            _fail(path, f"left out {others} file{'s' * (others != 1)} not named {', '.join(ARTICLE_SUFFIXES)}")
        if not found:
            inputs.append((path, None))  # read_text_file says what is wrong with it
        inputs.extend((str(p), p.relative_to(folder).as_posix()) for p in found)
    return inputs


def read_articles(inputs: Iterable[tuple[str, str | None]], *, lines: bool | Iterable[str] = False
                  ) -> Iterator[Article]:
    """The articles of ``list_inputs``, read one at a time as the consumer asks. ``lines``: the paths
    that hold one article a line (True: stdin)."""
    by_line = {"-"} if lines is True else set(lines or ())
    for path, source in inputs:
        if path in by_line:
            yield from _json_lines(path)
            continue
        label = "stdin" if path == "-" else path
        try:
            page = read_text_file(path)
            yield Article(label, page.text, title=page.title, source=source)
        except InputError as exc:
            yield Article(label, error=str(exc))


@dataclass(frozen=True)
class Scored:
    """What became of one article: its output (a Report, or its JSON text), or why there is none."""

    article: Article
    output: Any = None
    error: str | None = None


def _analyze_all(articles: list[Article], render: str | None) -> list[tuple[Any, str | None]]:
    """Worker: (output, error) per article. ``render`` "json"/"jsonl" makes the JSON text here, in the
    worker, so the parent only writes lines and never becomes the bottleneck of a pool."""
    from .pipeline import analyze
    from .rows import csv_line, summary_row

    done: list[tuple[Any, str | None]] = []
    for article in articles:
        try:
            report = analyze(article.text, title=article.title, source=article.source, url=article.url)
        except FramingError as exc:
            done.append((None, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - a bug on one article must not end a batch of thousands
            done.append((None, f"internal error, please report it: {type(exc).__name__}: {exc}"))
            continue
        if render is None:
            done.append((report, None))
        elif render == "csv":
            done.append((csv_line(summary_row(report, article.label, article.input_id)), None))
        else:
            done.append((_report_json(report, article.input_id, indent=2 if render == "json" else None), None))
    return done


def _report_json(report: Any, input_id: str | None, *, indent: int | None) -> str:
    """The report's JSON, with the input's own id in ``meta.input_id`` when it gave one (a JSON line's
    "id"): a line that fails leaves no report, so its order alone cannot join reports to the corpus."""
    if input_id is None:
        return report.to_json(indent)
    data = report.to_dict()
    data["meta"]["input_id"] = input_id
    return json.dumps(data, ensure_ascii=False, indent=indent, check_circular=False)


READ_AHEAD = 4  # chunks in flight per worker process: enough to keep each busy, few enough to bound memory


def score_all(articles: Iterable[Article], jobs: int = 1, *, render: str | None = None,
              total: int | None = None) -> Iterator[Scored]:
    """Every article scored, in input order, streamed: texts are read only a few chunks ahead of
    the workers, so memory stays flat on a corpus of any size.

    ``total``, when known, sizes the chunks handed to each worker (None: a stream of unknown length).
    """
    articles = iter(articles)
    if jobs == 1 or total is not None and total < 2:  # a pool's start-up would cost more than it saves
        if total is None or total > 1:
            warm_up()
        for article in articles:
            yield _scored([article], [] if article.error is not None else _analyze_all([article], render))[0]
        return
    chunk = max(1, min(8, total // (jobs * READ_AHEAD))) if total is not None else 8
    with ProcessPoolExecutor(max_workers=jobs, initializer=warm_up) as pool:
        pending: deque[tuple[list[Article], Future | None]] = deque()
        while batch := list(islice(articles, chunk)):
            todo = [a for a in batch if a.error is None]
            pending.append((batch, pool.submit(_analyze_all, todo, render) if todo else None))
            if len(pending) >= jobs * READ_AHEAD:
                yield from _finished(*pending.popleft())
        while pending:
            yield from _finished(*pending.popleft())


def _finished(batch: list[Article], future: Future | None) -> list[Scored]:
    return _scored(batch, future.result() if future is not None else [])


def _scored(batch: list[Article], results: list[tuple[Any, str | None]]) -> list[Scored]:
    """The batch's outcomes in order: read errors as they were, the others from ``results``."""
    outcomes = iter(results)
    return [Scored(a, error=a.error) if a.error is not None else Scored(a, *next(outcomes)) for a in batch]


def distinct_labels(paths: list[str]) -> list[str]:
    """Each path's file name, with as many parent folders as it takes to tell same-named files
    apart (``nyt/story.txt`` and ``wapo/story.txt`` rather than ``story.txt`` twice). A file given
    twice keeps its name (the comparison numbers the second: ``story.txt (2)``); no folder tells it apart."""
    parts = [Path(p).parts or (p,) for p in paths]
    others = set(parts)
    labels = []
    for own in parts:
        depth = 1
        while depth < len(own) and sum(1 for other in others if other[-depth:] == own[-depth:]) > 1:
            depth += 1
        labels.append("/".join(own[-depth:]))
    return labels


def _fail(label: str, message: str) -> None:
    """One line on stderr: ``label`` (a file name, a line's own id) and ``message`` (which may quote
    them) come from the input, so their control characters and line breaks are shown escaped."""
    click.echo(f"framing: {one_line(label)}: {one_line(message)}", err=True)


class _Commands(click.Group):
    """The command group, with the names a user may try for a command it has under another name: the API's
    route and the library's function are "analyze", so ``framing analyze FILE`` is ``framing score FILE``."""

    ALIASES = {"analyze": "score", "analyse": "score"}

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return super().get_command(ctx, self.ALIASES.get(cmd_name, cmd_name))

    def resolve_command(self, ctx: click.Context, args: list[str]):
        name, command, rest = super().resolve_command(ctx, args)
        return (command.name if command is not None else name), command, rest


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="framing")
def cli() -> None:
    """How news articles frame a story: tone, sources, evaluative language, frames, claims."""


SCORE_EXAMPLES = """\b
Examples:
  framing score article.txt                     a readable report
  framing score --format json page.html         the JSON report of a saved page
  framing score --format jsonl corpus/ > out.jsonl
  framing score --format csv corpus/ > out.csv  a row of figures per article
  framing score - < article.txt                 the text on stdin
  printf '{"text": "The mayor denied the report.", "source": "AP"}\\n' | framing score --format jsonl -
  framing score --lines --format csv corpus.jsonl > out.csv   a row per JSON line

A .txt file or stdin that holds a saved web page (it opens with <!DOCTYPE html> or
<html>) is reduced to its article text, as .html files are. Bad input gets a
one-line error on stderr naming it; the others are still scored, and the exit
status is 1.
"""


@cli.command(short_help="Score articles: tone, sources, evaluative language, actors, frames, figures.",
             epilog=SCORE_EXAMPLES)
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table",
              show_default=True, help="table for people, json (pretty), jsonl (one report a line) or csv "
                                      "(a header, then one row of headline figures an article).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Score in this many processes (for many files).")
@click.option("--lines", is_flag=True,
              help="Read '-' and each FILE named (a .jsonl corpus) as one article per line (JSON objects with "
                   "\"text\", or plain text); a folder's files stay one article each. Implied for '-' by "
                   "--format jsonl.")
def score(files: tuple[str, ...], fmt: str, jobs: int, lines: bool) -> None:
    """Score each FILE ('-' for stdin; a folder: every .txt/.html/.htm file under it) and print its report."""
    from .render import print_report_table

    inputs = list_inputs(files)
    # --lines: stdin and each file named (a folder's files stay one article each); jsonl: stdin
    by_line = {path for path in files if not Path(path).is_dir()} if lines else {"-"} if fmt == "jsonl" else set()
    total = None if by_line & set(files) else len(inputs)
    if fmt == "json" and (total is None or total > 1):
        click.echo("framing: --format json prints one JSON document per article, one after another; "
                   "for a file that tools read as a whole, use --format jsonl (one report a line)", err=True)
    results = score_all(read_articles(inputs, lines=by_line), jobs, render=None if fmt == "table" else fmt,
                        total=total)
    if fmt == "csv":
        from .rows import csv_line, summary_columns

        click.echo(csv_line(summary_columns()))
    if fmt != "table" and (total is None or total >= BATCH_PROGRESS_MIN):
        results = _with_progress(results, total)
    failed = 0
    for scored in results:
        if scored.error is not None:
            failed += 1
            _fail(scored.article.label, scored.error)
        elif fmt == "table":
            print_report_table(scored.output, scored.article.label)
        else:
            click.echo(scored.output)
    if failed:
        sys.exit(1)


def _with_progress(items: Iterator, total: int | None) -> Iterator:
    """``items``, with a progress bar on stderr when stderr is a terminal (a log file gets none)."""
    from rich.progress import Progress

    console = _stderr_console()
    if not console.is_terminal:
        yield from items
        return
    with Progress(transient=True, console=console) as progress:
        task = progress.add_task("scoring", total=total)
        for item in items:
            yield item
            progress.advance(task)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


COMPARE_EXAMPLES = """\b
Examples:
  framing compare nyt/story.txt wapo/story.txt  labelled nyt/story.txt, wapo/story.txt
  framing compare coverage/                     every article in the folder
  framing compare --format json a.txt b.html > comparison.json

Each article is labelled by its file name, with its folder when two names are the same.
"""


@cli.command(short_help="Compare how two or more articles frame the same story.", epilog=COMPARE_EXAMPLES)
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for people (side by side, then the findings) or json (the comparison object).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Score the articles in this many processes.")
def compare(files: tuple[str, ...], fmt: str, jobs: int) -> None:
    """Compare how two to ten FILEs (or the articles in a folder) frame the same story."""
    from .compare import MAX_ARTICLES as MAX_COMPARED
    from .compare import compare as compare_reports
    from .render import print_comparison_table

    inputs = list_inputs(files)
    if len(inputs) < 2:
        raise click.UsageError("compare needs at least two files (or a folder holding two or more)")
    if len(inputs) > MAX_COMPARED:  # said before any is scored, not after
        raise click.UsageError(f"compare takes at most {MAX_COMPARED} articles; got {len(inputs)}: "
                               "choose the ones on the same story")
    reports, paths, failed = [], [], 0
    for scored in score_all(read_articles(inputs), jobs, total=len(inputs)):
        if scored.error is not None:  # every bad file is named, so one run shows all there is to fix
            failed += 1
            _fail(scored.article.label, scored.error)
            continue
        reports.append(scored.output)
        paths.append(scored.article.label)
    if failed:
        _fail("compare", f"nothing compared: {failed} of {len(inputs)} articles could not be read or scored")
        sys.exit(1)
    labels = distinct_labels(paths)
    try:
        comparison = compare_reports(reports, labels=labels)
    except FramingError as exc:
        _fail("compare", str(exc))
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_comparison_table(comparison)


def _eval_tasks() -> str:
    from .evaluation import TASKS

    return "\n  ".join(f"{name:<11} ../shared/eval/{folder}" for name, (_, folder) in sorted(TASKS.items()))


@cli.command(name="eval", short_help="Score the project on annotated data (precision, recall, F1).",
             epilog=f"\b\nTasks, with the data each reads by default:\n  {_eval_tasks()}\n\n"
                    "Example: framing eval quotes --data ../shared/eval/polnear/dev --limit 20")
@click.argument("task")
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The dataset folder (default: the task's folder under ../shared/eval).")
@click.option("--limit", type=click.IntRange(1), help="Use only the first N documents (quick checks).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for people or json (the figures as one object).")
def eval_command(task: str, data: Path | None, limit: int | None, fmt: str) -> None:
    """Score the project on annotated data: TASK is one of the tasks listed below."""
    from . import evaluation
    from .render import print_figures

    try:
        figures = evaluation.run(task, data, limit=limit)
    except FramingError as exc:
        _fail("eval", str(exc))
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print_figures(f"eval {task}", figures)


@cli.command(short_help="Serve the REST API (POST /v1/analyze, /v1/compare; docs at /docs).")
@click.option("--host", help="Address to listen on (default: $FRAMING_HOST or 127.0.0.1).")
@click.option("--port", type=click.IntRange(0, 65535), help="Port (default: $FRAMING_PORT or 8000).")
@click.option("--threads", type=click.IntRange(1, 256),
              help="Worker threads (default: $FRAMING_THREADS or 4); not with --workers.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes; more than 1 serves with gunicorn's sync workers (Linux/macOS), "
                   "so several cores analyse at once.")
def serve(host: str | None, port: int | None, threads: int | None, workers: int) -> None:
    """Serve the REST API with waitress (settings: the FRAMING_* environment variables)."""
    from api.server import serve as serve_api
    from api.settings import SettingsError

    if workers > 1 and threads is not None:
        raise click.UsageError("--threads applies to the single-process server; with --workers N each "
                               "of the N processes serves one request at a time, so drop --threads")
    try:
        if workers > 1:
            from api.prefork import serve_workers

            serve_workers(host=host, port=port, workers=workers)
        else:
            serve_api(host=host, port=port, threads=threads)
    except SettingsError as exc:
        _fail("serve", str(exc))
        sys.exit(1)


@cli.command(short_help="Measure speed and memory (articles/s, time vs VADER, per stage, HTTP).")
@click.option("--corpus", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="A folder of .txt articles (default: ../shared/eval/polnear).")
@click.option("--limit", type=click.IntRange(1), help="Use only the first N articles (sorted by path).")
@click.option("--smoke", is_flag=True, help="A small generated corpus and short runs: checks that the bench works.")
@click.option("--jobs", "-j", type=click.IntRange(2, 64), default=2, show_default=True,
              help="Processes for the --jobs speed-up figure.")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Server worker processes for the HTTP figures.")
@click.option("--http/--no-http", default=True, show_default=True,
              help="Also measure through the HTTP API on 127.0.0.1.")
def bench(corpus: Path | None, limit: int | None, smoke: bool, jobs: int, workers: int, http: bool) -> None:
    """Measure speed: articles/s, report time vs bare VADER, per stage, per KB, --jobs, memory, HTTP.

    Prints a table, then the figures as one JSON line.
    """
    from .bench import load_corpus, print_bench, rounded, run_bench, smoke_corpus

    try:
        articles = smoke_corpus() if smoke and corpus is None else load_corpus(corpus, limit=limit)
        figures = run_bench(articles, smoke=smoke, jobs=jobs, http=http, workers=workers)
    except FramingError as exc:
        _fail("bench", str(exc))
        sys.exit(1)
    print_bench(figures)
    click.echo(json.dumps(rounded(figures), ensure_ascii=False))


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
