"""The report's public shape (CONTRACT.md v1), checked on the seeds and on texts written here."""

from __future__ import annotations

import json

import pytest

import framing

TEXTS = {
    "plain": "The council approved the budget on Tuesday. Residents were pleased.",
    "emoji": "🚀 Launch day. “It flew perfectly,” said Ana Lima, a NASA engineer. Critics called it a stunt.",
    "one line": "Officials said the bridge will reopen",
}


def spans(value, path="report"):
    """Every (path, dict) in the report that carries start/end offsets."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield path, value
        for key, child in value.items():
            yield from spans(child, f"{path}.{key}")
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from spans(child, f"{path}[{i}]")


@pytest.fixture(scope="module", params=["seed-landmark", "seed-belated", *TEXTS])
def report(request, seed_texts):
    if request.param.startswith("seed-"):
        name = {"seed-landmark": "000_67e75afd35c628c0.txt", "seed-belated": "004_93c004730329e98d.txt"}
        return framing.analyze(seed_texts[name[request.param]]).to_dict()
    return framing.analyze(TEXTS[request.param]).to_dict()


def test_required_fields_and_types(report):
    assert isinstance(report["id"], str) and report["id"]
    assert isinstance(report["text"], str)
    meta = report["meta"]
    assert isinstance(meta["words"], int) and isinstance(meta["sentences"], int)
    assert all({"start", "end", "reason"} <= e.keys() for e in meta["excluded"])
    assert isinstance(report["tone"]["compound"], float)
    assert report["tone"]["label"] in {"negative", "neutral", "positive"}
    assert all(isinstance(s["compound"], float) for s in report["sentences"])
    for actor in report["actors"]:
        assert isinstance(actor["name"], str) and isinstance(actor["aliases"], list)
        assert isinstance(actor["kind"], str) and isinstance(actor["tone"], float)
        assert all({"start", "end"} <= m.keys() for m in actor["mentions"])
    for quote in report["quotes"]:
        assert quote["kind"] in {"direct", "indirect", "mixed"}
        assert {"start", "end", "text", "speaker", "cue"} <= quote.keys()
        if quote["speaker"] is not None:
            assert {"name", "descriptor", "anonymous", "start", "end"} <= quote["speaker"].keys()
            assert isinstance(quote["speaker"]["anonymous"], bool)
        if quote["cue"] is not None:
            assert {"text", "start", "end"} <= quote["cue"].keys()
    for item in report["evaluative"]:
        assert item["polarity"] in {-1, 0, 1} and item["voice"] in {"author", "quoted"}
        assert isinstance(item["category"], str)
    for frame in report["frames"]:
        assert isinstance(frame["name"], str) and isinstance(frame["score"], float)
        assert all({"start", "end"} <= c.keys() for c in frame["cues"])
    for claim in report["claims"]:
        assert isinstance(claim["value"], float) or isinstance(claim["value"], int)
        assert claim["normalized"] is None or {"value", "unit"} <= claim["normalized"].keys()
    json.dumps(report)  # plain JSON all the way down


def test_every_span_slices_back_to_its_text(report):
    text = report["text"]
    found = list(spans(report))
    assert found, "a report always has sentence spans"
    for path, span in found:
        assert 0 <= span["start"] <= span["end"] <= len(text), path
        if isinstance(span.get("text"), str):
            assert text[span["start"] : span["end"]] == span["text"], path


def test_text_is_returned_unchanged_and_id_is_stable(seed_texts):
    for text in seed_texts.values():
        a, b = framing.analyze(text), framing.analyze(text)
        assert a.text == text and a.id == b.id
    assert framing.analyze("One text here.").id != framing.analyze("Another text here.").id


def test_excluded_lines_do_not_count(belated_text):
    report = framing.analyze(belated_text)
    assert report.meta.truncated
    excluded = [(e.start, e.end) for e in report.meta.excluded]
    for s in report.sentences:
        assert all(s.end <= a or s.start >= b for a, b in excluded)
    for item in report.evaluative:
        assert all(item.end <= a or item.start >= b for a, b in excluded)


@pytest.mark.parametrize("bad", ["", "   \n\t", "... !!! ???", 42, None])
def test_bad_text_raises_input_error(bad):
    with pytest.raises(framing.InputError):
        framing.analyze(bad)
