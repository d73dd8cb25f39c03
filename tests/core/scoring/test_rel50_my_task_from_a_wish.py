"""A manager's wish that hands the teller the task is no decision the story disputes (issue 9,
round 50, rel50: central_event._my_task_from). A framing sentence "My supervisor wanted to build
a follow-up on it, so I had to ..." read as "the scene turns on my own manager's decision", and a
relevant story asked about another party was flagged as disagreeing with a manager (dev_blind44's
paper-reproduction story). Stories written for this test, in the manner of the lead's kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]

# Told for "explain complex technical details to a non-technical audience": my manager's wish is
# where my task comes from, the story is the explaining.
EXPLAIN_FROM_WISH = (
    "My manager wanted to put our churn scores in front of the regional sales directors, so I had "
    "to explain to them how the model ranks customers without any maths. "
    "I built the talk around three real customers from their own region and what each score "
    "meant for a call they would make that week. "
    "I replaced the feature importance chart with one sentence per customer on why the score "
    "was high, and I left out every metric name. "
    "The directors asked for the same three-customer sheet every month, and two of them started "
    "their weekly calls from the highest scores."
)
# The same wish, and the teller disputes it: still a manager's decision the story turns on.
DISPUTED_WISH = (
    "My manager wanted to put our churn scores in front of the regional sales directors, so I had "
    "to prepare the talk for the next Monday. "
    "I wasn't convinced, because the scores had not been checked on the new regions yet, and "
    "I told her I disagreed with showing them before a month of checks. "
    "I showed her the two regions where the scores had been wrong by half. "
    "She moved the talk by a month, and the checks found one region that needed retraining first."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


def _verdict(bank: QuestionBank, qid: str, text: str) -> tuple[list[str], str]:
    score = score_answer(bank.get(qid), Transcript(text), Rivals.of_bank(bank))
    assert score.star is not None
    return score.star.off_question, score.star.reads_as


def test_a_wish_handing_me_the_task_is_no_disputed_decision_r50(bank: QuestionBank) -> None:
    off, reads_as = _verdict(bank, "beh.explain-to-non-technical", EXPLAIN_FROM_WISH)
    assert "manager" not in reads_as
    assert off == []


def test_a_wish_i_dispute_is_still_my_managers_decision_r50(bank: QuestionBank) -> None:
    _, reads_as = _verdict(bank, "beh.explain-to-non-technical", DISPUTED_WISH)
    assert "manager" in reads_as
