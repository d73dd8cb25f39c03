"""STAR labels, round 28 (issue 9, star28): what made the work hard, told as "the tricky part
was ...", is the scene, wherever it sits; "my personal contribution was ..." is the task; a last
sentence that opens with what came of the steps (a state restored, a measured change, an
outcome verb) and then tacks on a step of mine ("..., and I wrote up the fix") is the result; a
thing that "fell back" to a default, found between my steps, is a finding (a step), no fall."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import star_labels

SCENE = "Our app's search service answered most queries in about eighty milliseconds."
TASK = "I was responsible for the ranking model behind it."
STEP_1 = "I profiled each stage of a query on a copy of the live traffic."
STEP_2 = "I moved the feature lookups into one batched call."
OUTCOME = "Latency fell to forty milliseconds."


@pytest.mark.parametrize(
    "hard",
    [
        "The tricky part was that the index was rebuilt every hour and nobody knew its layout.",
        "What made it hard was that the slowdown only appeared for one region at peak hours.",
        "The difficulty was that three teams changed the service every week.",
        "The catch was that we had no traces older than two days.",
    ],
)
def test_what_made_it_hard_is_the_scene(hard: str) -> None:
    assert star_labels(SCENE, TASK, hard, STEP_1, STEP_2, OUTCOME)[2] == "situation"


@pytest.mark.parametrize(
    "role",
    [
        "My personal contribution was the ranking model and its evaluation.",
        "My personal part was the whole feature pipeline, from design to launch.",
        "My own contribution was the offline test set and the launch experiment.",
    ],
)
def test_my_personal_contribution_is_the_task(role: str) -> None:
    assert star_labels(SCENE, role, STEP_1, STEP_2, OUTCOME)[1] == "task"


@pytest.mark.parametrize(
    "outcome",
    [
        "Queries were answered in forty milliseconds again, and I wrote up the fix for the team.",
        "Latency went back to forty milliseconds, and I added the profile to our runbook.",
        "The batched call cut latency by half, and I shared the change with the other teams.",
        "The change stopped the timeouts at peak hours, and I added an alert on latency.",
    ],
)
def test_an_outcome_told_first_then_a_step_is_the_result(outcome: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"


@pytest.mark.parametrize(
    "step",
    [
        # a step of mine told first stays a step, whatever comes after it
        "I rewrote the lookups, and I added a cache in front of them.",
        # someone else's state, told before the steps, is no outcome
        "The service answered queries in four hundred milliseconds again.",
    ],
)
def test_a_step_or_an_early_state_is_no_outcome(step: str) -> None:
    labels = star_labels(SCENE, TASK, step, STEP_1, STEP_2, OUTCOME)
    assert labels[2] != "result"


@pytest.mark.parametrize(
    "found",
    [
        "The lookup cache had stopped refreshing, and every query fell back to the default "
        "ranking.",
        "The feature service had lost its connection, so the model fell back to empty features.",
    ],
)
def test_a_fallback_found_between_my_steps_is_a_finding(found: str) -> None:
    look = "I looked at the inputs the model received for the slow queries."
    labels = star_labels(SCENE, TASK, look, found, STEP_2, OUTCOME)
    # a finding, no step of mine (star61): how things stood or what the look came to
    assert labels[3] in ("situation", "result")


def test_a_fall_back_to_a_level_is_still_an_outcome() -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, "Timeouts fell back to two a day.")[-1] == (
        "result"
    )
