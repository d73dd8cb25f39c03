"""A key YAML reads as a number or null is named as a key (attack run 37): '1: x' in a question
was reported as 'field [1]: Keys should be strings' (read as a list's first item) and 'null: y'
as 'field None: Keys should be strings' (a field called None). The problem now says which key
and where it is: 'question tech.ik: the key null is not a field name ...'."""

from __future__ import annotations

from simulator.core.questions import parse_pack

REST = """    category: technical
    topic: testing
    difficulty: 2
    prompt: Explain overfitting in your own words.
    time_limit_s: 120
    model_answer: Overfitting is when the model fits the noise rather than the signal.
"""


def test_keys_that_are_not_words_are_named_as_keys() -> None:
    text = f"questions:\n  - id: tech.ik\n    1: x\n    null: y\n{REST}"
    text += "    key_points:\n      - {id: noise, label: Fits noise, phrases: [fits the noise], 3.5: z}\n"
    questions, problems = parse_pack(text, "mine.yaml")
    assert not questions
    assert [str(p) for p in problems] == [
        "mine.yaml:12: question tech.ik: field key_points[0]: the key 3.5 is not a field name "
        "(keys are words, such as prompt)",
        "mine.yaml:3: question tech.ik: the key 1 is not a field name (keys are words, such as "
        "prompt)",
        "mine.yaml:4: question tech.ik: the key null is not a field name (keys are words, such "
        "as prompt)",
    ]
