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


BIAS_VARIANCE = one_question(
    """
questions:
  - id: tech.bias-variance-small
    category: technical
    topic: fundamentals
    difficulty: 2
    prompt: Explain the bias-variance trade-off.
    time_limit_s: 150
    key_points:
      - id: remedies
        label: Remedies, more capacity or features for bias; more data, regularization or ensembling for variance
        weight: 2
        phrases: [more data, regularization, add features, a richer model]
        contradicted_by: ["more data reduces bias", "regularization reduces bias"]
    model_answer: >-
      More data, regularization or ensembling reduce variance; more features or a richer model
      reduce bias.
""",
    "bias_variance.yaml",
)


def test_a_rubric_wrong_claim_turned_round_is_not_an_accepted_relation() -> None:
    """ "More data reduces bias" is wrong because data does not move bias, not because it raises
    it: turned round into an accepted relation (data up, bias up), it charged the textbook
    answer below (overall 98 -> 19 on tech.bias-variance, a spoken window test's answer)."""
    said = (
        "Regularization or more data reduce variance, while more features or a more flexible"
        " model reduce bias."
    )
    assert charged(BIAS_VARIANCE, said) == []
    assert charged(BIAS_VARIANCE, "More data reduces bias.") == ["remedies"]
