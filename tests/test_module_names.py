"""Each module-level name of the library is bound once.

Functions read a module's constants when they run, so a second ``_NAME = ...`` further down a long module
silently replaces the first for every function above it too, and the rule written beside the first reads
the second's words (it happened four times in quotes.py and actors.py before this test).
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

LIBRARY = sorted((Path(__file__).parent.parent / "framing").rglob("*.py"))


def _bound_at_top(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path):
    twice = sorted(name for name, n in _bound_at_top(ast.parse(path.read_text("utf-8"))).items() if n > 1)
    assert not twice, f"{path.name} binds these names more than once: {twice}"
