"""A pack's value of the wrong kind says what was written and what to write (walkthrough 45),
as its limits do (test_pack_limits_said_ux45): the dialog and ``validate`` said "Input should be
a valid integer", "a valid list" or "a valid string", the validator's words, without what the
pack had or which values the field takes."""

from __future__ import annotations

import pytest

from simulator.core.questions_parse import parse_pack

QUESTION = """questions:
  - id: tech.kinds
    category: {category}
    topic: {topic}
    difficulty: {difficulty}
    prompt: What is overfitting and how do you notice it?
    time_limit_s: {time_limit_s}
    model_answer: Overfitting fits noise in the training set and fails on new data.
    key_points:
      - id: noise
        label: Fits noise
        weight: {weight}
        phrases: {phrases}
"""
GOOD = {"category": "technical", "topic": "Basics", "difficulty": "2", "time_limit_s": "90",
        "weight": "2", "phrases": "[fits the noise]"}  # fmt: skip


def problem_said(field: str, value: str) -> str:
    """What the pack's one problem for ``field`` says when the good question writes ``value``
    there; the question is refused."""
    key = field.rsplit(".", 1)[-1]
    questions, problems = parse_pack(QUESTION.format(**(GOOD | {key: value})), "p.yaml")
    assert not questions
    (problem,) = [p for p in problems if p.field == field]
    return problem.message


@pytest.mark.parametrize(
    ("field", "value", "said"),
    [
        ("difficulty", "hard", "'hard' is not a whole number: write 1, 2 or 3"),
        ("difficulty", "'2'", "'2' is not a whole number: write 1, 2 or 3 (without quotes)"),
        (
            "time_limit_s",
            "90.5",
            "90.5 is not a whole number: write a whole number from 15 to 1800",
        ),
        ("time_limit_s", "", "empty: write a whole number from 15 to 1800"),
        (
            "key_points[0].weight",
            "heavy",
            "'heavy' is not a number: write a number from 0.01 to 10",
        ),
        (
            "key_points[0].phrases",
            "fits the noise",
            "'fits the noise' is not a list: write one item",
        ),
        ("topic", "[a, b]", "a list is not text: write words"),
        ("category", "cooking", "'cooking' is not one of these: write 'technical', 'behavioral'"),
    ],
)
def test_a_value_of_the_wrong_kind_says_what_was_written_and_what_to_write(
    field: str, value: str, said: str
) -> None:
    message = problem_said(field, value)
    assert message.startswith(said), message
    assert "Input should" not in message  # before: the validator's words, every one
