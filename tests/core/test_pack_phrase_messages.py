"""A rubric phrase with no word in English letters or digits is said to be that, not "too
generic: it would match almost any answer" (it can match no answer at all)."""

from __future__ import annotations

import yaml

from simulator.core.questions import parse_pack
from tests.packs import GOOD_QUESTION


def _problems(phrase: str) -> list[str]:
    point = {**GOOD_QUESTION["key_points"][0], "phrases": [phrase]}
    question = {**GOOD_QUESTION, "key_points": [point, *GOOD_QUESTION["key_points"][1:]]}
    _, problems = parse_pack(yaml.safe_dump({"questions": [question]}), "p.yaml")
    return [p.message for p in problems]


def test_a_phrase_in_another_script_is_named_as_such() -> None:
    (message,) = _problems("過学習")
    assert "no word in English letters or digits" in message and "generic" not in message


def test_a_generic_phrase_is_still_called_generic() -> None:
    (message,) = _problems("the model")
    assert "too generic" in message
