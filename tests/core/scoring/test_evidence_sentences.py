"""The scorecard's evidence for a key point is the sentence that says it (issue 9).

* The sentence that says a point most fully (most of its phrases) is its evidence, not the first
  sentence touching one of its words ("... scaled by the learning rate" is no evidence that too
  large a rate diverges), and a phrase matched in any order belongs to the sentence holding
  most of its words ("... times the gradient. Stochastic gradient descent ..." is said in the
  second sentence).
* A sentence asserting what a point denies ("MSE with a sigmoid is also convex" against "...
  whereas MSE with a sigmoid is not") neither earns the point nor is shown as its evidence.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

CASES = [
    (
        "tech.gradient-descent",
        "learning-rate",
        "Gradient descent minimizes a loss function iteratively. Each step moves the weights in "
        "the direction of the negative gradient, scaled by the learning rate. The learning rate "
        "sets the step size, and if it is too large the updates overshoot and diverge.",
        "The learning rate sets the step size",
    ),
    (
        "tech.cross-entropy",
        "gradients",
        "Cross entropy is the negative log likelihood of the true class. The loss function "
        "matters for the learning rate you can use and learning stalls without a good one. "
        "With a sigmoid output the gradient is the prediction minus the target, so the "
        "gradient stays large and there is no saturation.",
        "With a sigmoid output the gradient is the prediction minus the target",
    ),
    (
        "tech.gradient-descent",
        "variants",
        "Gradient descent minimizes a loss function by repeatedly updating the weights. Each "
        "update subtracts the learning rate times the gradient. Stochastic gradient descent "
        "uses one example per step, and mini-batch gradient descent uses a small batch.",
        "Stochastic gradient descent uses one example per step",
    ),
]


@pytest.mark.parametrize(("qid", "point", "text", "said_in"), CASES)
def test_the_evidence_is_the_sentence_saying_the_point(
    bank: QuestionBank, qid: str, point: str, text: str, said_in: str
) -> None:
    kp = {k.id: k for k in score_answer(bank.get(qid), Transcript(text)).key_points}[point]
    assert kp.covered
    assert kp.evidence is not None and kp.evidence.startswith(said_in)


OPPOSED = [
    (
        "tech.cross-entropy",
        "convexity",
        "Cross entropy is the negative log likelihood of the true class. It heavily penalizes "
        "confident wrong predictions. With a sigmoid output the gradient is simply the "
        "prediction minus the target. MSE with a sigmoid is also convex, so convexity is not "
        "the reason.",
        "MSE with a sigmoid is also convex",
    ),
    (
        "tech.cross-entropy",
        "convexity",
        "Cross entropy is the negative log likelihood of the true class. MSE with a sigmoid "
        "output is convex as well, just like cross entropy for logistic regression.",
        "MSE with a sigmoid output is convex as well",
    ),
]


@pytest.mark.parametrize(("qid", "point", "text", "opposite"), OPPOSED)
def test_a_sentence_asserting_the_opposite_earns_nothing(
    bank: QuestionBank, qid: str, point: str, text: str, opposite: str
) -> None:
    kp = {k.id: k for k in score_answer(bank.get(qid), Transcript(text)).key_points}[point]
    assert not kp.covered and kp.credit == 0.0
    assert kp.status == "contradicted"
    assert kp.evidence is not None and kp.evidence.startswith(opposite)


def test_the_point_said_rightly_still_earns(bank: QuestionBank) -> None:
    text = (
        "Cross entropy is the negative log likelihood of the true class. For logistic "
        "regression cross entropy is convex, whereas MSE with a sigmoid is not convex, so it "
        "can get stuck in local minima."
    )
    kp = {
        k.id: k for k in score_answer(bank.get("tech.cross-entropy"), Transcript(text)).key_points
    }["convexity"]
    assert kp.covered and kp.evidence is not None and "whereas MSE" in kp.evidence
