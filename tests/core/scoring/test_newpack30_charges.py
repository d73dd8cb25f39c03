"""False charges on correct answers to a pack written by someone else (issue 9, newpack30): a
dismissal scoped to a case the rubric names ("with tree models, feature scaling is usually not
needed"), a double negation ("stops the sums growing without bound" = they stay bounded) and a
counterfactual ("without the decay the sums would grow without bound"). Each correct answer
below is not charged; each wrong version still is."""

from __future__ import annotations

from tests.core.scoring.rubric_charges import charged, one_question

SCALING = one_question(
    """
questions:
  - id: tech.scaling
    category: technical
    topic: preprocessing
    difficulty: 2
    prompt: Why would you scale features before training?
    time_limit_s: 150
    key_points:
      - id: scaling
        label: Distance and gradient based models need feature scaling so no feature dominates
        weight: 3
        phrases: [feature scaling, standardize the features, scale the features]
      - id: trees
        label: Tree models split on thresholds and are insensitive to scale
        weight: 2
        phrases: [tree models, thresholds]
    model_answer: >-
      Distance based models such as k nearest neighbours and gradient based models need feature
      scaling, so that no feature dominates because of its units. Tree models split on
      thresholds, so they are insensitive to scale.
""",
    "scaling.yaml",
)

DECAY = one_question(
    """
questions:
  - id: tech.decay
    category: technical
    topic: optimization
    difficulty: 2
    prompt: Why do we decay the running averages in an optimizer?
    time_limit_s: 150
    key_points:
      - id: bounded
        label: The decay stops the running sums growing without bound
        weight: 3
        phrases: [growing without bound, stays bounded, running sums]
      - id: recent
        label: Recent gradients count more than old ones
        weight: 2
        phrases: [recent gradients, old gradients]
    model_answer: >-
      The decay keeps recent gradients more important than old ones, and it stops the running
      sums growing without bound.
""",
    "decay.yaml",
)


def test_a_dismissal_scoped_to_a_case_the_rubric_names_is_not_charged() -> None:
    said = (
        "K nearest neighbours and gradient descent need feature scaling so no feature dominates"
        " by its units. With tree models, feature scaling is usually not needed, since they"
        " split on thresholds."
    )
    assert charged(SCALING, said) == []
    assert charged(SCALING, "For tree models, feature scaling is not needed.") == []
    # no case, a case the rubric does not hold, or "in practice": still a dismissal
    assert charged(SCALING, "Feature scaling is usually not needed.") == ["scaling"]
    assert charged(SCALING, "In practice, feature scaling is not needed.") == ["scaling"]
    assert charged(SCALING, "With modern optimizers, feature scaling is not needed.") == ["scaling"]


def test_a_denied_lack_says_the_thing_plainly() -> None:
    said = "Because of the decay the running sums stay bounded, and recent gradients count more."
    assert charged(DECAY, said) == []
    assert charged(DECAY, "The decay makes the running sums grow without bound.") == ["bounded"]


def test_a_counterfactual_would_after_without_is_not_claimed() -> None:
    said = (
        "Without the decay the running sums would grow without bound; with it they stay"
        " bounded and recent gradients count more."
    )
    assert charged(DECAY, said) == []
    # "would" with no state set aside, or a plain claim: still charged
    assert charged(DECAY, "With the decay the running sums would grow without bound.")
    assert charged(DECAY, "The decay makes the running sums grow without bound.")


BANDITS = one_question(
    """
questions:
  - id: tech.bandit-or-test
    category: technical
    topic: experimentation
    difficulty: 2
    prompt: When would you use a multi armed bandit instead of an A B test?
    time_limit_s: 150
    key_points:
      - id: greedy
        label: Epsilon greedy explores a random arm with probability epsilon
        weight: 2
        phrases: [epsilon greedy, random arm]
      - id: vs-ab
        label: Bandits reduce regret during the test; A B tests give an unbiased effect estimate
        weight: 2
        phrases: [unbiased estimate, less traffic to the losing, statistical power]
    model_answer: >-
      A bandit shifts traffic to the better arm during the test, so it reduces regret, for
      example epsilon greedy picks a random arm with probability epsilon. An A B test splits
      traffic evenly and gives an unbiased estimate of the effect with full statistical power.
""",
    "bandit.yaml",
)


def test_a_direction_said_of_the_labels_other_subject_is_no_flip() -> None:
    said = (
        "An A B test splits traffic evenly to measure the effect cleanly, while a bandit moves"
        " traffic to the winning arm, which biases the effect estimate."
    )
    assert charged(BANDITS, said) == []
    assert charged(BANDITS, "A B tests give biased estimates, so I prefer bandits.") == ["vs-ab"]


def test_a_direction_said_with_its_exception_is_no_flip() -> None:
    said = (
        "Epsilon greedy keeps spending traffic on a random arm, so its regret grows linearly"
        " unless epsilon decays; bandits still beat an A B test on reward."
    )
    assert charged(BANDITS, said) == []
    assert charged(BANDITS, "Bandits increase regret compared with an A B test.") == ["vs-ab"]
