from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.segment import segment


def sentence_texts(text: str) -> list[str]:
    doc = segment(text)
    return [doc.slice(s) for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith met Sen. Warren in Jan. to talk. They agreed.",
         ["Mr. Smith met Sen. Warren in Jan. to talk.", "They agreed."]),
        ("The U.S. Army moved. President-elect Donald J. Trump spoke.",
         ["The U.S. Army moved.", "President-elect Donald J. Trump spoke."]),
        ("Former President George H.W. Bush spoke. Then it rained.",
         ["Former President George H.W. Bush spoke.", "Then it rained."]),
        ("“We will win,” he said. “Then we rest.”",
         ["“We will win,” he said.", "“Then we rest.”"]),
        ('"We will win," he said. "Then we rest."',
         ['"We will win," he said.', '"Then we rest."']),
        ("It ended… Then it began again.", ["It ended… Then it began again."]),
        ("Prices rose 3.5% in Kyiv – a record — said Dr. Ivanova. Next.",
         ["Prices rose 3.5% in Kyiv – a record — said Dr. Ivanova.", "Next."]),
        ("Zürich’s café reopened. Straße closed.", ["Zürich’s café reopened.", "Straße closed."]),
        ("A line without a full stop", ["A line without a full stop"]),
        # "no." ends a sentence; "No." before a number is the abbreviation
        ("Asked again, he said no. The next day he ran.", ["Asked again, he said no.", "The next day he ran."]),
        ("It is the No. 1 issue. Then No. 10 replied.", ["It is the No. 1 issue.", "Then No. 10 replied."]),
        ("Casino. 5 people came.", ["Casino.", "5 people came."]),
        # a lower-case word continues a sentence after "?" / "!" and closing quotes
        ("“Where is the money?” the mayor asked. Nobody knew.",
         ["“Where is the money?” the mayor asked.", "Nobody knew."]),
        ("“We won!” — the band played on. Then rain.", ["“We won!” — the band played on.", "Then rain."]),
        ("Her show Look Up! airs at noon. It is new.", ["Her show Look Up! airs at noon.", "It is new."]),
        ("Is it fair? No. It is not.", ["Is it fair?", "No.", "It is not."]),
        ("Both leaders (S.C.) ― and their aides ― came. Good.",
         ["Both leaders (S.C.) ― and their aides ― came.", "Good."]),
        ("Senators Ann Lee (N.H.), Bo Park (S.C.) and others met. Then.",
         ["Senators Ann Lee (N.H.), Bo Park (S.C.) and others met.", "Then."]),
        # two initials before a name; not before a word that starts sentences, nor after a state
        ("The author J.K. Rowling spoke. Adviser H.R. Meyer left.",
         ["The author J.K. Rowling spoke.", "Adviser H.R. Meyer left."]),
        ("He joined A.B. The firm grew.", ["He joined A.B.", "The firm grew."]),
        ("She won in Concord, N.H. Voters cheered.", ["She won in Concord, N.H.", "Voters cheered."]),
        # a quotation closed by "?" or "!", then its speaker and cue: one sentence
        ("“Who pays for it?” Gov. Ada Ruiz asked. “Not us.”", ["“Who pays for it?” Gov. Ada Ruiz asked.", "“Not us.”"]),
        ('"Enough!" Senate Leader Tom Ode, R-Utah, told reporters. Then silence.',
         ['"Enough!" Senate Leader Tom Ode, R-Utah, told reporters.', "Then silence."]),
        ("I asked ‘is it true?’ She says ‘yes.’", ["I asked ‘is it true?’", "She says ‘yes.’"]),
        ("“Is it over?” The House Votes Today. Nothing else.",
         ["“Is it over?”", "The House Votes Today.", "Nothing else."]),
        # ... and after a dotted initialism or a short bracketed abbreviation
        ("The N.T.S.B. investigator left. Lee (R-Ore.) agreed, and the F.A.A.",
         ["The N.T.S.B. investigator left.", "Lee (R-Ore.) agreed, and the F.A.A."]),
        ("Rep. Ana Diaz (D-N.M.) voted no. She left.", ["Rep. Ana Diaz (D-N.M.) voted no.", "She left."]),
        ("He joined the F.A.A. The job was hard.", ["He joined the F.A.A.", "The job was hard."]),
        # a word after a full stop still starts a sentence (a link, a lower-case brand)
        ("He posted a photo. pic.twitter.com/abc", ["He posted a photo.", "pic.twitter.com/abc"]),
        # Punkt breaks after an abbreviation when the word after it ends in a stop and a closer: undone
        ("She will vote for Sen. Hale.", ["She will vote for Sen. Hale."]),
        ("(He had urged Mr. Brandt to pick Mr. Ostrow.)", ["(He had urged Mr. Brandt to pick Mr. Ostrow.)"]),
        ("“We work until Nov. 3.”", ["“We work until Nov. 3.”"]),
        ("A company without T. R. Mendel.", ["A company without T. R. Mendel."]),
        ("They moved to Ft. Collins. The town grew.", ["They moved to Ft. Collins.", "The town grew."]),
        # a spaced ellipsis is one mark; a stop then "..." still ends the sentence
        ("“We tried . . . and we failed,” she said.", ["“We tried . . . and we failed,” she said."]),
        ("We must act now. ... Let's go.", ["We must act now.", "... Let's go."]),
        ("It was late…. officials said. Fine.", ["It was late…. officials said.", "Fine."]),
    ],
)
def test_sentence_boundaries(text, expected):
    assert sentence_texts(text) == expected


