"""Steps told in the reverse of the rubric's order (wrong52, issue 9, reversed_order.py): a
fluent answer that says every term of a two-stage design back to front ("the heavy ranker
first, then retrieval") scored 86 over its partial's 56 on dev_blind46; the rubric's own order is
read from its model answer's "then", "before", "after", "once" and "Then ..." sentences."""

from __future__ import annotations

import pytest

from simulator.core.scoring import score_answer
from simulator.core.scoring.claims_practice import BACKWARDS_ID
from simulator.core.scoring.reversed_order import REVERSED_ORDER_ID
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import one_question, shipped_question

_WARMUP_PACK = """
pack:
  name: warmup
  version: 1
questions:
  - id: tech.warmup-schedule
    category: technical
    topic: optimization
    difficulty: 2
    prompt: How would you set the learning rate over a long training run?
    time_limit_s: 120
    key_points:
      - id: warmup
        label: A short linear warmup keeps the first updates small while optimizer statistics settle
        weight: 2
        phrases:
          - warmup
          - warm up
          - ramp up
      - id: decay
        label: A cosine or step decay lowers the rate for the rest of training
        weight: 2
        phrases:
          - cosine decay
          - step decay
          - anneal
    model_answer: >-
      I use a short linear warmup over the first thousand steps, followed by a cosine decay to
      near zero for the rest of training. The warmup keeps the first updates small while the
      optimizer's statistics settle, and the decay lets the model settle into a minimum.
"""


def _reversed(qid_or_pack: str, text: str) -> list[str]:
    if qid_or_pack.startswith("pack:"):
        question = one_question(_WARMUP_PACK, "warmup.yaml")
    else:
        question = shipped_question(qid_or_pack)
    score = score_answer(question, Transcript(text))
    return [m.evidence for m in score.misconceptions if m.id == REVERSED_ORDER_ID]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "case.search-ranking",
            "My design puts the LambdaMART re-rank at the front over all products, and then a "
            "retrieval pass over the inverted index trims what it returns.",
        ),
        (
            "case.surge-pricing",
            "The system sets the multiplier first, and afterwards it forecasts the demand in "
            "each cell from those prices.",
        ),
        ("pack:", "I run a cosine decay for most of training and then warm up at the very end."),
        ("pack:", "The warmup comes after the cosine decay, once the rate is near zero."),
        ("pack:", "In my runs the cosine decay precedes the warmup."),
        ("pack:", "The warmup follows the cosine decay."),
    ],
)
def test_steps_told_back_to_front_are_charged_r52(question: str, said: str) -> None:
    assert _reversed(question, said) == [said]


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "case.search-ranking",
            "Retrieval from the inverted index comes first to get a few hundred candidates, and "
            "then a LambdaMART model re-ranks them.",
        ),
        (
            "case.surge-pricing",
            "First a model forecasts demand and supply per cell, and then a controller sets the "
            "multiplier.",
        ),
        ("pack:", "I warm up for a thousand steps and then switch to a cosine decay."),
        ("pack:", "The cosine decay starts after the warmup."),
        ("pack:", "Before the cosine decay, I warm up for a thousand steps."),
    ],
)
def test_the_rubric_s_order_told_the_same_way_is_not_charged_r52(question: str, said: str) -> None:
    assert _reversed(question, said) == []


@pytest.mark.parametrize(
    "said",
    [
        "A common mistake is to run a cosine decay first and then warm up at the end.",
        "You should never run the cosine decay first and then warm up.",
        "If the run is short you might do a cosine decay and then a brief warm up.",
        "I check the loss after every cosine decay step and warm up again when it spikes.",
    ],
)
def test_a_reversed_order_warned_against_hedged_or_no_order_is_not_charged_r52(said: str) -> None:
    assert _reversed("pack:", said) == []


@pytest.mark.parametrize(
    "said",
    [
        "For the backtest I fit on the latest quarter and evaluate on the older quarters.",
        "Keep the newest weeks for training and the older weeks for testing.",
        "We train on future sales and test on past sales.",
    ],
)
def test_training_on_a_later_period_than_the_test_is_charged_r52(said: str) -> None:
    score = score_answer(shipped_question("case.demand-forecasting"), Transcript(said))
    assert [m.evidence for m in score.misconceptions if m.id == BACKWARDS_ID] == [said]


@pytest.mark.parametrize(
    "said",
    [
        "Train on the older weeks and test on the most recent ones.",
        "Shuffled k-fold means training on the future and testing on the past, which leaks.",
        "Never train on the recent weeks and test on the older ones.",
        "We learn about fraud weeks later, so we train on older months and test on newer ones.",
    ],
)
def test_training_on_the_earlier_period_or_telling_the_mistake_is_not_charged_r52(
    said: str,
) -> None:
    score = score_answer(shipped_question("case.demand-forecasting"), Transcript(said))
    assert [m.evidence for m in score.misconceptions if m.id == BACKWARDS_ID] == []
