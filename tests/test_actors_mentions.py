"""Actors: detection and merging follow-ups (who is named, of what kind, and which mentions are one)."""

from __future__ import annotations

import pytest

from framing import analyze


def _by_name(text: str) -> dict:
    return {a.name: a for a in analyze(text).actors}


def test_a_capitalised_style_or_nickname_takes_no_pronoun():
    text = ("The cinema is a jewel of Prairie Modern, a modern style of the 1930s, and Tomas Reiber restored it. "
            "He said the lobby took a year.")
    found = _by_name(text)
    assert not found["Prairie Modern"].references
    assert len(found["Tomas Reiber"].references) == 1
    # a full name with a given name, or with a surname used alone, still takes one
    named = _by_name("The cinema was saved by Orla Brennick. She said it cost a fortune.")
    assert len(named["Orla Brennick"].references) == 1
    surname = _by_name("The cinema was saved by Tavish Okonjo. Okonjo paid for it. He said it cost a fortune.")
    assert len(surname["Tavish Okonjo"].references) == 1


def test_a_body_part_noun_goes_to_the_story_company_not_the_last_named():
    text = ("Corvale Air said on Monday that profits fell. Corvale Air will cut routes. Corvale Air blamed fuel. "
            "Analyst Dana Pike of Marrow Capital said the shares were cheap. A person familiar with the board's "
            "plans said the board would meet on Friday.")
    found = _by_name(text)
    assert "the board" in found["Corvale Air"].aliases
    assert "the board" not in found["Marrow Capital"].aliases
    # a board named with its body, and "across the board", refer back to no one
    other = _by_name("Corvale Air cut routes. Corvale Air blamed fuel. Dana Pike, who sits on the board of Marrow "
                     "Capital, said prices rose across the board.")
    assert not any("the board" in a.aliases for a in other.values())


def test_a_one_word_party_before_lower_case_party_is_that_party():
    found = _by_name("The opposition Velmaro party won 40 seats on Sunday, and its leader said the vote was fair.")
    assert "Velmaro" in found and found["Velmaro"].kind == "organization"


def test_a_country_abbreviation_in_a_title_is_no_actor_of_its_own():
    found = _by_name("U.S. District Judge Mara Quell ruled on Friday. Quell said the law was void.")
    assert "Mara Quell" in found
    assert "United States" not in found
    uk = _by_name("U.K. Ambassador Hollis Brand met the minister.")
    assert "Hollis Brand" in uk and "United Kingdom" not in uk


def test_a_title_abbreviation_before_a_name_makes_a_person():
    found = _by_name("Assistant AG Priya Ramadan said the department would appeal. Ramadan declined to say more.")
    assert found["Priya Ramadan"].kind == "person"
    da = _by_name("DA Colm Ferris said charges were likely.")
    assert da["Colm Ferris"].kind == "person"
    state = _by_name("Texas AG Rhea Colby sued the firm.")
    assert state["Rhea Colby"].kind == "person" and state["Texas"].kind == "place"
    # after a firm's name "AG" is its legal form
    firm = _by_name("Lindgart AG CEO Jonas Weber said orders fell.")
    assert firm["Lindgart AG"].kind == "organization" and firm["Jonas Weber"].kind == "person"


def test_a_city_council_is_the_council_not_the_city():
    text = ("The city approved the budget on Monday. Officials said it was fine. Taxes rose. "
            "Roads were repaved. The city council voted to approve it.")
    found = _by_name(text)
    city = [a for a in found.values() if a.name.lower() == "the city"]
    assert city and len(city[0].mentions) == 1


def test_a_hyphenated_surname_joins_its_last_part_and_names_no_country():
    text = ("Randall Jordan-Aparo died in custody in 2010. Aparo was 27. Jordan-Aparo had asked for a doctor.")
    found = _by_name(text)
    assert "Jordan" not in found
    assert "Aparo" not in found and "Jordan-Aparo" not in found
    assert len(found["Randall Jordan-Aparo"].mentions) == 3


def test_the_state_that_holds_a_stake_is_the_government():
    found = _by_name("The state holds a 14 percent stake in the airline, and the state owns its airports.")
    state = [a for a in found.values() if a.name.lower() == "the state"]
    assert state and state[0].kind == "organization"
    place = _by_name("Wildfires swept across the state on Monday.")
    assert all(a.kind == "place" for a in place.values() if a.name.lower() == "the state")


