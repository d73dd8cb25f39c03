"""Correct answers charged, by class (issue 9, claims42). Each correct sentence here was charged
before the change; each wrong twin still is.

* A rubric claim whose wrongness is its qualifier, matched with that word left out
  (phrase_forms.claim_variants): "complex models like neural networks are more accurate" read as
  "complex models are *always* more accurate". A long claim may match with one word left out,
  but never a word that makes or breaks it; the check compared the claim's stems with the
  qualifier words, and "always", "only", "every", "any", "alone", "entire", "guaranteed" and
  "automatically" stem to other strings ("alway", "onli", ...), so they could be left out.
* The case without the method (absent_cases.py): "Without spectral normalization, GAN training
  is far less stable" against "it stabilises GAN training".
* How the data really is, against what a method assumes (absent_cases.py): "It works well even
  though words clearly do depend on each other" against "assumes features are conditionally
  independent".
* A rubric direction graded by "less" (opposites.py): the rubric's "at the cost of higher
  variance and *less stable* training" was read as "stable", and the answer's "is less stable"
  (read as "unstable", rightly) as its opposite.
* A claim said in the case of the side the prompt compares against (side_cases.py, read by
  claims.py): "In supervised learning you have the correct label for each example" against
  "Feedback is evaluative and delayed, not a correct label per example" (reinforcement
  learning's, unnamed).
* A clause whose subject is the sentence's, after a joining word (claims.py): "Boosting usually
  reaches higher accuracy *but is more sensitive* to noise" read against "Bagging is more
  robust" ("sensitive" had named the clause a subject of its own, recall).
"""

from __future__ import annotations

import pytest

from simulator.core.scoring.matching import claim_variants, compile_phrase
from tests.core.scoring.rubric_charges import charged, one_question
from tests.core.scoring.rubric_charges import shipped_charges as _charges


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.complexity-vs-interpretability",
            "Simpler models like linear regression are easier to interpret, while complex models "
            "like neural networks are more accurate but black boxes.",
        ),
        (
            "tech.complexity-vs-interpretability",
            "Complex models are more accurate on images and text, but you pay in transparency.",
        ),
    ],
)
def test_a_claim_without_its_sweeping_word_is_not_charged(qid: str, said: str) -> None:
    assert _charges(qid, said) == []


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        ("tech.complexity-vs-interpretability", "Complex models are always more accurate."),
        (
            "tech.complexity-vs-interpretability",
            "Interpretable models are always less accurate, so I pick the neural network.",
        ),
    ],
)
def test_the_sweeping_claim_is_still_charged(qid: str, said: str) -> None:
    assert _charges(qid, said)


@pytest.mark.parametrize(
    "claim",
    [
        "complex models are always more accurate",
        "the model only needs the positive examples",
        "every feature must be scaled before training",
        "the search is guaranteed to find the best model",
        "the tool picks the number of clusters automatically",
    ],
)
def test_no_variant_leaves_a_qualifier_out(claim: str) -> None:
    kept = {"alway", "onli", "everi", "guarante", "automat"}
    for phrase in compile_phrase(claim, strict=True):
        for variant in claim_variants(phrase, frozenset()):
            assert kept & set(phrase.stems) <= set(variant.stems), variant.stems


def test_a_plain_word_may_still_be_left_out() -> None:
    """The one-word slack itself stays: a long claim said with one ordinary word missing."""
    pack = """
pack:
  name: slack
  version: 1
questions:
  - id: tech.slack-kmeans
    category: technical
    topic: clustering
    difficulty: 2
    prompt: How does k-means work?
    time_limit_s: 120
    key_points:
      - id: assign-update
        label: Points are assigned to the nearest centroid and centroids are recomputed as means
        weight: 2
        phrases:
          - nearest centroid
    misconceptions:
      - id: finds-k
        phrases:
          - k means figures out the right number of clusters by itself
        correction: You choose k; the elbow method or silhouette help.
    model_answer: >-
      Each point is assigned to the nearest centroid, then each centroid is recomputed as the
      mean of its points; you choose k.
"""
    question = one_question(pack, "slack.yaml")
    assert charged(question, "K means figures out the number of clusters by itself.")


