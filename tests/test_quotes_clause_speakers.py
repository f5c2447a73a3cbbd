"""Speakers found through clause structure: a participle after an adverbial clause, a restrictive "who", a
raising verb's subject, a head noun with its prepositional phrase, coordinated verbs past an apposition."""

from __future__ import annotations

import pytest

from framing import analyze


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker.text if q.speaker else None, q.cue.text) for q in analyze(text).quotes]


@pytest.mark.parametrize("text, speaker, cue", [
    ("Talks between the unions broke down late on Friday after the company's negotiators left the room, "
     "accusing the drivers of bad faith.", "the company's negotiators", "accusing"),
    ("The hearing ended early when the defence team stood up, saying the judge was biased.",
     "the defence team", "saying"),
])
def test_a_participle_after_an_adverbial_clause_is_that_clauses_subjects(text, speaker, cue):
    assert speakers(text) == [(speaker, cue)]


def test_a_participle_after_a_main_clause_keeps_the_main_subject():
    text = "The mayor left the meeting after the vote, saying the count was rigged."
    assert speakers(text) == [("The mayor", "saying")]


@pytest.mark.parametrize("text, speaker", [
    ("The bill drew protests from tenant groups who warned it would drive up prices.", "tenant groups"),
    ("The ruling angered shop owners who say it will ruin trade.", "shop owners"),
    ("The council passed the plan, upsetting local residents who fear it will bring traffic.", "local residents"),
])
def test_a_restrictive_who_is_described_by_its_antecedent(text, speaker):
    (quote,) = analyze(text).quotes
    assert quote.speaker.text == "who"  # (the mention PolNeAR marks)
    assert quote.speaker.descriptor == speaker
    assert quote.speaker.name is None and quote.speaker.anonymous


def test_a_set_off_who_is_described_by_its_noun_phrase_alone():
    (quote,) = analyze("The bill drew protests from tenant groups, who warned it would drive up prices.").quotes
    assert quote.speaker.descriptor == "tenant groups"


@pytest.mark.parametrize("text, speaker", [
    ("The regulator seemed to concur, adding that the rules had been ignored for years.", "The regulator"),
    ("The tribunal appeared to accept the argument, noting that the contract was never signed.", "The tribunal"),
])
def test_a_participle_after_a_plain_subject_and_its_verb_is_that_subjects(text, speaker):
    assert [q.speaker.text for q in analyze(text).quotes if q.speaker] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Republicans in the state Senate, who voted against the measure, described it as a reckless gamble.",
     "Republicans in the state Senate"),
    ("Officials in the provincial Legislature said the budget was balanced.",
     "Officials in the provincial Legislature"),
])
def test_a_head_noun_keeps_its_prepositional_phrase_past_a_modified_name(text, speaker):
    assert [q.speaker.text for q in analyze(text).quotes if q.cue.text != "voted"] == [speaker]


def test_a_number_compound_before_a_cue_word_makes_it_a_noun_of_the_speaker_phrase():
    text = "The 40-page report, prepared by the consultancy Harbor Partners, found that costs had doubled."
    assert speakers(text) == [("The 40-page report", "found")]
    assert speakers("A three-year study found that costs had doubled.") == [("A three-year study", "found")]


def test_coordinated_verbs_share_the_subject_past_its_apposition():
    text = ('The 90-page audit, written by former auditor general Sir Mark Hill, found "serious lapses in '
            'oversight" and said that the ministry had ignored its advice.')
    assert speakers(text) == [("The 90-page audit", "found"), ("The 90-page audit", "said")]


@pytest.mark.parametrize("text", [
    "Economists point out that the levy has never raised as much as promised.",
    "Many teachers point out that class sizes have grown every year.",
])
def test_the_base_form_of_point_out_reports(text):
    (quote,) = analyze(text).quotes
    assert quote.cue.text.startswith("point") and quote.text.startswith("that")


@pytest.mark.parametrize("text", [
    "At one point out of frustration the mayor left the room.",
    "The point of the levy is to raise money for the ferry.",
])
def test_the_noun_point_reports_nothing(text):
    assert analyze(text).quotes == []


@pytest.mark.parametrize("text, content", [
    ("The bridge will reopen in May, engineers said, though no date has been set.",
     "The bridge will reopen in May"),
    ("The ferry will run all winter, the company said, whereas the timetable is still unclear.",
     "The ferry will run all winter"),
    ("The depot will close in June, officials said, even though the union has not agreed.",
     "The depot will close in June"),
])
def test_a_concession_after_a_closing_attribution_is_the_outlets(text, content):
    (quote,) = analyze(text).quotes
    assert quote.text == content


def test_a_clause_resumed_after_a_set_off_attribution_is_still_the_speakers():
    text = "The levy, the mayor said, will be cut next year."
    (quote,) = analyze(text).quotes
    assert quote.text.startswith("The levy") and quote.text.endswith("will be cut next year")


def test_a_focus_adverb_is_no_part_of_the_antecedent():
    (quote,) = analyze("The levy angered even shop owners who say it will ruin trade.").quotes
    assert quote.speaker.descriptor == "shop owners"
