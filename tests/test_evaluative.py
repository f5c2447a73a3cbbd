"""Evaluative language: appraisal categories, multi-word expressions, negation, domain sense, voice."""

from __future__ import annotations

import pytest

from framing import analyze, evaluative
from framing.evaluative import (
    CATEGORIES,
    Evaluative,
    build_lexicon,
    evaluative_language,
    evaluative_summary,
    lemmas,
    lexicon,
    quotation_spans,
    read_entries,
)
from framing.quotes import Cue, Quote, Speaker
from framing.segment import segment


def speaker(text: str, name: str) -> Speaker:
    start = text.index(name)
    return Speaker(name, None, False, start, start + len(name), name)


def findings(text: str, quotes=()) -> list[Evaluative]:
    return evaluative_language(segment(text), quotes=list(quotes))


def found(text: str, quotes=()) -> dict[str, Evaluative]:
    return {f.text: f for f in findings(text, quotes)}


def found_as(text: str, phrase: str, category: str) -> Evaluative:
    """The finding of ``phrase`` in ``text``, asserted to be there with ``category``."""
    hits = found(text)
    assert phrase in hits, sorted(hits)
    assert hits[phrase].category == category
    return hits[phrase]


@pytest.mark.parametrize("text, phrase, category, polarity", [
    # multi-word expressions and inflections
    ("The ministry contradicted itself twice last week.", "contradicted itself", "judgement", -1),
    ("The council contradicts itself on housing.", "contradicts itself", "judgement", -1),
    ("The senators fell into the trap of waiting.", "fell into the trap", "metaphor", -1),
    ("Critics say the agency will fall into a trap.", "fall into a trap", "metaphor", -1),
    ("The coach has worked with a hand tied behind his back.", "a hand tied behind his back", "metaphor", -1),
    ("Voters watched the sand slowly running out of the hourglass.", "sand slowly running out of the hourglass",
     "metaphor", -1),
    ("The board kept delaying the vote too long.", "delaying the vote too long", "appreciation", -1),
    ("It was a landmark ruling for the tenants.", "landmark ruling", "appreciation", 1),
    ("The plan was a disastrous mistake.", "disastrous mistake", "appreciation", -1),
    ("The plan was disastrous.", "disastrous", "appreciation", -1),
    ("The mayor acted recklessly in the crisis.", "recklessly", "judgement", -1),
    ("The firefighters acted bravely.", "bravely", "judgement", 1),
    ("Fans reacted with fury to the ruling.", "fury", "affect", -1),
    ("The hearing turned into a witch hunt.", "witch hunt", "metaphor", -1),
    ("The governor slammed the decision on Tuesday.", "slammed", "metaphor", -1),
    ("Party thugs broke up the rally.", "Party thugs", "loaded-label", -1),  # the label's modifier joins
    ("The thugs broke up the rally.", "thugs", "loaded-label", -1),
    ("The senator wants the illegals deported.", "illegals", "loaded-label", -1),  # kept whatever the data says
    ("Reportedly the deal is done.", "Reportedly", "hedge", 0),
    ("The city finally opened the bridge.", "finally", "counter-expectation", 0),
    ("Clearly the talks went nowhere.", "Clearly", "booster", 0),
    ("The plan is slightly better.", "slightly", "downtoner", 0),
])
def test_expression_category_and_polarity(text, phrase, category, polarity):
    assert found_as(text, phrase, category).polarity == polarity


@pytest.mark.parametrize("text, phrase, categories, polarity", [
    ("The delay caused immense frustration among allies.", "immense frustration", ("intensifier", "affect"), -1),
    ("It was an utterly absurd proposal.", "utterly absurd proposal", ("intensifier", "appreciation"), -1),
    ("The budget is very, very bad.", "very, very bad", ("intensifier", "appreciation"), -1),
    ("Her deeply cynical move backfired.", "deeply cynical move", ("intensifier", "judgement"), -1),
])
def test_graduation_joins_the_attitude_it_grades(text, phrase, categories, polarity):
    hits = found(text)
    assert phrase in hits, sorted(hits)
    assert hits[phrase].categories == categories
    assert hits[phrase].category == categories[-1]
    assert hits[phrase].polarity == polarity


@pytest.mark.parametrize("text, phrase", [
    ("It was a heartbreaking death.", "heartbreaking death"),  # the evaluated head joins the span
    ("A long-awaited military option arrived.", "long-awaited military option"),
    ("The corrupt Senate voted.", "corrupt Senate"),  # a name is taken, and nothing after it
    ("The corrupt Mayor Dale Brenner resigned.", "corrupt Mayor Dale Brenner"),  # the whole name
    ("The vile Brenner spoke today.", "vile Brenner"),  # not the verb after the name
    ("The corrupt Dale McBrenner resigned.", "corrupt Dale McBrenner"),
    ("The corrupt FBI resigned.", "corrupt"),  # all capitals: an acronym or a headline, not taken
    ("The disgraced FBI agent resigned.", "disgraced FBI agent"),  # an acronym before its noun is taken
    ("DISGRACED FBI AGENT RESIGNS", "DISGRACED"),  # a headline in capitals is not
    ("The disgraced former officials met.", "disgraced former officials"),  # "former" qualifies a noun
    ("Corrupt career politicians lied.", "Corrupt career politicians"),
    ("They shared cherished long-secret records.", "cherished long-secret records"),  # a compound too
    ("It was an ugly fight over money.", "ugly fight"),  # "ugly" is no adverb: it takes its head
    ("Critics bash Mr. Brenner daily.", "bash"),  # a title is no name
    ("A weekend of massive Russian strikes.", "massive Russian strikes"),  # a proper adjective's noun joins
    ("The corrupt Republican lawmakers fled.", "corrupt Republican lawmakers"),  # a party's adjective too
    ("The vile Custodian built a wall.", "vile Custodian"),  # a noun in -an is no demonym: not its verb
    ("The ignorant Vatican clerks laughed.", "ignorant Vatican clerks"),  # a seat's name qualifies its noun
    ("Rivals vowed to smear Governor Ruiz.", "smear Governor Ruiz"),  # a name ends the sentence: no title
    ("Critics bash Dr. Brenner daily.", "bash"),  # a title before a name still is one
    ("The corrupt officials resigned.", "corrupt officials"),  # any attitude word takes its head
    ("The evil plan failed.", "evil plan"),
    ("The plan was evil and costly.", "evil"),  # a function word is no head
    ("Thugs attacked voters.", "Thugs"),  # a plural noun is a head itself
    ("The delay caused immense frustration among allies.", "immense frustration"),  # nor a preposition
    ("It was an act of political hypocrisy.", "political hypocrisy"),  # the attitude word's own modifier
    ("Brenner slandered the judge.", "slandered"),  # a capitalised subject is not a modifier
    ("He acted so recklessly in office.", "so recklessly"),  # adverbs take no head
    ("The outcome was tragic for them.", "tragic"),
    ("The ad deceptively says otherwise.", "deceptively says"),  # an adverb takes the verb it grades
    ("Officials viewed communists as rivals.", "communists"),  # a verb is not a label's modifier
    ("They feared right-wing zealots.", "right-wing zealots"),
])
def test_span_covers_the_evaluated_head(text, phrase):
    assert phrase in found(text), sorted(found(text))


@pytest.mark.parametrize("text, phrase", [
    ("The mayor is openly racist.", "openly racist"),  # the adverb that grades it
    ("The senator openly mocked the panel.", "openly mocked"),
    ("The ruling was hardly unjust.", "unjust"),  # a negator is no grading adverb
    ("Her family tragedy is old news.", "tragedy"),  # nor a noun in -ly
    ("Years of suffering and anguish followed.", "suffering and anguish"),  # a conjunct of the same kind
    ("The scheme was illegal and immoral.", "illegal and immoral"),
    ("They faced lawsuits and smears.", "lawsuits and smears"),  # two plural nouns
    ("The post was a sea of lies.", "sea of lies"),  # a figure of mass holds the attitude word
    ("Fans predictably freaked out at the news.", "predictably freaked out"),  # a phrasal verb's particle
    ("They keep dumbing down the schools.", "dumbing down"),
    ("The shocking ending up north drew crowds.", "shocking ending"),  # not after a noun in -ing
    ("It drew a flood of hateful messages.", "flood of hateful messages"),
    ("The council and corrupt officials met.", "corrupt officials"),  # a noun before "and" is another item
    ("He sold the apartment, and mistakenly paid twice.", "mistakenly paid"),
    ("The rally had been cancelled and violent clashes followed.", "violent clashes"),  # another clause
    ("It was a brutal and cruel regime.", "brutal"),  # never a word another finding holds
    ("It was a brutal and cruel regime.", "cruel regime"),
    ("Two hoodlums ran the square.", "hoodlums"),  # a number that opens the sentence is no modifier
    ("Russian trolls flooded the forum.", "Russian trolls"),
    ("The racism continued for years.", "racism"),  # the clause's verb is not its head
    ("The corrupt elected officials left.", "corrupt elected officials"),  # a participle before its noun is
    ("Only deluded zealots cheered.", "deluded zealots"),  # an attributive participle qualifies a noun finding
    ("The hearing was a tired charade.", "tired charade"),
    ("Marching thugs blocked the road.", "Marching thugs"),  # capitalised: it opens the sentence
    ("Her remarks sparked outrage.", "outrage"),  # after its subject a participle is the clause's verb
    ("Protests erupted, involving thugs from the city.", "thugs"),  # after a comma, a clause of its own
    ("Many critics, including corrupt officials, left.", "corrupt officials"),  # a participle as preposition
    ("In the following disaster, crowds fled.", "disaster"),
    ("The envoy turned heads and caused headaches abroad.", "headaches"),  # after "and" as often a verb
    ("Critics continued mocking voters.", "mocking voters"),  # a verb finding takes no participle before it
    ("They were deeply ashamed.", "deeply ashamed"),  # an adjective finding takes none either
    ("The so-called thugs left.", "thugs"),  # a word another finding holds is never taken
    ("The article set out to vilify him.", "vilify him"),  # a pronoun object ends the verb phrase
    ("Activists demonized them for years.", "demonized them"),
    ("Rivals smeared her campaign.", "smeared"),  # "her" before a noun is a determiner, not the object
])
def test_span_takes_the_grading_adverb_and_conjuncts(text, phrase):
    assert phrase in found(text), sorted(found(text))


