"""A question's topic is one line (attack run 37b): 'topic: "ml\\nbasics"' loaded, and the topic,
shown as one line in lists, filters and exports, broke them in two. Like an id, a topic holding
a line break is now a problem naming the question and the field."""

from __future__ import annotations

import pytest

from simulator.core.questions_parse import parse_pack

PACK = """
questions:
  - id: tech.zz-topic
    category: technical
    topic: {topic}
    difficulty: 2
    prompt: What is a thing that we ask here?
    time_limit_s: 60
    model_answer: A thing is a thing that does gradient descent on weights well.
    key_points:
      - {{id: kp, label: Gradient descent, phrases: [gradient descent]}}
"""


@pytest.mark.parametrize(
    "topic", ['"ml\\nbasics"', '"ml\\r\\nbasics"', '"ml\\u2028basics"', "|\n      ml\n      basics"]
)
def test_a_topic_with_a_line_break_is_a_problem(topic: str) -> None:
    questions, problems = parse_pack(PACK.format(topic=topic), "mine.yaml")
    assert questions == []
    (problem,) = problems
    assert (problem.question_id, problem.field) == ("tech.zz-topic", "topic")
    assert "line" in problem.message, problem.message


@pytest.mark.parametrize("topic", ["ml basics", '"ml basics\\n"', "|\n      ml basics"])
def test_a_one_line_topic_loads(topic: str) -> None:
    questions, problems = parse_pack(PACK.format(topic=topic), "mine.yaml")
    assert problems == []
    assert questions[0].topic == "ml basics"
