"""Issue 9, clause25: a rubric wrong claim is one statement, its subject and its predicate in one
clause (or joined on the same subject). Correct answers that contrast two subjects in one
sentence were charged the wrong claim by words taken from both clauses ("whereas", "while",
"but", "because it", a relative clause, "the *negative* gradient"), by a claim word dropped as
if it were a negation ("hard" of "hardly"), by one named method read as another (XGBoost for
LightGBM), by a comparative said of the other subject ("the LSTM has more parameters than the
GRU"), by a direction said of what moves with the point's quantity ("shrinks with the sample
size"), by the max-min margin ("maximizes the minimum margin") and by a condition in mid-sentence
("but if the rows that are missing differ"). Each correct sentence below was charged before;
the wrong claims after them are still charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from tests.core.scoring.rubric_charges import charged

CORRECT = [
    # whereas / while / but: the other subject's clause
    ("tech.xgboost", "LightGBM grows trees leaf wise, whereas XGBoost grows trees level wise."),
    (
        "tech.xgboost",
        "XGBoost grows trees level wise by default, while LightGBM grows trees leaf wise.",
    ),
    ("tech.xgboost", "XGBoost grows trees level wise, but LightGBM grows them leaf wise."),
    (
        "tech.gaussian-mixture-models",
        "K means gives hard assignments while a gmm gives soft assignments.",
    ),
    (
        "tech.gaussian-mixture-models",
        "K means gives hard assignments, but a gmm gives soft assignments.",
    ),
    (
        "tech.gaussian-mixture-models",
        "A GMM gives soft assignments while k means uses hard assignments.",
    ),
    # a subordinate clause with its own subject between the claim's words
    (
        "tech.lstm-gru",
        "The LSTM has more parameters than the GRU, because it has three gates and a separate "
        "cell state.",
    ),
    # a second predicate of the same subject
    (
        "tech.split-criteria",
        "Entropy is highest when the classes are mixed and zero when the node is pure.",
    ),
    # a relative clause with a verb of its own: the max-min margin
    ("tech.svm", "It picks the hyperplane that maximizes the minimum margin."),
    ("tech.svm", "The SVM chooses the boundary that maximizes the narrowest margin to any point."),
    # a word between the claim's words that turns it round
    (
        "tech.gradient-descent",
        "Gradient descent moves in the direction of the negative gradient to minimize the loss.",
    ),
    (
        "tech.gradient-descent",
        "Each step of gradient descent moves in the opposite direction of the gradient.",
    ),
    # comparatives said of the other subject
    (
        "tech.lstm-gru",
        "Compared with the GRU, the LSTM has more parameters because it has an extra gate.",
    ),
    ("tech.lstm-gru", "An LSTM needs more parameters than a GRU of the same size."),
    # a direction said of what moves with the point's quantity
    (
        "tech.central-limit-theorem",
        "The standard error is sigma over the square root of n, so it shrinks with the sample size.",
    ),
    ("tech.central-limit-theorem", "The spread of the sample mean shrinks with the sample size."),
    # a condition in mid-sentence
    (
        "tech.missing-data",
        "Dropping rows is fine if the values are missing completely at random, but if the rows "
        "that are missing differ, it biases the results.",
    ),
]

WRONG = [
    ("tech.xgboost", "LightGBM grows trees level wise."),
    ("tech.xgboost", "XGBoost grows trees leaf wise by default."),
    ("tech.xgboost", "LightGBM grows trees level wise, whereas XGBoost grows them leaf wise."),
    ("tech.gaussian-mixture-models", "A gmm gives hard assignments."),
    (
        "tech.gaussian-mixture-models",
        "A GMM gives hard assignments while k means uses soft assignments.",
    ),
    ("tech.lstm-gru", "The GRU has three gates."),
    ("tech.lstm-gru", "The GRU has more parameters than the LSTM."),
    ("tech.lstm-gru", "A GRU has more gates than an LSTM."),
    ("tech.split-criteria", "Entropy is highest when the node is pure."),
    ("tech.split-criteria", "Entropy is zero when classes are mixed."),
    ("tech.svm", "The SVM picks the hyperplane with the smallest margin."),
    ("tech.svm", "The SVM picks the hyperplane that has the smallest margin."),
    ("tech.svm", "It chooses the boundary with the narrowest margin between the classes."),
    ("tech.gradient-descent", "Gradient descent moves in the direction of the gradient."),
    ("tech.reinforcement-learning", "The agent maximizes the immediate reward at each step."),
    ("tech.central-limit-theorem", "The standard error grows with the sample size."),
    ("tech.missing-data", "Dropping rows never biases the estimate."),
    # a pronoun after "because" taking up the sentence's own subject; a claim in the passive
    ("tech.naive-bayes", "Naive Bayes is called naive because it ignores the prior."),
    (
        "tech.distributed-training",
        "In data parallelism the model is split across the GPUs layer by layer.",
    ),
    # "when" between the claim's words is its own condition, no other clause
    (
        "tech.sgd-vs-batch",
        "The learning rate never needs to change when you change the batch size.",
    ),
]


@pytest.mark.parametrize(("question", "text"), CORRECT)
def test_a_correct_contrast_is_not_charged(bank: QuestionBank, question: str, text: str) -> None:
    assert charged(bank.get(question), text) == []


@pytest.mark.parametrize(("question", "text"), WRONG)
def test_the_wrong_claim_is_still_charged(bank: QuestionBank, question: str, text: str) -> None:
    assert charged(bank.get(question), text) != []


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "tech.missing-data",
            "You could drop those rows, but only if missing values are always random, which is "
            "rare.",
        ),
        (
            "tech.k-means",
            "You would get the same clusters every run only if initialization does not matter, "
            "and it does.",
        ),
        (
            "tech.central-limit-theorem",
            "The CLT would be useless if the data itself becomes normal, so it is about the "
            "sample mean.",
        ),
    ],
)
def test_a_claim_supposed_in_mid_sentence_is_not_charged(
    bank: QuestionBank, question: str, text: str
) -> None:
    assert charged(bank.get(question), text) == []


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("tech.missing-data", "Missing values are always random, so we drop them."),
        ("tech.k-means", "Initialization does not matter for k means."),
        ("tech.central-limit-theorem", "With enough samples the data itself becomes normal."),
    ],
)
def test_the_same_claim_said_outright_is_charged(
    bank: QuestionBank, question: str, text: str
) -> None:
    assert charged(bank.get(question), text) != []


@pytest.mark.parametrize(
    "text",
    [
        "The margin is the smallest distance from the boundary to any point, and the SVM makes "
        "it as large as possible.",
        "The SVM looks for the hyperplane that maximizes the margin, which is the minimum "
        "distance to the nearest points.",
        "It picks the hyperplane that maximizes the minimum margin.",
    ],
)
def test_the_max_min_margin_is_no_minimum_margin(bank: QuestionBank, text: str) -> None:
    assert charged(bank.get("tech.svm"), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The SVM minimizes the margin between the classes.",
        "The SVM finds the hyperplane with the minimum margin.",
    ],
)
def test_a_minimum_margin_is_still_charged(bank: QuestionBank, text: str) -> None:
    assert "max-margin" in charged(bank.get("tech.svm"), text)


def test_a_misconception_supposed_in_mid_sentence_is_not_charged(bank: QuestionBank) -> None:
    question = bank.get("tech.k-means")
    supposed = (
        "It would be easy if k-means always found the global optimum, but it finds a local one."
    )
    assert charged(question, supposed) == []
    assert charged(question, "K-means always finds the global optimum.") != []