@pytest.mark.parametrize("text, phrase, category, polarity", [
    ("The tax-hating crowd cheered.", "tax-hating crowd", "affect", -1),  # built on "hate"
    ("A bully-boy tactic.", "bully-boy tactic", "judgement", -1),
])
def test_compound_carries_the_attitude_of_its_part(text, phrase, category, polarity):
    hits = found(text)
    assert phrase in hits, sorted(hits)
    assert (hits[phrase].category, hits[phrase].polarity) == (category, polarity)


@pytest.mark.parametrize("text", [
    "An anti-corruption campaign began.",  # a prefix turns the compound against its part
    "The self-hating man left.",
    "The well-known author spoke.",  # no part is an attitude word
    "It was a tragedy-free season.",  # "-free" denies the part
    "The hyper-local news site grew.",  # a combining form is no part ("hyper" is no "hype")
])
def test_compound_without_an_attitude_part_is_no_finding(text):
    assert findings(text) == []


def test_adverb_takes_no_name():
    hits = found("He spoke deceptively Brenner said.")
    assert "deceptively" in hits, sorted(hits)


@pytest.mark.parametrize("text", [
    "The office is very busy today.",  # a bound degree word grades nothing here
    "She was so tired after the trip.",
    "Too many people came to the fair.",
])
def test_bound_degree_words_alone_are_not_findings(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, phrase, polarity, negated", [
    ("It was not a disaster for the party.", "disaster", 1, True),
    ("The plan is not ridiculous at all.", "ridiculous", 1, True),
    ("The move was never brave.", "brave", -1, True),
    ("The minister was dishonest with voters.", "dishonest", -1, False),
    ("It was not only absurd but costly.", "absurd", -1, False),  # "not only" is no negation
    ("There is no doubt, but the plan is absurd.", "absurd", -1, False),  # another clause
])
def test_negation_flips_polarity(text, phrase, polarity, negated):
    hits = found(text)
    assert hits[phrase].polarity == polarity
    assert hits[phrase].negated is negated


@pytest.mark.parametrize("text, phrase, hedged", [
    ("The plan may prove disastrous for farmers.", "disastrous", True),
    ("The plan proved disastrous for farmers.", "disastrous", False),
    ("Perhaps the senator acted recklessly.", "recklessly", True),
])
def test_hedges_mark_what_they_soften(text, phrase, hedged):
    assert found(text)[phrase].hedged is hedged


@pytest.mark.parametrize("text, phrase, category", [
    ("Ukraine faced massive strikes overnight.", "massive strikes", "intensifier"),
    ("The talks come at a critical juncture.", "critical juncture", "appreciation"),
    ("Aid arrived at a critical moment.", "critical moment", "appreciation"),
    ("The senator attacked the press in a tweet.", "attacked", "judgement"),
    ("The court issued a landmark decision.", "landmark decision", "appreciation"),
    ("The agency is infested with cranks.", "infested", "metaphor"),  # people as vermin
    ("Those wolves on the council smelled blood.", "wolves", "loaded-label"),  # people as predators
])
def test_domain_sense_that_is_evaluative(text, phrase, category):
    found_as(text, phrase, category)


@pytest.mark.parametrize("text", [
    "Russian forces launched an attack on the base at dawn.",  # military report: not a judgement
    "Drone attacks hit the power plant; two soldiers were killed.",
    "The patient remains in critical condition.",
    "The senator was critical of the bill.",
    "Critics of the plan spoke on Monday.",
    "The museum sits in the historic district.",
    "The regulator set a new sanctions regime.",
    "He pleaded not guilty to two counts.",
    "The storm was devastating for the coast after the earthquake.",
    "The unit was rendered combat ineffective.",
    "The town lies on the river.",
    "What lies ahead for the harbour is a long winter.",  # "lies" of position after "what", not untruths
    "The answer lies beneath the old mill.",
    "Upstream lies a quiet fishing village.",  # after a place adverb "lies" is the verb of position
    "Across the border lies Marovia.",  # and after a place noun
    "Let us be honest about the cost of the new road.",  # a discourse phrase, no judgement of anyone
    "To be honest, the bridge was never finished.",
    "Temperatures reached extreme heat levels.",
    "The landmark building is closed.",
    "In spite of the rain, the fair opened on time.",  # a preposition, not the feeling
    "Raging wildfires cut off the coastal town.",  # natural forces are described, not judged
    "The region is prone to extreme storms.",
    "The hurricane caused catastrophic damage to the harbour.",
    "The old barn was infested with rats.",  # pests keep the literal sense
    "Wolves returned to the national park after a century.",
    "The flood of water reached the school.",  # a figure of mass joins only an attitude word
    "The campaign blasted out a new robocall.",  # "blast out": send widely, no judgement
])
def test_domain_sense_that_is_not(text):
    assert [f.text for f in findings(text) if f.polarity != 0] == []


@pytest.mark.parametrize("text, phrase, voice", [
    ('The minister said the plan was "an absolute disaster" for farmers.', "absolute disaster", "quoted"),
    ("“It is a shameful decision,” the mayor said.", "shameful decision", "quoted"),
    ("The shameful decision was announced on Friday.", "shameful decision", "author"),
    ("Critics called the remarks ‘outrageous’ and left.", "outrageous", "quoted"),
    ("The outrageous remarks didn’t help.", "outrageous remarks", "author"),
])
def test_voice_from_quotation_marks(text, phrase, voice):
    assert found(text)[phrase].voice == voice


def test_voice_from_the_quote_stage():
    text = "Officials said the rollout was a disaster. The disaster is plain to see."
    doc = segment(text)
    start = text.index("the rollout")
    quote = Quote(start, text.index("."), text[start : text.index(".")], "indirect", speaker(text, "Officials"), None)
    voices = [(f.text, f.voice) for f in evaluative_language(doc, quotes=[quote])]
    assert voices == [("disaster", "quoted"), ("disaster", "author")]


@pytest.mark.parametrize("text, content_from, phrase, voice", [
    # the verb is the outlet's even when its span reaches the object that starts the reported content
    ("The committee slammed Senate Democrats for blocking the bill.", "Senate", "slammed Senate Democrats", "author"),
    ("Critics said corrupt officials took the money.", "corrupt", "corrupt officials", "quoted"),
])
def test_voice_by_the_matched_words(text, content_from, phrase, voice):
    start = text.index(content_from)
    quote = Quote(start, text.index("."), text[start : text.index(".")], "indirect", speaker(text, text.split()[0]),
                  None)
    hits = {f.text: f for f in evaluative_language(segment(text), quotes=[quote])}
    assert hits[phrase].voice == voice, sorted(hits)


@pytest.mark.parametrize("cue, lemma, voice", [
    # a stance cue's content tells what someone wants or did, in the outlet's words ...
    ("want", "want", "author"),
    ("refused", "refuse", "author"),
    # ... unless the cue judges its object: then the judgement is the source's
    ("condemned", "condemn", "quoted"),
])
def test_voice_after_a_stance_cue(cue, lemma, voice):
    text = f"The senators {cue} to scrap the bloated pension scheme."
    start = text.index("to scrap")
    quote = Quote(start, text.index("."), text[start : text.index(".")], "indirect", speaker(text, "senators"),
                  Cue(cue, text.index(cue), text.index(cue) + len(cue), "stance", lemma))
    hits = {f.text: f for f in evaluative_language(segment(text), quotes=[quote])}
    assert hits["bloated pension"].voice == voice


def test_reported_content_without_a_source_is_the_outlets():
    # "appear" found as a cue with no one behind it: the outlet hedging its own claim
    text = "The figures appear to be fabricated."
    start = text.index("to be")
    quote = Quote(start, text.index("."), text[start : text.index(".")], "indirect", None,
                  Cue("appear", text.index("appear"), text.index("appear") + 6, "tentative", "appear"))
    hits = {f.text: f for f in evaluative_language(segment(text), quotes=[quote])}
    assert hits["fabricated"].voice == "author"


@pytest.mark.parametrize("text, said_by, phrase, voice", [
    # the writer, nobody or an extraposed "it" is no source: the content is the outlet's claim
    ("We think the plan is reckless.", "We", "reckless", "author"),
    ("No one denies that the old plants are reckless.", "No one", "reckless", "author"),
    ("It is worth noting that the plan is reckless.", "It", "reckless", "author"),
    # "it" standing for a body that speaks stays a source
    ("The agency published a report, and it said the plan is reckless.", "it", "reckless", "quoted"),
])
def test_reported_content_with_the_writer_as_its_source_is_the_outlets(text, said_by, phrase, voice):
    start = text.index("the plan") if "the plan" in text else text.index("the old")
    mention = text.rindex(said_by, 0, start)
    source = Speaker(None, None, False, mention, mention + len(said_by), said_by)
    quote = Quote(start, text.index(".", start), text[start : text.index(".", start)], "indirect", source, None)
    hits = {f.text: f for f in evaluative_language(segment(text), quotes=[quote])}
    assert hits[phrase].voice == voice


def test_words_outside_the_marks_of_a_mixed_quote_after_a_stance_cue_are_the_outlets():
    text = 'The mayor backed the reckless plan that the council called "a gift to developers".'
    start = text.index("the reckless")
    quote = Quote(start, len(text) - 1, text[start:-1], "mixed", speaker(text, "mayor"),
                  Cue("backed", text.index("backed"), text.index("backed") + 6, "stance", "back"))
    hits = {f.text: f for f in evaluative_language(segment(text), quotes=[quote])}
    assert hits["reckless plan"].voice == "author"


