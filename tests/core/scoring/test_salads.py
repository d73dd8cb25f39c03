"""Keyword salads score at most like a weak answer, and are told why (issue 9, round 24).

A salad of the question's own terms ("bias, variance, underfitting, overfitting, ...") named
every key point for 0.3 of its weight and was 100 % on topic: a flat 37 on technical questions,
against about 10 for a vague answer. A real answer that enumerates with explanations, and a
terse answer naming a few remedies, are not salads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.scoring.salad import is_salad
from simulator.core.scoring.shipped_rubrics import shipped_questions
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

HERE = Path(__file__).parent

SALADS = {
    "tech.bias-variance": (
        "Bias, variance, underfitting, overfitting, model complexity, training error, test "
        "error, irreducible noise, regularization, more data, ensembles, bagging, cross "
        "validation, learning curves, tradeoff"
    ),
    "tech.gradient-boosting": (
        "Weak learners, shallow trees, residuals, gradients, sequential, additive model, "
        "learning rate, shrinkage, number of trees, early stopping, subsampling, XGBoost, "
        "LightGBM, regularization, overfitting, bagging versus boosting"
    ),
}
WEAK = {
    "tech.bias-variance": (
        "Bias and variance are two kinds of error that a model can have, and you want to "
        "balance them to get a good model."
    ),
    "tech.gradient-boosting": (
        "Gradient boosting is a popular machine learning algorithm that combines many trees and "
        "often wins competitions on tabular data."
    ),
}


def _q(qid: str) -> Question:
    return next(q for q in shipped_questions() if q.id == qid)


@pytest.mark.parametrize("qid", sorted(SALADS))
def test_a_salad_scores_at_most_like_a_weak_answer_and_is_told_why(qid: str) -> None:
    salad = score_answer(_q(qid), Transcript(SALADS[qid]))
    weak = score_answer(_q(qid), Transcript(WEAK[qid]))
    assert salad.overall <= max(weak.overall, 10), (salad.overall, weak.overall)
    assert any(t.startswith("Only a list of terms") for t in salad.feedback)
    assert "only a list of terms" in salad.basis["content"]
    assert not any(kp.covered for kp in salad.key_points)


def test_a_salad_said_without_commas_is_a_salad() -> None:
    spoken = SALADS["tech.bias-variance"].replace(",", "")
    assert is_salad(tokenize(spoken))
    assert is_salad(tokenize("Key ideas: " + SALADS["tech.gradient-boosting"]))


def test_an_explained_list_after_a_colon_and_a_terse_answer_are_not_salads() -> None:
    strong = (
        "Gradient boosting adds shallow trees one at a time, each fit to the gradient of the "
        "loss of the current ensemble, so it corrects what the trees before it got wrong. The "
        "main settings trade bias against variance: the learning rate, which shrinks each "
        "tree's contribution so more trees are needed but the model generalizes better; the "
        "depth of the trees, which sets how many features interact; and the number of trees, "
        "chosen with early stopping on a validation set."
    )
    terse = "Use L1 or L2 regularization, dropout, early stopping and more data."
    assert not is_salad(tokenize(strong))
    assert not is_salad(tokenize(terse))
    scored = score_answer(_q("tech.gradient-boosting"), Transcript(strong))
    assert "only a list of terms" not in scored.basis["content"]
    assert not any(t.startswith("Only a list of terms") for t in scored.feedback)


def test_every_repository_salad_and_no_real_answer_is_a_salad() -> None:
    salads, real, wrong = 0, 0, []
    for path in sorted(HERE.glob("*content*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            for kind, text in item.items():
                if not isinstance(text, str) or kind == "question":
                    continue
                said = is_salad(tokenize(text))
                if kind.startswith("keywords"):
                    salads += 1
                    if not said:
                        wrong.append(f"{path.name} {item['question']} {kind}: not a salad")
                else:
                    real += 1
                    if said:
                        wrong.append(f"{path.name} {item['question']} {kind}: a salad")
    assert salads >= 69 and real >= 1000
    assert not wrong, wrong
