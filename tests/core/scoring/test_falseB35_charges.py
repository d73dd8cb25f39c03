"""Correct answers charged as wrong (issue 9, falseB35).

claims.py: a prevention ("which *stops* it drifting into gibberish") agrees with the accepted
view's counterfactual ("because *otherwise* it drifts into odd text"); a plain denial ("it never
drifts") still contradicts it. stance.py: an act that is its clause's subject and is said to harm
("including post-treatment variables can introduce bias"), or an example under a prohibition
("never ..., including ..."), is warned against. side_comparatives.py: a superlative said of one
side ("Thompson sampling picks the highest sample") is no comparison with the other side unless
its sentence sets the two apart."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question
from tests.core.scoring.rubric_charges import charged, one_question

RLHF = """
questions:
  - id: tech.fb35-kl-penalty-test
    category: technical
    topic: llm
    difficulty: 3
    prompt: Why does RLHF fine-tuning add a KL penalty to the reward?
    time_limit_s: 120
    key_points:
      - id: reward-model
        label: The policy is trained with reinforcement learning against a learned reward model
        weight: 2
        phrases: [learned reward model, reinforcement learning, ppo]
      - id: kl-anchor
        label: A KL penalty keeps the policy close to the frozen reference model
        weight: 3
        phrases: [kl penalty, frozen reference, close to the reference]
      - id: hacking
        label: Without it the policy drifts into odd text that exploits the reward model
        weight: 3
        phrases: [drifts into odd text, exploits the reward model, reward hacking]
    model_answer: >-
      The policy is optimized with PPO against a learned reward model. I add a KL penalty
      against the frozen reference model to keep the policy close to it, because otherwise it
      drifts into odd text that exploits the reward model.
"""


@pytest.fixture(scope="module")
def rlhf() -> Question:
    return one_question(RLHF, "fb35_rlhf.yaml")


@pytest.mark.parametrize(
    "text",
    [
        "We train the policy with PPO on a learned reward model and add a KL penalty against the "
        "frozen reference, which stops it drifting into odd text that exploits the reward model.",
        "The KL penalty to the frozen reference prevents the policy from drifting into odd text "
        "that exploits the reward model.",
    ],
)
def test_a_prevention_agrees_with_the_accepted_counterfactual(rlhf: Question, text: str) -> None:
    assert charged(rlhf, text) == []


def test_a_plain_denial_of_the_counterfactual_stays_charged(rlhf: Question) -> None:
    text = (
        "No KL penalty is needed, because the policy never drifts into odd text that exploits "
        "the reward model."
    )
    assert charged(rlhf, text)


CONTROLS = """
questions:
  - id: tech.fb35-bad-controls-test
    category: technical
    topic: statistics
    difficulty: 3
    prompt: In a regression for a causal effect, which variables should you control for?
    time_limit_s: 120
    key_points:
      - id: confounders
        label: Control for confounders, the common causes of treatment and outcome
        weight: 3
        phrases: [confounders, common causes]
      - id: mediators
        label: Do not control for mediators, which sit on the causal path
        weight: 3
        phrases: [mediators, causal path]
    misconceptions:
      - id: post-treatment
        phrases:
          - include post-treatment variables
        correction: Post-treatment variables can block part of the effect or open a spurious path.
    model_answer: >-
      I control for confounders, the common causes of treatment and outcome. I do not control
      for mediators on the causal path or any other post-treatment variable.
"""


@pytest.fixture(scope="module")
def controls() -> Question:
    return one_question(CONTROLS, "fb35_controls.yaml")


@pytest.mark.parametrize(
    "text",
    [
        "Control for the confounders. Don't throw every variable in; including post-treatment "
        "variables can introduce bias rather than remove it.",
        "Control for the confounders, since including post-treatment variables hurts the estimate.",
        "Control for the confounders, but never throw in everything, including post-treatment "
        "variables.",
        # the act joined with another by "or"/"and" before its harm (lead, blind round 35)
        "Control for the confounders; including post-treatment variables or colliders can "
        "introduce bias rather than remove it.",
        "Control for the confounders, since including post-treatment variables and other "
        "mediators hurts the estimate.",
    ],
)
def test_an_act_said_to_harm_or_given_under_a_prohibition_is_a_warning(
    controls: Question, text: str
) -> None:
    assert "include post-treatment variables" not in charged(controls, text)


@pytest.mark.parametrize(
    "text",
    [
        "Including post-treatment variables removes bias, so control for everything.",
        "You should include post-treatment variables, because more controls help.",
        "Including post-treatment variables or colliders removes bias, so control for them.",
    ],
)
def test_the_act_recommended_stays_charged(controls: Question, text: str) -> None:
    assert "include post-treatment variables" in charged(controls, text)


BANDIT = """
questions:
  - id: tech.fb35-bandit-test
    category: technical
    topic: reinforcement-learning
    difficulty: 2
    prompt: How do UCB and Thompson sampling balance exploration and exploitation in a multi-armed bandit?
    time_limit_s: 120
    key_points:
      - id: ucb
        label: UCB plays the arm with the highest upper confidence bound, its mean plus a bonus that shrinks as the arm is tried
        weight: 3
        phrases: [upper confidence bound, optimism, bonus shrinks]
      - id: thompson
        label: Thompson sampling draws from each arm's posterior and plays the arm whose draw is best
        weight: 3
        phrases: [posterior, sample from the posterior, probability matching]
    model_answer: >-
      UCB is optimistic: it plays the arm with the highest upper confidence bound, the estimated mean plus a
      bonus that shrinks as the arm is pulled more often. Thompson sampling keeps a posterior over each arm's
      reward, draws one sample per arm and plays the arm whose sample is best, so arms are chosen in
      proportion to the probability that they are optimal.
"""


@pytest.fixture(scope="module")
def bandit() -> Question:
    return one_question(BANDIT, "fb35_bandit.yaml")


def test_a_superlative_within_one_side_is_not_taken_from_the_other(bandit: Question) -> None:
    text = (
        "UCB adds an exploration bonus to each arm's mean and plays the best upper confidence "
        "bound, which shrinks as the arm is pulled. Thompson sampling samples from a posterior "
        "for each arm and picks the highest sample."
    )
    assert charged(bandit, text) == []


def test_a_superlative_set_against_the_other_side_stays_charged(bandit: Question) -> None:
    text = "Thompson sampling picks the highest arm, whereas UCB picks an arm at random."
    assert charged(bandit, text)
