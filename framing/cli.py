"""The ``framing`` command: parse input, make one library call, format the result."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import FramingError, InputError
from .warmup import warm_up

BATCH_PROGRESS_MIN = 8  # show a progress bar on stderr from this many inputs on


@dataclass(frozen=True)
class Article:
    """One input: its label (file name or ``stdin:N``) and text, or the error that kept it out."""

    label: str
    text: str | None = None
    error: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None


def read_text_file(path: str) -> str:
    """The text of ``path`` ('-' for stdin), or an InputError a person can act on."""
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        p = Path(path)
        if not p.exists():
            raise InputError("no such file")
        if p.is_dir():
            raise InputError("is a directory, not a text file")
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise InputError(exc.strerror or str(exc)) from None
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"is not UTF-8 (bad byte at position {exc.start}); convert it first, "
                         "e.g. iconv -f latin1 -t utf-8") from None
    if path.lower().endswith((".html", ".htm")):
        from .html import extract_text

        text = extract_text(text)
    if not text.strip():
        raise InputError("is empty")
    return text


def _stdin_lines() -> Iterator[Article]:
    """JSON Lines on stdin: each line an object with "text" (and optional title/source/url) or plain text."""
    for n, raw in enumerate(sys.stdin, 1):
        line = raw.strip()
        label = f"stdin:{n}"
        if not line:
            continue
        if line.startswith("{"):
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Article(label, error=f"invalid JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                yield Article(label, error='a JSON line needs a "text" string')
                continue
            yield Article(label, obj["text"], title=obj.get("title"), source=obj.get("source"),
                          url=obj.get("url"))
        else:
            yield Article(label, line)


def read_articles(paths: Iterable[str], *, lines: bool = False) -> Iterator[Article]:
    for path in paths:
        if path == "-" and lines:
            yield from _stdin_lines()
            continue
        label = "stdin" if path == "-" else path
        try:
            yield Article(label, read_text_file(path), source=None if path == "-" else Path(path).name)
        except InputError as exc:
            yield Article(label, error=str(exc))


def _analyze(article: Article) -> tuple[Article, Any]:
    """Worker: a report, or the error message (errors must cross process boundaries as text)."""
    from .pipeline import analyze

    try:
        return article, analyze(article.text, title=article.title, source=article.source, url=article.url)
    except FramingError as exc:
        return article, str(exc)


def _score_all(articles: list[Article], jobs: int) -> Iterator[tuple[Article, Any]]:
    """(article, report or error message) in input order, streamed as they finish."""
    todo = [a for a in articles if a.error is None]
    if jobs > 1 and len(todo) > 1:
        with ProcessPoolExecutor(max_workers=jobs, initializer=warm_up) as pool:
            chunk = max(1, min(16, len(todo) // (jobs * 4)))
            yield from _in_order(articles, pool.map(_analyze, todo, chunksize=chunk))
    else:
        if len(todo) > 1:
            warm_up()
        yield from _in_order(articles, map(_analyze, todo))


def _in_order(articles: list[Article], scored: Iterator[tuple[Article, Any]]) -> Iterator[tuple[Article, Any]]:
    scored = iter(scored)
    for article in articles:
        yield (article, article.error) if article.error is not None else next(scored)


def _fail(label: str, message: str) -> None:
    click.echo(f"framing: {label}: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="framing")
def cli() -> None:
    """How news articles frame a story: tone, sources, evaluative language, frames, claims."""


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table",
              show_default=True, help="table for people, json (pretty) or jsonl (one report a line).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Score in this many processes.")
@click.option("--lines", is_flag=True,
              help="Read '-' as one article per line (JSON objects with \"text\", or plain text). "
                   "Implied by --format jsonl.")
def score(files: tuple[str, ...], fmt: str, jobs: int, lines: bool) -> None:
    """Score each FILE ('-' for stdin) and print its framing report."""
    from .render import print_report_table

    articles = list(read_articles(files, lines=lines or fmt == "jsonl"))
    failed = 0
    reports = _score_all(articles, jobs)
    if len(articles) >= BATCH_PROGRESS_MIN and fmt != "table":
        reports = _with_progress(reports, len(articles))
    for article, result in reports:
        if isinstance(result, str):
            failed += 1
            _fail(article.label, result)
            continue
        if fmt == "jsonl":
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        elif fmt == "json":
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        else:
            print_report_table(result, article.label)
    if failed:
        sys.exit(1)


def _with_progress(items: Iterator, total: int) -> Iterator:
    from rich.progress import Progress

    with Progress(transient=True, console=_stderr_console()) as progress:
        task = progress.add_task("scoring", total=total)
        for item in items:
            yield item
            progress.advance(task)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


@cli.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True)
def compare(files: tuple[str, ...], fmt: str, jobs: int) -> None:
    """Compare how two or more FILEs frame the same story."""
    from .compare import compare as compare_reports
    from .render import print_comparison_table

    if len(files) < 2:
        raise click.UsageError("compare needs at least two files")
    articles = list(read_articles(files))
    reports, labels = [], []
    for article, result in _score_all(articles, jobs):
        if isinstance(result, str):
            _fail(article.label, result)
            sys.exit(1)
        reports.append(result)
        labels.append(Path(article.label).name)
    try:
        comparison = compare_reports(reports, labels=labels)
    except FramingError as exc:
        _fail("compare", str(exc))
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2))
    else:
        print_comparison_table(comparison)


@cli.command(name="eval")
@click.argument("task")
@click.option("--data", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The dataset folder (default: the task's folder under ../shared/eval).")
@click.option("--limit", type=click.IntRange(1), help="Use only the first N documents (quick checks).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_command(task: str, data: Path | None, limit: int | None, fmt: str) -> None:
    """Score the project on annotated data: TASK is one of the registered eval tasks."""
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


@cli.command()
@click.option("--host", help="Address to listen on (default: $FRAMING_HOST or 127.0.0.1).")
@click.option("--port", type=click.IntRange(0, 65535), help="Port (default: $FRAMING_PORT or 8000).")
@click.option("--threads", type=click.IntRange(1, 256), help="Worker threads (default: $FRAMING_THREADS or 4).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes; more than 1 serves with gunicorn's sync workers (Linux/macOS), "
                   "so several cores analyse at once.")
def serve(host: str | None, port: int | None, threads: int | None, workers: int) -> None:
    """Serve the REST API with waitress (settings: the FRAMING_* environment variables)."""
    from api.server import serve as serve_api
    from api.settings import SettingsError

    try:
        if workers > 1:
            from api.prefork import serve_workers

            serve_workers(host=host, port=port, workers=workers)
        else:
            serve_api(host=host, port=port, threads=threads)
    except SettingsError as exc:
        _fail("serve", str(exc))
        sys.exit(1)


@cli.command()
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
