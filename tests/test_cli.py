from __future__ import annotations

import csv
import json
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

import framing
from framing.cli import READ_AHEAD, Article, cli, score_all
from framing.rows import summary_columns

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


def test_score_csv_is_a_header_and_a_row_of_figures_an_article(runner, tmp_path):
    lines = ['{"id": "gazette-17", "text": "The reckless plan passed, the mayor said on Monday.", '
             '"title": "Plan, \\"passed\\"\\nlate"}',
             "Officials said 300 homes lost power. The storm was historic."]
    result = runner.invoke(cli, ["score", "--format", "csv", "--lines", "-"], input="\n".join(lines))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(result.stdout.splitlines(keepends=True)))
    assert len(rows) == 2
    assert list(rows[0]) == summary_columns()
    assert rows[0]["title"] == 'Plan, "passed"\nlate', "commas, quotes and line breaks stay in one field"
    report = framing.analyze(json.loads(lines[0])["text"])
    first = rows[0]
    assert (first["label"], first["input_id"], first["id"]) == ("stdin:1 (id gazette-17)", "gazette-17", report.id)
    assert float(first["tone"]) == pytest.approx(report.tone.compound, abs=1e-4)
    assert int(first["quotes"]) == len(report.quotes) == 1
    assert first["top_speaker"] == "the mayor"
    assert int(first["evaluative_quoted"]) == sum(e.voice == "quoted" for e in report.evaluative) >= 1
    assert int(first["evaluative_author"]) + int(first["evaluative_quoted"]) == len(report.evaluative)
    frame_scores = {f"frame_{f.name}": f.score for f in report.frames}
    for column in summary_columns():
        if column.startswith("frame_"):
            assert float(first[column]) == pytest.approx(frame_scores.get(column, 0.0), abs=1e-4)
    assert int(rows[1]["claims"]) >= 1 and (rows[1]["label"], rows[1]["input_id"]) == ("stdin:2", "")


def test_score_csv_counts_and_names_the_sources_that_gave_no_comment(runner):
    text = ("The harbour board closed the ferry pier on Tuesday. Mayor Lena Voss declined to comment. "
            "The ferry company did not respond to a request for comment.")
    report = framing.analyze(text)
    result = runner.invoke(cli, ["score", "--format", "csv", "-"], input=text)
    assert result.exit_code == 0, result.output
    (row,) = csv.DictReader(result.stdout.splitlines(keepends=True))
    assert int(row["no_comment"]) == report.sources.no_comment == len(report.no_comment) == 2
    assert row["no_comment_sources"] == "Lena Voss (declined); the ferry company (did not respond)"
    assert int(row["quotes"]) == 0, "a silence is no quote"


def test_table_counts_the_sentences_that_take_sides(runner):
    text = "The reckless plan passed. The council met on Monday. The mayor admitted the budget was late."
    table = runner.invoke(cli, ["score", "-"], input=text)
    assert table.exit_code == 0
    assert "2 of 3 sentences take sides" in " ".join(table.stdout.split())  # the caption may wrap


def test_table_quote_counts_add_up_to_the_quotes(runner):
    text = ('Mayor Ana Ruiz said the bridge would reopen in May. Officials said repairs were running late. '
            '"We are not finished," a spokesman said. The company said it had hired more crews for the work.')
    report = framing.analyze(text)
    src = report.sources
    assert (src.quotes, src.named_quotes, src.anonymous_quotes, src.described_quotes, src.unattributed_quotes) \
        == (len(report.quotes), 1, 2, 1, 0)
    table = runner.invoke(cli, ["score", "-"], input=text)
    assert table.exit_code == 0
    assert "quotes (4: 1 named, 2 anonymous, 1 described;" in " ".join(table.stdout.split())


def test_bad_files_get_one_line_errors_and_the_rest_are_scored(runner, tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Le président a parlé.".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", "utf-8")
    missing = tmp_path / "missing.txt"
    no_articles = tmp_path / "no_articles"
    no_articles.mkdir()
    result = runner.invoke(cli, ["score", "--format", "jsonl", str(missing), str(binary), str(SEEDS[0]),
                                 str(latin), str(empty), str(no_articles)])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert errors == [
        f"framing: {missing}: no such file",
        f"framing: {binary}: looks like a binary file, not text",
        f"framing: {latin}: is not UTF-8 (bad byte at position 5); convert it first, e.g. iconv -f latin1 -t utf-8",
        f"framing: {empty}: is empty",
        f"framing: {no_articles}: is a folder with no article files in it (looked for .txt, .html, .htm)",
    ]
    assert len(reports(result.stdout)) == 1


