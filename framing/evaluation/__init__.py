"""Scores on the public annotated data in ``../shared/eval`` (never shipped with the project).

Each task is a module here with ``run(data: Path, *, limit: int | None) -> dict``
returning flat figures (precision, recall, f1, counts). ``TASKS`` maps the
name used on the command line (``framing eval NAME``) to that module and to
the folder under ``shared/eval`` it reads by default.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from ..errors import InputError

# name -> (module under framing.evaluation, default folder under shared/eval)
TASKS: dict[str, tuple[str, str]] = {
    "compare": ("compare", "basil"),
    "frames": ("frames", "semeval2023"),
    "actor_tone": ("actor_tone", "newsmtsc"),
    "quotes": ("quotes", "polnear/dev"),
    "loaded": ("loaded", "semeval2023"),
    "babe": ("babe", "babe"),
    "lexical": ("lexical", "basil"),
}


def default_data_root() -> Path | None:
    """``shared/eval`` beside the checkout (or the working directory), if present."""
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *here.parents):
        candidate = base.parent / "shared" / "eval"
        if candidate.is_dir():
            return candidate
        candidate = base / "shared" / "eval"
        if candidate.is_dir():
            return candidate
    return None


def run(task: str, data: Path | None = None, *, limit: int | None = None) -> dict[str, Any]:
    if task not in TASKS:
        raise InputError(f"unknown eval task {task!r}; choose one of: {', '.join(sorted(TASKS))}")
    module_name, folder = TASKS[task]
    if data is None:
        root = default_data_root()
        if root is None:
            raise InputError("no evaluation data found: pass --data DIR (e.g. ../shared/eval/" + folder + ")")
        data = root / folder
    if not Path(data).exists():
        raise InputError(f"{data}: no such directory")
    module = importlib.import_module(f"{__name__}.{module_name}")
    return module.run(Path(data), limit=limit)
