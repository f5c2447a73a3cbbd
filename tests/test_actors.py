"""Actors: detection, merging, pronoun and description links, and the tone toward each."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing import actors as A
from framing import analyze
from framing.evaluation import actor_tone
from framing.segment import segment


def _actors(text: str) -> list[A.Actor]:
    return analyze(text).actors


def _by_name(text: str) -> dict[str, A.Actor]:
    return {a.name: a for a in _actors(text)}


@pytest.mark.parametrize("text, name, kind", [
    ("President Joe Biden signed the order on Monday.", "Joe Biden", "person"),
    ("Ukrainian President Volodymyr Zelensky thanked his allies.", "Volodymyr Zelensky", "person"),
    ("The deal was struck before President-elect Donald J. Trump took office.", "Donald J. Trump", "person"),
    ("Sen. Elizabeth Warren criticised the plan.", "Elizabeth Warren", "person"),
    ("The report was written by the Atlantic Council in the spring.", "Atlantic Council", "organization"),
    ("Critics said the Biden administration waited too long.", "Biden administration", "organization"),
    ("Moscow rejected the offer within hours.", "Russia", "place"),
    ("The talks in Kyiv ended without a deal.", "Kyiv", "place"),  # a capital as a setting is the city
    ("Officials in Washington were cautious about it.", "United States", "place"),
    ("Thousands of North Korean troops arrived at the front.", "North Korean troops", "group"),
    ("Some U.S. officials fear retaliation.", "U.S. officials", "group"),
    ("Officials said NATO would meet again next week.", "NATO", "organization"),
    ("The Federal Bureau of Investigation opened a case.", "FBI", "organization"),
    ("Kowalczyk wrote that the vote had been rigged.", "Kowalczyk", "person"),
    ("The supporters of pro-Harris groups rallied at noon.", "Harris", "person"),
    # names with "and" in them: a body's listed remit, and the agencies the gazetteer lists
    ("A spokesman for the Department of Labour and Skills declined to comment.", "Department of Labour and Skills",
     "organization"),
    ("The Office of Tourism, Culture and Heritage opened a museum.", "Office of Tourism, Culture and Heritage",
     "organization"),
    ("The Food and Drug Administration approved the drug.", "FDA", "organization"),
    ("Staff at the Centers for Disease Control and Prevention met on Friday.", "CDC", "organization"),
    # a one-word name the text only ever writes after "the" is a body or outlet, in the plural a group
    ("Speaking to the Courier on Friday, Dana Mills said the Courier had it wrong.", "Courier", "organization"),
    ("The Ramblers said they would sue.", "Ramblers", "group"),
    ("Will Pryce starred in the film, and Pryce said it was fun.", "Will Pryce", "person"),
    # a one-word town after "the port of" or "the harbour of" is a place, with or without diacritics
    ("Ferries left the old port of Saïda at dawn.", "Saïda", "place"),
    ("Boats crowded the harbour of Vardø all week.", "Vardø", "place"),
    ("The mayor of Göteborg said the trams would run.", "Göteborg", "place"),
    ("Residents of Dunmore said the water was cut.", "Dunmore", "place"),
    ("Middle Eastern diplomats met in Cairo.", "Middle Eastern diplomats", "group"),
    # a noun between the nationality and the group's noun: the group still, not the country
    ("Norwegian fishing companies say the quota is too low.", "Norwegian fishing companies", "group"),
    ("Indian state media reported the launch.", "Indian state media", "group"),
    # a body's noun right before a name says what the name is
    ("The charity Open Hands Trust said it would help.", "Open Hands Trust", "organization"),
    ("Parents, including the campaign group Fair Fares, called it a disgrace.", "Fair Fares", "organization"),
    ("The union Unite Here said its members would strike.", "Unite Here", "organization"),
    ("Backers of the plan, including the advocacy group Safe Streets Now, cheered.", "Safe Streets Now",
     "organization"),
    ("The group Mothers Against Potholes held a rally on Monday.", "Mothers Against Potholes", "organization"),
])
def test_detects_actor(text, name, kind):
    found = _by_name(text)
    assert name in found, [a.name for a in found.values()]
    assert found[name].kind == kind


@pytest.mark.parametrize("text, not_actor", [
    ("Read more about the decision on Sunday.", "Read"),
    ("The decision came on Sunday, November 17, after a long debate.", "Sunday"),
    ("Rising Stakes in the Region\nThe council met again to discuss the plan at length.", "Rising Stakes"),
    ("Critics argue the move was late.", "Critics"),
    ("Internationally, the move was welcomed by most governments.", "Internationally"),
    ("The Army Tactical Missile Systems can reach far targets.", "Army Tactical Missile Systems"),
    ("Subscribers only: what the troops mean for the front.", "Subscribers"),
    ("A spokesman for the Department of Labour and Skills declined to comment.", "Skills"),
    ("Will Pryce attend the gala? Nobody knows.", "Will Pryce"),
    # an emoji or other pictograph before a sentence's first word leaves its capital saying nothing
    ("The lanterns went up at nine. 🏮 Families stayed until midnight.", "Families"),
    ("Rain fell all day. 👨‍👩‍👧 Families sheltered under the bridge.", "Families"),
    ("Norwegian fishing companies say the quota is too low.", "Norway"),
    # the noun before a body's name is no second actor
    ("The charity Open Hands Trust said it would help.", "The charity"),
    ("The union Unite Here said its members would strike.", "The union"),
    # an adverb capitalised after a colon or a transcript's label
    ("The mayor gave one answer: Eventually, the port will reopen.", "Eventually"),
    ("Q: When will it reopen?\n\nA: Apparently, nobody knows.\n\nQ: Why?\n\nA: Money.", "Apparently"),
])
def test_ordinary_capitals_are_not_actors(text, not_actor):
    names = {a.name for a in _actors(text)} | {alias for a in _actors(text) for alias in a.aliases}
    assert not_actor not in names


@pytest.mark.parametrize("text, name, affiliation", [
    ("The vote split Labour MPs on Monday.", "Labour MPs", "Labour Party"),
    ("British MPs voted on Monday.", "British MPs", "United Kingdom"),
    ("The plan angered Tory MPs.", "Tory MPs", None),
])
def test_a_parliaments_members_after_a_party_or_country_are_a_group(text, name, affiliation):
    actor = _by_name(text)[name]
    assert (actor.kind, actor.affiliation) == ("group", affiliation)
    assert not _by_name("MPs voted on Monday. The bill passed after MPs voted.")


@pytest.mark.parametrize("text, name, kind", [
    ("Dow Chemical said profits fell.", "Dow Chemical", "organization"),
    ("Delta Air Lines canceled 300 flights.", "Delta Air Lines", "organization"),
    ("The Seventh Circuit ruled against the city.", "Seventh Circuit", "organization"),
    ("Jim Steel said he would run.", "Jim Steel", "person"),
    ("Sarah Lines said she was tired.", "Sarah Lines", "person"),
    ("Breitbart Texas reported the arrest.", "Breitbart Texas", "organization"),
])
def test_a_companys_or_courts_head_word_after_a_name_makes_a_body(text, name, kind):
    assert _names_kinds(text)[name] == kind


@pytest.mark.parametrize("text", ["Health officials said the outbreak was over.", "Chemical weapons were used."])
def test_a_body_head_word_alone_opening_a_sentence_is_no_body(text):
    assert "organization" not in _names_kinds(text).values()


@pytest.mark.parametrize("text, absent", [
    ("Union leaders said the plant would close.", "Union"),
    ("Bank executives said the rules were too strict.", "Bank"),
    ("Court documents show the payments.", "Court"),
])
def test_a_kind_of_body_opening_a_sentence_before_a_plural_is_no_body(text, absent):
    assert absent not in _names_kinds(text)


@pytest.mark.parametrize("text, name", [
    ("Army officers refused to comment.", "Army"),
    ("Senate leaders met on Monday.", "Senate"),
    ("Union says it will strike.", "Union"),
])
def test_a_one_of_a_kind_body_or_a_speaking_one_is_still_a_body(text, name):
    assert _names_kinds(text)[name] == "organization"


@pytest.mark.parametrize("text, name, alias", [
    ("Corvane said it would recall 9,000 of its vans. The Japanese automaker said the brakes could fail.", "Corvane",
     "The Japanese automaker"),
    ("Tarvik Bank cut 200 jobs. The Dutch bank said profits fell.", "Tarvik Bank", "The Dutch bank"),
])
def test_a_demonym_and_a_body_noun_describe_the_body_named_before(text, name, alias):
    by_name = _by_name(text)
    assert alias in by_name[name].aliases
    assert not {"Japan", "Netherlands"} & set(by_name)


@pytest.mark.parametrize("text, place", [
    ("The Chinese government said no.", "Chinese government"),
    ("He spoke to the Dutch newspaper Volkskrant Weekly on Monday.", "Netherlands"),
])
def test_a_countrys_own_body_or_a_named_one_keeps_the_demonym(text, place):
    assert place in _by_name(text)


def test_a_body_in_brackets_is_no_antecedent():
    text = "LONDON (AFP) - The prime minister is set to win the vote before the party's conference in May."
    assert "the party" not in _by_name(text)["Agence France-Presse"].aliases


@pytest.mark.parametrize("text, name, aliases", [
    ("Joe Biden spoke first. Later Biden's aides briefed reporters.", "Joe Biden", {"Biden"}),
    ("Donald J. Trump arrived late. Trump then left early.", "Donald J. Trump", {"Trump"}),
    ("Russia denied it. Russian officials were silent, and Moscow said nothing.", "Russia", {"Moscow"}),
    ("Joe Biden faces the end of his term. The Democrat has only weeks left.", "Joe Biden", {"The Democrat"}),
    ("Mr. Cruz won Iowa. Ted Cruz then went to New Hampshire.", "Ted Cruz", {"Cruz"}),
    ("Senator Mitch McConnell spoke. The Kentucky Republican said no.", "Mitch McConnell", {"Kentucky Republican"}),
    ("Speaker Nancy Pelosi, a California Democrat, praised it.", "Nancy Pelosi", {"California Democrat"}),
    ("Goldman Sachs cut its forecast. The company said demand was weak.", "Goldman Sachs", {"The company"}),
    ("The FBI opened a case. The Federal Bureau of Investigation declined to comment.", "FBI",
     {"Federal Bureau of Investigation"}),
])
def test_merges_aliases(text, name, aliases):
    found = _by_name(text)
    assert name in found, list(found)
    assert aliases <= set(found[name].aliases)


@pytest.mark.parametrize("text, name, pronoun", [
    ("Hillary Clinton blamed the committee for her defeat.", "Hillary Clinton", "her"),
    ("Angela Merkel arrived in Paris. She met the president at noon.", "Angela Merkel", "She"),
])
def test_pronouns_link_to_the_person(text, name, pronoun):
    actor = _by_name(text)[name]
    assert pronoun in [text[r.start:r.end] for r in actor.references]


@pytest.mark.parametrize("text", [
    "President Joe Biden has made a landmark decision. Biden's aides said Moscow was told.",
    "Ukrainian President Volodymyr Zelensky hinted at it: “The rockets will speak for themselves.”",
])
def test_every_mention_slices_back_to_a_name(text):
    for actor in _actors(text):
        for span in actor.mentions:
            surface = text[span.start:span.end]
            assert surface in {actor.name, *actor.aliases}, (surface, actor)


@pytest.mark.parametrize("text, name, sign", [
    ("Critics praised Angela Merkel for her brave and wise leadership.", "Angela Merkel", 1),
    ("Prosecutors say Mark Ellis is a corrupt and dishonest fraud.", "Mark Ellis", -1),
    ("Mark Ellis won the award, while his rival Tom Hale was charged with fraud.", "Mark Ellis", 1),
    ("Mark Ellis won the award, while his rival Tom Hale was charged with fraud.", "Tom Hale", -1),
    ("Anna Berg met Carl Olsen in Oslo on Tuesday.", "Anna Berg", 0),
])
def test_tone_toward_actor(text, name, sign):
    actor = _by_name(text)[name]
    expected = {1: "positive", -1: "negative", 0: "neutral"}[sign]
    assert actor.label == expected, (actor.tone, actor.evidence)
    if sign:
        assert actor.evidence and actor.evidence[0].start <= text.index(name) < actor.evidence[0].end


@pytest.mark.parametrize("text", ["Hello.", "the end", "ALL CAPS HEADLINE ONLY", "He said so. She agreed."])
def test_texts_without_named_actors_do_not_fail(text):
    for actor in _actors(text):
        assert actor.mentions or actor.references


@pytest.mark.parametrize("text, present, absent", [
    ("Rising Stakes in the Kursk Region\nThe talks went on for hours in a cold hall.", set(), {"Rising Stakes"}),
    ("Senator Warren rejects the deal\nElizabeth Warren said the bill was unfair.", {"Elizabeth Warren"}, set()),
    ("Talks with Merkel stall again\nShe met reporters in the afternoon.", {"Merkel"}, set()),
    ("Merkel wins again\n\nAngela Merkel said she was grateful.", {"Angela Merkel"}, set()),
    # a heading's first word is capitalised by position: only the body or the gazetteer vouch for it
    ("Merkel is at the top of her game\nShe met reporters in the afternoon.", set(), {"Merkel"}),
    ("Harvest festival cancelled\n\nThe mayor said the rain was to blame.", set(), {"Harvest"}),
    ("Pension reform approved\n\nThe minister said the vote was close.", set(), {"Pension"}),
    ("Ferry Service Suspended\n\nThe operator said storms made crossings unsafe.", set(), {"Ferry Service"}),
    ("Russia warns of escalation\n\nThe ministry said talks had stalled.", {"Russia"}, set()),
])
def test_headings_keep_only_names_they_can_vouch_for(text, present, absent):
    names = {a.name for a in _actors(text)}
    assert present <= names and not absent & names, names


def test_evidence_points_at_sentences_with_their_vader_score():
    text = "Critics praised Angela Merkel for her brave and wise leadership. She left at noon."
    merkel = _by_name(text)["Angela Merkel"]
    first = merkel.evidence[0]
    assert text[first.start:first.end].startswith("Critics praised")
    assert first.sentence > 0 and first.score > 0


@pytest.mark.parametrize("text, name, role", [
    ("President Joe Biden has made a decision.", "Joe Biden", "subject"),
    ("Critics blamed Joe Biden for the delay.", "Joe Biden", "object"),
    ("Joe Biden's advisers are divided.", "Joe Biden", "possessor"),
    ("The missiles can hit Russian territory.", "Russia", "modifier"),
])
def test_roles(text, name, role):
    assert _by_name(text)[name].roles.get(role, 0) >= 1


@pytest.mark.parametrize("text, judged, judge", [
    ("Anna Berg criticized Tom Hale on Monday.", "Tom Hale", "Anna Berg"),
    ("Tom Hale was harshly criticized by Anna Berg on Monday.", "Tom Hale", "Anna Berg"),
    ("Anna Berg praised Tom Hale.", "Tom Hale", "Anna Berg"),
    ("Anna Berg lambasted Tom Hale on Monday.", "Tom Hale", "Anna Berg"),
    ("Anna Berg credited Tom Hale with the deal.", "Tom Hale", "Anna Berg"),
    ("Anna Berg welcomed Tom Hale to the cabinet.", "Tom Hale", "Anna Berg"),
    ("Tom Hale was publicly rebuked on Monday by Anna Berg.", "Tom Hale", "Anna Berg"),
])
def test_a_judging_verb_is_about_its_object(text, judged, judge):
    actors = _by_name(text)
    assert abs(actors[judged].tone) > abs(actors[judge].tone)


def test_actors_sorted_by_prominence():
    text = "Russia attacked. Russia denied it. Russian troops moved. Kyiv protested once."
    actors = _actors(text)
    assert actors[0].name == "Russia"
    counts = [len(a.mentions) for a in actors]
    assert counts == sorted(counts, reverse=True)


def test_quoted_words_count_toward_the_speaker_not_the_outlet():
    quoted = 'Anna Berg said: "Carl Olsen is a liar and a disgrace."'
    plain = "Carl Olsen is a liar and a disgrace."
    olsen_quoted = _by_name(quoted)["Carl Olsen"]
    olsen_plain = _by_name(plain)["Carl Olsen"]
    assert olsen_plain.tone < olsen_quoted.tone <= 0
    if analyze(quoted).quotes:
        assert olsen_quoted.quoted_tone is not None and olsen_quoted.quoted_tone < 0


SEED_ACTORS = {
    "000_67e75afd35c628c0.txt": {"Joe Biden": "person", "Donald J. Trump": "person",
                                 "Volodymyr Zelensky": "person", "Vladimir Putin": "person",
                                 "Russia": "place", "Ukraine": "place", "North Korea": "place"},
    "004_93c004730329e98d.txt": {"Joe Biden": "person", "Donald Trump": "person", "Andrew Michta": "person",
                                 "Russia": "place", "Ukraine": "place", "North Korea": "place"},
}


@pytest.mark.parametrize("seed", sorted(SEED_ACTORS))
def test_seed_actors(seed_texts, seed):
    found = _by_name(seed_texts[seed])
    for name, kind in SEED_ACTORS[seed].items():
        assert name in found, (name, list(found))
        assert found[name].kind == kind
    assert "Biden" in found["Joe Biden"].aliases
    assert {"Russian"} <= set(found["Russia"].aliases)
    assert not {"Sunday", "Read", "Twelve", "Rising Stakes"} & set(found)


def test_belated_seed_links_the_democrat_and_moscow(belated_text):
    found = _by_name(belated_text)
    assert "The Democrat" in found["Joe Biden"].aliases
    assert {"Moscow", "Kyiv"} <= set(found["Russia"].aliases) | set(found["Ukraine"].aliases)


def test_mention_stage_is_cheap_and_tone_free():
    doc = segment("President Joe Biden met Vladimir Putin in Geneva.")
    actors = A.actor_mentions(doc)
    assert {a.name for a in actors} >= {"Joe Biden", "Vladimir Putin"}
    assert all(a.tone == 0.0 for a in actors)


@pytest.mark.parametrize("key", ["allsides_1_2_3", "x", "sentence 42"])
def test_eval_split_is_deterministic(key):
    assert actor_tone.part_of(key) == actor_tone.part_of(key) in {"tune", "report"}


@pytest.mark.parametrize("gold, predicted, expected", [
    (["negative", "neutral", "positive"], ["negative", "neutral", "positive"], 1.0),
    (["negative", "negative"], ["positive", "positive"], 0.0),
])
def test_macro_f1(gold, predicted, expected):
    assert actor_tone.macro_f1(gold, predicted) == pytest.approx(expected)


@pytest.mark.parametrize("folder", ["newsmtsc", "persent"])
def test_eval_runs_on_a_few_examples(eval_root, folder):
    figures = actor_tone.run(eval_root / folder, limit=20)
    assert figures["targets"] > 0
    assert 0.0 <= figures["actor_recall"] <= 1.0
    assert 0.0 <= figures["macro_f1"] <= 1.0


# ---------------------------------------------------------------- the per-document token index (speed only)

_INDEX_TEXTS = [
    "President Joe Biden met Sen. Ted Cruz in Washington. \"It went well,\" he said.\n\nThe İstanbul talks ended.",
    "ΣΟΦΟΣ wrote: the president's aides didn't like it. Trump's allies (R-Texas) cheered, Pelosi's didn't.",
    "Officials said 50,000 troops arrived at 12:30. The U.S. Army's well-known plan was praised.",
]


@pytest.mark.parametrize("text", _INDEX_TEXTS)
def test_token_index_answers_as_the_document_does(text):
    doc = segment(text)
    ix = doc.token_index()
    assert ix is doc.token_index()  # kept for the next stage on the same document
    assert ix.lows == [t.text.lower() for t in doc.tokens]
    for offset in range(len(text) + 1):
        assert ix.first(doc, offset) == doc.token_at(offset)
        if offset:
            assert ix.last(doc, offset) == doc.token_at(offset - 1)
    for k in range(len(doc.tokens)):
        for end in (doc.tokens[k].end, doc.tokens[-1].end, doc.tokens[k].start):
            assert ix.words(k, end) == _walk_words(doc, k, end)


def _walk_words(doc, k: int, end: int) -> int:
    """Word tokens from token k on, walking until one ends after ``end`` (what quotes._words did)."""
    count = 0
    for t in doc.tokens[k:]:
        if t.end > end:
            break
        count += t.is_word
    return count


@pytest.mark.parametrize("pattern", [
    A._DESCRIPTION, A._PRONOUN_CAPITAL, A._PRONOUN_H,
    re.compile(r"\w+\s+\w+"),  # crosses the whitespace between sentences: the stretch is scanned again
    re.compile(r"\s\w+"),  # may start between sentences: scanned again too
])
@pytest.mark.parametrize("text", _INDEX_TEXTS + ["He left. She stayed. They argued\n\nthe president said no."])
def test_body_matches_are_the_sentence_by_sentence_matches(text, pattern):
    doc = segment(text)
    expected = [(m.span(), i) for i, s in doc.body_sentences for m in pattern.finditer(doc.text, s.start, s.end)]
    found = [(m.span(), i) for m, i in A._body_matches(doc, pattern, A._body_stretches(doc))]
    assert found == expected


# The scans as one pattern each, opening with a class: what the literal-first patterns replaced.
_PRONOUN_BY_CLASS = re.compile(r"[HhSsTt](?<!\w[HhSsTt])(?:(?<=[Hh])(?:e|im|is|imself|er|ers|erself)|(?<=[Ss])he|"
                               r"(?<=[Tt])h(?:ey|em|eir|emselves))\b")
_DESCRIPTION_BY_CLASS = re.compile(r"[Tt](?<!\w[Tt])h(?:e|is|at) (?:(?:former|then-|new|incoming|outgoing|current|"
                                   r"embattled|veteran|[Ff]ormer) ?)?([A-Za-z][a-z]+(?:[- ][a-z]+)?)\b")


@pytest.mark.parametrize("text", _INDEX_TEXTS + [
    "He left. She stayed. They argued\n\nthe president said no.",
    "she and he, They them THEY Sthe sthey xhe. Hers herself themselves; his HIS Him himself",
    "he said so. Their view, her view and theirs: Shell, Thems, the Thames, Othello, eh? shehe",
    "That former senator met this Republican nominee, the then-governor and The President.",
])
def test_literal_first_scans_find_what_the_class_first_patterns_find(text):
    """``_pronouns`` (two scans) finds the spans the one pattern finds; ``_DESCRIPTION`` its matches one
    character late."""
    doc = segment(text)
    stretches = A._body_stretches(doc)
    expected = [(m.start(), m.end(), i) for m, i in A._body_matches(doc, _PRONOUN_BY_CLASS, stretches)]
    assert A._pronouns(doc, stretches) == expected
    old = [(m.span(), m.span(1), i) for m, i in A._body_matches(doc, _DESCRIPTION_BY_CLASS, stretches)]
    new = [((m.start() - 1, m.end()), m.span(1), i) for m, i in A._body_matches(doc, A._DESCRIPTION, stretches)]
    assert new == old


@pytest.mark.parametrize("text", _INDEX_TEXTS)
def test_valence_positions_match_the_sentence_text_scan(text):
    """The token-based scan of lexicon words finds what the scan of the lower-cased sentence finds."""
    doc = segment(text)
    ix = doc.token_index()
    plain = ix._replace(low_text=None)  # forces the scan of each sentence's own lower-cased text
    for index in range(len(doc.sentences)):
        args = (doc, index, set(), lambda offset: -1, {}, A.WEIGHTS)
        assert A._sentence_words(*args, ix)[0] == A._sentence_words(*args, plain)[0]


@pytest.mark.parametrize("text", [
    "but, then; after that (whom?) \"however\" yet: since",
    "Abut the butt.but whereas-though\nthat’s said, says Despite unless",
])
def test_clause_bounds_in_place_are_those_of_the_sliced_text(text):
    """Scanning the document's lower-cased text in place finds what scanning each slice of it finds,
    also where a slice starts or ends inside a word."""
    low = text.lower()
    for start in range(len(text)):
        for end in range(start, len(text) + 1):
            expected = [m.start() + start for m in A._BOUNDARY.finditer(low[start:end])]
            assert A._clause_bounds(text, low, start, end) == expected
            assert A._clause_bounds(text, None, start, end) == expected


def _names_kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in A.actor_mentions(segment(text))}


@pytest.mark.parametrize("text, word", [
    ("Traffic moved slowly.", "Traffic"),
    ("Work resumed on Monday.", "Work"),
    ("Snow closed the pass overnight.", "Snow"),
    ("Prices rose again in March.", "Prices"),
    ("Turnout was low across the county.", "Turnout"),
    ("Rents climbed for a third year. Schools stayed shut.", "Schools"),
])
def test_common_sentence_initial_words_are_not_people(text, word):
    assert word not in _names_kinds(text)


@pytest.mark.parametrize("text, name", [
    ("Kowalczyk wrote that the vote had been rigged.", "Kowalczyk"),
    ("Traffic said the plan would not work.", "Traffic"),  # a speech verb: someone called Traffic
    ("Work began early. Critics blamed Work for the delay.", "Work"),  # capitalised mid-sentence too
    ("President Snow signed the decree.", "Snow"),  # a title
])
def test_sentence_initial_names_with_evidence_stay(text, name):
    assert _names_kinds(text).get(name) == "person"


@pytest.mark.parametrize("text, absent", [
    ("London pledged more supplies of Storm Shadow and SCALP missiles to Kyiv.", {"Storm Shadow", "SCALP"}),
    ("The army asked for Iron Dome systems and Patriot launchers.", {"Iron Dome", "Patriot"}),
    ("Regulators approved the Novavax vaccine on Friday.", {"Novavax"}),
    ("Officials said deliveries of Leopard tanks would start soon.", {"Leopard"}),
    ("Teenagers downloaded the Zenly app by the million.", {"Zenly"}),
])
def test_product_names_are_not_actors(text, absent):
    names = _names_kinds(text)
    assert not absent & set(names), names


@pytest.mark.parametrize("text, name, kind", [
    ("Maria Lopez praised the missiles.", "Maria Lopez", "person"),
    ("Zelensky asked for Storm Shadow missiles.", "Zelensky", "person"),
    ("Officials said Wagner fighters had crossed the border.", "Wagner Group", "organization"),
    ("Critics said the Trump system was unfair to Biden.", "Biden", "person"),
])
def test_names_near_product_nouns_stay(text, name, kind):
    assert _names_kinds(text).get(name) == kind


@pytest.mark.parametrize("text, styled", [
    ("\U0001d401\U0001d42b\U0001d41e\U0001d41a\U0001d424\U0001d422\U0001d427\U0001d420: the vote failed.",
     "\U0001d401\U0001d42b\U0001d41e\U0001d41a\U0001d424\U0001d422\U0001d427\U0001d420"),
    ("Tonight \U0001d5e8\U0001d5fd\U0001d5f1\U0001d5ee\U0001d601\U0001d5f2 from the coast.",
     "\U0001d5e8\U0001d5fd\U0001d5f1\U0001d5ee\U0001d601\U0001d5f2"),
    ("\uff2e\uff45\uff57\uff53 in brief: rates held.", "\uff2e\uff45\uff57\uff53"),
])
def test_styled_unicode_letters_are_not_names(text, styled):
    actors = A.actor_mentions(segment(text))
    assert all(styled not in text[m.start:m.end] for a in actors for m in a.mentions)


def test_styled_letters_keep_offsets_for_the_names_after_them():
    text = "\U0001d401\U0001d42b\U0001d41e\U0001d41a\U0001d424: the vote failed, said Maria Lopez."
    lopez = {a.name: a for a in A.actor_mentions(segment(text))}["Maria Lopez"]
    assert [text[m.start:m.end] for m in lopez.mentions] == ["Maria Lopez"]


_CAPITAL_TEXTS = _INDEX_TEXTS + [
    "Bashar al-Assad met el-Sisi and Al-Jazeera staff; O'Brien and McDonald's followed.",
    "The pro-Trump rally in Russia-Ukraine talks: 𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠 news, ＦＵＬＬ text, Ⓐnd É. Ⅷ Kings.",
    "Dr. J. R. R. Tolkien met the Duke of the Isles near Washington, D.C., with Anne-Marie ‐Smith.",
    "Ann’s 3M deal_Now with x’Ray and d'Artagnan, rock'N'roll, «Brussels» and (Paris)/Berlin.",
]


@pytest.mark.parametrize("text", _CAPITAL_TEXTS)
def test_capital_tokens_are_those_the_text_scan_finds(text):
    """One regex match at each capitalised token finds the tokens a ``_CAPITAL`` scan of the text finds."""
    doc = segment(text)
    by_start = doc.token_index().by_start
    starts = [by_start[m.start()] for m in A._CAPITAL.finditer(doc.text) if m.start() in by_start]
    expected = [k for k in starts if A._starts_with_capital(doc.tokens[k].text)]
    assert A._capital_tokens(doc) == expected


@pytest.mark.parametrize("text", _CAPITAL_TEXTS + [
    "Well-known writers met. Known ones stayed; the known-ish and ex-known left, unknown.\n\nKnown Heading\n\n"
    "Rallies rally. Rally’s end came: rallying rally-goers rally'd at the rally.",
    "News: news-wise, the newsroom said news. Met metal met-up. Others' others’ others.",
])
def test_lower_words_answer_as_the_set_of_body_words(text):
    """The occurrence checks of the body's lower-case words (first asks) and its set answer as the scan's
    set would."""
    doc = segment(text)
    stretches = A._body_stretches(doc)
    words = {w for start, end, _ in stretches for w in A._LOWER_WORD.findall(doc.text, start, end)}
    asked = [w.lower() for w in re.findall(r"[\w'’-]+", text)] + ["zzz", "met", "rally", "news", "known"] * 4
    asked += [w[:-1] for w in asked if len(w) > 1] + [w[1:] for w in asked if len(w) > 1]
    lower_words = A._BodyWords(doc.text, stretches, A._LOWER_WORD, after_hyphen_unsure=True)
    assert [w in lower_words for w in asked] == [w in words for w in asked]  # the first few asks, then the set
    assert [w in A._BodyWords(doc.text, stretches, A._LOWER_WORD, after_hyphen_unsure=True)
            for w in asked] == [w in words for w in asked]  # first asks


@pytest.mark.parametrize("text", _CAPITAL_TEXTS + [
    "Biden met Harris. Harris spoke; Smith-Jones, Smith and Jones-Lee left.\n\nHeading With Harris\n\n"
    "Trump said so, Trump’s aide (Ng) and Ng's 5% Ng. Trump. Zed  Zed, Zed:Zed zed Zed-ish.",
    "Al-Assad met el-Sisi. Über Straße, Über. Ann Ann Ann Bea Cy Di Ed Fay Gus Hal Ivy Jo Ken Lu.",
])
def test_mid_names_answer_as_the_set_of_body_names(text):
    """The occurrence checks of the body's mid-sentence names (first asks) and its set answer as the body
    scan's set would."""
    doc = segment(text)
    stretches = A._body_stretches(doc)
    names = {w for start, end, _ in stretches for w in A._MID_NAME.findall(doc.text, start, end)}
    asked = re.findall(r"[\w'’-]+", text) + ["", "Zzz", "Harris", "Smith", "Jones"] * 4
    asked += [w[:-1] for w in asked if len(w) > 1] + [w[1:] for w in asked if len(w) > 1]
    mid_names = A._BodyWords(doc.text, stretches, A._MID_NAME)
    assert [w in mid_names for w in asked] == [w in names for w in asked]  # the first few asks, then the set
    assert [w in A._BodyWords(doc.text, stretches, A._MID_NAME)
            for w in reversed(asked)] == [w in names for w in reversed(asked)]


