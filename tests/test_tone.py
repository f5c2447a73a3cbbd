from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from framing import vader
from framing.segment import segment
from framing.tone import analyzer, article_tone, label, scorer, sentence_tones


@pytest.mark.parametrize(("compound", "expected"), [(0.5, "positive"), (0.05, "positive"),
                                                    (0.0, "neutral"), (-0.049, "neutral"), (-0.05, "negative")])
def test_label_thresholds(compound, expected):
    assert label(compound) == expected


def tone_of(text: str):
    doc = segment(text)
    sentences = sentence_tones(doc)
    return doc, sentences, article_tone(doc, sentences=sentences)


def test_sentence_scores_are_vader_on_the_sentence_text():
    doc, sentences, _ = tone_of("The rescue was a wonderful success. The flood killed ten people.")
    assert [s.compound for s in sentences] == [
        analyzer().polarity_scores(doc.slice(s))["compound"] for s in doc.sentences]
    assert sentences[0].compound > 0 > sentences[1].compound


def test_article_tone_is_the_mean_and_does_not_saturate_on_long_texts():
    good = "The volunteers did a great job and people were happy. "
    bad = "The attack was horrible and many were hurt. "
    _, sentences, short = tone_of(good + bad)
    _, _, long = tone_of((good + bad) * 200)
    assert short.compound == pytest.approx(sum(s.compound for s in sentences) / len(sentences))
    assert long.compound == pytest.approx(short.compound)
    assert abs(long.compound) < 0.9
    assert long.share_positive == pytest.approx(0.5) and long.share_negative == pytest.approx(0.5)


def test_extremes_and_gdelt_word_figures():
    doc, sentences, tone = tone_of("The happy crowd cheered. The war killed many. The meeting was on Monday.")
    assert doc.slice(tone.most_positive) == "The happy crowd cheered."
    assert doc.slice(tone.most_negative) == "The war killed many."
    words = doc.words
    assert tone.positive_words == pytest.approx(100 * 2 / words)  # happy, cheered
    assert tone.negative_words == pytest.approx(100 * 2 / words)  # war, killed
    assert tone.gdelt_tone == pytest.approx(0.0)
    assert tone.polarity == pytest.approx(tone.positive_words + tone.negative_words)
    assert tone.share_neutral == pytest.approx(1 / 3)


def test_gdelt_counts_equal_counting_over_the_word_tokens():
    doc, _, tone = tone_of("Great :) job, (: but <3 the -_- war :( killed 10 good people... lol #fail ^^ 2good "
                           "İyi GOOD Bad! ΣΟΦΙΑ :-D :D")
    lexicon = analyzer().lexicon
    valences = [lexicon[t.text.lower()] for t in doc.tokens if t.is_word and lexicon.get(t.text.lower())]
    positive = sum(v > 0 for v in valences)
    assert tone.positive_words == 100.0 * positive / doc.words
    assert tone.negative_words == 100.0 * (len(valences) - positive) / doc.words


def test_lower_casing_keeps_whether_a_text_starts_with_a_letter_or_digit():
    """What lets the GDELT count look every token up, words or not, in a lexicon of words."""
    assert all(c.isalnum() == c.lower()[0].isalnum() for c in map(chr, range(sys.maxunicode + 1)))


def test_headings_are_scored_but_not_in_the_article_mean():
    _, sentences, tone = tone_of("Terrible Disaster Strikes\nThe bridge opened on time. Traffic moved.")
    assert sentences[0].kind == "heading" and sentences[0].compound < 0
    assert tone.sentences == 2 and tone.compound == pytest.approx(
        sum(s.compound for s in sentences[1:]) / 2)


def test_neutral_text_has_no_extremes():
    _, _, tone = tone_of("The meeting is on Monday. It starts at noon.")
    assert tone.most_positive is None and tone.most_negative is None and tone.label == "neutral"


# ------------------------------------------------- the project's VADER against vaderSentiment's own

def assert_scores_like_vader(text: str) -> None:
    """The same four floats in the same order, down to the sign of a zero (the report prints them)."""
    expected = tuple(analyzer().polarity_scores(text).values())  # neg, neu, pos, compound
    assert repr(scorer().polarity(text)) == repr(expected), text


