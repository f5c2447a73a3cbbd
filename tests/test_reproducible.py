"""Every speed-up must leave the report exactly as it was.

Two checks work together. tests/test_snapshots.py holds whole reports (seeds, the texts below, a
PolNeAR sample), updated only for deliberate changes to the analysis, so a change anywhere shows there. Here, each
optimised path is compared with a straightforward reference computed in the same test run, so a
failure points at the path that broke: NLTK's own Punkt against the specialised
sentence splitter, each sentence tokenised alone against the whole text tokenised once, the
plain pattern loop against the prefiltered boilerplate test, the plain ``jsonable`` against the
cached one, the whole report built either way, one process against a pool, and one article
analysed alone, twice, and among others.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing import boilerplate
from framing import segment as segment_module
from framing.cli import cli
from framing.pipeline import analyze
from framing.report import jsonable

# Texts written for these tests: the punctuation Punkt and the boilerplate patterns decide on.
TEXTS = {
    "abbreviations": "Gov. Jerry Brown met Sen. Kamala Harris in Sacramento on Jan. 5. They spoke for "
                     "an hour. Mr. Smith, the U.S. envoy, arrived at 9 a.m. and left at 5 p.m. sharp.",
    "initials": "Donald J. Trump spoke first. J. K. Rowling wrote back. The letter cited E. coli twice.",
    "numbers": "Turnout was 61.5 percent. In 2016. the rule changed. Item 3. was struck, item 4. kept.",
    "quotes": "“We will win.” She left. He said: ‘It is over.’ Then silence… Was it? (Nobody knew.) Fine!",
    "ellipsis": "He paused... and went on. Wait... What? Really?! Yes!!! No.. maybe. End...",
    "headings": "Budget talks stall\n\nThe minister said the plan was a landmark. Critics disagreed.\n\n"
                "What happens next\n\nA vote is due on Friday.",
    "paywall": "The council voted 7-2 on Tuesday.\nYou have 62% of this article left.\n"
               "Sign up for our daily newsletter\nSubscribe to continue reading",
    "unicode": "İstanbul’s mayor said the reſt is for members only. Café owners wept. Naïve? No.",
    "whitespace": "Tabs\tand\u00a0no-break spaces.  Two spaces. Thin\u2009space. Last line",
    "long": ("word " * 900).strip() + ". " + "A second sentence follows.",
    "unbroken": "A run longer than a sentence may be: " + "ab" * 1600 + " is cut mid-word.",
    "glued": "Nebraska adds 5 e.v.’s today. Or, maybe, his plan!”—is wearing thin. See it.@Reuters 3rd co-op’s",
}

PARAGRAPHS = [p for text in TEXTS.values() for p in text.splitlines() if p.strip()]


def reference_spans(paragraph: str) -> list[tuple[int, int]]:
    return list(segment_module._punkt().span_tokenize(paragraph))


def reference_boilerplate(line: str) -> str | None:
    stripped = line.strip()
    if not stripped:
        return None
    return next((reason for reason, pattern, _ in boilerplate._COMPILED if pattern.search(stripped)), None)


def reference_line_reasons(_text: str, _lowered_text: str, lines: list[tuple[int, int, str]]) -> list[str | None]:
    return [reference_boilerplate(line) for *_, line in lines]


def reference_jsonable(value):
    """``jsonable`` as first written: dataclasses.fields on every object."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: reference_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not f.name.startswith("_")}
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, (list, tuple)):
        return [reference_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): reference_jsonable(v) for k, v in value.items()}
    return value


@dataclasses.dataclass(frozen=True, slots=True)
class ReferenceToken:
    """The token as first written: a frozen dataclass whose ``is_word`` is computed on each call."""

    start: int
    end: int
    text: str
    sentence: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def reference_token(_cls, fields) -> ReferenceToken:
    return ReferenceToken(*fields[:4])


def use_reference_segmentation(monkeypatch) -> None:
    """Segment through NLTK's Punkt, the plain boilerplate loop and dataclass tokens."""
    monkeypatch.setattr(segment_module, "_punkt_spans", reference_spans)
    monkeypatch.setattr(segment_module, "line_reasons", reference_line_reasons)
    monkeypatch.setattr(segment_module, "_new_tuple", reference_token)


def paragraphs_of(text: str) -> list[str]:
    return [line for *_, line in segment_module._lines(text)]


