"""Every contradiction claim of the real bank is caught when said and not when warned against.

Kept apart from test_bank.py because it scores two answers per claim of the whole bank (~100 s):
with ``--dist loadfile`` a file runs on one worker, so the questions are checked in two halves,
this file and test_bank_claims_second_half.py, which the two workers run side by side.
"""

from __future__ import annotations

from simulator.core.questions import Category, QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.test_bank import _of

HALVES = 2


def claim_problems(bank: QuestionBank, half: int) -> list[str]:
    """Each claim of one half of the technical and case questions (every other one by id),
    said plainly and warned against, with what the scorer got wrong."""
    questions = sorted(_of(bank, Category.TECHNICAL, Category.CASE), key=lambda q: q.id)
    problems = []
    for q in questions[half::HALVES]:
        for kp in q.key_points:
            for claim in kp.contradicted_by:
                said = score_answer(q, Transcript(f"{claim}."))
                if not any(k.id == kp.id and k.contradiction for k in said.key_points):
                    problems.append(f"{q.id} {kp.id}: {claim!r} said is not caught")
                warned = f"A common mistake is to believe that {claim}, and that is wrong."
                told = score_answer(q, Transcript(warned))
                if any(k.id == kp.id and k.contradiction for k in told.key_points):
                    problems.append(f"{q.id} {kp.id}: {claim!r} warned against is charged")
    return problems


def test_each_contradiction_claim_is_caught_said_and_not_warned(bank: QuestionBank) -> None:
    assert claim_problems(bank, 0) == []