@pytest.mark.parametrize("text, spans", [
    ("The school rejected the club for its 'controversial' views.", ["controversial"]),
    ("Critics call it a 'jobs killer' bill.", ["jobs killer"]),
    # apostrophes are no quotation marks
    ("The players' union and the teachers' union met in the '90s.", []),
    ("They played rock 'n' roll all night.", []),
    ("''Who will pay for it?'' the mayor asked.", []),
])
def test_short_stretch_in_straight_single_marks_is_a_quotation(text, spans):
    assert [text[s:e] for s, e in quotation_spans(text)] == spans


def test_scare_quote_in_straight_single_marks_flags_the_sentence():
    text = "Student says the school rejected her club for 'hateful' views."
    summary = analyze(text).evaluative_summary
    assert [b.cues for b in summary.biased_sentences] == [("quoted-evaluation",)]


def test_voice_after_a_stance_cue_in_the_pipeline():
    text = "The governor wants to trim our bloated, draconian prison system. Critics said it was a reckless plan."
    voices = {f.text: f.voice for f in analyze(text).evaluative}
    assert voices["draconian prison"] == "author"
    assert voices["reckless plan"] == "quoted"


@pytest.mark.parametrize("text, phrase, category", [
    # general evaluative words and idioms added to the lexicon
    ("The mayor gave an illogical answer.", "illogical answer", "judgement"),
    ("Residents despise the new toll.", "despise", "affect"),
    ("The column was a hatchet job.", "hatchet job", "metaphor"),
    ("The senator called the bill pure hogwash.", "hogwash", "appreciation"),
    ("He warned of an invasion of migrants at the border.", "invasion", "loaded-label"),
    ("The council opened a hornet’s nest with the vote.", "hornet’s nest", "metaphor"),
    ("The walkout shattered party unity.", "shattered party unity", "metaphor"),
    ("Ticket sales are shattering records.", "shattering records", "intensifier"),
    ("The campaign told lie after lie.", "lie after lie", "judgement"),
    ("The ads sow division among voters.", "sow division", "judgement"),
    ("Lobbyists hijacked the debate.", "hijacked", "metaphor"),  # amplifies, judges nothing
    ("The envoy was truculent again.", "truculent", "judgement"),
    ("Voters tired of his incendiary remarks.", "incendiary remarks", "appreciation"),
])
def test_added_entries(text, phrase, category):
    assert found(text)[phrase].category == category


@pytest.mark.parametrize("text", [
    "Brenner lied to investigators about the trip.",  # a claim about conduct, not loaded wording
    "The navy tested a torpedo from the submarine.",
    "The army repelled the invasion in 1940.",
    "The city changed its rubbish collection day.",
    "Troops found incendiary devices in the depot.",
    "Gunmen hijacked the plane over the sea.",
])
def test_added_entries_keep_their_literal_sense(text):
    assert findings(text) == []


@pytest.mark.parametrize("text, phrase, category", [
    # insults and labels for people
    ("The columnist is a blowhard and a windbag.", "blowhard", "loaded-label"),
    ("Only a dimwit would sign that lease.", "dimwit", "loaded-label"),
    ("Critics called the adviser a useful idiot.", "useful idiot", "loaded-label"),
    ("The council became a laughingstock.", "laughingstock", "loaded-label"),
    ("The network's presstitutes ignored the story.", "presstitutes", "loaded-label"),
    ("The senator arrived with his sidekick.", "sidekick", "loaded-label"),
    ("He was a willing dupe of the lobby.", "willing dupe", "loaded-label"),
    # one-sided political labels
    ("The plan is corporate welfare for airlines.", "corporate welfare", "loaded-label"),
    ("The bill would end chain migration.", "chain migration", "loaded-label"),
    # coined compounds built on a vice
    ("The pamphlet came from a known race-monger.", "race-monger", "loaded-label"),
    ("The editorial came from a Russo-phobe.", "Russo-phobe", "loaded-label"),
    # conduct, things and feelings judged
    ("The firm hid years of malfeasance.", "malfeasance", "judgement"),
    ("The minister showed willful ignorance of the figures.", "willful", "judgement"),
    ("The reply was testy and snide.", "testy", "judgement"),
    ("The report was pure fakery.", "fakery", "judgement"),
    ("She took a cavalier attitude to the rules.", "cavalier attitude", "judgement"),
    ("The mascot is deeply offensive.", "deeply offensive", "appreciation"),
    ("Local parents were scandalized by the decision.", "scandalized", "affect"),
    ("The decision was baffling.", "baffling", "appreciation"),
    ("The town became a hellhole after the mill closed.", "hellhole", "appreciation"),
    ("The paper printed explosive allegations on Sunday.", "explosive allegations", "appreciation"),
    ("That was a gross abuse of office.", "gross", "appreciation"),
    # idioms and figures
    ("The article was a hit job from start to finish.", "hit job", "metaphor"),
    ("The party is in a death spiral.", "death spiral", "metaphor"),
    ("The silence from the board was deafening.", "deafening", "metaphor"),
    ("The regime moved to crush dissent.", "crush dissent", "metaphor"),
    ("The memo reeks of panic.", "reeks of", "metaphor"),
    ("Good riddance to the old rules.", "Good riddance", "metaphor"),
])
def test_general_words_of_the_marked_kinds(text, phrase, category):
    assert found(text)[phrase].category == category


@pytest.mark.parametrize("text", [
    "Gross domestic product rose by two percent.",
    "The army launched an offensive in the north.",
    "The navy began an upgraded offensive at sea.",
    "Troops are launching a major offensive to retake the city.",
    "He rooted for the Cleveland Cavaliers.",
    "Volunteers feed the feral cats behind the market.",
    "The blast injured four workers at the mine.",
    "Prickly pear grows along the road.",
    "The slaughterhouse will slaughter fewer cattle this year.",
    "The breeder said the bitch had a litter of six puppies.",
    "The hurricane left devastation along the coast.",
    "Rancid butter was found in the storage room.",
    "The museum bought a priceless painting.",
    "Snakes and lizards are cold-blooded animals.",
    "The music at the stadium was deafening.",
    "Applications saw a surge in March.",  # a rise reported, not amplified
    "Damaging winds hit the coast overnight.",
])
def test_new_entries_keep_their_literal_sense(text):
    assert [f for f in findings(text) if f.polarity or f.category == "intensifier"] == []


@pytest.mark.parametrize("text, phrase, category", [
    # hostile action used figuratively
    ("The new levy would strangle innovation in small towns.", "strangle innovation", "metaphor"),
    ("The reform was strangled at birth by its own party.", "strangled at birth", "metaphor"),
    ("His speeches fuel resentment among farmers.", "fuel", "metaphor"),
    ("The feud has poisoned the debate for years.", "poisoned", "metaphor"),
    ("The embattled mayor looked besieged by his own council.", "besieged", "metaphor"),
    ("The campaign was hounded by questions about its funding.", "hounded", "metaphor"),
    ("Both sides hurled insults across the chamber.", "hurled insults", "metaphor"),
    ("Columnists whipped up a panic over the new curriculum.", "whipped up", "metaphor"),
    ("Reviewers mauled the director's latest film.", "mauled", "metaphor"),
    ("The regulator was accused of a feeding frenzy against small banks.", "feeding frenzy", "metaphor"),
    # idioms that judge
    ("The numbers seemed to come out of thin air.", "out of thin air", "metaphor"),
    ("The council spends like a drunken sailor.", "like a drunken sailor", "metaphor"),
    ("The package came stuffed with pork for the chairman's district.", "stuffed with pork", "metaphor"),
    ("Small firms drown in red tape.", "red tape", "metaphor"),
    ("The old guard is in its death throes.", "death throes", "metaphor"),
    # conduct and manner judged
    ("The minister tried to politicize the inquiry.", "politicize", "judgement"),
    ("Editors keep hectoring readers about their diets.", "hectoring readers", "judgement"),
    ("The rollout was shambolic from the first day.", "shambolic", "judgement"),
    ("Officials pooh-poohed the warnings.", "pooh-poohed", "judgement"),
    ("It is a false dichotomy between safety and growth.", "false dichotomy", "judgement"),
    ("The treasurer was profligate with other people's money.", "profligate", "judgement"),
    # labels for people and ideas
    ("The club is run by deadwood who never turn up.", "deadwood", "loaded-label"),
    ("The ad mocked coastal elites and their tastes.", "mocked coastal elites", "loaded-label"),
    ("Voters were promised free stuff by every candidate.", "free stuff", "loaded-label"),
    ("The firm hired an apparatchik from the old ministry.", "apparatchik", "loaded-label"),
    # things judged, exaggeration
    ("The speech was stilted and long.", "stilted", "appreciation"),
    ("The dizzying pace of change left staff behind.", "dizzying pace", "appreciation"),
    ("The new tax is another headache for the governor.", "headache", "appreciation"),
    ("The forecast was overly optimistic.", "overly optimistic", "intensifier"),
    # dismissals of talk and thinking, collusion idioms
    ("The memo was pure gobbledygook.", "gobbledygook", "appreciation"),
    ("His answer was glib and simplistic.", "glib", "judgement"),
    ("The mayor is in the pocket of the developers.", "in the pocket of", "metaphor"),
    ("Backbenchers voted in lockstep with the whips.", "in lockstep", "metaphor"),
    ("The board tried to paper over the losses.", "paper over", "metaphor"),
    ("The plan was ham-fisted and late.", "ham-fisted", "judgement"),
])
def test_fourth_round_entries(text, phrase, category):
    assert found(text)[phrase].category == category


@pytest.mark.parametrize("text", [
    "The vines strangle the young trees if left unpruned.",
    "The plant needs more fuel for its boilers.",
    "Rat poison was found under the sink.",
    "Rebels besieged the city for three months.",
    "The fox was hounded by dogs across the field.",
    "The chef whipped up a sauce in minutes.",
    "A bear mauled a hiker near the lake.",
    "The band's trumpet player took a long solo.",
    "The wall was riddled with bullets.",
    "My big brother drove me to school.",
    "The patient reported a headache and fever.",
    "The museum unveiled a dinosaur skeleton.",
    "Leeches were used in medicine for centuries.",
    "Olympic elites trained at altitude all summer.",
    "Farmers stored fodder for the cattle.",
    "The lambs bleat in the field at dawn.",
    "He sat in his armchair by the fire.",
])
def test_fourth_round_literal_senses_are_no_evaluation(text):
    assert [f for f in findings(text) if f.polarity or f.category == "intensifier"] == []


