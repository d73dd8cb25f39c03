"""A YAML pack whose alias is used inside the value it names (``- &q`` on a question, ``self: *q``
in it) holds itself without end: it was refused as "not loaded: it nests deeper than 12
levels", which sent the author looking for deep nesting they never wrote (round 50, left open).
It is said to refer to itself, with the alias's line."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs

CASES = {
    "question": ("questions:\n  - &q\n    id: tech.a\n    topic: x\n    self: *q\n", "q", 5),
    "list": ("pack: {name: p}\nextra: &x [1, 2, *x]\nquestions: []\n", "x", 2),
    "nested": (
        "questions:\n  - &outer\n    id: t.b\n    key_points:\n      - phrases: [*outer]\n",
        "outer",
        5,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_self_referencing_alias_is_said_with_its_line_r51(tmp_path: Path, case: str) -> None:
    text, name, line = CASES[case]
    path = tmp_path / "looped.yaml"
    path.write_text(text, encoding="utf-8")
    (problem,) = load_packs([path]).problems
    assert f"the alias *{name} refers to itself" in problem.message, problem
    assert "deeper than" not in problem.message
    assert problem.line == line and str(problem).startswith(f"{path}:{line}: ")


def test_a_pack_deeper_than_allowed_without_an_alias_is_still_said_so_r51(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text(
        "questions:\n  - id: t.c\n    x: " + "[" * 20 + "]" * 20 + "\n", encoding="utf-8"
    )
    (problem,) = load_packs([path]).problems
    assert "nests deeper than 12 levels" in problem.message