def test_line_breaks_and_headings_end_sentences():
    text = ("The decision came late.\nRising Stakes in the Kursk Region\n"
            "The offensive began in August. It continues.")
    doc = segment(text)
    assert [(doc.slice(s), s.kind) for s in doc.sentences] == [
        ("The decision came late.", "body"),
        ("Rising Stakes in the Kursk Region", "heading"),
        ("The offensive began in August.", "body"),
        ("It continues.", "body"),
    ]
    assert [p.kind for p in doc.paragraphs] == ["body", "heading", "body"]


def test_time_stamps_and_separators_are_headings():
    text = "Officials met.\n9:05 p.m.\nThe vote began.\n___.\n11:30 a.m. EST:\nMore came.\n* * *\nHe left at 9 p.m."
    doc = segment(text)
    assert [(doc.slice(s), s.kind) for s in doc.sentences] == [
        ("Officials met.", "body"), ("9:05 p.m.", "heading"), ("The vote began.", "body"), ("___.", "heading"),
        ("11:30 a.m. EST:", "heading"), ("More came.", "body"), ("* * *", "heading"), ("He left at 9 p.m.", "body"),
    ]


_HARBOUR_BODY = "The harbour board met on Monday. Mayor Ann Pike said the port wins either way, and she was glad."


@pytest.mark.parametrize("line", [
    "Mayor Ann Pike Wins Backing Of Harbour Workers.",  # every word capitalised, full stop and all
    "Harbour Board Rejects Pike Plan for the Port.",  # small words in lower case; "wins" ... "board" in the body
    "Will the Harbour Board Back Ann Pike?",
    "Pike Says Port ‘Wins Either Way.’",  # a quotation at its end, but the line is no quotation
    "Donald Trump Met Xi Jinping In Beijing.",  # names, but "Met" and "In" are title case's capitals
    "HARBOUR BOARD BACKS PIKE ON PORT PLAN.",
    "Pike Backs Port Plan (Video)",
])
def test_a_title_case_headline_with_its_stop_is_a_heading(line):
    doc = segment(line + "\n\n" + _HARBOUR_BODY)
    assert [s.kind for s in doc.sentences] == ["heading", "body", "body"], [doc.slice(s) for s in doc.sentences]
    assert doc.slice(doc.sentences[0]) == line


