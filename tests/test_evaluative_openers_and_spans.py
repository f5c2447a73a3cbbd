"""Evaluative findings: a "the truth is" booster only before a clause, and a verb's -ing form without its object."""

from __future__ import annotations

import pytest

from framing import analyze


def findings(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.category) for e in analyze(text).evaluative]


@pytest.mark.parametrize("text, phrase", [
    ("The truth is, nobody on the council read the plan.", "The truth is"),
    ("The fact is that the ferry never ran on time.", "The fact is"),
    ("The reality is we cannot afford the bridge.", "The reality is"),
])
def test_a_booster_before_a_clause(text, phrase):
    assert (phrase, "booster") in findings(text)


@pytest.mark.parametrize("text", [
    "By Friday the truth is known to every villager.",
    "At last the truth is out about the ferry contract.",
    "The fact is simple enough to check.",
])
def test_no_booster_before_a_predicate(text):
    assert not [f for f in findings(text) if f[1] == "booster"]


def test_an_ing_form_takes_no_object_noun_into_its_span():
    spans = [text for text, _ in
             findings("The council raised the fares, handing the mayor a win and enraging commuter groups.")]
    assert "enraging" in spans


@pytest.mark.parametrize("text, span", [
    ("The mayor called them liars and disgusting animals.", "disgusting animals"),
    ("He offered nothing but excuses, insulting remarks and threats.", "insulting remarks"),
])
def test_an_ing_adjective_in_a_list_keeps_its_noun(text, span):
    assert span in [text for text, _ in findings(text)]