def test_score_skipping_the_own_actor_equals_mention_score_with_the_others_only():
    """``_score`` reads the sentence's mentions with the mention's own actor's among them, as
    ``mention_score`` reads a list of the other actors' mentions only."""
    rng = random.Random(7)
    for _ in range(300):
        valences = [A.Valence(k, rng.uniform(-3, 3), rng.choice([-1, 0, 1]), rng.randint(0, 3), rng.random() < 0.2,
                              rng.choice([-1, 0, 0, 1]), rng.choice([-1, 0, 0, 1]))
                    for k in sorted(rng.sample(range(40), rng.randint(1, 6)))]
        spans = sorted((a, a + rng.randint(1, 3), rng.randint(0, 4)) for a in rng.sample(range(40), rng.randint(1, 8)))
        a, b, n = rng.choice(spans)
        speaks, person = rng.choice([set(), {0}, {1}]), rng.random() < 0.5
        others = [(x, y) for x, y, m in spans if m != n]
        assert A._score(valences, a, b, 1, spans, n, speaks, A._score_weights(A.WEIGHTS), person) == \
            A.mention_score(valences, (a, b), 1, others, speaks=speaks, person=person)


_PLAIN_BOUNDARY = re.compile(r"[,;:—–()\"“”]|\b(?:b(?:ut|efore|ecause)|w(?:h(?:ile|ereas|ich|en))|"
                             r"a(?:lthough|fter)|t(?:hough|hat)|h(?:owever)|y(?:et)|s(?:ince|aid|ays)|u(?:nless)|"
                             r"d(?:espite))\b")


@pytest.mark.parametrize("text", _CAPITAL_TEXTS + [
    "but the debut, while awhile, said the unsaid; thatcher said that though, yet yeti after rafters",
    "(however) “whom” whomever despite—since sinceré, unless_ unless2 abut because-of “when”",
    "b but w when a after t that h however y yet s said u unless d despite: bút buts",
])
def test_clause_boundaries_are_those_of_the_plain_word_boundary_pattern(text):
    """``_BOUNDARY`` (literal first characters, look-behinds for \\b) finds what the plain \\b form finds."""
    for x in (text, text.lower()):
        assert [m.span() for m in A._BOUNDARY.finditer(x)] == [m.span() for m in _PLAIN_BOUNDARY.finditer(x)]


@pytest.mark.parametrize("text", [
    "President Joe Biden met North Korean troops near the Federal Bureau of Investigation in New York City.",
    "The Hague and The New York Times: U.S. Army officials, Sen. Warren, President-elect Trump, Al-Qaeda.",
    "Former Deputy Prime Minister Li spoke to the United Nations Security Council and the White House.",
])
def test_match_with_table_heads_is_the_match_with_all_first_words(text):
    """Searching a table only from the first words that begin one of its entries finds what searching it
    from every gazetteer first word finds, at every start and end."""
    doc, g = segment(text), A.gazetteer()
    tables = [(g.places, g.place_heads), (g.demonyms, g.demonym_heads),
              (g.organizations, g.organization_heads), (g.titles, g.title_heads)]
    for table, heads in tables:
        assert heads <= g.first_words
        for a in range(len(doc.tokens)):
            for b in range(a, len(doc.tokens) + 1):
                expected = A._match(doc, doc.tokens, a, b, table, g.first_words, g.longest + 1)
                assert A._match(doc, doc.tokens, a, b, table, heads, g.longest + 1) == expected


# ---------------------------------------------------------------- names that are not actors, places that are


@pytest.mark.parametrize("text, word", [
    ("I’m not going anywhere, the mayor told the crowd.", "I’m"),
    ("I’ve said it before and I will say it again.", "I’ve"),
    ("We’re ready, said Maria Lopez.", "We’re"),
    ("They’ll vote in the morning, the clerk said.", "They’ll"),
    ("Look, nobody expected the turnout to be this high.", "Look"),
    ("Editor’s note: this story has been updated.", "Editor"),
    ("The PAC spent heavily, and other PACs followed.", "PAC"),
])
def test_contractions_and_openers_are_not_actors(text, word):
    names = _names_kinds(text)
    assert word not in names and "PACs" not in names, names


@pytest.mark.parametrize("text, name, affiliation", [
    ("The governor flew back to New York on Monday.", "New York", "United States"),
    ("Voters in New Hampshire went to the polls early.", "New Hampshire", "United States"),
    ("Polls in Vermont closed at seven.", "Vermont", "United States"),
    ("South Carolina will vote next.", "South Carolina", "United States"),
    ("The rally drew thousands in Los Angeles, Calif., on Friday.", "California", "United States"),
    ("Crowds gathered in Manhattan and Orlando.", "Manhattan", "United States"),
    ("She won her primary in South Florida.", "South Florida", "United States"),
    ("Leaders from Europe and the Middle East met.", "Middle East", None),
    ("Fighting resumed near Aleppo overnight.", "Aleppo", "Syria"),
])
def test_regional_places_are_places_of_their_own(text, name, affiliation):
    found = {a.name: a for a in A.actor_mentions(segment(text))}
    assert name in found, list(found)
    assert found[name].kind == "place" and found[name].affiliation == affiliation
    assert "United States" not in found  # a state is not merged into its country
    assert not {"York", "Hampshire", "Calif"} & set(found)


@pytest.mark.parametrize("text", [
    "Sen. Maria Lopez (D-Calif.) voted no.",
    "Sen. Maria Lopez (I-Vt.) voted no.",
    "Rep. Tom Hale, R-Texas, voted no.",
    "Rep. Tom Hale (D-NY) voted no.",
])
def test_party_state_tags_are_not_actors(text):
    names = _names_kinds(text)
    assert set(names) == {"Maria Lopez"} or set(names) == {"Tom Hale"}, names


@pytest.mark.parametrize("text, name, kind", [
    ("Virginia Smith testified before the committee.", "Virginia Smith", "person"),  # a first name
    ("The Duke of York arrived late.", "Duke of York", "person"),  # not the city
    ("The ferry to Jersey was cancelled.", "Jersey", "place"),  # the island, not a half of New Jersey
    ("Georgia held its election on Saturday.", "Georgia", "place"),  # state or country: a place either way
    ("Lloyd Austin flew home. Austin said the talks went well.", "Lloyd Austin", "person"),  # a surname, not Texas
    ("Traders on Wall Street sold shares.", "Wall Street", "organization"),  # finance, not a place
    ("Lawmakers on Capitol Hill were divided.", "Capitol Hill", "organization"),  # Congress, not a place
    ("A Texas-based group sued the state.", "Texas", "place"),  # not a person "Texas-based"
    ("The Texas Republican Party met in the spring.", "Texas Republican Party", "organization"),
    ("Attendance at Mass fell.", "Mass", None),  # no period: not Massachusetts
])
def test_place_names_in_their_other_senses(text, name, kind):
    names = _names_kinds(text)
    if kind is None:
        assert "Massachusetts" not in names, names
    else:
        assert names.get(name) == kind, names
    if name == "Lloyd Austin":
        assert "Austin" in {a.name: a for a in A.actor_mentions(segment(text))}[name].aliases


@pytest.mark.parametrize("text, name, others", [
    ("Ohio Gov. John Kasich spoke first. John Kasich then left.", "John Kasich", {"Ohio Gov. John Kasich"}),
    ("New Jersey Gov. Chris Christie arrived. Christie waved.", "Chris Christie", {"Jersey Gov. Chris Christie"}),
    ("Sen. Bernie Sanders of Vermont spoke. Bernie Sanders then left.", "Bernie Sanders",
     {"Bernie Sanders of Vermont"}),
    ("Democrat Hillary Clinton won. Hillary Clinton thanked voters.", "Hillary Clinton", {"Democrat Hillary Clinton"}),
    ("Democrat Clinton won. Hillary Clinton thanked voters.", "Hillary Clinton", {"Democrat Clinton"}),
    ("Republican Sen. Ted Cruz objected. Ted Cruz said no.", "Ted Cruz", {"Republican Sen. Ted Cruz"}),
    ("New York Republican Rep. Tom Hale spoke. Tom Hale left.", "Tom Hale", {"New York Republican Rep. Tom Hale"}),
    ("Texas Republican Anna Berg agreed. Anna Berg left.", "Anna Berg", {"Texas Republican Anna Berg"}),
])
def test_descriptors_before_or_after_a_name_join_the_person(text, name, others):
    found = {a.name: a for a in A.actor_mentions(segment(text))}
    assert name in found and not others & set(found), list(found)
    assert found[name].kind == "person"


@pytest.mark.parametrize("text, name", [
    ("Actress Mara Lindqvist joined the rally on Sunday.", "Mara Lindqvist"),
    ("Billionaire Otto Brandt paid for the ads.", "Otto Brandt"),
    ("It rained. Besides Okafor, nobody came to the meeting.", "Okafor"),
    ("It rained. Certainly Dana Whitcombe knew the rules.", "Dana Whitcombe"),
    ("It rained. Plus Okafor voted against it.", "Okafor"),
    ("English is the language Okafor spoke at home.", "Okafor"),
])
def test_a_role_noun_or_a_sentence_opener_is_not_part_of_the_name(text, name):
    """(Also: "English" is a language here, no one's name.)"""
    names = _names_kinds(text)
    assert names == {name: "person"}, names


@pytest.mark.parametrize("text, present, absent", [
    ("Warren Senior Adviser Nora Quill wrote the memo.", {"Nora Quill": "person"},
     "Warren Senior Adviser Nora Quill"),
    ("Kent County Sheriff Dale Moody denied it.", {"Kent County": "place", "Dale Moody": "person"},
     "Kent County Sheriff Dale Moody"),
    ("Labor Secretary Tom Reyes spoke first.", {"Tom Reyes": "person"}, "Labor"),
])
def test_an_office_inside_a_long_run_names_the_officer(text, present, absent):
    names = _names_kinds(text)
    assert all(names.get(name) == kind for name, kind in present.items()), names
    assert absent not in names


def test_a_place_after_of_becomes_the_affiliation_and_a_body_its_own_actor():
    found = {a.name: a for a in A.actor_mentions(segment(
        "Ted Cruz of Texas spoke. Anna Berg of the Center for Public Policy agreed."))}
    assert found["Ted Cruz"].affiliation == "Texas"
    assert found["Center for Public Policy"].kind == "organization"
    assert "Anna Berg" in found and found["Texas"].kind == "place"  # the state is named as well


