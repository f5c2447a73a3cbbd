"""Claims: numbers, dates and quantities, normalised, and the rule that aligns them."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing import claims as claims_module
from framing.claims import claim_similarity, quantities, same_claim
from framing.segment import segment


def claims_of(text: str):
    return quantities(segment(text))


def only(text: str):
    found = claims_of(text)
    assert len(found) == 1, [c.text for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "normalized", "hedge"),
    [
        ("The missiles have a range of 190 miles.", "190 miles", "distance", 190, (305775.36, "m"), None),
        ("It can reach a target nearly 300 kilometers away.", "nearly 300 kilometers", "distance", 300,
         (300000, "m"), "nearly"),
        ("The tower is 330m tall.", "330m", "distance", 330, (330, "m"), None),
        ("The company lost $5bn on the deal.", "$5bn", "money", 5e9, (5e9, "USD"), None),
        ("The bill costs €3.2 billion in total.", "€3.2 billion", "money", 3.2e9, (3.2e9, "EUR"), None),
        ("He paid 2 million pounds for it.", "2 million pounds", "money", 2e6, (2e6, "GBP"), None),
        ("The parcel weighed 5 pounds.", "5 pounds", "weight", 5, (2.26796, "kg"), None),
        ("They carried up to 40 tons of grain.", "up to 40 tons", "weight", 40, (40000, "kg"), "up to"),
        ("Prices rose 47.3% overall.", "47.3%", "percent", 47.3, (47.3, "%"), None),
        ("Support fell 12 per cent.", "12 per cent", "percent", 12, (12, "%"), None),
        ("Inflation fell by 0.5 percentage points.", "0.5 percentage points", "percent", 0.5, (0.5, "pp"), None),
        ("The storm moved at 90 mph.", "90 mph", "speed", 90, (40.2336, "m/s"), None),
        ("Fire burned 300 square miles of forest.", "300 square miles", "area", 300, (776996433, "m2"), None),
        # the area units' abbreviated spellings, after a hand-written shipping story's "4.5 million square km"
        ("The zone covers some 4.5 million square km of sea.", "some 4.5 million square km", "area", 4.5e6,
         (4.5e12, "m2"), "some"),
        ("The park covers 120 sq. km in all.", "120 sq. km", "area", 120, (1.2e8, "m2"), None),
        ("The ranch spans 40 sq miles of scrub.", "40 sq miles", "area", 40, (103599524.4, "m2"), None),
        ("The flat has 900 sq. ft of floor.", "900 sq. ft", "area", 900, (83.612736, "m2"), None),
        ("The plot is 600 square meter in size.", "600 square meter", "area", 600, (600, "m2"), None),
        ("Twelve days after the vote, he left.", "Twelve days", "duration", 12, (1036800, "s"), None),
        ("He has only a few weeks left.", "a few weeks", "duration", 2, (1209600, "s"), "a few"),
        ("A 45-year-old man was held.", "45-year-old", "age", 45, (45, "year"), None),
        ("Over 50,000 Russian and North Korean troops attacked.", "Over 50,000 Russian and North Korean troops",
         "count", 50000, (50000, "count"), "over"),
        ("The force is nearly 50,000 strong, officials say.", "nearly 50,000 strong", "count", 50000,
         (50000, "count"), "nearly"),
        ("Iran supplied hundreds of drones to Russia.", "hundreds of drones", "count", 200, (200, "count"),
         "hundreds of"),
        ("At least a dozen soldiers died.", "At least a dozen soldiers", "count", 12, (12, "count"), "at least"),
        ("Some 3,000 homes lost power.", "Some 3,000 homes", "count", 3000, (3000, "count"), "some"),
        ("More than two hundred people gathered.", "More than two hundred people", "count", 200, (200, "count"),
         "more than"),
        ("The vote was 52 in favour.", "52", "number", 52, None, None),
        # shares of a whole, as percentages
        ("Two-thirds of voters backed the plan.", "Two-thirds", "percent", 200 / 3, (200 / 3, "%"), None),
        ("Nearly half of the homes lost power.", "Nearly half", "percent", 50, (50, "%"), "nearly"),
        ("About a third of the staff left.", "About a third", "percent", 100 / 3, (100 / 3, "%"), "about"),
        ("Three-quarters support the bill.", "Three-quarters", "percent", 75, (75, "%"), None),
        ("One in five Americans owns a boat.", "One in five", "percent", 20, (20, "%"), None),
        ("About 4 in 10 voters agree.", "About 4 in 10", "percent", 40, (40, "%"), "about"),
        ("Nine out of 10 doctors agree.", "Nine out of 10", "percent", 90, (90, "%"), None),
        # half a scale word
        ("Half a million people marched.", "Half a million people", "count", 500000, (500000, "count"), None),
        # volume, power and energy
        ("The tank holds 1,000 gallons.", "1,000 gallons", "volume", 1000, (3.7854, "m3"), None),
        ("A 1,000-megawatt plant opened.", "1,000-megawatt", "power", 1000, (1e9, "W"), None),
        ("It used 5 billion kilowatt-hours.", "5 billion kilowatt-hours", "energy", 5e9, (1.8e16, "J"), None),
        # temperatures, in degrees Celsius
        ("Temperatures reached 104F in the city.", "104F", "temperature", 104, (40, "°C"), None),
        ("The lake froze at 0°C overnight.", "0°C", "temperature", 0, (0, "°C"), None),
        ("It was 50 degrees Fahrenheit outside.", "50 degrees Fahrenheit", "temperature", 50, (10, "°C"), None),
    ],
)
def test_quantities(text, span, kind, value, normalized, hedge):
    claim = only(text)
    assert claim.text == span
    assert text[claim.start:claim.end] == span
    assert claim.kind == kind
    assert claim.value == pytest.approx(value)
    assert claim.hedge == hedge
    if normalized is None:
        assert claim.normalized is None
    else:
        assert claim.normalized.value == pytest.approx(normalized[0], rel=1e-4)
        assert claim.normalized.unit == normalized[1]


@pytest.mark.parametrize(
    ("text", "span", "iso", "unit", "hedge"),
    [
        ("Officials spoke on Sunday, November 17.", "Sunday, November 17", "--11-17", "month-day", None),
        ("It began on 17 November.", "17 November", "--11-17", "month-day", None),
        ("He was arrested on Nov. 3, 2021, in Ohio.", "Nov. 3, 2021", "2021-11-03", "date", None),
        ("Kyiv took the region in August.", "August", "--08", "month", None),
        ("Prices rose in March 2023.", "March 2023", "2023-03", "year-month", None),
        ("Aid has flowed since 2022.", "since 2022", "2022", "year", "since"),
        ("It must be done by 2025.", "by 2025", "2025", "year", "by"),
        ("The talks resume on Monday.", "Monday", None, "weekday", None),
        ("The filing is dated 2024-11-17.", "2024-11-17", "2024-11-17", "date", None),
        ("It rained on 11/17/2024 there.", "11/17/2024", "2024-11-17", "date", None),
    ],
)
def test_dates(text, span, iso, unit, hedge):
    claim = only(text)
    assert (claim.text, claim.kind, claim.iso, claim.normalized.unit, claim.hedge) == (span, "date", iso, unit, hedge)


@pytest.mark.parametrize(
    ("text", "span", "kind", "low", "high"),
    [
        ("It flies 10-20 km.", "10-20 km", "distance", 10, 20),
        ("It lasted 3 to 4 weeks.", "3 to 4 weeks", "duration", 3, 4),
        ("Support rose between 5 and 8 percent.", "between 5 and 8 percent", "percent", 5, 8),
        ("It will cost $5-10 billion.", "$5-10 billion", "money", 5e9, 10e9),
    ],
)
def test_ranges(text, span, kind, low, high):
    claim = only(text)
    assert (claim.text, claim.kind) == (span, kind)
    assert (claim.low, claim.high) == (pytest.approx(low), pytest.approx(high))


def test_a_tally_is_one_score_not_a_range():
    claim = only("The vote was 52 to 48.")
    assert (claim.text, claim.kind, claim.value, claim.low, claim.high) == ("52 to 48", "score", 52, 48, 52)


@pytest.mark.parametrize(
    "text",
    [
        "May we go? He said he may.",  # the modal verb, not the month
        "The F-16 jets and COVID-19 cases were discussed.",  # names with numbers
        "It happened at 12:30 sharp.",  # clock times are left alone
        "He walked 5k and watched 3D films.",  # codes
        "A year ago one of them left.",  # "a year", "one of" are not claims
        "He scored in the second half of the game.",  # a period, not a share
        "She won a third term.",  # an ordinal
        "Jan de Vries and Dec Walsh spoke.",  # a month's abbreviation alone is a given name, no date
        "The 6th Circuit ruled, and the 82nd Airborne left 5th Avenue.",  # ordinals inside names
        "A line tripped minutes before the first 911 call.",  # an emergency number
    ],
)
def test_not_claims(text):
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Over 50,000 Russian and North Korean troops launched an offensive.", "troops"),
        ("It includes 10,000 North Koreans in Kursk.", "koreans"),
        ("Iran supplied hundreds of drones to Russia.", "drones"),
        ("Ukraine received 31 Abrams tanks in 2023.", "tanks"),
        ("About 10,000 more soldiers arrived.", "soldiers"),
        ("The force is nearly 50,000 strong.", None),
        ("Some 1.2 million recently struck workers returned.", None),  # adverbs end the phrase
        ("Six of the state's dioceses agreed.", "dioceses"),  # a partitive counts its whole's noun
        ("Six of them agreed.", None),  # a pronoun names nothing
    ],
)
def test_subjects(text, subject):
    assert claims_of(text)[0].subject == subject


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("It has a range of 190 miles.", "It can hit a target nearly 300 kilometers away.", True),
        ("Over 50,000 Russian and North Korean troops attacked.", "The force is nearly 50,000 strong.", True),
        ("The blast was felt about 12 km away.", "The blast was felt 7.5 miles away.", True),
        ("The firm lost $5bn.", "The firm lost $5.2 billion.", True),
        ("Aid has flowed since 2022.", "Aid began in 2022.", True),
        ("It began on November 17.", "It began on Nov. 17.", True),
        ("It includes 10,000 North Koreans.", "Over 50,000 troops attacked.", False),
        ("The firm lost $5bn.", "The firm lost €5bn.", False),  # no exchange rates
        ("They sent 100 drones.", "They sent 100 tanks.", False),  # different things counted
        ("It flies 300 km.", "It flies 400 km.", False),
        ("It flies 300 km.", "It weighs 300 kg.", False),
        ("It began on November 17.", "It began on November 18.", False),
        ("Two-thirds of voters backed it.", "About 67% of voters backed it.", True),
        ("One in five adults smokes.", "20 percent of adults smoke.", True),
        ("One in five adults smokes.", "25 percent of adults smoke.", False),
        ("Half a million people marched.", "Some 500,000 people marched.", True),
        ("The tank holds 1,000 gallons.", "The tank holds about 3,800 liters.", True),
        ("A 1,000-megawatt plant opened.", "A 1 GW plant opened.", True),
        ("Temperatures reached 40C.", "Temperatures reached 104 degrees Fahrenheit.", True),
        ("Temperatures reached 40C.", "Temperatures reached 40F.", False),
        # a change of temperature converts without the offset
        ("Warming must stay below 2 degrees Celsius.", "Warming must stay below 3.6 degrees Fahrenheit.", True),
    ],
)
def test_same_claim(a, b, same):
    x, y = claims_of(a)[0], claims_of(b)[0]
    assert same_claim(x, y) is same
    assert same_claim(y, x) is same
    assert 0.0 <= claim_similarity(x, y) <= 1.0


def test_seed_pair_aligns(landmark_text, belated_text):
    landmark, belated = claims_of(landmark_text), claims_of(belated_text)
    pairs = {(a.text, b.text) for a in landmark for b in belated if same_claim(a, b)}
    assert ("190 miles", "nearly 300 kilometers") in pairs
    assert ("over 50,000 Russian and North Korean troops", "nearly 50,000 strong") in pairs
    assert ("August", "August") in pairs
    assert not any("10,000" in b for _, b in pairs)


def test_boilerplate_numbers_are_ignored(belated_text):
    """"You have 47.3% of this article left to read" is a paywall line, not a claim."""
    assert not any("47.3" in c.text for c in claims_of(belated_text))


def test_spans_slice_back_and_sentences_point_home(landmark_text, belated_text):
    for text in (landmark_text, belated_text):
        doc = segment(text)
        for claim in quantities(doc):
            assert text[claim.start:claim.end] == claim.text
            assert doc.sentence_at(claim.start) == claim.sentence
            if claim.low is not None and claim.high is not None:
                assert claim.low <= claim.high


@pytest.mark.parametrize(
    "text",
    ["Between ten and 20 miles of road were closed.", "They built 0-10 km of track and four to 5 bridges.",
     "The fund grew by $0-5 billion.", "Ten to 12 people came, and 0 to 3 left."],
)
def test_ranges_with_word_numbers_or_zero_do_not_crash(text):
    from framing.segment import segment

    claims = quantities(segment(text))
    assert claims and all(text[c.start:c.end] == c.text for c in claims)


# ------------------------------------------------------------- alternations grouped by first letter

_LEXICON = claims_module._lexicon()
_PHRASE_LISTS = {
    "units": _LEXICON["units"], "case_units": _LEXICON["case_units"], "currencies": _LEXICON["currencies"],
    "hedges": _LEXICON["hedges"], "vague": _LEXICON["vague"], "scales": _LEXICON["scales"],
    "numbers": _LEXICON["numbers"], "fractions": _LEXICON["fractions"], "date_hedges": claims_module._DATE_HEDGES,
    "prepositions": claims_module._DATE_PREPOSITIONS,
}
_ALL_PHRASES = sorted({p for phrases in _PHRASE_LISTS.values() for p in phrases})


def plain_alternation(phrases) -> str:
    """The alternation as first written: every phrase a branch, longest first."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


