"""Correct strong answers scored low or charged, found by strong27 (issue 9) on the development
part of heldout_strong27_content.yaml (strong answers written from the prompts alone). Each kind
has a correct sentence that must not be charged (or read as another concept) and a wrong or
off-question twin in the same words that still is. Real bank.

* A framing noun opening the answer ("The constraint is latency", "The golden rule is that ...",
  "The trap here is ...", a heading "Scope: ...") was read as another concept: the answer kept a
  quarter of its credit (fraud detection 17, content moderation 13, time-series validation 17).
* "costly" stems to "cost": "practical costs" read as "expensive" made "much cheaper to serve"
  its opposite.
* A claim's last words as the subject of a clause opened by "and the" inside it ("Poisson, and
  the waiting time ... is exponential") were read as one claim.
* A relative clause ("..., which captures parameter uncertainty") said of the sentence's subject,
  and an accepted "so it does not capture" said of MAP: no contradiction.
* A sentence where two metrics move the model's quality opposite ways (precision up, recall
  down) relates the threshold to no one "quality".
* A side's attribute that holds the other side's whole ("how many were actually positive"
  holds recall's "actual positives") tells neither side apart.
* "nothing is switched off" denies of no named subject what the accepted sentence says of
  dropout.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.answer_subject import other_concept
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import charged

FRAUD = (
    "The constraint is latency: the decision must be returned within the authorization window, "
    "say under 100 milliseconds, so features must be precomputed or cheap. Labels come from "
    "chargebacks and confirmed fraud, which arrive weeks later, and fraud is well under one "
    "percent, so the data is very imbalanced. Features: amount, merchant category, device and "
    "location, and velocity features from a streaming feature store, such as the number of "
    "transactions in the last hour. Model: gradient boosted trees scored online. Validate on a "
    "time-based split because fraud patterns drift, and choose thresholds by business cost."
)


@pytest.mark.parametrize(
    ("qid", "opening"),
    [
        ("case.fraud-detection", "The constraint is latency: the decision must be quick."),
        ("tech.time-series-validation", "The golden rule is that the model never sees the future."),
        ("case.medical-triage-fairness", "The trap here is the label."),
        ("case.content-moderation", "Scope: define the policy categories with the policy team."),
    ],
)
def test_a_framing_noun_names_no_other_concept(bank: QuestionBank, qid: str, opening: str) -> None:
    assert other_concept(bank.get(qid), tokenize(opening)) is None


@pytest.mark.parametrize(
    ("qid", "opening", "name"),
    [
        (
            "tech.central-limit-theorem",
            "The law of large numbers says that the sample average converges to the mean.",
            "law",
        ),
        ("tech.precision-recall-f1", "The ROC curve is a plot of two rates.", "roc"),
        ("tech.time-series-validation", "The ARIMA model is a linear forecaster.", "arima"),
        ("tech.batch-normalization", "Dropout: it randomly switches off units.", "dropout"),
    ],
)
def test_a_concept_opening_is_still_another_concept(
    bank: QuestionBank, qid: str, opening: str, name: str
) -> None:
    concept = other_concept(bank.get(qid), tokenize(opening))
    assert concept is not None and name in concept.name


def test_a_strong_case_answer_opening_on_its_constraint_keeps_its_credit(
    bank: QuestionBank,
) -> None:
    assert score_answer(bank.get("case.fraud-detection"), Transcript(FRAUD)).overall >= 70


# (question, correct sentence, wrong twin in the same words)
CASES = [
    (
        "tech.feature-selection",
        "A smaller model is often just as accurate and much cheaper to serve.",
        None,
    ),
    (
        "tech.sgd-vs-batch",
        "Full batch is more expensive per update than a mini-batch.",
        "A mini-batch is more expensive per update than full batch.",
    ),
    (
        "tech.semi-supervised",
        "Labeling is expensive, so we use a few labels and lots of unlabeled data.",
        "Labeling is cheap, so we can label everything.",
    ),
    (
        "tech.probability-distributions",
        "Count data, like support tickets per hour, is usually Poisson, and the waiting time "
        "between those tickets is exponential.",
        "Count data is exponential, and the Poisson is for waiting times between tickets.",
    ),
    (
        "tech.mle-vs-map",
        "A fully Bayesian approach keeps the entire posterior distribution and averages "
        "predictions over it, which captures parameter uncertainty.",
        "MAP keeps only the posterior mode, which captures parameter uncertainty.",
    ),
    (
        "tech.pr-curve",
        "Raising the threshold usually increases precision.",
        "As you raise the threshold, precision falls.",
    ),
    (
        "tech.precision-recall-f1",
        "Recall measures how many of the actual positives we found.",
        "Precision tells you how many of the actual positives were caught.",
    ),
    (
        "tech.dropout",
        "At inference nothing is switched off and the outputs are scaled to match.",
        "At inference dropout is not switched off.",
    ),
]


@pytest.mark.parametrize(("qid", "correct", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_correct_sentence_not_charged(
    bank: QuestionBank, qid: str, correct: str, wrong: str | None
) -> None:
    assert charged(bank.get(qid), correct) == []


@pytest.mark.parametrize(
    ("qid", "correct", "wrong"), [c for c in CASES if c[2]], ids=[c[0] for c in CASES if c[2]]
)
def test_wrong_twin_still_charged(bank: QuestionBank, qid: str, correct: str, wrong: str) -> None:
    assert charged(bank.get(qid), wrong)


_CAUSE = (
    "In backpropagation the gradient for an early layer is a product of many factors, one per "
    "later layer. If those factors are mostly smaller than one, the product shrinks "
    "exponentially with depth and the early layers barely learn. If they are larger than one, "
    "the product grows exponentially and the updates blow up. "
)
_FIXES = "Fixes: ReLU activations, He initialization, residual connections, gradient clipping."


def _credits(bank: QuestionBank, qid: str, text: str) -> dict[str, float]:
    score = score_answer(bank.get(qid), Transcript(text))
    return {k.id: k.credit for k in score.key_points}


def test_a_headed_list_in_an_explaining_answer_counts_as_explained(bank: QuestionBank) -> None:
    """A structured answer enumerates what was asked ("how do you address them?") after a
    heading; read as named only, each listed point kept a third of its credit."""
    credits = _credits(bank, "tech.vanishing-gradients", _CAUSE + _FIXES)
    assert credits["clipping"] > 0.5 and credits["architecture"] > 0.5


def test_the_same_list_in_a_salad_is_still_only_named(bank: QuestionBank) -> None:
    salad = f"Gradients, vanishing, exploding, depth. {_FIXES} Sigmoid, tanh, LSTM, chain rule."
    credits = _credits(bank, "tech.vanishing-gradients", salad)
    assert credits["clipping"] < 0.5 and credits["architecture"] < 0.5


def test_a_number_in_digits_says_what_its_words_say(bank: QuestionBank) -> None:
    said = "So the chance of disease given a positive test is roughly 17 percent."
    assert _credits(bank, "tech.bayes-theorem", said)["answer"] > 0.5
    wrong = "So the chance of disease given a positive test is roughly 70 percent."
    assert _credits(bank, "tech.bayes-theorem", wrong)["answer"] == 0.0