def polnear_sample(eval_root: Path, n: int) -> list[str]:
    paths = sorted((eval_root / "polnear").rglob("*.txt"))
    step = max(1, len(paths) // n)
    return [p.read_text("utf-8") for p in paths[::step][:n]]


# ---------------------------------------------------------------------- sentence splitting

@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_sentence_spans_match_nltk_punkt(paragraph):
    assert segment_module._punkt_spans(paragraph) == reference_spans(paragraph)


@pytest.mark.parametrize(("paragraph", "sentences"), [
    ("Mr. Smith arrived. He sat down.", ["Mr. Smith arrived.", "He sat down."]),
    ("It cost $5.5 million. Nobody paid.", ["It cost $5.5 million.", "Nobody paid."]),
    ("“Go home.” He went.", ["“Go home.”", "He went."]),
    ("Donald J. Trump won.", ["Donald J. Trump won."]),
    ("Was it? Yes.", ["Was it?", "Yes."]),
])
def test_sentence_spans_split_where_punkt_does(paragraph, sentences):
    assert [paragraph[s:e] for s, e in segment_module._punkt_spans(paragraph)] == sentences


def test_sentence_spans_match_nltk_punkt_on_seeds(seed_texts):
    for text in seed_texts.values():
        for paragraph in paragraphs_of(text):
            assert segment_module._punkt_spans(paragraph) == reference_spans(paragraph)


_PIECES = st.sampled_from([
    "Mr.", "U.S.", "e.g.", "J.", "a.", "3.", "1.5", "No.", "--", "...", ". ", "? ", "! ", "!!", " ", "\t",
    "\u00a0", "\u2009", "\n", "“", "”", "‘", "’", "«", "»", '"', "'", "(", ")", "[", "]", ",", ";", ":", "-",
    "#", "The", "the", "word", "Word", "é", "É", "\u0301", "İ", "ß", "42", "co-op", "Sen.", "a.m.", "v.",
    "\x1c", "\x1f", "\x85", "\u2028",  # (whitespace to ``re`` but not all to ``regex``: see segment._as_re)
])


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_PIECES, max_size=30))
def test_sentence_spans_match_nltk_punkt_on_any_punctuation(pieces):
    paragraph = "".join(pieces).strip()
    if paragraph:
        assert segment_module._punkt_spans(paragraph) == reference_spans(paragraph)


@pytest.mark.eval
def test_sentence_spans_match_nltk_punkt_on_polnear(eval_root):
    for text in polnear_sample(eval_root, 120):
        for paragraph in paragraphs_of(text):
            assert segment_module._punkt_spans(paragraph) == reference_spans(paragraph), paragraph


# ------------------------------------------------------------------------------ tokens

# The token pattern as first written, without the shortcut branch for plain words.
REFERENCE_TOKEN = re.compile(
    r"""
    (?:[^\W\d_]\.){2,}(?![^\W\d_])
    | \d+(?:[.,:]\d+)*
    | [^\W_]+(?:[-‐][^\W_]+)*(?:['’](?![sS]\b)[^\W_]+)*
    | ['’][sS]\b
    | \S
    """,
    re.VERBOSE,
)


def reference_tokens(doc) -> list[tuple]:
    """Each sentence tokenised alone with the reference pattern."""
    return [(m.start(), m.end(), m.group(), i, m.group()[0].isalnum())
            for i, sentence in enumerate(doc.sentences)
            for m in REFERENCE_TOKEN.finditer(doc.text, sentence.start, sentence.end)]


def assert_tokens_match_reference(text: str) -> None:
    doc = segment_module.segment(text)
    assert list(map(tuple, doc.tokens)) == reference_tokens(doc), text
    sentence_of = [i for i, s in enumerate(doc.sentences) for _ in range(s.first_token, s.last_token)]
    assert sentence_of == [t.sentence for t in doc.tokens]


def test_tokens_match_each_sentence_tokenised_alone(seed_texts):
    for text in [*seed_texts.values(), *TEXTS.values()]:
        assert_tokens_match_reference(text)