def test_alternation_groups_every_lexicon_by_first_letter():
    for name, phrases in _PHRASE_LISTS.items():
        grouped = claims_module._alternation(phrases, ignore_case=name != "case_units")
        assert grouped != plain_alternation(phrases)


def _casings(text: str) -> st.SearchStrategy[str]:
    return st.sampled_from([text, text.upper(), text.title(), text.replace("s", "\u017f"), text.replace("k", "\u212a")])


_PIECES = st.one_of(st.sampled_from(_ALL_PHRASES).flatmap(_casings),
                    st.sampled_from([" ", "  ", "-", "s", "es", "2", "x", ".", "\t"]))


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(sorted(_PHRASE_LISTS)), st.lists(_PIECES, min_size=1, max_size=4).map("".join))
def test_grouped_alternation_matches_what_the_plain_one_matches(name, text):
    phrases = _PHRASE_LISTS[name]
    case_sensitive = name == "case_units"  # matched with their case only, grouped by exact character
    for flags in (0,) if case_sensitive else (0, re.IGNORECASE):
        alternation = claims_module._alternation(phrases, ignore_case=not case_sensitive)
        grouped = re.compile(rf"(?:{alternation})(?!\w)", flags)
        plain = re.compile(rf"(?:{plain_alternation(phrases)})(?!\w)", flags)
        for pos in range(len(text)):
            found, expected = grouped.match(text, pos), plain.match(text, pos)
            assert (found and found.span()) == (expected and expected.span()), (text, pos)