@pytest.mark.parametrize("text, name, kind", [
    ("Muslims gathered for prayers.", "Muslims", "group"),
    ("Hispanics make up a third of the county.", "Hispanics", "group"),
    ("The candidate courted Latino voters.", "Latino voters", "group"),
    ("Many Iowans stayed home, and the Texans in the hall booed.", "Iowans", "group"),
    ("A Texan rancher said the fence was too short.", "Texans", "group"),
    ("The museum recalls how the Nazis seized power.", "Nazis", "group"),
    ("Many New Yorkers stayed home that day.", "New Yorkers", "group"),
    ("The rally was held in Little Rock on Friday.", "Little Rock", "place"),
    ("The Ku Klux Klan endorsed nobody.", "Ku Klux Klan", "organization"),
    ("Native Americans protested the pipeline.", "Native Americans", "group"),
    ("The Soviet Union collapsed in 1991.", "Soviet Union", "place"),
    ("The Centers for Disease Control warned on Monday.", "CDC", "organization"),
    ("She told Morning Joe that the race was over.", "Morning Joe", "organization"),
    ("He said on Face the Nation that he would run.", "Face the Nation", "organization"),
    ("Seth Lorrimer spoke. He grew up in Fort Lorrimer, where Lorrimer still lives.", "Fort Lorrimer", "place"),
    ("A group called Correct the Record paid for the ads.", "Correct the Record", "organization"),
    ("The crowd chanted Make America Great Again as he spoke.", "Make America Great Again", "policy"),
    ("Former President George H.W. Bush wrote to the governor. He praised her.", "George H.W. Bush", "person"),
    ("Bill Clinton spoke. The Clintons left early.", "Clintons", "group"),
    ("The Washington Post reported the story first. The Post said the sources were reliable.", "Washington Post",
     "organization"),
])
def test_communities_families_and_short_names(text, name, kind):
    names = _names_kinds(text)
    assert names.get(name) == kind, names
    assert "Post" not in names and "Islam" not in names


@pytest.mark.parametrize("text, absent", [
    ("The Democratic National Convention opened in the evening.", "Democratic National Convention"),
    ("Islam teaches charity, the imam said.", "Islam"),
    ("The State of the Union lasted an hour.", "the Union"),
    ("Officials at the State Department declined to comment.", "the State"),
    ("He served as secretary of State for four years.", "State"),
    ("Nobody expected the result, and Everyone knew it.", "Nobody"),
    ("The Constitution guarantees the right, the judge wrote.", "Constitution"),
    ("A Minor Post-Debate Bump for Anna Berg, the poll found.", "Post"),
    ("A Minor Post-Debate Bump for Anna Berg, the poll found.", "Debate"),
    ("Republican Presidential candidate Tom Hale won the presidential straw poll.", "Republican Presidential"),
    ("Republican Presidential candidate Tom Hale won the presidential straw poll.", "Presidential"),
])
def test_events_religions_and_name_parts_are_not_actors(text, absent):
    names = _names_kinds(text)
    assert absent not in names, names


def test_the_south_is_a_region():
    assert _names_kinds("Two weeks ago his strongest territory had been the South.").get("South") == "place"


def _referents(text: str) -> dict[str, str]:
    """Each pronoun (as "word@offset") and the name of the actor it was linked to."""
    return {f"{text[r.start:r.end]}@{r.start}": a.name for a in _actors(text) for r in a.references}


@pytest.mark.parametrize("text, pronoun, name", [
    # "him" and "his" skip the woman of the nearer sentences for the man before her
    ("Donald Trump spoke in Ohio on Monday. Crowds cheered for an hour. Hillary Clinton answered him hours "
     "later. The former secretary of state called his plan dangerous.", "him", "Donald Trump"),
    ("Donald Trump spoke in Ohio on Monday. Crowds cheered for an hour. Hillary Clinton answered him hours "
     "later. The former secretary of state called his plan dangerous.", "his", "Donald Trump"),
    # "she" after a man and a woman: the woman, though the man is the subject
    ("Robert Hale met Susan Wright in Denver. She said the talks went well.", "She", "Susan Wright"),
    ("Robert Hale praised Susan Wright, and she thanked the crowd.", "she", "Susan Wright"),
    # an honorific decides where no given name is known
    ("Mr. Adebayo met Ms. Okafor on Tuesday. She said the deal was close.", "She", "Okafor"),
    ("Ms. Okafor met Mr. Adebayo on Tuesday. He said the deal was close.", "He", "Adebayo"),
    ("Congresswoman Okafor met Mr. Adebayo on Tuesday. He said the deal was close.", "He", "Adebayo"),
    # unknown genders change nothing: the subject of the previous sentence, as before
    ("Kerry Adams met Robin Vance on Monday. He said the deal was close.", "He", "Kerry Adams"),
    ("Kerry Adams met Robin Vance on Monday. She said the deal was close.", "She", "Kerry Adams"),
    ("Kerry Adams met Susan Wright on Monday. He said the deal was close.", "He", "Kerry Adams"),
    # a surname that is also a given name ("Warren") says nothing of its bearer's gender
    ("Sen. Warren met Mr. Holt on Tuesday. She said the deal was close.", "She", "Warren"),
])
def test_pronouns_agree_in_gender(text, pronoun, name):
    found = {k.split("@")[0]: v for k, v in _referents(text).items()}
    assert found.get(pronoun) == name, _referents(text)


def test_a_pronoun_with_no_one_of_its_gender_near_stays_unnamed():
    text = "Susan Wright arrived in Denver. She said he had called twice."
    found = _referents(text)
    assert found["She@32"] == "Susan Wright"
    assert found["he@41"] == "unnamed person (he)"


@pytest.mark.parametrize("title, gender", [("Mr.", "male"), ("Ms.", "female"), ("Mrs.", "female"),
                                           ("Congresswoman", "female"), ("King", "male"), ("Queen", "female")])
def test_gender_from_a_title(title, gender):
    mention = A._Mention(0, 5, "name:Okafor", "Okafor", "person", 0, title=title)
    assert A._gender(A._Cluster("name:Okafor", "person", [mention]), f"{title} Okafor", A.gazetteer()) == gender


def test_gender_from_a_given_name_and_disagreement_is_unknown():
    g = A.gazetteer()
    def cluster(key, title=""):
        return A._Cluster(key, "person", [A._Mention(0, 5, key, key[5:], "person", 0, title=title)])
    assert A._gender(cluster("name:Elizabeth Warren"), "Elizabeth Warren", g) == "female"
    assert A._gender(cluster("name:Warren"), "Warren", g) is None  # a surname alone
    assert A._gender(cluster("name:Taylor Smith"), "Taylor Smith", g) is None  # a name for both
    assert A._gender(cluster("name:Elizabeth Warren", "Mr."), "Elizabeth Warren", g) is None  # two people merged


@pytest.mark.parametrize("text, surname_at, name", [
    ("Hillary Clinton and Bill Clinton arrived in Iowa on Monday. Hillary Clinton spoke first. "
     "Mr. Clinton waved from the stage.", "Clinton@93", "Bill Clinton"),
    ("Ann Romney and Mitt Romney arrived in Iowa. Mitt Romney spoke. Mitt Romney waved. Mrs. Romney smiled.",
     "Romney@87", "Ann Romney"),
    # a title of unknown given names changes nothing: the most used full name
    ("Kerry Adams and Pat Adams arrived in Iowa. Kerry Adams spoke. Mr. Adams waved.", "Adams@66", "Kerry Adams"),
])
def test_a_gendered_title_picks_the_namesake_of_its_gender(text, surname_at, name):
    found = {f"{text[m.start:m.end]}@{m.start}": a.name for a in _actors(text) for m in a.mentions}
    assert found[surname_at] == name, found


def test_a_title_of_the_other_gender_does_not_join_the_only_full_name():
    text = "Mitt Romney spoke in Iowa on Monday. Mrs. Romney smiled. Romney waved."
    found = {f"{text[m.start:m.end]}@{m.start}": a.name for a in _actors(text) for m in a.mentions}
    assert found["Romney@42"] != "Mitt Romney"
    assert found["Romney@57"] == "Mitt Romney"


def _mention_tone(text: str, surface: str, occurrence: int = 0) -> float:
    """The combined tone toward the mention of ``surface`` (its n-th occurrence) in a one-sentence text."""
    doc, results = actor_tone.analyse(text)
    tones = A.mention_tones(doc, results["mentions"], quotes=results["quotes"], evaluative=results["evaluative"])
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    (tone,) = [t for t in tones if t.start <= start < t.end]
    return tone.combined


@pytest.mark.parametrize("text, victim, doer", [
    ("Officers said Tom Hale shot Carl Olsen outside the bar.", "Carl Olsen", "Tom Hale"),
    ("Carl Olsen was shot by Tom Hale outside the bar.", "Carl Olsen", "Tom Hale"),
])
def test_violence_blames_its_doer_not_its_victim(text, victim, doer):
    assert _mention_tone(text, victim) == 0.0
    assert _mention_tone(text, doer) < 0


@pytest.mark.parametrize("text", ["Tom Hale fatally shot Carl Olsen outside the bar.",
                                  "Carl Olsen was brutally stabbed by Tom Hale.",
                                  "Tom Hale viciously kidnapped Carl Olsen.",
                                  "Carl Olsen was poisoned by Tom Hale.",
                                  "Tom Hale strangled Carl Olsen with a cord."])
def test_a_manner_adverb_of_violence_blames_its_doer_as_the_act_does(text):
    assert _mention_tone(text, "Carl Olsen") == 0.0
    assert _mention_tone(text, "Tom Hale") < -0.05


@pytest.mark.parametrize("text", ["Tom Hale slammed Carl Olsen to the ground after the chase.",
                                  "Carl Olsen was slammed to the ground by Tom Hale.",
                                  "Tom Hale slammed Carl Olsen against the wall."])
def test_force_with_a_goal_of_the_body_blames_its_doer_as_violence_does(text):
    assert _mention_tone(text, "Tom Hale") < _mention_tone(text, "Carl Olsen")
    assert _mention_tone(text, "Carl Olsen") > -0.2


def test_slammed_without_such_a_goal_is_still_criticism_aimed_at_its_object():
    assert _mention_tone("Tom Hale slammed Carl Olsen over the budget.", "Carl Olsen") < 0


def test_the_victim_of_an_assault_its_doer_is_charged_with_is_not_blamed():
    text = "Tom Hale was charged with sexually assaulting Carl Olsen."
    assert _mention_tone(text, "Tom Hale") < -0.05 < _mention_tone(text, "Carl Olsen")


def test_the_other_bad_news_of_a_crime_counts_less_toward_its_victim():
    suffered = _mention_tone("Carl Olsen was shot in a brutal robbery.", "Carl Olsen")
    present = _mention_tone("Carl Olsen was seen in a brutal robbery.", "Carl Olsen")
    assert present < suffered < 0
    assert _mention_tone("Tom Hale shot a guard in a brutal robbery.", "Tom Hale") < present


@pytest.mark.parametrize("text", ["Anna Berg was diagnosed with cancer last year.",
                                  "Anna Berg is back from a knee injury."])
def test_illness_and_injury_befall_a_person_and_judge_no_one(text):
    assert _mention_tone(text, "Anna Berg") == 0.0


@pytest.mark.parametrize("text", ["Anna Berg was among the victims named by the county on Friday.",
                                  "Anna Berg, a victim of the scheme, spoke to the committee."])
def test_being_a_victim_befalls_a_person_and_judges_no_one(text):
    assert _mention_tone(text, "Anna Berg") == 0.0


@pytest.mark.parametrize("text", ["Tom Hale stole the savings of Carl Olsen.", "Tom Hale swindled Carl Olsen.",
                                  "Carl Olsen was smeared by Tom Hale.", "Tom Hale extorted Carl Olsen for years."])
def test_theft_fraud_and_smears_blame_the_doer_not_the_victim(text):
    assert _mention_tone(text, "Tom Hale") < -0.05
    assert _mention_tone(text, "Carl Olsen") == 0.0


@pytest.mark.parametrize("text, name", [
    ("Anna Berg tends to injured birds at her farm.", "Anna Berg"),
    ("Anna Berg visited the wounded soldier in hospital.", "Anna Berg"),
    ("Anna Berg visited the slain reporter Carl Olsen.", "Carl Olsen"),
])
def test_a_violence_participle_describing_its_victim_blames_no_one_named(text, name):
    assert _mention_tone(text, name) == 0.0
    assert _mention_tone("Tom Hale wounded two guards.", "Tom Hale") < -0.05


def test_forms_of_listed_violence_verbs_blame_the_doer():
    assert _mention_tone("Tom Hale was kidnapped by Carl Olsen.", "Carl Olsen") < -0.05
    assert _mention_tone("Tom Hale was kidnapped by Carl Olsen.", "Tom Hale") == 0.0


@pytest.mark.parametrize("text", ["Anna Berg ended the war in the north.",
                                  "Anna Berg vowed to curb corruption in the city."])
def test_ending_or_countering_a_bad_thing_is_a_good_deed(text):
    assert _mention_tone(text, "Anna Berg") > 0.05
    assert _mention_tone("Anna Berg started the war in the north.", "Anna Berg") < -0.05
    assert _mention_tone("Anna Berg fought in the war in the north.", "Anna Berg") < -0.05  # took part in it


def test_a_question_asks_and_counts_less_than_a_statement():
    asked = _mention_tone("Is Anna Berg a corrupt liar?", "Anna Berg")
    said = _mention_tone("Anna Berg is a corrupt liar.", "Anna Berg")
    assert said < asked < 0


def test_a_quote_naming_its_own_speaker_counts_toward_it():
    text = '"Tom Hale is a brilliant and honest leader," Tom Hale said.'
    assert _mention_tone(text, "Tom Hale", 0) > 0.05


@pytest.mark.parametrize("text, victim", [
    ("Tom Hale's murder happened in 1999.", "Tom Hale"),
    ("Officers said Tom Hale shot Carl Olsen outside the bar.", "Carl Olsen"),
])
def test_a_possessor_of_violence_is_its_victim_unless_of_names_one(text, victim):
    assert _mention_tone(text, victim) == 0.0
    assert _mention_tone("Tom Hale's killing of two guards happened in 1999.", "Tom Hale") < -0.05
    assert _mention_tone("Tom Hale's shooting spree ended in 1999.", "Tom Hale") < -0.05


def test_an_actor_s_own_praise_counts_toward_it_but_not_its_complaints():
    assert _mention_tone('Anna Berg said: "We are grateful for the wonderful support."', "Anna Berg") > 0.05
    assert _mention_tone('Anna Berg said: "The plan is a cruel and stupid disaster."', "Anna Berg") == 0.0


@pytest.mark.parametrize("text, sign", [
    ("Workers have no better friend than Anna Berg.", 1),
    ("Anna Berg couldn't be happier with the result.", 1),
    ("Anna Berg could not be more wrong about taxes.", -1),
    ("Anna Berg is not happy with the result.", -1),
    ("Anna Berg is not wrong about taxes.", 1),
    ("The plan of Anna Berg is no better than the last one.", -1),
])
def test_a_negated_comparative_intensifies_where_a_plain_negation_turns(text, sign):
    assert _mention_tone(text, "Anna Berg") * sign > 0.05


def test_a_hypothetical_good_counts_less_than_a_stated_one_but_a_hedged_wrong_does_not():
    stated = _mention_tone("Anna Berg is a fine and honest mayor.", "Anna Berg")
    for text in ("Anna Berg would be a fine and honest mayor.",
                 "If elected, Anna Berg could be a fine and honest mayor."):
        assert 0.05 < _mention_tone(text, "Anna Berg") < stated
    assert _mention_tone("Tom Hale may have lied to the voters.", "Tom Hale") == pytest.approx(
        _mention_tone("Tom Hale has lied to the voters.", "Tom Hale"), abs=0.05)
    # "May" of a name is no modal
    assert _mention_tone("Anna May is a fine and honest mayor.", "Anna May") == pytest.approx(stated)


@pytest.mark.parametrize("text, sign", [
    ("Anna Berg is not only a fine mayor but a kind neighbour.", 1),
    ("There is no doubt that Anna Berg is a fine mayor.", 1),
    ("Voters never doubted Anna Berg.", 0),
    ("Voters questioned Anna Berg's loyalty.", -1),  # a name is one word to a shifter, like "his"
    ("Voters questioned Anna Berg's honesty and her loyalty.", -1),
])
def test_negations_that_add_or_assert_and_shifters_across_a_name(text, sign):
    tone = _mention_tone(text, "Anna Berg")
    assert tone * sign > 0.05 if sign else tone == 0.0


@pytest.mark.parametrize("text, name, sign", [
    ("Anna Berg is more honest than Tom Hale.", "Anna Berg", 1),
    ("Anna Berg is more honest than Tom Hale.", "Tom Hale", -1),  # the standard falls short
    ("Voters rate Anna Berg better than either Tom Hale or his deputy.", "Tom Hale", -1),
    ("The new scandal is even more troubling than the Tom Hale affair.", "Tom Hale", -1),  # that one troubles too
    ("Anna Berg is a worse liar than Tom Hale.", "Tom Hale", 1),
    ("Critics attacked Anna Berg more than Tom Hale.", "Tom Hale", -1),  # an amount of the same thing
    ("Tom Hale is less popular than ever.", "Tom Hale", -1),  # "less" turns a good word
])
def test_the_standard_of_a_comparison_is_compared_the_other_way(text, name, sign):
    assert _mention_tone(text, name) * sign > 0.05


@pytest.mark.parametrize("text", ["Anna Berg has no better", "Tom Hale's murder", "his killing", "Anna Berg could not",
                                  "Anna Berg is the kind", "no"])
def test_texts_cut_after_a_rule_s_first_word_do_not_fail(text):
    assert analyze(text).actors is not None


def test_kind_of_sorts_things_and_judges_no_one():
    assert _mention_tone("Anna Berg asked what kind of deal was on the table.", "Anna Berg") == 0.0
    assert _mention_tone("Anna Berg is a kind and generous neighbour.", "Anna Berg") > 0.05


def test_a_platform_something_was_said_on_is_not_judged():
    text = "Tom Hale posted a vile and hateful attack on Twitter."
    assert _mention_tone(text, "Twitter") == 0.0
    assert _mention_tone("Twitter's vile and hateful rules drew fire.", "Twitter") < 0


@pytest.mark.parametrize("text, name", [
    # who is told something is not judged by it
    ("Tom Hale told Anna Berg that the plan was a corrupt and disgraceful fraud.", "Anna Berg"),
    ("In an interview with Anna Berg, Tom Hale called the plan a corrupt and disgraceful fraud.", "Anna Berg"),
    # nor is a byline or a photo credit
    ("The burned and ruined village after the deadly attack (photo by Tom Hale).", "Tom Hale"),
    ("Image copyright Tom Hale The deadly attack left a ruined and grieving village.", "Tom Hale"),
    # nor who was lied, written or spoken to
    ("Tom Hale admitted lying to the FBI about his corrupt and shameful deals.", "FBI"),
    ("Tom Hale wrote to Anna Berg that the plan was a corrupt and disgraceful fraud.", "Anna Berg"),
])
def test_who_is_told_something_or_credited_is_not_judged(text, name):
    assert _mention_tone(text, name) == 0.0


@pytest.mark.parametrize("text, name", [
    ("Anna Berg has been one of the harshest critics of Mr. Tom Hale.", "Tom Hale"),
    ("A bitter foe of Tom Hale spoke first.", "Tom Hale"),
    ("Loyal supporters of Tom Hale gathered outside.", "Tom Hale"),
    ("A close friend of Tom Hale arrived on Monday.", "Tom Hale"),
    ("Many of Tom Hale's loyal supporters stayed home.", "Tom Hale"),
])
def test_a_relation_noun_says_who_one_party_is_to_the_other_not_how_it_is_judged(text, name):
    assert _mention_tone(text, name) == 0.0
    assert _mention_tone("Tom Hale is a loyal and generous friend.", "Tom Hale") > 0.05


def test_a_victory_over_someone_is_bad_news_for_them():
    assert _mention_tone("Anna Berg won a narrow victory over Tom Hale.", "Tom Hale") < -0.05
    assert _mention_tone("Anna Berg won a narrow victory over Tom Hale.", "Anna Berg") > 0.05


@pytest.mark.parametrize("text", ["Anna Berg never condemned Tom Hale.", "Anna Berg did not praise Tom Hale."])
def test_a_judgement_not_made_judges_no_one(text):
    assert _mention_tone(text, "Tom Hale") == 0.0


def test_far_from_turns_the_word_right_after_it():
    assert _mention_tone("Tom Hale’s record is far from clean.", "Tom Hale") < -0.05
    assert _mention_tone("Tom Hale lives far from the happy town.", "Tom Hale") > 0.05  # a distance, no negation


def test_withdrawn_support_turns_against_its_object():
    assert _mention_tone("The party withdrew its support for Tom Hale.", "Tom Hale") < -0.05
    assert _mention_tone("The party voiced its support for Tom Hale.", "Tom Hale") > 0.05


def test_a_place_where_something_happens_is_not_judged():
    text = "The brutal riots in Ohio shocked Anna Berg."
    assert _mention_tone(text, "Ohio") == 0.0
    assert _mention_tone("Tom Hale spent years in a Wisconsin jail for a brutal assault.", "Wisconsin") == 0.0
    assert _mention_tone("Senator Anna Berg of Ohio is a bitter and corrupt schemer.", "Ohio") == 0.0
    assert _mention_tone("The brutal riots in New York's prisons shocked Anna Berg.", "New York") < 0
    assert _mention_tone("Ohio passed a brutal and unfair law.", "Ohio") < 0
    # ... and so is every place of a list after the preposition
    text = "The brutal riots in Ohio, Iowa and Texas shocked Anna Berg."
    assert _mention_tone(text, "Iowa") == 0.0 and _mention_tone(text, "Texas") == 0.0


