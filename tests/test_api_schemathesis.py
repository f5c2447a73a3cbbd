"""Generated requests (schemathesis, from the served /openapi.json) to every operation.

No response may be a server error, and every response must match the document: its status,
content type, headers and schema. Requests that break the schema must be refused (4xx).
Bounded so the whole file runs in seconds.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api import create_app

# Valid-looking HTML may hold no article text, so "schema-valid input must succeed" cannot hold
# for /v1/analyze; every other property is checked.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_headers_conformance, response_schema_conformance, negative_data_rejection]

app = create_app({"TESTING": True})
schema = schemathesis.openapi.from_wsgi("/openapi.json", app)


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_generated_requests_get_documented_answers(case):
    case.call_and_validate(checks=CHECKS)


def test_real_articles_conform_to_the_document(seed_texts):
    """Full-size reports and their comparison (every stage has findings) match the schemas too."""
    analyze = schema["/v1/analyze"]["POST"]
    ids = []
    for name, text in sorted(seed_texts.items()):
        case = analyze.Case(body={"text": text, "source": name}, media_type="application/json")
        response = case.call_and_validate(checks=CHECKS)
        ids.append(response.json()["id"])
    compare = schema["/v1/compare"]["POST"]
    body = {"articles": [{"id": report_id} for report_id in ids]}
    response = compare.Case(body=body, media_type="application/json").call_and_validate(checks=CHECKS)
    assert [a["id"] for a in response.json()["articles"]] == ids