_ANCHORS = claims_module._anchors()
_ANCHOR_WORDS = sorted(_ANCHORS["words"] | _ANCHORS["names"] | _ANCHORS["marks"])


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.one_of(st.text(max_size=6), st.sampled_from(_ANCHOR_WORDS).flatmap(_casings)))
def test_every_anchor_passes_the_lower_case_prefilter(word):
    if claims_module._is_anchor(word, _ANCHORS):
        assert claims_module._may_be_anchor(word.lower(), _ANCHORS)


# ------------------------------------------------------------- signs, bare degrees, "k", times, ranks


@pytest.mark.parametrize(
    ("text", "span", "kind", "value", "normalized"),
    [
        ("Overnight lows fell to -5C in the valley.", "-5C", "temperature", -5, (-5, "°C")),
        ("The lake sat at \u22123 \u00b0C for a week.", "\u22123 \u00b0C", "temperature", -3, (-3, "°C")),
        ("The wind chill made it feel like minus 12 degrees.", "minus 12 degrees", "temperature", -12,
         (-12, "degrees")),
        ("By dawn it was 10 degrees below zero.", "10 degrees below zero", "temperature", -10, (-10, "degrees")),
        ("Forecasters expect temperatures near 95 degrees.", "95 degrees", "temperature", 95, (95, "degrees")),
        ("Output shrank -0.4% in the quarter.", "-0.4%", "percent", -0.4, (-0.4, "%")),
        ("The post drew 1.2k comments.", "1.2k comments", "count", 1200, (1200, "count")),
        ("Her video has 3.4K shares.", "3.4K shares", "count", 3400, (3400, "count")),
        ("Organisers gathered 20K signatures.", "20K signatures", "count", 20000, (20000, "count")),
        ("The gates opened at 7:30 a.m. sharp.", "7:30 a.m.", "time", 730, (730, "time")),
        ("Polls close at 8 PM in the east.", "8 PM", "time", 2000, (2000, "time")),
        ("She became the 17th judge to be confirmed.", "17th judge", "ordinal", 17, (17, "ordinal")),
        ("He was paid 40 Canadian dollars an hour.", "40 Canadian dollars", "money", 40, (40, "CAD")),
        ("The range widened to five to 10 years.", "five to 10 years", "duration", 5, (157784760, "s")),
    ],
)
def test_signed_and_shorthand_quantities(text, span, kind, value, normalized):
    claim = only(text)
    assert (claim.text, claim.kind) == (span, kind)
    assert claim.value == pytest.approx(value)
    assert claim.normalized.value == pytest.approx(normalized[0], rel=1e-4)
    assert claim.normalized.unit == normalized[1]
    assert claim.low <= claim.high


def test_bare_degrees_take_the_scale_the_article_names():
    text = "It hit 35C on Thursday. Temperatures reached 38 degrees on Friday."
    friday = [c for c in claims_of(text) if "degrees" in c.text][0]
    assert (friday.text, friday.kind, friday.unit) == ("38 degrees", "temperature", "°C")
    assert friday.normalized.value == pytest.approx(38)
    text = "The thermometer showed 100F at noon and 90 degrees by evening, still hot."
    evening = [c for c in claims_of(text) if c.text == "90 degrees"][0]
    assert evening.normalized.value == pytest.approx(32.2222, rel=1e-4)


