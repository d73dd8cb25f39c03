"""A pair's side is named by its noun, not by a verb or participle of it (issue 9, flag66).

Round 65's blind set charged a correct OLS answer '"coefficient" said of variance, not biased':
its "If the variance isn't constant, the coefficient estimates are still unbiased" was read as
moving the words of the bias side (the model answer's "makes its coefficient *biased*") to the
variance side, and a strong answer of para65's set was charged '"zero" said of variance, not
biased' for listing "errors with mean zero" beside "constant variance". The bias of the
bias-variance pair is a noun ("high bias", "bias is error from ..."); "endogeneity *biases its*
coefficient" says what a cause does to an estimate, and names no side of that pair
(pair_sides._verb_use, read by contradiction.swapped, definitions and named_sides).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.pair_sides import side_text_stems
from simulator.core.transcript import Transcript

_QUESTIONS = Path(__file__).resolve().parents[3] / "questions"


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    return load_packs([_QUESTIONS])


def _charges(qid: str, text: str) -> list[str]:
    score = score_answer(_bank().get(qid), Transcript(text))
    return [f"{k.id}: {k.contradiction}" for k in score.key_points if k.contradiction]


# the blind partial's kind in new words: a condition naming the noise's variance, then the
# coefficients said to stay unbiased
_OLS_PARTIAL = (
    "Least squares needs a linear relationship, independent errors, constant error variance, "
    "which is called homoscedasticity, and normally distributed errors. If the relationship is "
    "curved, the model will be biased and its predictions will be off in a systematic way. If "
    "the variance is not constant, the coefficient estimates stay unbiased, but the standard "
    "errors become unreliable. A plot of the residuals against the fitted values shows most of "
    "this."
)


def test_an_estimate_said_unbiased_beside_the_error_variance_is_not_a_swap() -> None:
    # failed before: ['consequences: "coefficient" said of variance, not biased']
    assert _charges("tech.linear-regression-assumptions", _OLS_PARTIAL) == []


def test_a_verb_or_participle_of_bias_names_no_side() -> None:
    assert "bias" not in side_text_stems("an omitted variable biases its coefficient")
    assert "bias" not in side_text_stems("nonlinearity and endogeneity bias the coefficients")
    assert "bias" not in side_text_stems("the coefficients are biased")
    assert "bias" in side_text_stems("a model with high bias underfits")
    assert "bias" in side_text_stems("the biases of the network start at zero")
    # a noun before an appositive or a gapped clause stays a side ("L1, the lasso, ...", "L2
    # a Gaussian prior"): a correct L1/L2 answer was charged '"laplace prior" said of l1'
    assert "l1" in side_text_stems("L1, the lasso, adds the absolute values")
    assert "l2" in side_text_stems("L1 is a Laplace prior and L2 a Gaussian prior")
    # a name whose verb is the thing itself stays a side
    assert "boost" in side_text_stems("boosting the weak learners one after another")
    assert "overfit" in side_text_stems("deep trees overfit the noise")


def test_the_bias_variance_swap_is_still_charged() -> None:
    charged = _charges(
        "tech.bias-variance",
        "A model with high bias is too flexible and memorizes noise, while high variance means "
        "it is too simple.",
    )
    assert any("said of variance, not bias" in c for c in charged)
    assert any("said of bias, not variance" in c for c in charged)


def test_a_biased_estimate_claimed_of_multicollinearity_is_still_charged() -> None:
    charged = _charges(
        "tech.linear-regression-assumptions", "Multicollinearity biases the coefficients."
    )
    assert any(c.startswith("multicollinearity:") for c in charged)