@pytest.mark.parametrize("text, phrase, category", [
    ("Shops closed during the Wuhan virus outbreak.", "Wuhan virus", "loaded-label"),  # a disease named for a place
    ("The Chinese coronavirus reached the port.", "Chinese coronavirus", "loaded-label"),
    ("The crowd chanted about the kung flu.", "kung flu", "loaded-label"),
    ("He called the senator a homophobe.", "homophobe", "loaded-label"),
    ("The chair wants a yes-man.", "yes-man", "loaded-label"),
    ("The councillor is a total creep.", "total creep", "loaded-label"),
    ("The hoodlums ran the square.", "hoodlums", "loaded-label"),
    ("The pamphlet called migrants cockroaches.", "cockroaches", "loaded-label"),
    ("The bill bans partial-birth abortion.", "partial-birth abortion", "loaded-label"),
    ("The mayor staged a land grab at city hall.", "land grab", "metaphor"),
    ("The paper ran a smear campaign against her.", "smear campaign", "metaphor"),
    ("The profile was a puff piece.", "puff piece", "metaphor"),
    ("Rivals call him soft on crime.", "soft on crime", "metaphor"),
    ("Aides painted a doomsday picture.", "doomsday picture", "metaphor"),
    ("The tariffs will ruin the farmers.", "ruin", "appreciation"),
    ("The page spread disinformation about the vote.", "disinformation", "judgement"),
    ("The president, liar-in-chief, tweeted.", "liar-in-chief", "loaded-label"),  # a mock title
    ("The hearing turned into a circus.", "circus", "metaphor"),  # figurative unless near clowns and tents
    ("They did the mayor's dirty business.", "dirty business", "appreciation"),
    ("His dirty tactics worked.", "dirty tactics", "appreciation"),
    ("The error was so grave that he resigned.", "so grave", "intensifier"),
    ("The audit was a withering assessment.", "withering assessment", "metaphor"),
    ("Those were the dark years of the war.", "dark years", "appreciation"),
])
def test_fifth_round_entries(text, phrase, category):
    found_as(text, phrase, category)


@pytest.mark.parametrize("text", [
    "Crews reinforced the blast walls around the embassy.",
    "He faces charges of reckless endangerment and reckless driving.",
    "The firm found malicious software on the laptops.",
    "Inspectors found cockroaches and mice in the kitchen.",
    "Barbarians sacked Rome in the fifth century.",
    "Tourists walked among the ruins of the temple.",
    "Scientists moved the Doomsday Clock forward.",
    "The meeting ran into the evening.",  # "evening" is no form of "even"
    "Prices creep up every winter.",
    "The commander-in-chief and the editor-in-chief met.",  # real offices
    "The circus tent held clowns and acrobats.",
    "Volunteers washed the dirty dishes and dirty clothes.",
    "Flowers covered the grave of the poet.",
])
def test_fifth_round_literal_senses_are_no_evaluation(text):
    assert [f for f in findings(text) if f.polarity or f.category in ("intensifier", "counter-expectation")] == []



@pytest.mark.parametrize("text, phrase, category", [
    ("The senator jumped the gun on the vote.", "jumped the gun", "metaphor"),
    ("Critics pointed the finger at the mayor.", "pointed the finger at", "metaphor"),
    ("The two aides were at each other's throats.", "at each other's throats", "metaphor"),
    ("The council was accused of cooking the books.", "cooking the books", "metaphor"),
    ("The budget plan went down in flames.", "went down in flames", "metaphor"),
    ("The reform is dead on arrival in the Senate.", "dead on arrival", "metaphor"),
    ("The minister shot himself in the foot.", "shot himself in the foot", "metaphor"),
    ("The governor lied through his teeth.", "lied through his teeth", "metaphor"),
    ("The new levy is a cash grab.", "cash grab", "metaphor"),
    ("He is a party hack.", "hack", "loaded-label"),
    ("The candidate is a sore loser.", "sore loser", "loaded-label"),
    ("The manifesto is utter tosh.", "utter tosh", "appreciation"),
    ("The mayor promised lower taxes. You don't say.", "You don't say", "affect"),
    ("Color me skeptical about the pledge.", "Color me skeptical", "affect"),
    ("Will the tax rise? Absolutely not.", "Absolutely not", "intensifier"),
])
def test_eighth_round_entries(text, phrase, category):
    found_as(text, phrase, category)


@pytest.mark.parametrize("text", [
    "The receiver dropped the ball in the end zone.",
    "The pilot ejected before the jet went down in flames.",
    "The victim was dead on arrival at the hospital.",
    "The striker scored an own goal in the last minute.",
    "The cook served tripe and onions.",
    "He warmed his hands over the hot air from the vent.",
    "The shrew is a small mammal related to the mole.",
    "The crew tried to save the sinking ship off the coast.",
    "They used brute force to open the lock.",
])
def test_eighth_round_literal_senses_are_no_evaluation(text):
    assert [f for f in findings(text) if f.polarity or f.category in ("intensifier", "metaphor")] == []


@pytest.mark.parametrize("text, phrase", [
    ("Neither lefties nor rightists came.", "lefties"),  # a determiner qualifies no label
    ("They are more or less Marxist.", "Marxist"),  # nor does a comparative
    ("A 25-year-old radical libertarian spoke.", "radical libertarian"),  # nor an age
])
def test_label_takes_no_determiner_comparative_or_age(text, phrase):
    assert phrase in found(text), sorted(found(text))


def test_belated_seed(belated_text):
    hits = found(belated_text)
    assert hits["immense frustration"].voice == "author"
    assert hits["immense frustration"].categories == ("intensifier", "affect")
    assert hits["consistently contradicted itself"].voice == "author"
    assert hits["a hand tied behind its back"].voice == "author"
    assert hits["delaying the moment too long"].voice == "author"
    trap = hits["fell into the trap"]
    assert trap.voice == "quoted"
    assert belated_text.rfind("“", 0, trap.start) > belated_text.rfind("”", 0, trap.start)


def test_landmark_seed(landmark_text):
    hits = found(landmark_text)
    assert hits["landmark decision"].voice == "author"
    assert hits["critical juncture"].category == "appreciation"
    assert "critical military assets" not in hits  # importance of a target, not a position


def test_spans_slice_back_to_text(seed_texts):
    extra = "Police called them dangerous gangsters. Critics viewed communists as a threat."
    for text in [*seed_texts.values(), extra]:
        spans = [(f.start, f.end) for f in findings(text)]
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), "findings overlap"
        for f in findings(text):
            assert text[f.start : f.end] == f.text
            assert f.category in CATEGORIES
            assert set(f.categories) <= set(CATEGORIES)
            assert f.polarity in (-1, 0, 1)


@pytest.mark.parametrize("text, expected", [
    ('He said "no" and left.', ["no"]),
    ("“Open quote runs to the end of the line\nNext line", ["Open quote runs to the end of the line"]),
    ("The ‘so-called’ plan isn’t new.", ["so-called"]),
    ("Don’t stop; it’s fine.", []),
])
def test_quotation_spans(text, expected):
    assert [text[s:e] for s, e in quotation_spans(text)] == expected


@pytest.mark.parametrize("text", [
    "“Closed,” he said. “Open to the end\nof the line. “Nested “twice” here.” “”",
    "She said: “We will not accept it” — and “never”.\n“Left open",
    "“a” “b”\n“c\n”d”",
])
def test_curly_quotes_without_low_mark_match_as_the_general_pattern(text):
    """Without „ the one-mark pattern (a fast literal search) finds what the general one finds."""
    assert "„" not in text
    general = [m.span(1) for m in evaluative._CURLY_DOUBLE.finditer(text)]
    assert [m.span(1) for m in evaluative._CURLY_DOUBLE_ENGLISH.finditer(text)] == general
    assert quotation_spans(text) == [span for span in general if span[1] > span[0]]
    assert quotation_spans("„Low” and “high”") == [(1, 4), (11, 15)]  # with „: the general pattern


@pytest.mark.parametrize("word, lemma", [
    ("contradicted", "contradict"), ("emptying", "empty"), ("slammed", "slam"), ("angrily", "angry"),
    ("tragically", "tragic"), ("horribly", "horrible"), ("hated", "hate"), ("lies", "lie"),
])
def test_lemmas(word, lemma):
    assert lemma in lemmas(word)


@pytest.mark.parametrize("word, not_lemma", [
    ("bader", "bad"), ("hoped", "hop"), ("coming", "com"), ("saner", "san"), ("hotest", "hot"),
])
def test_no_lemma_where_english_doubles_the_last_letter(word, not_lemma):
    """One-syllable words ending consonant-vowel-consonant double it ("badder", "hopped"): "Bader"
    is a name, not a form of "bad"."""
    assert not_lemma not in lemmas(word)
    assert "bad" in lemmas("badder") and "hope" in lemmas("hoped") and "visit" in lemmas("visited")


@pytest.mark.parametrize("text", [
    "Officials met Lena Bader on Monday, and Bader said the plan would go ahead.",
    "On May 5 the council voted, and by May the park was open.",
])
def test_names_and_months_are_no_evaluation(text):
    assert not analyze(text).evaluative


def test_lexicon_loads_every_category():
    lex = lexicon()
    categories = {e.category for entries in lex.by_lemma.values() for e in entries}
    assert categories == set(CATEGORIES)
    assert lex.size > 1000


def test_pattern_syntax():
    lex = build_lexicon(read_entries("metaphor", "kick? the can ... road  -1\n=Dems  -1  prev:the\n"))
    assert {"kick", "the"} <= set(lex.by_lemma)
    assert "dems" in lex.by_exact
    with pytest.raises(ValueError):
        read_entries("metaphor", "... road  -1")