@pytest.mark.parametrize(
    ("text", "kind", "subject"),
    [
        ("The car made a sudden 180-degree turn.", "count", "degrees"),  # an angle: no temperature read
        ("She holds two degrees in law.", "count", "degrees"),  # university degrees
    ],
)
def test_degrees_outside_weather_are_no_temperature(text, kind, subject):
    claim = only(text)
    assert (claim.kind, claim.subject) == (kind, subject)


def test_a_sign_reads_only_on_temperatures_and_percentages():
    claim = only("The poll has a margin of plus or minus 3 percentage points.")
    assert (claim.text, claim.value) == ("3 percentage points", 3)


@pytest.mark.parametrize(
    ("text", "span", "unit", "iso", "subject"),
    [
        ("Rents doubled in the 1980s.", "1980s", "decade", "198", None),
        ("Growth slowed in the late 1970s.", "late 1970s", "decade", "197", None),
        ("Turnout in the 2012 election was low.", "2012 election", "year", "2012", "election"),
        ("It recalled his 2008 run for the Senate.", "2008 run", "year", "2008", "run"),
        ("The report names the 2016 candidates.", "2016 candidates", "year", "2016", "candidates"),
        ("He wrote about the deadly 2012 attacks.", "2012 attacks", "year", "2012", "attacks"),
        ("A 2013 audit found gaps.", "2013 audit", "year", "2013", "audit"),
        ("The 2016 White House bid failed.", "2016 White House bid", "year", "2016", "bid"),
    ],
)
def test_years_and_decades_before_a_noun(text, span, unit, iso, subject):
    claim = only(text)
    assert (claim.text, claim.kind, claim.normalized.unit, claim.iso, claim.subject) == (
        span, "date", unit, iso, subject)


@pytest.mark.parametrize("text", ["The army sent 2000 troops north.", "Organisers counted 1800 marchers."])
def test_a_year_like_number_before_a_plural_still_counts(text):
    assert only(text).kind == "count"


@pytest.mark.parametrize(
    "text",
    [
        "She ran a 5K race and bought a 4K screen.",  # a race and a format, not thousands
        "The post 1449075600 was removed.",  # an identifier or timestamp
        "The meeting ran from 10:30 until noon.",  # a clock time without a.m./p.m. is left alone
    ],
)
def test_shorthand_that_is_no_figure(text):
    assert claims_of(text) == []


def test_word_tallies_and_ranges():
    # a tally in words after a verb of result is one score, matching the same result in digits
    tally = only("The court split five to four.")
    assert (tally.text, tally.kind, tally.low, tally.high) == ("five to four", "score", 4, 5)
    assert same_claim(tally, only("The court ruled 5-4."))
    assert [c.text for c in claims_of("He counted five to four of them.")] == ["five", "four"]
    claim = only("Between five and eight percent agreed.")
    assert (claim.low, claim.high, claim.hedge) == (5, 8, "between")
    claim = only("The work takes two to three weeks.")
    assert (claim.text, claim.low, claim.high) == ("two to three weeks", 2, 3)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Lows reached -5C overnight.", "Lows reached 23F overnight.", True),
        ("Lows reached -5C overnight.", "Lows reached 5C overnight.", False),
        ("Doors opened at 8 p.m.", "Doors opened at 8:00 PM.", True),
        ("Doors opened at 8 p.m.", "Doors opened at 9 p.m.", False),
        ("She is the 17th judge confirmed.", "She is the 17th judge confirmed this year.", True),
        ("She is the 17th judge confirmed.", "She is the 18th judge confirmed.", False),
        ("She is the 17th judge confirmed.", "It was the 17th vote held.", False),  # a rank of another thing
        ("Turnout in the 2012 election was low.", "The 2012 presidential election drew crowds.", True),
        ("Turnout in the 2012 election was low.", "The 2012 budget was cut.", True),  # one year; see compare
        ("Turnout in the 2012 election was low.", "The 2013 election was calm.", False),
        ("Turnout in the 2012 election was low.", "Turnout in 2012 was low.", True),
        # a precise count says one figure however the articles name what is counted
        ("At least 317 nurses walked out.", "At least 317 workers walked out.", True),
        ("They fired 1,243 staff.", "They fired 1,243 employees.", True),
        ("It closed 32 schools.", "It closed 33 schools.", False),  # the rounding ranges only touch
        ("They sent 2 drones.", "They sent 2 tanks.", False),  # a small count needs the same noun
        ("Hundreds of nurses marched.", "Hundreds of doctors marched.", False),  # vague: no figure
        ("She took the No. 3 post.", "She took the No. 3 spot.", True),  # a rank's nouns of one class
        ("She took the No. 3 post.", "She was the No. 3 pick.", False),
        ("About 40,000 homes lost power.", "About 40,000 households lost power.", True),
    ],
)
def test_same_claim_for_new_kinds(a, b, same):
    x, y = claims_of(a)[0], claims_of(b)[0]
    assert same_claim(x, y) is same
    assert same_claim(y, x) is same


@pytest.mark.parametrize("text", ["She reads Zero Hedge every day.", "He toured Three Mile Island.",
                                  "The Big Ten voted."])
def test_a_number_word_inside_a_name_is_no_claim(text):
    assert claims_of(text) == []


def test_a_verb_after_a_number_is_not_what_it_counts():
    assert only("Later the two talked.").subject is None


def test_a_years_event_may_be_a_name():
    claim = only("He defended the 1994 Crime Bill strongly.")
    assert (claim.text, claim.subject) == ("1994 Crime Bill", "bill")


@pytest.mark.parametrize(
    ("text", "kind", "normalized"),
    [
        ("She leads by 6 points in the latest poll.", "percent", (6, "pp")),
        ("He holds a 12-point lead among likely voters.", "percent", (12, "pp")),
        ("The team scored 28 points in the second half.", "count", (28, "count")),  # a game's points
        ("The index fell 300 points on Monday.", "count", (300, "count")),  # a market's points
    ],
)
def test_points_are_percentage_points_only_about_polls(text, kind, normalized):
    claim = [c for c in claims_of(text) if c.value == normalized[0]][0]
    assert (claim.kind, claim.normalized.value, claim.normalized.unit) == (kind, *normalized)


