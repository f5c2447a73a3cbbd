"""Real responses held to the generated OpenAPI document, strictly: every value has its documented
type, and every field a report or comparison carries is documented (CONTRACT.md: extra fields are
described in the OpenAPI spec). The views send ``to_dict()`` without a marshmallow dump, so this is
what keeps the document and the responses together.
"""

from __future__ import annotations

from typing import Any

import pytest

import framing
from api import create_app, openapi_document
from api.schemas import ComparisonSchema, ReportSchema

ARTICLE = ("Budget deal reached\n"
           "The minister said on Monday that the rail plan was a landmark decision. \"It is a historic day,\" "
           "she told reporters. Officials admitted the plan would cost nearly 4 billion euros, twice the "
           "first estimate, and take until 2030.\n"
           "Critics called the plan belated and costly. \"We were far too slow,\" a senior official said. "
           "\"Nobody listened.\"\n"
           "The opposition leader, Anna Berg, claimed the government had not been honest about the delays.\n"
           "The botched rollout was a shameful and utterly disastrous waste of money.\n"
           "Subscribe to continue reading.\n")
OTHER = ("Rail plan approved after years of delay\n"
         "The government approved a 4 billion euro rail plan on Monday, some 15 years after it was proposed. "
         "Anna Berg, who leads the opposition, said the cost had doubled. Commuters welcomed the news.\n")
PAGE = ("<html><head><title>Rail plan</title></head><body><article><h1>Rail plan approved</h1>"
        "<p>The minister said on Monday that the new rail plan was a landmark decision for the region, "
        "which has waited for a faster line to the capital for more than twenty years.</p>"
        "<p>Critics called the plan belated and costly, and the opposition leader warned of delays.</p>"
        "</article></body></html>")

_TYPES = {"object": dict, "array": list, "string": str, "boolean": bool}


def undocumented(value: Any, schema: dict, components: dict, path: str = "$") -> list[str]:
    """Problems of ``value`` against an OpenAPI 3.0 schema; an object's fields must all be declared
    (``additionalProperties: true`` allows new fields for clients, not undocumented ones here)."""
    if "$ref" in schema:
        return undocumented(value, components[schema["$ref"].rsplit("/", 1)[-1]], components, path)
    if "anyOf" in schema:  # apispec's nullable Nested: [{$ref}, {type: object, nullable: true}]
        if value is None:
            return [] if any(s.get("nullable") for s in schema["anyOf"]) else [f"{path}: null"]
        branches = [s for s in schema["anyOf"] if set(s) != {"type", "nullable"}]
        results = [undocumented(value, s, components, path) for s in branches]
        return min(results, key=len)
    if value is None:
        return [] if schema.get("nullable") else [f"{path}: null, not documented as nullable"]
    kind = schema.get("type")
    if kind == "integer" and (type(value) is not int):
        return [f"{path}: {value!r} is not an integer"]
    if kind == "number" and (type(value) not in (int, float)):
        return [f"{path}: {value!r} is not a number"]
    if kind in _TYPES and not isinstance(value, _TYPES[kind]):
        return [f"{path}: {type(value).__name__}, documented as {kind}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{path}: {value!r} is not one of {schema['enum']}"]
    problems: list[str] = []
    if kind == "array":
        for i, item in enumerate(value):
            problems += undocumented(item, schema.get("items", {}), components, f"{path}[{i}]")
    if kind == "object":
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        problems += [f"{path}.{name}: required, missing" for name in schema.get("required", ())
                     if name not in value]
        for name, item in value.items():
            if name in properties:
                problems += undocumented(item, properties[name], components, f"{path}.{name}")
            elif isinstance(extra, dict):  # a map keyed by label, frame or category
                problems += undocumented(item, extra, components, f"{path}[{name!r}]")
            else:
                problems.append(f"{path}.{name}: not documented in the OpenAPI document")
    return problems


@pytest.fixture(scope="module")
def document():
    return openapi_document()


