"""Steps told in the reverse of an order the rubric states with "first" (issue 9, wrong55).

reversed_order.py read an accepted order only from a sentence that orders its own steps ("A, then
B") with no hedge anywhere in it, and an answer's order only from a sentence with none: "I first
check for a pipeline bug, because ... If the change is real, I retrain" and a label "Check the
pipeline first, then retrain on recent data, schedule or trigger retraining" gave no order (an
"if" in the next sentence, an "or" in a list after the step), and "My process is to retrain first
and then investigate, because retraining tells you which drift it was: if ..." was never read (an
"if" after its colon; its reason, which names "retraining" again, read as part of the later step).
A made-up procedure that turns such an order round is charged and named; the rubric's own order,
and a sentence that hedges its order, are not."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.kiln-firing
    category: technical
    topic: ceramics
    difficulty: 2
    prompt: How do you fire a glazed stoneware pot?
    time_limit_s: 120
    key_points:
      - id: bisque
        label: Bisque the dried ware first, then apply the glaze, dipped or brushed
        weight: 2
        phrases: [bisque firing, bisque the ware]
      - id: glaze
        label: A glaze firing to cone six matures the glaze
        weight: 2
        phrases: [glaze firing, cone six]
      - id: cooling
        label: Slow cooling avoids dunting cracks, and a wiped foot does not stick to the shelf
        weight: 1
        phrases: [slow cooling, dunting, wipe the foot]
    model_answer: >-
      I first dry the pot to bone dry and bisque it, because wet clay steams and bursts in the
      kiln. When it has cooled, I dip it in the glaze and wipe the foot. The glaze
      firing goes to cone six, which melts the glaze onto the body. Slow cooling avoids dunting
      cracks.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "kiln.yaml")
    assert not problems
    return questions[0]


def _reversed(question: Question, text: str) -> list[str]:
    score = score_answer(question, Transcript(text))
    return [m.phrase for m in score.misconceptions if m.id == "reversed-order"]


@pytest.mark.parametrize(
    "text",
    [
        # the label's order ("Bisque ... first, then apply the glaze, dipped or brushed")
        "My routine is to apply the glaze first and then bisque the ware, because bisque firing"
        " seals whatever glaze you put on: if a spot is bare, you touch it up.",
        # the model answer's "I first ... bisque it" before "I glaze it"
        "The standard way is to wipe the foot of the raw pot, and once it is clean, I bisque it at"
        " a low temperature.",
    ],
)
def test_a_first_step_told_after_its_next_step_is_charged_r55(
    question: Question, text: str
) -> None:
    assert _reversed(question, text), text


@pytest.mark.parametrize(
    "text",
    [
        "I bisque the ware first and then apply the glaze, because a bisqued pot absorbs it"
        " evenly: if it runs, I wipe it.",
        "I first bisque the dried pot. Then I glaze it and fire to cone six.",
        # a hedged order asserts none
        "You might glaze first and then bisque, if you single fire.",
    ],
)
def test_the_rubrics_order_or_a_hedged_one_is_not_charged_r55(
    question: Question, text: str
) -> None:
    assert not _reversed(question, text), text