def test_poll_points_match_percentage_points():
    a = claims_of("She leads by 6 points in the latest poll.")[0]
    b = claims_of("Her lead in the poll is 6 percentage points.")[0]
    assert same_claim(a, b)


def test_at_one_point_is_no_figure():
    assert [c.text for c in claims_of("At one point in the poll she trailed by 9 points.")] == ["9 points"]


def test_vague_amounts_of_money_are_money():
    claim = only("The campaign raised tens of millions of dollars.")
    assert (claim.kind, claim.unit, claim.low, claim.high) == ("money", "USD", 20_000_000, 99_999_999)
    assert not same_claim(claim, only("The campaign raised nearly $20 million."))  # a span, not a figure
    assert same_claim(claim, only("Donors gave tens of millions of dollars."))


@pytest.mark.parametrize(("text", "low", "high"), [
    ("About a quarter of a million people fled.", 225_000, 275_000),
    ("Two-thirds of a billion dollars was spent.", 666_666_666.67, 666_666_666.67),
])
def test_a_fraction_of_a_scale_is_that_share_of_it(text, low, high):
    claim = claims_of(text)[0]
    assert (claim.low, claim.high) == (pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(("text", "value"), [("An eighth of the budget went to defense.", 12.5),
                                             ("A sixth of voters stayed home.", 100 / 6)])
def test_eighths_and_sixths_are_shares(text, value):
    claim = claims_of(text)[0]
    assert (claim.kind, claim.value) == ("percent", pytest.approx(value))


@pytest.mark.parametrize("text", ["Members of Local 88 walked out.", "Congress may repeal Section 230.",
                                  "Flight 370 vanished in 2014.", "Game 7 is on Sunday."])
def test_a_number_that_names_a_thing_is_no_figure(text):
    assert all(c.kind in ("date", "number") and c.text not in ("88", "230", "370", "7") for c in claims_of(text))


def test_a_half_dozen_is_six():
    claim = only("A half-dozen aides resigned.")
    assert (claim.value, claim.subject) == (6, "aides")


@pytest.mark.parametrize(("text", "low", "high"), [("Several hundred guests came.", 300, 900),
                                                   ("A few thousand fans waited.", 2000, 5000)])
def test_a_vague_number_of_hundreds(text, low, high):
    claim = only(text)
    assert (claim.low, claim.high) == (low, high)


def test_the_second_of_two_years_is_a_year():
    assert [c.kind for c in claims_of("It recalled the 2004 and 2006 Senate races.")] == ["date", "date"]


# ---------------------------------------------------------------- the counted noun, scores, ranks, heights


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Afterwards the pair met and the two spoke briefly.", None),  # "spoke": a verb
        ("Of the nine voters we met, five say they will stay home.", None),
        ("Nobody expected that the two turned hostile so fast.", None),  # an -ed word with no noun after it
        ("The total stood at 312 entering Monday's vote.", None),
        ("The city hired 600 trained nurses last year.", "nurses"),  # an -ed word before a plural modifies it
        ("She thanked the four brave Canadians who helped.", "canadians"),  # a capitalised plural is a noun
        ("The five Adams cousins arrived late.", "cousins"),  # a name in -s before a lower-case noun
        ("There are three cable news channels in the region.", "channels"),  # "news" is no plural
        ("Those three businessmen bought the club.", "businessmen"),
        ("He was joined by 900 police officers.", "officers"),  # a plural without s modifying a plural
        ("We counted 14 sleepy grandchildren.", "grandchildren"),
        ("Several of Garcia's advisers quit.", "advisers"),  # a possessive owner is no head
        ("The museum sits at 45 Harbour Street.", None),  # a cardinal above one counts no singular noun
        ("The vote is expected around 11 tomorrow.", None),
        ("Five past and current staffers signed it.", "staffers"),  # "and" between two modifiers
        ("Dozens of public and private schools shut.", "schools"),
        ("She sold 40 bikes and scooters.", "bikes"),  # "and" after the plural: the next phrase
    ],
)
def test_the_counted_noun_is_the_head_of_its_phrase(text, subject):
    counts = [c for c in claims_of(text) if c.kind in ("count", "number")]
    assert counts[-1].subject == subject


@pytest.mark.parametrize(
    ("text", "span", "subject"),
    [
        ("He ran Smith's 2014 field operation as its director.", "2014 field operation", "operation"),
        ("A 2019 review found problems.", "2019 review", "review"),  # "found": a verb, not the compound's head
        ("The 2011 budget debate dragged on.", "2011 budget debate", "debate"),
        ("An important 2007 study found gaps in care.", "2007 study", "study"),  # no count of "gaps"
        ("Important 2007 studies found gaps in care.", "2007", None),
        ("All 2018 candidates were invited.", "2018", None),  # a quantifier before it: a year
    ],
)
def test_a_years_event_is_the_head_of_a_compound(text, span, subject):
    claim = claims_of(text)[0]
    assert (claim.text, claim.kind, claim.subject) == (span, "date", subject)


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("The justices issued a 6-3 decision.", "6-3 decision", 3, 6),
        ("The home side won 2-0 in the rain.", "2-0", 0, 2),
        ("The chamber passed it 221-209 after midnight.", "221-209", 209, 221),
        ("The teams drew 1-1.", "1-1", 1, 1),
        ("She won by a 75-to-40 vote.", "75-to-40 vote", 40, 75),
        ("The visitors lost 1-3 at home.", "1-3", 1, 3),  # the losing side named first
        ("They lost two to five at home.", "two to five", 2, 5),
        ("It ended in a 2-5 defeat.", "2-5 defeat", 2, 5),
        ("They finished with a 4-12 record.", "4-12 record", 4, 12),
    ],
)
def test_scores_are_one_claim_with_both_numbers(text, span, low, high):
    claim = only(text)
    assert (claim.text, claim.kind, claim.low, claim.high) == (span, "score", low, high)