@pytest.mark.parametrize("line", [
    "Donald Trump met Xi Jinping in Beijing.",  # a lower-case verb: a sentence, however many names it holds
    "Jane Roe, Tom Hale and Ann Pike Hale.",  # names alone: nothing shows title case
    "“We Will Not Give Up The Harbour.”",  # a quotation on a line of its own
    "(See The Harbour Board Report On Page Four.)",  # an aside
    "Port Wins Again.",  # too few capitals to tell a headline from a short sentence
    "The Board, The Mayor And The Port Wins Either Way, Or The Harbour Workers Lose Their Jobs And The City "
    "Loses Its Harbour, Its Trade And Its Pride, And Nobody In The Harbour Board Wins Anything At All.",
])
def test_a_sentence_or_a_line_of_names_on_its_own_line_stays_body(line):
    doc = segment(line + "\n\n" + _HARBOUR_BODY)
    assert doc.sentences[0].kind == "body" and doc.paragraphs[0].kind == "body"


def test_a_headline_alone_is_a_sentence():
    # no body beside it: the line is the text, whether analysed alone or with other headlines
    assert [s.kind for s in segment("Mayor Ann Pike Wins Backing Of Harbour Workers.").sentences] == ["body"]
    doc = segment("Mayor Ann Pike Wins Backing Of Harbour Workers.\nHarbour Board Rejects Pike Plan For The Port.")
    assert [s.kind for s in doc.sentences] == ["body", "body"]


def test_a_headline_after_the_body_is_a_heading_too():
    # a list of links after the article ("Related:") is no prose either
    doc = segment(_HARBOUR_BODY + "\n\nHarbour Board Rejects Pike Plan for the Port.")
    assert [s.kind for s in doc.sentences] == ["body", "body", "heading"]


def test_seed_heading_is_its_own_segment(landmark_text):
    doc = segment(landmark_text)
    headings = [doc.slice(s) for s in doc.sentences if s.kind == "heading"]
    assert headings == ["Rising Stakes in the Kursk Region", "Implications for International Relations"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("You have 47.3% of this article left to read. The rest is for subscribers only.", "paywall"),
        ("Read more Subscribers only What do North Korean troops mean for Russia-Ukraine front?", "teaser"),
        ("Sign up for our daily newsletter to get the news first", "newsletter"),
        ("We use cookies to improve your experience.", "cookie"),
        ("Advertisement", "advertisement"),
        ("Subscribers only", "teaser"),
        ("take our poll - story continues below", "form"),
        ("Email This field is for validation purposes and should be left unchanged.", "form"),
        ("Completing this poll signs you up for our updates. You may opt out at any time.", "form"),
        ("Should the town build a new bridge? * Yes, now. No, never. Not sure.", "form"),
        ("Who will win the derby? Who will win the derby?", "form"),
        ("Email *", "form"),
        ("Harbor Ledger Poll Exercise your right to vote.", "form"),
        ("Weekly Poll: Cast your vote", "form"),
        ("Sign up here to get our best stories in your inbox.", "newsletter"),
        ("Subscribe to the Daily Ledger podcast here.", "newsletter"),
        ("SUBSCRIBE today!", "newsletter"),
        ("Follow Dana Whitlock on Twitter @dwhitlock.", "share"),
        ("On Twitter follow Lee Park at https://twitter.com/leepark", "share"),
        ("©2019 Harbor Media Group, All Rights Reserved, Distributed by Example Syndicate, LLC.", "credit"),
        ("Maria Olsen via Getty Images", "credit"),
        ("(AP Photo/Sam Ortiz)", "credit"),
        ("Tom Dodge/The Harbor Dispatch via AP", "credit"),
        ("Jo Reyes/Reuters", "credit"),
        ("Photo: Ana Ruiz/Reuters", "credit"),
        ("Credit: Sofía Castellanos Beltrán", "credit"),
        ("Photo credit: Kayla Brennan for The Herald", "credit"),
        ("(Reporting by Jo Reyes in Lisbon; Editing by Tom Hale.)", "credit"),
        ("Updated 6:12 p.m.", "timestamp"),
        ("Published Nov. 12, 2026 at 3:45 p.m. ET", "timestamp"),
        ("Last updated: 12/07/2026", "timestamp"),
        ("Skip to main content", "navigation"),
        ("Sign in", "navigation"),
        ("Email this article", "navigation"),
        ("Terms of Use | Privacy Policy | Contact Us", "navigation"),
    ],
)
def test_boilerplate_lines_are_excluded(line, reason):
    text = f"Officials met on Monday. They talked for hours.\n{line}\nThe talks resume on Friday."
    doc = segment(text)
    assert [(doc.slice(e), e.reason) for e in doc.excluded] == [(line, reason)]
    assert all(line not in doc.slice(s) for s in doc.sentences)


