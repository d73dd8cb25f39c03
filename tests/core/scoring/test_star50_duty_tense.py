"""STAR labels, round 50 (issue 9, star50): a duty told in the past perfect ("I had been asked
to ...", "My job had been to ...") is the task, read as told in the simple past
(star_tense.duty_as_past); the past perfect of anything else is still how things had been."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import star_labels
from tests.core.scoring.test_star50_first_outcome import (
    OPS_OUTCOME,
    OPS_OUTCOME_2,
    OPS_SCENE,
    OPS_SCENE_2,
    OPS_STEP_1,
    OPS_STEP_2,
)


@pytest.mark.parametrize(
    "task",
    (
        # a duty told in the past perfect, looking back from the story's time: the task
        "I had been asked to fix the estimates before the holiday peak.",
        "I had been given the job of fixing it before the holiday peak.",
        "I had been tasked with getting the estimates right before the peak.",
    ),
)
def test_a_duty_told_in_the_past_perfect_is_the_task_r50(task: str) -> None:
    labels = star_labels(
        OPS_SCENE, OPS_SCENE_2, task, OPS_STEP_1, OPS_STEP_2, OPS_OUTCOME, OPS_OUTCOME_2
    )
    assert labels[2] == "task", labels


@pytest.mark.parametrize(
    "background",
    (
        # the past perfect of anything else is still how things had been
        "I had been working on that model for a year by then.",
        "The model had been retrained every week by the platform team.",
    ),
)
def test_the_past_perfect_of_anything_else_is_still_the_scene_r50(background: str) -> None:
    labels = star_labels(
        OPS_SCENE, OPS_SCENE_2, background, OPS_STEP_1, OPS_STEP_2, OPS_OUTCOME, OPS_OUTCOME_2
    )
    assert labels[2] == "situation", labels