@pytest.mark.parametrize("text", ["The 2019-20 season was cut short.", "Dial 311-4567 for help.",
                                  "Call 800-555-0199 today.", "They ran a 4-4-2 formation.",
                                  "Sales fell from 30 to 20 units.", "Rents rose 1-3 each year.",
                                  "They lost 2-3 kilos.", "It takes a 2-3 week course."])
def test_no_score_where_none_is_written(text):
    assert all(c.kind != "score" for c in claims_of(text))


def test_scores_match_whichever_side_comes_first():
    a, b = only("The board backed it 7-2."), only("It passed 7-2 in the board.")
    assert same_claim(a, b)
    assert not same_claim(a, only("It passed 7-1 in the board."))


def test_an_and_with_no_plural_after_it_ends_a_ranks_phrase():
    claim = claims_of("She was a 20th-century poet and critic.")[0]
    assert (claim.text, claim.subject) == ("20th-century poet", "poet")


def test_no_before_a_number_is_a_rank():
    claim = claims_of("She moved up to the No. 4 post in the party.")[0]
    assert (claim.text, claim.kind, claim.value, claim.subject) == ("No. 4 post", "ordinal", 4, "post")
    assert claims_of("He was No. 2 behind her.")[0].text == "No. 2"


def test_nine_eleven_is_a_date():
    claim = claims_of("Security changed after 9/11 for good.")[0]
    assert (claim.text, claim.kind, claim.iso) == ("after 9/11", "date", "--09-11")
    assert same_claim(only("The 9/11 memorial opened."), only("The Sept. 11 memorial opened."))


@pytest.mark.parametrize(
    ("text", "span", "metres"),
    [
        ("The guard is 6-foot-4 and quick.", "6-foot-4", 1.9304),
        ("He stands 5 feet 9 inches tall.", "5 feet 9 inches", 1.7526),
        ("A 6-foot-1-inch forward signed.", "6-foot-1-inch", 1.8542),
    ],
)
def test_heights_in_feet_and_inches_are_one_length(text, span, metres):
    claim = only(text)
    assert (claim.text, claim.kind) == (span, "distance")
    assert claim.normalized.value == pytest.approx(metres)


def test_a_height_is_exact_to_the_inch():
    assert same_claim(only("He is 6-foot-2."), only("He is 1.88 meters tall."))
    assert not same_claim(only("He is 6-foot-2."), only("He is 6-foot-3."))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("The plant employs 3,000 workers.", "The plant has 3,000 employees.", True),
        ("The army sent 2,000 troops north.", "The army sent 2,000 soldiers north.", True),
        ("Some 500 protesters gathered.", "Some 500 demonstrators gathered.", True),
        ("The tax hits about 200 companies.", "The tax hits about 200 corporations.", True),
        ("The army sent 2,000 troops north.", "The army sent 2,000 trucks north.", False),
        ("About 300 people voted early.", "About 300 voters arrived early.", False),  # no hypernyms
    ],
)
def test_round_counts_of_synonyms_match(a, b, same):
    assert same_claim(only(a), only(b)) is same


def test_a_plural_scale_after_a_vague_amount_multiplies_it():
    claim = only("Lobbyists spent hundreds of billions of dollars on it.")
    assert (claim.kind, claim.low, claim.unit) == ("money", 2e11, "USD")
    assert only("He was paid hundreds of thousands in fees.").subject is None  # "thousands" is no noun


@pytest.mark.parametrize("text, span, value, unit", [
    ("Saudi, South Korean ministers sign $4 bln hydrogen pact.", "$4 bln", 4e9, "USD"),
    ("The port handled 3.5 mln containers last year.", "3.5 mln containers", 3.5e6, None),
    ("The board approved a buyback of up to 450 mln Norwegian crowns.", "up to 450 mln Norwegian crowns", 4.5e8,
     "NOK"),
    ("Ericsson will pay a dividend of 2.70 kronor a share.", "2.70 kronor", 2.7, "SEK"),
])
def test_wire_scale_abbreviations_and_nordic_crowns(text, span, value, unit):
    found = [c for c in claims_of(text) if c.text == span]
    assert found, [c.text for c in claims_of(text)]
    assert found[0].value == pytest.approx(value)
    assert found[0].unit == unit


@pytest.mark.parametrize("text, span, kind, normalized", [
    ("At 0910 GMT the storm turned north.", "0910 GMT", "time", 910),
    ("The storm's pressure fell to 958 millibars.", "958 millibars", "pressure", 95800),
    ("Pressure fell to 958 hPa overnight.", "958 hPa", "pressure", 95800),
])
def test_wire_times_and_pressures(text, span, kind, normalized):
    (claim,) = [c for c in claims_of(text) if c.text == span]
    assert (claim.kind, claim.normalized.value) == (kind, normalized)


def test_a_four_digit_number_without_a_time_zone_stays_a_count():
    (claim,) = claims_of("He won 1430 votes.")
    assert claim.kind == "count"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Twenty-four people were pulled from rooftops.", "Twenty-four people", 24),
    ("The city must publish the video within forty-five days.", "forty-five days", 45),
    ("The tax hits firms with more than a billion dollars in profit.", "more than a billion dollars", 1e9),
    ("A million people signed the petition.", "A million people", 1e6),
])
def test_a_hyphenated_number_word_and_a_scale_after_a_are_figures(text, span, value):
    claim = only(text)
    assert (claim.text, claim.value) == (span, value)


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("The charge will be between $700 million and $750 million.", "between $700 million and $750 million", 7e8, 7.5e8),
    ("Bids were put at $900 million-$1.1 billion.", "$900 million-$1.1 billion", 9e8, 1.1e9),
])
def test_a_range_of_money_with_a_scale_on_each_end_is_one_figure(text, span, low, high):
    claim = only(text)
    assert (claim.text, claim.low, claim.high) == (span, low, high)


def test_a_sum_given_to_a_number_of_things_or_a_change_is_no_range():
    assert [c.text for c in claims_of("The fund gave $3 million to 12 charities.")] == ["$3 million", "12 charities"]
    assert [c.text for c in claims_of("Its profit fell from $64.2 million to $41.5 million.")] == [
        "$64.2 million", "$41.5 million"]