_TOKEN_PIECES = st.sampled_from([
    "U.S.", "e.v.", "a.m.", "J.", "3.", "1.5", "50,000", "12:30", "3rd", "co-op", "co‐op", "don't", "O’Brien",
    "Trump's", "’s", "'S", "s", "word", "Word", "é", "\u0301", "İ", "ß", "²", "_", "-", "‐", ".", "...", "!", "?",
    "”", "“", "'", "’", '"', ")", "(", "—", "@", "#", ",", ":", " ", "  ", "\t", "\n", "\u00a0", "\u2009",
])


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_TOKEN_PIECES, max_size=40))
def test_tokens_match_each_sentence_tokenised_alone_on_any_text(pieces):
    assert_tokens_match_reference("".join(pieces))


@pytest.mark.eval
def test_tokens_match_each_sentence_tokenised_alone_on_polnear(eval_root):
    for text in polnear_sample(eval_root, 120):
        assert_tokens_match_reference(text)


# ------------------------------------------------------------------------------ boilerplate

@pytest.mark.parametrize(("line", "reason"), [
    ("You have 62% of this article left.", "paywall"),
    ("THE REST IS FOR SUBSCRIBERS ONLY", "paywall"),
    ("the reſt is for members only", "paywall"),         # long s matches s case-insensitively
    ("Get unlimited digital acceſs now", "paywall"),
    ("We use cooKies to improve the site", "cookie"),     # Kelvin sign matches k
    ("İ accept all cookies", "cookie"),
    ("Sign up for our daily newsletter", "newsletter"),
    ("The council voted 7-2 on Tuesday.", None),
    ("Cookies were served at the meeting.", None),
    ("Who will win the derby? Who will win the derby?", "form"),
    ("Who will win the derby? Nobody knows yet.", None),
    ("Is it over? Is it really over?", None),
    ("Is it over? * * *", None),
    ("Liberty Poll Exercise your right to vote.", "form"),
    ("Harbor POLL: Vote now!", "form"),
    ("The poll showed voters cast your vote now", None),
    ("Terms of Use | Privacy Policy | Contact Us", "navigation"),  # a pattern with a required character
    ("Terms of Use, Privacy Policy, Contact Us", None),
])
def test_boilerplate_reason_matches_the_plain_loop(line, reason):
    assert boilerplate.boilerplate_reason(line) == reason == reference_boilerplate(line)


def test_boilerplate_patterns_starting_with_a_caret_are_anchored_as_a_whole():
    """The prefilter tries those only at a line's start: a top-level | would let one match later."""
    from re import _constants, _parser

    for _, pattern in boilerplate._PATTERNS:
        if pattern.startswith("^"):
            assert _parser.parse(pattern)[0] == (_constants.AT, _constants.AT_BEGINNING), pattern
    assert _parser.parse("^a|b")[0] != (_constants.AT, _constants.AT_BEGINNING)


@pytest.mark.eval
def test_boilerplate_reason_matches_the_plain_loop_on_polnear(eval_root):
    for text in polnear_sample(eval_root, 200):
        for line in paragraphs_of(text):
            assert boilerplate.boilerplate_reason(line) == reference_boilerplate(line), line


def _line_reasons(text: str) -> list[str | None]:
    return boilerplate.line_reasons(text, text.lower(), segment_module._lines(text))


@pytest.mark.parametrize("text", [
    *TEXTS.values(),
    "Sign up for our newsletter\nThe council met.\nWe use cooKies here",   # Kelvin sign: lines lower-cased alone
    "ΣΑΣ voted.\nAccept all cookies\nΟΔΟΣ",                              # Σ lower-cases by its neighbours
    "İ said so.\nSubscribe to our podcast here.\nAll rights reserved 2026",  # İ grows: offsets move
])
def test_line_reasons_match_the_plain_loop(text):
    assert _line_reasons(text) == reference_line_reasons(text, text.lower(), segment_module._lines(text))


# A line for each anchored pattern, in the case a page writes it (and one of each that it does not match).
ANCHORED_LINES = [
    "This article is for subscribers only", "Sign in to continue reading", "Already a subscriber?",
    "Continue reading the main story", "Read more: the budget", "Related Coverage", "TRENDING",
    "Subscribers only", "Get our Morning Briefing in your inbox", "Sign up now", "Advertisement",
    "Story continues below advertisement", "Share this article on Facebook", "Follow us on Twitter",
    "Click here to subscribe", "Follow Jo Reyes on Twitter @jreyes.", "On Twitter, follow Jo Reyes.",
    "© 2026 The Gazette", "Copyright 2026 Harbour Media", "(c) 2026 Harbour Media",
    "(Reporting by Jo Reyes; Editing by Tom Hale)", "Photo: Jo Reyes/Reuters", "Images: Ana Ruiz via AP",
    "Credit: Jo Reyes", "Photograph credit: Jo Reyes", "Updated 6:12 p.m.", "Last updated: 12/07/2026",
    "Published Nov. 12, 2026", "Skip to main content", "Menu", "Back to top", "Print this story",
    "Take our poll", "Completing this poll grants access", "Email *", "Zip Code *", "Comments *",
    "This article is about the budget.", "Sign in the window.", "Read the report.", "Photographs show it.",
    "Updated maps show it.", "Menus vary.", "Email me.", "(Corrects a date)", "Backing the plan.",
]


