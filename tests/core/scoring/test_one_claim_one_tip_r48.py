"""One claim, one tip (quote48, issue 9): a listed misconception whose claim also contradicts a
key point is charged once (quote47), but "How to improve" listed it twice, seen on the Review
page in a real window: "Misconception: “More data reduces bias, so ...” - ..." and then
"Contradicts a key point, “Remedies, ...”: you said “More data reduces bias”, in “More data
reduces bias, so ...”". The misconception's tip names the point; no second tip."""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

TEXT = (
    "More data reduces bias, so a bigger dataset fixes an underfitting model. Regularization "
    "lowers variance by keeping the weights small."
)


def test_a_misconception_that_contradicts_a_key_point_is_one_tip_r48(bank: QuestionBank) -> None:
    score = score_answer(bank.get("tech.bias-variance"), Transcript(TEXT))
    (point,) = [k for k in score.key_points if k.contradiction]
    assert score.misconceptions
    about = [t for t in score.feedback if "More data reduces bias" in t]
    assert len(about) == 1, about
    (tip,) = about
    assert tip.startswith("Misconception: “More data reduces bias, so a bigger dataset")
    assert tip.endswith(
        f"It also contradicts a key point, “{point.label}”: one claim, charged once."
    )
    assert not any(t.startswith("Contradicts a key point") for t in score.feedback)
