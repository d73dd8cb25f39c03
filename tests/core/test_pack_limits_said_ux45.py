"""A pack field out of its limits is said as what the author wrote and what is allowed
(walkthrough 45). The dialog and ``validate`` gave the validator's own wording: "Input should
be less than or equal to 3" (what was written?), "List should have at least 1 item after
validation, not 0", "String should match pattern '^[a-z][a-z0-9]*(\\.[a-z0-9][a-z0-9-]*)+$'"."""

from __future__ import annotations

from simulator.core.questions_parse import parse_pack

QUESTION = """\
  - id: {id}
    category: technical
    topic: transformers
    difficulty: {difficulty}
    prompt: Why does attention scale quadratically with sequence length?
    time_limit_s: {time_limit}
    key_points:
      - id: {kp_id}
        label: Every token attends to every other token
        weight: {weight}
        phrases: {phrases}
    model_answer: {model_answer}
"""

GOOD = {
    "id": "mine.attention",
    "difficulty": 2,
    "time_limit": 120,
    "kp_id": "pairs",
    "weight": 3,
    "phrases": "[every pair of tokens]",
    "model_answer": "Each token scores every other token, so the matrix is n by n.",
}


def _said(**changed: object) -> str:
    """The one problem of a pack whose question has ``changed`` fields."""
    text = "questions:\n" + QUESTION.format(**{**GOOD, **changed})
    questions, problems = parse_pack(text, "mine.yaml")
    assert not questions and len(problems) == 1, problems
    return str(problems[0])


def test_a_number_out_of_its_range_is_said_with_the_number_written() -> None:
    assert _said(difficulty=9).endswith("field difficulty: 9 is too high: at most 3")
    assert _said(time_limit=-5).endswith("field time_limit_s: -5 is too low: at least 15")
    assert _said(weight=0).endswith("field key_points[0].weight: 0 is too low: at least 0.01")


def test_a_text_or_a_list_of_the_wrong_length_says_how_long_it_is() -> None:
    assert _said(model_answer="Too short.").endswith(
        "field model_answer: 10 characters, too short: at least 20"
    )
    assert _said(phrases="[]").endswith(
        "field key_points[0].phrases: empty: at least 1 item is needed"
    )
    many = "[" + ", ".join(f"phrase {n}" for n in range(55)) + "]"
    assert _said(phrases=many).endswith(
        "field key_points[0].phrases: 55 items, too many: at most 50"
    )


def test_an_id_of_the_wrong_form_says_the_form_with_an_example() -> None:
    said = _said(id="Mine Attention")
    assert "'Mine Attention' is not an id" in said and "such as tech.overfit" in said
    assert "pattern" not in said and "^" not in said
    said = _said(kp_id="Pairs!")
    assert "'Pairs!' is not an id" in said and "such as bias-variance" in said
