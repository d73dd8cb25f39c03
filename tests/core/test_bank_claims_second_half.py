"""The second half of test_bank_claims.py: a file of its own so another worker runs it."""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from tests.core.test_bank_claims import HALVES, claim_problems


def test_each_contradiction_claim_of_the_second_half_is_caught_said_and_not_warned(
    bank: QuestionBank,
) -> None:
    assert claim_problems(bank, 1) == []
    # a third half would go unchecked here: every question must be in one of these two
    assert HALVES == 2