def test_plain_mark_is_the_entrys_not_a_context():
    """`plain` marks the entry: an entry with no other condition keeps no context (so it still carries
    into compounds), and one with conditions keeps them."""
    (bare,) = read_entries("judgement", "mistaken  -1  plain")
    assert bare.plain and bare.context is evaluative._NO_CONTEXT
    (conditioned,) = read_entries("metaphor", "slam  -1  not-next:door  plain")
    assert conditioned.plain and conditioned.context.not_next == {"door"}
    (loaded,) = read_entries("judgement", "corrupt  -1")
    assert not loaded.plain


@pytest.mark.parametrize("text, phrase, plain", [
    ("The board said the forecast was mistaken.", "mistaken", True),
    ("Far-right groups marched through the town.", "Far-right groups", True),
    ("The mayor decried the ruling in a statement.", "decried", True),
    ("The mayor called the ruling a disgraceful sham.", "sham", False),
    ("The governor caved to the unions after a week.", "caved", True),
    ("The senator's deeply mistaken and shameful plan stalled.", "shameful plan", False),
    ("The delay caused immense frustration among parents.", "immense frustration", False),
    ("The forecast was somewhat mistaken.", "somewhat mistaken", True),
    ("The forecast was very mistaken.", "very mistaken", True),
    ("The delay caused much frustration among parents.", "much frustration", True),  # "much" grades as "very"
    ("The forecast was utterly mistaken.", "utterly mistaken", False),
])
def test_plain_findings_take_a_side_without_loaded_wording(text, phrase, plain):
    hits = found(text)
    assert phrase in hits, sorted(hits)
    assert hits[phrase].plain is plain
    assert hits[phrase].polarity != 0  # still a polar finding, so it still counts for biased sentences


def test_loaded_eval_leaves_plain_findings_out_and_lexical_keeps_them():
    from framing.evaluation.loaded import is_attitude_wording, is_loaded

    hits = found("The mayor decried the ruling, a sham.")
    assert not is_loaded(hits["decried"]) and is_attitude_wording(hits["decried"])
    assert is_loaded(hits["sham"])


def test_context_conditions_split_like_columns_all_count():
    """Conditions written after the polarity count whether one space, two or a tab parts them."""
    for line in ("blast  -1  not-near:bomb not-next:walls", "blast  -1  not-near:bomb  not-next:walls",
                 "blast\t-1\tnot-near:bomb\tnot-next:walls"):
        (entry,) = read_entries("metaphor", line)
        assert entry.context.not_near == {"bomb"} and entry.context.not_next == {"walls"}


def test_summary_density_and_most_loaded():
    text = ("The shameful, reckless plan was a disaster. The council met on Monday. "
            "“It is absurd,” a resident said.")
    doc = segment(text)
    found_ = evaluative_language(doc, quotes=[])
    summary = evaluative_summary(doc, evaluative=found_)
    assert summary.by_voice == {"author": 3, "quoted": 1}
    assert summary.author_density == pytest.approx(100 * 3 / doc.words)
    assert summary.by_category["appreciation"] == {"author": 2, "quoted": 1}
    top = summary.most_loaded[0]
    assert text[top.start : top.end].startswith("The shameful") and top.score == 3.0


def test_biased_sentences_name_their_cues():
    text = ("The council met on Monday. The reckless plan passed. "
            "“It is absurd,” a resident said. The mayor admitted the budget was late. "
            "The company refused to comment on the figures.")
    doc = segment(text)
    summary = evaluative_summary(doc, evaluative=evaluative_language(doc, quotes=[]))
    flagged = {text[b.start : b.end]: b.cues for b in summary.biased_sentences}
    assert flagged == {
        "The reckless plan passed.": ("author-evaluation",),
        "“It is absurd,” a resident said.": ("quoted-evaluation",),
        "The mayor admitted the budget was late.": ("presupposing-verb",),
    }


@pytest.mark.parametrize(("text", "cues"), [
    # a certainty marker in the outlet's voice presents its view as beyond doubt
    ("Clearly the council chose the cheaper route.", ("author-certainty",)),
    # one evaluative word inside a long quotation is the source's: reporting it takes no side
    ('The mayor said the scheme would bring "a great deal of harmful traffic to the centre of town".', None),
    # a heavily loaded quotation is a choice the outlet made
    ('The mayor called the scheme "a reckless and harmful waste of money for everyone here".', ("quoted-evaluation",)),
    # a scare quote: the outlet picked the word out of what was said
    ('The council approved the "reckless" plan.', ("quoted-evaluation",)),
    # an evaluative word inside a name names; in a title-case headline every word is capitalised
    ("A new office for the Brilliant Futures Foundation opened in Leeds.", None),
    ("Brilliant Plan Saves Town Budget", ("author-evaluation",)),
    # every inflection of a presupposing verb
    ("The minister is insisting the figures are right.", ("presupposing-verb",)),
    # claim as take or win, not as assert
    ("The party claimed 41 percent of the vote and two seats.", None),
    ("The group claimed responsibility for the blackout.", None),
    ("The firm claimed its product was safe.", ("presupposing-verb",)),
    # "police brutality" names the issue; the outlet calling conduct brutality judges it
    ("Protesters marched against police brutality on Sunday.", None),
    ("The regime's brutality shocked the region.", ("author-evaluation",)),
    # general words of contempt, with their literal senses kept apart
    ("The candidate rambled for an hour about his mythical tax cuts.", ("author-evaluation",)),
    ("Rescuers said the mythical creature was a large otter.", None),
    # a stance marker alone grades or hedges a report without taking a side
    ("The council took dramatic steps to cut costs.", None),
    ("The plan will probably pass next week.", None),
    ("The new bridge was even cheaper than planned.", None),
    # negated, hedged or praising, an evaluation in the outlet's voice is still one
    ("The council's plan was not reckless.", ("author-evaluation",)),
    ("The plan may prove disastrous.", ("author-evaluation",)),
    ("The new park is a wonderful place for families.", ("author-evaluation",)),
    # a question or exclamation in the outlet's own voice involves the reader; in a quote it is the speaker's
    ("Who will pay for the new stadium once the grants run out?", ("author-question",)),
    ("And the council still wants another bridge!", ("author-exclamation",)),
    ("“Who will pay for it?” the mayor asked the council.", None),
    ("Readers can find the form at example.org/apply?lang=en today.", None),
    # a distancing label disowns the name it stands before, as a scare quote does
    ("The so-called reform panel met for the first time.", ("distancing-label",)),
    ("A self-proclaimed expert on tides addressed the committee.", ("distancing-label",)),
    # so does an actor's self-presentation as the outlet reports it; naming oneself or a campaign role does not
    ("The lobby group portrayed itself as the voice of small farmers.", ("distancing-label",)),
    ("The developer billed himself as a friend of the harbour.", ("distancing-label",)),
    ("Most residents describe themselves as anglers.", None),
    ("The senator cast herself as the candidate of the coast.", None),
    # a weekday anchors the sentence in reported events: one evaluative word there is the event's
    # description, two cues still take sides; a weekday inside a quotation is the speaker's
    ("The council approved its disastrous budget on Tuesday.", None),
    ("The council approved its disastrous budget.", ("author-evaluation",)),
    # ... but the outlet judging an actor's conduct, or casting it in a figure, is its own verdict
    ("The mayor lashed out at the council on Tuesday.", ("author-evaluation",)),
    ("The senator eviscerated the budget plan on Tuesday.", ("author-evaluation",)),
    ("On Tuesday the reckless council approved its disastrous plan.", ("author-evaluation",)),
    ("“The reckless council approved the plan on Tuesday,” the mayor said.", None),
    ("On Tuesday Mayor Ruiz approved the disastrous budget.", None),
    # a weekday that opens a name is a title, not the day of an event
    ("The reckless budget was mocked on Saturday Night Live.", ("author-evaluation",)),
    # admit as let in, claim as take: no concession and no doubt
    ("Two patients were admitted to the hospital overnight.", None),
    ("The clinic lost its admitting privileges last year.", None),
    ("The farmers can claim bankruptcy protection next year.", None),
    # "purports" doubts what it reports
    ("The group purports to speak for every farmer in the valley.", ("presupposing-verb",)),
])
def test_biased_sentence_cues_and_weights(text, cues):
    doc = segment(text)
    flagged = evaluative.biased_sentences(doc, evaluative_language(doc, quotes=[]))
    assert (flagged[0].cues if flagged else None) == cues


def test_presupposing_verb_inside_quotation_marks_is_the_speakers():
    text = "“They claimed it was free,” the mayor said."
    doc = segment(text)
    assert evaluative.biased_sentences(doc, evaluative_language(doc, quotes=[])) == []


def test_one_evaluative_word_in_reported_speech_is_the_sources():
    # "said the plan was reckless" reports a stance; two evaluative words are the outlet's choice to print
    flagged = [b["cues"] for b in analyze("The mayor said the plan was reckless.").to_dict()
               ["evaluative_summary"]["biased_sentences"]]
    assert flagged == []
    flagged = [b["cues"] for b in analyze("The mayor said the plan was reckless and cruel.").to_dict()
               ["evaluative_summary"]["biased_sentences"]]
    assert flagged == [["quoted-evaluation"]]


def test_report_carries_biased_sentences():
    report = analyze("The council met on Monday. Critics slammed the plan.").to_dict()
    (only,) = report["evaluative_summary"]["biased_sentences"]
    assert report["text"][only["start"] : only["end"]] == "Critics slammed the plan."
    assert "presupposing-verb" in only["cues"]


def test_report_carries_findings_and_summary(belated_text):
    report = analyze(belated_text).to_dict()
    assert report["evaluative"] and report["evaluative_summary"]["author_items"] > 0
    first = report["evaluative"][0]
    assert {"start", "end", "text", "category", "polarity", "voice"} <= set(first)
    assert report["text"][first["start"] : first["end"]] == first["text"]


def test_babe_eval(eval_root):
    from framing.evaluation import babe

    figures = babe.run(eval_root / "babe" / "final_labels_SG1.csv", limit=60)
    assert figures["sentences"] == 60
    assert figures["tune"]["sentences"] + figures["report"]["sentences"] == 60
    assert 0.0 <= figures["macro_f1"] <= 1.0


