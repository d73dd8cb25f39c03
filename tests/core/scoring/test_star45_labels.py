"""STAR labels and missing parts, round 45 (issue 9, star45): someone answering my step with a
doubt or an objection ("my manager pushed back") opens an exchange, it tells no outcome, so a
story that ends there still has no result."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, analysed

DISPUTES = (
    "My manager pushed back because the retraining would cost a week.",
    "The product owner objected to the delay.",
    "She was not convinced that the old tickets still mattered.",
    "He got defensive and said nobody had complained before.",
)


@pytest.mark.parametrize("dispute", DISPUTES)
def test_a_story_ending_on_someones_objection_has_no_result(dispute: str) -> None:
    star = analysed(SCENE, TASK, STEP_1, STEP_2, dispute).star
    assert "result" in star.missing, star.segments


@pytest.mark.parametrize(
    "outcome",
    (
        OUTCOME,
        "Nobody objected after that, and the new model has routed every ticket since.",
        "The support lead rejected the new model, and we went back to the rules.",
    ),
)
def test_an_outcome_told_by_someone_else_is_still_a_result(outcome: str) -> None:
    assert "result" not in analysed(SCENE, TASK, STEP_1, STEP_2, outcome).star.missing
