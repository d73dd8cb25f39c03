"""What an answer says of something else is no claim about the question's subject: the other
side of a compared pair ("random forests average independent trees" on boosting), what
"unlike" is said of, and a denial of what the accepted view itself keeps down ("weak
evidence", "avoids leakage such as ...")."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

BOOSTING = """
questions:
  - id: tech.boosting-test
    category: technical
    topic: ensembles
    difficulty: 3
    prompt: Walk me through how gradient boosting works.
    time_limit_s: 120
    key_points:
      - id: additive
        label: Builds an additive model of trees stage by stage
        weight: 2
        phrases: [additive, stage by stage]
        contradicted_by: [averages independent trees]
      - id: residuals
        label: Each new tree fits the residuals of the current model
        weight: 3
        phrases: [residuals]
    model_answer: >-
      Gradient boosting builds an additive model stage by stage. Each new tree fits the
      residuals of the current model, and its output is added with a small learning rate.
"""

EVIDENCE = """
questions:
  - id: tech.power-test
    category: technical
    topic: experiments
    difficulty: 3
    prompt: Explain statistical power and what a non-significant result tells you.
    time_limit_s: 120
    key_points:
      - id: power
        label: Power is the chance of detecting a real effect
        weight: 2
        phrases: [detecting a real effect]
      - id: leakage
        label: Features come only from before the snapshot date
        weight: 2
        phrases: [before the snapshot]
    misconceptions:
      - id: proves-null
        phrases: [no significant difference proves no effect]
        correction: A non-significant result from an underpowered test is weak evidence.
    model_answer: >-
      Power is the chance of detecting a real effect. Features come only from before the
      snapshot date, which avoids leakage such as someone visiting the cancellation page.
"""


def _question(pack: str) -> Question:
    questions, problems = parse_pack(pack, "other_subject.yaml")
    assert not problems
    return questions[0]


def _charged(question: Question, text: str) -> list[str]:
    score = score_answer(question, Transcript(text))
    said = [m.phrase for m in score.misconceptions]
    return said + [f"{k.id}: {k.contradiction}" for k in score.key_points if k.contradiction]


@pytest.mark.parametrize(
    "text",
    [
        "Unlike random forests, which average deep independent trees to cut variance, "
        "boosting builds an additive model stage by stage.",
        "Unlike simply averaging independent trees, boosting fits the residuals stage by stage.",
        "Random forests average deep independent trees to reduce variance, while boosting "
        "adds trees stage by stage to fit the residuals.",
    ],
)
def test_a_claim_said_of_the_other_side_of_the_asked_pair_is_not_charged(text: str) -> None:
    assert _charged(_question(BOOSTING), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gradient boosting averages independent trees.",
        "Unlike a single tree it averages independent trees to fit the residuals.",
    ],
)
def test_the_claim_said_of_the_asked_subject_is_still_charged(text: str) -> None:
    assert _charged(_question(BOOSTING), text)


@pytest.mark.parametrize(
    "text",
    [
        "An underpowered test's non-significant result isn't evidence of no effect.",
        "Features are built before the snapshot, so that avoids leakage, for example no "
        "cancellation page visiting signal computed after it.",
    ],
)
def test_denying_what_the_accepted_view_keeps_down_agrees_with_it(text: str) -> None:
    assert _charged(_question(EVIDENCE), text) == []