@pytest.mark.parametrize("text, name, sign", [
    ("Anna Berg is unfit to lead the party.", "Anna Berg", -1),
    ("Anna Berg was a distinguished and tireless governor.", "Anna Berg", 1),
])
def test_news_judgements_missing_from_vader(text, name, sign):
    assert _mention_tone(text, name) * sign > 0.05


@pytest.mark.parametrize("text", [
    "Anna Berg died on Monday in Oslo.",
    "Anna Berg stressed that the talks would take time.",
    "Anna Berg will fight for the nomination.",
])
def test_news_senses_that_judge_no_one(text):
    assert _mention_tone(text, "Anna Berg") == 0.0


@pytest.mark.parametrize("text", [
    "Anna Berg defeated Tom Hale in the runoff.",
    "Tom Hale was defeated by Anna Berg in the runoff.",
])
def test_a_win_is_good_for_the_winner_and_bad_for_the_loser(text):
    assert _mention_tone(text, "Anna Berg") > 0.05
    assert _mention_tone(text, "Tom Hale") < -0.05


@pytest.mark.parametrize("text", [
    "Anna Berg met Tom Hale, the disgraced former mayor, on Monday.",
    "Tom Hale, a disgraced former mayor, met Anna Berg on Monday.",
    "Tom Hale, who was convicted of fraud, met Anna Berg on Monday.",
])
def test_an_apposition_describes_only_the_mention_it_follows(text):
    assert _mention_tone(text, "Tom Hale") < -0.05
    assert _mention_tone(text, "Anna Berg") == 0.0


def test_an_apposition_after_a_persons_home_place_describes_the_person():
    text = "Gov. Tom Hale of Ohio, a Republican who has refused to endorse the plan, spoke on Monday."
    assert _mention_tone(text, "Tom Hale") < -0.05


def test_an_apposition_after_two_joined_names_describes_both():
    text = "Anna Berg and Tom Hale, the two most admired judges, spoke on Monday."
    assert _mention_tone(text, "Anna Berg") > 0.05 and _mention_tone(text, "Tom Hale") > 0.05


def test_the_subject_after_an_opening_phrase_is_no_apposition():
    # "In Ohio, the Harbor Fund, ...": the fund is the clause's subject, not a description of Ohio
    assert _mention_tone("In Ohio, the Harbor Fund, a new group, is running a brilliant ad.", "Harbor Fund") > 0.05


def test_a_mention_inside_an_apposition_is_reached_by_its_words_only():
    assert _mention_tone("Tom Hale, the aide of the corrupt Anna Berg, spoke on Monday.", "Anna Berg") < -0.05
    text = "Tom Hale, an aide to Anna Berg, was convicted of fraud on Monday."
    assert _mention_tone(text, "Tom Hale") < -0.05
    assert _mention_tone(text, "Anna Berg") == 0.0


@pytest.mark.parametrize("text", [
    "Anna Berg leads Tom Hale by 8 points in the latest survey.",
    "Tom Hale trails Anna Berg by four in the runoff.",
    "Anna Berg is leading Tom Hale, 45 percent to 41 percent.",
])
def test_a_lead_in_a_race_is_good_for_the_one_ahead_and_bad_for_the_one_behind(text):
    assert _mention_tone(text, "Anna Berg") > 0.05
    assert _mention_tone(text, "Tom Hale") < -0.05


@pytest.mark.parametrize("text", [
    "Anna Berg led Tom Hale through the harbour on Monday.",
    "Tom Hale has led the dock workers since 2003.",
])
def test_a_lead_without_a_margin_is_no_standing(text):
    assert _mention_tone(text, "Tom Hale") == 0.0
@pytest.mark.parametrize("text, name, kind", [
    ("Turnout on Super Tuesday was the highest in a decade.", "Super Tuesday", "event"),
    ("The senator vowed to protect Social Security and Medicare for retirees.", "Social Security", "policy"),
    ("The senator vowed to protect Social Security and Medicare for retirees.", "Medicare", "policy"),
    ("Stores opened at dawn on Black Friday to draw shoppers.", "Black Friday", "event"),
    ("Her grandfather fought in World War II as a medic.", "World War II", "event"),
])
def test_programmes_and_events_are_actors_of_their_own_kind(text, name, kind):
    assert _names_kinds(text)[name] == kind


def test_a_programme_merges_with_its_other_names():
    text = "Critics say Obamacare raised premiums. Supporters of the Affordable Care Act disagree."
    actors = {a.name: a for a in A.actor_mentions(segment(text))}
    law = actors["Affordable Care Act"]
    assert law.kind == "policy" and law.aliases == ["Obamacare"] and len(law.mentions) == 2


def test_an_office_after_a_body_is_a_title_not_part_of_the_name():
    text = "Agency Director Maria Ruiz was questioned. FBI Director James Comey said Ruiz had not asked. Comey left."
    actors = {a.name: a for a in A.actor_mentions(segment(text))}
    assert actors["James Comey"].kind == "person" and actors["James Comey"].aliases == ["Comey"]
    assert actors["FBI"].kind == "organization"
    assert not any(name.startswith("FBI Director") for name in actors)


@pytest.mark.parametrize("text, name", [
    ("Former Ohio Gov. Tom Miller spoke in Dayton.", "Tom Miller"),  # "Former" alone is no title
    ("NATO Secretary General Lena Berg met the press.", "Lena Berg"),  # a title of two offices
    ("The motion passed, said Rep. Ann Ortiz Tuesday.", "Ann Ortiz"),  # the weekday is when, not a name
])
def test_titles_and_days_stay_out_of_names(text, name):
    assert _names_kinds(text)[name] == "person"


def test_given_name_before_an_ordinary_noun_is_a_person():
    text = "Kerry Lake met Robin Vance in Ohio. Lake said she was pleased."
    actors = {a.name: a for a in A.actor_mentions(segment(text))}
    assert actors["Kerry Lake"].kind == "person" and actors["Kerry Lake"].aliases == ["Lake"]
    assert actors["Robin Vance"].kind == "person"
    assert "Crater Lake" not in _names_kinds("Tourists flocked to Crater Lake in June.")


@pytest.mark.parametrize("text, word", [
    ("Once the vote ended, the hall emptied.", "Once"),
    ("Others saw the same thing in the debate.", "Others"),
    ("Having fled the city, the couple waited.", "Having"),
    ("Rather, aides say the plan stands.", "Rather"),
])
def test_function_words_opening_a_sentence_are_not_people(text, word):
    assert word not in _names_kinds(text)


def test_one_word_surname_with_a_speech_verb_is_a_person():
    actors = {a.name: a for a in A.actor_mentions(segment("Tusk said he would not resign.")) }
    assert actors["Tusk"].kind == "person" and len(actors["Tusk"].references) == 1


def test_an_office_after_an_unlisted_body_splits_the_run():
    actors = _names_kinds("Widget-Works CEO Dana Pruitt said sales fell. Pruitt blamed the weather.")
    assert actors["Dana Pruitt"] == "person" and actors["Widget-Works"] == "organization"
    assert _names_kinds("Martin Luther King Jr. spoke in the hall.")["Martin Luther King Jr"] == "person"


@pytest.mark.parametrize("text", [
    "He urged Ted Cruz to run for President years ago.",
    "Mr. President, this is a bad deal, Cruz told him.",
])
def test_an_office_alone_names_no_one(text):
    assert "President" not in _names_kinds(text)


@pytest.mark.parametrize("text, name, kind", [
    ("A new Super PAC backed the mayor.", "Super PAC", "organization"),
    ("The Lakeside Sentinel endorsed the mayor.", "Lakeside Sentinel", "organization"),
    ("Voters in the Granite State went to the polls.", "New Hampshire", "place"),
])
def test_bodies_and_places_named_without_a_lexicon_name(text, name, kind):
    assert _names_kinds(text)[name] == kind


def test_an_imperative_before_its_object_is_no_name():
    text = "The clip is short and it will take a minute. Take a listen."
    assert "Take" not in _names_kinds(text)


@pytest.mark.parametrize("text, name, kind", [
    ("She flew from West Palm Beach to Atlantic City.", "West Palm Beach", "place"),
    ("Turnout in Maricopa County rose.", "Maricopa County", "place"),
    ("The Lakewood County Council met.", "Lakewood County Council", "organization"),
    ("Barack Obama left. The Obama White House denied it.", "Obama White House", "organization"),
    ("Ohio GOP leaders met on Monday.", "Ohio GOP", "organization"),
    ("Vicente Fox criticised the plan.", "Vicente Fox", "person"),
    ("Parents at Lincoln Elementary School protested.", "Lincoln Elementary School", "organization"),
])
def test_places_and_bodies_by_their_last_words(text, name, kind):
    assert _names_kinds(text)[name] == kind


def test_a_person_of_a_county_is_named_apart_from_it():
    kinds = _names_kinds("Voter Ann Hale of Burke County agreed.")
    assert kinds["Burke County"] == "place" and "Ann Hale" in " ".join(kinds)


@pytest.mark.parametrize("text", [
    "Republican-leaning voters bought T-shirts.",
    "He made anti-Semitic remarks at the rally.",
    "Presumptive Democratic nominee Jane Roe spoke.",
    "Libertarian voters and Independents agreed.",
])
def test_compounds_and_party_words_name_no_person(text):
    people = [n for n, k in _names_kinds(text).items() if k == "person" and not n.startswith("unnamed")]
    assert people in ([], ["Jane Roe"])


def test_a_party_adjective_is_no_description():
    actors = {a.name: a for a in A.actor_mentions(segment(
        "Eric Moll lost the Republican nomination to Dave Brandt. The Republican nominee thanked voters."))}
    assert actors["Eric Moll"].aliases == ["The Republican nominee"]  # the subject before: not "the Republican"
    assert actors["Dave Brandt"].aliases == [] and len(actors["Eric Moll"].mentions) == 2


def test_a_surname_that_is_also_a_channel_joins_the_titled_person():
    actors = {a.name: a for a in A.actor_mentions(segment(
        "Former President Vicente Fox spoke in Mexico City. Fox said the wall was absurd."))}
    assert actors["Vicente Fox"].aliases == ["Fox"] and "Fox News" not in actors


def test_a_name_heading_a_compound_adjective_is_that_name():
    actors = {a.name: a for a in A.actor_mentions(segment(
        "She faces a Sanders-backed rival. Bernie Sanders campaigned for him. A New York-based group sued."))}
    assert actors["Bernie Sanders"].aliases == ["Sanders"] and actors["New York"].kind == "place"
    assert _names_kinds("Sixty-two percent agreed. High-dollar donors stayed home.") == {}


@pytest.mark.parametrize("text, names, absent", [
    # a comma stripped upstream leaves a wider gap: two people, not one run
    ("Asked about Maria Lopez  Daniel Okafor said he had not spoken to her. Okafor left early.",
     {"Maria Lopez", "Daniel Okafor"}, "Lopez Daniel Okafor"),
    # ordinary words and credits glued before a name the article gives in full
    ("Daniel Okafor won the seat. Courtesy Daniel Okafor campaign photos showed the crowd.",
     {"Daniel Okafor"}, "Courtesy Daniel Okafor"),
    ("Mayor Daniel Okafor spoke first. Critics call him Boss Okafor in private.",
     {"Daniel Okafor"}, "Boss Okafor"),
    ("Maria Lopez Maria Lopez opened the show. Maria Lopez then thanked the crowd.",
     {"Maria Lopez"}, "Maria Lopez Maria Lopez"),
])
def test_glued_runs_are_cut_back_to_the_name(text, names, absent):
    found = _by_name(text)
    assert names <= set(found), list(found)
    assert absent not in found and not any(absent in a.aliases for a in found.values()), list(found)


def test_a_post_of_a_body_is_not_cut_to_a_person():
    found = _by_name("Chief Creative Officer of Acme Disney left. Anna Disney founded it.")
    assert "Anna Disney" in found and len(found["Anna Disney"].mentions) == 1, list(found)


def test_a_word_the_text_writes_in_lower_case_is_cut_from_a_full_name():
    found = _by_name("Fans vote for Anna Kowalski today. Vote Anna Kowalski signs lined the road.")
    assert "Anna Kowalski" in found and len(found["Anna Kowalski"].mentions) == 2, list(found)


@pytest.mark.parametrize("text, name, absent", [
    ("Writer Aaron Sorkin praised the cast on Tuesday.", "Aaron Sorkin", "Writer Aaron Sorkin"),
    ("Lawyer Frank Delgado denied the claim in court.", "Frank Delgado", "Lawyer Frank Delgado"),
])
def test_an_ordinary_word_before_a_given_name_is_not_part_of_the_name(text, name, absent):
    found = _by_name(text)
    assert name in found and absent not in found, list(found)


def test_a_place_run_into_a_full_name_is_both():
    found = _by_name("Asked about the vote in Ohio Maria Lopez said it was close.")
    assert found["Maria Lopez"].kind == "person" and found["Ohio"].kind == "place", list(found)


def test_a_capital_letter_noun_after_a_name_is_not_part_of_it():
    found = _by_name("Somchai Wongsawat spoke in Bangkok. Vendors sold Somchai T-shirts at the rally.")
    assert "Somchai Wongsawat" in found and "Somchai T-shirts" not in found, list(found)


def test_a_headline_word_used_nowhere_else_is_cut_from_a_full_name():
    found = _by_name("Imagine Anna Kowalski as mayor. Anna Kowalski said she would run again.")
    assert "Anna Kowalski" in found and len(found["Anna Kowalski"].mentions) == 2, list(found)
    found = _by_name("Daphne Moreau Vidal wrote the column. Moreau Vidal was praised.")
    assert "Daphne Moreau Vidal" in found, list(found)  # a given name the list lacks stays


def test_hyphenated_vice_president_is_a_title():
    found = _by_name("Ruritania Vice-President Tomas Vell resigned. Vell left the capital.")
    assert "Tomas Vell" in found and found["Tomas Vell"].kind == "person", list(found)


def test_two_spaces_after_an_abbreviation_keep_the_title():
    found = _by_name("Clinton and Sen.  Maria Lopez (Vt.) have said so.")
    assert "Maria Lopez" in found and "Sen" not in found, list(found)


# ---------------------------------------------------------------- fewer false persons, better namesakes


def _persons(text: str) -> set[str]:
    return {a.name for a in A.actor_mentions(segment(text)) if a.kind == "person"}


@pytest.mark.parametrize("text, not_person", [
    # a word the text also writes in lower case: a common noun, capitalised by emphasis or house style
    ("Reformers say Tradition must bend. The council said tradition had already changed.", "Tradition"),
    ("Federal agents raided the depot. A federal judge later froze the accounts.", "Federal"),
    # an ordinary word that only ever opens a sentence, even when another sentence capitalises it
    ("Members of the board met at noon. Most Board Members had left by then.", "Members"),
    # a disease, nouns of worship, a storm
    ("An outbreak of Ebola has spread to the port city, the ministry said.", "Ebola"),
    ("Parishioners went to Mass on Sunday and later to Confession.", "Mass"),
    ("Hurricane Ortega hit the coast on Friday. Ortega left thousands without power.", "Ortega"),
    ("Hurricane Ortega hit the coast on Friday. Ortega left thousands without power.", "Hurricane Ortega"),
    ("The Holy Father blessed the crowd after Holy Communion.", "Holy Father"),
    # a title alone after a determiner, pieces of longer names
    ("Critics wrote that any Pope who did so would err.", "Pope"),
    ("She told Jones & Wick that the Morning Edition team had it: 60 Minutes aired it.", "Minutes"),
    ("Leaders of the Mothers' March met. The Farmers' Voice rally was loud.", "Voice"),
    ("A spokesman for Customs and Border Protection declined to comment.", "Customs"),
    ("Visitors flock to Vegas every spring, the board said.", "Vegas"),
    ("She wrote in a New Yorker essay that the plan failed.", "Yorker"),
    # glued hashtags and handles, link codes, words of a community after a prefix
    ("Posts tagged #GreenRiverFest spread quickly on Sunday.", "GreenRiverFest"),
    ("The clip, at youtu.be/Xy7kLm2Qa, was shared widely.", "Xy7kLm2Qa"),
    ("The group ran an anti-Zionist campaign on campus.", "Zionist"),
    ("He said the Ostrava Republican conference would meet, and the Senate Democratic leader agreed.",
     "Senate Democratic"),
])
def test_common_words_and_pieces_of_names_are_no_persons(text, not_person):
    assert not_person not in _persons(text), _persons(text)


def test_a_given_name_glued_to_a_surname_is_that_person():
    found = _by_name("Users shared #DanielVidic posts. Daniel Vidic said nothing.")
    assert "Daniel Vidic" in found and found["Daniel Vidic"].kind == "person", list(found)
    assert len(found["Daniel Vidic"].mentions) == 2
    assert "MarkoVidic" not in _persons("Users shared #MarkoVidic posts.")  # no listed given name: a brand


def test_glued_brand_names_are_organisations_but_particles_stay_surnames():
    kinds = _names_kinds("Users of PayDesk wrote to RiverNews, said Ana DeLuca and Tom McAllen.")
    assert kinds.get("RiverNews") == "organization" and kinds.get("PayDesk") == "organization", kinds
    assert kinds.get("Ana DeLuca") == "person" and kinds.get("Tom McAllen") == "person", kinds


def test_a_surname_in_lower_case_elsewhere_stays_a_person_when_named_in_full_or_speaking():
    assert "Tom Baker" in _persons("Tom Baker spoke first. Baker said the baker down the road agreed.")
    assert "Baker" in _persons("Baker said the plan was fine. A baker in town disagreed.")


def test_a_description_finds_the_titled_person_beyond_the_window():
    text = ("Gov. Ada Brandt signed the bill on Monday. Her nephew, Karl Brandt, opposed it. "
            "Karl Brandt wrote a letter. He posted it online. Karl Brandt then spoke to reporters. "
            "The governor said she had read it.")
    found = _by_name(text)
    assert any(s.startswith("The governor") or s == "governor" for s in found["Ada Brandt"].aliases) or \
        "The governor" in found["Ada Brandt"].aliases, {n: a.aliases for n, a in found.items()}
    assert "The governor" not in found["Karl Brandt"].aliases


def test_a_lone_surname_goes_to_the_namesake_named_before_it_in_its_sentence():
    text = ("Ada Brandt led the party for years. Ada Brandt won again in May. "
            "Asked about Karl Brandt, Brandt said he was her nephew.")
    found = _by_name(text)
    assert "Brandt" in found["Karl Brandt"].aliases, {n: a.aliases for n, a in found.items()}


@pytest.mark.parametrize("text, not_person", [
    ("The pilgrims sang hymns to Allah before dawn.", "Allah"),
    ("Satan tempts the weak, the pastor told his flock on Sunday.", "Satan"),
    ("You’d hardly know the bridge had been closed for a year.", "You’d"),
    ("He'd already left when the council voted.", "He'd"),
    ("Thousands on the Trump Train cheered the motorcade through Ohio.", "Trump Train"),
    ("They call it the ancestral Homeland of their people.", "Homeland"),
    ("Critics called him a reckless Pope who courted division.", "Pope"),
])
def test_not_persons_of_belief_slogans_and_descriptions(text, not_person):
    assert not_person not in _persons(text)


def test_jesus_stays_a_person():
    assert "Jesus" in _persons("The pastor said Jesus taught his followers to forgive.")


def test_house_party_member_before_a_name_names_the_person():
    assert _persons("House Republican Kevin Marlowe voted against the rule.") == {"Kevin Marlowe"}


def test_father_and_son_with_a_suffix_are_two_people():
    text = ("Robert Vance Jr. founded the firm last year. His father, Robert Vance, was its first client. "
            "Vance said he was proud of his son. Vance Jr. declined to comment.")
    actors = _by_name(text)
    assert {"Robert Vance", "Robert Vance Jr"} <= set(actors)
    surfaces = lambda a: [text[m.start:m.end] for m in a.mentions]  # noqa: E731
    assert surfaces(actors["Robert Vance"]).count("Vance") == 1  # the lone surname: the father
    assert "Vance Jr" in surfaces(actors["Robert Vance Jr"])


def test_a_suffix_alone_still_merges_with_the_surname():
    text = "Thomas L. Harwood Jr. chaired the inquiry. Harwood said it would take months."
    assert _persons(text) == {"Thomas L. Harwood Jr"}


def test_camel_case_handle_of_a_person_named_in_the_text():
    text = "Campaigners cheered Leontyne Marsh at the rally. Supporters posted #LeontyneMarsh all night."
    assert [a.name for a in _actors(text) if a.name.startswith("Leontyne")] == ["Leontyne Marsh"]


@pytest.mark.parametrize("text", [
    "Rep. Dana Whitfield voted no. Whitfield became the ninth House Republican to break with leaders.",
    "California Democrat Dana Whitfield voted no. The bill passed, said California Democrat Whitfield.",
])
def test_party_member_after_a_place_or_house_describes_a_named_person(text):
    assert [a.name for a in _actors(text) if a.kind == "person"] == ["Dana Whitfield"]


