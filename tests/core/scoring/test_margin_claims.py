"""tech.svm's max-margin point: its wrong claims are whole claims ("picks the hyperplane with the
smallest margin"), not the bare words "smallest margin" / "narrowest margin". Said of a large C,
a smaller or narrowest margin is correct, and once adjective forms were matched ("smaller" for
"smallest") such answers were charged as contradicting the maximum margin."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from tests.core.scoring.rubric_charges import charged


@pytest.mark.parametrize(
    "text",
    [
        "The SVM maximizes the margin. With a large C it accepts the smallest margin that "
        "classifies every training point, and with a small C it keeps a wider margin.",
        "An SVM maximizes the margin between classes. Large C leads to the narrowest margin "
        "that still separates the training data.",
        "The margin is the gap between the classes, and the SVM wants it as wide as possible; "
        "a high C gives the smallest margin because errors cost so much.",
    ],
)
def test_a_small_margin_said_of_a_large_c_is_no_wrong_claim(bank: QuestionBank, text: str) -> None:
    assert charged(bank.get("tech.svm"), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "An SVM minimizes the margin between the two classes so the boundary hugs the data.",
        "The SVM picks the hyperplane with the smallest margin, which keeps it close to the points.",
        "It chooses the boundary with the narrowest margin between the classes.",
    ],
)
def test_the_svm_choosing_a_small_margin_is_still_charged(bank: QuestionBank, text: str) -> None:
    assert "max-margin" in charged(bank.get("tech.svm"), text)