def test_loaded_eval(eval_root):
    from framing.evaluation import loaded

    figures = loaded.run(eval_root / "semeval2023", limit=3)
    assert figures["dev"]["articles"] == 3 and figures["heldout"]["articles"] == 3
    assert 0.0 <= figures["dev"]["f1"] <= 1.0


def test_lexicon_files_have_headers_and_no_repeats():
    from importlib import resources

    folder = resources.files("framing.lexicons").joinpath("evaluative")
    seen: dict[str, str] = {}
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if not path.name.endswith(".tsv"):
            continue
        lines = path.read_text("utf-8").splitlines()
        assert lines[0].startswith("#"), path.name
        for line in lines:
            if line.strip() and not line.startswith("#"):
                assert line not in seen, f"{line!r} in {path.name} and {seen.get(line)}"
                seen[line] = path.name


# Texts written for the fast-path test: anchors at sentence ends, pairs across punctuation, bare degree
# words, an all-caps possessive clitic, curly apostrophes, quotes of every kind.
FAST_PATH_TEXTS = [
    "The plan was a disastrous mistake, and the minister contradicted itself. Of course it failed. It is "
    "clear that the swamp is so, so deep. To the detriment of voters the mayor acted recklessly; in fact "
    "he was very, very bad at it.",
    "THE MAYOR'S SHAMEFUL PLAN FELL INTO THE TRAP. A WITCH'S HUNT. The senator’s reckless move didn’t help. "
    "Of, course.",
    "So. Very. More and more people came. How absurd! Even so, the thugs were not only vile but costly.",
    "“It is a shameful decision,” the mayor said. «A witch hunt», he added, and ‘outrageous’ it was. "
    'Critics said "an absolute disaster" loomed large. The clock is ticking for the',
    "A hand tied behind its back. The sand slowly running out of the hourglass. Attack the press!",
    "They were openly racist and cruel, brutal and corrupt; grief, and anguish. Deliberately vile thugs and liars.",
]


def reference_findings(doc, quotes) -> list[Evaluative]:
    """The stage without its shortcuts: every sentence's words read from the token texts, every word
    tried as an anchor, no sentence skipped."""
    lex = evaluative.lexicon()
    quote_starts, quote_ends = evaluative._merged(
        [(q.start, q.end) for q in quotes] + quotation_spans(doc.text))
    found = []
    for index, sentence in enumerate(doc.sentences):
        words = [k for k in range(sentence.first_token, sentence.last_token)
                 if doc.tokens[k].text[0].isalnum() or doc.tokens[k].text in ("'s", "’s")]
        records = [evaluative._word(doc.tokens[k].text, lex) for k in words]
        matches = evaluative._sentence_matches([r.forms for r in records], records, range(len(words)))
        if matches:
            found += evaluative._findings(doc, index, words, matches, quote_starts, quote_ends)
    return found


@pytest.mark.parametrize("text", FAST_PATH_TEXTS)
def test_fast_path_matches_the_reference(text):
    doc = segment(text)
    assert evaluative_language(doc, quotes=[]) == reference_findings(doc, [])


def test_fast_path_matches_the_reference_on_seeds(seed_texts):
    for text in seed_texts.values():
        doc = segment(text)
        assert evaluative_language(doc, quotes=[]) == reference_findings(doc, [])


def test_lexical_eval(eval_root):
    from framing.evaluation import run

    figures = run("lexical", eval_root / "basil", limit=6)
    assert figures["articles"] == 6
    assert figures["tune"]["articles"] + figures["report"]["articles"] == 6
    spans = figures["spans"]
    assert spans["gold"] > 0 and 0.0 <= spans["recall"] <= spans["recall_overlap"] <= 1.0
    # the two voices split the gold spans between them
    assert figures["author"]["gold"] + figures["quoted"]["gold"] == spans["gold"]
    assert 0.0 <= figures["sentences"]["f1"] <= 1.0


def test_basil_layout_places_every_annotated_sentence():
    """A BASIL span's offsets count from its own sentence, leading spaces included."""
    from framing.evaluation.compare import article_layout, article_text
    from framing.evaluation.lexical import gold_spans

    article = {"title": "Mayor Wins ",
               "body-paragraphs": [[" The mayor won.", "  Rivals sulked."], [], ["Fans cheered."]]}
    text, origins = article_layout(article)
    assert text == article_text(article) == "Mayor Wins \nThe mayor won. Rivals sulked.\nFans cheered."
    annotations = [{"id": "p1", "start": 2, "end": 8, "txt": "Rivals", "bias": "lex"},
                   {"id": "p2", "start": 0, "end": 4, "txt": "Fans", "bias": "lex"},
                   {"id": "title", "start": 6, "end": 10, "txt": "Wins", "bias": "lex"},
                   {"id": "p9", "start": 0, "end": 4, "txt": "Gone", "bias": "lex"}]
    assert [text[s:e] for (s, e), _ in gold_spans(text, origins, annotations)] == ["Rivals", "Fans", "Wins"]


@pytest.mark.parametrize("text, phrase, polarity", [
    ("The senator grumbled that the hearing ran late.", "grumbled", -1),
    ("The mayor sidestepped the question about the budget.", "sidestepped", -1),
    ("The board refused to budge on the fees.", "refused to budge", -1),
    ("The governor dug in his heels over the pension plan.", "dug in his heels", -1),
    ("She took a swipe at her rival during the debate.", "took a swipe at", -1),
    ("The minister came under fire for the delay.", "came under fire", -1),
    ("He was hailed as a rising star of the party.", "rising star", 1),
    ("The town gave her a prestigious award.", "prestigious award", 1),
])
def test_lexical_bias_in_how_actors_are_shown(text, phrase, polarity):
    hits = {f.text: f.polarity for f in findings(text)}
    assert hits.get(phrase) == polarity, hits


@pytest.mark.parametrize("text", [
    "Soldiers came under fire from militants near the border.",  # literal fire
    "The fence was topped with barbed wire.",
    "Red meat consumption has fallen, the diet study found.",
    "It was bitterly cold on Monday morning.",
])
def test_literal_senses_of_lexical_bias_entries(text):
    assert not [f for f in findings(text) if f.polarity], findings(text)


def test_a_word_class_in_a_context_stands_for_its_words():
    context = evaluative._parse_context("next:<poss>|the not-prev:<det>")
    assert {"his", "their", "the"} <= context.next
    assert {"a", "this", "its"} <= context.not_prev and "<det>" not in context.not_prev
    with pytest.raises(ValueError):
        evaluative._parse_context("next:<nouns>")


@pytest.mark.parametrize("word, lemma", [
    ("misled", "mislead"), ("slung", "sling"), ("hamstrung", "hamstring"), ("laid", "lay"), ("sown", "sow"),
    ("drank", "drink"), ("strongmen", "strongman"), ("yes-men", "yes-man"), ("thieves", "thief"),
    ("wolves", "wolf"), ("knives", "knife"),
])
def test_irregular_forms_and_plurals_reach_their_base(word, lemma):
    assert lemma in evaluative._token_lemmas(word)


@pytest.mark.parametrize("text, phrase", [
    ("The minister misled the committee twice.", "misled"),  # an irregular past of a listed verb
    ("Rival camps slung mud at each other.", "slung mud"),
    ("The reform was hamstrung by rules.", "hamstrung"),
    ("The regime relies on its henchmen.", "henchmen"),
])
def test_forms_of_listed_entries_are_found(text, phrase):
    assert phrase in found(text), sorted(found(text))


@pytest.mark.parametrize("text", [
    "He did not utter a word during the hearing.",  # the verb, not the intensifier "utter"
    "She was uttering the names of the victims.",
    "Massive amounts of data were copied.",  # size of a quantity is a measure
    "A huge crowd gathered in the square.",
    "The region desperately needs rain.",
])
def test_degree_words_in_a_plain_sense_are_no_findings(text):
    assert not [f for f in findings(text) if f.category == "intensifier"], findings(text)


@pytest.mark.parametrize("text, phrase", [
    ("They began tormenting and persecuting the villagers.", "tormenting and persecuting"),
    ("It was disconcerting and sinful conduct.", "sinful conduct"),
])
def test_span_takes_the_conjunct_after_it(text, phrase):
    assert any(phrase in f for f in found(text)), sorted(found(text))


def test_conjunct_after_of_another_form_is_left_out():
    assert "ham-fisted" in found("The plan was ham-fisted and late.")


@pytest.mark.parametrize("text, phrase", [
    ("Why on earth would the council vote for it?", "Why on earth"),
    ("They promise lower taxes and more spending. Good luck with that.", "Good luck with that"),
    ("Surprise, surprise, the audit found nothing.", "Surprise, surprise"),
    ("Lecturing others on ethics is the height of hypocrisy.", "height of hypocrisy"),
    ("The charges were cooked up by his rivals.", "cooked up"),
    ("Staff were cowed into silence.", "cowed"),
    ("The offer was a classic bait-and-switch.", "classic bait-and-switch"),  # with its modifier
    ("The senator took another dig at the governor.", "dig at"),
    ("The bill was the last gasp of the old coalition.", "last gasp"),
])
def test_seventh_round_idioms(text, phrase):
    assert phrase in found(text), sorted(found(text))


@pytest.mark.parametrize("text", [
    "He cooked up a quick dinner for the guests.",
    "The striker scored a last-gasp goal in the final minute.",
    "Militants ambushed an army patrol near the border.",
    "The old roof began to buckle under the weight of the snow.",
    "The boxer landed two jabs at the start of the bout.",
    "He took a blow to the head in the second round.",
    "A torrent of water swept the road away.",
    "The truck blindsided a car at the junction.",
])
def test_seventh_round_literal_senses_are_no_evaluation(text):
    assert not [f for f in findings(text) if f.polarity or f.category == "metaphor"], findings(text)


@pytest.mark.parametrize("text, phrase", [
    ("The minister paid lip-service to reform.", "lip-service"),  # "lip service" written with a hyphen
    ("It was a thinly-veiled threat.", "thinly-veiled threat"),
])
def test_two_word_entry_written_with_a_hyphen(text, phrase):
    assert phrase in found(text), sorted(found(text))


