from __future__ import annotations

import pytest

from framing.segment import segment
from framing.tone import analyzer, article_tone, label, sentence_tones


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


def test_headings_are_scored_but_not_in_the_article_mean():
    _, sentences, tone = tone_of("Terrible Disaster Strikes\nThe bridge opened on time. Traffic moved.")
    assert sentences[0].kind == "heading" and sentences[0].compound < 0
    assert tone.sentences == 2 and tone.compound == pytest.approx(
        sum(s.compound for s in sentences[1:]) / 2)


def test_neutral_text_has_no_extremes():
    _, _, tone = tone_of("The meeting is on Monday. It starts at noon.")
    assert tone.most_positive is None and tone.most_negative is None and tone.label == "neutral"
