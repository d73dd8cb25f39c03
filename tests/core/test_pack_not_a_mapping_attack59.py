"""A pack file whose YAML is one value, not a mapping with 'questions:', is said as the file
has it (attack run 59: "not a int", "not a str", Python's type names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("42\n", "not 42"),
        ("4.5\n", "not 4.5"),
        ("true\n", "not true"),
        ("2024-01-01\n", "not a date"),
        ("- a\n- b\n", "not a list"),
        ("s3cr3t-t0ken\n", "not a line of text"),
    ],
)
def test_a_pack_of_one_value_is_said_as_written_attack59(
    tmp_path: Path, written: str, said: str
) -> None:
    pack = tmp_path / "one.yaml"
    pack.write_text(written, encoding="utf-8")
    (problem,) = load_packs([pack]).problems
    assert problem.message == f"a pack must be a mapping with 'questions:', {said}"
    assert "s3cr3t" not in problem.message