@pytest.mark.parametrize("line", ANCHORED_LINES)
def test_anchored_patterns_by_first_character_match_the_plain_loop(line):
    for variant in (line, line.lower(), line.upper(), "Who? " + line, line + " / via AP?"):
        assert boilerplate._folded_reason(variant, variant.lower(), boilerplate._WORDS_TO_FIND) == \
            reference_boilerplate(variant), variant


def test_every_anchored_pattern_has_known_first_characters():
    """(Not needed for exactness: a pattern without is tried on every line, which costs time.)"""
    assert all(starts for _, starts in boilerplate._ANCHORED_STARTS)


@pytest.mark.parametrize("text", [
    "Nothing to see.", "Take Our Poll\nWho wins?", "Voters may retake the survey.", "Take our pollster's word.",
    "We take this quiz seriously. Then: TAKE THE QUIZ", "ta\u212ae our poll", "İ said: take our poll",
    "İ said: take our pollster", "take take the poll", "take", "Take the\nsurvey",
])
def test_may_hold_form_matches_the_plain_search(text):
    assert boilerplate.may_hold_form(text) == (boilerplate._POLL_CALL.search(text) is not None)


@pytest.mark.eval
def test_line_reasons_match_the_plain_loop_on_polnear(eval_root):
    for text in polnear_sample(eval_root, 200):
        assert _line_reasons(text) == reference_line_reasons(text, text.lower(), segment_module._lines(text))


# --------------------------------------------------------------------------- whole reports

def _reports(texts) -> list[dict]:
    return [analyze(t, source="test").to_dict() for t in texts]


def test_report_identical_with_reference_segmentation(monkeypatch, seed_texts):
    texts = [*seed_texts.values(), *TEXTS.values()]
    fast = _reports(texts)
    use_reference_segmentation(monkeypatch)
    assert _reports(texts) == fast


@pytest.mark.eval
def test_report_identical_with_reference_segmentation_on_polnear(monkeypatch, eval_root):
    texts = polnear_sample(eval_root, 12)
    fast = _reports(texts)
    use_reference_segmentation(monkeypatch)
    assert _reports(texts) == fast


def as_json(value) -> str:
    """JSON text tells 1 from 1.0 and True, and key order, which ``==`` on dicts does not."""
    return json.dumps(value, ensure_ascii=False)


def test_to_dict_matches_plain_jsonable(seed_texts):
    for text in [*seed_texts.values(), *TEXTS.values()]:
        report = analyze(text, title="A title", source="test")
        assert as_json(report.to_dict()) == as_json(reference_jsonable(report))


def test_to_json_is_the_dict_encoded(seed_texts):
    """``to_json`` skips the encoder's cycle check: the same text as encoding ``to_dict`` with it."""
    for text in [*seed_texts.values(), *TEXTS.values()]:
        report = analyze(text, title="A title", source="test")
        for indent in (None, 2):
            assert report.to_json(indent) == json.dumps(report.to_dict(), ensure_ascii=False, indent=indent)


@pytest.mark.parametrize("value", [
    {"a": 1.23456789, 2: [0.5, (1, 2.000049)], "n": None, "t": True},
    [1, "x", 1.0, [2.55555]],
    [[0.123456, None], [], [True, 2, 2.0]],
    [{"a": 1}, {2: 1.5}, {}],
    (),
])
def test_jsonable_on_plain_values(value):
    assert as_json(jsonable(value)) == as_json(reference_jsonable(value))


@dataclasses.dataclass(frozen=True, slots=True)
class Leaf:
    start: int
    score: float | None
    _private: str = "hidden"


@dataclasses.dataclass
class Branch:
    name: str
    leaves: list
    extra: object = None