@pytest.mark.parametrize("text, storm", [
    ("Tropical Cyclone Bill hit the coast on Monday. Bill dumped rain on the islands.", "Tropical Cyclone Bill"),
    ("Subtropical Depression Bill formed on Monday. Bill dumped rain on the islands.", "Subtropical Depression Bill"),
    ("Hurricane Bill weakened to Tropical Storm Bill. Bill dumped rain on the islands.", "Tropical Storm Bill"),
    ("Tropical Storm Bill grew into Hurricane Bill. Bill dumped rain on the islands.", "Hurricane Bill"),
])
def test_a_lone_storm_name_that_is_a_word_joins_the_storm_named_last_before_it(text, storm):
    found = _by_name(text)
    assert len(found[storm].mentions) == 2 and not any(name.startswith("Cyclone") for name in found), found


def test_a_named_storm_is_one_event_and_no_person():
    for text, storm, alone in [
        ("Storm Ailsa battered the coast on Thursday. Ailsa brought winds of 90 mph.", "Storm Ailsa", "Ailsa"),
        ("Tropical Storm Dorrit hit Texas on Tuesday. Forecasters said Dorrit would weaken.", "Tropical Storm Dorrit",
         "Dorrit"),
        ("Typhoon Tarek struck the islands. Tarek left thousands homeless.", "Typhoon Tarek", "Tarek"),
    ]:
        found = _by_name(text)
        assert found[storm].kind == "event", (text, found)
        assert alone not in found and len(found[storm].mentions) == 2, (text, found)
    # a storm named by a word the language also has is still found ("bill", a law's word)
    assert _by_name("Tropical Storm Bill hit Texas on Tuesday.")["Tropical Storm Bill"].kind == "event"
    # a weapon named "Storm" stays a thing, a person with the given name "Storm" a person
    assert "Storm Shadow" not in _by_name("Storm Shadow missiles were delivered on Monday.")
    assert _by_name("The actress Storm Reid won the award.")["Storm Reid"].kind == "person"


def test_a_headline_naming_a_storm_is_the_storm():
    text = "Help Harvey Victims\n\nHurricane Harvey flooded Houston last week. Harvey destroyed homes."
    found = _by_name(text)
    assert found["Hurricane Harvey"].kind == "event" and len(found["Hurricane Harvey"].mentions) == 3
    assert all(a.kind != "person" for a in found.values())


def test_a_military_or_government_unit_is_one_body():
    text = ("Officials at the Pacific Fleet said the Seventh Fleet, the 82nd Airborne Division and the "
            "Defense Intelligence Directorate were ready.")
    found = _by_name(text)
    assert found["Pacific Fleet"].kind == "organization"
    assert found["Seventh Fleet"].kind == "organization"
    assert all(a.kind != "person" for a in found.values()), found
    # a particle before the head word makes a surname ("Van Fleet"), no unit
    assert _by_name("Van Fleet said he would stay.")["Van Fleet"].kind == "person"
    command = _by_name("The United States Pacific Command said it would send ships. Pacific commanders agreed.")
    assert all(a.kind != "person" for a in command.values()), command


def test_a_plural_person_noun_or_participle_in_capitals_is_no_person():
    found = _by_name("Volunteers handed out blankets on Sunday. The shelter stayed open.")
    assert "Volunteers" not in found
    said = _by_name("Nurses said the ward was full, and Orla Brennick agreed.")
    assert "Nurses" not in said and said["Orla Brennick"].kind == "person"
    slogan = _by_name("She stood under a Mission Accomplished banner while Tavish Okonjo watched.")
    assert not any("Accomplished" in name for name in slogan) and "Tavish Okonjo" in slogan


def test_a_particle_and_surname_spoken_of_as_it_is_a_firm():
    firm = _by_name("Van Hoorne announced it was closing a plant, and its workers were told on Monday.")
    assert firm["Van Hoorne"].kind == "organization"
    person = _by_name("Van Hoorne said he would run again. Van Hoorne is 54.")
    assert person["Van Hoorne"].kind == "person"
    listed = _by_name("De Beers cut prices on Monday.")
    assert listed["De Beers"].kind == "organization"


def test_the_residents_of_a_two_word_region_are_one_group():
    found = _by_name("West Virginians went to the polls, and Nova Scotians watched the result.")
    assert found["West Virginians"].kind == "group" and found["Nova Scotians"].kind == "group"
    assert "Virginians" not in found and "Scotians" not in found


def test_a_numbered_unit_keeps_its_number():
    found = _by_name("Troops of the 41st Mountain Division crossed the river, and the 12th Precinct closed.")
    assert found["41st Mountain Division"].kind == "organization"
    assert found["12th Precinct"].kind == "organization"
    assert "Mountain Division" not in found and "Precinct" not in found


def test_a_storm_named_like_a_thing_word_joins_its_lone_name():
    found = _by_name("Tropical Storm Bill came ashore on Tuesday. Bill flooded roads near the coast.")
    assert len(found["Tropical Storm Bill"].mentions) == 2
    # with no storm named, the word stays what it was
    assert "Bill" not in _by_name("Bill flooded roads near the coast.")
