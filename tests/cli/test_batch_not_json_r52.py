"""A batch line that is not JSON is said so, with the column, not in JSON's own words (attack
run 52, `ml-interview score --batch` fed a stray word on its seventh line): the answer read
'"line": 7, "error": "Expecting value: line 1 column 1 (char 0)"', a "line 1" beside line 7."""

from __future__ import annotations

import pytest

from tests.cli.test_score_input_attack33 import _batch


def test_a_line_that_is_not_json_says_so_r52(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = 'garbage\n{"question_id": "tech.bias-variance", "answer": "Bias underfits."\n'
    results = _batch(text, monkeypatch, capsys)
    assert [r["line"] for r in results] == [1, 2]
    assert results[0]["error"] == "not JSON: expecting value at column 1"
    assert results[1]["error"].startswith("not JSON: expecting ',' delimiter at column"), results
    assert all("line 1" not in r["error"] for r in results)
