"""Comparing articles: tone side by side, sources, wording, frames, claims, findings with evidence."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import framing
from framing.actors import Actor
from framing.claims import Claim, Quantity
from framing.compare import compare, find_actor, is_description, name_key, same_claim, sections_of
from framing.document import Span
from framing.errors import InputError
from framing.evaluative import Evaluative
from framing.frames import Frame
from framing.quotes import Cue, Quote, Speaker
from framing.render import print_comparison_table
from framing.segment import segment
from framing.wording import distinctive_terms, term_counts, tfidf_cosines

BRIDGE_A = """Council approves landmark river bridge
The city council on Tuesday approved a landmark bridge across the Tamar River, a project Mayor Jane Ortiz \
called a triumph for commuters.
The bridge will span 2 miles and create over 1,200 jobs, according to the council.
"This bridge will bring our neighbourhoods together," Ortiz said at a celebration on the riverbank.
Construction of the bridge begins in the spring and should finish within three years, bringing commuters relief.
"""

BRIDGE_B = """Council pushes through costly river bridge
The city council on Tuesday forced through a costly bridge across the Tamar River despite immense \
frustration among residents who lost their homes to the project.
The bridge, stretching 3.2 kilometers, promises nearly 1,200 jobs, but critics say the figures are inflated.
Mayor Ortiz claimed the bridge "will bring our neighbourhoods together."
"The council ignored every objection we raised," said Tom Reyes, a local housing activist.
An official who asked not to be named said the bridge budget had already doubled, and residents fear eviction.
Ortiz did not respond to questions about the evictions.
"""

FOOTBALL = """Rovers snatch late winner at Ashgate
Rovers scored twice in stoppage time to beat Ashgate United 3-2 on Saturday, lifting them to fourth in the \
league table.
The striker Malik Osei headed the winner from a corner after the goalkeeper had saved a penalty.
The home crowd fell silent as the visitors celebrated in front of their travelling supporters.
"""


def at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def mention(text: str, needle: str, nth: int = 0) -> Span:
    return Span(*at(text, needle, nth))


LEMMAS = {"said": ("say", "neutral"), "claimed": ("claim", "evaluative")}


def quote(text: str, content: str, speaker: str | None, cue: str, *, anonymous: bool = False,
          descriptor: str | None = None) -> Quote:
    s, e = at(text, content)
    who = None
    if speaker or descriptor:
        ws, we = at(text, speaker or descriptor)
        who = Speaker(speaker, descriptor, anonymous, ws, we)
    cs, ce = at(text, cue)
    lemma, category = LEMMAS[cue]
    return Quote(s, e, content, "direct", who, Cue(cue, cs, ce, category, lemma))


def evaluative(text: str, needle: str, polarity: int, voice: str = "author") -> Evaluative:
    s, e = at(text, needle)
    return Evaluative(s, e, needle, "judgement", polarity, voice)


def claim(text: str, needle: str, value: float, unit: str, norm: float, norm_unit: str, kind: str) -> Claim:
    s, e = at(text, needle)
    return Claim(s, e, needle, value, unit, Quantity(norm, norm_unit), kind=kind)


@pytest.fixture(scope="module")
def bridge_reports() -> list[framing.Report]:
    """The two bridge stories with hand-made findings, so these tests do not hang on other stages."""
    a, b = framing.analyze(BRIDGE_A), framing.analyze(BRIDGE_B)
    a = dataclasses.replace(
        a,
        actors=[Actor("Jane Ortiz", ["Ortiz", "Mayor Jane Ortiz"], "person",
                      [mention(BRIDGE_A, "Jane Ortiz"), mention(BRIDGE_A, "Ortiz", 1)], tone=0.6, overall_tone=0.6),
                Actor("Tamar River", [], "place", [mention(BRIDGE_A, "Tamar River")], tone=0.0)],
        quotes=[quote(BRIDGE_A, "This bridge will bring our neighbourhoods together", "Ortiz", "said")],
        evaluative=[evaluative(BRIDGE_A, "landmark", 1, "author"), evaluative(BRIDGE_A, "triumph", 1, "quoted")],
        frames=[Frame("economic", 0.6, [mention(BRIDGE_A, "jobs")]), Frame("conflict", 0.0, [])],
        claims=[claim(BRIDGE_A, "2 miles", 2, "miles", 3218.688, "m", "distance"),
                claim(BRIDGE_A, "three years", 3, "years", 94608000, "s", "duration")],
    )
    b = dataclasses.replace(
        b,
        actors=[Actor("Ortiz", ["Mayor Ortiz"], "person", [mention(BRIDGE_B, "Ortiz"), mention(BRIDGE_B, "Ortiz", 1)],
                      tone=-0.3, overall_tone=-0.3),
                Actor("Tom Reyes", ["Reyes"], "person", [mention(BRIDGE_B, "Tom Reyes")], tone=-0.1, overall_tone=-0.1),
                Actor("Tamar River", [], "place", [mention(BRIDGE_B, "Tamar River")], tone=0.0)],
        quotes=[quote(BRIDGE_B, "will bring our neighbourhoods together", "Ortiz", "claimed"),
                quote(BRIDGE_B, "The council ignored every objection we raised", "Tom Reyes", "said"),
                quote(BRIDGE_B, "the bridge budget had already doubled", None, "said", anonymous=True,
                      descriptor="An official")],
        evaluative=[evaluative(BRIDGE_B, "costly", -1), evaluative(BRIDGE_B, "immense frustration", -1),
                    evaluative(BRIDGE_B, "forced through", -1)],
        frames=[Frame("economic", 0.2, [mention(BRIDGE_B, "jobs")]),
                Frame("conflict", 0.7, [mention(BRIDGE_B, "forced through"), mention(BRIDGE_B, "objection")])],
        claims=[claim(BRIDGE_B, "3.2 kilometers", 3.2, "kilometers", 3200, "m", "distance")],
    )
    return [a, b]


@pytest.fixture(scope="module")
def bridge(bridge_reports) -> framing.Comparison:
    return compare(bridge_reports, labels=["Gazette", "Courier"])


# ---------------------------------------------------------------- input


@pytest.mark.parametrize("articles, message", [
    ([BRIDGE_A], "at least two"),
    ([], "at least two"),
    ([BRIDGE_A] * 11, "at most 10"),
    ([BRIDGE_A, 42], "article 2 is a int"),
    ([BRIDGE_A, "   "], "article 2: text is empty"),
    (BRIDGE_A, "at least two"),
])
def test_bad_input_is_an_input_error(articles, message):
    with pytest.raises(InputError, match=message):
        compare(articles)


def test_labels_must_match_the_articles(bridge_reports):
    with pytest.raises(InputError, match="2 articles"):
        compare(bridge_reports, labels=["only one"])


def test_texts_and_reports_mix_and_default_labels_are_unique(bridge_reports):
    result = compare([BRIDGE_A, bridge_reports[1], BRIDGE_A])
    assert [a.label for a in result.articles] == ["article 1", "article 2", "article 3"]
    same = compare([framing.analyze(BRIDGE_A, source="Gazette"), framing.analyze(BRIDGE_B, source="Gazette")])
    assert [a.label for a in same.articles] == ["Gazette", "Gazette (2)"]
    tricky = compare(bridge_reports + [bridge_reports[0]], labels=["a", "a (2)", "a"])
    assert [a.label for a in tricky.articles] == ["a", "a (2)", "a (3)"]


# ---------------------------------------------------------------- tone


@pytest.mark.parametrize("text, titles", [
    ("Lead one is calm.\nLead two is fine.\nThe Vote\nVoters were angry. They shouted.\nThe Aftermath\n"
     "Calm returned today.", ["opening", "The Vote", "The Aftermath"]),
    ("One good day. Two bad days. Three fine days.\nFour days. Five days. Six days.",
     ["opening", "middle", "closing"]),
    ("Headline Without Stop\nOne good day. Two bad days. Three fine days.", ["opening", "middle", "closing"]),
])
def test_sections_split_on_headings_else_thirds(text, titles):
    sections = sections_of(framing.analyze(text))
    assert [s.title for s in sections] == titles
    assert all(s.sentences >= 1 and s.start < s.end for s in sections)


def test_tone_side_by_side_per_article_and_section(bridge):
    assert set(bridge.tone.articles) == {"Gazette", "Courier"}
    assert bridge.tone.articles["Gazette"]["compound"] > bridge.tone.articles["Courier"]["compound"]
    assert bridge.tone.sections["Gazette"][0].title == "opening"
    assert bridge.tone.actors == {"Jane Ortiz": {"Gazette": 0.6, "Courier": -0.3},
                                  "Tamar River": {"Gazette": 0.0, "Courier": 0.0}}


# ---------------------------------------------------------------- actors


def test_actors_match_across_articles_by_alias_and_surname(bridge):
    rows = {r.name: r for r in bridge.actors}
    assert rows["Jane Ortiz"].shared
    assert rows["Jane Ortiz"].articles["Gazette"].tone == 0.6
    assert rows["Jane Ortiz"].articles["Courier"].tone == -0.3
    assert not rows["Tom Reyes"].shared
    assert bridge.actors[0].shared  # shared actors come first


# Two made-up reports of one council vote: the Ledger praises the mayor in its own words but quotes
# only her critics; the Herald reports her plainly and quotes nobody about her.
QUOTED_CRITICS = ("Harbour Plan Approved\n"
                  "The popular mayor, Lena Okafor, won warm praise for her brilliant harbour plan on Monday. "
                  "\"Okafor lied to us, and her plan is a disgrace and a disaster,\" said Paul Brandt, a council "
                  "member. \"Okafor has failed this city, and she should resign in shame,\" said Rosa Ituarte, a "
                  "resident.")
PLAIN_REPORT = ("Harbour Plan Approved\n"
                "Mayor Lena Okafor presented the harbour plan on Monday. "
                "Okafor said the work would start in spring.")


def test_comparison_orders_actors_by_every_voice():
    """Whom an article quotes about an actor is part of how it treats the actor: the Ledger's own words
    are warm, but its choice of sources makes it the cooler of the two toward the mayor."""
    result = compare([QUOTED_CRITICS, PLAIN_REPORT], labels=["Ledger", "Herald"])
    ledger, herald = find_actor(result, "Ledger", "Lena Okafor"), find_actor(result, "Herald", "Okafor")
    assert ledger is not None and herald is not None
    assert abs(ledger.tone - herald.tone) < 0.05  # own voice alone: about even
    assert ledger.overall_tone < herald.overall_tone - 0.1
    assert result.tone.actors["Lena Okafor"] == {"Ledger": ledger.overall_tone, "Herald": herald.overall_tone}


def test_actor_in_article_carries_both_tones():
    report = framing.analyze(QUOTED_CRITICS)
    okafor = next(a for a in report.actors if a.name == "Lena Okafor")
    result = compare([report, PLAIN_REPORT], labels=["Ledger", "Herald"])
    row = find_actor(result, "Ledger", "Okafor")
    assert (row.tone, row.overall_tone) == (okafor.tone, okafor.overall_tone)
    assert "overall_tone" in result.to_dict()["actors"][0]["articles"]["Ledger"]


@pytest.mark.parametrize("names_a, names_b, shared", [
    (["Joe Biden"], ["Biden"], {"Joe Biden"}),
    (["Joe Biden"], ["President Joe Biden"], {"Joe Biden"}),
    (["Joe Biden"], ["Hunter Biden"], set()),
    (["Joe Biden", "Hunter Biden"], ["Biden"], set()),  # which Biden? leave it apart
    (["Donald Trump"], ["Donald Trump Jr."], set()),
    (["Donald Trump"], ["Donald J. Trump"], {"Donald J. Trump"}),  # the fuller name names the row
    (["Donald Trump Jr."], ["Donald Trump Jr"], {"Donald Trump Jr."}),
    (["Mara Quist"], ["Lena Quist"], set()),  # one surname, two given names: two people
    (["Mara Quist"], ["Lena Quist", "Quist"], set()),  # a lone surname never carries another's row over
    (["Raúl Ordoñez"], ["Raul Ordonez"], {"Raúl Ordoñez"}),  # accents aside
    (["Bill Harlow"], ["William Harlow"], {"William Harlow"}),  # a short form of the given name
    (["Ted Mercer"], ["Edward M. Mercer"], {"Edward M. Mercer"}),
    (["Paul Ocampo"], ["Paul Ocampo Jr"], set()),  # father and son
    (["Paul Ocampo"], ["Paul R. Ocampo Jr."], {"Paul R. Ocampo Jr."}),  # the formal style with an initial
    (["George W. Pardee"], ["George H. W. Pardee"], set()),  # initials disagree
    (["Rosa Ledesma Quiroga"], ["Ledesma Quiroga"], {"Rosa Ledesma Quiroga"}),  # a two-word surname
])
def test_people_match_across_articles_by_surname_when_first_names_agree(names_a, names_b, shared):
    def report(names: list[str]) -> framing.Report:
        text = " and ".join(names) + " spoke on Monday."
        actors = [Actor(n, [], "person", [mention(text, n)]) for n in names]
        return dataclasses.replace(framing.analyze(text), actors=actors)

    rows = compare([report(names_a), report(names_b)]).actors
    assert {r.name for r in rows if r.shared} == shared


@pytest.mark.parametrize("label, name, found", [
    ("Gazette", "Jane Ortiz", "Jane Ortiz"),
    ("Courier", "Jane Ortiz", "Ortiz"),
    ("Courier", "Mayor Ortiz", "Ortiz"),
    ("Courier", "Tom Reyes", "Tom Reyes"),
    ("Gazette", "Tom Reyes", None),
    ("Courier", "Pedro Ortiz", None),  # Courier's "Ortiz" is Jane Ortiz: another person of that surname
])
def test_find_actor(bridge, label, name, found):
    actor = find_actor(bridge, label, name)
    assert (actor.name if actor else None) == found


def test_a_lone_surname_joins_only_the_one_person_who_bears_it():
    def report(name: str) -> framing.Report:
        text = f"{name} spoke on Monday."
        return dataclasses.replace(framing.analyze(text), actors=[Actor(name, [], "person", [mention(text, name)])])

    rows = compare([report("Mara Quist"), report("Quist")], labels=["A", "B"]).actors
    assert [sorted(r.articles) for r in rows if r.shared] == [["A", "B"]]
    assert find_actor(compare([report("Mara Quist"), report("Quist")], labels=["A", "B"]), "B", "Mara Quist")
    # a third article names another Quist: which one "Quist" is, nobody can tell
    result = compare([report("Mara Quist"), report("Quist"), report("Lena Quist")], labels=["A", "B", "C"])
    assert not any(r.shared for r in result.actors)
    assert find_actor(result, "C", "Mara Quist") is None  # Lena is not Mara
    assert find_actor(result, "C", "Lena Quist").name == "Lena Quist"


@pytest.mark.parametrize("asked, named, found", [
    ("Raul Ordonez", "Raúl Ordoñez", True),  # accents aside
    ("Bill Harlow", "William J. Harlow", True),  # short form and initial
    ("Harlow", "William J. Harlow", True),  # the one Harlow
    ("Mara Quist", "Lena Quist", False),  # someone else of that surname
    ("Jonathon Pike", "Jonathan Pike", True),  # a misspelt given name finds the only Pike
    ("Dan Pike", "Don Pike", False),  # ... but a short name one letter off is another name
])
def test_find_actor_by_the_same_persons_other_name(asked, named, found):
    text = f"{named} spoke on Monday."
    report = dataclasses.replace(framing.analyze(text), actors=[Actor(named, [], "person", [mention(text, named)])])
    result = compare([report, "Rain fell in the valley on Monday."], labels=["A", "B"])
    assert (find_actor(result, "A", asked) is not None) is found


def test_quoted_people_of_one_surname_are_two_voices():
    a = ("Mara Quist praised the harbour plan on Monday. \"It is a fine plan,\" said Mara Quist, the mayor.")
    b = ("Lena Quist criticised the harbour plan on Monday. \"It is a poor plan,\" said Lena Quist, a resident.")
    voices = {v.name: sorted(v.articles) for v in compare([a, b], labels=["A", "B"]).sources.voices if not v.anonymous}
    assert voices.get("Mara Quist") == ["A"] and voices.get("Lena Quist") == ["B"]


@pytest.mark.parametrize("name, key", [
    ("President Joe Biden", "joe biden"),
    ("Biden’s", "biden"),
    ("  Prime  Minister Keir Starmer ", "keir starmer"),
    ("NATO", "nato"),
])
def test_name_key(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize("name, described", [
    ("the Republican", True),
    ("The Democratic front-runner", True),
    ("the president", True),
    ("the former President", True),
    ("the Kentucky Republican", True),
    ("this country", True),
    ("unnamed person (he)", True),
    ("Donald Trump", False),
    ("President Trump", False),
    ("Republicans", False),
    ("the White House", False),
    ("the Senate", False),
    ("The New York Times", False),
])
def test_is_description(name, described):
    assert is_description(name) is described


# "the Republican" is Trump in one article and Cruz in the other; the third never names its subject.
REPUBLICAN_A = ("Donald Trump spoke to supporters in Iowa on Monday. \"The economy is failing,\" the Republican said. "
                "Hillary Clinton answered him in a speech in Ohio.")
REPUBLICAN_B = ("Ted Cruz campaigned in Texas on Monday. \"The border is open,\" the Republican said. "
                "Hillary Clinton answered him in a speech in Ohio.")
REPUBLICAN_C = ("Voters in Ohio heard from the Democratic front-runner on Monday. "
                "The Democratic front-runner promised jobs and attacked the Republican.")


def test_a_description_never_joins_two_people_across_articles():
    result = compare([REPUBLICAN_A, REPUBLICAN_B, REPUBLICAN_C], labels=["A", "B", "C"])
    rows = {r.name: r for r in result.actors}
    assert "the Republican" in rows["Donald Trump"].articles["A"].aliases  # the actors stage resolved it ...
    assert set(rows["Donald Trump"].articles) == {"A"}  # ... but only a proper name joins articles
    assert set(rows["Ted Cruz"].articles) == {"B"}
    assert {r.name for r in result.actors if r.shared} == {"Ohio", "Hillary Clinton"}
    assert set(result.tone.actors) == {"Ohio", "Hillary Clinton"}
    # an unresolved description is its own article's, and no finding says only C "brings it in"
    assert not rows["the Democratic front-runner"].shared
    assert not any("front-runner" in f for f in result.findings if f.startswith("only"))
    # the quoted "the Republican" is two voices, each its own article's resolved person
    voices = {v.name: v for v in result.sources.voices}
    assert list(voices["Donald Trump"].articles) == ["A"] and list(voices["Ted Cruz"].articles) == ["B"]
    assert not voices["Donald Trump"].shared and not voices["Ted Cruz"].shared
    assert "the Republican" not in voices


def test_the_same_proper_name_still_joins_what_a_description_cannot():
    def report(text: str, name: str, aliases: list[str]) -> framing.Report:
        actors = [Actor(name, aliases, "person", [mention(text, name)])]
        return dataclasses.replace(framing.analyze(text), actors=actors)

    a = report("Donald Trump spoke on Monday. The president left.", "Donald Trump", ["the president"])
    b = report("Trump spoke on Monday. The president left.", "Trump", ["the president"])
    c = report("Joe Biden spoke on Monday. The president left.", "Joe Biden", ["the president"])
    rows = compare([a, b, c], labels=["A", "B", "C"]).actors
    assert {r.name: sorted(r.articles) for r in rows} == {"Donald Trump": ["A", "B"], "Joe Biden": ["C"]}


def test_unnamed_people_are_never_shared():
    def report(text: str) -> framing.Report:
        actors = [Actor("unnamed person (he)", [], "person", [mention(text, "He")])]
        return dataclasses.replace(framing.analyze(text), actors=actors)

    rows = compare([report("He spoke on Monday."), report("He left on Tuesday.")]).actors
    assert not any(r.shared for r in rows)


# ---------------------------------------------------------------- sources


def test_sources_shared_exclusive_anonymous_and_cues(bridge):
    src = bridge.sources
    assert src.shared == ["Jane Ortiz"]
    assert src.only == {"Gazette": [], "Courier": ["Tom Reyes"]}
    ortiz = next(v for v in src.voices if v.name == "Jane Ortiz")
    assert ortiz.cues == {"Gazette": ["say"], "Courier": ["claim"]}
    assert (src.counts["Courier"].quotes, src.counts["Courier"].named, src.counts["Courier"].anonymous) == (3, 2, 1)
    assert any(v.anonymous and v.name == "an official" for v in src.voices)


def test_anonymous_voices_keep_the_case_they_are_written_in():
    first = ("The port reopened on Monday. Some U.S. officials said the blockade had failed. "
             "White House officials said talks would resume.")
    second = "The port reopened on Monday, U.S. officials said. Critics said the deal came too late."
    names = {v.name for v in compare([first, second]).sources.voices if v.anonymous}
    # "Some U.S. officials" opens a sentence: its function word loses the capital, the initialism keeps its own
    assert {"some U.S. officials", "U.S. officials", "White House officials", "Critics"} <= names


# ---------------------------------------------------------------- wording


@pytest.mark.parametrize("texts, expected", [
    (["The tax cut passed. The tax cut helps families. Families cheer the tax cut.",
      "The spending plan failed. Critics mock the spending plan. The plan collapses."],
     [{"tax cut", "tax", "cut"}, {"spending plan", "plan", "spending"}]),
    (["Rain fell on the city. Rain flooded streets. Rain again.", "Sun shone on the city. Sun dried streets."],
     [{"rain"}, {"sun"}]),
])
def test_distinctive_terms_are_weighted_log_odds(texts, expected):
    counts = [term_counts(segment(t)) for t in texts]
    terms = distinctive_terms(counts, top=3)
    for got, want in zip(terms, expected, strict=True):
        assert got[0].term in want
        assert got[0].z > 0
        assert got == sorted(got, key=lambda t: -t.z)


def test_distinctive_terms_skip_stopwords_numbers_and_shared_words():
    counts = [term_counts(segment("The 2024 vote on the bridge was close.")),
              term_counts(segment("The 2024 vote on the bridge was late."))]
    a, b = distinctive_terms(counts, top=10)
    assert [t.term for t in a] == ["close"]
    assert [t.term for t in b] == ["late"]


@pytest.mark.parametrize("texts", [
    ["A b c.", "Nothing."],  # one content word in all: no other term to weigh it against
    ["Nothing.", "Nothing."],
    ["Flood.", "Flood flood."],
    [".", "Storm."],
])
def test_distinctive_terms_of_a_tiny_vocabulary(texts):
    counts = [term_counts(segment(t)) for t in texts]
    assert len(distinctive_terms(counts)) == len(texts)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["storm", "Storm", "said", "the", "a", "5", ".", "flood", "mayor", "\n"]),
                         min_size=1, max_size=12).map(" ".join).filter(lambda t: any(map(str.isalnum, t))),
                min_size=2, max_size=4))
def test_compare_never_fails_on_short_articles(texts):
    """Any articles with a word compare (punctuation alone is an InputError, tested above)."""
    result = compare(texts)
    assert len(result.articles) == len(texts)
    json.dumps(result.to_dict())


def test_term_spans_point_at_the_words():
    text = "Immense frustration grew. The immense frustration stayed."
    counts = term_counts(segment(text))
    assert counts.counts["immense frustration"] == 2
    assert [text[s.start:s.end] for s in counts.spans["immense frustration"]] == ["Immense frustration"] * 1 + [
        "immense frustration"]


def test_author_voice_evaluative_side_by_side(bridge):
    assert [e.text for e in bridge.wording.evaluative["Gazette"]] == ["landmark"]  # "triumph" is quoted
    assert [e.text for e in bridge.wording.evaluative["Courier"]] == ["costly", "immense frustration",
                                                                      "forced through"]


# ---------------------------------------------------------------- frames


def test_frames_side_by_side_with_largest_difference_first(bridge):
    assert bridge.frames.scores["conflict"] == {"Gazette": 0.0, "Courier": 0.7}
    first = bridge.frames.differences[0]
    assert (first.name, first.high, first.low) == ("conflict", "Courier", "Gazette")


# ---------------------------------------------------------------- claims


@pytest.mark.parametrize("a, b, same", [
    (("a range of 190 miles", "190 miles", 190, "miles", 305775.36, "m", "distance"),
     ("nearly 300 kilometers away", "nearly 300 kilometers", 300, "kilometers", 300000, "m", "distance"), True),
    (("2 miles long", "2 miles", 2, "miles", 3218.688, "m", "distance"),
     ("3.2 kilometers long", "3.2 kilometers", 3.2, "kilometers", 3200, "m", "distance"), True),
    (("2 miles long", "2 miles", 2, "miles", 3218.688, "m", "distance"),
     ("2 hours long", "2 hours", 2, "hours", 7200, "s", "duration"), False),
    (("190 miles", "190 miles", 190, "miles", 305775.36, "m", "distance"),
     ("500 kilometers", "500 kilometers", 500, "kilometers", 500000, "m", "distance"), False),
])
def test_same_claim(a, b, same):
    assert same_claim(claim(*a), claim(*b)) is same


def test_claims_aligned_and_only(bridge):
    assert len(bridge.claims.shared) == 1
    aligned = bridge.claims.shared[0]
    assert [c.text for c in aligned.claims] == ["2 miles", "3.2 kilometers"]
    assert [c.text for c in bridge.claims.only["Gazette"]] == ["three years"]
    assert bridge.claims.only["Courier"] == []


def test_claims_pair_the_same_event_first_and_precise_counts_across_nouns():
    a = ("Clinton lost the 2016 election. Her 2016 campaign spent heavily. "
         "At least 317 nurses walked out on Monday.")
    b = ("Her 2016 campaign was costly, and the 2016 election was close. "
         "At least 317 workers walked out on Monday.")
    shared = {tuple(c.text for c in s.claims) for s in compare([a, b], labels=["a", "b"]).claims.shared}
    assert ("2016 election", "2016 election") in shared
    assert ("2016 campaign", "2016 campaign") in shared
    assert ("At least 317 nurses", "At least 317 workers") in shared


def test_a_shared_year_alone_is_no_sign_of_one_story():
    a = "In 2016 the council rebuilt the harbour wall after a storm flooded the quay."
    b = "In 2016 the orchestra toured Japan and recorded two symphonies."
    result = compare([a, b], labels=["a", "b"])
    assert [[c.text for c in s.claims] for s in result.claims.shared] == [["2016", "2016"]]
    assert result.similarity.pairs[0].claims == 0.0


# ---------------------------------------------------------------- findings


def test_findings_name_the_differences(bridge):
    kinds = {f.kind for f in bridge.finding_details}
    assert {"tone", "evaluative", "source", "cue", "actor_tone", "frame", "claims_only"} <= kinds
    text = "\n".join(bridge.findings)
    assert "only Courier quotes Tom Reyes" in text
    assert "“landmark”" in text and "“immense frustration”" in text
    assert "Jane Ortiz is introduced with loaded verbs in Courier (Gazette: say (neutral); Courier: claim)" in text


def test_every_finding_has_evidence_that_slices_back(bridge, bridge_reports):
    texts = {"Gazette": bridge_reports[0].text, "Courier": bridge_reports[1].text}
    assert len(bridge.findings) == len(bridge.finding_details) > 0
    for finding, detail in zip(bridge.findings, bridge.finding_details, strict=True):
        assert finding == detail.text
        assert detail.evidence
        for e in detail.evidence:
            assert 0 <= e.start < e.end <= len(texts[e.article])
            assert texts[e.article][e.start:e.end] == e.text


@pytest.mark.parametrize("text", [BRIDGE_A, BRIDGE_B, FOOTBALL])
def test_identical_articles_differ_in_nothing(text):
    result = compare([text, text], labels=["one", "two"])
    assert result.findings == ["one and two are the same text: nothing between them can differ"]  # and no other
    assert result.similarity.score == pytest.approx(1.0)
    assert all(not terms for terms in result.wording.distinctive.values())


# ---------------------------------------------------------------- same story?


def test_same_story_is_similar_and_another_story_warns(bridge):
    assert bridge.similarity.same_story and bridge.similarity.warning is None
    other = compare([BRIDGE_A, FOOTBALL])
    assert not other.similarity.same_story
    assert "not about the same story" in other.similarity.warning
    assert other.similarity.score < bridge.similarity.score


def test_tfidf_cosine_is_one_for_identical_text():
    counts = [term_counts(segment(BRIDGE_A)), term_counts(segment(BRIDGE_A)), term_counts(segment(FOOTBALL))]
    m = tfidf_cosines(counts)
    assert m[0][1] == pytest.approx(1.0)
    assert m[0][2] < 0.1


# ---------------------------------------------------------------- output


def test_to_dict_keeps_the_contract(bridge):
    d = json.loads(json.dumps(bridge.to_dict()))
    for key in ("articles", "tone", "actors", "sources", "wording", "frames", "claims", "findings"):
        assert key in d
    assert set(d["claims"]) >= {"shared", "only"}
    assert {"id", "label", "tone"} <= set(d["articles"][0])
    assert all(isinstance(f, str) for f in d["findings"])
    assert d["finding_details"][0]["evidence"][0].keys() >= {"article", "start", "end"}


def test_table_output_shows_every_layer(bridge, capsys, monkeypatch):
    from framing import render

    monkeypatch.setattr(render._console, "width", 200)
    print_comparison_table(bridge)
    out = capsys.readouterr().out
    for needle in ("tone by section", "Jane Ortiz", "Tom Reyes", "immense frustration", "conflict",
                   "3.2 kilometers", "findings"):
        assert needle in out


# ---------------------------------------------------------------- the seed pair, with the real stages


def test_seed_pair(landmark_text, belated_text):
    result = compare([landmark_text, belated_text], labels=["landmark", "belated"])
    aligned = [{c.article: c.text for c in s.claims} for s in result.claims.shared]
    assert any("190 miles" in a.get("landmark", "") and "300 kilometers" in a.get("belated", "")
               for a in aligned)
    assert any("50,000" in a.get("landmark", "") and "50,000" in a.get("belated", "") for a in aligned)
    only = result.sources.only
    assert any("Michta" in v for v in only["belated"])
    assert any("Zelensky" in v for v in only["landmark"])
    assert not any("Michta" in v for v in only["landmark"])
    author = {n: {e.text.lower() for e in refs} for n, refs in result.wording.evaluative.items()}
    assert any("landmark" in t for t in author["landmark"])
    assert any("frustration" in t for t in author["belated"])
    assert any("contradicted" in t for t in author["belated"])
    assert result.similarity.same_story


def test_compare_command_shows_the_seed_pair(monkeypatch):
    from click.testing import CliRunner

    from framing import render
    from framing.cli import cli
    from tests.conftest import SEEDS

    monkeypatch.setattr(render._console, "width", 250)
    result = CliRunner().invoke(cli, ["compare", *map(str, SEEDS)])
    assert result.exit_code == 0, result.output
    for needle in ("tone by section", "Andrew Michta", "Volodymyr Zelensky", "190 miles", "nearly 300 kilometers",
                   "landmark", "immense frustration", "contradicted itself", "same story?", "findings"):
        assert needle in result.output


# ---------------------------------------------------------------- eval


@pytest.mark.eval
def test_eval_compare_smoke(eval_root):
    from framing.evaluation import run

    figures = run("compare", eval_root / "basil", limit=2)
    assert figures["triplets"] == 2 and figures["articles"] == 6
    for block in ("entity", "main_event", "baseline_sentences"):
        f = figures[block]
        assert f["ordered_pairs"] + f["ties"] > 0
        assert 0.0 <= f["ordering_accuracy"] <= 1.0
        assert f["correct"] + f["reversed"] + f["predicted_ties"] == f["found"] <= f["ordered_pairs"]
        assert -1.0 <= f["kendall_tau"] <= 1.0
        # the tune and report parts split the triplets: their counts add up to the whole
        assert figures["tune"][block]["ordered_pairs"] + figures["report"][block]["ordered_pairs"] == f["ordered_pairs"]
    assert figures["tune"]["triplets"] + figures["report"]["triplets"] == 2
    same = figures["same_story"]
    assert same["same_event_pairs"] == 6 and same["other_event_pairs"] == 2
    assert 0.0 <= same["auc"] <= 1.0


@pytest.mark.parametrize("pairs, expected", [
    ([(1, 0.3), (-1, -0.3), (0, 0.0)], 1.0),
    ([(1, -0.3), (-1, 0.3)], -1.0),
    ([(1, 0.3), (1, -0.3), (-1, 0.3), (-1, -0.3)], 0.0),
    ([(0, 0.1), (0, 0.2)], 0.0),  # gold all ties: nothing to agree on
    ([], 0.0),
])
def test_kendall_tau(pairs, expected):
    from framing.evaluation.compare import kendall_tau

    assert kendall_tau(pairs) == pytest.approx(expected)


@pytest.mark.parametrize("positives, negatives, expected", [
    ([0.9, 0.8], [0.1, 0.2], 1.0),
    ([0.1], [0.9], 0.0),
    ([0.5, 0.5], [0.5], 0.5),
    ([0.3, 0.7], [0.5], 0.5),
])
def test_auc(positives, negatives, expected):
    from framing.evaluation.compare import auc

    assert auc(positives, negatives) == pytest.approx(expected)


# ---------------------------------------------------------------- one story, outlets' styles

STORM_WIRE = """Storm leaves 40,000 homes without power across Lane County