@pytest.mark.parametrize(("text", "age"), [
    ("The driver, Tomas Rivera, 29, was taken to hospital.", True),
    ("Rivera, 29, and his brother, 31, were taken to hospital.", True),
    ("By Friday, 29 people had been taken to hospital.", False),  # a count after a weekday
    ("On Oct. 2, 29 people were taken to hospital.", False),  # a date's day, then a count
])
def test_a_number_set_off_by_commas_after_a_name_is_an_age(text, age):
    ages = [c for c in claims_of(text) if c.kind == "age"]
    assert bool(ages) is age
    if age:
        assert ages[0].text == "29" and same_claim(ages[0], only("the 29-year-old driver was hurt"))
def test_telephone_and_reference_numbers_are_no_figures():
    text = ("Anyone with information is asked to call 101 quoting log 0213 of 12 May, or contact Crimestoppers "
            "anonymously on 0800 555 111. Police arrested 22 men.")
    assert [c.text for c in quantities(segment(text))] == ["12 May", "22 men"]


@pytest.mark.parametrize("text, span, kind, value, normalized", [
    ("It would replace the store with two six-story buildings.", "two six-story buildings", "count", 2.0, 2.0),
    ("They came in forty five buses.", "forty five buses", "count", 45.0, 45.0),
    ("The company raised its dividend by 2 cents.", "2 cents", "money", 2.0, 0.02),
    ("A pint costs 90 pence.", "90 pence", "money", 90.0, 0.9),
    ("Five extra months of independence matters.", "Five extra months", "duration", 5.0, 5 * 2629746.0),
    ("He drove 30 more miles.", "30 more miles", "distance", 30.0, 48280.32),
])
def test_dogfood_quantities(text, span, kind, value, normalized):
    c = only(text)
    assert (c.text, c.kind, c.value) == (span, kind, value)
    assert c.normalized.value == pytest.approx(normalized)


def test_a_trial_phase_is_no_figure():
    assert [c.text for c in claims_of("The phase 3 trial enrolled 1,795 patients.")] == ["1,795 patients"]


def test_an_age_after_a_name_in_any_script():
    c = only("“We heard her,” said Mehmet Yıldırım, 44, who had waited.")
    assert (c.kind, c.value) == ("age", 44.0)


@pytest.mark.parametrize("text, value, age", [
    ("Ingrid Berg, marine biologist, dies aged 91", 91, True),
    ("She died at her home on Thursday. She was 91.", 91, True),
    ("He retired at the age of 65 and moved to the coast.", 65, True),
    ("He won at age 19, the youngest ever.", 19, True),
    # no person's age: a reading, a decimal, a count
    ("The index rose on Friday. It was 91.", 91, False),
    ("She was 91.5 points ahead.", 91.5, False),
    ("Prices aged 91 apartments out of the market.", 91, False),  # a counted noun after it: a count
])
def test_age_by_its_words(text, value, age):
    found = [c for c in claims_of(text) if c.value == value]
    assert found, [c.text for c in claims_of(text)]
    assert (found[0].kind == "age") is age


@pytest.mark.parametrize("text, kept", [
    ("Anyone with information should call 101, quoting log 1842 of December 4.", ["December 4"]),
    ("Flight 1549 landed in the Hudson.", []),
    ("In 1842 the log book was lost.", ["1842"]),  # a year before the word stays one
])
def test_a_numbered_name_holds_no_year(text, kept):
    assert [c.text for c in claims_of(text)] == kept


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The bank cut rates by a quarter of a percentage point.", "a quarter of a percentage point", 0.25),
        ("It lowered rates by half a percentage point.", "half a percentage point", 0.5),
        ("The board delivered a half-point cut.", "a half-point", 0.5),
        ("Officials approved a quarter point increase.", "a quarter point", 0.25),
        ("The bank raised rates by 25 basis points.", "25 basis points", 0.25),
        ("It was a 50-basis-point move.", "50-basis-point", 0.5),
        ("Yields rose 12 bps on the day.", "12 bps", 0.12),
    ],
)
def test_shares_of_a_point_and_basis_points_are_percentage_points(text, span, value):
    c = only(text)
    assert (c.text, c.kind, c.normalized.unit) == (span, "percent", "pp")
    assert c.normalized.value == pytest.approx(value)


def test_a_range_of_two_percentages_is_not_read_as_a_negative_second():
    found = claims_of("The rate now sits in the 4.25%-4.50% range.")
    assert [(c.text, c.value) for c in found] == [("4.25%", 4.25), ("4.50%", 4.5)]
    assert [c.value for c in claims_of("Output fell -0.5% in May.") if c.unit == "%"] == [-0.5]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The plan raises the retirement age from 62 to 64.", ["62", "64"]),
        ("Fares rose from $3 to $5 this year.", ["$3", "$5"]),
        ("Tickets cost $3 to $5 each.", ["$3 to $5"]),
        ("Between 10 and 20 people were hurt.", ["Between 10 and 20 people"]),
    ],
)
def test_from_one_number_to_another_is_a_change_not_a_range(text, spans):
    assert [c.text for c in claims_of(text)] == spans


def test_a_market_index_number_is_its_name():
    assert [c.text for c in claims_of("The S&P 500 rose 0.8 percent and the FTSE 100 fell 1.2%.")] == [
        "0.8 percent", "1.2%"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The next meeting is on January 28 and 29.", ["January 28 and 29"]),
        ("Policymakers meet on Jan. 28-29.", ["Jan. 28-29"]),
        ("On March 16 and 17 people died.", ["March 16", "17 people"]),
        ("Sales rose on May 3 and 5% more later.", ["May 3", "5%"]),
    ],
)
def test_a_date_of_two_days_is_one_claim(text, spans):
    assert [c.text for c in claims_of(text)] == spans


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Police made 12 arrests on Saturday.", "arrest"),
        ("Twelve people were arrested on Saturday.", "arrest"),
        ("Officers detained 40 protesters near the bridge.", "arrest"),
        ("The storm killed at least 30 people.", "death"),
        ("Fourteen officers hurt in the clashes were treated on site.", "injury"),
        ("The flood left 9 dead in the valley.", "death"),
        ("About 300 families were evacuated overnight.", "evacuation"),
        ("Twelve people marched to the town hall.", None),
    ],
)
def test_a_count_names_what_happened_to_the_counted(text, event):
    (count,) = [c for c in claims_of(text) if c.kind in ("count", "number")]
    assert count.event == event


