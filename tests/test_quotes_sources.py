"""Attributed quotes: who the source is when its phrase is a plain noun, a possessive or an unnamed group."""

from __future__ import annotations

import pytest

from framing.quotes import attributed_quotes
from framing.segment import segment


def quotes_of(text: str):
    return attributed_quotes(segment(text), mentions=[])


def only(text: str):
    found = quotes_of(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize("text, content, speaker", [
    ("The new contract is what the union described as a sellout of its members.", "as a sellout of its members",
     "the union"),
    ("The ferry fare is what unions denounced as a tax on work.", "as a tax on work", "unions"),
    ("The levy, which the chamber described as a burden, passed in May.", "as a burden", "the chamber"),
])
def test_the_subject_after_an_object_relative_speaks(text, content, speaker):
    q = only(text)
    assert q.text == content
    assert q.speaker.text == speaker


@pytest.mark.parametrize("text, speaker", [
    ("The quota was condemned by the fishermen's union on Monday.", "the fishermen's union"),
    ("The quota was condemned by the growers' union.", "the growers' union"),
    ("The quota was condemned by the farmers’ union.", "the farmers’ union"),
    ("The quota, opposed by the island's ferry union, never passed.", "the island's ferry union"),
])
def test_a_possessive_stays_in_a_passive_agent(text, speaker):
    q = only(text)
    assert q.speaker.text == speaker
    assert q.cue.text in ("condemned", "opposed")


@pytest.mark.parametrize("text, speaker", [
    ("Fishermen said the quota would ruin them.", "Fishermen"),
    ("Islanders say the ferry costs too much.", "Islanders"),
    ("Local dockworkers said the cranes were unsafe.", "Local dockworkers"),
    ("Villagers said the well had run dry.", "Villagers"),
    ("Longshoremen said the port would close.", "Longshoremen"),
])
def test_people_plurals_are_unnamed_groups(text, speaker):
    q = only(text)
    assert q.speaker.text == speaker
    assert q.speaker.name is None
    assert q.speaker.anonymous


@pytest.mark.parametrize("text, speaker", [
    ("Two engineers who asked not to be named said the bridge was unsafe.", "Two engineers"),
    ("Three pilots who asked not to be identified said the jets were grounded.", "Three pilots"),
    ("An engineer who spoke on condition of anonymity said the bridge was unsafe.", "An engineer"),
    ("Two engineers, who asked not to be named, said the bridge was unsafe.", "Two engineers"),
    ("A chemist who requested anonymity said the tests were rushed.", "A chemist"),
    ("The bridge is unsafe, said an engineer who asked not to be identified.", "an engineer"),
    ("The bridge is unsafe, an engineer who declined to be named said.", "an engineer"),
])
def test_a_source_who_asked_not_to_be_named_is_anonymous_whatever_its_noun(text, speaker):
    q = only(text)
    assert q.speaker.text == speaker
    assert q.speaker.anonymous


def test_a_named_source_stays_named_after_an_anonymity_aside():
    q = only("Jane Roe, who asked not to be named, said the bridge was unsafe.")
    assert q.speaker.name == "Jane Roe"
    assert not q.speaker.anonymous


@pytest.mark.parametrize("text, content", [
    ("Harbor Freight plans to cut about 300 jobs, roughly a tenth of its staff, the carrier announced Monday.",
     "Harbor Freight plans to cut about 300 jobs, roughly a tenth of its staff"),
    ("Harbor Freight plans to cut about 300 jobs, a tenth of its staff, the carrier announced, citing fuel costs.",
     "Harbor Freight plans to cut about 300 jobs, a tenth of its staff"),
    ("The mill wants to close in June, after a century of work, the cooperative said on Friday.",
     "The mill wants to close in June, after a century of work"),
])
def test_a_report_ends_before_a_closing_attribution(text, content):
    found = [q for q in quotes_of(text) if q.cue.text != "citing"]
    assert [q.text for q in found] == [content]


def test_a_stance_inside_a_closing_attribution_is_part_of_its_report():
    q = only("The official plans to resign next week, the council said in a letter.")
    assert (q.text, q.speaker.text, q.cue.text) == ("The official plans to resign next week", "the council", "said")
