"""Attack run 45 on ``ml-interview score --batch``: a line that gives its question id but an
answer that is not text (a number, none at all), or a duration out of range, was answered
with ``"question_id": null`` and "needs string fields ..." naming neither field: the error
could not be matched to its question, nor the field to fix told."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_score_input_attack33 import _batch


def test_a_line_with_an_id_is_answered_with_it_and_the_field_wrong(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        {"question_id": "tech.bias-variance", "answer": 5},
        {"question_id": "tech.k-means"},
        {"question_id": 7, "answer": [1]},
        {"question_id": "tech.bias-variance", "answer": "Bias underfits.", "duration_s": -1},
    ]
    results = _batch("\n".join(json.dumps(x) for x in lines) + "\n", monkeypatch, capsys)
    ids = [r["question_id"] for r in results]
    assert ids == ["tech.bias-variance", "tech.k-means", None, "tech.bias-variance"], results
    errors = [r["error"] for r in results]
    assert errors[0].endswith('("answer" is a number)'), errors[0]
    assert errors[1].endswith('("answer" is missing)'), errors[1]
    assert errors[2].endswith('("question_id" is a number, "answer" is a list)'), errors[2]
    assert '"duration_s"' in errors[3], errors[3]