@pytest.mark.parametrize(
    "line",
    [
        "Critics read more into the decision than was there.",
        "Watch the border closely, the general said.",
        "The company said it uses cookies sparingly in its bakery.",
        "Subscribe to a local paper, the editor urged readers, and read it.",
        "Subscribers fell by 5% in the quarter, the company said.",
        "Follow the money, he told the committee on Twitter and in print.",
        "The photo (AP) was shared widely, and all rights were reserved by the family.",
        "Volunteers stack sandbags along the river in Dayton, Ohio (AP Photo/Sam Ortiz)",
        "Voters will take the poll seriously, the mayor said.",
        "A new poll shows voters want to exercise their right to vote early.",
        "Exercise your right to vote, the mayor told the crowd.",
        "Published in 1998, the book sold a million copies.",
        "Credit: it belongs to the nurses, she said.",
        "Credit card debt rose: families owe more than ever.",
        "Updated figures show the economy grew in May.",
        "Update: Police said the suspect was arrested at noon.",
        "Corrections officers said the inmate escaped on Sunday.",
        "Search teams found the hikers on Sunday.",
        "Privacy advocates say the terms of use are unfair | and the company disagrees.",
        # the outlet's own notes are its voice ("Editor's note: the senator is a serial liar"): scored
        "Editor's note: The senator is a serial liar and a bully.",
        "Correction: An earlier version of this article misstated the number of missing workers.",
    ],
)
def test_article_lines_that_look_like_boilerplate_are_kept(line):
    doc = segment(f"Officials met on Monday.\n{line}")
    assert not doc.excluded
    assert doc.slice(doc.sentences[-1]) == line


def test_seed_paywall_lines_are_excluded(belated_text):
    doc = segment(belated_text)
    reasons = {doc.slice(e): e.reason for e in doc.excluded}
    assert reasons == {
        "Read more Subscribers only What do North Korean troops mean for Russia-Ukraine front?": "teaser",
        "You have 47.3% of this article left to read. The rest is for subscribers only.": "paywall",
    }


def test_tokens_split_possessives_and_keep_initialisms():
    doc = segment("Biden’s U.S.-supplied missiles cost $1,500.50 each, don't they?")
    assert [t.text for t in doc.tokens] == [
        "Biden", "’s", "U.S.", "-", "supplied", "missiles", "cost", "$", "1,500.50", "each", ",",
        "don't", "they", "?",
    ]


def test_emoji_and_non_bmp_offsets_are_code_points():
    text = "🚀🚀 Launch day came. “It flew,” said Ana."
    doc = segment(text)
    assert [doc.slice(s) for s in doc.sentences] == ["🚀🚀 Launch day came.", "“It flew,” said Ana."]
    assert doc.tokens[0].text == "🚀" and doc.tokens[0].end - doc.tokens[0].start == 1


def test_very_long_unpunctuated_text_is_cut_into_bounded_sentences():
    text = " ".join(["word"] * 5000)
    doc = segment(text)
    assert len(doc.sentences) > 1
    assert all(s.end - s.start <= 3000 for s in doc.sentences)


def test_lookups_find_sentences_and_tokens():
    doc = segment("One two. Three four.")
    assert doc.sentence_at(doc.text.index("Three")) == 1
    assert doc.sentence_at(8) is None  # the space between sentences
    assert doc.tokens[doc.token_at(doc.text.index("our"))].text == "four"
    assert [t.text for t in doc.tokens_in(0, 8)] == ["One", "two", "."]
    assert doc.slice(doc.snap(1, 6)) == "One two"


