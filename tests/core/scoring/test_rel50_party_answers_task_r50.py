"""A manager's wish that hands me my task is no decision I disputed for the question about
disagreeing with a manager either (review of 1cefce29..main, finding 1).

rel50 (central_event._my_task_from) read "My supervisor wanted ..., so I had to ..." as where
the teller's task came from, not a decision the story turns on, unless the story tells the
teller's stance on it. That check went into party_elsewhere only: party_answers, which the
relevance reader asks first, still said a story asked "disagree with your manager" answers it
whenever the scene opened on the manager's wish, and cleared the flags other checks had raised
(dev_blind44pack's paper-reproduction story: _caught cost 10, off-question cost 0). Stories
written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]

# My lead's wish is where my task came from; nothing in it is disputed.
TASK_FROM_WISH = (
    "My team lead wanted the fraud model retrained every week instead of every month, so I had "
    "to build the pipeline that does it. "
    "I wrote a job that pulls the last seven days of labelled transactions, retrains, and "
    "compares the new model with the old one on a fixed holdout. "
    "I added an alert when the new model is worse, and a switch that keeps the old one in that "
    "case. "
    "The weekly retrain has run for six months, and the fraud caught per week went up by about "
    "a tenth."
)
# The same wish, disputed: the story the question asks for.
DISPUTED = (
    "My team lead wanted the fraud model retrained every week instead of every month, so I had "
    "to build the pipeline that does it. "
    "I disagreed, because the labels arrive up to three weeks late and a weekly retrain would "
    "learn from half-labelled data, and I told her so with the label delay curve. "
    "We agreed to retrain weekly on data at least a month old and to check it against the "
    "monthly model. "
    "After two months the weekly model was no better, and she kept the monthly retrain."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


def _off(bank: QuestionBank, text: str) -> list[str]:
    score = score_answer(
        bank.get("beh.disagree-with-manager"), Transcript(text), Rivals.of_bank(bank)
    )
    assert score.star is not None
    return score.star.off_question


def test_a_wish_handing_me_the_task_does_not_answer_disagreeing_r50(bank: QuestionBank) -> None:
    assert _off(bank, TASK_FROM_WISH) != []


def test_a_wish_i_dispute_answers_disagreeing_r50(bank: QuestionBank) -> None:
    assert _off(bank, DISPUTED) == []