def _description_holder(text: str, description: str) -> str:
    return next(a.name for a in _actors(text) if any(text[m.start:m.end] == description for m in a.mentions))


def test_description_in_apposition_after_a_name_is_that_person():
    text = ("Governor Ellen Park toured the port on Monday. She met Tomas Reyes, the embattled president of "
            "the dockworkers' union, who faces a recall vote.")
    assert _description_holder(text, "the embattled president") == "Tomas Reyes"


def test_description_in_apposition_before_a_name_is_that_person():
    text = ("President Alan Ward met Prime Minister Ruth Kane in the capital. The embattled president of "
            "Veloria, Marco Diaz, joined them by video.")
    assert _description_holder(text, "The embattled president") == "Marco Diaz"


def test_description_before_a_speech_verb_is_no_apposition():
    text = "President Alan Ward spoke on Monday. He thanked Marco Diaz, the president said."
    assert _description_holder(text, "the president") == "Alan Ward"


def test_description_that_is_one_item_of_a_list_is_no_apposition():
    text = "President Alan Ward spoke. The president, the vice president, Susan Cole, we all worked on it."
    assert _description_holder(text, "the vice president") != "Susan Cole"


def test_party_word_before_a_race_adjective_describes_no_one():
    text = "Mara Lind wrote to the network about the second Fox Republican presidential debate."
    assert _persons(text) == {"Mara Lind"}


# ---------------------------------------------------------------- detection: towns, outlets, compounds, openers

@pytest.mark.parametrize("text, name, kind", [
    # a name heading a compound adjective is the name without its tail
    ("The Maria Delgado-led coalition won the vote in the end.", "Maria Delgado", "person"),
    ("Critics said the Robert Hale-backed bill went too far.", "Robert Hale", "person"),
    ("A Los Angeles-based charity sent blankets and food.", "Los Angeles", "place"),
    # a town the gazetteer does not list, named before its state or country
    ("The storm flattened barns near Quillby, Nebraska, on Tuesday.", "Quillby", "place"),
    ("The bishop was born in Varnetto, Italy, in 1950.", "Varnetto", "place"),
    # an outlet classed by its noun or its web address, on every mention
    ("The conspiracy site Truthlantern ran the claim. Truthlantern later deleted it.", "Truthlantern",
     "organization"),
    ("The German Morgenblatt newspaper printed the letter.", "Morgenblatt", "organization"),
    ("The story was first told on Glaubenswelt.net last spring.", "Glaubenswelt", "organization"),
    # a one-word name in more place contexts than plain ones is a place
    ("Cases rose in Kembora. Doctors flew from Kembora to the capital.", "Kembora", "place"),
    # "Vatican II" is the council, "the Last Supper" a scriptural event
    ("The reforms of Vatican II changed the liturgy.", "Second Vatican Council", "event"),
    ("The painting of the Last Supper was restored.", "Last Supper", "event"),
])
def test_detects_unlisted_names_by_context(text, name, kind):
    found = _by_name(text)
    assert name in found, [a.name for a in found.values()]
    assert found[name].kind == kind


@pytest.mark.parametrize("text, not_person", [
    ("The Maria Delgado-led coalition won the vote in the end.", "Maria Delgado-led"),
    ("He went to Mass. Afterwards he walked home alone.", "Massachusetts"),
    ("They knelt after Mass. The priest blessed them.", "Massachusetts"),
    ("Believers flocked to the shrine before dawn.", "Believers"),
    ("Protesters blocked the road for an hour.", "Protesters"),
    ("Sickness. Dread. Nobody slept that night.", "Sickness"),
    ("Allegations against the bishop surfaced in May.", "Allegations"),
    ("Victims waited for hours. One victim fainted.", "Victims"),
    ("Beneath the bridge, the water rose quickly.", "Beneath"),
    ("Twice before, the council had refused the plan.", "Twice"),
    ("“The blind lead the blind,” it says (Matthew 15:14).", "Matthew"),
])
def test_capitalised_words_that_are_no_person(text, not_person):
    persons = {a.name for a in _actors(text) if a.kind == "person"}
    assert not_person not in persons, persons


@pytest.mark.parametrize("text, name", [
    ("The rally in Springfield, Mass., drew a large crowd.", "Massachusetts"),
    ("Sessions has recused himself from the inquiry.", "Sessions"),
    ("Waters blasted the bill on Tuesday.", "Waters"),
    ("He met Putin, Russia and China at the summit.", "Putin"),
    ("In Obama's view, the plan works. Obama left early.", "Obama"),
])
def test_names_the_context_rules_leave_alone(text, name):
    found = _by_name(text)
    assert name in found, [a.name for a in found.values()]
    assert found[name].kind == ("place" if name == "Massachusetts" else "person")


@pytest.mark.parametrize("text, state", [
    ("Reps. Jane Doe (Mass.) and Bill Roe (Texas) voted no.", "Massachusetts"),
    ("The law was signed by Wash. Gov. Tom Ardell on Friday.", "Washington State"),
])
def test_state_abbreviation_that_spells_a_word(text, state):
    assert _by_name(text)[state].kind == "place"


@pytest.mark.parametrize("text, not_person", [
    ("The Daily Lantern ran the story first.", "Lantern"),
    ("It betrays the Catholic and Apostolic faith.", "Apostolic"),
    ("He is the most wayward Pope in memory.", "Pope"),
    ("Trying to calm the crowd, the mayor spoke.", "Trying"),
    ("Know your rights. Vote for me.", "Know"),
    ("Hello, my name is Dana.", "Hello"),
])
def test_more_capitalised_words_that_are_no_person(text, not_person):
    persons = {a.name for a in _actors(text) if a.kind == "person"}
    assert not_person not in persons, persons


def test_a_version_number_is_no_chapter_and_verse():
    assert "Hackerman" in _by_name("The files were leaked by Hackerman 2.0 last summer.")


@pytest.mark.parametrize("text", [
    "Anna Berg refused to support the reform.",
    "Anna Berg failed to win the seat.",
])
def test_declining_or_failing_to_do_a_good_thing_is_not_praise(text):
    assert _mention_tone(text, "Anna Berg") < -0.05


@pytest.mark.parametrize("text, victim, doer", [
    ("Tom Hale harassed Carl Olsen for months.", "Carl Olsen", "Tom Hale"),
    ("Carl Olsen was misled by Tom Hale about the money.", "Carl Olsen", "Tom Hale"),
    ("Carl Olsen was victimized by Tom Hale for years.", "Carl Olsen", "Tom Hale"),
])
def test_abuse_and_deceit_blame_their_doer_not_their_victim(text, victim, doer):
    assert _mention_tone(text, victim) == 0.0
    assert _mention_tone(text, doer) < 0


def test_a_judging_noun_points_at_who_follows_it_like_its_verb():
    text = "Anna Berg's criticism of Tom Hale grew sharper this week."
    assert _mention_tone(text, "Tom Hale") < _mention_tone(text, "Anna Berg") < 0


@pytest.mark.parametrize("text", [
    "Anna Berg apologized to the staff on Monday.",
    "Anna Berg joined the race on Monday.",
    "Anna Berg, a libertarian, spoke on Monday.",
])
def test_apologies_labels_and_joining_are_not_praise(text):
    assert _mention_tone(text, "Anna Berg") == 0.0


def test_a_possessor_of_abuse_is_its_doer():
    assert _mention_tone("Tom Hale's bullying drove three aides away.", "Tom Hale") < -0.05


def test_a_judging_noun_without_a_target_preposition_aims_at_no_one():
    aimed = _mention_tone("There was fresh criticism of Tom Hale on Monday.", "Tom Hale")
    assert _mention_tone("There was fresh criticism, led by Tom Hale, on Monday.", "Tom Hale") > aimed


def test_a_relative_clause_describes_the_person_it_follows():
    text = "Tom Hale, who was convicted of fraud and bribery, met Anna Berg."
    assert _mention_tone(text, "Tom Hale") < _mention_tone(text, "Anna Berg") <= 0


@pytest.mark.parametrize(("text", "person"), [
    ("Former Secretary of Defense Tom Hale spoke on Monday.", "Tom Hale"),
    ("Speaker of the House Jane Roe spoke on Monday.", "Jane Roe"),
    ("Attorney General of Ohio Jane Roe spoke on Monday.", "Jane Roe"),
    ("President of the United States Donald Trump spoke.", "Donald Trump"),
    ("Minister of Foreign Affairs Sergei Lavrov spoke.", "Sergei Lavrov"),
])
def test_a_title_of_a_body_then_its_holder_is_a_person(text, person):
    assert _persons(text) == {person}
    assert not [a for a in _actors(text) if a.kind == "organization"]


@pytest.mark.parametrize("title", ["Council Member", "City Councilor", "Alderwoman", "Board Member",
                                   "County Supervisor", "State Sen.", "Assemblymember"])
def test_local_offices_are_titles_not_organisations(title):
    text = f"{title} Ana Ruiz said the library would close in June."
    assert _persons(text) == {"Ana Ruiz"}
    assert not [a for a in _actors(text) if a.kind == "organization"]


def test_party_of_a_state_describes_the_person_before():
    text = "Gov. Asa Hutchinson, Republican of Arkansas, said he would not sign the bill."
    assert [(a.name, a.kind) for a in _actors(text)] == [("Asa Hutchinson", "person")]


@pytest.mark.parametrize("text", ["Backers said the law protects faith.", "Aides said the plan would fail.",
                                  "Organizers said the march would go ahead."])
def test_plural_nouns_for_people_before_a_speech_verb_are_no_person(text):
    assert _persons(text) == set()


@pytest.mark.parametrize("text, person", [("Rogers said it would fail.", "Rogers"),
                                           ("Banks said it would fail.", "Banks")])
def test_plural_looking_surnames_before_a_speech_verb_stay_persons(text, person):
    assert _persons(text) == {person}


@pytest.mark.parametrize("text", [
    "Tom Hale pleaded guilty to lying to investigators about the loans.",
    "Tom Hale admitted that he had misled investors about the losses.",
])
def test_what_a_speaker_admits_is_about_the_speaker(text):
    assert _mention_tone(text, "Tom Hale") < -0.05


def test_a_speaker_complaining_about_others_is_not_judged_by_it():
    text = "Tom Hale said the deal was a disgraceful and corrupt fraud."
    assert _mention_tone(text, "Tom Hale") == 0.0


@pytest.mark.parametrize("text, sign", [
    ("Tom Hale made baseless claims about the vote.", -1),
    ("Tom Hale incorrectly asserted that the law had passed.", -1),
    ("Tom Hale reached a milestone in the campaign.", 1),
])
def test_judgements_of_claims_and_standing(text, sign):
    assert _mention_tone(text, "Tom Hale") * sign > 0.05


@pytest.mark.parametrize("text", [
    "Tom Hale was acquitted of fraud on Monday.",
    "Tom Hale has maintained his innocence throughout the trial.",
])
def test_acquittal_and_innocence_presuppose_an_accusation_and_are_no_praise(text):
    assert _mention_tone(text, "Tom Hale") <= 0.0


def test_a_participle_before_by_is_passive():
    text = "Carl Olsen, shot by Tom Hale in 2019, recovered."
    assert _mention_tone(text, "Carl Olsen") == 0.0
    assert _mention_tone(text, "Tom Hale") < 0


def test_an_appreciation_of_an_actors_work_counts_more_than_a_plain_finding():
    text = "Tom Hale gave a spectacular speech on Monday."
    plain = A.ToneWeights(appreciation=1.0)
    doc, results = actor_tone.analyse(text)
    if not any(e.category == "appreciation" for e in results["evaluative"]):
        pytest.skip("no appreciation finding in this sentence")
    tones = {w: A.mention_tones(doc, results["mentions"], quotes=results["quotes"], evaluative=results["evaluative"],
                                weights=w)[0].combined for w in (A.WEIGHTS, plain)}
    assert tones[A.WEIGHTS] > tones[plain] > 0


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a headline pasted on top in title case: read as a heading, its runs cut at ordinary words
    ("Mayor Ann Pike Wins Backing Of Harbour Workers.\n\nMayor Ann Pike won the backing of dock workers on "
     "Monday, and Pike said she was grateful.", "Ann Pike", "Ann Pike Wins Backing"),
    ("Senator Rejects Gil Ortega Compromise.\n\nSen. Rosa Hart rejected a compromise from Gil Ortega. Ortega "
     "rejects her account.", "Gil Ortega", "Senator Rejects Gil Ortega Compromise"),
])
def test_a_title_case_headline_line_is_read_as_a_heading(text, wanted, unwanted):
    names = {a.name for a in _actors(text)}
    assert wanted in names and unwanted not in names, names


def test_a_sentence_in_a_line_of_its_own_is_no_headline():
    # a lower-case verb: a sentence, whose names count on their own
    names = {a.name for a in _actors("Staff at the Bureau of Dock Safety met Nadia Ferro on Friday.\n\nIt rained.")}
    assert "Nadia Ferro" in names, names
    # a headline analysed alone is the whole text: its names are not dropped for want of a body
    assert any("Nadia Ferro" in a.name for a in _actors("Nadia Ferro Wins Harbour Seat."))


@pytest.mark.parametrize("text, name, surface", [
    ("Rep. Al Green said the vote was a sham. Green added that he would appeal.", "Al Green", "Green"),
    ("Mary Independent runs the harbour board. Critics say Independent has ignored them.", "Mary Independent",
     "Independent"),
])
def test_a_party_word_that_is_a_named_persons_surname_is_that_person(text, name, surface):
    actor = _by_name(text)[name]
    assert [text[m.start:m.end] for m in actor.mentions][-1] == surface


@pytest.mark.parametrize("text", [
    "Critics said that the senator had lied about the harbour.",
    "Anna Berg argued that the mayor had misled the council.",
])
def test_a_description_after_that_is_found(text):
    assert any(a.name.startswith("the ") for a in _actors(text)), [a.name for a in _actors(text)]


@pytest.mark.parametrize("text", [
    "Anna Berg said that the senator had lied about the harbour.",
    "Anna Berg says the senator lied about the harbour.",
])
def test_a_speaker_is_not_the_description_in_her_own_report(text):
    berg = _by_name(text)["Anna Berg"]
    assert [text[m.start:m.end] for m in berg.mentions] == ["Anna Berg"]


def test_a_descriptions_own_adjective_judges_whom_it_describes():
    text = "The embattled senator spoke to the harbour board on Monday."
    doc, results = actor_tone.analyse(text)
    tones = A.mention_tones(doc, results["mentions"], quotes=results["quotes"], evaluative=results["evaluative"])
    assert [text[t.start:t.end] for t in tones] == ["The embattled senator"] and tones[0].combined < -0.05


def test_a_description_still_refers_back_to_the_holder_named_before():
    text = "Senator Anna Berg spoke on Monday. The senator said she would vote no."
    assert len(_by_name(text)["Anna Berg"].mentions) == 2


@pytest.mark.parametrize("text, group", [
    ("Mary Independent spoke on Monday. Independent voters agreed with her.", "Independent voters"),
    ("The Green party met on Monday. Green leaders said the vote was fair.", "Green leaders"),
])
def test_a_party_word_before_a_group_noun_stays_a_group(text, group):
    assert group in _by_name(text)


@pytest.mark.parametrize("text, wanted, unwanted", [
    # a headline that is the whole text is its body, but in title case: its runs are cut at ordinary words
    ("Why Dock Workers Should Back Nadia Ferro", "Nadia Ferro", "Dock Workers Should Back Nadia Ferro"),
    ("Gil Ortega Wins Harbour Race Again", "Gil Ortega", "Gil Ortega Wins"),
    # ... and at derived words, whose capital is by position ("Nomination", "Religious")
    ("Rosa Hart Says Harbour Nomination Rigged For Gil Ortega", "Gil Ortega", "Nomination"),
])
def test_a_headline_analysed_alone_names_only_its_names(text, wanted, unwanted):
    names = {a.name for a in _actors(text)}
    assert wanted in names and unwanted not in names, names


@pytest.mark.parametrize("text, person", [
    ("The march was peaceful. Organizer Tom Hale said the crowd was larger than expected.", "Tom Hale"),
    ("Historian Mary Quill wrote that the treaty was a mistake.", "Mary Quill"),
    ("The council heard from City Attorney Brad Finch on Monday.", "Brad Finch"),
    ("Former Miss America Laura Penn spoke at the gala.", "Laura Penn"),
])
def test_a_role_noun_before_a_full_name_is_no_part_of_it(text, person):
    names = {a.name for a in _actors(text)}
    assert person in names, names


@pytest.mark.parametrize("text, name", [
    ("The Portland Herons beat the Denver Bears on Sunday.", "Denver Bears"),
    ("The column first ran in the Arizona Republic last spring.", "Arizona Republic"),
])
def test_a_place_before_a_plural_or_a_masthead_word_is_an_organization(text, name):
    found = _by_name(text)
    assert name in found and found[name].kind == "organization", {a.name: a.kind for a in found.values()}


def test_a_place_word_after_a_place_is_still_a_place():
    assert _by_name("Storms hit the Florida Keys on Friday.")["Florida Keys"].kind == "place"


@pytest.mark.parametrize("text, name, kind", [
    ("The United Dockworkers endorsed her, and the dockworkers marched.", "United Dockworkers", "organization"),
    ("She met Majority Whip Omar Lund on Tuesday.", "Omar Lund", "person"),
    ("Sen. Ida Marsh (D-N.J.) voted no, as did Rep. Ned Cole (R-S.C.).", "Ida Marsh", "person"),
])
def test_names_of_unions_whips_and_tagged_members(text, name, kind):
    found = _by_name(text)
    assert name in found and found[name].kind == kind, {a.name: a.kind for a in found.values()}
    assert not any(a.name.startswith(("D-", "R-")) for a in found.values())


@pytest.mark.parametrize("text, not_actor", [
    ("The bishop wrote about Summorum Pontificum in his letter.", "Summorum Pontificum"),
    ("Humanae Vitae was read aloud at the parish.", "Humanae Vitae"),
    ("The club named her Republican of the Year last week.", "Republican of the Year"),
])
def test_latin_titles_and_awards_are_no_actors(text, not_actor):
    assert not_actor not in {a.name for a in _actors(text)}


def test_a_surname_of_latin_form_is_still_a_person():
    assert "Rick Santorum" in {a.name for a in _actors("Rick Santorum spoke, and Santorum left.")}


def test_an_adjective_descriptor_before_a_noun_describes_no_one():
    found = _by_name("Sen. Lou Marsh won the primary. In the general election, Marsh faces a rival. "
                     "The official statement came later. Gen. Ada Crane spoke, and the general said no.")
    assert found["Lou Marsh"].aliases == ["Marsh"], found["Lou Marsh"].aliases
    assert "the general" in found["Ada Crane"].aliases


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aAbB-’'_ é1\n.#@/İ", max_size=40),
       st.lists(st.text(alphabet="aAbB-’'é1.İ", min_size=1, max_size=6), min_size=1, max_size=5))
def test_words_written_in_lower_case_agree_with_a_plain_search(text, words):
    """The set of a text's free-standing words (what a long text is asked through) answers as a search of
    the whole text would."""
    from framing.actors import _WORD_CHARS, _free_standing_words, _written_free_standing

    for word in words:
        low = word.lower()
        if _WORD_CHARS.fullmatch(low):
            assert (low in _free_standing_words(text)) == _written_free_standing(low, text), (text, word)


@pytest.mark.parametrize("paper", ["Sacramento Bee", "Columbus Dispatch", "Charlotte Observer",
                                   "Christian Science Monitor", "Cleveland Plain Dealer", "Newark Star-Ledger"])
def test_newspapers_are_organizations(paper):
    found = _by_name(f"Tom Hale told the {paper} that he would run. The {paper} reported it on Monday.")
    assert found[paper].kind == "organization"


@pytest.mark.parametrize(("text", "person", "mentions"), [
    ("Ursula von der Leyen spoke on Monday. Von der Leyen said the talks would resume.", "Ursula von der Leyen", 2),
    ("Mayor Ana de la Cruz spoke. De la Cruz said more. Later Cruz left.", "Ana de la Cruz", 3),
    ("Marine Le Pen spoke on Monday. Le Pen said the vote was rigged.", "Marine Le Pen", 2),
    ("Mayor Tom de Vries spoke. De Vries said more. Vries left.", "Tom de Vries", 3),
])
def test_a_surname_with_particles_is_one_person_however_it_opens(text, person, mentions):
    """Two particles stay in the name, and a sentence's capital on a particle makes no new person."""
    by_name = _by_name(text)
    assert [a.name for a in _actors(text) if a.kind == "person"] == [person]
    assert len(by_name[person].mentions) == mentions


def test_a_given_name_that_looks_like_a_particle_is_still_a_given_name():
    assert _persons("Van Morrison sang on Monday. Jim Morrison sang on Tuesday.") == {"Van Morrison", "Jim Morrison"}


@pytest.mark.parametrize(("text", "company"), [
    ("Harbor Motors Inc. shares fell 12% on Thursday. Harbor Motors said deliveries dropped.", "Harbor Motors Inc"),
    ("Pike Mercantile Co. said sales rose. Later Pike Mercantile said more.", "Pike Mercantile Co"),
    ("The deal went to Ostrander Group Ltd. on Monday. Ostrander said it was pleased.", "Ostrander Group Ltd"),
])
def test_a_company_named_without_its_suffix_is_the_same_company(text, company):
    actors = _actors(text)
    assert [(a.name, a.kind, len(a.mentions)) for a in actors] == [(company, "organization", 2)]


