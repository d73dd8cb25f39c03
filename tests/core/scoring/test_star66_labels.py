"""STAR labels of round 66 (issue 9, star66), kinds found in round 65's blind set: a terse step of
mine that names an amount "instead of" something with no amount of its own is no measured change.
"[I] flagged the slip ..., with a new range of four to six weeks instead of a single date" tells
what I gave in place of something; read as a result at a story's end it hid the missing one."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import (
    OUTCOME,
    SCENE,
    STEP_1,
    STEP_2,
    TASK,
    analysed,
    star_labels,
)

NOTE_TASK = "My job: move the nightly scoring to the new cluster; my estimate was ten days."
NOTE_STEP = "Rewrote the feature joins for the new warehouse."


@pytest.mark.parametrize(
    "step",
    [
        "Told the product owner the same afternoon, with a new window of three to five weeks "
        "instead of a fixed date.",
        "Gave the director a range of six to nine weeks instead of a single date.",
        "Sent the team lead a revised plan of three to four sprints rather than a fixed deadline.",
    ],
)
def test_a_terse_step_with_an_amount_ends_a_story_with_no_result_r66(step: str) -> None:
    story = analysed(SCENE, NOTE_TASK, NOTE_STEP, step)
    assert "result" in story.star.missing


@pytest.mark.parametrize(
    "outcome",
    [
        "The next review took thirty minutes instead of two hours.",
        "Escaped defects went down from four a month to one.",
        "Reviews took a day instead of a week after that.",
        "We finished in seven weeks instead of a single sprint.",
    ],
)
def test_amounts_compared_still_tell_the_result_r66(outcome: str) -> None:
    story = analysed(SCENE, TASK, STEP_1, STEP_2, outcome)
    assert story.star.segments[-1].label == "result"
    assert "result" not in story.star.missing


def test_a_step_with_an_amount_mid_story_is_a_step_r66() -> None:
    step = "Gave the director a range of six to nine weeks instead of a single date."
    assert star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)[3] == "action"
