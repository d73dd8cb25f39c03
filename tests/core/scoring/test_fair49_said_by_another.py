"""A mistake named as what someone or something else says, then denied, is not the person's
claim (fair49, issue 9).

"Intuition says that X. It doesn't." named the mistake X without any warning frame the scorer
knew ("people think", "a common mistake is"), and every bank misconception put in that frame
was charged as the candidate's own (40 of 40 sampled). A verb of saying or believing whose
subject is neither the speaker nor the listener ("intuition says", "gut feeling suggests",
"conventional thinking holds"), followed by a denial, a contrast or a verdict, warns against
X. Without the denial ("Theory says that X. This is why ...") or said by the speaker ("Our
experiments say that X") it is still a claim."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

WARNED = [
    ("tech.regularization", "Intuition says that regularization speeds up training. It doesn't."),
    ("tech.decision-trees-random-forests",
     "Gut feeling suggests that more trees cause overfitting. Not so: more trees only reduce variance."),
    ("tech.roc-auc", "Conventional thinking holds that auc is the accuracy. Actually it measures ranking."),
]  # fmt: skip

CLAIMED = [
    ("tech.regularization", "Theory says that regularization speeds up training. This is why we use it."),
    ("tech.decision-trees-random-forests", "Our experiments say that more trees cause overfitting."),
]  # fmt: skip


def _charged(bank: QuestionBank, qid: str, text: str) -> list[str]:
    score = score_answer(bank.get(qid), Transcript(text))
    return [m.phrase for m in score.misconceptions]


@pytest.mark.parametrize(("qid", "text"), WARNED)
def test_a_mistake_said_by_another_and_denied_is_not_charged_r49(
    bank: QuestionBank, qid: str, text: str
) -> None:
    assert _charged(bank, qid, text) == []


@pytest.mark.parametrize(("qid", "text"), CLAIMED)
def test_a_view_said_without_a_denial_is_still_a_claim_r49(
    bank: QuestionBank, qid: str, text: str
) -> None:
    assert _charged(bank, qid, text)
