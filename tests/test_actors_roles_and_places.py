"""Actors: two-word offices after "the", a parliament seat as a role, a campus after its school, routes and
straits as places with their direction word, a building as a place."""

from __future__ import annotations

import pytest

from framing import analyze


def kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in analyze(text).actors}


def test_chief_before_an_office_noun_keeps_the_whole_office():
    found = kinds("The chief superintendent of the county police retired on Friday.")
    assert "The chief" not in found
    assert found.get("The chief superintendent") == "person"


def test_chief_before_an_ordinary_noun_is_an_adjective():
    assert kinds("The chief reason for the delay was money.") == {}


@pytest.mark.parametrize("text", [
    "Tom Hale, a Labour MP, voted against the budget.",
    "Labour MP Tom Hale voted against the budget.",
])
def test_a_party_and_its_seat_is_no_person(text):
    found = kinds(text)
    assert found.get("Tom Hale") == "person"
    assert found.get("Labour Party") == "organization"
    assert not any("MP" in name for name in found)


def test_a_campus_after_its_school_is_a_place():
    found = kinds("Ann Roe, an economist at the University of Colorado, Boulder, said the cap would fail.")
    assert found.get("Boulder") == "place"
    assert found.get("University of Colorado") == "organization"


def test_a_name_after_a_school_that_goes_on_is_still_a_person():
    found = kinds("A study by the University of Michigan, Tom Hale said, was flawed.")
    assert found.get("Tom Hale") == "person"


@pytest.mark.parametrize("text, place", [
    ("Tankers sailed along the Southern Gas Route last winter.", "Southern Gas Route"),
    ("Ships crossed the Bering Strait in August.", "Bering Strait"),
    ("Trucks queued at the Khyber Pass for days.", "Khyber Pass"),
    ("Icebreakers cleared the Northwest Passage early.", "Northwest Passage"),
])
def test_routes_straits_and_passes_are_places(text, place):
    assert kinds(text).get(place) == "place"


def test_a_building_is_a_place():
    found = kinds("Teachers rallied on the Capitol steps before the vote.")
    assert found.get("Capitol") == "place"
