"""Round 60, charge60 (issue 9): a correct answer is not charged, and not marked as missing a
point it makes.

* A formula typed in symbols is read as the same formula said in words (formula_words.py):
  "P(A|B) = P(B|A) P(A) / P(B)" earns Bayes' formula point (walkthrough 59: marked missing), and
  a wrong formula in symbols earns no more than the same wrong formula said in words. Signs of
  prose ("and/or", "k-fold", "C++", a dash, a range) are not read as operators.
"""

from __future__ import annotations

from simulator.core.scoring import score_answer
from simulator.core.scoring.claims_sweeping import OVERCLAIM_ID
from simulator.core.scoring.formula_words import spell_formulas
from simulator.core.scoring.text import words
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import earned, shipped_charges, shipped_question


def _said(text: str) -> str:
    return " ".join(words(text))


def test_a_formula_in_symbols_earns_the_formula_point() -> None:
    question = shipped_question("tech.bayes-theorem")
    for typed in (
        "Bayes' theorem says P(A|B) = P(B|A) P(A) / P(B).",
        "Bayes' theorem: P(A|B)=P(B|A)*P(A)/P(B).",
    ):
        assert earned(question, typed, "formula") >= 0.9


def test_a_formula_in_symbols_earns_what_it_earns_in_words() -> None:
    question = shipped_question("tech.bayes-theorem")
    typed = "Bayes' theorem says P(A|B) = P(B|A) + P(A) - P(B)."
    said = (
        "Bayes' theorem says the probability of A given B equals the probability of B given A"
        " plus the probability of A minus the probability of B."
    )
    assert earned(question, typed, "formula") == earned(question, said, "formula") < 0.9


def test_symbols_are_spelled_as_a_rubric_says_them() -> None:
    assert _said("P(A|B) = P(B|A) P(A) / P(B)") == (
        "the probability of a given b equals the probability of b given a times the"
        " probability of a divided by the probability of b"
    )
    assert _said("Precision = TP / (TP + FP)") == (
        "precision equals true positives divided by true positives plus false positives"
    )
    assert _said("z = μ + σ · ε") == "z equals mu plus sigma times epsilon"
    assert _said("L = -[y log p + (1 - y) log(1 - p)]") == (
        "l equals minus y log p plus 1 minus y log 1 minus p"
    )
    assert _said("a weight of 1 − ε and x^2") == "a weight of 1 minus epsilon and x squared"
    assert _said("θ = (X^T X)^-1 X^T y") == "theta equals x transpose x inverse x transpose y"


def test_prose_signs_are_no_operators() -> None:
    prose = (
        "Use k-means++ in C++ or Python 3.11+ and/or a train/test split - say 2-3 folds of a"
        " 5-fold CV - with the *same* seed."
    )
    assert spell_formulas(prose) == prose
    # a sign of prose stays one beside a formula, in the formula's sentence or the next one
    assert _said("An L2-regularized fit has w = 1-p. We ran an A/B test on an 80/20 split.") == (
        "an l2 regularized fit has w equals 1 minus p we ran an a b test on an 80 20 split"
    )
    assert _said(prose) == (
        "use k means in c or python 3 11 and or a train test split say 2 3 folds of a 5 fold"
        " cv with the same seed"
    )


def test_confusion_matrix_cells_are_spelled_typed_or_said_lead61() -> None:
    # "TP / (TP + FP)" scored 61 against 98 for the same answer in words (round 60's note)
    question = shipped_question("tech.precision-recall-f1")
    typed = "Precision = TP / (TP + FP). Recall = TP / (TP + FN)."
    assert earned(question, typed, "precision-def") >= 0.9
    assert earned(question, typed, "recall-def") >= 0.8
    # said aloud, with no symbols: the cells are named, so each point is at least mentioned
    said = "Precision is TP over TP plus FP. Recall is TP over TP plus FN."
    assert earned(question, said, "precision-def") > 0
    assert earned(question, said, "recall-def") > 0
    assert _said("TPR = TP/(TP+FN)") == (
        "true positive rate equals true positives divided by true positives plus false negatives"
    )
    # other capitals that share the letters are left alone
    other = "We served an FP16 model and mined rules with FP-growth; the TPU ran it."
    assert spell_formulas(other) == other


def test_text_without_symbols_is_untouched() -> None:
    plain = "The posterior is the likelihood times the prior, divided by the evidence."
    assert spell_formulas(plain) is plain


# * A denial said of one side of a pair of subjects (the prompt's, or the fixed pairs answers
#   confuse: MLE/MAP) denies nothing of an accepted sentence that names the other side and not
#   the first (side_cases.py).


def test_a_denial_of_one_side_denies_nothing_said_of_the_other() -> None:
    for correct in (
        "Maximum likelihood uses no prior at all and maximizes p(data | parameters).",
        "Maximum likelihood uses no prior at all and maximizes the probability of data given"
        " parameters.",
    ):
        assert shipped_charges("tech.mle-vs-map", correct) == []


def test_the_same_denial_of_the_accepted_side_stays_charged() -> None:
    for wrong in (
        "Maximum a posteriori uses no prior at all and maximizes the probability of data given"
        " parameters.",
        "MAP uses no prior at all.",
    ):
        assert any(c.startswith("map-prior") for c in shipped_charges("tech.mle-vs-map", wrong))


# * A sweeping word in a clause that says what may be ("you *may* not need to fix it at all",
#   "the fitted values *can be* perfectly good") claims nothing without limit
#   (claims_sweeping.py; set 59: a correct multicollinearity warning was charged for both).

_MAY = (
    "A common mistake is to think multicollinearity ruins a linear model's predictions. Usually"
    " it doesn't; the fitted values and R squared can be perfectly good. What it ruins is the"
    " individual coefficients: their variance explodes and signs can flip. So if you only need"
    " forecasts, you may not need to fix it at all."
)


def _overclaims(text: str) -> list[str]:
    return [
        m.phrase
        for m in score_answer(
            shipped_question("tech.multicollinearity"), Transcript(text)
        ).misconceptions
        if m.id == OVERCLAIM_ID
    ]


def test_what_may_be_is_no_sweeping_claim() -> None:
    assert _overclaims(_MAY) == []


def test_the_same_said_as_what_is_stays_sweeping() -> None:
    wrong = (
        "Multicollinearity never hurts a linear model. The fitted values and R squared are"
        " perfectly good. The coefficients are fine too. So you do not need to fix it at all."
    )
    assert set(_overclaims(wrong)) >= {"perfectly", "at all"}


def _sweeping_cue(text: str) -> str | None:
    from simulator.core.scoring.claims_sweeping import _suspect
    from simulator.core.scoring.stance import Stance
    from simulator.core.scoring.text import tokenize

    tokens = tokenize(text)
    return _suspect(tokens, Stance(tokens), tokens.sentences[0], ())


def test_what_can_be_done_entirely_is_still_sweeping_lead60() -> None:
    # "can be" before a past participle says what may be done: advice as sweeping as the order
    # itself (a confidently wrong answer was freed by reading it as what may hold)
    assert _sweeping_cue(
        "Riders react far more than drivers, so driver effects can be ignored entirely."
    )
    assert _sweeping_cue("The correlated columns add nothing, so they can be dropped entirely.")
    assert _sweeping_cue("The fitted values and R squared can be perfectly good.") is None