# Text made of words, punctuation, quotes, dashes, emoji and every kind of line break.
_pieces = st.sampled_from([
    "word", "Mr.", "U.S.", "said", ".", "!", "?", "…", ",", "“", "”", '"', "'", "’s", "–", "—",
    "Kyiv", "Zürich", "🚀", "3.5%", "50,000", "\n", "\r\n", "\n\n", "\u2028", " ", "  ", "\t",
    "Read more", "You have 12% of this article left to read.", "Heading Words",
])
texts = st.lists(_pieces, max_size=60).map(" ".join) | st.text(max_size=300)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_segment_properties(text):
    doc = segment(text)
    previous_end = 0
    for i, sentence in enumerate(doc.sentences):
        piece = doc.slice(sentence)
        assert piece and piece == piece.strip()  # offsets slice back to trimmed sentence text
        assert sentence.start >= previous_end  # in order, never overlapping
        previous_end = sentence.end
        for token in doc.sentence_tokens(i):
            assert token.sentence == i and doc.slice(token) == token.text
            assert sentence.start <= token.start < token.end <= sentence.end
    # every non-space character of kept text is in exactly one sentence; excluded text in none
    covered = [False] * len(text)
    for s in doc.sentences:
        for k in range(s.start, s.end):
            covered[k] = True
    excluded = [False] * len(text)
    for e in doc.excluded:
        for k in range(e.start, e.end):
            excluded[k] = True
    for k, ch in enumerate(text):
        if not ch.isspace():
            assert covered[k] != excluded[k], (k, ch)
    # tokens cover every non-space character inside sentences
    in_token = [False] * len(text)
    for t in doc.tokens:
        for k in range(t.start, t.end):
            in_token[k] = True
    for k, ch in enumerate(text):
        if covered[k] and not ch.isspace():
            assert in_token[k], (k, ch)


# A word before a full stop, then what follows it: the cases _ends_sentence decides without
# tokenising (abbreviations, initials, "U.S."), and their near misses that it must not.
_BEFORE_STOP = ["said", "Mr", "Sen", "Jan", "J", "x", "U.S", "e.g", "A.B", "U.S.", "States.", "co-op", "3", "Ré"]
_AFTER_STOP = [" Smith", " smith", " 5", " Smith.", " Smith’s", " Warren,", " ; next", " , then", " : so",
               " U.S.", " Why? No", " Stop!", " ...", " . . .", ")", "”", "?", " “Quote.”", " É", " é", " 日本",
               " (R-FL)", ""]


def test_sentence_spans_fast_decisions_match_nltk_punkt():
    from framing.segment import _punkt, _punkt_spans

    for before in _BEFORE_STOP:
        for after in _AFTER_STOP:
            paragraph = f"It began with {before}.{after} and went on. Then it ended."
            assert _punkt_spans(paragraph) == list(_punkt().span_tokenize(paragraph)), paragraph


def test_lines_break_where_the_line_pattern_does():
    # Any of Python's line boundaries ends a paragraph: the plain pattern for a line, against str.splitlines.
    from framing.segment import _lines

    line = re.compile(r"[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")

    breaks = ["\n", "\r", "\r\n", "\n\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
    for line_break in breaks:
        text = f"  First line. {line_break}\t Second\u00a0line{line_break}{line_break} \x1f{line_break}Last "
        expected = []
        for match in line.finditer(text):
            stripped = match.group().strip()
            if stripped:
                start = match.start() + len(match.group()) - len(match.group().lstrip())
                expected.append((start, start + len(stripped), stripped))
        assert _lines(text) == expected, repr(line_break)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aAbB-’'_ é1\n.İ", max_size=40),
       st.lists(st.text(alphabet="aAbB-’'é1İ", min_size=1, max_size=6), min_size=1, max_size=5))
def test_lower_words_agree_with_a_plain_search(text, words):
    """The headline test's set of the text's words answers as a search of the whole text would."""
    from unittest import mock

    from framing import segment as module

    with mock.patch.object(module, "SEARCH_MAX_CHARS", 0):  # as for a long text: the set, not a search
        for word in words:
            low = word.lower()
            assert module._written_lower(word, text) == (low != word and module._written_alone(low, text)), \
                (text, word)


