"""STAR labels, round 27 (issue 9, rel27): a view the speaker holds ("I believe ...", "In my
view, ...") is no task and no step; a request, a need or an assignment inside the subject's
relative clause ("the report I was asked to review", "the team assigned to the campaign")
describes the subject, it is no task of mine."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import star_labels

OPENING = "Our team shipped a churn model for the retention campaign."
STEPS = (
    "I compared its scores with last year's outcomes.",
    "I rebuilt two features and retrained it.",
)
OUTCOME = "Retention offers converted twelve percent better."


@pytest.mark.parametrize(
    "view",
    [
        "In my opinion, someone had to own the evaluation.",
        "My belief was that we had to measure it against a holdout.",
        "I believe that a good model must be explainable to the people who use it.",
        "Personally, I think every model needs a baseline that it has to beat.",
    ],
)
def test_a_view_before_the_steps_is_the_scene_not_the_task(view: str) -> None:
    labels = star_labels(OPENING, view, *STEPS, OUTCOME)
    assert labels[1] == "situation"


@pytest.mark.parametrize(
    "view",
    [
        "In my view, the weekly pipeline was the most useful thing I built that year.",
        "I believe the holdout group was the most important decision I made.",
        "In my view, someone had to own the evaluation from the start.",
    ],
)
def test_a_view_told_last_is_what_the_story_left_me_with(view: str) -> None:
    labels = star_labels(OPENING, "I had to decide how far to trust it.", *STEPS, OUTCOME, view)
    assert labels[-1] == "result"


def test_a_step_hedged_as_spoken_is_still_a_step() -> None:
    # "I think I ..." is how people soften a step they remember, not a view.
    labels = star_labels(
        OPENING,
        "I had to decide how far to trust it.",
        "I think I started by comparing its scores with last year's outcomes.",
        "I rebuilt two features and retrained it.",
        OUTCOME,
    )
    assert labels[2] == "action"


@pytest.mark.parametrize(
    "scene",
    [
        "The team assigned to the campaign had no data scientist.",
        "The report I was asked to review had no baseline.",
        "The model we needed to replace was five years old.",
        "The analysts assigned to the review queue could not keep up.",
    ],
)
def test_a_duty_inside_the_subjects_relative_clause_is_the_scene(scene: str) -> None:
    labels = star_labels(OPENING, scene, "I had to decide how far to trust it.", *STEPS, OUTCOME)
    assert labels[1] == "situation"


def test_a_subject_naming_the_duty_with_what_it_was_is_still_the_task() -> None:
    labels = star_labels(
        OPENING, "The question I had to answer first was what we should build.", *STEPS, OUTCOME
    )
    assert labels[1] == "task"


@pytest.mark.parametrize(
    "step",
    [
        "I measured how much our accuracy fell when trained on thirty days instead of ninety.",
        "I checked whether the error rate dropped by more than two percent on the new data.",
    ],
)
def test_a_change_my_step_looked_into_is_no_outcome(step: str) -> None:
    labels = star_labels(OPENING, "I had to decide how far to trust it.", step, *STEPS, OUTCOME)
    assert labels[2] == "action"