def test_arrests_and_people_arrested_are_one_figure_and_arrested_and_injured_two():
    arrests, people, hurt = (only(t) for t in ("Police made 12 arrests.", "Twelve people were arrested.",
                                               "Twelve people were injured."))
    assert same_claim(arrests, people)
    assert not same_claim(people, hurt)


@pytest.mark.parametrize(
    ("text", "span", "kind", "value"),
    [
        ("It would leave roughly 5.4m women far from a clinic.", "roughly 5.4m women", "count", 5_400_000),
        ("The pact covers a market of 780m consumers.", "780m consumers", "count", 780_000_000),
        ("The farm sold 2m tonnes of wheat.", "2m tonnes", "weight", 2_000_000),
        ("The sea wall is 5.4m high.", "5.4m", "distance", 5.4),
        ("A 10m fall injured the climber.", "10m", "distance", 10),
        # an article or a number before it makes the figure a modifier: the length of what follows
        ("She won the 400m hurdles in Oslo.", "400m", "distance", 400),
        ("Crowds lined the harbour to see these 40m yachts.", "40m", "distance", 40),
        # an owner's possessive does not: "Spotify's 200m users" are its users
        ("Spotify's 200m users will pay more.", "200m users", "count", 200_000_000),
        ("The bank told its 12m customers to wait.", "12m customers", "count", 12_000_000),
    ],
)
def test_an_m_glued_to_a_number_is_millions_before_what_it_counts_else_metres(text, span, kind, value):
    c = only(text)
    assert (c.text, c.kind) == (span, kind)
    assert c.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "span", "subject"),
    [
        ("It was followed by eight strong aftershocks.", "eight strong aftershocks", "aftershocks"),
        ("Two old men sat by the harbour.", "Two old men", "men"),
        ("The troops, nearly 50,000 strong, crossed the river.", "nearly 50,000 strong", None),
    ],
)
def test_strong_or_old_before_a_plural_is_an_adjective_of_the_counted(text, span, subject):
    c = only(text)
    assert (c.text, c.subject) == (span, subject)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The union claimed 65 000 marchers.", "65 000 marchers", 65_000),
        ("A record 12\u00a0000 people voted.", "12\u00a0000 people", 12_000),
        ("Police put the crowd at 1 200 000.", "1 200 000", 1_200_000),
        ("In 2019 300 people died there.", "300 people", 300),
    ],
)
def test_thousands_set_off_by_spaces_are_one_number(text, span, value):
    c = claims_of(text)[-1]
    assert (c.text, c.value) == (span, value)


def test_the_stop_after_am_ends_the_sentence_not_the_time():
    assert [c.text for c in claims_of("The shaking began shortly after 11 am. Rescuers came at 9 p.m.")] == [
        "11 am", "9 p.m."]


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("The bank expects its rate to settle between 3.25 percent and 3.5 percent.",
     "between 3.25 percent and 3.5 percent", 3.25, 3.5),
    ("Turnout was between 61% and 64% in most counties.", "between 61% and 64%", 61, 64),
    ("The ridge stands between 900 metres and 1,200 metres high.", "between 900 metres and 1,200 metres", 900, 1200),
])
def test_a_range_with_its_unit_on_each_end_is_one_figure(text, span, low, high):
    claim = only(text)
    assert (claim.text, claim.low, claim.high, claim.hedge) == (span, low, high, "between")


def test_two_figures_joined_by_and_without_between_stay_two():
    assert [c.text for c in claims_of("Prices rose 4 percent and wages 3 percent.")] == ["4 percent", "3 percent"]
    assert [c.text for c in claims_of("Between 2 percent of men and 5 percent of women said so.")] != [
        "Between 2 percent of men and 5 percent"]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Nearly eight of 10 voters backed the measure.", "Nearly eight of 10", 80),
    ("Three of 10 residents said they would move.", "Three of 10", 30),
    ("Six of every 10 households own a car.", "Six of every 10", 60),
    ("Seven in 10 Americans say so.", "Seven in 10", 70),
    ("One in five adults smokes.", "One in five", 20),
    ("Nine out of 10 doctors agree.", "Nine out of 10", 90),
])
def test_a_number_of_ten_is_a_share(text, span, value):
    c = claims_of(text)[0]
    assert (c.text, c.kind, c.value) == (span, "percent", pytest.approx(value))


def test_a_number_of_a_counted_whole_stays_a_count():
    assert [(c.text, c.kind) for c in claims_of("Two of the 12 jurors were excused.")] == [
        ("Two", "count"), ("12 jurors", "count")] or all(c.kind != "percent" for c in claims_of(
            "Two of the 12 jurors were excused."))
    assert all(c.kind != "percent" for c in claims_of("Three of five suspects were arrested."))


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("Lawyers for the 5.4m women said the payout was late.", "count", 5.4e6),
    ("The scheme reaches the 780m consumers online.", "count", 7.8e8),
    ("She won the 400m hurdles.", "distance", 400),
    ("He ran the 100m final in record time.", "distance", 100),
    ("She ran the 100m.", "distance", 100),
    ("They sailed two 40m yachts.", "distance", 40),
    ("The 800m relays were cancelled.", "distance", 800),
])
def test_an_m_after_an_article_is_read_by_the_noun_after_it(text, kind, value):
    c = next(c for c in claims_of(text) if "m" in c.text)
    assert (c.kind, c.value) == (kind, value)


@pytest.mark.parametrize("text, claim, metres", [
    ("The detour forced riders to walk nearly half a mile to the pier.", "nearly half a mile", 804.672),
    ("The ferry stops a quarter of a mile from the shore.", "a quarter of a mile", 402.336),
    ("The new quay is half a kilometre long.", "half a kilometre", 500.0),
    ("The shop is a third of a mile away.", "a third of a mile", 536.448),  # a length, not a share
])
def test_a_share_of_a_unit_is_a_length(text, claim, metres):
    (found,) = [c for c in quantities(segment(text)) if c.text == claim]
    assert found.normalized.unit == "m" and found.normalized.value == pytest.approx(metres)