def test_exact_alternatives_may_each_repeat_the_mark():
    entry, = evaluative.read_entries("metaphor", "=blasted|=blasts  -1")
    assert entry.slots == (("exact", frozenset({"blasted", "blasts"})),)


@pytest.mark.parametrize("text, phrase", [
    ("The anger fueled by the ruling kept growing.", "fueled"),  # the passive of a listed figure
    ("The governor dug his heels in on Tuesday.", "dug his heels in"),  # the other word order
    ("The ruling dealt a blow to the plan.", "dealt a blow to"),
    ("Staff were blindsided by the cuts.", "blindsided"),
    ("A torrent of abuse followed the post.", "torrent of"),
])
def test_figures_in_other_forms_and_natural_forces(text, phrase):
    assert phrase in found(text), sorted(found(text))


@pytest.mark.parametrize("text, phrase", [
    ("The regime's hostility toward the press grew.", "hostility"),  # family of "hostile"
    ("He swore vengeance on his critics.", "vengeance"),  # of "vengeful"
    ("The quote was a fabrication.", "fabrication"),  # of "fabricate"
    ("Voters were embarrassed by the spectacle.", "embarrassed"),  # of "embarrassing"
])
def test_family_members_of_listed_words(text, phrase):
    assert phrase in found(text), sorted(found(text))


@pytest.mark.parametrize("text", [
    "Troops exchanged fire as hostilities resumed.",
    "The venom of the snake is rarely fatal.",
    "Steel fabrication resumed at the factory.",
    "It was bitter cold on the ridge.",
])
def test_family_members_keep_their_literal_sense(text):
    assert not [f for f in findings(text) if f.polarity], findings(text)


@pytest.mark.parametrize("text, phrase", [
    ("The party coddles and encourages the rioters.", "coddles and encourages"),  # two verbs in -s
    ("The nomination is in severe trouble.", "severe trouble"),
    ("Explain what in the hell is going on.", "what in the hell"),
])
def test_more_conjuncts_and_degree_words(text, phrase):
    assert phrase in found(text), sorted(found(text))


@pytest.mark.parametrize("text", [
    "Liberals and conservatives met at the forum.",  # two groups, not one label
    "The cable was severed during the storm.",  # "severed" is no form of "severe"
    "The virus causes severe bleeding.",  # a symptom measured
])
def test_no_conjunct_of_groups_and_no_severe_symptoms(text):
    hits = found(text)
    assert "Liberals and conservatives" not in hits and not [f for f in hits if "sever" in f.lower()], hits


@pytest.mark.parametrize("text", [
    "The group has faced allegations of racism since March.",  # the noun names a reported accusation
    "Organizers denied any racism in the movement.",
])
def test_racism_named_as_an_accusation_is_no_finding(text):
    assert "racism" not in found(text)


@pytest.mark.parametrize("word, american", [
    ("weaponised", "weaponize"), ("politicising", "politicize"), ("dishonourable", "dishonorable"),
    ("enamoured", "enamored"), ("radicalisation", "radicalization"),
])
def test_british_spellings_reach_the_american_entry(word, american):
    assert american in evaluative._token_lemmas(word)


def test_british_spelling_of_a_listed_verb_is_found():
    assert "weaponised" in found("Ministers weaponised the courts.")
    assert evaluative._token_lemmas("your") == ("your",) and evaluative._token_lemmas("hour") == ("hour",)


@pytest.mark.parametrize("text, stressed", [
    ("There was NO report of violence that night.", "NO"),
    ("He is NOT a member of the party.", "NOT"),
    ("Officers seized guns without ANY warrant.", "ANY"),
])
def test_a_word_stressed_by_capitals_is_an_intensifier(text, stressed):
    hit = found(text)[stressed]
    assert (hit.category, hit.polarity) == ("intensifier", 0)


@pytest.mark.parametrize("text", [
    "THE COUNCIL HAS NOT MET",  # a headline in capitals stresses no word
    "The FBI and NATO met on Monday.",  # acronyms are no stress
    "NO.",  # a one-word line
])
def test_capitals_that_stress_nothing(text):
    assert not [f for f in findings(text) if f.category == "intensifier"], findings(text)


@pytest.mark.parametrize("text", [
    "Panic attacks are common among students.",  # a medical condition
    "The storm devastated the coast.",  # natural forces are described, not judged
    "A brutal winter hit the region.",
    "Wildfires raged for days in the hills.",
    "The patient was in a toxic state after the overdose.",
    "The film is a horror classic.",  # a genre
    "A vicious dog bit a child.",  # an animal's temper
])
def test_medical_and_natural_senses_are_no_evaluation(text):
    assert not [f for f in findings(text) if f.polarity], findings(text)


@pytest.mark.parametrize("text, phrase, category", [
    ("Ugh, the bill doubled overnight.", "Ugh", "affect"),
    ("Good grief, another delay.", "Good grief", "affect"),
    ("Wow! They cancelled it again.", "Wow", "intensifier"),
])
def test_interjections_of_feeling(text, phrase, category):
    assert found(text)[phrase].category == category


def test_question_in_an_attributed_quote_without_curly_marks_is_the_speakers():
    # two apostrophes as quotation marks (as in some news archives): the quote stage finds the speaker
    report = analyze("''Who will pay for the stadium?'' the mayor asked on the steps of the hall.").to_dict()
    assert report["evaluative_summary"]["biased_sentences"] == []


@pytest.mark.parametrize(("text", "adjective"), [
    ("It was a stunning betrayal of the families.", "stunning"),
    ("An incredible mess followed the vote.", "incredible"),
])
def test_amazement_before_a_damning_word_is_degree_not_praise(text, adjective):
    found = {e.text: e for e in analyze(text).evaluative}
    assert (found[adjective].category, found[adjective].polarity) == ("intensifier", 0)
    assert min(e.polarity for e in found.values()) == -1


def test_amazement_alone_is_still_praise():
    (finding,) = analyze("The hotel offers a stunning view of the bay.").evaluative
    assert finding.polarity == 1


@pytest.mark.parametrize("text, plain", [
    # designators the news uses as its ordinary name for a thing: no finding of their own
    ("Trust in the mainstream media fell by a tenth last year.", "mainstream media"),
    ("The survey asked about conspiracy theories on the moon landing.", "conspiracy theories"),
    ("Campaign rhetoric dominated the week before the vote.", "rhetoric"),
])
def test_plain_designators_are_no_evaluation(text, plain):
    assert not [f for f in findings(text) if plain in f.text], findings(text)


@pytest.mark.parametrize("text, phrase, category, polarity", [
    ("The minister categorically denied the report.", "categorically denied", "intensifier", 0),
    ("The board will vigorously defend the ruling in court.", "vigorously defend", "intensifier", 0),
    ("The mayor made wild claims about the budget.", "wild claims", "appreciation", -1),
    ("The audit found a gaping hole in the accounts.", "gaping hole", "metaphor", -1),
    ("The cartel's tentacles reach every port in the region.", "tentacles", "metaphor", -1),
    ("Rising rents are devouring the savings of young families.", "devouring", "metaphor", -1),
    ("The new rules wreaked devastation on family farms.", "wreaked", "metaphor", -1),
    ("The old mill town has become a dystopia of empty shops.", "dystopia", "appreciation", -1),
    ("The columnist called the landlord a parasite.", "parasite", "loaded-label", -1),
])
def test_ninth_round_entries(text, phrase, category, polarity):
    hit = found(text)[phrase]
    assert (hit.category, hit.polarity) == (category, polarity)


@pytest.mark.parametrize("text, word", [
    ("Wild animals roam the park at night.", "Wild"),  # the literal sense: no claim follows
    ("An octopus uses its tentacles to catch crabs.", "tentacles"),
    ("The lions devoured their prey by the river.", "devoured"),
    ("The hurricane wreaked devastation on the island.", "wreaked"),
    ("The parasite lives in the gut of its host.", "parasite"),
])
def test_ninth_round_literal_senses(text, word):
    assert not [f for f in findings(text) if word in f.text and f.category != "intensifier"], findings(text)


@pytest.mark.parametrize("text, phrase, category, polarity", [
    ("The senators acted like spoiled children at the hearing.", "acted like spoiled children", "judgement", -1),
    ("The rebels were looking for trouble on the border.", "looking for trouble", "judgement", -1),
    ("The firm hired a third rate accountant.", "third rate", "appreciation", -1),
    ("Reforming the agency is a Sisyphean task.", "Sisyphean task", "appreciation", -1),
    ("The council's answer was thanks, but no thanks.", "thanks, but no thanks", "affect", -1),
    ("The clinic was a beacon of hope for the valley.", "beacon of hope", "metaphor", 1),
    ("The merger offer came out of left field.", "out of left field", "metaphor", 0),
    ("The aides scattered like mice when the lights came on.", "like mice", "metaphor", -1),
])
def test_ninth_round_stock_phrases(text, phrase, category, polarity):
    hit = found(text)[phrase]
    assert (hit.category, hit.polarity) == (category, polarity)


def test_a_central_banks_third_rate_cut_is_no_judgement():
    assert findings("The central bank announced its third rate cut of the year.") == []


@pytest.mark.parametrize("text", [
    "Anyone with information is asked to call 101 quoting log 0213 of 12 May.",
    "It was first published by a local newspaper in Woking in 2022.",
])
def test_a_lone_capitalised_word_after_another_word_is_a_name_not_evaluation(text):
    assert analyze(text).evaluative == []


def test_an_adjective_made_from_a_name_still_judges():
    assert [f.text for f in analyze("Critics called it a Machiavellian plot to stay in power.").evaluative]


def test_capitalised_labels_among_other_capitals_still_judge():
    text = "He said officials should stop this Rigged Witch Hunt right now, before it is too late."
    assert any(f.text.startswith("Rigged") for f in analyze(text).evaluative)