EUGENE, Ore. (AP) — A powerful windstorm knocked out electricity to 40,000 homes across Lane County on Tuesday, \
toppling trees onto power lines and closing a dozen schools, utility officials said.

"We have every available crew out there," said Tom Hale, a spokesman for the utility. He said full restoration \
could take until Friday. Gusts reached 70 mph at the airport.

Repairs are expected to cost about $2 million, the county said.
"""

STORM_LOCAL = """Thousands still in the dark after the storm

By Jo Reyes, Register-Guard staff

Forty thousand households lost power Tuesday when a windstorm tore through Lane County, and many of them are \
frustrated with how slowly the lights are coming back.

"Nobody from the utility has told us anything for two days," said Maria Lopez, a Springfield resident.

Utility spokesman Tom Hale said workers were doing everything they could. Twelve schools stayed closed by \
Wednesday. County commissioners estimated the repair bill at two million dollars. Winds topped 70 miles per hour.
"""


def test_a_figure_told_twice_is_not_a_second_figure_only_one_article_has():
    result = compare([STORM_WIRE, STORM_LOCAL], labels=["wire", "local"])
    aligned = {frozenset(c.text for c in s.claims) for s in result.claims.shared}
    assert frozenset({"40,000 homes", "Forty thousand households"}) in aligned
    assert frozenset({"about $2 million", "two million dollars"}) in aligned
    # the headline's "40,000 homes" and the body's are one figure: no "only in wire" for the second
    assert "40,000 homes" not in [c.text for c in result.claims.only["wire"]]
    assert "until Friday" in [c.text for c in result.claims.only["wire"]]


def test_figures_worded_differently_are_conversions_and_spellings_not_hedges():
    result = compare([STORM_WIRE, STORM_LOCAL], labels=["wire", "local"])
    agreed = [f.text for f in result.finding_details if f.kind == "claim_agrees"]
    assert any("Forty thousand households" in f for f in agreed)
    assert any("two million dollars" in f for f in agreed)
    # "Tuesday" against "Tuesday" (or "by Wednesday" against "Wednesday") is no rewording worth a finding
    assert not any("Tuesday" in f or "Wednesday" in f for f in agreed)


def test_distinctive_wording_leaves_out_attribution_figures_datelines_and_bylines():
    result = compare([STORM_WIRE, STORM_LOCAL], labels=["wire", "local"])
    terms = {t.term for ts in result.wording.distinctive.values() for t in ts}
    words = {w for t in terms for w in t.split()}
    assert not words & {"said", "told", "million", "dollars", "twelve", "forty", "thousand", "mph", "ap"}
    assert not words & {"reyes", "register-guard", "staff"}  # the byline
    assert "frustrated" in words or any("coming back" == t for t in terms)


CLIMATE_LEFT = """Biden's bold climate plan will cut emissions

