"""Correct sentences charged with a wrong claim they do not make, or missing credit their
figures state, found by correct29's development probe (dev_correct29_content.yaml, written from
the prompts alone; issue 9). Each kind with its wrong twin, which stays charged. Real bank.

* A negation inside a relative clause of an object ("leakage is using information *that will
  not exist* at prediction time") picks out which things a named subject is about: an answer
  that never names that subject and says the complement ("I use only what exists at prediction
  time") does not reverse it (claims.py, _denied_in_relative); a reversal of a plain denial
  ("kNN does a lot of work at training time") is still charged.
* "only" before the denied word restricts the claim to it: "use *only* what exists" says
  nothing that will not exist is used (claims.py, _restricted_to).
* A denied word followed by "less" or "little" is kept down ("more data of the same kind
  *helps less* than ..."), as "will not help" says (claims.py, _lessened); "helps a lot" is
  still charged.
* A pronoun after a sentence that opens with its own named subject is that subject: "Boosting
  instead trains shallow trees ..., so *it* mainly reduces bias" is not "bagging mainly reduces
  bias" because the sentence before named bagging (matching.py, refers_back); "Bagging trains
  deep trees ... Also, it mainly reduces bias" is still charged.
* Warning frames: "You will hear that X, but that's not right" (a claim heard, and a verdict
  "that's not ..." after it) and "I used to believe that X" (a belief given up) warn against X
  (stance.py): every rubric misconception in them was charged; "I believe that X" and "X, and
  that's right" are still charged. So do a short verdict sentence after the claim ("X. They
  are mistaken.") and "outdated", "mistaken", "a red flag" as verdicts ("..., which is a red
  flag"); "X. That is right." is still charged.
* A decimal in a rubric phrase said in words ("point zero zero nine nine") also matches it
  written in digits ("0.0099", phrase_forms.py): a worked Bayes answer earns its total-
  probability point; other figures do not.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import earned, told_charges

CORRECT = [
    (
        "tech.data-leakage",
        "To prevent it, I ask for each feature when it becomes known, and use only what exists "
        "at prediction time.",
    ),
    ("tech.data-leakage", "To prevent it, I use what exists at prediction time."),
    (
        "tech.learning-curves",
        "One caveat: more data of the same kind helps less than data covering new cases.",
    ),
    ("tech.learning-curves", "More data of the same kind helps little once the curves meet."),
    (
        "tech.bagging-vs-boosting",
        "A common misconception is that boosting and bagging both mainly reduce variance. "
        "Boosting instead trains shallow trees one after another, so it mainly reduces bias.",
    ),
    (
        "tech.bagging-vs-boosting",
        "Bagging averages deep trees trained in parallel. Boosting fits shallow trees to the "
        "remaining errors, so it mainly reduces bias.",
    ),
]

CORRECT += [
    (
        "tech.shap-values",
        "You will hear that shap values show causal effects, but that's not right.",
    ),
    ("tech.shap-values", "I often hear that SHAP values show causal effects."),
    (
        "tech.shap-values",
        "I used to believe that shap values show causal effects, until I learned otherwise.",
    ),
    ("tech.decision-trees-random-forests", "I once thought a deep tree has high bias."),
    (
        "tech.shap-values",
        "Some folks will tell you that shap values show causal effects. They are mistaken.",
    ),
    (
        "tech.shap-values",
        "A lot of tutorials say shap values show causal effects; that is outdated.",
    ),
    (
        "tech.shap-values",
        "Juniors often write that shap values show causal effects, which is a red flag.",
    ),
]

WRONG = [
    ("tech.shap-values", "I believe that shap values show causal effects.", "limitations"),
    (
        "tech.shap-values",
        "Shap values show causal effects, and that's right.",
        "limitations",
    ),
    ("tech.shap-values", "Shap values show causal effects. That is right.", "limitations"),
    (
        "tech.shap-values",
        "Shap values show causal effects. They are the best tool for it.",
        "limitations",
    ),
    ("tech.knn", "kNN does a lot of work at training time, fitting weights.", "lazy"),
    (
        "tech.learning-curves",
        "One caveat: more data of the same kind helps a lot here, so I would collect more.",
        "more data of the same kind helps",
    ),
    (
        "tech.bagging-vs-boosting",
        "Bagging trains deep trees in parallel on bootstrap samples. Also, it mainly reduces bias.",
        "bagging mainly reduces bias",
    ),
    (
        "tech.bagging-vs-boosting",
        "Bagging trains deep trees in parallel on bootstrap samples. Unlike boosting, it mainly "
        "reduces bias.",
        "bagging mainly reduces bias",
    ),
]


@pytest.mark.parametrize(("qid", "text"), CORRECT)
def test_a_correct_sentence_is_not_charged(bank: QuestionBank, qid: str, text: str) -> None:
    assert told_charges(bank.get(qid), text) == []


@pytest.mark.parametrize(("qid", "text", "charge"), WRONG)
def test_its_wrong_twin_is_still_charged(
    bank: QuestionBank, qid: str, text: str, charge: str
) -> None:
    assert any(charge in c for c in told_charges(bank.get(qid), text))


def test_a_decimal_in_digits_matches_the_rubric_words(bank: QuestionBank) -> None:
    worked = "The chance of a positive is 0.0099 plus 0.0495, so it comes to 0.0594."
    assert earned(bank.get("tech.bayes-theorem"), worked, "total-probability") > 0
    other = "The chance of a positive is 0.0098 plus 0.0496, so it comes to 0.0595."
    assert earned(bank.get("tech.bayes-theorem"), other, "total-probability") == 0


REMARKS = [
    "Great question.",
    "Good point, and a tough one.",
    "Absolutely.",
    "Happy to explain.",
    "Yeah, so.",
]


@pytest.mark.parametrize("remark", REMARKS)
def test_a_remark_before_the_answer_names_no_other_concept(bank: QuestionBank, remark: str) -> None:
    """A short remark opening the answer ("Great question.", "Absolutely.") is no concept the
    answer develops: read as one, a strong answer kept a quarter of its credit."""
    answer = (
        "Momentum keeps a velocity, an exponentially weighted average of past gradients, so "
        "steps along a consistent direction speed up and oscillations across a ravine cancel."
    )
    question = bank.get("tech.momentum")
    plain = score_answer(question, Transcript(answer)).overall
    assert score_answer(question, Transcript(f"{remark} {answer}")).overall == plain


def test_an_answer_on_another_concept_after_a_remark_stays_low(bank: QuestionBank) -> None:
    """After a remark, the next sentence is the opening: a dropout answer to momentum scores as
    it does without the remark, low."""
    other = (
        "Dropout randomly turns off units during training so the network cannot rely on any "
        "one unit, and it averages many thinned networks at test time."
    )
    question = bank.get("tech.momentum")
    alone = score_answer(question, Transcript(other)).overall
    assert score_answer(question, Transcript(f"Sure. {other}")).overall == alone < 20
    assert score_answer(question, Transcript(f"Great question. {other}")).overall == alone
