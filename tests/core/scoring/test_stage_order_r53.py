"""A design's stages told in an order no project can follow (wrong53, issue 9, stage_order.py):
a fluent case answer that launches before it evaluates offline ("Launch the model in an online
A/B test first ..., and then run the offline log-loss evaluation") scored 79 over its partial's
73 on dev_blind45; one that builds the classifier "and only later" defines what counts as a
failure 58 over 50. The stages are the scorer's own: define < data < model < offline < launch."""

from __future__ import annotations

import pytest

from simulator.core.scoring import score_answer
from simulator.core.scoring.stage_order import STAGE_ORDER_ID
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import shipped_question


def _charged(question: str, text: str) -> list[str]:
    score = score_answer(shipped_question(question), Transcript(text))
    return [m.phrase for m in score.misconceptions if m.id == STAGE_ORDER_ID]


@pytest.mark.parametrize(
    ("question", "said", "claim"),
    [
        (
            "case.fraud-detection",
            "We roll the scorer out to every merchant first, and only afterwards check its "
            "precision offline on last month's transactions.",
            "the launch (“roll the scorer out”) comes before offline evaluation (“offline”)",
        ),
        (
            "case.churn-prediction",
            "My plan is to train the gradient boosted model on the account table, and after "
            "that sit down with the business to define who counts as churned.",
            "building the model (“train the gradient boosted model”) comes before defining what "
            "it decides (“define”)",
        ),
        (
            "case.news-feed-ranking",
            "We ship the ranking to all users on day one, and only once the A/B test has "
            "finished do we collect the engagement data it is trained on.",
            "the launch (“ship”) comes before collecting the data (“collect”)",
        ),
    ],
)
def test_stages_told_in_an_impossible_order_are_charged_and_named_r53(
    question: str, said: str, claim: str
) -> None:
    assert _charged(question, said) == [claim]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # the order every design follows
        (
            "case.fraud-detection",
            "I would check precision and recall offline on a later month, and then run an A/B "
            "test before the launch.",
        ),
        # after a launch, new data and retraining improve a model that exists
        (
            "case.churn-prediction",
            "We deploy the model, then collect the outcomes of each retention offer as new "
            "labels and retrain every month.",
        ),
        (
            "case.news-feed-ranking",
            "Start with a simple heuristic ranking, then train a model once enough engagement "
            "data has been collected.",
        ),
        # a relative clause's "then" is no step of the speaker's
        (
            "case.news-feed-ranking",
            "The model predicts engagement, which the feed then uses to decide which post to "
            "show first.",
        ),
        # warned against, negated or hedged
        (
            "case.fraud-detection",
            "A common mistake is to launch the model first and only afterwards evaluate it "
            "offline.",
        ),
        (
            "case.fraud-detection",
            "Never deploy the scorer and then define what counts as fraud.",
        ),
        (
            "case.churn-prediction",
            "If the deadline is tight, we might launch a rule first and then define the churn "
            "label more carefully.",
        ),
    ],
)
def test_a_feasible_order_a_next_round_or_a_warned_order_is_not_charged_r53(
    question: str, said: str
) -> None:
    assert _charged(question, said) == []
