"""Plain wrong claims worded unlike the rubric (issue 9, claims22): a point dismissed as
"unimportant", a rubric claim's growth verb said with another one ("amplifies" for
"increases"), and a point's damping or vanishing reversed with a plain growth word ("makes the
oscillations larger"). The correct sentences stay uncharged."""

from __future__ import annotations

import pytest

from tests.core.scoring.rubric_charges import charged, one_question

MOMENTUM = one_question(
    """
questions:
  - id: tech.momentum-small
    category: technical
    topic: optimization
    difficulty: 2
    prompt: What does momentum do in gradient descent?
    time_limit_s: 150
    key_points:
      - id: ravines
        label: Dampens oscillations across steep directions
        weight: 3
        phrases: [oscillations, zig zag, ravines]
        contradicted_by: ["momentum increases oscillations"]
      - id: scaling
        label: The inputs should be on the same scale
        weight: 1
        phrases: [feature scaling, same scale]
    model_answer: >-
      Momentum keeps a running average of past gradients, which dampens the oscillations across
      steep directions of a ravine. Feature scaling on the same scale helps too.
""",
    "momentum.yaml",
)


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("Momentum boosts the oscillations across the valley.", "ravines"),
        ("Momentum makes the oscillations larger across steep directions.", "ravines"),
        ("Feature scaling is unimportant here.", "scaling"),
    ],
)
def test_said_in_other_words_the_wrong_claim_is_charged(text: str, point: str) -> None:
    assert charged(MOMENTUM, text) == [point]


@pytest.mark.parametrize(
    "text",
    [
        "Momentum dampens the oscillations across steep directions of a ravine.",
        "Momentum makes the oscillations smaller, so the zig zag fades.",
        "Momentum lets larger steps build up along the valley while the oscillations die down.",
        "Feature scaling is important: put the inputs on the same scale.",
    ],
)
def test_the_right_claim_is_not_charged(text: str) -> None:
    assert charged(MOMENTUM, text) == []


THRESHOLD = one_question(
    """
questions:
  - id: tech.threshold-small
    category: technical
    topic: metrics
    difficulty: 2
    prompt: How does the decision threshold affect precision and recall?
    time_limit_s: 150
    key_points:
      - id: threshold
        label: Moving the decision threshold trades precision against recall
        weight: 2
        phrases: [threshold, cutoff]
        contradicted_by: ["recall goes up when you raise the threshold"]
    model_answer: >-
      Precision is the share of flagged cases that are positive and recall the share of positives
      caught. I move the decision threshold to trade one against the other.
""",
    "threshold.yaml",
)


def test_a_relation_the_rubric_calls_wrong_is_charged_in_other_words() -> None:
    """The wrong claim's relation (threshold up, recall up) said with other verbs and order."""
    assert charged(THRESHOLD, "Raising the threshold increases recall.") == ["threshold"]
    assert charged(THRESHOLD, "Lowering the threshold increases recall.") == []
    assert charged(THRESHOLD, "Raising the threshold lowers recall and lifts precision.") == []
    assert (
        charged(THRESHOLD, "A common mistake is to think raising the threshold increases recall.")
        == []
    )
