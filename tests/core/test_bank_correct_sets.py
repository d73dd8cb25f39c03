"""The written correct answers of every answer set are charged nothing by the real bank.

Kept apart from test_bank.py because it scores thousands of answers: with ``--dist loadfile``
a file runs on one worker, so this file and test_bank_claims.py run beside the rest.
"""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.test_bank import CORRECT_KINDS, CORRECT_SETS, MEASURED_ONLY


def test_correct_answers_contradict_no_key_point(bank: QuestionBank) -> None:
    """Strong, partial and paraphrased answers and answers that warn against mistakes, in every
    written answer set, trigger no contradiction (rubric claim, swapped subject, a claim against
    the accepted view, a dismissed point) and no misconception."""
    import yaml

    wrong = []
    for path in sorted(CORRECT_SETS.glob("*content*.yaml")):
        if path.name in MEASURED_ONLY:
            continue
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            q = bank.questions.get(item["question"])
            if q is None:
                continue
            texts = [item[k] for k in CORRECT_KINDS if k in item] + item.get("warnings", [])
            for text in texts:
                score = score_answer(q, Transcript(text))
                for k in score.key_points:
                    if k.contradiction:
                        wrong.append(f"{path.name} {q.id} {k.id}: {k.contradiction}")
                for m in score.misconceptions:
                    wrong.append(f"{path.name} {q.id} misconception: {m.phrase}")
    assert wrong == []