@pytest.mark.parametrize("text", [
    "", "   ", "!!!", ":)", "Good.", "no good", "No, not good at all.", "It is not bad.", "It isn't bad.",
    "kind of good", "It was kind of bad", "never so good", "never this bad", "He was never that good.",
    "without doubt a good idea", "Without a doubt, good.", "at least good", "the least good idea", "least good",
    "very least good", "The food was good but the service was bad.", "good good but good bad good",
    "Good, great, fine but BAD and bad!",
    "ok but slap", "It was ok, a slap, but ok.", "It is GOOD and it is bad.", "VERY GOOD", "It is VERY good.",
    "This is the shit!", "That movie is the bomb", "what a bad ass", "waiting at the bus stop in the rain",
    "yeah right, great", "the kiss of death", "a dress to die for", "my beating heart", "just enough good",
    "sort of nice", "It will cut the mustard.", "no or bad", "no problem", "no good no", "so good", "Not so good!",
    "Good??", "Good???", "Bad????", "Great!!!!!!", "I love it 😁", "😁😁 love", "x😁y", "Sad 😢!",
    ":-( terrible", "(good)", "\"excellent\"", "'bad'", "...nice...", "İstanbul is lovely.", "ΣΟΦΙΑ good",
    "Café owners wept; naïve hopes died.", "It’s a “wonderful” day – isn’t it?", "KELVIN \u212a good",
    "good \ud83d bad", "© 2024 ♥ love",
])
def test_scores_equal_vader_on_each_rule(text):
    assert_scores_like_vader(text)


def test_no_emoji_vader_describes_is_ascii():
    """``Vader.polarity`` looks for emoji among a sentence's characters beyond ASCII only."""
    assert not any(emoji.isascii() for emoji in scorer()._emoji_chars)


# Words that set off every rule of VADER's: lexicon words, boosters and dampeners, negations (with
# "n't"), "no", "but", "least", "kind of", "never so", idioms and multi-word boosters, emoticons,
# emoji, non-ASCII letters that change length or meaning when lower-cased.
VOCABULARY = [
    "good", "bad", "great", "horrible", "love", "hate", "nice", "kind", "fine", "sux", "lol", "ok", "slap",
    "doubt", "death", "heart", "die", "shit", "bomb", "ass", "stop", "kiss", "yeah", "right", "enough", "mustard",
    "very", "extremely", "so", "kinda", "barely", "hardly", "more", "most", "little", "sort", "of", "just",
    "not", "never", "without", "isn't", "don't", "wouldn't", "cannot", "nor", "none", "nothing", "no", "or",
    "but", "least", "at", "this", "the", "to", "for", "a", "cut", "bus", "beating", "it", "was", "I",
    ":)", ":-(", ":D", "<3", ";)", ":(", "😁", "💘", "😢", "👍", "🆗", "©", "a😁b",
    "İ", "İyi", "ΣΟΦΙΑ", "σοφια", "Kelvin\u212a", "café", "naïve", "straße", "’s", "n’t", "Σ",
]
DECORATIONS = ["{}", "{}", "{}", "{},", "{}.", "({})", '"{}"', "'{}'", "{}!", "{}?", "{}...", "-{}-", "#{}", "{}'s"]
CASES = [str, str, str.upper, str.title, str.capitalize]
SEPARATORS = [" ", " ", " ", "  ", "\t", "\n", "", "\u00a0", " - "]

word = st.builds(lambda w, case, decoration: decoration.format(case(w)), st.sampled_from(VOCABULARY),
                 st.sampled_from(CASES), st.sampled_from(DECORATIONS))
sentence = st.builds(lambda words, separators, end: "".join(map(str.__add__, words, separators)) + end,
                     st.lists(word, max_size=14), st.lists(st.sampled_from(SEPARATORS), min_size=14, max_size=14),
                     st.sampled_from(["", ".", "!", "!!", "!!!!!", "?", "??", "???", "????", "?!", " :)"]))


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sentence)
def test_scores_equal_vader_on_generated_sentences(text):
    assert_scores_like_vader(text)


@settings(max_examples=1000)
@given(st.lists(st.sampled_from([0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 2.25, 3.0, 4.0, -0.5, -1.0, -2.0, -3.0, 2]),
                max_size=30), st.data())
def test_but_check_scales_the_places_vaders_list_index_finds(sentiments, data):
    """Equal valences make VADER's 'but' rule scale an earlier place twice and skip a later one."""
    but = data.draw(st.integers(0, len(sentiments)))
    words = ["w"] * len(sentiments)
    words.insert(but, "but")
    sentiments = [*sentiments[:but], 0, *sentiments[but:]]
    positions = [i for i, v in enumerate(sentiments) if v]
    scores = [v for v in sentiments if v]
    vader._but_check(positions, scores, but)
    expected = SentimentIntensityAnalyzer._but_check(words, list(sentiments))
    assert scores == [v for v in expected if v]


@pytest.mark.eval
def test_scores_equal_vader_on_every_sentence_of_news_articles(eval_root: Path):
    """Real text: every sentence of a sample of PolNeAR (English news) and SemEval 2023 task 3
    (news in several languages) articles, as the report slices them."""
    polnear = sorted((eval_root / "polnear").rglob("*.txt"))
    semeval = sorted((eval_root / "semeval2023").rglob("*.txt"))
    paths = polnear[:: max(1, len(polnear) // 150)] + semeval[:: max(1, len(semeval) // 150)]
    sentences = 0
    for path in paths:
        doc = segment(path.read_text("utf-8"))
        for s in doc.sentences:
            assert_scores_like_vader(doc.slice(s))
        sentences += len(doc.sentences)
    assert sentences > 10_000
