"""A key point weight far below any sensible one is a pack problem (attack run 37b): a weight of
5e-324 (a denormal float) scored an answer 100 where 1e-300 scored it 86, because the score's
sums lose all their precision that close to zero. Like a weight of 0 or 11, such a weight is now
refused, naming the question, the key point and the field."""

from __future__ import annotations

import pytest

from simulator.core.questions_parse import parse_pack

PACK = """
questions:
  - id: tech.zz-weighted
    category: technical
    topic: t
    difficulty: 2
    prompt: What is a thing that we ask here?
    time_limit_s: 60
    model_answer: A thing is a thing that does gradient descent on weights well.
    key_points:
      - id: kp
        label: Gradient descent
        weight: {weight}
        phrases: [gradient descent]
"""


@pytest.mark.parametrize("weight", ["4.9e-324", "5.0e-324", "1.0e-300", "1.0e-5", "0.001"])
def test_a_weight_below_the_minimum_is_a_problem_naming_its_place(weight: str) -> None:
    questions, problems = parse_pack(PACK.format(weight=weight), "mine.yaml")
    assert questions == []
    (problem,) = problems
    assert problem.question_id == "tech.zz-weighted"
    assert problem.field == "key_points[0].weight"
    assert "0.01" in problem.message, problem.message


@pytest.mark.parametrize("weight", ["0.01", "0.5", "1", "10"])
def test_sensible_weights_still_load(weight: str) -> None:
    questions, problems = parse_pack(PACK.format(weight=weight), "mine.yaml")
    assert problems == []
    assert questions[0].key_points[0].weight == float(weight)
