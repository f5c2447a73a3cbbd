"""Shared fixtures: the seed articles, the eval data folder (skips when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
EVAL_ROOT = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in SEEDS}


@pytest.fixture(scope="session")
def landmark_text(seed_texts) -> str:
    """The seed that calls the decision a landmark and quotes Zelensky."""
    return seed_texts["000_67e75afd35c628c0.txt"]


@pytest.fixture(scope="session")
def belated_text(seed_texts) -> str:
    """The seed that calls it belated, paywalled, quoting Andrew Michta."""
    return seed_texts["004_93c004730329e98d.txt"]


@pytest.fixture(scope="session")
def eval_root() -> Path:
    if not EVAL_ROOT.is_dir():
        pytest.skip("../shared/eval is not here (it is not part of the project)")
    return EVAL_ROOT