def test_alzheimers_disease_is_no_person():
    assert _persons("A new drug slowed decline in people with early Alzheimer's disease.") == set()

@pytest.mark.parametrize("text, name, affiliation", [
    ("Floods hit Assam on Monday.", "Assam", "India"),
    ("Police officers in Sindh arrested two men.", "Sindh", "Pakistan"),
    ("Voters in Lower Saxony went to the polls.", "Lower Saxony", "Germany"),
    ("Protests spread across Jalisco overnight.", "Jalisco", "Mexico"),
    ("Fighting in Tigray displaced thousands.", "Tigray", "Ethiopia"),
    ("Missiles struck Zaporizhzhia again, officials said.", "Zaporizhzhia", "Ukraine"),
    ("The storm reached Queensland on Friday.", "Queensland", "Australia"),
    ("Smog closed schools across Punjab.", "Punjab", None),  # split between India and Pakistan
    ("Rain fell on Kerala, Karnataka and Tamil Nadu.", "Tamil Nadu", "India"),
    ("Officials in Ho Chi Minh City reported no damage. Saigon was quiet.", "Ho Chi Minh City", "Vietnam"),
    ("Voters in American Samoa backed the plan.", "American Samoa", "United States"),
    ("Hyderabad and Chengdu are growing fast.", "Chengdu", "China"),
])
def test_world_regions_and_large_cities_are_places_of_their_country(text, name, affiliation):
    """A state, province or large city abroad is a place, with its country as affiliation, not a person."""
    found = {a.name: a for a in A.actor_mentions(segment(text))}
    assert name in found, list(found)
    assert found[name].kind == "place" and found[name].affiliation == affiliation
    assert not any(a.kind == "person" for a in found.values()), list(found)


def test_another_name_of_a_city_is_the_same_place():
    found = {a.name: a for a in A.actor_mentions(segment("Officials in Ho Chi Minh City met. Saigon was quiet."))}
    assert list(found) == ["Ho Chi Minh City"] and len(found["Ho Chi Minh City"].mentions) == 2


@pytest.mark.parametrize("text, person", [
    ("Ana Galicia said the fire spread. Galicia added that no one was hurt.", "Ana Galicia"),
    ("Officer Luis Ortiz-Valencia said the car sped away. Ortiz-Valencia later left.", "Luis Ortiz-Valencia"),
    ("Victoria Nuland met the envoy. Nuland said little.", "Victoria Nuland"),
])
def test_places_left_out_as_surnames_or_given_names_stay_persons(text, person):
    """"Galicia", "Valencia", "Victoria" are as often a person's name as a place's: not in the gazetteer."""
    found = {a.name: a for a in A.actor_mentions(segment(text))}
    assert found[person].kind == "person" and len(found[person].mentions) == 2, list(found)
    assert not any(a.kind == "place" for a in found.values()), list(found)


def test_a_new_hampshire_town_is_not_the_northern_irish_city():
    found = {a.name: a for a in A.actor_mentions(segment("Jane Hale held a rally in Derry, N.H., on Sunday."))}
    assert "Londonderry" not in found and found["Derry"].affiliation != "United Kingdom"


@pytest.mark.parametrize(("text", "place"), [
    ("Troops entered Guinea-Bissau on Monday.", "Guinea-Bissau"),
    ("A Guinea-Bissau official said no.", "Guinea-Bissau"),
    ("Floods hit Baden-Württemberg on Monday.", "Baden-Württemberg"),
])
def test_a_place_whose_name_holds_a_hyphen_is_found_whole(text, place):
    assert [(a.name, a.kind) for a in _actors(text)] == [(place, "place")]


def test_a_heading_in_capitals_names_the_bodys_people_and_the_gazetteers_places():
    text = ("TRUMP SLAMS BANNON'S BOOK AS NATO WARNS RUSSIA\n\nPresident Donald Trump on Wednesday attacked "
            "Steve Bannon, saying Bannon had lost his mind, while NATO warned Russia.")
    by_name = _by_name(text)
    heading_end = text.index("\n")
    for name in ("Donald Trump", "Steve Bannon", "NATO", "Russia"):
        assert any(m.start < heading_end for m in by_name[name].mentions), name
    assert not any(a.name in ("Slams", "Book", "Warns") for a in _actors(text))


def test_a_heading_in_capitals_names_no_one_the_body_does_not():
    text = "BREAKING: MAYOR QUITS\n\nThe mayor of the town resigned on Monday."
    heading_end = text.index("\n")
    assert not [m for a in _actors(text) for m in a.mentions if m.start < heading_end]


@pytest.mark.parametrize("text", [
    "Ostrava Motors shares rose 3% on Monday. Ostrava Motors said demand was strong.",
    "Investors bought shares of Vexilo on Monday. Vexilo said the drug works.",
])
def test_a_name_whose_shares_move_is_a_company_throughout(text):
    (actor,) = [a for a in _actors(text) if a.kind != "place"]
    assert actor.kind == "organization" and len(actor.mentions) == 2


@pytest.mark.parametrize("text", ["Smith shares his views widely.", "Musk’s shares are worth more now."])
def test_a_person_who_shares_or_holds_shares_stays_a_person(text):
    assert [a.kind for a in _actors(text)] == ["person"]


@pytest.mark.parametrize("text, name, kind", [
    ("The People's Republic of China protested on Friday.", "China", "place"),
    ("Leaders of the Democratic People’s Republic of Korea met.", "North Korea", "place"),
    ("The Women's March drew thousands to the capital.", "Women's March", "organization"),
    ("The Harbour Nurses’ Union called a strike.", "Harbour Nurses’ Union", "organization"),
    ("Doctors at St. Bride's Hospital treated two patients.", "St. Bride's Hospital", "organization"),
    ("The Riverside Veterans' Association met on Monday.", "Riverside Veterans' Association", "organization"),
    ("Whole Woman's Health sued the state.", "Whole Woman's Health", "organization"),
    ("A spokeswoman for Lakeview Clinic declined to comment.", "Lakeview Clinic", "organization"),
])
def test_a_collective_possessive_or_a_saint_goes_on_into_the_name(text, name, kind):
    assert _by_name(text)[name].kind == kind


@pytest.mark.parametrize("text, names", [
    ("Trump's Justice Department opened an inquiry.", {"Trump", "Department of Justice"}),
    ("Russia's Foreign Ministry summoned the envoy.", {"Russia", "Foreign Ministry"}),
    ("The Democrats' Senate majority held.", {"Democratic Party", "Senate"}),
    ("A ‘Sizable Army’ Of Reporters Gathers", set()),
])
def test_a_persons_party_or_countrys_possessive_ends_the_name(text, names):
    assert names <= set(_by_name(text))


@pytest.mark.parametrize("text", [
    "Zentrix, the chipmaker, said demand was strong. Zentrix hired 200 engineers.",
    "Zentrix, a Dutch chipmaker, said demand was strong. Zentrix hired 200 engineers.",
    "The chipmaker Zentrix said demand was strong. Zentrix hired 200 engineers.",
    "Zentrix's chief executive, Ana Ruiz, said demand was strong. Zentrix hired 200 engineers.",
])
def test_a_name_beside_a_company_noun_or_owning_a_companys_officers_is_a_company(text):
    assert _by_name(text)["Zentrix"].kind == "organization"
    assert text.rindex("Zentrix") in {m.start for m in _by_name(text)["Zentrix"].mentions}


@pytest.mark.parametrize("text, name", [
    ("Corvane said it would cut 300 jobs at its plant in Leeds.", "Corvane"),
    ("Corvane announced it was closing two warehouses.", "Corvane"),
    ("Corvane expects it will hire again next year.", "Corvane"),
    ("Corvane, its closest rival, said it expects weaker orders. Corvane said its margins fell.", "Corvane"),
    ("Orders rose at Corvane and its suppliers last quarter.", "Corvane"),
    ("Corvane cut 300 jobs on Monday, and its shares fell 4 percent.", "Corvane"),
    ("Hana Sato, the chief executive of Corvane, said orders were weak.", "Corvane"),
    ("The fund sold its stake in Quillmark, the maker of budget tablets, last year.", "Quillmark"),
    ("Tenvoy, the official state news agency, said the talks had failed.", "Tenvoy"),
    ("Tenvoy, his trading firm, also failed.", "Tenvoy"),
])
def test_a_one_word_name_reported_as_it_or_beside_a_companys_officer_is_an_organization(text, name):
    assert _names_kinds(text)[name] == "organization"


def test_the_company_after_a_name_reported_as_it_is_that_company():
    by_name = _by_name("Corvane said it would raise prices on its vans. The company's shares fell 6 percent.")
    assert by_name["Corvane"].kind == "organization"
    assert len(by_name["Corvane"].mentions) == 2


@pytest.mark.parametrize("text, person", [
    ("The company Musk runs said so.", "Musk"),
    ("Smith, a company spokesman, said so.", "Smith"),
    ("Reyes, the company's lawyer, said the ruling was unfair.", "Reyes"),
    ("Reyes, a lawyer for the company and its board, said so.", "Reyes"),
    ("Reyes, his lawyer, said so.", "Reyes"),
    ("Okafor, her company's founder, said so.", "Okafor"),
    ("Okafor said it was a disaster. Okafor said it would be a great deal.", "Okafor"),
    ("Okafor said it would fail.", "Okafor"),  # "it": the plan Okafor spoke of, as often as a firm's self
    ("Okafor said it would fail, and he said its backers knew it.", "Okafor"),
    ("Okafor said he would fight. Okafor said its budget was too small.", "Okafor"),  # he, once, is a person
    ("Okafor and his aides said so.", "Okafor"),
    ("Okafor attacked the automaker and its chief executive.", "Okafor"),
    ("Okafor sold his stake, and its shares fell.", "Okafor"),
])
def test_a_person_near_a_company_noun_stays_a_person(text, person):
    assert _names_kinds(text)[person] == "person"


@pytest.mark.parametrize("text", [
    "Okafor said it would raise tariffs on its partners. Okafor's wife joined him at the summit.",
    "Okafor said it would raise tariffs on its partners. He spoke to reporters in Lagos.",
    "Okafor, 71, said it would raise tariffs on its partners.",
    "Okafor, the president, said it would raise tariffs on its partners.",
])
def test_a_leader_speaking_for_a_country_with_it_stays_a_person_when_the_text_says_he_is_one(text):
    assert _names_kinds(text)["Okafor"] == "person"


@pytest.mark.parametrize("text", [
    "President Ada Okafor met her partners on Monday. Okafor said it would raise tariffs on its partners.",
    "Okafor said it would raise tariffs on its partners. Okafor tweeted that the talks were over.",
    "Okafor said it would raise tariffs on its partners. Later, Mr. Okafor met reporters.",
    "Okafor said it would raise tariffs on its partners. Ada Okafor later denied it.",
    "Okafor said it would raise tariffs on its partners, and he left for Lagos.",
    "Okafor said it would raise tariffs on its partners. Okafor was elected in 2019.",
])
def test_a_surname_reported_with_its_stays_a_person_with_other_evidence(text):
    assert _names_kinds(text).get("Okafor", _names_kinds(text).get("Ada Okafor")) == "person"


@pytest.mark.parametrize("text, name", [
    ("Corlan Mills, its union and the mayor said the mill would stay open.", "Corlan Mills"),
    ("Corlan, its union and the mayor said the mill would stay open.", "Corlan"),
    ("Corlan Mills and its union said the mill would stay open.", "Corlan Mills"),
    ("Velomir said it would fight the ruling. Velomir's shares fell 5 percent.", "Velomir"),
    ("Velomir said it would fight the ruling. Shares of Velomir fell 5 percent.", "Velomir"),
    ("Velomir said it would fight the ruling. Velomir's chief executive was upbeat.", "Velomir"),
    ("Velomir, the maker of hearing aids, said it would fight the ruling.", "Velomir"),
])
def test_a_name_listed_with_its_own_or_with_a_companys_market_news_is_an_organization(text, name):
    assert _names_kinds(text)[name] == "organization"


@pytest.mark.parametrize("text", [
    "Dana Roe, Corlan Mills and the mayor said the mill would stay open.",  # no "its": a person may be listed
    "Airvale, its Dutch rival, said it would cut prices.",  # an apposition's "its" is another's
    "Musk's shares in the firm were sold.",
])
def test_no_its_of_its_own_or_a_persons_holding_leaves_the_kind_alone(text):
    kinds = _names_kinds(text)
    assert kinds.get("Corlan Mills", "organization") != "person" or "Dana Roe" in kinds
    assert kinds.get("Musk", "person") == "person"


def test_the_company_after_its_shares_and_its_longer_name_is_one_actor():
    by_name = _by_name("Lumora Technologies unveiled a phone. Lumora's shares rose 4%. Lumora says the chip is fast.")
    assert "Lumora" not in by_name and len(by_name["Lumora Technologies"].mentions) == 3


@pytest.mark.parametrize("text", [
    "Corvane said it would raise prices on its vans. Corvane's shares fell.",
    "Corvane, the maker of vans, said it would raise prices on its vans.",
])
def test_a_company_reported_as_it_keeps_its_kind_beside_a_companys_possessions(text):
    assert _names_kinds(text)["Corvane"] == "organization"


@pytest.mark.parametrize("text, phrase", [
    ("Mental Health advocates rallied outside the hall on Sunday.", "Mental Health"),
    ("Renewable Energy is a growing field for young engineers.", "Renewable Energy"),
    ("Clean Energy backers cheered the vote.", "Clean Energy"),
    ("Public Health officials warned of a busy flu season.", "Public Health"),
])
def test_a_body_head_after_an_ordinary_word_is_a_field_not_an_actor(text, phrase):
    assert phrase not in _names_kinds(text)


@pytest.mark.parametrize("text", [
    "Yields on the 10-year Treasury note rose to 4.6 percent on Friday.",
    "Treasury yields fell after the jobs report.",
    "Investors bought Treasury bonds and sold stocks.",
])
def test_a_treasury_security_is_no_actor(text):
    assert "Treasury Department" not in _names_kinds(text)


def test_the_treasury_itself_is_still_the_department():
    assert _names_kinds("The Treasury said it would sell more bonds.")["Treasury Department"] == "organization"


@pytest.mark.parametrize("text, absent", [
    ("The app is available in English, Spanish and Mandarin.", {"Spain", "Mandarin"}),
    ("Many Ukrainians speak Russian at home.", {"Russia"}),
    ("The Russian-language channel was closed.", {"Russia"}),
    ("The Spanish translation was poor.", {"Spain"}),
    ("She spoke Arabic with the guards and Hebrew with the doctors.", {"Arabic", "Hebrew"}),
])
def test_a_language_is_no_actor(text, absent):
    assert not absent & set(_names_kinds(text))


@pytest.mark.parametrize("text, place", [
    ("The town is now in Russian hands.", "Russia"),
    ("Spanish officials met in Madrid.", "Spain"),
])
def test_a_demonym_before_a_noun_is_still_its_country(text, place):
    # (the capital a meeting is held in is the city, of that country: "Madrid", affiliated to Spain)
    assert any(place in (a.name, a.affiliation) for a in _actors(text))


def test_a_bare_title_opening_a_sentence_is_the_surname_of_a_person_named_with_it():
    text = "The Rev. Martin Luther King Jr. led the march in Selma. King was assassinated in 1968."
    assert len(_by_name(text)["Martin Luther King Jr"].mentions) == 2
    assert "King" not in _names_kinds("The march ended at noon. King Charles spoke. King was not there.")


@pytest.mark.parametrize("text, name, aliases", [
    ("Fox News hosts praised the plan. Fox News Channel declined to comment.", "Fox News", {"Fox News Channel"}),
    ("Dems in the House were furious. The Democratic Party said it would sue.", "Democratic Party", {"Dems"}),
    ("The AP called the race, and AFP reported the result.", "Agence France-Presse", {"AFP"}),
])
def test_an_outlet_or_party_under_its_other_names_is_one_actor(text, name, aliases):
    assert aliases <= set(_by_name(text)[name].aliases)


@pytest.mark.parametrize("text, club", [
    ("Chelsea beat Arsenal 2-1. Chelsea manager Tom Rhys praised his defenders.", "Chelsea"),
    ("Madison striker Joe Pell scored twice, and Madison won.", "Madison"),
])
def test_a_given_name_before_a_players_role_and_name_is_a_club(text, club):
    assert _names_kinds(text)[club] == "organization"


def test_a_description_prefers_the_body_whose_name_holds_its_noun():
    text = ("The Supreme Court heard the case on Monday. Lawyers argued for hours. The brief was filed by "
            "Ann Lee of the law firm Mayer Brown. The court ruled later.")
    by_name = _by_name(text)
    assert len(by_name["Supreme Court"].mentions) == 2
    assert len(by_name["Mayer Brown"].mentions) == 1


@pytest.mark.parametrize("text, name", [
    ("Jan de Vries, an analyst at the bank, said orders were weak.", "Jan de Vries"),
    ("Jan Novak said the plan had failed.", "Jan Novak"),
])
def test_a_given_name_that_is_also_a_months_abbreviation_names_a_person(text, name):
    assert _by_name(text)[name].kind == "person"


@pytest.mark.parametrize("text, name", [
    ("General Motors said sales rose. GM hired 300 workers.", "General Motors"),
    ("The law passed by the General Assembly took effect.", "General Assembly"),
])
def test_a_body_named_with_the_word_general_is_not_a_generals_surname(text, name):
    assert _by_name(text)[name].kind == "organization"


@pytest.mark.parametrize("text", ["Critics call it an attack on LGBTQ people.", "LGBT groups protested the law."])
def test_an_initialism_for_a_community_names_a_group(text):
    assert [(a.name, a.kind) for a in _actors(text)] == [("LGBTQ people", "group")]


@pytest.mark.parametrize("text, case", [
    ("The court overturned Roe v. Wade on Friday. Critics said ending Roe would hurt women.", "Roe v. Wade"),
    ("The justices cited Brown v. Board of Education.", "Brown v. Board of Education"),
    ("The ruling in Okafor vs. Harbour Authority was overturned.", "Okafor vs. Harbour Authority"),
])
def test_a_court_case_is_one_policy_actor_named_for_its_parties(text, case):
    actors = _actors(text)
    assert [(a.name, a.kind) for a in actors if a.kind != "organization"] == [(case, "policy")]


def test_a_contest_between_two_people_is_no_case():
    assert {a.name: a.kind for a in _actors("It was Trump vs. Clinton in the fall.")} == \
        {"Trump": "person", "Clinton": "person"}


@pytest.mark.parametrize("text, name", [
    ("Small businesses on Main Street will suffer, the owners said.", "Main Street"),
    ("Lobbyists on K Street raised money for the campaign.", "K Street"),
])
def test_a_street_is_a_place(text, name):
    assert _by_name(text)[name].kind == "place"


@pytest.mark.parametrize("text", ["Shop owners are furious about the plan.", "District managers earn more now."])
def test_a_capital_opening_a_sentence_before_people_of_a_trade_is_no_name(text):
    assert _actors(text) == []


def test_a_name_before_people_of_a_trade_stays_when_the_article_uses_it():
    assert _by_name("Zentrix owners complained. They said Zentrix ignored them.")["Zentrix"].kind != "place"


@pytest.mark.parametrize("text, name", [
    ("PG&E said one of its lines had tripped. PG&E cut power to 5,000 homes.", "PG&E"),
    ("AT&T cut 2,000 jobs on Monday.", "AT&T"),
    ("Procter & Gamble raised prices again.", "Procter & Gamble"),
])
def test_a_name_joined_by_an_ampersand_is_one_firm(text, name):
    assert [(a.name, a.kind) for a in _actors(text)] == [(name, "organization")]


@pytest.mark.parametrize("text", [
    "In a Q&A with readers, the editor answered questions.",
    "Gusts of up to 60 mph pushed embers ahead of the fire line.",
    "Tens of thousands fled on Monday.",
])
def test_formats_and_plural_measures_are_no_actors(text):
    assert _actors(text) == []


def test_a_pronoun_after_a_plural_measure_finds_the_person_before():
    text = ("“This fire is moving fast,” said Battalion Chief Marco Diaz. Gusts of up to 60 mph pushed embers "
            "ahead of the fire line, he said.")
    assert [q.speaker.name for q in analyze(text).quotes] == ["Marco Diaz", "Marco Diaz"]


def test_an_actor_is_named_by_its_name_not_a_description_joined_to_it():
    text = ("Critics blamed PG&E, the embattled utility. The company admitted on Sunday that a line had "
            "tripped.")
    assert "PG&E" in _by_name(text)


@pytest.mark.parametrize("text, name", [
    ("The blaze scorched 18,000 hectares near Santa Rosa on Sunday.", "Santa Rosa"),
    ("The inferno devours Sonoma hills as residents flee.", "Sonoma"),
])
def test_a_town_by_its_first_word_or_before_a_landscape_noun_is_a_place(text, name):
    assert _by_name(text)[name].kind == "place"
