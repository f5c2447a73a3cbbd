"""Opinion wording of weakness and capitulation, violent metaphors for policy, minority/majority
framings and ironic paraphrase markers, each with the literal sense a guard keeps out."""

from __future__ import annotations

import pytest

from framing.evaluative import evaluative_language
from framing.segment import segment


def found(text: str) -> dict[str, tuple[str, int]]:
    return {f.text: (f.category, f.polarity) for f in evaluative_language(segment(text), quotes=[])}


@pytest.mark.parametrize("text, phrase, category, polarity", [
    # weakness and capitulation
    ("Retreating on the tax was a failure of nerve by the cabinet.", "failure of nerve", "metaphor", -1),
    ("The committee lost its nerve once the lobbyists arrived.", "lost its nerve", "metaphor", -1),
    ("After one bad poll the governor threw in the towel on the reform.", "threw in the towel", "metaphor", -1),
    ("The union folded at the first sign of resistance.", "folded", "metaphor", -1),
    ("The senators buckled within days of the first protest.", "buckled", "metaphor", -1),
    ("The ministers caved the moment the donors complained.", "caved", "judgement", -1),
    ("The weak-kneed response from the party leadership surprised no one.", "weak-kneed response", "judgement", -1),
    ("The leaders waved the white flag on the pension reform.", "white flag", "metaphor", -1),
    ("The cabinet lacked the backbone to defend the plan.", "lacked the backbone", "metaphor", -1),
    # violent metaphors for policy
    ("The new majority took a chainsaw to the arts budget.", "took a chainsaw to", "metaphor", -1),
    ("The new rules would choke off lending to small firms.", "choke off", "metaphor", -1),
    ("The county plans to rip out the tram lines it built last year.", "rip out", "metaphor", -1),
    ("The mayor axed the youth programme without a debate.", "axed", "metaphor", -1),
    ("The bill would hollow out the watchdog's powers.", "hollow out", "metaphor", -1),
    # minority and majority framings
    ("A vocal minority of landlords has blocked the plan for years.", "vocal minority", "loaded-label", -1),
    ("He claims to speak for the silent majority of taxpayers.", "silent majority", "loaded-label", 1),
    # ironic paraphrase markers
    ("Calling the cuts an efficiency drive is a polite way of saying the service is closing.",
     "a polite way of saying", "metaphor", -1),
    ("Local control is often code for keeping the old boundaries.", "code for", "metaphor", -1),
    ("The memo was pure doublespeak from start to finish.", "doublespeak", "metaphor", -1),
    ("The word streamlining is a euphemism for fewer inspections.", "a euphemism for", "metaphor", -1),
    # a policy word the intensifier list knew only before some nouns
    ("The assembly passed a sweeping bill on tenancy.", "sweeping bill", "intensifier", 0),
])
def test_opinion_wording_is_found(text, phrase, category, polarity):
    hits = found(text)
    assert phrase in hits, sorted(hits)
    assert hits[phrase] == (category, polarity)


@pytest.mark.parametrize("text, word", [
    ("She folded the letter and slipped it into the drawer.", "folded"),
    ("The small bakery folded in 2009 after losing its lease.", "folded"),
    ("The roof buckled under the weight of the snow.", "buckled under"),
    ("The cook gutted the fish before grilling it.", "gutted"),
    ("Doctors found an infection in her gut.", "gut"),
    ("Type the address with a slash at the end.", "slash"),
    ("Someone slashed the tyres of four cars overnight.", "slashed"),
    ("Firefighters used an axe to force the door.", "axe"),
    ("The boxer's corner threw in the towel in the fourth round.", "threw in the towel"),
    ("The builders will rip out the old carpet and tiles.", "rip out"),
    ("A majority of members backed the motion and a minority opposed it.", "minority"),
    ("The soldiers raised a white flag and walked out of the fort.", "white flag"),
    ("The lumberjack took an axe to the old oak.", "took an axe to"),
    ("The developers wrote the code for the payment system.", "code for"),
    ("The gang threatened to rip out his eyes.", "rip out"),
    ("The roof of the old mine caved after the storm.", "caved"),
])
def test_literal_senses_are_not_found(text, word):
    assert word not in found(text)