@pytest.fixture(scope="module")
def client():
    return create_app({"TESTING": True}).test_client()


def response_schema(document: dict, path: str) -> dict:
    return document["paths"][path]["post"]["responses"]["200"]["content"]["application/json"]["schema"]


def assert_documented(value: Any, document: dict, path: str) -> None:
    problems = undocumented(value, response_schema(document, path), document["components"]["schemas"])
    assert not problems, "responses and api/schemas.py disagree:\n" + "\n".join(problems[:20])


def test_every_field_of_real_reports_is_documented(client, document, seed_texts):
    ids = []
    bodies = [{"text": text, "source": name} for name, text in sorted(seed_texts.items())]
    bodies += [{"text": ARTICLE, "title": "Rail"}, {"text": OTHER}, {"html": PAGE, "url": "https://example.org/r"}]
    for body in bodies:
        response = client.post("/v1/analyze", json=body)
        assert response.status_code == 200, response.get_json()
        report = response.get_json()
        assert_documented(report, document, "/v1/analyze")
        assert ReportSchema().validate(report) == {}
        ids.append(report["id"])
    response = client.post("/v1/compare", json={"articles": [{"id": i} for i in ids]})
    assert response.status_code == 200, response.get_json()
    assert_documented(response.get_json(), document, "/v1/compare")
    assert ComparisonSchema().validate(response.get_json()) == {}


def test_the_report_exercises_the_optional_shapes(client):
    """The crafted article reaches the nullable and optional parts the check above must see."""
    report = client.post("/v1/analyze", json={"text": ARTICLE}).get_json()
    assert report["meta"]["truncated"] and report["meta"]["excluded"]
    assert any(q["speaker"] and q["speaker"]["anonymous"] for q in report["quotes"])
    assert any(c["hedge"] for c in report["claims"])
    assert report["evaluative"] and report["evaluative_summary"]["most_loaded"]
    assert any(s["kind"] == "heading" for s in report["sentences"])


@pytest.mark.parametrize("value, problem", [
    ({"id": "x"}, "$.text: required, missing"),
    ({"id": 1}, "$.id: int, documented as string"),
    ({"tone": {"compound": 0.1, "label": "upbeat"}}, "$.tone.label: 'upbeat' is not one of"),
    ({"tone": {"compound": 0.1, "label": "neutral", "mood": 1}}, "$.tone.mood: not documented"),
    ({"quotes": [{"speaker": None, "cue": None}]}, None),
    ({"meta": {"title": 3}}, "$.meta.title: int, documented as string"),
])
def test_the_check_itself(document, value, problem):
    components = document["components"]["schemas"]
    report = {"$ref": "#/components/schemas/Report"}
    found = undocumented(value, report, components)
    if problem is None:  # only the fields this partial value leaves out
        assert all(p.endswith("required, missing") for p in found), found
    else:
        assert any(p.startswith(problem) for p in found), found


def test_responses_are_the_library_json_without_a_schema_pass(client):
    """The body is exactly ``to_dict()`` (no marshmallow dump reorders, drops or converts fields)."""
    report = client.post("/v1/analyze", json={"text": OTHER, "source": "Daily B"}).get_json()
    assert report == framing.analyze(OTHER, source="Daily B").to_dict()
    assert list(report) == list(framing.analyze(OTHER).to_dict())


def test_the_json_body_is_parsed_once(client, monkeypatch):
    """``_guard`` parses the body (for its 400s); the argument parser reuses it."""
    import webargs.core

    def parsed_twice(*args, **kwargs):
        raise AssertionError("the body was parsed a second time")

    monkeypatch.setattr(webargs.core, "parse_json", parsed_twice)
    assert client.post("/v1/analyze", json={"text": OTHER}).status_code == 200
    response = client.post("/v1/analyze", json={"text": ""})
    assert response.status_code == 422 and "text" in response.get_json()["error"]["fields"]
    response = client.post("/v1/analyze", json=["not", "an", "object"])
    assert response.status_code == 422