@pytest.mark.parametrize("text", [
    "Forecasters warn that the storm surge remains life-threatening along the coast.",
    "Replays suggest the ball struck the defender's arm after a deflection.",
])
def test_a_plural_noun_before_a_bare_speech_verb_is_no_person(text):
    assert [a.name for a in analyze(text).actors if a.kind == "person" and a.mentions] == []


def test_a_surname_in_s_before_a_speech_verb_in_s_stays_a_person():
    assert [a.name for a in analyze("Roberts says the plan failed.").actors] == ["Roberts"]


def test_a_european_legal_form_makes_a_company_and_the_company_refers_to_it():
    text = ("OSLO (Reuters) - Nordvik Shipping ASA reported a 38% fall in profit on Thursday. Shares in Nordvik "
            "fell 6.4% by 0910 GMT, after analysts in a LSEG poll had expected more. The company now expects "
            "lower earnings.")
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Nordvik Shipping ASA"].kind == "organization"
    assert {"Nordvik", "The company"} <= set(actors["Nordvik Shipping ASA"].aliases)
    assert "GMT" not in actors
    assert "OSLO" not in actors  # a dateline, no body


def test_the_court_is_the_body_named_court_not_the_nearest_one():
    text = ("A panel of the U.S. Court of Appeals for the Fourth Circuit struck down the law on Tuesday. "
            "The state said it would appeal. Lawyers for the theaters welcomed the decision. "
            "According to Professor Samuel Adeyemi of the University of Virginia School of Law, the court did "
            "not decide whether any restriction could survive.")
    actors = {a.name: a for a in analyze(text).actors}
    assert "the court" not in actors["University of Virginia School of Law"].aliases
    assert "the court" in actors["U.S. Court of Appeals"].aliases


def test_an_office_no_one_holds_here_is_no_one_named_here():
    text = ("Councilwoman Rosa Jiménez, who sponsored the original plan, told me she was blindsided by the "
            "announcement. If the mayor believes in the plan, he should say so plainly.")
    actors = {a.name: a for a in analyze(text).actors}
    assert "the mayor" not in actors["Rosa Jiménez"].aliases


def test_a_state_is_not_merged_into_a_company_named_after_it():
    text = ("Mississippi Gov. Tate Reeves said 210,000 customers were without power. Entergy Mississippi says "
            "restoring power could take a week. The president approved a declaration for Mississippi.")
    actors = {a.name: a for a in analyze(text).actors}
    assert actors["Mississippi"].kind == "place"
    assert "Mississippi" not in actors["Entergy Mississippi"].aliases


def test_a_demonym_is_not_a_surname_of_a_region_named_by_it():
    text = ("Mexico's future relies on North American integration. Six million American jobs depend on exports. "
            "It could deploy American courts against them.")
    assert _by_name(text)["United States"].kind == "place"
    assert len(_by_name(text)["United States"].mentions) == 2


@pytest.mark.parametrize("text, club", [
    ("Arsenal beat Chelsea FC 2-1 on Saturday.", "Arsenal"),
    ("Bayern Munich and Real Madrid drew 1-1.", "Real Madrid"),
])
def test_football_clubs_are_organisations(text, club):
    assert _by_name(text)[club].kind == "organization"


def test_sentence_openers_of_match_and_weather_copy_are_no_names():
    text = "Born in 1950, she moved to Lyon. Heavy rain fell. Average prices rose."
    assert {a.kind for a in _actors(text)} <= {"place", "person"} and all(
        a.name not in ("Born", "Heavy", "Average") for a in _actors(text))


@pytest.mark.parametrize("text, name", [
    ("Miguel Pinto Luz, the infrastructure minister, spoke. Pinto Luz said the bridge would open.",
     "Miguel Pinto Luz"),
    ("Debbie Wasserman Schultz spoke on Monday. Wasserman Schultz said the party was united.",
     "Debbie Wasserman Schultz"),
])
def test_a_two_word_surname_joins_the_full_name(text, name):
    assert [(a.name, len(a.mentions)) for a in _actors(text) if a.kind == "person"] == [(name, 2)]


def test_a_given_name_and_surname_are_no_surname_of_a_longer_nickname():
    text = "Hillary Clinton spoke. Trump called her Crooked Hillary Clinton. Hillary Clinton laughed."
    assert len(_by_name(text)["Hillary Clinton"].mentions) >= 2


@pytest.mark.parametrize("text, club", [
    ("Harbour City beat Westfield Rovers 2-1 on Saturday.", "Westfield Rovers"),
    ("Northbridge United lead the table by four points.", "Northbridge United"),
])
def test_a_club_named_by_its_town_and_a_club_word_is_an_organisation(text, club):
    assert _by_name(text)[club].kind == "organization"


def test_a_name_before_news_agency_is_an_outlet():
    assert _by_name("The minister offered to resign, Yonhap news agency reported.")["Yonhap"].kind == "organization"


def test_a_pronoun_far_from_its_antecedent_is_the_articles_one_person_of_its_gender():
    text = ("Dr. Margaret Okonkwo, a surgeon, died on Thursday. Her son said she had been ill. "
            "In 1989 she founded a clinic. The clinic opened 47 branches. The branches treated patients. "
            "They employ 900 people. She is survived by her son.")
    assert not [a for a in _actors(text) if a.name.startswith("unnamed person")]


@pytest.mark.parametrize("text, name", [("The Marren River burst its banks.", "Marren River"),
                                        ("Flooding hit Cedar Creek on Monday.", "Cedar Creek")])
def test_a_river_or_creek_is_a_place(text, name):
    assert _by_name(text)[name].kind == "place"


@pytest.mark.parametrize("text, name", [
    ("Moody's Analytics said growth would slow. Moody's cut the rating.", "Moody's"),
    ("McDonald's said sales rose 4%.", "McDonald's"),
])
def test_a_firm_whose_name_is_a_possessive_is_one_organisation(text, name):
    assert [(a.name, a.kind) for a in _actors(text)] == [(name, "organization")]


def test_a_persons_possessive_with_a_title_or_given_name_stays_the_person():
    assert [(a.name, a.kind) for a in _actors("Bob McDonald's speech ran long.")] == [("Bob McDonald", "person")]


def test_a_possessive_firm_name_is_the_person_the_article_names_with_that_surname():
    text = "Laquan McDonald was shot in 2014. McDonald's family sued the city."
    assert [a.name for a in _actors(text) if a.kind != "place"] == ["Laquan McDonald"]
    assert len(_by_name(text)["Laquan McDonald"].mentions) == 2
def test_a_capitalised_role_noun_after_the_ends_a_name_not_a_description():
    text = ("At dawn Agnes MacLeod starts the engine of the Morven Star. She is 78 years old.\n\n"
            "\"People ask me when I'm going to stop,\" she says.")
    found = _by_name(text)
    assert found["Morven Star"].kind == "organization"
    assert "Morven Star" not in found["Agnes MacLeod"].aliases
    assert analyze(text).quotes[0].speaker.name == "Agnes MacLeod"


@pytest.mark.parametrize("text, name", [
    ("Lumora Technologies on Tuesday unveiled a folding phone.", "Lumora Technologies"),
    ("Maria Elena Ruiz, policy director at the National Immigration Forum, said migrants were waiting.",
     "National Immigration Forum"),
])
def test_technologies_and_forum_end_organisation_names(text, name):
    assert _by_name(text)[name].kind == "organization"


def test_the_government_is_not_the_legislature_named_last():
    text = ("Dozens of Labour MPs are threatening to vote against the welfare bill when it returns to the "
            "Commons next week. The Work and Pensions Secretary said the government would not back down.")
    found = _by_name(text)
    assert found["House of Commons"].kind == "organization"
    assert "the government" not in found["House of Commons"].aliases


def test_uk_parties_and_the_un_climate_panel_are_organisations():
    text = ("The findings come ahead of a report from the Intergovernmental Panel on Climate Change, the UN body "
            "that assesses climate science. Reform UK, which has five MPs, also opposes the bill.")
    found = _by_name(text)
    assert found["IPCC"].kind == "organization" and "Intergovernmental Panel on Climate Change" in found["IPCC"].aliases
    assert found["Reform UK"].kind == "organization"


def test_a_role_finds_its_titled_holder_beyond_the_window():
    text = ("Then Judge Hal Berman said he could not tell the difference. Was he playing a game? Was this a "
            "dream? Did nobody else see it? The judge then turned to me.")
    assert _description_holder(text, "The judge") == "Hal Berman"


def test_a_company_named_with_a_plural_head_goes_by_its_first_word():
    text = ("Lumora Technologies on Tuesday unveiled a $1,299 folding phone. Lumora's shares rose 4.2% after the "
            "announcement. Lumora says the chip uses 30% less power.")
    found = _by_name(text)
    assert "Lumora" in found["Lumora Technologies"].aliases and "Lumora" not in found


def test_an_abstract_noun_before_a_speech_verb_is_no_person():
    text = "The economy added 142,000 jobs in August. Construction added 34,000 jobs and health care 31,000."
    assert "Construction" not in _by_name(text)


@pytest.mark.parametrize("text, name", [
    ("A spokesperson for Brighton and Hove City Council said barbecues are allowed in most parks.",
     "Brighton and Hove City Council"),
    ("Detective Inspector Sarah Holt, of the force's Homicide and Major Enquiry Team, said the man was stable.",
     "Homicide and Major Enquiry Team"),
])
def test_one_word_and_a_body_name_after_it_are_one_body(text, name):
    assert _by_name(text)[name].kind == "organization"


def test_a_listed_body_after_and_stays_apart():
    found = _by_name("Obama and Democratic Party leaders met. Trump and Justice Department officials met.")
    assert "Obama" in found and "Trump" in found


@pytest.mark.parametrize("text, name", [
    ("Police closed Cobb Lane after the crash on Monday.", "Cobb Lane"),
    ("A new cafe opened on Seaview Drive last week.", "Seaview Drive"),
    ("Hikers crossing the Kessel Gap face heavy snow.", "Kessel Gap"),
])
def test_a_street_or_pass_no_list_holds_is_a_place(text, name):
    assert _by_name(text)[name].kind == "place"


def test_a_given_name_before_a_place_word_is_a_person():
    assert _by_name("Diane Lane said the film was her favourite.")["Diane Lane"].kind == "person"


@pytest.mark.parametrize("name", ["Greenpeace", "Barclays"])
def test_listed_bodies_known_by_one_word_are_organizations(name):
    found = _by_name(f"{name} said the report was flawed. The singer said she would sue.")
    assert found[name].kind == "organization" and "The singer" not in found[name].aliases


def test_core_opening_a_sentence_is_no_person():
    assert "Core" not in _by_name("Core prices rose again in May, the bank said.")


def test_an_office_given_by_apposition_stays_with_its_holder():
    text = ("Ruth Amadi, the prime minister, opened the new hospital. Reporter Colin Marsh asked about waiting "
            "lists. The prime minister said they would fall.")
    found = _by_name(text)
    assert "The prime minister" in found["Ruth Amadi"].aliases
    assert "The prime minister" not in found["Colin Marsh"].aliases


def test_a_participle_opening_a_sentence_before_a_listed_body_is_no_name():
    found = _by_name("Renewed NATO patrols began over the Baltic on Monday.")
    assert "NATO" in found and not any(name.startswith("Renewed") for name in found)
@pytest.mark.parametrize("text, full, short", [
    ("Egypt's president, Abdel Fattah el-Sisi, did not attend. Sisi has warned of the risk.",
     "Abdel Fattah el-Sisi", "Sisi"),
    ("Iraq's prime minister, Mohammed Shia al-Sudani, spoke on Monday. Al-Sudani has been under pressure.",
     "Mohammed Shia al-Sudani", "Al-Sudani"),
    ("Ukraine's President Volodymyr Zelenskyy made an offer. The Kremlin said Zelensky's plan was not serious.",
     "Volodymyr Zelenskyy", "Zelensky"),
    ("Gen. Oleksandr Syrskyi said the front was stable. Syrsky has been criticised for costly battles.",
     "Oleksandr Syrskyi", "Syrsky"),
])
def test_a_surname_without_its_arabic_article_or_in_another_transliteration_joins_the_full_name(text, full, short):
    found = _by_name(text)
    assert short in found[full].aliases and short not in found


def test_a_patronymic_in_a_name_is_the_same_person_without_it():
    text = ("President Vladimir Putin spoke on Friday. Volodymyr Zelenskyy asked for air defence. "
            "Volodymyr Oleksandrovych Zelenskyy, in his nightly address, thanked the United States.")
    found = _by_name(text)
    assert len([a for a in found if "Zelenskyy" in a]) == 1


@pytest.mark.parametrize("text, name, kind", [
    ("In China, Tencent Holdings reported a rise in revenue.", "Tencent Holdings", "organization"),
    ("Toyota Motor chairman Akio Toyoda apologised for the scandal.", "Toyota Motor", "organization"),
    ("A spokeswoman for Ridgeline Partners said Ridgeline would set aside 20 units.", "Ridgeline Partners",
     "organization"),
    ("Dale Tomczak, owner of Tomczak Hardware, said he was disgusted by the vote.", "Tomczak Hardware",
     "organization"),
    ("Analyst Yogendra Yadav said the party was strong. Yadav said so again.", "Yogendra Yadav", "person"),
    ("Mr. Modi thanked voters. Shri Modi was joined by the party president.", "Modi", "person"),
])
def test_firm_and_shop_heads_and_role_nouns_and_honorifics_of_world_news(text, name, kind):
    found = _by_name(text)
    assert found[name].kind == kind
    assert not any(key.startswith(("Analyst", "Shri")) or key in ("AI", "Ridgeline") for key in found)




@pytest.mark.parametrize("text, name", [
    ("Cyril Ramaphosa leads the African National Congress.", "African National Congress"),
    ("The African Union would send observers.", "African Union"),
    ("He met officials of the Asian Development Bank.", "Asian Development Bank"),
])
def test_a_regional_adjective_opening_a_bodys_name_is_part_of_it(text, name):
    assert _by_name(text)[name].kind == "organization"


def test_a_regional_adjective_before_a_party_plural_stays_out():
    assert "Southern Democrats" not in _by_name("Southern Democrats balked at the bill.")


@pytest.mark.parametrize("text, full, acronym", [
    ("Narendra Modi's Bharatiya Janata Party won a majority. The BJP president thanked voters.",
     "Bharatiya Janata Party", "BJP"),
    ("Taiwan Semiconductor Manufacturing Co.'s new factory opened. TSMC founder Morris Chang attended.",
     "Taiwan Semiconductor Manufacturing Co", "TSMC"),
])
def test_an_acronym_joins_the_one_body_whose_initials_it_spells(text, full, acronym):
    found = _by_name(text)
    assert acronym in found[full].aliases and acronym not in found


def test_an_acronym_two_bodies_spell_stays_apart():
    text = "The Peoples Democratic Party and the Progressive Democratic Party met. The PDP said little."
    assert "PDP" in _by_name(text)


def test_a_sentence_opener_after_a_dateline_dash_is_no_part_of_a_name():
    text = "NEW YORK — Shares of Nvidia rose 8 percent on Wednesday after the chipmaker reported revenue."
    found = _by_name(text)
    assert found["Nvidia"].kind == "organization" and not any(name.startswith("Shares") for name in found)


def test_a_capital_after_a_dash_set_off_mid_sentence_still_counts_as_a_name():
    text = "He praised the old guard — Mugabe loyalists among them — at the rally."
    assert "Mugabe" in _by_name(text)


def test_a_company_surname_alone_joins_the_company_its_shares_made_it():
    text = ("SEOUL — Shares of SK Hynix jumped 6 percent. SK Hynix said orders were sold out. "
            "“Hynix has the best product,” said an analyst.")
    found = _by_name(text)
    assert found["SK Hynix"].kind == "organization" and "Hynix" in found["SK Hynix"].aliases


@pytest.mark.parametrize("text", [
    "Analysts said the result could hinge on turnout in the north.",
    "Podcasters such as Joe Rogan traffic in a looser kind of confidence.",
])
def test_a_plural_of_commentators_opening_a_sentence_is_no_person(text):
    assert not any(name in ("Analysts", "Podcasters") for name in _by_name(text))


def test_an_actor_named_more_often_by_a_capitalised_description_keeps_its_name():
    text = ("Donald Trump spoke in Ohio. The Republican presidential nominee attacked the press. "
            "The Republican presidential nominee left early.")
    assert "Donald Trump" in _by_name(text)


@pytest.mark.parametrize("text, name, short", [
    ("Mexican President Claudia Sheinbaum Pardo spoke on Monday. Sheinbaum said trade would grow.",
     "Claudia Sheinbaum Pardo", "Sheinbaum"),
    ("Brazil's president, Luiz Inácio Lula da Silva, flew to Lisbon. Lula said the deal was fair.",
     "Luiz Inácio Lula da Silva", "Lula"),
])
def test_a_first_surname_used_alone_joins_the_full_name(text, name, short):
    assert [(a.name, len(a.mentions)) for a in _actors(text) if a.kind == "person"] == [(name, 2)]


def test_a_middle_given_name_used_alone_is_someone_else():
    text = "Mary Ellen Carter opened the fair. Ellen said the rides were safe."
    assert len(_by_name(text)["Mary Ellen Carter"].mentions) == 1


@pytest.mark.parametrize("text, person, affiliation, kind", [
    ("The panel included Dana Whitlow of Brightnest, who spoke first. Brightnest makes thermostats.",
     "Dana Whitlow", "Brightnest", "organization"),
    ("Voters such as Carl Obermann of Bedford said the race was close.", "Carl Obermann", "Bedford", None),
])
def test_what_a_named_person_is_of_is_a_body_or_town_of_its_own(text, person, affiliation, kind):
    actors = _by_name(text)
    assert actors[person].kind == "person" and person + " of" not in " ".join(actors)
    assert actors[affiliation].kind != "person" and (kind is None or actors[affiliation].kind == kind)


@pytest.mark.parametrize("text, name", [
    ("The bill passed the Virginia House of Delegates on Monday.", "Virginia House of Delegates"),
    ("Prince Harry of Wales visited the school.", "Prince Harry of Wales"),
])
def test_names_built_with_of_that_are_no_person_and_affiliation_stay_whole(text, name):
    assert not any(a.name in ("Virginia House", "Prince Harry") for a in _actors(text))


@pytest.mark.parametrize("text, name, kind", [
    ("An antibody developed by the drugmaker Nordvik Therapeutics slowed decline. Nordvik’s shares rose.",
     "Nordvik Therapeutics", "organization"),
    ("Halvorsen agreed to buy its rival Kestrel Semiconductor. Kestrel shareholders will get $48.",
     "Kestrel Semiconductor", "organization"),
    ("Halvorsen Systems said it would cut jobs. Halvorsen will close two plants.", "Halvorsen Systems",
     "organization"),
    ("The plaintiffs were represented by Lambda Legal.", "Lambda Legal", "organization"),
    ("A survey by the firm Cadem in the last week found the race tied.", "Cadem", "organization"),
    ("Dr. Lucy Carrington of the British Geological Survey said aftershocks were likely.", "Lucy Carrington",
     "person"),
    ("Dr. Lucy Carrington of the British Geological Survey said aftershocks were likely.",
     "British Geological Survey", "organization"),
    ("“Teachers cannot live here,” said Principal Aisha Bello of Jefferson Elementary.", "Aisha Bello", "person"),
    ("“Teachers cannot live here,” said Principal Aisha Bello of Jefferson Elementary.", "Jefferson Elementary",
     "organization"),
    ("Rosa Marquez-Tran has worked at St. Anne’s for 17 years.", "St. Anne’s", "organization"),
])
def test_firms_schools_and_saints_institutions(text, name, kind):
    assert _by_name(text)[name].kind == kind


@pytest.mark.parametrize("text, absent", [
    ("Missile Systems were deployed. The Army Tactical Missile Systems arrived.", "Missile Systems"),
    ("Harbor Steel raised its dividend, a move that union leaders described as tone-deaf.", "that union"),
    ("Aranda won the race.\n\nPhoto: Aranda celebrates. Credit: Jo Reyes", "Credit"),
])
def test_no_actor_from_things_relatives_or_credits(text, absent):
    assert absent not in _by_name(text)


def test_catherine_of_aragon_stays_one_name():
    assert "Catherine of Aragon" in _by_name("Catherine of Aragon was a queen of England.")


def test_an_accented_given_name_tells_the_gender():
    text = ("Héctor Villalobos lost the race to Carolina Aranda. Aranda thanked voters. She promised to publish "
            "every contract.")
    assert analyze(text).quotes[-1].speaker.name == "Carolina Aranda"


@pytest.mark.parametrize("text, name", [
    ("Hiroko Tanaka, a neurologist at Massachusetts General Hospital, led the study.",
     "Massachusetts General Hospital"),
    ("The Virginia General Assembly passed the ban.", "Virginia General Assembly"),
    ("The Alzheimer’s Association said it would push Medicare to pay.", "Alzheimer’s Association"),
    ("Researchers at Johns Hopkins estimated the cost.", "Johns Hopkins"),
    ("Container traffic through the Suez Canal is down by two-thirds.", "Suez Canal"),
])
def test_bodies_and_places_named_like_people(text, name):
    assert _by_name(text)[name].kind in ("organization", "place")


def test_a_title_before_a_name_in_a_state_still_makes_a_person():
    found = _by_name("California Attorney General Rob Bonta sued the company.")
    assert found["Rob Bonta"].kind == "person" and found["California"].kind == "place"


