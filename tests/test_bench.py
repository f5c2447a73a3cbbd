"""The bench in its smoke form: every figure is there and sane (no speed thresholds: the machine decides)."""

from __future__ import annotations

import gc
import json

import pytest
from click.testing import CliRunner

from framing import bench
from framing.cli import cli
from framing.pipeline import analyze
from framing.warmup import YOUNG_THRESHOLD, warm_up

from .test_reproducible import TEXTS


@pytest.fixture(scope="module")
def smoke_figures() -> dict:
    result = CliRunner().invoke(cli, ["bench", "--smoke"])
    assert result.exit_code == 0, result.output
    last = result.stdout.strip().splitlines()[-1]
    figures = json.loads(last)
    figures["_table"] = result.stdout
    return figures


@pytest.mark.parametrize(("section", "keys"), [
    (None, ["mode", "corpus", "articles", "mb", "sentences", "cpus", "python", "seconds"]),
    ("throughput", ["articles_per_s", "mb_per_s", "ms_per_article"]),
    ("vader", ["report_s", "vader_s", "json_s", "ratio", "ratio_with_json"]),
    ("stages", ["segment", "sentences", "tone", "quotes", "actors", "frames", "claims", "json"]),
    ("scaling_ms_per_kb", ["1KB", "10KB", "100KB", "largest", "ratio"]),
    ("jobs", ["jobs", "articles", "one_process_s", "pool_s", "speedup", "startup_s", "articles_per_s", "mb_per_s"]),
    ("memory", ["text_kb", "peak_alloc_mb", "alloc_per_text_byte", "peak_rss_mb"]),
    ("http", ["workers", "clients", "requests", "errors", "requests_per_s", "mb_per_s", "p50_ms", "p99_ms",
              "in_process_mb_per_s", "ratio_to_jobs"]),
    ("targets", ["report_vs_vader", "scaling", "jobs_speedup", "http_vs_jobs"]),
])
def test_smoke_bench_reports_every_figure(smoke_figures, section, keys):
    figures = smoke_figures if section is None else smoke_figures[section]
    assert set(keys) <= set(figures)


@pytest.mark.parametrize("path", [
    ("throughput", "articles_per_s"), ("throughput", "mb_per_s"),
    ("vader", "report_s"), ("vader", "vader_s"), ("vader", "ratio"),
    ("scaling_ms_per_kb", "1KB"), ("scaling_ms_per_kb", "100KB"), ("scaling_ms_per_kb", "ratio"),
    ("jobs", "speedup"), ("jobs", "one_process_s"), ("jobs", "pool_s"),
    ("memory", "peak_alloc_mb"), ("memory", "peak_rss_mb"),
    ("http", "requests_per_s"), ("http", "p50_ms"), ("http", "ratio_to_jobs"),
])
def test_smoke_bench_figures_are_positive(smoke_figures, path):
    section, key = path
    assert smoke_figures[section][key] > 0


def test_smoke_bench_is_consistent(smoke_figures):
    f = smoke_figures
    assert f["mode"] == "smoke"
    assert f["articles"] == len(bench.smoke_corpus().texts)
    assert f["http"]["errors"] == 0
    assert 0 < f["http"]["requests"] <= f["articles"]  # all, unless the time bound came first
    assert f["http"]["p50_ms"] <= f["http"]["p99_ms"]
    # HTTP is compared with in-process --jobs timed right before and right after it (figures are rounded)
    http = f["http"]
    assert http["ratio_to_jobs"] == pytest.approx(http["mb_per_s"] / http["in_process_mb_per_s"], rel=1e-3)
    assert f["vader"]["ratio_with_json"] >= f["vader"]["ratio"]
    assert f["scaling_ms_per_kb"]["largest"] == "100KB"
    assert all(cost >= 0 for cost in f["stages"].values())
    for target in f["targets"].values():
        assert isinstance(target["met"], bool)
    assert "report / bare VADER" in f["_table"]


def test_smoke_corpus_is_the_same_every_time():
    assert bench.smoke_corpus() == bench.smoke_corpus()
    assert bench.smoke_corpus(seed=1) != bench.smoke_corpus(seed=2)


@pytest.mark.parametrize("kb", [1, 10, 100])
def test_text_of_size_is_about_the_size_and_ends_cleanly(kb):
    texts = ("First paragraph here. It has two sentences.", "Second one, a little longer than the first.")
    text = bench.text_of_size(texts, kb * 1024, offset=1)
    assert kb * 1024 // 2 < len(text) <= kb * 1024
    assert text == text.strip()
    assert not text.endswith(("Fir", "Seco"))  # cut at a line or a space, not inside a word


def test_load_corpus_reads_sorted_paths_and_limits(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("...", encoding="utf-8")
    (tmp_path / "notes.md").write_text("Not an article.", encoding="utf-8")
    assert bench.load_corpus(tmp_path).texts == ("First article.", "Second article.")
    assert bench.load_corpus(tmp_path, limit=1).texts == ("First article.",)


def test_load_corpus_without_articles_is_an_input_error(tmp_path):
    from framing.errors import InputError

    with pytest.raises(InputError, match="no .txt articles"):
        bench.load_corpus(tmp_path)


@pytest.mark.parametrize(("n", "expected"), [
    (3, ("a", "b", "d")),
    (5, ("a", "b", "c", "d", "e")),
    (9, ("a", "b", "c", "d", "e")),
    (1, ("a",)),
])
def test_spread_keeps_order_and_spacing(n, expected):
    assert bench.spread(("a", "b", "c", "d", "e"), n) == expected


@pytest.mark.parametrize(("values", "q", "expected"), [
    ([1.0, 2.0, 3.0, 4.0], 0.5, 2.0),
    ([1.0, 2.0, 3.0, 4.0], 0.99, 4.0),
    ([5.0], 0.99, 5.0),
    ([], 0.5, 0.0),
])
def test_percentile_is_nearest_rank(values, q, expected):
    assert bench._percentile(values, q) == expected


def test_scaling_times_the_sizes_in_turns(monkeypatch):
    # A machine's speed drifts: every size is sampled in every round, not one size after another.
    lengths = []
    monkeypatch.setattr("framing.pipeline.analyze", lambda text: lengths.append(len(text)))
    figures = bench.measure_scaling(bench.smoke_corpus().texts, (1, 10), budget_s=0.0, rounds=3)
    assert [round(n / bench.KB) for n in lengths] == [1, 10] * 3
    assert set(figures) == {"1KB", "10KB", "largest", "ratio"}


def test_bench_without_http_on_a_folder(tmp_path):
    for i, text in enumerate(bench.smoke_corpus(articles=6).texts):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["bench", "--corpus", str(tmp_path), "--limit", "4", "--smoke", "--no-http"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["articles"] == 4
    assert "http" not in figures
    assert "http_vs_jobs" not in figures["targets"]


def test_warm_up_leaves_the_loaded_lexicons_to_no_collection():
    gc.unfreeze()
    thresholds = gc.get_threshold()
    try:
        warm_up()
        assert gc.get_freeze_count() > 10_000  # lexicon entries, patterns, modules
        assert gc.get_count()[0] < 100  # and the collector starts from a clean slate
        assert gc.get_threshold() == (YOUNG_THRESHOLD, *thresholds[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def test_an_analysis_leaves_no_cyclic_garbage(seed_texts):
    # Why warm_up may collect the young generation rarely: reference counting frees everything.
    gc.collect()
    gc.disable()
    try:
        for text in [*seed_texts.values(), *TEXTS.values()]:
            analyze(text, source="test").to_dict()
        assert gc.collect() == 0
    finally:
        gc.enable()
