"""Whole reports pinned as snapshots, so a speed-up that changes any output fails here.

The reports of the seeds and of this suite's own texts are stored in full under ``__snapshots__``;
for a sample of PolNeAR (which may not be copied into the repository) only a digest of each report
is stored. After a deliberate change to what the report says, review the diff and update with
``pytest tests/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

import hashlib
import json

import pytest
from syrupy.extensions.json import JSONSnapshotExtension

from framing.pipeline import analyze

from .conftest import SEEDS
from .test_reproducible import TEXTS, polnear_sample


@pytest.fixture
def json_snapshot(snapshot):
    return snapshot.use_extension(JSONSnapshotExtension)


def digest(report: dict) -> str:
    return hashlib.sha256(json.dumps(report, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]


@pytest.mark.parametrize("seed", [p.name for p in SEEDS])
def test_seed_report_is_unchanged(seed, seed_texts, json_snapshot):
    assert analyze(seed_texts[seed], source="seed").to_dict() == json_snapshot


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_written_text_report_is_unchanged(name, json_snapshot):
    assert analyze(TEXTS[name], source="test").to_dict() == json_snapshot


@pytest.mark.eval
def test_polnear_sample_reports_are_unchanged(eval_root, snapshot):
    digests = {f"polnear[{i}]": digest(analyze(text).to_dict()) for i, text in enumerate(polnear_sample(eval_root, 80))}
    assert digests == snapshot
