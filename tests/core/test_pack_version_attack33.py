"""A pack's version that is neither a number nor a text names the field as written (attack run
33): 'version: 2024-01-01' (YAML reads a date) or 'version: [1]' was reported as 'field
pack.version.int: Input should be a valid integer', naming a field 'int' that no pack has and
leaving out that a text is accepted too."""

from __future__ import annotations

import pytest

from simulator.core.questions_parse import parse_pack

QUESTION = """
questions:
  - id: tech.zz-versioned
    category: technical
    topic: t
    difficulty: 2
    prompt: What is a thing that we ask here?
    time_limit_s: 60
    model_answer: A thing is a thing that does gradient descent on weights well.
    key_points:
      - id: kp
        label: Gradient descent
        weight: 2
        phrases: [gradient descent]
"""


@pytest.mark.parametrize("version", ["2024-01-01", "[1]", "{major: 1}", "1.5"])
def test_a_version_of_the_wrong_kind_names_the_version_field(version: str) -> None:
    questions, problems = parse_pack(f"pack:\n  name: x\n  version: {version}\n" + QUESTION, "p")
    assert len(questions) == 1  # the questions still load
    (problem,) = problems
    assert problem.field == "pack.version"
    # said once, with both kinds a version takes (polish45: no longer the validator's words)
    assert problem.message.endswith("is not a whole number or text: write a whole number or text")


@pytest.mark.parametrize("version", ["3", "'2024-01'", "v2"])
def test_a_number_or_a_text_is_a_version(version: str) -> None:
    questions, problems = parse_pack(f"pack:\n  name: x\n  version: {version}\n" + QUESTION, "p")
    assert len(questions) == 1 and problems == []
