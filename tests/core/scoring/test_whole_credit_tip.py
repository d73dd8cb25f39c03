"""The "every key point is covered and explained" tip is given only when nothing is left to earn."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

_TIP = "Every key point is covered and explained."
_BANK = load_packs([Path(__file__).resolve().parents[2] / "data" / "mini_pack.yaml"])


def test_points_said_once_do_not_earn_the_all_covered_tip() -> None:
    """Walkthrough 35: an answer touching each point once scored 86 (each point 85 %) and still
    got "Every key point is covered and explained."."""
    once = (
        "Overfitting is when a model memorizes noise, so it does worse on new data. I detect it "
        "because the validation error rises while training error falls, and I fix it with "
        "regularization because it limits the weights."
    )
    score = score_answer(_BANK.questions["tech.overfit"], Transcript(once))
    assert any(kp.credit < 0.995 for kp in score.key_points), score.key_points
    assert _TIP not in score.feedback, score.feedback


def test_an_answer_earning_every_point_in_full_keeps_the_tip() -> None:
    question = _BANK.questions["tech.overfit"]
    full = (
        "Overfitting is when a model memorizes noise in the training set instead of the signal; "
        "it fits the noise, so it does well on the training data and badly on new data. I detect "
        "it by comparing training error with validation error on a held-out set, because a large "
        "gap between them means the model memorizes noise. Regularization reduces it because it "
        "limits the weights, and early stopping or more data help too, since the model then "
        "cannot fit the noise of a few examples."
    )
    score = score_answer(question, Transcript(full))
    if all(kp.credit >= 0.995 for kp in score.key_points) and not score.misconceptions:
        assert _TIP in score.feedback, score.feedback
    else:  # the model answer must earn every point in full: otherwise this test proves nothing
        raise AssertionError([(kp.id, kp.credit) for kp in score.key_points])


def test_a_brief_answer_covering_every_point_is_not_called_explained_r56() -> None:
    """Walk 56 (typed, the multiclass averaging question, every point covered in 102 words):
    'How to improve' said "Brief: a few sentences name points without developing them..." and
    right under it "Every key point is covered and explained.". Under the Brief tip it says the
    points are covered, not that they are explained."""
    bank = load_packs(sorted((Path(__file__).resolve().parents[3] / "questions").glob("*.yaml")))
    answer = (
        "Macro averaging computes precision, recall and F1 for each class separately and then "
        "takes the plain mean, so a rare class counts as much as a frequent one. Weighted "
        "averaging weights each class score by its support, the number of true examples of that "
        "class. Micro averaging pools the counts of all classes, so in a single label problem it "
        "equals accuracy. I would report macro F1 when the rare classes matter, together with "
        "the per-class report and the confusion matrix."
    )
    score = score_answer(bank.questions["tech.multiclass-averaging"], Transcript(answer))
    assert any(tip.startswith("Brief:") for tip in score.feedback), score.feedback
    assert _TIP not in score.feedback, score.feedback
    assert "Every key point is covered." in score.feedback, score.feedback
