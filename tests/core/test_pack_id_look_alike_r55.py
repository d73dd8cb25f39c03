"""A question or key point id with a letter that only looks like a-z (attack run 55).

An id written with a Cyrillic 'е' (U+0435), a Greek 'ο' or a full-width letter, as a pasted
text brings, was refused with "'tech.zwе' is not an id: an id is lower-case words of letters,
digits and hyphens joined by dots": the id shown looks exactly like one, and the person could
not see what to change. The first character that is not a-z, 0-9, '-' or '.' is now named."""

from __future__ import annotations

import pytest

from simulator.core.questions import parse_pack

PACK = """questions:
  - id: {qid}
    category: technical
    topic: evaluation
    difficulty: 1
    prompt: "What do precision and recall measure in a classifier?"
    time_limit_s: 60
    model_answer: "Precision is the share of predicted positives that are right; recall is the share found."
    key_points:
      - id: {kid}
        label: Precision defined
        weight: 2
        phrases: ["share of predicted positives"]
"""


@pytest.mark.parametrize(
    ("qid", "kid", "said"),
    [
        (
            "tech.zw\u0435",
            "precision",
            "'\u0435' (character 8) is CYRILLIC SMALL LETTER IE, U+0435",
        ),
        (
            "tech.zw",
            "pr\u03bfcision",
            "'\u03bf' (character 3) is GREEK SMALL LETTER OMICRON, U+03BF",
        ),
        ("tech.\uff5aw", "precision", "'\uff5a' (character 6) is FULLWIDTH LATIN SMALL LETTER Z"),
    ],
)
def test_a_look_alike_letter_in_an_id_is_named_r55(qid: str, kid: str, said: str) -> None:
    questions, problems = parse_pack(PACK.format(qid=qid, kid=kid), "mine.yaml")
    assert questions == []
    (problem,) = problems
    assert "is not an id" in problem.message
    assert said in problem.message, problem.message
    assert problem.message.endswith(", not one of a-z, 0-9, '-' or '.'"), problem.message


def test_an_id_of_plain_characters_in_a_wrong_form_is_said_as_before_r55() -> None:
    _, (problem,) = parse_pack(PACK.format(qid="Tech.Zw", kid="precision"), "mine.yaml")
    assert problem.message == (
        "'Tech.Zw' is not an id: an id is lower-case words of letters, digits and hyphens "
        "joined by dots, such as tech.overfit"
    )