def write_corpus(folder, n: int) -> list[str]:
    """``n`` short articles under ``folder`` (some in a subfolder); their texts in sorted-path order."""
    texts = {}
    for i in range(n):
        path = folder / ("later" if i % 3 == 0 else "") / f"a{i:02}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        texts[path] = f"Article {i}. The mayor praised the new park. Critics said it cost too much, {i} agreed."
        path.write_text(texts[path], "utf-8")
    return [texts[p] for p in sorted(texts)]


def test_a_folder_is_scored_file_by_file_in_sorted_order_and_its_other_files_are_counted(runner, tmp_path):
    texts = write_corpus(tmp_path, 5)
    (tmp_path / "page.html").write_text("<html><body><article><p>The minister resigned on Friday after weeks of "
                                        "pressure from her own party.</p></article></body></html>", "utf-8")
    (tmp_path / "notes.json").write_text("{}", "utf-8")
    (tmp_path / "later" / "README").write_text("about the corpus", "utf-8")
    result = runner.invoke(cli, ["score", "--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 0, result.output
    out = reports(result.stdout)
    assert [r["text"] for r in out[:5]] == texts
    assert "minister resigned" in out[5]["text"]
    assert [r["meta"]["source"] for r in out] == ["a01.txt", "a02.txt", "a04.txt", "later/a00.txt", "later/a03.txt",
                                                  "page.html"]
    assert result.stderr.strip() == f"framing: {tmp_path}: left out 2 files not named .txt, .html, .htm"


def test_compare_takes_a_folder_of_articles(runner, tmp_path):
    write_corpus(tmp_path, 2)
    result = runner.invoke(cli, ["compare", "--format", "json", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert [a["label"] for a in json.loads(result.stdout)["articles"]] == ["a01.txt", "a00.txt"]


def test_stdin_whole_text_and_json_lines(runner):
    whole = runner.invoke(cli, ["score", "--format", "json", "-"], input="Line one is here.\nLine two.\n")
    assert whole.exit_code == 0 and json.loads(whole.stdout)["meta"]["sentences"] == 2
    lines = '{"text": "Good news today.", "source": "A"}\nPlain text line.\n{"title": "no text"}\n'
    result = runner.invoke(cli, ["score", "--format", "jsonl", "-"], input=lines)
    assert result.exit_code == 1
    out = reports(result.stdout)
    assert [r["text"] for r in out] == ["Good news today.", "Plain text line."]
    assert out[0]["meta"]["source"] == "A"
    assert result.stderr.strip() == 'framing: stdin:3: a JSON line needs a "text" or an "html" string (one of them)'


def test_json_lines_read_as_one_article_are_refused_with_the_option_that_reads_them(runner, tmp_path):
    lines = '{"text": "The plan failed.", "id": "a1"}\n{"text": "The plan worked.", "id": "a2"}\n'
    piped = runner.invoke(cli, ["score", "--format", "csv", "-"], input=lines)
    assert piped.exit_code == 1 and piped.stdout.count("\n") == 1  # the header, no row of braces
    assert piped.stderr.strip() == ('framing: stdin: holds JSON lines of articles ({"text": ...} a line), '
                                    "not one article: add --lines to score each line's article")
    saved = tmp_path / "corpus.jsonl"
    saved.write_text(lines, "utf-8")
    result = runner.invoke(cli, ["score", "--format", "json", str(saved)])
    assert result.exit_code == 1 and "add --lines" in result.stderr
    assert len(reports(runner.invoke(cli, ["score", "--format", "jsonl", "-"], input=lines).stdout)) == 2
    named = runner.invoke(cli, ["score", "--format", "json", "--lines", str(saved)])
    assert named.exit_code == 0 and named.stdout.count("\n  \"id\": ") == 2
    # A pretty-printed article or an array of them: the command that turns them into lines.
    pretty = tmp_path / "one.txt"
    pretty.write_text('{\n  "text": "The plan failed.",\n  "url": "https://example.org/a"\n}\n', "utf-8")
    assert f"e.g. jq -c . < {pretty} | framing score --lines -" in runner.invoke(cli, ["score", str(pretty)]).stderr
    array = runner.invoke(cli, ["score", "-"], input='[{"text": "The plan failed."}, {"html": "<p>Hi.</p>"}]')
    assert array.exit_code == 1 and "a JSON array of articles" in array.stderr and "jq -c '.[]' |" in array.stderr
    # Prose and other JSON stay articles.
    for text in ['{"note": "a JSON object, not an article"}\n', "{Braces} open this article.\n",
                 "[Updated] The plan failed.\n", '[1, {"text": "x"}]\n']:
        assert runner.invoke(cli, ["score", "--format", "json", "-"], input=text).exit_code == 0


def test_compare_refuses_more_than_ten_articles_before_scoring_any(runner, tmp_path, monkeypatch):
    write_corpus(tmp_path, 11)
    monkeypatch.setattr("framing.cli.score_all", lambda *a, **k: pytest.fail("scored before refusing"))
    result = runner.invoke(cli, ["compare", str(tmp_path)])
    assert result.exit_code == 2
    assert "compare takes at most 10 articles; got 11" in result.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table", "csv"])
def test_jobs_give_the_same_output_in_the_same_order(runner, tmp_path, fmt):
    write_corpus(tmp_path, 11)
    (tmp_path / "empty.txt").write_text("", "utf-8")  # an error in the middle keeps its place
    one = runner.invoke(cli, ["score", "--format", fmt, str(tmp_path)])
    two = runner.invoke(cli, ["score", "--format", fmt, "--jobs", "2", str(tmp_path)])
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    assert all(f"a{i:02}.txt" in one.stdout for i in range(11)), "every article is in the output"
    assert one.stderr == two.stderr
    assert one.stderr.splitlines()[-1] == f"framing: {tmp_path / 'empty.txt'}: is empty"
    assert ("use --format jsonl" in one.stderr) == (fmt == "json"), "json of many articles is not one document"


@pytest.mark.parametrize("jobs", [1, 2])
def test_score_all_reads_only_a_few_chunks_ahead(jobs):
    """Memory stays flat on a corpus of any size: texts are read as the workers need them."""
    read = []

    def articles():
        for i in range(400):
            read.append(i)
            yield Article(f"a{i}", f"Article {i}. The council approved the budget.")

    scored = score_all(articles(), jobs, render="jsonl")
    first = next(scored)
    assert json.loads(first.output)["text"] == "Article 0. The council approved the budget."
    assert len(read) <= 8 * jobs * READ_AHEAD + 8
    assert [json.loads(s.output)["text"].split(".")[0] for s in scored] == [f"Article {i}" for i in range(1, 400)]


def test_a_crash_on_one_article_is_reported_and_the_batch_goes_on(monkeypatch):
    import framing.pipeline

    real = framing.pipeline.analyze

    def flaky(text, **kwargs):
        if "boom" in text:
            raise KeyError("a bug")
        return real(text, **kwargs)

    monkeypatch.setattr(framing.pipeline, "analyze", flaky)
    scored = list(score_all([Article("one", "Fine text."), Article("two", "boom"), Article("three", "Also fine.")]))
    assert [s.error for s in scored] == [None, "internal error, please report it: KeyError: 'a bug'", None]
    assert scored[2].output.text == "Also fine."


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


def test_json_lines_take_the_fields_of_the_api_and_say_what_is_wrong(runner):
    paragraph = "<p>The mayor said the new bridge would open in May.</p>"
    page = "<html><body><article>" + paragraph * 3 + "</article></body></html>"
    lines = "\n".join([json.dumps({"html": page, "source": "A", "id": 7}), '{"text": 5, "id": "x-2"}',
                       '{"text": "a", "html": "b"}', page])
    result = runner.invoke(cli, ["score", "--format", "jsonl", "-"], input=lines + "\n")
    assert result.exit_code == 1
    out = reports(result.stdout)
    assert [r["text"].startswith("The mayor said") for r in out] == [True, True], "a page is reduced to its text"
    assert out[0]["meta"]["source"] == "A"
    assert result.stderr.splitlines() == [
        "framing: stdin:2 (id x-2): text must be a string",
        'framing: stdin:3: a JSON line needs a "text" or an "html" string (one of them)']


def test_a_web_page_saved_as_txt_is_reduced_to_its_article_text(runner, tmp_path):
    saved = tmp_path / "page.txt"
    saved.write_text("<!DOCTYPE html><html><head><script>var x = 1;</script></head><body><article>"
                     + "<p>The council approved the budget on Monday, the mayor said.</p>" * 2
                     + "</article></body></html>", "utf-8")
    result = runner.invoke(cli, ["score", "--format", "json", str(saved)])
    assert result.exit_code == 0, result.output
    text = json.loads(result.stdout)["text"]
    assert text.startswith("The council approved") and "<" not in text and "var x" not in text


PAGE = ("<!DOCTYPE html><html><head><title>Budget passes | City Wire</title></head><body><article>"
        "<h1>Council passes the budget</h1>" + "<p>The council approved the budget on Monday, the mayor said.</p>" * 2
        + "</article></body></html>")


def test_a_web_page_gives_the_report_its_headline_as_the_api_does(runner, tmp_path):
    saved = tmp_path / "page.html"
    saved.write_text(PAGE, "utf-8")
    result = runner.invoke(cli, ["score", "--format", "json", str(saved)])
    assert result.exit_code == 0, result.output
    page_title = json.loads(result.stdout)["meta"]["title"]
    assert page_title and "budget" in page_title.lower()
    table = runner.invoke(cli, ["score", str(saved)])
    assert page_title in table.stdout
    lines = [json.dumps({"html": PAGE}), json.dumps({"html": PAGE, "title": "My own title"})]
    result = runner.invoke(cli, ["score", "--format", "jsonl", "-"], input="\n".join(lines))
    assert [r["meta"]["title"] for r in reports(result.stdout)] == [page_title, "My own title"]


def test_article_text_with_brackets_is_printed_as_it_is(runner, tmp_path):
    """Rich markup is off: an editor's [sic] stays, and "[/]" in a text or file name cannot crash the table."""
    odd = tmp_path / "[draft].txt"
    odd.write_text('"The plan [the budget] is a disaster [sic]," the senator said. Costs rose [/] :fire: again.',
                   "utf-8")
    result = runner.invoke(cli, ["score", str(odd)])
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    assert "[draft].txt" in flat and "[sic]" in flat and "[the budget]" in flat


def test_long_tables_say_how_much_they_leave_out(runner):
    text = " ".join(f"The minister said the plan number {i} was a disaster." for i in range(60))
    result = runner.invoke(cli, ["score", "-"], input=text)
    assert result.exit_code == 0, result.output
    assert "40 of 60 quotes shown; --format json lists them all" in " ".join(result.stdout.split())


def test_compare_labels_same_named_files_by_their_folders(runner, tmp_path):
    for outlet, seed in zip(("nyt", "wapo"), SEEDS, strict=True):
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "story.txt").write_text(seed.read_text("utf-8"), "utf-8")
    result = runner.invoke(cli, ["compare", "--format", "json", str(tmp_path / "nyt" / "story.txt"),
                                 str(tmp_path / "wapo" / "story.txt")])
    assert result.exit_code == 0, result.output
    assert [a["label"] for a in json.loads(result.stdout)["articles"]] == ["nyt/story.txt", "wapo/story.txt"]


def test_every_command_and_option_is_explained_in_help(runner):
    top = runner.invoke(cli, ["--help"])
    commands = top.stdout.split("Commands:")[1]
    assert "..." not in commands, "no command summary is cut short"
    for name, command in cli.commands.items():
        assert command.get_short_help_str(limit=200) and not command.get_short_help_str(limit=200).endswith("...")
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"framing {name} {param.opts[0]} has no help"
    eval_help = runner.invoke(cli, ["eval", "--help"]).stdout
    from framing.evaluation import TASKS
    assert all(task in eval_help for task in TASKS)


def test_serve_refuses_threads_with_workers(runner):
    result = runner.invoke(cli, ["serve", "--workers", "2", "--threads", "8"])
    assert result.exit_code == 2 and "--threads" in result.stderr


@pytest.mark.parametrize("task", ["compare", "frames", "actor_tone", "quotes", "loaded", "babe", "lexical"])
def test_eval_on_a_folder_without_its_data_says_so_rather_than_scoring_zero(runner, tmp_path, task):
    result = runner.invoke(cli, ["eval", task, "--data", str(tmp_path)])
    assert result.exit_code == 1 and result.stderr.startswith("framing: eval: "), result.output


def test_compare_names_every_bad_file_before_giving_up(runner, tmp_path):
    (tmp_path / "empty.txt").write_text("", "utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01")
    result = runner.invoke(cli, ["compare", str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"), str(SEEDS[0])])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [f"framing: {tmp_path / 'empty.txt'}: is empty",
                                          f"framing: {tmp_path / 'binary.txt'}: looks like a binary file, not text",
                                          "framing: compare: nothing compared: 2 of 3 articles could not be read or "
                                          "scored"]


def test_a_file_too_big_for_an_article_is_refused_before_it_is_read(runner, tmp_path):
    from framing.cli import MAX_FILE_BYTES
    from framing.pipeline import MAX_CHARS

    assert MAX_FILE_BYTES == 4 * MAX_CHARS
    big = tmp_path / "dump.txt"
    with big.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used
    result = runner.invoke(cli, ["score", str(big)])
    assert result.exit_code == 1 and "MB, too long for one article" in result.stderr


def test_a_runaway_pipe_is_refused_after_reading_one_article_limit_not_all_of_it(runner):
    from framing.cli import MAX_FILE_BYTES

    result = runner.invoke(cli, ["score", "-"], input=b"a" * (MAX_FILE_BYTES + 1))
    assert result.exit_code == 1 and "stdin: is over 20 MB, too long for one article" in result.stderr


def test_utf16_text_with_its_mark_is_read_as_word_processors_save_it(runner, tmp_path):
    saved = tmp_path / "unicode.txt"
    saved.write_bytes("Le président a salué l’accord, a dit le ministre.".encode("utf-16"))  # with its BOM
    result = runner.invoke(cli, ["score", "--format", "json", str(saved)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"] == "Le président a salué l’accord, a dit le ministre."
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\xff\xfeA\x00\x00\xd8")  # a lone surrogate
    assert "convert it to UTF-8" in runner.invoke(cli, ["score", str(broken)]).stderr


def test_json_lines_on_stdin_are_utf8_and_a_bad_line_is_named_not_altered(runner):
    data = b'\xef\xbb\xbf{"text": "The plan failed."}\nCaf\xe9 owners said the plan failed.\r\nThe plan worked.\n'
    result = runner.invoke(cli, ["score", "--format", "jsonl", "-"], input=data)
    assert [r["text"] for r in reports(result.stdout)] == ["The plan failed.", "The plan worked."]
    assert result.exit_code == 1 and result.stderr.startswith("framing: stdin:2: is not UTF-8 (bad byte at position 3)")


SPANISH = ("El presidente del Gobierno dijo el martes que el plan es un desastre para la economía. Los críticos "
           "afirmaron que la medida llega tarde y que no resolverá los problemas de vivienda en las grandes ciudades.")


def test_a_text_that_is_not_english_is_scored_with_a_warning(runner):
    report = framing.analyze(SPANISH)
    assert len(report.meta.warnings) == 1 and "English" in report.meta.warnings[0]
    table = runner.invoke(cli, ["score", "-"], input=SPANISH)
    assert table.exit_code == 0 and "does not read as English" in " ".join(table.stdout.split())
    rows = list(csv.DictReader(runner.invoke(cli, ["score", "--format", "csv", "-"], input=SPANISH).stdout
                               .splitlines(keepends=True)))
    assert rows[0]["warnings"] == report.meta.warnings[0]
    assert framing.analyze(SEEDS[0].read_text("utf-8")).meta.warnings == []


def test_a_text_decoded_with_the_wrong_encoding_is_scored_with_a_warning():
    garbled = "He didn’t say it, and she said “no” to the plan on Monday.".encode().decode("latin-1")
    (warning,) = framing.analyze(garbled).meta.warnings
    assert "wrong encoding" in warning
    assert framing.analyze("He didn’t say it, and she said “no” to the plan on Monday.").meta.warnings == []


MENU_PAGE = ("<!DOCTYPE html><html><head><title>Daily Gazette</title></head><body><nav><ul>"
             "<li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li>"
             "</ul></nav></body></html>")


def test_a_page_with_only_its_menu_is_scored_with_a_warning_not_as_an_article(runner, tmp_path):
    page = tmp_path / "front.html"
    page.write_text(MENU_PAGE, "utf-8")
    table = runner.invoke(cli, ["score", str(page)])
    assert table.exit_code == 0 and "no article here to analyse" in " ".join(table.stdout.split())
    (warning,) = framing.analyze("Home\nNews\nSport").meta.warnings
    assert warning.startswith("the text holds no sentence, only 3 words on short lines")
    (boilerplate,) = framing.analyze("Subscribe to our newsletter.\nTerms of Use | Privacy Policy").meta.warnings
    assert boilerplate.startswith("every line of the text is boilerplate")
    for prose in ("He said so.", "Who pays?", "The minister said the plan was a disaster for the town"):
        assert framing.analyze(prose).meta.warnings == []
    article = tmp_path / "story.txt"
    article.write_text("The council approved the bridge on Tuesday, the mayor said.\n", "utf-8")
    compared = runner.invoke(cli, ["compare", str(page), str(article)])
    assert "no article text" in compared.stdout and "mis-decoded" not in compared.stdout


def test_analyze_is_score_under_the_apis_name(runner, tmp_path):
    article = tmp_path / "storm.txt"
    article.write_text("Mobile Mayor Spiro Cheriogotis said 37 people had been pulled from flooded homes.\n",
                       encoding="utf-8")
    result = runner.invoke(cli, ["analyze", "--format", "jsonl", str(article)])
    assert result.exit_code == 0, result.output
    assert reports(result.output)[0]["meta"]["words"] == 13
    assert not any(line.startswith("  analyze") for line in runner.invoke(cli, ["--help"]).output.splitlines())


def test_the_readmes_demo_findings_are_what_compare_prints_for_the_seeds(runner):
    """The README's demo is abridged, but every finding it shows is printed as it shows it."""
    readme = (ROOT / "README.md").read_text("utf-8")
    demo = readme.split("## Demo", 1)[1].split("```text", 1)[1].split("```", 1)[0]
    shown = [" ".join(item.split()) for item in demo.split("•") if item.strip()]
    result = runner.invoke(cli, ["compare", "--format", "json", *map(str, SEEDS)])
    assert result.exit_code == 0, result.output
    findings = [" ".join(f.split()) for f in json.loads(result.stdout)["findings"]]
    assert len(shown) >= 5
    for finding in shown:
        assert finding in findings, f"the README shows a finding compare no longer prints: {finding}"


def test_a_json_line_with_a_lone_surrogate_is_named_not_a_traceback(runner):
    lines = ('{"text": "The plan \\ud800 failed."}\n{"text": "The plan worked.", "title": "Plan \\udc00"}\n'
             '{"text": "An emoji \\ud83c\\udf89 is one character."}\n')
    result = runner.invoke(cli, ["score", "--format", "jsonl", "-"], input=lines)
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)  # not a UnicodeEncodeError
    assert [r["text"] for r in reports(result.stdout)] == ["An emoji 🎉 is one character."]
    assert result.stderr.splitlines() == [
        "framing: stdin:1: text holds a lone surrogate (\\ud800 at position 9), half of an escaped character: "
        "fix the line's escapes",
        "framing: stdin:2: title holds a lone surrogate (\\udc00 at position 5), half of an escaped character: "
        "fix the line's escapes"]


def test_compare_says_when_it_finds_no_difference(runner, tmp_path):
    (tmp_path / "a.txt").write_text("The council met.", "utf-8")
    (tmp_path / "b.txt").write_text("The council met again.", "utf-8")
    result = runner.invoke(cli, ["compare", str(tmp_path)])
    assert result.exit_code == 0
    assert "findings: none; the articles differ in nothing compared here" in result.stdout


def test_table_writes_figures_as_people_read_them(runner):
    text = "Revenue fell to 1.4 billion euros on March 3, 2025, and the vote was held at 0910 GMT."
    table = runner.invoke(cli, ["score", "-"], input=text, env={"COLUMNS": "160"})
    assert table.exit_code == 0
    out = table.stdout
    assert "1,400,000,000 EUR" in out and "e+09" not in out
    assert "2025-03-03" in out and "T09:10" in out


def test_a_saved_page_in_the_encoding_it_declares_is_read(runner, tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes('<html><head><meta charset="windows-1252"><title>Café owners protest</title></head><body>'
                     '<article><p>The café owners said the new tax would “ruin” them, Mayor Ana Ruiz said on '
                     'Monday.</p><p>Officials said the tax would raise $2 million for the city.</p></article>'
                     '</body></html>'.encode("cp1252"))
    result = runner.invoke(cli, ["score", "--format", "json", str(page)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert "The café owners said the new tax would “ruin” them" in report["text"]


def test_a_file_in_another_encoding_that_declares_none_is_refused_with_advice(runner, tmp_path):
    text = tmp_path / "latin.txt"
    text.write_bytes("The café owners protested on Monday.".encode("latin-1"))
    result = runner.invoke(cli, ["score", str(text)])
    assert result.exit_code != 0 and "iconv" in result.output


def test_table_shows_a_dates_kind_not_its_packed_value(runner, tmp_path):
    path = tmp_path / "dated.txt"
    path.write_text("The council met on Feb. 14, 2026 at 4:17 p.m. and has met since 2019.", encoding="utf-8")
    table = runner.invoke(cli, ["score", str(path)]).stdout
    assert "2026-02-14" in table and "20,260,214" not in table and "2019 year" in table


def test_a_json_line_url_that_is_no_address_is_named_as_the_api_names_it(runner):
    lines = ('{"text": "The plan failed.", "url": "not a url"}\n'
             '{"text": "The plan worked.", "url": "https://example.org/news/1"}\n')
    result = runner.invoke(cli, ["score", "--format", "jsonl", "-"], input=lines)
    assert result.exit_code == 1
    assert [r["meta"]["url"] for r in reports(result.stdout)] == ["https://example.org/news/1"]
    assert result.stderr.splitlines() == [
        "framing: stdin:1: url 'not a url' is not a web address: give the page's full address, "
        "such as https://example.org/news/1 (or leave the field out)"]


def test_a_json_array_line_is_refused_not_scored_as_text(runner):
    lines = '[{"text": "The plan failed."}]\n[Reuters] The plan failed.\n'
    result = runner.invoke(cli, ["score", "--format", "jsonl", "-"], input=lines)
    assert result.exit_code == 1
    assert [r["text"] for r in reports(result.stdout)] == ["[Reuters] The plan failed."]
    assert result.stderr.splitlines() == [
        'framing: stdin:1: a JSON line must be an object with a "text" or "html" string']


def test_a_file_compared_with_itself_keeps_its_name(runner, tmp_path):
    (tmp_path / "a.txt").write_text("The council met on Monday.", "utf-8")
    path = str(tmp_path / "a.txt")
    result = runner.invoke(cli, ["compare", "--format", "json", path, path])
    assert result.exit_code == 0
    assert [a["label"] for a in json.loads(result.stdout)["articles"]] == ["a.txt", "a.txt (2)"]  # not "//tmp/…"


def test_the_stdin_example_of_score_help_works_as_written(runner):
    """An example with a placeholder ("...") failed as written: it has no words to score."""
    from framing.cli import SCORE_EXAMPLES

    line = next(x for x in SCORE_EXAMPLES.splitlines() if x.strip().startswith("printf"))
    sent = line.split("'")[1].replace("\\n", "\n")
    result = runner.invoke(cli, ["score", "--format", "jsonl", "-"], input=sent)
    assert result.exit_code == 0, result.stderr
    assert reports(result.stdout)[0]["meta"]["source"] == "AP"


@pytest.mark.parametrize("command", ["score", "compare"])
def test_stdin_given_twice_is_a_usage_error_not_an_empty_article(runner, command):
    result = runner.invoke(cli, [command, "-", "-"], input="The plan failed.")
    assert result.exit_code == 2
    assert "'-' (stdin) is given 2 times; stdin is read once" in result.stderr


def test_tables_show_control_characters_escaped_and_the_report_keeps_them(runner):
    # U+202E turns the rest of a terminal line right to left; ESC starts a terminal command
    text = "The mayor said the plan was a disaster for \u202eevil\u202c families and \x1b[2J clear. It failed."
    table = runner.invoke(cli, ["score", "-"], input=text)
    assert table.exit_code == 0, table.output
    assert "\u202e" not in table.stdout and "\x1b" not in table.stdout and "\u202c" not in table.stdout
    assert "\\u202eevil\\u202c" in table.stdout and "\\x1b[2J" in table.stdout
    report = json.loads(runner.invoke(cli, ["score", "--format", "json", "-"], input=text).stdout)
    assert report["text"] == text


def test_compare_table_shows_control_characters_escaped(runner, tmp_path):
    files = []
    for name, words in (("a\u202etxt.txt", "The council rammed through a reckless \u202ebudget."),
                        ("b.txt", "The council approved the budget on Monday.")):
        path = tmp_path / name
        path.write_text(f"{words} Members discussed roads and schools. The vote was close.", "utf-8")
        files.append(str(path))
    result = runner.invoke(cli, ["compare", *files])
    assert result.exit_code == 0, result.output
    assert "\u202e" not in result.stdout and "a\\u202etxt.txt" in result.stdout


def test_error_lines_show_control_characters_in_file_names_escaped(runner, tmp_path):
    # A file name may hold a U+202E (the rest of the line would read right to left), an ESC (a terminal
    # command) or a line break (a forged second error line): the error line shows them escaped, on one line.
    bad = tmp_path / "evil\u202etxt.\x1b[2Jempty\nframing: ok.txt.txt"
    bad.write_text("  \n", "utf-8")
    result = runner.invoke(cli, ["score", "--format", "jsonl", str(bad)])
    assert result.exit_code == 1
    name = str(tmp_path / "evil\\u202etxt.\\x1b[2Jempty\\nframing: ok.txt.txt")
    assert result.stderr.splitlines() == [f"framing: {name}: is empty"]
    lines = '{"id": "gazette\\u202e-17", "text": " "}'  # the corpus's own id names the line: escaped too
    result = runner.invoke(cli, ["score", "--lines", "--format", "jsonl", "-"], input=lines)
    assert result.stderr.splitlines() == ["framing: stdin:1 (id gazette\\u202e-17): text is empty"]


def test_an_error_line_costs_no_import_of_rich():
    code = ("import sys; from framing.cli import _fail; _fail('a\\u202e.txt', 'is empty'); "
            "print('rich' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "False" and done.stderr.strip() == "framing: a\\u202e.txt: is empty"


def test_the_figures_table_names_what_a_count_counts(capsys):
    from framing import analyze
    from framing.render import print_report_table
    print_report_table(analyze("The Harbour Party won 41 of the 70 seats on the council."), "council")
    assert "41 seats" in capsys.readouterr().out


def test_lines_reads_a_json_lines_file_named_on_the_command_line(runner, tmp_path):
    """A corpus saved as JSON Lines is scored line by line when named with --lines, in any format; its
    lines are labelled by the file's name and line number."""
    saved = tmp_path / "corpus.jsonl"
    saved.write_text('{"text": "The plan failed badly.", "id": "a1"}\n{"text": 5}\n'
                     '{"text": "The plan worked well.", "id": "a2"}\n', "utf-8")
    result = runner.invoke(cli, ["score", "--format", "csv", "--lines", str(saved)])
    assert result.exit_code == 1
    rows = list(csv.DictReader(result.stdout.splitlines(keepends=True)))
    assert [(row["label"], row["input_id"]) for row in rows] == [
        (f"{saved}:1 (id a1)", "a1"), (f"{saved}:3 (id a2)", "a2")]
    assert result.stderr.splitlines() == [f"framing: {saved}:2: text must be a string"]


def test_lines_reads_a_folder_s_files_whole_and_refuses_a_binary_file_once(runner, tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "story.txt").write_text("The mayor said the bridge would open.\nIt did not.\n", "utf-8")
    binary = tmp_path / "dump.jsonl"
    binary.write_bytes(b"\x00\x01\x02\n" * 50)
    result = runner.invoke(cli, ["score", "--format", "jsonl", "--lines", str(tmp_path / "corpus"), str(binary)])
    assert result.exit_code == 1
    assert len(reports(result.stdout)) == 1  # the folder's article, whole
    assert result.stderr.splitlines() == [f"framing: {binary}: looks like a binary file, not text"]


def test_json_lines_read_as_one_article_name_the_option_to_add_whatever_the_format(runner, tmp_path):
    saved = tmp_path / "corpus.jsonl"
    saved.write_text('{"text": "The plan failed."}\n{"text": "The plan worked."}\n', "utf-8")
    result = runner.invoke(cli, ["score", "--format", "csv", str(saved)])
    assert result.exit_code == 1
    assert result.stderr.strip() == (f'framing: {saved}: holds JSON lines of articles ({{"text": ...}} a line), '
                                     "not one article: add --lines to score each line's article")


def test_json_line_fields_that_are_not_read_are_named_once_each(runner):
    """A field the line format has no place for (a corpus's "date", a misspelt "titel") is not dropped
    without a word: stderr names it, once for the whole input, and the line is still scored."""
    lines = "\n".join(json.dumps(obj) for obj in [
        {"text": "The plan failed.", "id": "a1", "date": "2026-01-02"},
        {"text": "The plan worked.", "date": "2026-01-03", "titel": "Plan works"},
        {"text": "The plan stalled.", "date": "2026-01-04"}])
    result = runner.invoke(cli, ["score", "--format", "jsonl", "-"], input=lines + "\n")
    assert result.exit_code == 0 and len(reports(result.stdout)) == 3
    assert result.stderr.splitlines() == [
        "framing: stdin:1 (id a1): not read: date (a JSON line's fields are text, html, title, source, url "
        "and id; each other field is named once)",
        "framing: stdin:2: not read: titel (a JSON line's fields are text, html, title, source, url "
        "and id; each other field is named once)"]


def test_a_json_line_s_own_id_is_kept_in_its_json_report(runner):
    """The corpus's own id comes back in the report (meta.input_id), as in CSV's input_id: a line that
    fails leaves no report, so the order alone cannot join the reports back to the corpus."""
    lines = ('{"text": "The plan failed.", "id": "a1"}\n{"text": 5, "id": "a2"}\n'
             '{"text": "The plan worked.", "id": 3}\n{"text": "The plan stalled."}\n')
    for jobs in ("1", "2"):
        result = runner.invoke(cli, ["score", "--format", "jsonl", "--jobs", jobs, "-"], input=lines)
        assert result.exit_code == 1
        assert [r["meta"].get("input_id") for r in reports(result.stdout)] == ["a1", "3", None]
    report = reports(runner.invoke(cli, ["score", "--format", "jsonl", "-"], input=lines).stdout)[0]
    del report["meta"]["input_id"]
    assert report == framing.analyze("The plan failed.").to_dict()  # the report otherwise as the library makes it


def test_lines_reads_a_utf16_json_lines_file_as_a_single_article_file_is_read(runner, tmp_path):
    """Windows PowerShell's '>' saves UTF-16 with its byte-order mark: a JSON Lines file saved so is read,
    as a one-article file in UTF-16 is, not refused line by line (nor called binary for its zero bytes)."""
    saved = tmp_path / "corpus.jsonl"
    saved.write_bytes('{"text": "The plan failed, the mayor said.", "id": "w1"}\r\n{"text": "Il a dit non."}\r\n'
                      .encode("utf-16"))
    result = runner.invoke(cli, ["score", "--format", "jsonl", "--lines", str(saved)])
    assert result.exit_code == 0, result.stderr
    assert [r["text"] for r in reports(result.stdout)] == ["The plan failed, the mayor said.", "Il a dit non."]
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes('{"text": "The plan failed."}\n'.encode("utf-16-le").join([b"\xff\xfe", b"\x00\xd8"]))
    result = runner.invoke(cli, ["score", "--format", "jsonl", "--lines", str(broken)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"framing: {broken}: starts like UTF-16 text but is not: convert it to UTF-8 first")


def test_the_table_shows_an_unresolved_pronoun_speaker_as_written(runner):
    result = runner.invoke(cli, ["score", "-"], input='"We will win the vote," she said.\n')
    assert result.exit_code == 0, result.output
    assert "she (unresolved)" in result.output
