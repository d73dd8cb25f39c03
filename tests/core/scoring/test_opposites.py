"""Opposite claims found without a rubric list: a key point said with its direction reversed."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.opposites import flipped
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript


def _flipped(bank: QuestionBank, qid: str, text: str) -> dict[str, str]:
    question = bank.get(qid)
    tokens = tokenize(text)
    found = flipped(question, tokens, Stance(tokens))
    return {question.key_points[k].id: f.claim for k, f in found.items()}


def test_a_reversed_direction_contradicts_the_point_and_is_named(bank: QuestionBank) -> None:
    text = (
        "The curse of dimensionality is about compute. Adding dimensions actually makes the "
        "data denser, so each region of the space holds more points."
    )
    assert _flipped(bank, "tech.curse-of-dimensionality", text) == {
        "sparsity": '"denser", the opposite of "sparse"'
    }
    score = score_answer(bank.get("tech.curse-of-dimensionality"), Transcript(text))
    point = next(k for k in score.key_points if k.id == "sparsity")
    assert point.status == "contradicted" and point.evidence and "denser" in point.evidence
    assert any("Contradicts a key point" in tip and "denser" in tip for tip in score.feedback)


@pytest.mark.parametrize(
    "text",
    [
        # the right direction is said too: a comparison, not a flip
        "In low dimensions the data is dense, but as you add dimensions the data becomes sparse.",
        # denied or warned against
        "Adding dimensions does not make the data denser.",
        "A common mistake is to think that more dimensions make the data denser.",
    ],
)
def test_comparisons_denials_and_warnings_flip_nothing(bank: QuestionBank, text: str) -> None:
    assert _flipped(bank, "tech.curse-of-dimensionality", text) == {}


def test_two_reversals_in_one_clause_say_the_point_again(bank: QuestionBank) -> None:
    """ "Smaller batches, noisier gradients" said as "larger batches, less noisy gradients"."""
    right = "Larger batches give less noisy gradient estimates but may generalise worse."
    wrong = "A larger batch gives noisier gradient estimates, which helps generalisation."
    assert _flipped(bank, "tech.sgd-vs-batch", right) == {}
    assert "noise" in _flipped(bank, "tech.sgd-vs-batch", wrong)


def test_no_model_answer_reverses_its_own_points(bank: QuestionBank) -> None:
    reversed_ = {
        q.id: _flipped(bank, q.id, q.model_answer)
        for q in bank.questions.values()
        if _flipped(bank, q.id, q.model_answer)
    }
    assert reversed_ == {}


@pytest.mark.parametrize(
    ("text", "flips"),
    [
        # said of a cause the rubric itself gives the other direction: no flip
        (
            "With heteroscedasticity the coefficients are still unbiased, but the errors are off.",
            set(),
        ),
        (
            "Heteroscedasticity leaves the coefficients unbiased; the standard errors are wrong.",
            set(),
        ),
        # said of the point's own cause, or of no cause: the flip stands
        (
            "An omitted variable leaves the coefficients unbiased, it only widens the intervals.",
            {"exogeneity"},
        ),
        (
            "With endogeneity the coefficients are still unbiased, only the p-values change.",
            {"exogeneity"},
        ),
        (
            "Both endogeneity and heteroscedasticity leave the coefficients unbiased.",
            {"exogeneity"},
        ),
        # warned against
        (
            "A common mistake is to think an omitted variable leaves the coefficients unbiased.",
            set(),
        ),
    ],
)
def test_a_direction_said_of_a_cause_the_rubric_reverses_itself_flips_nothing(
    bank: QuestionBank, text: str, flips: set[str]
) -> None:
    """ "Endogeneity biases the coefficients" is not reversed by "with heteroscedasticity the
    coefficients are still unbiased", which the model answer says itself."""
    assert set(_flipped(bank, "tech.linear-regression-assumptions", text)) >= flips
    if not flips:
        assert _flipped(bank, "tech.linear-regression-assumptions", text) == {}


@pytest.mark.parametrize(
    ("text", "flips"),
    [
        ("As you add dimensions the volume goes down, so points get closer.", True),
        ("As you add dimensions the volume falls quickly.", True),
        ("The volume goes up exponentially with dimensions.", False),
        ("The volume climbs exponentially with dimensions.", False),
        ("A common mistake is to think the volume goes down as dimensions are added.", False),
        ("The volume does not go down when you add dimensions.", False),
    ],
)
def test_phrasal_and_everyday_verbs_of_change_say_a_direction(
    bank: QuestionBank, text: str, flips: bool
) -> None:
    """ "goes up / goes down", "climbs", "falls" say what "grows" / "shrinks" say."""
    assert bool(_flipped(bank, "tech.curse-of-dimensionality", text)) is flips


def test_a_semicolon_joins_the_two_cases_of_a_comparison() -> None:
    """ "Optimal for *linear* systems; the extended filter handles *nonlinear* models" says both
    sides of the pair, as the same sentence with a comma would: no flip (para37 held-out, a
    correct Kalman filter answer charged '"nonlinear", the opposite of "linear"')."""
    from pathlib import Path

    from simulator.core.questions import load_packs

    pack = Path(__file__).parent / "packs" / "para37held"
    question = load_packs([pack]).get("tech.p37h-kalman-filter")
    said = (
        "The predict step pushes the estimate through the state transition model and adds process "
        "noise. It is the optimal estimator for linear systems with Gaussian noise{} the extended "
        "Kalman filter handles nonlinear models."
    )
    for joined in (";", ","):
        tokens = tokenize(said.format(joined))
        assert flipped(question, tokens, Stance(tokens)) == {}, joined
    tokens = tokenize("The predict step runs the state transition model on nonlinear models only.")
    assert flipped(question, tokens, Stance(tokens)), "a lone reversal is still read"
