"""Actors: a kind of body capitalised only as a sentence's first word before a person's title is no actor."""

from __future__ import annotations

import pytest

from framing import analyze


@pytest.mark.parametrize("text, person", [
    ("Union leader Tom Berg slammed the move and threatened a walkout.", "Tom Berg"),
    ("Party chairman Ivo Sand rejected the plan on Monday.", "Ivo Sand"),
])
def test_a_body_noun_before_a_title_and_a_name_is_no_actor(text, person):
    actors = analyze(text).actors
    assert [a.name for a in actors] == [person]


def test_a_union_named_at_the_start_of_a_sentence_stays_an_actor():
    names = [a.name for a in analyze("Unite said the strike would go ahead.").actors]
    assert names == ["Unite"]
