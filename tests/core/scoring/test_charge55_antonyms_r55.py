"""Correct answers charged by the antonym check (charge55, issue 9): a rubric point that names
both ends of a pair, one of them with no anchor of its own ("local and global"), was read as
stating one end, so an answer saying the other end was charged as its opposite; and a word
said of what the answer throws away ("drop columns only known *after* churn") was charged as
the opposite of the point ("data from *before* the cutoff"). Each sentence is my own and was
charged at main 49e87a74; the wrong claims stay charged."""

from __future__ import annotations

import pytest

from tests.core.scoring.rubric_charges import contradictions, shipped_question

_IMPORTANCE = "tech.feature-importance"
_TABULAR = "tech.tabular-feature-engineering"


@pytest.mark.parametrize(
    ("question", "text"),
    (
        (
            _IMPORTANCE,
            "Shapley values give a global explanation of the model as a whole, and per-row "
            "explanations of each prediction as well.",
        ),
        (
            _TABULAR,
            "Build features from the customer's history up to the cutoff, and drop any column "
            "that is only known after the customer churned.",
        ),
    ),
)
def test_other_end_named_by_the_point_is_not_charged_r55(question: str, text: str) -> None:
    assert contradictions(shipped_question(question), text) == {}


@pytest.mark.parametrize(
    ("question", "text", "point"),
    (
        (
            _IMPORTANCE,
            "SHAP only gives one global ranking for the whole model and cannot explain a "
            "single prediction.",
            "shap",
        ),
        (
            _TABULAR,
            "It is fine to compute features from data recorded after the prediction date.",
            "point-in-time",
        ),
    ),
)
def test_the_wrong_claim_stays_charged_r55(question: str, text: str, point: str) -> None:
    assert point in contradictions(shipped_question(question), text)