@pytest.mark.parametrize("text, name, sign", [
    ("Rafael Quintanilla, to his credit, asked for an audit. He was brushed aside with breathtaking arrogance.",
     "Rafael Quintanilla", 1),
    ("Tom Hale was met with outrage.", "Tom Hale", 0),
    ("Tom Hale acted with breathtaking arrogance.", "Tom Hale", -1),
    ("Tom Hale was charged with fraud.", "Tom Hale", -1),
])
def test_the_manner_of_a_passive_act_is_the_doers(text, name, sign):
    tone = _by_name(text)[name].tone
    assert (tone > 0.05) - (tone < -0.05) == sign


def test_the_manner_noun_of_a_passive_act_is_read_within_its_sentence():
    from framing.actors import _passive_manner

    lows = ["he", "was", "met", "with", "vile", "contempt"]
    assert _passive_manner(lows, 4, 0, 6)
    assert not _passive_manner(lows, 4, 0, 5)  # "contempt" opens the next sentence


@pytest.mark.parametrize("text, absent", [
    ("Opponents, many wearing red shirts reading “Keep Elm Street Quiet,” said the towers were too tall.",
     "Keep Elm Street Quiet"),
    ("A protester wore a shirt that read “Free Tom Hale” at the rally.", "Tom Hale"),
])
def test_the_words_on_a_sign_name_no_actor(text, absent):
    assert absent not in _by_name(text)


def test_the_one_body_named_with_the_noun_is_the_description_far_on():
    filler = " ".join(f"Resident {n} spoke about traffic on Elm Street." for n in "ABCDEFGHIJKLMNOP")
    text = f"The Maple Grove City Council voted to delay the tower. {filler} The council scheduled a hearing."
    council = _by_name(text)["Maple Grove City Council"]
    assert any(text[m.start:m.end] == "The council" for m in council.mentions)


def test_no_body_is_the_description_far_on_when_two_are_named_with_the_noun():
    filler = " ".join(f"Resident {n} spoke about traffic on Elm Street." for n in "ABCDEFGHIJKLMNOP")
    text = (f"The Maple Grove City Council voted to delay the tower. The Dover Town Council agreed. {filler} "
            "The council scheduled a hearing.")
    found = _by_name(text)
    assert not any(text[m.start:m.end] == "The council" for name in ("Maple Grove City Council", "Dover Town Council")
                   for m in found[name].mentions)


@pytest.mark.parametrize("text, name, joined", [
    ("Spokeswoman Mao Ning said Beijing backs the talks. A Saudi official, who asked not to be identified, said "
     "Riyadh was frustrated. The official added that the kingdom would stay out.", "Mao Ning", False),
    ("Jane Roe, a city official, met reporters. The official said the plan failed.", "Jane Roe", True),
    ("Jane Roe was a city official for years. The official said the plan failed.", "Jane Roe", True),
])
def test_the_description_after_an_unnamed_one_is_no_named_person(text, name, joined):
    actor = _by_name(text)[name]
    assert any(text[m.start:m.end] == "The official" for m in actor.mentions) == joined


@pytest.mark.parametrize("text, owner", [
    ("Halvorsen Systems agreed to acquire its rival Kestrel Semiconductor. The company reported a loss.",
     "Halvorsen Systems"),
    ("Analysts cut their forecasts for Kestrel Semiconductor. The company reported a loss.", "Kestrel Semiconductor"),
])
def test_the_company_is_the_subject_of_the_sentence_before(text, owner):
    actor = _by_name(text)[owner]
    assert any(text[m.start:m.end] == "The company" for m in actor.mentions)


@pytest.mark.parametrize("text, absent, present", [
    ("Union president Kwame Asante said the talks failed. Members of the union voted to strike.", "Union",
     "Kwame Asante"),
    ("Council President Denise Okafor-Lund called it an investment. The council voted 7-2.", "Council",
     "Denise Okafor-Lund"),
])
def test_a_sentences_capital_on_a_body_noun_written_in_lower_case_names_no_body(text, absent, present):
    found = _by_name(text)
    assert absent not in found and present in found


def test_a_named_body_before_its_officer_stays():
    found = _by_name("Acme Corp. Chairman Bob Jones resigned on Monday.")
    assert found["Acme Corp"].kind == "organization" and found["Bob Jones"].kind == "person"


@pytest.mark.parametrize("text, name, alias", [
    ("Riverside Health’s chief medical officer spoke. The hospital system said care would go on.", "Riverside Health",
     None),
    ("Riverside Health, a nonprofit with $4 billion in revenue, hired nurses.", "Riverside Health", None),
    ("The union, the Riverside Nurses Association, is demanding a raise. Talks resume next week.",
     "Riverside Nurses Association", "The union"),
])
def test_hospital_systems_and_unions_named_beside_their_nouns(text, name, alias):
    actor = _by_name(text)[name]
    assert actor.kind == "organization" and (alias is None or alias in actor.aliases)


def test_a_clause_after_a_body_is_no_apposition():
    text = ("A panel of the U.S. Court of Appeals struck down the law. According to Professor Samuel Adeyemi of the "
            "University of Virginia School of Law, the court did not decide the question.")
    assert "the court" not in _by_name(text)["University of Virginia School of Law"].aliases


@pytest.mark.parametrize("text, name, kind", [
    # a royal title's possessive before a body's head noun names the body after it, no person
    ("Health think tank the King’s Fund said the fall was welcome.", "King’s Fund", "organization"),
    ("She studied at Queen’s University for four years.", "Queen’s University", "organization"),
    # British police ranks are titles, not part of the name
    ("Detective Chief Inspector Sarah Whitmore said the force was not looking for anyone else.", "Sarah Whitmore",
     "person"),
    ("Chief Constable John Robins said the inquiry would continue.", "John Robins", "person"),
    # where a person works, and a body in apposition to an agency noun, is an organisation
    ("“It was a surprise,” said Paul Dergarabedian, a senior analyst at Comscore.", "Comscore", "organization"),
    ("Spain’s state weather agency, Aemet, issued red alerts on Tuesday.", "Aemet", "organization"),
    ("Eastbridge manager Diego Ferreira was unhappy. Eastbridge pulled one back late on.", "Eastbridge",
     "organization"),
    ("The film took $48 million, according to its distributor, Meridian Pictures.", "Meridian Pictures",
     "organization"),
])
def test_detects_bodies_and_titles_of_other_beats(text, name, kind):
    found = _by_name(text)
    assert name in found, sorted(found)
    assert found[name].kind == kind


@pytest.mark.parametrize("text, name, absent", [
    ("The King’s speech was short, and the King said little.", "the King", "King’s"),  # no body's noun after it
    ("Grace Park said the vote was fair.", "Grace Park", None),  # a given name before "Park": a person
    ("Rovers won in front of 41,250 fans at Northgate Park.", "Rovers", "Northgate Park"),  # a ground
    ("A woman cools off in a fountain. Photograph: Ana Ruiz", "Ana Ruiz", "Photograph"),
])
def test_other_beats_keep_people_and_leave_out_things(text, name, absent):
    found = _by_name(text)
    assert any(n.lower() == name.lower() for n in found), sorted(found)
    assert absent is None or not any(absent in n for n in found), sorted(found)


@pytest.mark.parametrize("text, name, kind", [
    ("Storms could bring up to 30mm of rain in parts of Galicia.", "Galicia", "place"),
    ("Reservoirs in the Guadalquivir basin were at 23% of capacity.", "Guadalquivir", "place"),
    ("Marta Basin said the plan had failed.", "Marta Basin", "person"),  # a surname, no basin
])
def test_place_nouns_of_weather_copy(text, name, kind):
    found = _by_name(text)
    assert name in found, sorted(found)
    assert found[name].kind == kind


@pytest.mark.parametrize("text", [
    "Paramedics pronounced the woman dead at the scene.",
    "Thunderstorms are expected across the north on Sunday.",
])
def test_sentence_opening_common_nouns_of_other_beats_are_no_actors(text):
    assert _actors(text) == []


@pytest.mark.parametrize("text, absent, present", [
    ("The superhero sequel Nightfall Rising fell to second place.", "Nightfall Rising", None),
    ("His previous film, Harmattan, won the Grand Prix at Cannes.", "Harmattan", None),
    ("Okafor’s drama The Salt Road took $48 million.", "Salt Road", "Okafor"),
    ("The film Tom Hanks made in 1994 won six awards.", None, "Tom Hanks"),  # a given name: a person
    ("Polls show Sanders surging in Iowa.", None, "Sanders"),  # "show" the verb, no work noun
])
def test_a_title_after_a_work_noun_is_no_actor(text, absent, present):
    found = _by_name(text)
    assert absent is None or not any(absent in n for n in found), sorted(found)
    assert present is None or any(present in n for n in found), sorted(found)


def test_a_party_word_before_a_places_officer_leaves_the_officer_by_name():
    names = _names_kinds("The Republican North Dakota Sen. Ola Hendry said the bill was dead.")
    assert names.get("Ola Hendry") == "person"
    assert not any(name.startswith("North Dakota Sen") for name in names)


@pytest.mark.parametrize("text, alias", [
    ("Mara Quist, the chief executive, said sales fell. The chief executive added that costs rose.",
     "The chief executive"),
    ("Mara Quist, the chief financial officer, said sales fell. The chief financial officer added more.",
     "The chief financial officer"),
])
def test_a_two_word_office_after_the_is_kept_whole(text, alias):
    actor = _by_name(text)["Mara Quist"]
    assert alias in actor.aliases
    assert "The chief" not in actor.aliases and "the chief" not in actor.aliases


def test_a_two_word_office_never_ends_inside_a_word():
    text = "The bank said the chief financial officers would resign. The chief executive officers agreed."
    for actor in analyze(text).actors:
        for m in actor.mentions:
            assert not text[m.end:m.end + 1].isalpha(), text[m.start:m.end + 1]


@pytest.mark.parametrize("text, absent", [
    ("Black votes decided the race in the county.", "Black"),
    ("The count turned on White voters in the suburbs.", "White"),
    ("Speaking Spanish, the mayor told the crowd to stay calm.", "Speaking Spanish"),
])
def test_a_colour_before_a_plural_or_a_participles_clause_is_no_one(text, absent):
    assert absent not in _names_kinds(text)


@pytest.mark.parametrize("text, name", [
    ("Jack Black said he was happy with the film.", "Jack Black"),
    ("Harding Lawrence said the plan would fail.", "Harding Lawrence"),
    ("Black was elected to the council in May, and Brown has said so.", "Black"),
    ("Black was elected to the council in May, and Brown has said so.", "Brown"),
])
def test_a_colour_surname_or_a_name_like_a_participle_stays_a_person(text, name):
    assert _names_kinds(text)[name] == "person"


@pytest.mark.parametrize("text, name", [
    ("The Belgian newspaper De Morgen reported the deal on Monday.", "De Morgen"),
    ("KQT Tidende reported the deal on Monday.", "KQT Tidende"),
])
def test_a_name_after_an_outlet_noun_or_opening_with_an_acronym_is_a_body(text, name):
    assert _names_kinds(text)[name] == "organization"


@pytest.mark.parametrize("text, person, others", [
    ("Police found Lee County Deputy Dana Holt dead in his home. Holt had served for 14 years.", "Dana Holt",
     {"Lee County"}),
    ("Deputy Dana Holt stopped the car.", "Dana Holt", set()),
    ("Deputy Director Jane Roe said the plan was sound.", "Jane Roe", set()),
])
def test_deputy_is_a_title_before_a_name_and_a_longer_deputy_title_wins(text, person, others):
    kinds = _names_kinds(text)
    assert kinds[person] == "person" and others <= set(kinds) and not any("Deputy" in name for name in kinds)


@pytest.mark.parametrize("text, person, span", [
    ("Serbian tennis star Milan Petrovic won the final. The Serb said he was tired.", "Milan Petrovic", "The Serb"),
    ("Milan Petrovic, a Serb, beat Luis Mora of Spain. The Spaniard said he was tired.", "Luis Mora",
     "The Spaniard"),
    ("Milan Petrovic (Serbia) won in Paris. Fans cheered as the Serb lifted the cup.", "Milan Petrovic", "the Serb"),
])
def test_a_demonym_noun_is_the_last_person_the_article_gave_that_nation(text, person, span):
    actor = _by_name(text)[person]
    assert span in [text[m.start:m.end] for m in actor.mentions]


@pytest.mark.parametrize("text", [
    "Milan Petrovic won the final on Sunday. The Serb said he was tired.",  # no nation stated: no guess
    "Luis Mora of Spain beat Milan Petrovic. The Serb said he was tired.",  # the one of that nation is no Serb
    "Serbian star Milan Petrovic won. The Serbian government said so.",  # a modifier, no person
    "Serbian star Milan Petrovic won. He met the chief of the Serb armed forces.",  # a participle of the plural
])
def test_a_demonym_noun_with_no_person_the_article_gave_that_nation_is_linked_to_no_one(text):
    assert all("Serb" not in text[m.start:m.end] for a in _actors(text) if a.kind == "person" for m in a.mentions)


@pytest.mark.parametrize("text", [
    "Milan Petrovic spoke on Monday. The Serb said the talks had failed.",
    "Milan Petrovic, a Serb, said the talks had failed.",
])
def test_a_demonym_noun_after_an_article_is_a_person_not_the_country(text):
    assert "Serbia" not in _names_kinds(text)


# ---------------------------------------------------------------- dogfood33a: wrong actors of a dogfood run


def test_company_head_air_and_trailing_company_speaker():
    """A name ending in "Air" is an airline, its later first word alone is it again, and "the carrier" reporting
    the sentence it opens is the same body; an unknown name reported so is typed a company too."""
    found = _by_name("Kestrel Air will close its Bergen base, about 5% of its routes, the carrier said on Monday. "
                     "Shares in Kestrel fell 3%. The airline said bookings were weak.")
    assert found["Kestrel Air"].kind == "organization"
    assert {"kestrel", "the carrier", "the airline"} <= {a.lower() for a in found["Kestrel Air"].aliases}
    other = _by_name("Brondal Zephyr will shut two plants, the carrier said on Friday.")
    assert other["Brondal Zephyr"].kind == "organization"
    assert "the carrier" in other["Brondal Zephyr"].aliases
    assert _by_name("Clean Air advocates met on Monday.").get("Clean Air") is None
    assert _by_name("Brondal will cut 400 jobs, about 6% of its workforce. Brondal said costs rose.")["Brondal"].kind \
        == "organization"


def test_party_word_and_common_word_before_party_is_a_party():
    found = _by_name("The opposition Democratic Harmony party won the vote in Tarvia. "
                     "Democratic Harmony took 90 seats, and Democrat Ellen Varga said it was a fair result.")
    assert found["Democratic Harmony"].kind == "organization"
    assert "Harmony" not in found
    assert found["Ellen Varga"].kind == "person"


def test_capitalised_adjective_before_plural_subject_is_no_name():
    assert "Young" not in _by_name("Rents rose again. Young workers are leaving the city, Tom Reed said.")
    assert "Older" not in _by_name("Older voters have turned away from the party, Ann Cole said.")
    assert _by_name("Neil Young sang. Young says he will tour again.")["Neil Young"].kind == "person"


def test_a_city_noun_never_refers_back_to_a_country_and_a_possessive_taken_up_by_its_is_no_person():
    text = ("A state judge on Tuesday halted Brackenford's curfew for teenagers in its parks. "
            "U.S. Attorney Dana Price said the city had overreached. The city said it would appeal.")
    found = _by_name(text)
    assert found["Brackenford"].kind == "place"
    assert {"the city", "The city"} & set(found["Brackenford"].aliases)
    assert not {"the city", "The city"} & set(found.get("United States", A.Actor("", [], "place", [])).aliases)
    assert _by_name("Corvane's plan to move its plant angered workers, Ann Lee said.")["Corvane"].kind \
        == "organization"
    assert _by_name("Okafor's plan would cut his budget, and Okafor's aides said its cost was low.")["Okafor"].kind \
        == "person"


@pytest.mark.parametrize("text, city, country", [
    ("The minister told reporters in Lisbon that the talks had failed.", "Lisbon", "Portugal"),
    ("Capitals such as Madrid have cut fares, Ana Reyes said.", "Madrid", "Spain"),
])
def test_a_capital_as_a_setting_is_the_city(text, city, country):
    found = _by_name(text)
    assert found[city].kind == "place" and found[city].affiliation == country
    assert country not in found


def test_a_capital_that_acts_or_hosts_officials_stays_its_government():
    assert "Russia" in _by_name("Moscow rejected the offer on Monday.")
    assert "United States" in _by_name("Officials in Washington were cautious about it.")


def test_a_person_the_article_calls_she_is_a_woman_for_later_pronouns():
    text = ("Opposition leader Zaleska Voronin, a former judge, told supporters the vote was a mandate. She has "
            "promised to cut taxes, which she calls overdue. Critics say her plan is vague. \"She has never said "
            "how she will pay for it,\" said Tomas Reiber, an economist.")
    found = _by_name(text)
    assert not any(name.startswith("unnamed person") for name in found)
    assert len(found["Zaleska Voronin"].references) == 5


def test_a_lead_description_is_the_office_holder_the_next_sentence_names():
    text = ("Judge blocks county curfew\n\nA state judge on Monday blocked Carrow County's curfew for teenagers. "
            "Circuit Judge Lydia Marsh wrote that the county had shown no need for it.")
    found = _by_name(text)
    assert "A state judge" in found["Lydia Marsh"].aliases
    # no link when the lead names someone itself, or two judges are named next
    named = _by_name("A state judge on Monday blocked the curfew Mayor Tom Reed had signed. "
                     "Circuit Judge Lydia Marsh wrote that it was vague.")
    assert "A state judge" not in named["Lydia Marsh"].aliases
    two = _by_name("A state judge on Monday blocked the curfew. Circuit Judge Lydia Marsh and Circuit Judge Omar "
                   "Daley disagreed.")
    assert "A state judge" not in two["Lydia Marsh"].aliases + two["Omar Daley"].aliases


def test_sole_of_gender_knows_a_person_the_article_calls_she():
    text = ("Zaleska Voronin, a painter, died on Sunday. She was 81. Her work hangs in Riga. Critics praised the "
            "colours. The museum bought six canvases. Its director called them rare. Prices rose at auction. "
            "Many buyers queued for days. The last show closed in May. She is survived by two sons.")
    found = _by_name(text)
    assert not any(name.startswith("unnamed person") for name in found)
    assert len(found["Zaleska Voronin"].references) == 3


@pytest.mark.parametrize("text", [
    "Anna Berg volunteered at a shelter for people who lost their homes in the flood.",
    "Anna Berg raised money for families whose houses burned down in the terrible fire.",
    "Anna Berg cooks meals for residents who were injured in the crash.",
])
def test_bad_news_of_the_people_helped_is_not_the_helpers(text):
    assert _mention_tone(text, "Anna Berg") > -0.05
    # a wrong done in the relative clause by a named actor still counts toward that actor
    assert _mention_tone("Anna Berg spoke for families who were cheated by Tom Hale.", "Tom Hale") < -0.05
    assert _mention_tone("Tom Hale met women who accused him of fraud.", "Tom Hale") < -0.05
    # after a copula the clause says what its subject is
    assert _mention_tone("Tom Hale is one of those people who lie and cheat.", "Tom Hale") < -0.05


@pytest.mark.parametrize("text", [
    "Mayor Anna Berg spoke to reporters after the shooting.",
    "Anna Berg visited the school days after the attack.",
    "Anna Berg met the families in the wake of the deadly bombing.",
])
def test_an_event_setting_the_time_names_no_doer(text):
    assert _mention_tone(text, "Anna Berg") > -0.05
    # the event's named doer is still its doer
    assert _mention_tone("Tom Hale shot two guards after the meeting.", "Tom Hale") < -0.05


def test_a_dated_event_or_one_at_the_time_of_a_clause_names_no_doer():
    assert _mention_tone("Anna Berg was in the square when the first blast came.", "Anna Berg") > -0.05
    assert _mention_tone("Anna Berg toured the site of last night's shooting.", "Anna Berg") > -0.05


@pytest.mark.parametrize("text, name", [
    # a listed initialism in its dotted spelling is the same body
    ("Two F.B.I. agents knocked on the door.", "FBI"),
    ("A former officer of the C.I.A. wrote the memo.", "CIA"),
    ("Lawyers for the N.A.A.C.P. filed the brief in March.", "NAACP"),
    # "for the" inside a body's name, after an organisation word
    ("The Society for the Study of Marsh Birds published the survey.", "Society for the Study of Marsh Birds"),
    ("The National Association for the Advancement of Colored People sued the county.", "NAACP"),
])
def test_dotted_initialisms_and_names_with_for_the(text, name):
    assert name in _by_name(text)


@pytest.mark.parametrize("text, word", [
    ("Studies have found that the drug cuts the risk of stroke.", "Studies"),  # a plural before "have"
    ("Surveys were sent to every household.", "Surveys"),
    ("Activists oppose the new photo ID rules.", "ID"),  # the common noun, identification
])
def test_plural_openers_and_common_acronyms_are_no_actors(text, word):
    assert all(word not in a.name for a in _actors(text))