@pytest.mark.parametrize(("line", "form", "kept"), [
    ("Phone This field is for validation purposes and should be left unchanged. You also agree to this site's "
     "Privacy Policy and Terms of Use. The mayor said on Monday that the bridge would reopen in May.",
     "Phone This field is for validation purposes and should be left unchanged. You also agree to this site's "
     "Privacy Policy and Terms of Use.",
     "The mayor said on Monday that the bridge would reopen in May."),
    ("The mayor said on Monday that the bridge would reopen in May. take our poll - story continues below "
     "Should the bridge reopen? Should the bridge reopen?",
     "take our poll - story continues below Should the bridge reopen? Should the bridge reopen?",
     "The mayor said on Monday that the bridge would reopen in May."),
])
def test_a_form_glued_to_a_paragraph_is_cut_off_and_the_paragraph_kept(line, form, kept):
    doc = segment(f"Officials met on Monday.\n{line}\nThe talks resume on Friday.")
    assert [(doc.slice(e), e.reason) for e in doc.excluded] == [(form, "form")]
    assert kept in [doc.slice(s) for s in doc.sentences]


@pytest.mark.parametrize("line", [
    "The footage was released to reporters via AP.",
    "Photo: the mayor greets supporters outside City Hall.",
    "Prices rose 3% in June/July, Reuters said.",
])
def test_sentences_that_name_an_agency_are_no_credit_line(line):
    text = f"Officials met on Monday. They talked for hours.\n{line}\nThe talks resume on Friday."
    assert segment(text).excluded == []


# ------------------------------------------------------------------------------------------ hard-wrapped text

_HARBOUR_STORY = (
    "Harbour board delays the levy vote\n\n"
    "The harbour board put off its vote on the berth levy on Tuesday after dockers' union leader Grace "
    "Okafor warned that her members would walk out if it passed. The board's chair, Tom Berg, said the "
    "delay would give both sides time to study the figures.\n\n"
    "\u201cWe are not against the port making money,\u201d Okafor told reporters outside the harbour office. "
    "\u201cWe are against it making money out of our wages.\u201d\n\n"
    "The levy would raise about 4 million pounds a year, according to the board's own estimate, most of it "
    "from the container berths on the east quay. Shipping lines have said they would pass the cost on.\n"
)


def _wrapped(text: str, width: int) -> str:
    import textwrap
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) if len(p) > width else p for p in text.split("\n\n"))


@pytest.mark.parametrize("width", [60, 72, 80])
def test_a_hard_wrapped_text_has_the_paragraphs_and_sentences_of_its_unwrapped_form(width):
    wrapped = _wrapped(_HARBOUR_STORY, width)
    assert wrapped.count("\n") >= _HARBOUR_STORY.count("\n") + 4  # (the wrapping did break lines)
    plain, doc = segment(_HARBOUR_STORY), segment(wrapped)
    assert doc.text == wrapped  # the text is kept as sent, line breaks and all
    assert [p.kind for p in doc.paragraphs] == [p.kind for p in plain.paragraphs]
    assert [" ".join(doc.slice(s).split()) for s in doc.sentences] == [plain.slice(s) for s in plain.sentences]
    assert doc.token_texts == plain.token_texts


def test_a_name_across_a_wrapped_line_is_one_name():
    from framing.pipeline import analyze
    report = analyze(_wrapped(_HARBOUR_STORY, 72))
    assert {a.name for a in report.actors} >= {"Grace Okafor", "Tom Berg"}
    assert [q.speaker.name for q in report.quotes if q.kind == "direct"] == ["Grace Okafor"]


@pytest.mark.parametrize("text", [
    # a paragraph a line, of every length
    "The board met on Tuesday.\nIt put off its vote on the levy until the spring, after the union's "
    "leader warned of a strike.\nDockers cheered.\nThe chair said the delay would give both sides time to "
    "study the figures, which the union says are wrong.\nShipping lines said nothing.\n",
    # short lines that each end a sentence: a list, a poem, a transcript
    "The board met.\nThe union spoke.\nThe vote was put off.\nThe dockers went home.\nThe levy stays.\n",
])
def test_lines_that_end_their_own_sentences_are_not_joined(text):
    doc = segment(text)
    assert len(doc.paragraphs) == text.count("\n")
