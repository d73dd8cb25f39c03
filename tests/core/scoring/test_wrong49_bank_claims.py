"""Wrong claims another shipped rubric lists are charged under any question (issue 9, wrong49).

A fluent wrong answer on regularization said "L2 corresponds to a Laplace prior on the weights"
and scored 97 (dev_blind46), above its partial answer's 96: the regularization rubric never
speaks of priors, while the L1-versus-L2 rubric lists that very claim as contradicting its
Bayesian point. bank_claims.py lends the other technical rubrics' wrong claims to the asked
question, read by the misconception reader with all its guards.
"""

from __future__ import annotations

import pytest
from rubric_charges import shipped_misconceptions, shipped_question

from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript


def test_another_rubrics_wrong_claim_is_charged_r49() -> None:
    text = (
        "Regularization stops the model from overfitting by adding a penalty on the weights to "
        "the loss. L2 corresponds to a Laplace prior on the weights, which is why it "
        "concentrates mass at zero."
    )
    assert shipped_misconceptions("tech.regularization", text) == [
        "l2 corresponds to a laplace prior"
    ]
    score = score_answer(shipped_question("tech.regularization"), Transcript(text))
    assert score.misconceptions[0].correction  # the source point's accepted view


@pytest.mark.parametrize(
    "text",
    [
        # the claim's right form
        "Regularization stops overfitting with a penalty on the weights; L2 corresponds to a "
        "Gaussian prior on the weights and L1 to a Laplace prior.",
        # warned against, denied
        "Regularization stops overfitting with a penalty on the weights. A common mistake is "
        "to think that L2 corresponds to a Laplace prior; it is the Gaussian one.",
        "Regularization stops overfitting with a penalty on the weights, and L2 does not "
        "correspond to a Laplace prior.",
    ],
)
def test_right_denied_or_warned_not_charged_r49(text: str) -> None:
    assert shipped_misconceptions("tech.regularization", text) == []


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        # another word of the claim's stem: "adaptive" is no "adapts"
        (
            "tech.adam-optimizer",
            "Adam combines momentum with an adaptive learning rate per parameter, using moving "
            "averages of the gradient and of the squared gradient.",
        ),
        # the claim's words across clauses
        (
            "tech.adam-optimizer",
            "Adam keeps two moving averages: the first moment, a momentum-like average of "
            "gradients, and the second moment, an average of squared gradients.",
        ),
        # its subject only in the sentence before, another subject in its own clause
        (
            "tech.regularization",
            "Regularization stops overfitting. The L1 penalty has a kink at zero, so many "
            "coefficients land exactly on zero. L2 is smooth and shrinks coefficients without "
            "zeroing them, which spreads weight across correlated features.",
        ),
    ],
)
def test_a_borrowed_claim_is_read_in_one_clause_as_said_r49(qid: str, text: str) -> None:
    assert shipped_misconceptions(qid, text) == []


def test_a_claim_the_asked_rubric_accepts_is_not_borrowed_r49() -> None:
    """Every shipped technical and case question's model answer is charged no borrowed claim
    (test_bank's model-answer check covers the scores; this names the borrowed ones)."""
    from simulator.core.scoring.bank_claims import _borrowing
    from simulator.core.scoring.matching import AnswerIndex
    from simulator.core.scoring.misconception_hits import find_misconceptions
    from simulator.core.scoring.shipped_rubrics import shipped_questions
    from simulator.core.scoring.stance import Stance
    from simulator.core.scoring.text import tokenize

    said = []
    for q in shipped_questions():
        pseudo = _borrowing(q)
        if pseudo is None:
            continue
        tokens = tokenize(q.model_answer)
        hits, _, _ = find_misconceptions(pseudo, AnswerIndex(tokens), Stance(tokens))
        said += [f"{q.id}: {h.phrase}" for h in hits]
    assert said == []
