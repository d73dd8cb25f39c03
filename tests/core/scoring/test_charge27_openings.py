"""Correct answers misread at their opening, found by charge27 (issue 9). An opening sentence
adverb ("Interestingly, ...", "Oddly enough, ...") and a denied subject ("No audio may leave the
device") are the speaker's comment or claim, never another concept the answer is about: read as
one, strong answers kept a quarter of their key-point credit (charge27's held-out: l1-vs-l2 23,
bagging-vs-boosting 24, data-leakage 24, spam filtering 14, churn 12). A real concept after the
adverb is still read as one. Real bank."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.answer_subject import other_concept
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import charged


@pytest.mark.parametrize(
    ("qid", "opening"),
    [
        ("tech.residual-connections", "Oddly, before ResNets, deeper plain networks did worse."),
        ("tech.l1-vs-l2", "Interestingly, both add a penalty on the weights to the loss."),
        ("tech.bagging-vs-boosting", "Frankly, the key difference is how models are combined."),
        ("case.churn-prediction", "Obviously, I first define churn as a cancellation."),
        ("case.spam-filtering", "Naturally, user reports give the labels."),
        ("tech.data-leakage", "Admittedly, leakage is easy to miss."),
        ("tech.dropout", "Oddly enough, dropping units makes the network generalize better."),
        ("case.on-device-speech-commands", "No audio may leave the device."),
    ],
)
def test_a_sentence_adverb_or_denied_subject_names_no_other_concept(
    bank: QuestionBank, qid: str, opening: str
) -> None:
    assert other_concept(bank.get(qid), tokenize(opening)) is None


@pytest.mark.parametrize(
    ("qid", "opening", "name"),
    [
        (
            "tech.time-series-validation",
            "Interestingly, the ARIMA model is a linear forecaster.",
            "arima",
        ),
        ("tech.batch-normalization", "Admittedly, dropout is a regularizer.", "dropout"),
        ("tech.precision-recall-f1", "Frankly, the ROC curve is a plot of two rates.", "roc"),
    ],
)
def test_a_concept_after_a_sentence_adverb_is_still_another_concept(
    bank: QuestionBank, qid: str, opening: str, name: str
) -> None:
    concept = other_concept(bank.get(qid), tokenize(opening))
    assert concept is not None and name in concept.name


def test_a_strong_answer_opening_on_an_adverb_keeps_its_credit(bank: QuestionBank) -> None:
    text = (
        "Interestingly, both add a penalty on the weights to the loss. L1 adds the sum of absolute "
        "values, L2 the sum of squares. L1 pushes small weights all the way to zero because its "
        "penalty has a constant gradient and a corner at zero, so it performs feature selection "
        "and gives sparse solutions. L2 shrinks all weights smoothly but rarely to exactly zero."
    )
    score = score_answer(bank.get("tech.l1-vs-l2"), Transcript(text))
    assert score.components["content"] is not None and score.components["content"] >= 60


# A point whose label says both sides ("boosting can overfit noisy labels ...; bagging is more
# robust"): one side's own words said of it, then the other side's words as their object, is
# that side's claim, not the other side's attribute moved ("noisy labels" said of bagging).
@pytest.mark.parametrize(
    "text",
    [
        "Bagging is more robust to noisy labels.",
        "Boosting chases the mistakes of earlier models. Bagging is more robust to noisy labels, "
        "since no example gets extra weight.",
    ],
)
def test_a_side_robust_to_the_other_sides_weakness_is_not_charged(
    bank: QuestionBank, text: str
) -> None:
    assert charged(bank.get("tech.bagging-vs-boosting"), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Boosting is more robust to noisy labels.",
        "Bagging overfits noisy labels and needs early stopping.",
        "Bagging is more robust to noise, but bagging overfits noisy labels.",
    ],
)
def test_the_other_sides_attribute_said_of_a_side_stays_charged(
    bank: QuestionBank, text: str
) -> None:
    assert charged(bank.get("tech.bagging-vs-boosting"), text) == ["overfitting-noise"]


# A denied leaving verb keeps the thing where it is: "no audio may leave the device" affirms the
# on-device point; a denied place ("does not run on the device") still denies it.
@pytest.mark.parametrize(
    "text",
    ["For privacy, no audio may leave the device.", "For privacy, audio never leaves the device."],
)
def test_a_denied_leaving_keeps_the_on_device_point(bank: QuestionBank, text: str) -> None:
    score = score_answer(bank.get("case.on-device-speech-commands"), Transcript(text))
    status = {k.id: k.status for k in score.key_points}
    assert status["constraints"] == "explained"


@pytest.mark.parametrize(
    "text",
    [
        "No model can fit on the device, so we run it on a server.",
        "The model does not run on the device.",
    ],
)
def test_a_denied_place_still_loses_the_on_device_point(bank: QuestionBank, text: str) -> None:
    score = score_answer(bank.get("case.on-device-speech-commands"), Transcript(text))
    status = {k.id: k.status for k in score.key_points}
    assert status["constraints"] != "explained"
