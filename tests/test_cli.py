from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from framing.cli import cli

from .conftest import ROOT, SEEDS


@pytest.fixture
def runner():
    return CliRunner()


def reports(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_score_jsonl_prints_one_contract_report_per_file_in_order(runner, seed_texts):
    result = runner.invoke(cli, ["score", "--format", "jsonl", *map(str, SEEDS)])
    assert result.exit_code == 0, result.output
    out = reports(result.stdout)
    assert [r["text"] for r in out] == [p.read_text("utf-8") for p in SEEDS]
    assert [r["meta"]["source"] for r in out] == [p.name for p in SEEDS]
    paywalled = out[1]
    assert {e["reason"] for e in paywalled["meta"]["excluded"]} == {"paywall", "teaser"}


def test_score_json_is_pretty_and_table_is_readable(runner):
    pretty = runner.invoke(cli, ["score", "--format", "json", str(SEEDS[0])])
    assert pretty.exit_code == 0 and pretty.stdout.startswith("{\n")
    assert json.loads(pretty.stdout)["tone"]["label"] in {"negative", "neutral", "positive"}
    table = runner.invoke(cli, ["score", str(SEEDS[1])])
    assert table.exit_code == 0
    assert "tone" in table.stdout and "paywall" in table.stdout and "truncated" in table.stdout


def test_bad_files_get_one_line_errors_and_the_rest_are_scored(runner, tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Le président a parlé.".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", "utf-8")
    missing = tmp_path / "missing.txt"
    result = runner.invoke(cli, ["score", "--format", "jsonl", str(missing), str(binary), str(SEEDS[0]),
                                 str(latin), str(empty), str(tmp_path)])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert errors == [
        f"framing: {missing}: no such file",
        f"framing: {binary}: looks like a binary file, not text",
        f"framing: {latin}: is not UTF-8 (bad byte at position 5); convert it first, e.g. iconv -f latin1 -t utf-8",
        f"framing: {empty}: is empty",
        f"framing: {tmp_path}: is a directory, not a text file",
    ]
    assert len(reports(result.stdout)) == 1


def test_stdin_whole_text_and_json_lines(runner):
    whole = runner.invoke(cli, ["score", "--format", "json", "-"], input="Line one is here.\nLine two.\n")
    assert whole.exit_code == 0 and json.loads(whole.stdout)["meta"]["sentences"] == 2
    lines = '{"text": "Good news today.", "source": "A"}\nPlain text line.\n{"title": "no text"}\n'
    result = runner.invoke(cli, ["score", "--format", "jsonl", "-"], input=lines)
    assert result.exit_code == 1
    out = reports(result.stdout)
    assert [r["text"] for r in out] == ["Good news today.", "Plain text line."]
    assert out[0]["meta"]["source"] == "A"
    assert result.stderr.strip() == 'framing: stdin:3: a JSON line needs a "text" string'


def test_jobs_give_the_same_reports_in_the_same_order(runner, tmp_path):
    files = []
    for i in range(6):
        f = tmp_path / f"a{i}.txt"
        f.write_text(f"Article {i}. The mayor praised the new park. Critics said it cost too much.", "utf-8")
        files.append(str(f))
    one = runner.invoke(cli, ["score", "--format", "jsonl", *files])
    two = runner.invoke(cli, ["score", "--format", "jsonl", "--jobs", "2", *files])
    assert one.exit_code == two.exit_code == 0
    assert reports(one.stdout) == reports(two.stdout)


def test_compare_needs_two_files_and_prints_json(runner):
    single = runner.invoke(cli, ["compare", str(SEEDS[0])])
    assert single.exit_code == 2 and "at least two" in single.stderr
    result = runner.invoke(cli, ["compare", "--format", "json", *map(str, SEEDS)])
    assert result.exit_code == 0, result.output
    comparison = json.loads(result.stdout)
    assert [a["label"] for a in comparison["articles"]] == [p.name for p in SEEDS]
    assert isinstance(comparison["findings"], list)


def test_eval_unknown_task_names_the_choices(runner, tmp_path):
    result = runner.invoke(cli, ["eval", "nonsense", "--data", str(tmp_path)])
    assert result.exit_code == 1 and "unknown eval task 'nonsense'" in result.stderr


def test_python_dash_m_works():
    result = subprocess.run([sys.executable, "-m", "framing", "--help"], capture_output=True, text=True,
                            cwd=ROOT, check=False)
    assert result.returncode == 0 and "score" in result.stdout