@dataclasses.dataclass
class Empty:
    pass


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=3),
                     st.floats(allow_nan=False, allow_infinity=False), st.sampled_from([0.5, 1.00005, -0.00004]))
_LEAVES = st.builds(Leaf, st.integers(0, 9), st.one_of(st.none(), st.integers(0, 3), st.floats(-2, 2)))
_VALUES = st.recursive(
    st.one_of(_SCALARS, _LEAVES, st.builds(Empty)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=6),
        st.lists(inner, max_size=6).map(tuple),
        st.dictionaries(st.one_of(st.text(max_size=2), st.integers(0, 3)), inner, max_size=4),
        st.builds(Branch, st.text(max_size=3), st.lists(inner, max_size=6), inner),
    ),
    max_leaves=40,
)


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(_VALUES, max_size=8))
def test_jsonable_matches_the_plain_one_on_any_nesting(values):
    """The column-wise path (lists of one dataclass, lists of lists, optional values) on mixed shapes."""
    assert as_json(jsonable(values)) == as_json(reference_jsonable(values))


def test_report_does_not_depend_on_what_was_analysed_before(seed_texts):
    """No state leaks between articles: alone, again, and after others, the report is the same."""
    texts = [*seed_texts.values(), *TEXTS.values()]
    first = _reports(texts)
    assert _reports(texts) == first
    assert _reports(texts[::-1]) == first[::-1]


def test_report_json_is_stable(landmark_text):
    one = json.dumps(analyze(landmark_text).to_dict(), ensure_ascii=False, sort_keys=True)
    two = json.dumps(analyze(landmark_text).to_dict(), ensure_ascii=False, sort_keys=True)
    assert one == two


def test_tokens_slice_back_to_their_text(seed_texts):
    for text in [*seed_texts.values(), *TEXTS.values()]:
        doc = segment_module.segment(text)
        assert doc.words == sum(1 for t in doc.tokens if t.text[0].isalnum())
        for i, token in enumerate(doc.tokens):
            assert text[token.start:token.end] == token.text
            assert token.is_word == token.text[0].isalnum()
            sentence = doc.sentences[token.sentence]
            assert sentence.first_token <= i < sentence.last_token


def test_score_jobs_2_prints_what_jobs_1_prints(tmp_path, seed_texts):
    """A pool of processes gives the same reports, in the same order, as one process."""
    files = []
    for i, text in enumerate([*seed_texts.values(), *TEXTS.values()]):
        path = tmp_path / f"{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    runner = CliRunner()
    one = runner.invoke(cli, ["score", "--format", "jsonl", "--jobs", "1", *files])
    two = runner.invoke(cli, ["score", "--format", "jsonl", "--jobs", "2", *files])
    assert one.exit_code == 0, one.output
    assert two.exit_code == 0, two.output
    assert one.stdout == two.stdout
    lines = [json.loads(line) for line in one.stdout.splitlines()]
    assert [r["text"] for r in lines] == [Path(f).read_text("utf-8") for f in files]


def test_quick_init_builds_what_the_dataclass_init_builds():
    """``document.quick_init`` replaces a frozen slotted dataclass's ``__init__`` for speed: the same
    parameters, defaults and fresh default factories, and the instance stays frozen."""
    from framing.document import quick_init

    def make(fast: bool):
        @dataclasses.dataclass(frozen=True, slots=True)
        class Finding:
            start: int
            end: int
            label: str = "none"
            cues: list = dataclasses.field(default_factory=list)

        return quick_init(Finding) if fast else Finding

    plain, fast = make(False), make(True)
    assert fast.__init__ is not plain.__init__
    calls = [((1, 2), {}), ((1, 2, "x"), {}), ((1,), {"end": 5, "cues": [3]}), ((), {"start": 0, "end": 0})]
    for args, kwargs in calls:
        a, b = plain(*args, **kwargs), fast(*args, **kwargs)
        assert dataclasses.asdict(a) == dataclasses.asdict(b)
    assert fast(1, 2).cues is not fast(1, 2).cues  # a fresh list each time, as dataclasses does
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast(1, 2).start = 3
    with pytest.raises(TypeError):
        fast(1)  # a missing field is still an error

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        start: int

        def __post_init__(self):
            pass

    assert quick_init(Checked).__init__ is Checked.__init__  # what it cannot serve is left alone
