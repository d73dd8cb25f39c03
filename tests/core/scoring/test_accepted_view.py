"""A correction taken from the model answer reads as one sentence to the candidate
(walkthrough 33b): "Correct a misconception about regularization: The accepted view: With L2,
or ridge, I penalize..." ran two labels together and told the candidate what "I" do."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring.accepted_view import reworded, reworded_tip, to_candidate
from simulator.core.scoring.answer import score_answer
from simulator.core.scoring.overall import session_score
from simulator.core.transcript import Transcript

SWAPPED = (
    "With L1, or lasso, you penalize the sum of squared weights, which shrinks all weights"
    " smoothly. With L2, or ridge, you penalize the sum of absolute weights, which pushes many"
    " of them to exactly zero. It reduces overfitting on unseen data."
)


def _first_person(text: str) -> bool:
    return any(w in text.replace(",", " ").replace(".", " ").split() for w in ("I", "my", "me"))


def test_a_model_answer_correction_is_said_to_the_candidate(bank: QuestionBank) -> None:
    question = bank.get("tech.regularization")
    score = score_answer(question, Transcript(SWAPPED))
    corrections = [m.correction for m in score.misconceptions]
    assert corrections
    for text in corrections:
        assert not _first_person(text), text
        assert text.count(":") <= 1 and "view:" not in text, text
        assert text.endswith("."), text
    contradictions = [k.contradiction for k in score.key_points if k.contradiction]
    assert all(not _first_person(c) for c in contradictions), contradictions
    tips = session_score([(question, score)]).tips
    tip = next(t for t in tips if t.startswith("Correct a misconception"))
    # one label, then one clause: no second label run into the first
    assert tip.count(":") == 1, tip
    assert "you penalize" in tip and not _first_person(tip), tip


@pytest.mark.parametrize(
    ("said", "told"),
    [
        ("I penalize the weights.", "You penalize the weights."),
        (
            "With L2 I tune lambda, and I was careful.",
            "With L2 you tune lambda, and you were careful.",
        ),
        ("I'm sure my model and I am right.", "You're sure your model and you are right."),
        ("We validate on the US market.", "You validate on the US market."),
    ],
)
def test_first_person_turns_to_the_candidate(said: str, told: str) -> None:
    assert to_candidate(said) == told


def test_a_correction_stored_in_the_old_form_reads_as_the_new_one() -> None:
    old = "The accepted view: With L2, or ridge, I penalize the sum of squared weights"
    assert reworded(old) == (
        "The accepted view is that with L2, or ridge, you penalize the sum of squared weights."
    )
    assert reworded("They differ. The accepted view: PCA keeps variance.") == (
        "They differ: the accepted view is that PCA keeps variance."
    )
    assert reworded("Regularization reduces variance.") == "Regularization reduces variance."
    assert reworded_tip("Correct a misconception about regularization: " + old) == (
        "Correct a misconception about regularization: The accepted view is that with L2, or"
        " ridge, you penalize the sum of squared weights."
    )


def test_a_feedback_line_stored_in_the_old_form_reads_as_the_new_one() -> None:
    old = 'Misconception: "L1 adds squared weights." - The accepted view: I penalize them'
    assert reworded_tip(old) == (
        'Misconception: "L1 adds squared weights." - The accepted view is that you penalize them.'
    )