@pytest.mark.parametrize("text", [
    "The series Cruel Summer returns next month.",
    "Her novel Bitter Harvest sold well in Ireland.",
])
def test_a_title_after_a_work_noun_judges_nothing(text):
    assert analyze(text).evaluative == []


@pytest.mark.parametrize("text, span, category", [
    ("Union boss Kwame Asante has staged two strikes in three years.", "Union boss", "loaded-label"),
    ("Party bosses picked the candidate behind closed doors.", "Party bosses", "loaded-label"),
    ("About 6,000 nurses abandoned their posts on Monday.", "abandoned their posts", "judgement"),
    ("The plan's cheerleaders would rather you ignored the numbers.", "cheerleaders", "loaded-label"),
])
def test_dogfood_labels_and_desertion(text, span, category):
    found = [(f.text, f.category) for f in findings(text)]
    assert (span, category) in found


def test_cheerleaders_at_a_game_are_no_label():
    assert not findings("The cheerleaders performed at halftime of the football game.")


@pytest.mark.parametrize("text, phrase, polarity, negated", [
    # a verbal negator before a verb of its own denies the verb; the finding in its object keeps its sign
    ("Tougher rules will not stop desperate people from trying.", "desperate people", -1, False),
    ("I can’t believe something so terrible could happen on our street.", "so terrible", -1, False),
    ("They did not hire corrupt officials.", "corrupt officials", -1, False),
    # through a copula, a verb of seeming, a determiner or a degree word it still reaches the finding
    ("The referee did not seem dishonest.", "dishonest", 1, True),
    ("The vote was not a disaster for the club.", "disaster", 1, True),
    ("The plan is not entirely ridiculous.", "entirely ridiculous", 1, True),
])
def test_negation_stops_at_its_own_verb(text, phrase, polarity, negated):
    hits = found(text)
    assert hits[phrase].polarity == polarity
    assert hits[phrase].negated is negated


@pytest.mark.parametrize("text, hedged", [
    ("Rainfall between March and May was far below the average.", False),  # the month
    ("Ministers met Theresa May on Tuesday.", False),
    ("Prices may rise again next year.", True),  # the modal
    ("May the best team win, the captain said.", True),  # a modal opening its sentence stays one
])
def test_capitalised_may_mid_sentence_is_the_month(text, hedged):
    assert any(f.category == "hedge" and f.text.lower() == "may" for f in findings(text)) is hedged


def test_a_modal_in_a_title_case_headline_still_hedges():
    text = "Voters Might Help the Mayor, But Less So in Towns\n\nThe mayor won the vote on Tuesday."
    assert any(f.text == "Might" and f.category == "hedge" for f in findings(text))


@pytest.mark.parametrize("text, phrase", [
    ("The film holds a 96% rating on Rotten Tomatoes.", None),  # a site's name after "on"
    ("They met for lunch at Happy Days on Monday.", None),
    ("He railed at this Rigged Witch Hunt again.", "Witch Hunt"),  # a label keeps its article
    ("It was a rotten deal for the town.", "rotten deal"),
])
def test_a_capitalised_name_after_a_preposition_judges_nothing(text, phrase):
    hits = found(text)
    assert (phrase in hits) if phrase else not hits, sorted(hits)


@pytest.mark.parametrize("text, phrase, category, polarity", [
    ("Her preachy sermons bored the hall.", "preachy sermons", "judgement", -1),
    ("The jingoistic speech drew cheers.", "jingoistic speech", "judgement", -1),
    ("Gangs terrorized the market for months.", "terrorized", "judgement", -1),
    ("He called his rivals heathens.", "heathens", "loaded-label", -1),
    ("The board dreamed up a scheme to keep the fees.", "dreamed up", "metaphor", -1),
    ("The minister is toying with the lives of pensioners.", "toying with", "metaphor", -1),
    ("Trust in the council is in the toilet.", "in the toilet", "metaphor", -1),
    ("The party pulled out all the stops for the vote.", "pulled out all the stops", "metaphor", 0),
    ("He was wrong beyond belief.", "beyond belief", "intensifier", 0),
    ("We will never, ever accept it.", "never, ever", "intensifier", 0),  # emphatic repetition
    ("The fee is very, very high.", "very, very", "intensifier", 0),
])
def test_twelfth_round_entries(text, phrase, category, polarity):
    assert found_as(text, phrase, category).polarity == polarity


@pytest.mark.parametrize("text", [
    "The cat toyed with a ball of wool.",  # no figure without a person's fate
    "The kids toyed with the idea of a garden.",  # considering is no judgement
    "The spider ensnared a fly in its web.",  # the literal trap
    "The rebels overran the army post at dawn.",  # a military report
    "The talks dragged on in endless rounds.",  # "endless": pruned, seldom marked
])
def test_twelfth_round_literal_senses_and_pruned_entries(text):
    assert [f.text for f in findings(text) if f.polarity != 0 or f.category == "metaphor"] == []


@pytest.mark.parametrize("text, phrase", [
    ("Panic broke out in the hall.", "Panic"),  # an irregular past verb is no head
    ("The shameful amnesty took effect on Monday.", "shameful amnesty"),
    ("The corrupt officials fled the country.", "corrupt officials"),
    ("She angrily spoke to reporters.", "angrily spoke"),  # an adverb still takes the verb it grades
])
def test_an_irregular_past_verb_after_a_finding_is_the_clauses_verb(text, phrase):
    assert phrase in found(text), sorted(found(text))


def test_fomenting_takes_a_side_but_is_plain():
    assert found("Protesters fomented unrest in the capital.")["fomented unrest"].plain


@pytest.mark.parametrize("text", [
    "The country spent forty years under communist rule before the wall fell.",  # a kind of government
    "Former communist states joined the union in 2004.",
    "The museum recalls the communist past of the town.",
    "The country was a Stalinist state until 1989.",
    "The regime of the fascist era fell in 1943.",
    "She taught Marxist theory at the university.",
])
def test_an_ideology_naming_a_form_of_government_is_no_label(text):
    ideologies = ("communist", "stalinist", "fascist", "marxist")
    assert not [phrase for phrase in found(text) if any(word in phrase.lower() for word in ideologies)], found(text)


@pytest.mark.parametrize("text, word", [
    ("He called the senator a communist traitor.", "communist"),
    ("Fascist thugs attacked the march.", "fascist"),
    ("They warned of a Marxist revolution in the suburbs.", "marxist"),
])
def test_an_ideology_as_name_calling_stays_loaded(text, word):
    assert word in " ".join(found(text)).lower()


@pytest.mark.parametrize("text", [
    "Troops sent under Operation Noble Guardian built fences along the river.",
    "Soldiers of “Operation Noble Shield” reached the port on Monday.",
])
def test_a_military_operations_code_name_judges_nothing(text):
    """A code name after "Operation" is a name the command chose, not the outlet's evaluation."""
    assert findings(text) == [], findings(text)


@pytest.mark.parametrize("text, phrase", [
    ("Residents are beyond frustrated with the council.", "beyond frustrated"),
    ("The new trailer looks super scary.", "super scary"),
    ("The much ballyhooed reform came to nothing.", "much ballyhooed reform"),
])
def test_informal_degree_words_grade_the_attitude_after_them(text, phrase):
    """"beyond", "super" and "much" before an attitude word are degree words (Quirk et al. 1985)."""
    assert phrase in found(text), sorted(found(text))


@pytest.mark.parametrize("text", [
    "The storm reached beyond the river.",
    "The Super Bowl drew record crowds.",
    "There is much work left to do.",
])
def test_informal_degree_words_alone_are_no_findings(text):
    assert findings(text) == [], findings(text)


@pytest.mark.parametrize("text, phrase", [
    ("The bishop called the breakaway priests schismatics.", "schismatics"),
    ("The governor wasted no time in signing the bill.", "wasted no time"),
])
def test_church_law_terms_and_stock_promptness_are_plain(text, phrase):
    assert found(text)[phrase].plain


def test_a_bound_degree_word_after_a_stance_marker_grades_nothing():
    """"beyond the president's abilities": a degree word with no attitude word after it is left out, and the
    stance marker before it stays as it was."""
    hits = found("Writing a coherent plan is clearly beyond the president's abilities.")
    assert "clearly" in hits and hits["clearly"].category == "booster", sorted(hits)


@pytest.mark.parametrize("text, phrase", [
    ("The Trumpkins cheered every word.", "Trumpkins"),
    ("The Rethuglicans blocked the bill again.", "Rethuglicans"),
    ("The Demonrats will raise your taxes.", "Demonrats"),
])
def test_partisan_blends_are_name_calling(text, phrase):
    """A party or leader's name blended with an insult ("thug", "demon", "pumpkin") is a coined slur."""
    assert found_as(text, phrase, "loaded-label").polarity == -1


@pytest.mark.parametrize("text, phrase", [
    ("“This is a f***ed up mess,” the councillor said.", "f***ed"),
    ("He told the guard to get his f**king hands off.", "f**king"),
    ("“Move, b***h,” he shouted.", "b***h"),
])
def test_masked_expletives_are_evaluative(text, phrase):
    """An expletive the outlet masks with asterisks is still the speaker's vented feeling."""
    assert found_as(text, phrase, "affect").polarity == -1


@pytest.mark.parametrize("text", [
    "Rated 4* by critics, the hotel * * * reopened.",
    "The fund returned 5%* last year.",
    "Senator Ruiz* declined to comment.",
])
def test_other_asterisks_are_no_expletives(text):
    assert findings(text) == [], findings(text)


def test_a_span_overlaps_a_finding_by_one_bisection_as_by_a_scan():
    from itertools import product

    from framing.evaluative import _overlaps_finding, _reach_index
    spans = [(30, 34), (2, 20), (5, 8), (40, 41), (22, 23)]  # unsorted; one long finding covers a short one
    found = [Evaluative(s, e, "x" * (e - s), "affect", -1, "author") for s, e in spans]
    index = _reach_index(found)
    for start, end in product(range(0, 45), repeat=2):
        if start < end:
            assert _overlaps_finding(index, start, end) == any(s < end and start < e for s, e in spans), (start, end)
    assert not _overlaps_finding(_reach_index([]), 0, 5)