_STABLE_PACK = """
pack:
  name: stable
  version: 1
questions:
  - id: tech.stable-lr
    category: technical
    topic: optimization
    difficulty: 2
    prompt: What does a large learning rate do to training?
    time_limit_s: 120
    key_points:
      - id: fast-unstable
        label: A large step size makes faster progress at first, at the cost of less stable optimisation and loss spikes
        weight: 2
        phrases:
          - loss spikes
          - diverge
    model_answer: >-
      A large learning rate makes faster progress at first, at the cost of less stable
      optimisation: the loss spikes and can diverge.
"""


def test_a_rubric_direction_graded_by_less_is_read_turned() -> None:
    question = one_question(_STABLE_PACK, "stable.yaml")
    right = (
        "It makes quick progress early, but the optimisation is less stable and the loss spikes."
    )
    assert charged(question, right) == []
    assert charged(question, "A large learning rate makes the optimisation more stable.")


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.naive-bayes",
            "It works well even though words clearly do depend on each other, because picking "
            "the winner only needs the right label to come out on top.",
        ),
        (
            "tech.naive-bayes",
            "In reality the features depend on each other, but the model treats them as "
            "independent given the class.",
        ),
    ],
)
def test_how_the_data_really_is_does_not_turn_an_assumption(qid: str, said: str) -> None:
    assert _charges(qid, said) == []


def test_an_assumption_said_turned_is_still_charged() -> None:
    assert _charges(
        "tech.naive-bayes", "Even though it assumes the words depend on each other, it works."
    )


_SPECTRAL_PACK = """
pack:
  name: spectral
  version: 1
questions:
  - id: tech.absent-spectral
    category: technical
    topic: deep learning
    difficulty: 3
    prompt: What is spectral normalization, and why is it used in GAN discriminators?
    time_limit_s: 120
    key_points:
      - id: gan-stability
        label: A discriminator that cannot become arbitrarily sharp gives the generator useful gradients and stabilises GAN training
        weight: 3
        phrases:
          - stabilises gan training
          - useful gradients
    model_answer: >-
      Spectral normalization divides each weight matrix by its largest singular value, which
      bounds the discriminator's Lipschitz constant and stabilises GAN training.
"""


@pytest.mark.parametrize(
    "said",
    [
        "Without spectral normalization, GAN training is far less stable.",
        "It's not that GANs can't train without it, it's that training is far less stable, "
        "unless you use something like a gradient penalty, which costs more.",
    ],
)
def test_a_direction_said_of_the_case_without_the_method_is_no_flip(said: str) -> None:
    assert charged(one_question(_SPECTRAL_PACK, "spectral.yaml"), said) == []


@pytest.mark.parametrize(
    "said",
    [
        "Spectral normalization makes GAN training less stable.",
        "With spectral normalization, GAN training is far less stable, even without a "
        "gradient penalty.",
    ],
)
def test_a_direction_said_of_the_method_is_still_a_flip(said: str) -> None:
    assert charged(one_question(_SPECTRAL_PACK, "spectral.yaml"), said)


_RL = "tech.reinforcement-learning"


def test_a_claim_of_the_compared_side_is_no_denial() -> None:
    said = (
        "An agent takes actions in an environment and gets rewards, and it learns a policy that "
        "maximizes the total reward over time. In supervised learning you have the correct "
        "label for each example, while in RL you only get a reward, often delayed, and you "
        "must explore."
    )
    assert _charges(_RL, said) == []


@pytest.mark.parametrize(
    "said",
    [
        "In reinforcement learning you have the correct label for each example.",
        "In RL you have the correct label for each example, while in supervised learning you "
        "only get a reward.",
    ],
)
def test_the_claim_of_the_asked_side_is_still_a_denial(said: str) -> None:
    assert _charges(_RL, said)


def test_a_joined_clause_keeps_the_sentence_subject() -> None:
    said = (
        "Boosting usually reaches higher accuracy but is more sensitive to noise and needs "
        "careful tuning of the learning rate and number of rounds."
    )
    assert _charges("tech.bagging-vs-boosting", said) == []


@pytest.mark.parametrize(
    "said",
    [
        "Bagging usually reaches higher accuracy but is more sensitive to noise and needs "
        "careful tuning.",
        "Bagging is more sensitive to noise.",
    ],
)
def test_the_joined_clause_of_the_other_side_is_still_charged(said: str) -> None:
    assert _charges("tech.bagging-vs-boosting", said)
