"""False charges on correct answers (issue 9, claims22): a sign word read far from what is
minimized, a direction said inside an opening "if" condition, the past named beside a later
period, and a setting ("with a lot of data") read as the thing dismissed. Each answer below is
correct; each wrong version is still charged."""

from __future__ import annotations

from tests.core.scoring.rubric_charges import charged, one_question

DESCENT = one_question(
    """
questions:
  - id: tech.descent
    category: technical
    topic: optimization
    difficulty: 1
    prompt: Explain how gradient descent works.
    time_limit_s: 150
    key_points:
      - id: minimize-loss
        label: Iteratively minimizes a loss function by updating the parameters
        weight: 2
        phrases: [minimize the loss, loss function, iteratively]
      - id: direction
        label: Steps along the negative gradient
        weight: 3
        phrases: [negative gradient, downhill]
    model_answer: >-
      Gradient descent is an iterative way to minimize a loss function. I start from some
      parameters and step along the negative gradient, scaled by a learning rate.
""",
    "descent.yaml",
)

TRANSFER = one_question(
    """
questions:
  - id: tech.transfer
    category: technical
    topic: deep learning
    difficulty: 2
    prompt: How would you use transfer learning with a small labelled dataset?
    time_limit_s: 150
    key_points:
      - id: similarity
        label: Works best when source and target domains are similar
        weight: 2
        phrases: [similar domain, domain similarity, related task]
      - id: benefits
        label: Needs less labeled data and compute
        weight: 1
        phrases: [less labeled data, less compute]
    model_answer: >-
      I reuse a model pretrained on a large related task. It works best when the domains are
      similar, and it needs less labeled data and less compute than training from scratch.
""",
    "transfer.yaml",
)

SPLIT = one_question(
    """
questions:
  - id: tech.recs
    category: technical
    topic: recommender systems
    difficulty: 2
    prompt: How do you evaluate a recommender system offline?
    time_limit_s: 150
    key_points:
      - id: temporal-split
        label: Hold out by time so the model is tested on future interactions
        weight: 2
        phrases: [split by time, future interactions, time based split]
    model_answer: >-
      I split the log by time and test on future interactions, which mimics production.
""",
    "recs.yaml",
)

PRIOR = one_question(
    """
questions:
  - id: tech.prior
    category: technical
    topic: statistics
    difficulty: 2
    prompt: How does the prior in a MAP estimate behave as the data grows?
    time_limit_s: 150
    key_points:
      - id: data-size
        label: With lots of data the likelihood dominates and the prior matters little
        weight: 2
        phrases: [lots of data, likelihood dominates, prior washes out]
    model_answer: >-
      With lots of data the likelihood dominates, so MAP approaches the maximum likelihood
      estimate; the prior matters most with little data.
""",
    "prior.yaml",
)


def test_a_negative_gradient_does_not_turn_the_loss_minimised_over() -> None:
    said = (
        "Gradient descent minimises a loss by starting from some parameters and repeatedly"
        " stepping in the direction of the negative gradient, scaled by a learning rate."
    )
    assert charged(DESCENT, said) == []
    assert charged(DESCENT, "Gradient descent is an iterative way to maximize a loss function.")


def test_a_direction_inside_an_opening_condition_is_supposed_not_claimed() -> None:
    said = (
        "I start from a pretrained model. If I have a bit more data, or the domain differs a"
        " lot, like medical images, I'd fine-tune more layers with a low learning rate."
    )
    assert charged(TRANSFER, said) == []
    assert charged(TRANSFER, "Fine-tuning needs more data and compute.") == ["benefits"]
    assert charged(TRANSFER, "It works best when the domains are different.") == ["similarity"]


def test_the_past_named_beside_a_later_period_is_a_time_split() -> None:
    said = (
        "Offline, I would split the interaction log by time, training on the past and testing"
        " on later interactions, to avoid leakage."
    )
    assert charged(SPLIT, said) == []
    assert charged(SPLIT, "I would test the model on past interactions it was trained on.")


def test_a_setting_before_the_subject_is_not_what_is_dismissed() -> None:
    said = "With a lot of data the belief hardly matters and the two estimates agree."
    assert charged(PRIOR, said) == []
    assert charged(PRIOR, "Lots of data hardly matters for a MAP estimate.")
