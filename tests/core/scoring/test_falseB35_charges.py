"""Correct answers charged as wrong (issue 9, falseB35).

claims.py: a prevention ("which *stops* it drifting into gibberish") agrees with the accepted
view's counterfactual ("because *otherwise* it drifts into odd text"); a plain denial ("it never
drifts") still contradicts it."""

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
