"""Correct answers charged, by class (issue 9, claims41). Each correct sentence here was charged
before the change; each wrong twin still is.

* An adjective of another noun (opposite_guards.py): "new users and new items need *different
  fixes*" against "the interaction patterns of similar users".
* The aim of the speaker's action (opposite_guards.py): "I would keep some random inspections
  *to get unbiased labels*" against "the labels are biased".
* A verb a side is the object of, with another agent (swap_agents.py, read by named_sides.py):
  "More data lowers variance but not bias" against "increasing model complexity usually lowers
  bias" (a strong answer scored 0).
* A worry waved away with the point's own mechanism as the reason (dismissals.py): "Missing
  values aren't a problem, since each split learns a default direction".
* A case a clause after "but" sets, before the speaker says what they do in it (opposites.py):
  "..., but with very skewed data, small samples or correlated readings I would double-check
  with a bootstrap".
* A direction the rubric says is kept away (opposites.py): "... the gradient is prediction minus
  target, *avoiding vanishing* gradients" read "larger gradients" as its opposite (two correct
  cross-entropy partials charged).
"""

from __future__ import annotations

import pytest

from tests.core.scoring.rubric_charges import charged, one_question
from tests.core.scoring.rubric_charges import shipped_charges as _charges


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.collaborative-filtering",
            "Cold start isn't solved by one trick: new users and new items need different fixes.",
        ),
        (
            "tech.bias-variance",
            "More data lowers variance but not bias. Regularization trades bias for variance.",
        ),
        (
            "tech.bias-variance",
            "A simple model has high bias and low variance and underfits; a very flexible one has "
            "low bias and high variance and overfits. More data lowers variance but not bias. "
            "Regularization trades a little more bias for much less variance.",
        ),
        (
            "tech.xgboost",
            "Missing values aren't a problem, since each split learns a default direction.",
        ),
        (
            "tech.xgboost",
            "Missing values don't matter here because the trees learn where missing values go.",
        ),
        (
            "tech.central-limit-theorem",
            "That is what lets us compare conversion rates between two groups with a simple "
            "test, but with very skewed data, small samples or correlated readings I would "
            "double-check with a bootstrap.",
        ),
        (
            "tech.cross-entropy",
            "It penalizes confident wrong predictions more than MSE, and with a sigmoid it gives "
            "larger gradients, so training is faster.",
        ),
    ],
)
def test_a_correct_sentence_is_not_charged(qid: str, said: str) -> None:
    assert _charges(qid, said) == []


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.collaborative-filtering",
            "Collaborative filtering uses the interaction patterns of users who are different.",
        ),
        (
            "tech.bias-variance",
            "A more complex model lowers variance. Regularization trades bias for variance.",
        ),
        (
            "tech.bias-variance",
            "Complexity lowers variance. Regularization trades bias for variance.",
        ),
        ("tech.xgboost", "Missing values aren't a problem, since they are rare."),
        ("tech.xgboost", "Missing values aren't a problem."),
        (
            "tech.bayes-theorem",
            "The prevalence does not matter here, because the base rate affects the whole "
            "population.",
        ),
        (
            "tech.confidence-intervals",
            "Bootstrapping is not valid for accuracy, because resampling creates fake data that "
            "biases the estimate.",
        ),
        (
            "tech.central-limit-theorem",
            "The sample mean is normal for correlated samples, but with skewed data I would use "
            "a bootstrap.",
        ),
        ("tech.cross-entropy", "MSE gives bigger gradients than cross entropy."),
    ],
)
def test_the_wrong_twin_is_still_charged(qid: str, said: str) -> None:
    assert _charges(qid, said)


def test_a_degree_word_is_no_adjective_of_another_noun() -> None:
    """ "the model *more confident*" grades the model (dev para34's mixup verbose-wrong answer
    lost its charge to a first version of the guard)."""
    pack = """
pack:
  name: degree
  version: 1
questions:
  - id: tech.degree-mixup
    category: technical
    topic: deep learning
    difficulty: 2
    prompt: What is mixup augmentation?
    time_limit_s: 120
    key_points:
      - id: smoother-boundaries
        label: It regularizes the model toward linear behaviour between training examples, giving smoother decision boundaries and less overconfidence
        weight: 2
        phrases:
          - decision boundary
          - overconfident
    model_answer: >-
      Mixup blends pairs of examples and their labels, which gives smoother decision boundaries
      and less overconfidence.
"""
    question = one_question(pack, "degree.yaml")
    assert charged(
        question, "It makes the decision boundaries sharper and the model more confident."
    )


def test_an_aim_is_no_claim_but_a_statement_is() -> None:
    """The restaurant-inspection case lives in a dev pack: its point is written here."""
    pack = """
pack:
  name: aim
  version: 1
questions:
  - id: case.aim-inspections
    category: case
    topic: public health
    difficulty: 2
    prompt: How would you use machine learning to decide which restaurants to inspect?
    time_limit_s: 180
    key_points:
      - id: selection-bias
        label: Inspected restaurants are not a random sample, since inspectors already target suspicious places, so the labels are biased
        weight: 2
        phrases:
          - not a random sample
          - selection bias
    model_answer: >-
      Past inspections label each restaurant, but inspected restaurants are not a random sample,
      so the labels are biased; keep some random inspections.
"""
    question = one_question(pack, "aim.yaml")
    right = (
        "Inspected restaurants are not a random sample, since inspectors already target "
        "suspicious places, so I would keep some random inspections to get unbiased labels."
    )
    assert charged(question, right) == []
    assert charged(
        question, "Inspected restaurants are a random sample, so the labels are unbiased."
    )
