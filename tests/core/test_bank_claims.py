"""Every contradiction claim of the real bank is caught when said and not when warned against.

Kept apart from test_bank.py because it scores two answers per claim of the whole bank: with
``--dist loadfile`` a file runs on one worker, so this file and test_bank_correct_sets.py run
beside the rest.
"""

from __future__ import annotations

from simulator.core.questions import Category, QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.test_bank import _of


def test_each_contradiction_claim_is_caught_said_and_not_warned(bank: QuestionBank) -> None:
    problems = []
    for q in _of(bank, Category.TECHNICAL, Category.CASE):
        for kp in q.key_points:
            for claim in kp.contradicted_by:
                said = score_answer(q, Transcript(f"{claim}."))
                if not any(k.id == kp.id and k.contradiction for k in said.key_points):
                    problems.append(f"{q.id} {kp.id}: {claim!r} said is not caught")
                warned = f"A common mistake is to believe that {claim}, and that is wrong."
                told = score_answer(q, Transcript(warned))
                if any(k.id == kp.id and k.contradiction for k in told.key_points):
                    problems.append(f"{q.id} {kp.id}: {claim!r} warned against is charged")
    assert problems == []