President Joe Biden on Thursday unveiled a sweeping $2bn plan to help cities protect residents from extreme heat, \
a landmark step that environmental groups hailed.

"This is the kind of leadership we have been waiting for," said Gina Park of the Sierra Club.
"""

CLIMATE_RIGHT = """Biden blows another two billion dollars

Joe Biden is at it again. The president on Thursday announced he would spend two billion dollars of \
taxpayers' money on so-called heat resilience.

"This is a giveaway to activists," said Mark Dunn of the Heritage Foundation.
"""


def test_a_speaker_the_article_names_by_a_description_is_that_persons_voice():
    result = compare([CLIMATE_LEFT, CLIMATE_RIGHT], labels=["left", "right"])
    voices = {v.name: v for v in result.sources.voices}
    assert not any(v.anonymous and "president" in v.name.lower() for v in result.sources.voices)
    assert set(voices["Joe Biden"].articles) == {"left", "right"}
    assert result.sources.counts["right"].anonymous == 0
    words = {w for t in result.wording.distinctive["right"] for w in t.term.split()}
    assert not words & {"two", "billion", "dollars", "bn"}


DRONES_WIRE = ("Russia launched 90 drones at Ukraine overnight, damaging a power plant in Kyiv, officials said. "
               "\"Russia is trying to freeze Ukrainians this winter,\" President Volodymyr Zelenskiy said in his "
               "nightly address. Zelenskiy asked allies for more air defences.")
DRONES_TABLOID = ("Vladimir Putin unleashed a horrific wave of 90 killer drones on Ukraine, plunging Kyiv into "
                  "freezing darkness. Volodymyr Zelensky said: \"Russia is trying to freeze Ukrainians this winter.\" "
                  "Zelensky asked allies for more air defences.")


def test_transliterations_of_one_slavic_surname_are_one_person():
    result = compare([DRONES_WIRE, DRONES_TABLOID], labels=["wire", "tabloid"])
    zelensky = [v for v in result.sources.voices if "Zelensk" in v.name]
    assert len(zelensky) == 1 and zelensky[0].shared
    assert any("Zelensk" in row.name and row.shared for row in result.actors)
    assert find_actor(result, "tabloid", "Volodymyr Zelenskyy") is not None


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Volodymyr Zelenskiy", "Volodymyr Zelensky", True),
    ("Alexei Navalnyy", "Alexei Navalny", True),
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky", True),
    ("Oleksandr Zelensky", "Volodymyr Zelensky", False),  # another given name: another person
    ("Jane Kelly", "Jane Kell", False),  # only the Slavic endings are folded
])
def test_surname_transliteration(a, b, same):
    from framing.compare import _full_name, same_person
    assert same_person(_full_name(name_key(a).lower()), _full_name(name_key(b).lower())) is same


LAYOFFS_A = ("Acme Corp said on Wednesday it would cut about 1,200 jobs. Acme Corp reported a quarterly loss of "
             "$310 million. Chief executive Laura Chen said the cuts were \"painful but necessary.\"")
LAYOFFS_B = ("Appliance maker Acme will eliminate 1,200 positions after posting a $310m loss. Acme stock slid on "
             "Wednesday. CEO Laura Chen told analysts the layoffs were \"painful but necessary.\"")


def test_a_company_with_and_without_its_legal_form_is_one_actor():
    result = compare([LAYOFFS_A, LAYOFFS_B], labels=["a", "b"])
    acme = [row for row in result.actors if row.name.startswith("Acme")]
    assert len(acme) == 1 and acme[0].shared
    assert not any(f.startswith("only a brings in Acme") for f in result.findings)


TAX_A = ("The council voted on Monday to raise property taxes by 3 percent. \"We cannot keep patching potholes with "
         "promises,\" Mayor Ann Lee said. Councilman Rick Stone said residents were struggling. "
         "\"Families are stretched thin,\" Stone said. Lee called the vote a fair compromise.")
TAX_B = ("The council rammed through a three percent tax hike on Monday. Mayor Ann Lee insisted the money was needed. "
         "Critics said the average household would be hit hard. Council member Richard Stone warned that families "
         "were \"stretched thin.\"")


def test_loaded_cue_findings_count_judging_verbs_not_stance_verbs():
    result = compare([TAX_A, TAX_B], labels=["a", "b"])
    cue_findings = [f.text for f in result.finding_details if f.kind == "cue"]
    # "called" (a stance: what Lee did) does not make article a "loaded"; "insisted" makes b so
    assert any(f.startswith("Ann Lee is introduced with loaded verbs in b (") for f in cue_findings)
    assert not any("loaded verbs in a" in f for f in cue_findings)
    # one unnamed "Critics said" is no pattern of anonymous sourcing
    assert not any(f.kind == "sources_named" for f in result.finding_details)


def test_tone_findings_say_more_negative_when_both_read_negative():
    calm = "Officials said the fire damaged a warehouse. Crews worked through the night. Nobody was hurt."
    grim = ("A horrific fire destroyed a warehouse in a deadly disaster. Terrified workers fled the burning ruins. "
            "The tragedy left families devastated.")
    result = compare([calm + " The loss is painful.", grim], labels=["calm", "grim"])
    tone = [f.text for f in result.finding_details if f.kind == "tone"]
    if result.articles[0].tone.compound < 0:
        assert tone and tone[0].startswith("grim reads more negative")
    actor_texts = [f.text for f in result.finding_details if f.kind == "actor_tone"]
    assert not any("treated more favourably" in t for t in actor_texts)


def test_harsher_judging_is_said_once():
    plain = "The council met on Monday. It approved the budget. Members discussed roads and schools."
    harsh = ("The council met on Monday in a disgraceful display. It rammed through a reckless budget. "
             "Members shamefully ignored roads and schools.")
    result = compare([plain, harsh], labels=["plain", "harsh"])
    evaluative = [f.text for f in result.finding_details if f.kind == "evaluative"]
    assert len(evaluative) == 1  # not again as "harsh uses negative judgements ...; plain has none"
    assert evaluative[0].startswith("harsh judges more harshly") and evaluative[0].endswith("; plain: none")


def test_a_bare_precise_number_aligns_with_the_count_another_article_names():
    ministry = "Ukrainian officials claimed that 75 drones were shot down on Tuesday."
    wire = "Russia launched 90 drones on Tuesday. Air defences shot down 75 of the drones, the air force said."
    result = compare([ministry, wire], labels=["ministry", "wire"])
    aligned = {frozenset(c.text for c in s.claims) for s in result.claims.shared}
    assert frozenset({"75 drones", "75"}) in aligned
    # a round bare number says too little: "shot down 100 of them" is no match for "100 tanks"
    round_ = compare(["The army lost 100 tanks on Tuesday.", "They shot down 100 of them on Tuesday."],
                     labels=["a", "b"])
    assert not any({c.text for c in s.claims} == {"100 tanks", "100"} for s in round_.claims.shared)


@pytest.mark.parametrize(("a", "b", "telling"), [
    ("The fire burned more than 6,000 acres.", "The fire burned 2,400 hectares.", True),  # converted
    ("Taxes rise 3% this year.", "Taxes rise three percent this year.", True),  # digits against words
    ("Over 50,000 troops massed.", "Nearly 50,000 troops massed.", True),  # hedges that lean apart
    ("The repair costs about $4.5 million.", "The repair costs $4.5 million.", False),  # a hedge beside none
    ("The bill costs $6 billion.", "The bill costs $6bn.", False),  # an abbreviation
    ("Acme cut 1,200 jobs.", "Acme cut 1,200 positions.", False),  # another noun
    ("The plant employs about 4,300 people.", "The plant employs roughly 4,300 people.", False),  # hedges alike
    ("The plant employs about 4,300 people.", "The plant employs nearly 4,300 people.", True),  # around / under
])
def test_which_rewordings_of_a_figure_make_a_finding(a, b, telling):
    result = compare([a, b], labels=["a", "b"])
    assert result.claims.shared, "the figures align"
    assert any(f.kind == "claim_agrees" for f in result.finding_details) is telling


def test_an_article_that_is_not_english_is_flagged_first_in_the_comparison():
    spanish = ("El presidente del Gobierno dijo el martes que el plan es un desastre para la economía. Los críticos "
               "afirmaron que la medida llega tarde y que no resolverá los problemas de vivienda en las ciudades.")
    english = "The minister said on Tuesday that the housing plan was a disaster for the economy, critics said."
    comparison = framing.compare([framing.analyze(spanish, source="Diario"), framing.analyze(english, source="Daily")])
    assert comparison.articles[0].warnings and comparison.articles[1].warnings == []
    first = comparison.finding_details[0]
    assert first.kind == "warning" and first.text.startswith("Diario: ") and "English" in first.text
    assert first.evidence and first.evidence[0].article == "Diario"


def test_a_crowd_figure_told_round_aligns_and_a_vague_one_hides_no_precise_one():
    first = ("Tens of thousands of people marched through Lisbon on Saturday. Organisers said about 60,000 people"
             " took part in the march. Police put the figure at 22,000.")
    second = ("About 22,000 people marched in Lisbon on Saturday, police said, a turnout far below the 60,000"
              " claimed by organisers.")
    claims = compare([first, second]).claims
    pairs = [tuple(c.text for c in s.claims) for s in claims.shared]
    assert ("about 60,000 people", "60,000") in pairs
    told = [c.text for s in claims.shared for c in s.claims] + [c.text for cs in claims.only.values() for c in cs]
    assert "about 60,000 people" in told


def test_a_power_of_ten_alone_still_aligns_with_no_count():
    first = "The fund paid 10,000 families on Monday."
    second = "About 10,000 was paid on Monday, and the mayor spoke."
    pairs = [tuple(c.text for c in s.claims) for s in compare([first, second]).claims.shared]
    assert all("10,000" not in p[1] for p in pairs)


def test_a_headlines_bare_figure_aligned_elsewhere_is_not_told_again_as_the_articles_own():
    first = ("Wildfire forces 12,000 from homes\n\nA wildfire north of Santa Rosa forced about 12,000 people to "
             "flee on Sunday, officials said.")
    second = "Nearly 12,000 residents fled a wildfire near Santa Rosa on Sunday, officials said."
    only = compare([first, second], labels=["a", "b"]).claims.only
    assert [c.text for c in only["a"]] == []


def test_the_same_text_twice_is_said_first_rather_than_left_an_empty_list():
    text = "The council met on Monday. The mayor said the plan was sound."
    comparison = compare([text, "The council met on Tuesday.", text], labels=["a.txt", "b.txt", "c.txt"])
    first = comparison.finding_details[0]
    assert first.kind == "same_text"
    assert first.text == "a.txt and c.txt are the same text: nothing between them can differ"
    assert [(e.article, e.start, e.end) for e in first.evidence] == [("a.txt", 0, 26), ("c.txt", 0, 26)]
    assert not any(f.kind == "same_text" for f in compare([text, "The council met on Tuesday."]).finding_details)
def test_a_body_given_only_as_a_description_is_one_voice_across_articles():
    first = "Crews pulled 31 people from rooftops overnight, according to the fire service."
    second = "Thirty-one people were rescued from rooftops, the fire service said on Monday."
    voices = [v for v in compare([first, second], labels=["a", "b"]).sources.voices if v.anonymous]
    assert [(v.name, sorted(v.articles)) for v in voices] == [("the fire service", ["a", "b"])]
    # a person's role is not: "the official" may be someone else in each article
    officials = compare(["The levy will pass, the official said.", "The levy will fail, the official said."],
                        labels=["a", "b"]).sources.voices
    assert len([v for v in officials if v.anonymous]) == 2


def test_a_bare_number_with_a_scale_word_aligns_in_digits_or_words():
    union = "The union said more than 3 million struck across the country; the ministry put it at 1.46 million."
    ministry = "The ministry counted 1.46 million strikers, far below the more than three million the union claimed."
    shared = [tuple(c.text for c in s.claims) for s in compare([union, ministry], labels=["u", "m"]).claims.shared]
    assert ("more than 3 million", "more than three million") in shared
    assert ("1.46 million", "1.46 million strikers") in shared
    # a power of ten is what anyone might say: "a million" alone says no figure
    loose = compare(["They said a million came.", "Others said 1 million had come."], labels=["a", "b"])
    assert not loose.claims.shared


def test_a_vague_amount_told_again_with_its_noun_is_one_figure_of_the_article():
    text = ("Hundreds of Thousands Strike Over Wages\n\nHundreds of thousands of nurses struck in Lyon on Saturday"
            " against the hospital closures.")
    other = "Nurses struck in Lyon on Saturday against the hospital closures, the union said."
    only = compare([text, other], labels=["a", "b"]).claims.only
    assert [c.text for c in only["a"]] == ["Hundreds of Thousands"]


def test_a_speakers_name_before_the_cue_is_no_distinctive_phrase():
    praise = ("Mayor Ada Okafor hailed the school levy on Monday. “It is a lifeline for our schools,” Okafor hailed."
              " Teachers hailed the vote. Okafor hailed the council for its courage.")
    plain = "The council passed the school levy on Monday. The mayor said the levy would fund repairs."
    terms = [t.term for t in compare([praise, plain], labels=["a", "b"]).wording.distinctive["a"]]
    assert "hailed" in terms  # the outlet's choice of verb is wording
    assert "okafor hailed" not in terms  # its speaker before it is the attribution formula


def test_a_speaker_cut_to_a_function_word_is_no_voice():
    first = ("BRISTOW — The family of Tomas Rivera, the 29-year-old father of two struck by a Bristow city bus on"
             " Friday, Oct. 2, said Monday that the driver ran a red light and demanded the release of camera footage.")
    voices = compare([first, "The city said the bus driver had been suspended."], labels=["a", "b"]).sources.voices
    assert all(v.name.lower() != "the" for v in voices)


def test_a_full_date_with_an_aligned_weekday_is_not_the_articles_own_figure():
    first = "Rivera was struck by a bus on Friday, Oct. 2, and a vigil was held on Friday night."
    second = "A bus struck Rivera early Friday, the city said."
    claims = compare([first, second], labels=["a", "b"]).claims
    assert [c.text for c in claims.only["a"]] == []
    assert [sorted(c.text for c in s.claims) for s in claims.shared] == [["Friday", "early Friday"]]


def test_an_unnamed_voice_is_shown_as_written_not_by_its_relative_clause():
    first = "The company, which employs about 3,100 people, reported a 12% fall in revenue on Tuesday."
    second = "The company reported a 12% drop in revenue on Tuesday and said it would cut costs."
    voices = compare([first, second], labels=["a", "b"]).sources.voices
    assert [(v.name, sorted(v.articles)) for v in voices] == [("the company", ["a", "b"])]


def test_a_neutral_article_is_never_said_to_read_more_positive():
    plain = "The council met on Monday. It voted on the budget. The meeting lasted two hours."
    grim = ("A horrific fire destroyed a warehouse in a deadly disaster. Terrified workers fled the burning ruins. "
            "The tragedy left families devastated.")
    result = compare([plain, grim], labels=["plain", "grim"])
    assert abs(result.articles[0].tone.compound) < 0.05
    tone = [f.text for f in result.finding_details if f.kind == "tone"]
    assert tone and tone[0].startswith("grim reads more negative")


def test_a_rate_move_in_basis_points_and_in_a_share_of_a_point_is_one_figure():
    first = "The bank cut its rate by a quarter point on Wednesday, after a half-point cut in September."
    second = "The bank cut its rate by 25 basis points on Wednesday, after a 50-basis-point cut in September."
    third = "The bank lowered its policy rate by 0.25 percentage point on Wednesday."
    claims = compare([first, second, third], labels=["a", "b", "c"]).claims
    texts = [sorted(c.text for c in s.claims) for s in claims.shared]
    assert ["0.25 percentage point", "25 basis points", "a quarter point"] in texts
    assert ["50-basis-point", "a half-point"] in texts
    assert claims.only == {"a": [], "b": [], "c": []}


def test_the_number_of_a_name_is_no_figure_of_the_story():
    first = "The S&P 500 rose 0.8 percent, and the FTSE 100 gained 1.2 percent. A Boeing 737 was grounded."
    second = "Stocks rose 0.8% in New York as the S&P 500 climbed."
    claims = compare([first, second], labels=["a", "b"]).claims
    assert [sorted(c.text for c in s.claims) for s in claims.shared] == [["0.8 percent", "0.8%"]]
    assert [c.text for c in claims.only["a"]] == ["1.2 percent"]  # (the claims stage reads no figure in a name)


def test_the_government_unnamed_is_one_voice_and_a_date_told_again_is_one_row():
    first = ("Thousands marched on Saturday. The government says the reform is needed. "
             "More than 200 marches were held across France on Saturday.")
    second = ("Crowds marched on Saturday. The government argues that the reform is the only way. "
              "Unions said two million people marched on Saturday.")
    result = compare([first, second], labels=["a", "b"])
    assert [(v.name, sorted(v.articles)) for v in result.sources.voices if "government" in v.name] == [
        ("the government", ["a", "b"])]
    assert [[c.text for c in s.claims] for s in result.claims.shared].count(["Saturday", "Saturday"]) == 1


def test_a_name_is_no_distinctive_wording():
    first = ("The bank cut rates on Wednesday. Chairman Jerome Powell insisted the move was safe, and economist"
             " Beth Hammack of Goldman said so too. Beth Hammack called the cut a gamble. Critics slammed the"
             " reckless cut. A bakery on Rue de la Paix and another on Rue de la Gare were shut.")
    second = "The bank lowered rates on Wednesday. The chair said the move was prudent. Economists agreed."
    terms = [t.term for t in compare([first, second], labels=["a", "b"]).wording.distinctive["a"]]
    assert not {"beth hammack", "beth", "hammack", "chairman jerome", "de la"} & set(terms)
    assert any("reckless" in t for t in terms)


def test_a_unit_in_two_words_is_no_distinctive_wording():
    first = "The bank cut by 25 basis points. It had cut by 50 basis points before. Critics fumed at the cut."
    second = "The bank cut by a quarter point. It had cut by half a point before."
    terms = [t.term for t in compare([first, second], labels=["a", "b"]).wording.distinctive["a"]]
    assert "basis points" not in terms


def test_a_body_with_its_countrys_abbreviation_is_one_voice():
    first = "The U.S. Federal Reserve signaled on Wednesday that it would slow its cuts."
    second = "The Federal Reserve signaled on Wednesday that it would cut rates more slowly."
    voices = compare([first, second], labels=["a", "b"]).sources.voices
    assert [sorted(v.articles) for v in voices] == [["a", "b"]]


def test_a_place_before_a_bodys_noun_is_not_the_voice():
    first = "Three officers were hurt and a dozen people were held, the Rhône prefecture said on Saturday."
    second = "Police fired tear gas in Lyon on Saturday, and twelve people were arrested, the police said."
    voices = compare([first, second], labels=["a", "b"]).sources.voices
    assert "Rhône" not in [v.name for v in voices]
    assert any(v.name == "the Rhône prefecture" and v.anonymous for v in voices)


def test_a_near_figure_is_no_retelling_of_another():
    first = "The rate range is 4.25% to 4.5%. Unemployment was 4.2% in November."
    second = "Rates now sit between 4.25% and 4.50%. The jobless rate was 4.2 percent in November."
    shared = [sorted(c.text for c in s.claims) for s in compare([first, second], labels=["a", "b"]).claims.shared]
    assert ["4.2 percent", "4.2%"] in shared


def test_arrests_told_as_people_arrested_align_and_the_headlines_bare_number_is_no_figure_of_its_own():
    first = ("Police arrest 12 as thousands march in Lyon\n\nPolice made 12 arrests on Saturday as thousands "
             "marched through Lyon, and 14 officers were hurt.")
    second = "Twelve people were arrested and fourteen police officers injured on Saturday in Lyon."
    claims = compare([first, second], labels=["a", "b"]).claims
    pairs = [tuple(c.text for c in s.claims) for s in claims.shared]
    assert ("12 arrests", "Twelve people") in pairs
    assert ("14 officers", "fourteen police officers") in pairs
    assert [c.text for c in claims.only["a"]] == []  # the headline's "12" is the body's "12 arrests"


def test_a_count_of_one_event_never_aligns_with_a_count_of_another():
    claims = compare(["Twelve people were arrested in Lyon on Saturday.",
                      "Twelve people were injured in Lyon on Saturday."], labels=["a", "b"]).claims
    assert [tuple(c.text for c in s.claims) for s in claims.shared] == [("Saturday", "Saturday")]


def _shared_pairs(first: str, second: str) -> list[tuple[str, ...]]:
    """The texts of the figures two articles share, one tuple a shared figure."""
    return [tuple(c.text for c in s.claims) for s in compare([first, second], labels=["a", "b"]).claims.shared]


@pytest.mark.parametrize(("first", "second", "pair"), [
    # two round figures with no noun, in digits and in words
    ("The quake killed 300 people and injured more than 2,000 in the province.",
     "Over two thousand were hurt and 300 people died when the quake struck the province.",
     ("more than 2,000", "Over two thousand")),
    # millions written as "m" and in words
    ("The ruling affects about 5.4 million women in the state.",
     "The ruling leaves roughly 5.4m women in the state far from a clinic.",
     ("about 5.4 million women", "roughly 5.4m women")),
    # thousands set off by a space and by a comma
    ("Organisers from the CGT union put the crowd at 65,000 marchers on Saturday.",
     "The CGT union claimed 65 000 marchers on Saturday.",
     ("65,000 marchers", "65 000 marchers")),
    # a partitive counts its whole's noun
    ("The ruling would have closed all but 10 of the state's 40 abortion clinics.",
     "Only ten clinics would have remained open in the state.",
     ("10", "ten clinics")),
])
def test_one_figure_written_two_ways_is_shared(first, second, pair):
    assert pair in _shared_pairs(first, second)


def test_a_name_with_a_letter_unicode_does_not_decompose_is_one_person():
    first = "Jarosław Kaczyński conceded defeat. Kaczyński spoke in Warsaw."
    second = "Jaroslaw Kaczynski admitted defeat. Kaczynski spoke in Warsaw."
    rows = [r for r in compare([first, second], labels=["a", "b"]).actors if r.shared]
    assert [sorted(r.articles) for r in rows if r.kind == "person"] == [["a", "b"]]


def test_a_body_spelled_out_in_one_article_is_its_acronym_in_the_other():
    first = "The quake struck at noon, the U.S. Geological Survey said on Saturday."
    second = "The quake struck at noon, according to the USGS, and aid groups sent help."
    voices = [v for v in compare([first, second], labels=["a", "b"]).sources.voices if not v.anonymous]
    assert [(v.name, sorted(v.articles)) for v in voices] == [("U.S. Geological Survey", ["a", "b"])]
    # initials stand only for a name written as an acronym, never for a word or a surname
    assert compare(["The World Health Organization said so.", "Who said so?"], labels=["a", "b"]).sources.shared \
        == []


def test_no_article_alone_brings_in_an_actor_the_other_names_or_the_wire_of_its_dateline():
    first = ("Police arrest 12 in Lyon\n\nLYON (Reuters) - Police said on Saturday that 12 people were held, "
             "Reuters was told by the prefect. Police later freed two.")
    second = "LYON — Twelve people were arrested by police in Lyon on Saturday, the prefect said."
    findings = compare([first, second], labels=["a", "b"]).findings
    assert not [f for f in findings if "brings in" in f], findings


@pytest.mark.parametrize(("text", "dateline"), [
    ("LYON (Reuters) - Twelve people were held.", "LYON (Reuters) - "),
    ("WASHINGTON (AP) — The court ruled.", "WASHINGTON (AP) — "),
    ("KYIV, Nov. 12 (Reuters) - Drones struck.", "KYIV, Nov. 12 (Reuters) - "),
])
def test_a_dateline_with_its_wire_in_brackets_is_found(text, dateline):
    from framing.compare import _datelines
    assert [text[s:e] for s, e in _datelines(text)] == [dateline]


def test_a_voice_quoted_in_its_own_words_in_one_article_and_only_reported_in_another_is_a_finding():
    first = '"We will not back down," Prime Minister Ada Roe said on Saturday about the pension plan.'
    second = "Prime Minister Ada Roe insisted on Saturday that the government would keep the pension plan."
    third = 'Prime Minister Ada Roe said on Saturday the critics were "plain wrong" about the pension plan.'
    details = compare([first, second], labels=["a", "b"]).finding_details
    (found,) = [f for f in details if f.kind == "own_words"]
    assert found.text == "a quotes Ada Roe in their own words; b only reports what they said"
    assert [e.article for e in found.evidence] == ["a", "b"]
    # a phrase of theirs in quotation marks inside a report is their own words too
    assert not [f for f in compare([first, third], labels=["a", "c"]).finding_details if f.kind == "own_words"]
    # one scare-quoted word is no quotation of the speaker
    fourth = 'Prime Minister Ada Roe said on Saturday that the "reform" of the pension plan would go ahead.'
    assert [f.kind for f in compare([first, fourth], labels=["a", "d"]).finding_details].count("own_words") == 1


def test_a_partitive_counts_its_wholes_noun_and_aligns_with_the_count():
    first = "The ruling would have closed all but 10 of the state's 40 abortion clinics."
    second = "Only ten clinics would have remained open in the state."
    pairs = [tuple(c.text for c in s.claims) for s in compare([first, second], labels=["a", "b"]).claims.shared]
    assert ("10", "ten clinics") in pairs


def test_who_is_quoted_counts_each_member_of_a_coordinated_speaker():
    first = "Latvia and Estonia rejected the fishing quota on Monday, saying it would ruin small fleets."
    second = "Estonia said on Monday that the fishing quota would ruin its small fleets."
    result = compare([first, second], labels=["A", "B"])
    voices = {v.name: sorted(v.articles) for v in result.sources.voices if not v.anonymous}
    assert voices["Estonia"] == ["A", "B"]
    assert voices["Latvia"] == ["A"]
    assert result.sources.counts["A"].named == result.sources.counts["A"].quotes == 2


FLOODS_A = ("Floods swept the valley on Sunday. The World Bank estimated that repairs would cost 3 billion dollars. "
            "Residents moved to shelters.")
FLOODS_B = ("Floods swept the valley on Sunday. The World Bank said that repairs would cost 3 billion dollars. "
            "Residents moved to shelters.")


def test_a_verb_of_reckoning_is_no_loaded_cue():
    # "estimated" says how a figure was reached, not that the outlet doubts it ("suggested", "hinted" do)
    result = compare([FLOODS_A, FLOODS_B], labels=["a", "b"])
    assert not [f.text for f in result.finding_details if f.kind == "cue"]
    hinted = compare([FLOODS_A.replace("estimated", "hinted"), FLOODS_B], labels=["a", "b"])
    assert any(f.kind == "cue" and "loaded verbs in a" in f.text for f in hinted.finding_details)


def test_a_political_designation_is_no_judgement_of_the_article():
    # "left-wing partners" names a coalition's members; "far-right" a party family: plain designations
    named = ("The prime minister and his left-wing partners passed the budget on Monday. The far-right opposition "
             "voted against it. Members then discussed roads and schools.")
    flat = ("The prime minister and his coalition partners passed the budget on Monday. The opposition voted "
            "against it. Members then discussed roads and schools.")
    result = compare([named, flat], labels=["named", "flat"])
    assert result.wording.evaluative["named"], "the designations stay in the wording's evaluative list"
    assert all(e.plain for e in result.wording.evaluative["named"])
    assert not [f.text for f in result.finding_details if f.kind == "evaluative"]
    harsh = named.replace("passed", "recklessly rammed through")
    judged = [f.text for f in compare([harsh, flat], labels=["named", "flat"]).finding_details
              if f.kind == "evaluative"]
    assert judged and all("left-wing" not in text and "far-right" not in text for text in judged)


def test_a_voice_quoted_in_its_own_words_is_a_finding_behind_voices_both_articles_quote_alike():
    alike = " ".join(f'"The plan is fair," {v} said on Monday. "It is overdue," {v} added.'
                     for v in ("Ada Roe", "Ben Hale", "Jo Reyes", "Lee Okafor"))
    first = alike + ' "We will fight the plan in court," Sam Park said on Monday.'
    second = alike + " Sam Park said on Monday that the union would fight the plan in court."
    details = compare([first, second], labels=["a", "b"]).finding_details
    assert [f.text for f in details if f.kind == "own_words"] == [
        "a quotes Sam Park in their own words; b only reports what they said"]



def test_a_claim_ref_carries_what_happened_to_the_counted():
    a = "Police said 14 people were arrested after the march. The rally began at noon."
    b = "Officers made 14 arrests on Saturday. Three officers were injured."
    result = compare([a, b], labels=["a", "b"])
    shared = [s for s in result.claims.shared if {c.value for c in s.claims} == {14.0}]
    assert shared and {c.event for c in shared[0].claims} == {"arrest"}
    assert [c.event for c in result.claims.only["b"] if c.value == 3.0] == ["injury"]


@pytest.mark.parametrize(("a", "b", "aligned"), [
    # a precise, large count of people is the same crowd as the same count of a specific human noun
    ("Police said 40,000 demonstrators filled the square.", "Police said 40000 people filled the square.", True),
    ("Organisers said 12,750 persons had registered.", "By noon 12,750 voters had registered.", True),
    # a round, vague count of people is not a count of voters, nor a count of people one of things
    ("About 40,000 people came to the fair.", "About 40,000 voters came to the polls.", False),
    ("Some 40,000 people lost power.", "Some 40,000 homes lost power.", False),
])
def test_a_precise_count_of_people_aligns_with_a_count_of_whom(a, b, aligned):
    result = compare([a, b], labels=["a", "b"])
    found = any(len(s.claims) == 2 for s in result.claims.shared)
    assert found is aligned, [[c.text for c in s.claims] for s in result.claims.shared]


def test_the_telling_index_finds_every_earlier_telling_a_pairwise_check_would():
    from framing.compare import _TellingIndex, _vague_retold, _vaguer
    text = ("About 40,000 homes lost power. 40,000 homes were dark. Nearly 300 kilometers of road closed; a range "
            "of 190 miles. Temperatures hit 104F, or 40C. Hundreds of workers left; hundreds of thousands of "
            "workers marched. Between 5 and 8 percent voted; 6 percent did. Twelve schools closed, 12 schools "
            "in all. A warming of 2 degrees Celsius, 3.6 degrees Fahrenheit. It cost $2 million, about $2.1 "
            "million. On Sunday, Nov. 29, and again Sunday. 1.2 million people, 1,200,000 people.")
    found = segment(text)
    from framing.claims import quantities
    claims = quantities(found)
    index = _TellingIndex()
    for i, c in enumerate(claims):
        expected = {id(e) for e in claims[:i] if (same_claim(c, e) and not _vaguer(e, c)) or _vague_retold(e, c)}
        assert expected <= {id(e) for e in index.candidates(c)}, c.text
        index.add(c)


PLANT_A = ("Harbor Steel cuts 900 jobs at Duluth plant\n\n"
           "Harbor Steel will cut 900 jobs at its Duluth plant, the company said on Monday, blaming cheap imports. "
           "The mill has run at a loss for two years. Union officials said they would fight the closure.")
PLANT_B = ("Harbor Steel to lay off 900 workers\n\n"
           "Harbor Steel plans to eliminate roughly 900 positions in Duluth, the steelmaker said Monday. "
           "Local leaders called the news a blow to the town.")


def test_a_workforce_cut_counted_as_jobs_positions_or_workers_is_one_figure_told_once():
    result = compare([PLANT_A, PLANT_B], labels=["a", "b"])
    # the headline's "900 workers" is the body's "roughly 900 positions" again, and both are a's "900 jobs"
    assert [c.text for c in result.claims.only["b"]] == []
    rows = [[c.text for c in s.claims] for s in result.claims.shared if s.claims[0].value == 900]
    assert len(rows) == 1, rows  # one figure, one row, though each article tells it twice
    assert not any(f.startswith("1 figure only in b") for f in result.findings)
    for s in result.claims.shared:  # the offsets point into each article's text
        for c in s.claims:
            text = PLANT_A if c.article == "a" else PLANT_B
            assert text[c.start:c.end] == c.text


@pytest.mark.parametrize(("a", "b"), [
    ("The airline will cut 1,200 jobs.", "The airline will lay off 1,200 staff."),
    ("The plant will shed 450 positions.", "The plant will lay off 450 employees."),
])
def test_counts_of_jobs_and_of_the_people_who_hold_them_align(a, b):
    result = compare([a, b], labels=["a", "b"])
    assert [[c.text for c in s.claims] for s in result.claims.shared] != []


def test_counts_of_jobs_and_of_things_stay_apart():
    result = compare(["The airline will cut 1,200 jobs.", "The airline will cancel 1,200 flights."], labels=["a", "b"])
    assert result.claims.shared == []


NAMED_BRIEF = ("The city will close the Elm Street bridge for repairs on Monday, Mayor Ann Lee said. "
               "Engineer Raj Patel said cracks had spread along the deck. "
               "Councilwoman Joan Ortiz said drivers should expect delays.")
BODIES_BRIEF = ("The city will close the Elm Street bridge for repairs on Monday, the council said. "
                "The transport department said cracks had spread along the deck. "
                "The drivers' union said its members should expect delays. Mayor Ann Lee said the work was urgent.")
HIDDEN_BRIEF = ("The city will close the Elm Street bridge for repairs on Monday, officials said. "
                "A person familiar with the inspection said cracks had spread along the deck. "
                "Two engineers who asked not to be named said the closure was overdue. "
                "Mayor Ann Lee said the work was urgent.")


def test_a_body_speaking_as_itself_is_no_anonymous_source():
    # "the council said", "the union said" hide no one: the article names fewer people, not its sources
    result = compare([NAMED_BRIEF, BODIES_BRIEF], labels=["named", "bodies"])
    assert not any(f.kind == "sources_named" for f in result.finding_details)
    hidden = compare([NAMED_BRIEF, HIDDEN_BRIEF], labels=["named", "hidden"])
    found = [f for f in hidden.finding_details if f.kind == "sources_named"]
    assert len(found) == 1 and found[0].text.startswith("named names 100% of its sources; hidden only")
    for ev in found[0].evidence:
        assert ev.article == "hidden" and HIDDEN_BRIEF[ev.start:ev.end] == ev.text


@pytest.mark.parametrize(("first", "second"), [
    ("The union says a third of teachers in rural schools work a second job.",
     "The district said about 33 percent of the budget went to buildings."),
    ("Nearly half of the drivers had no licence, the police said.",
     "The company said 50 percent of its revenue came from fares."),
])
def test_shares_of_different_things_are_not_one_figure(first, second):
    assert _shared_pairs(first, second) == []


@pytest.mark.parametrize(("first", "second", "pair"), [
    ("The union says a third of teachers in rural schools work a second job.",
     "About 33 percent of rural teachers hold a second job, the union said.",
     ("a third", "About 33 percent")),
    ("The board said 40% of registered voters turned out.",
     "Turnout was 40 percent of voters, the board said.",
     ("40%", "40 percent")),
    ("Prices rose 4 percent in May.", "Prices climbed 4% in May.",
     ("4 percent", "4%")),
])
def test_shares_of_one_thing_or_of_nothing_named_are_one_figure(first, second, pair):
    assert pair in _shared_pairs(first, second)


def test_a_place_in_the_dateline_is_no_speaker():
    first = ("SALEM, Ore. — Teachers left their classrooms on Monday over pay that teachers say has "
             "fallen behind. \"We are out of patience,\" said Ana Ruiz, a teacher.")
    second = "Teachers in Oregon walked out on Monday, the school board said. Ana Ruiz led the march."
    comparison = compare([first, second], labels=["a", "b"])
    assert "Oregon" not in [v.name for v in comparison.sources.voices]
    assert not [f for f in comparison.findings if "quotes Oregon" in f], comparison.findings


def test_an_actor_tone_finding_points_at_the_story_not_at_the_dateline():
    first = ("RALEIGH, N.C. — North Carolina suffered a bitter, humiliating defeat in court on Thursday. "
             "Critics said North Carolina had wasted money on a cruel and failed law.")
    second = ("North Carolina won praise on Thursday for a fair and popular law. "
              "Supporters said North Carolina had done a wonderful job protecting voters.")
    details = compare([first, second], labels=["a", "b"]).finding_details
    (found,) = [f for f in details if f.kind == "actor_tone"]
    assert [(e.article, e.text) for e in found.evidence] == [("b", "North Carolina"), ("a", "North Carolina")]


@pytest.mark.parametrize(("first", "second", "pair"), [
    ("The strike will last five days, the union said.", "Nurses began a five-day strike on Monday.",
     ("five days", "five-day")),
    ("The trial is expected to take three weeks.", "The three-week trial opens on Monday.",
     ("three weeks", "three-week")),
])
def test_a_figure_in_words_joined_to_its_unit_by_a_hyphen_is_one_figure(first, second, pair):
    assert pair in _shared_pairs(first, second)
