"""STAR labels, round 34 (issue 9, star34): a step told with "got" ("the pipeline got rebuilt"), a
task said as a need in a pseudo-cleft ("What we needed was ..."), an outcome word that only dates
a step ("... before anything shipped"), a consequence told after its cause ("Because ..., we had
no ..."), and an opening line that tells what I did (the scene, never a step yet)."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    "step",
    [
        "The feature tables got rebuilt from the raw logs over the next three days.",
        "A weekly check-in got scheduled with the two team leads.",
        "The old thresholds got replaced with one threshold per region.",
    ],
)
def test_a_step_told_with_got_is_an_action(step: str) -> None:
    labels = star_labels(SCENE, TASK, step, STEP_2, OUTCOME)
    assert labels[2] == "action"


@pytest.mark.parametrize(
    "state",
    [
        "Our launch got delayed by a month when the vendor changed its data format.",
        "The review queue got stuck behind a backlog of four hundred tickets.",
    ],
)
def test_got_with_a_state_is_no_step(state: str) -> None:
    labels = star_labels(SCENE, state, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels[1] != "action"


@pytest.mark.parametrize(
    "need",
    [
        "What the sales team needed was a list of accounts they could call that week.",
        "The thing we needed was a way to test the model without touching live traffic.",
        "What I had to do was get both teams to agree on one definition of an active user.",
        "All the auditors wanted was a record of every retraining and who approved it.",
    ],
)
def test_a_need_said_as_a_cleft_is_the_task(need: str) -> None:
    labels = star_labels(SCENE, need, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "task"


def test_a_cleft_that_names_a_step_or_a_finding_is_no_task() -> None:
    found = "What I found was that half of the misrouted tickets had no product field."
    assert star_labels(SCENE, TASK, found, STEP_2, OUTCOME)[2] != "task"


def test_an_outcome_word_that_only_dates_a_step_is_no_result() -> None:
    step = "A security review was booked with our platform team before anything launched."
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, step, OUTCOME)
    assert labels[4] == "action"


@pytest.mark.parametrize(
    "end",
    [
        "Since the old model stayed warm as a fallback, there was no outage for the shops.",
        "Because only the region was stored, we had no deletion requests to handle later.",
    ],
)
def test_a_consequence_told_after_its_cause_is_a_result(end: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, end)
    assert labels[5] == "result"


@pytest.mark.parametrize(
    "opening",
    [
        "I built a stock forecast for a chain of pharmacies, and the buyers kept treating it as exact.",
        "A colleague I shared a service with ignored every design comment I sent him.",
        "For a pricing feature, I worked with a product manager, an analyst and the finance team.",
    ],
)
def test_an_opening_line_that_tells_what_was_done_is_the_scene(opening: str) -> None:
    labels = star_labels(opening, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels[0] == "situation"


def test_an_opening_result_stays_a_result() -> None:
    first = "We cut the nightly job from six hours to forty minutes last spring."
    labels = star_labels(first, SCENE, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels[1:] == ["situation", "task", "action", "action", "result"]


@pytest.mark.parametrize(
    "outcome",
    [
        "The finance lead took the new numbers to the board, and the budget arrived on the date I gave.",
        "The support team adopted the checklist I wrote.",
    ],
)
def test_my_verb_describing_an_object_is_no_step(outcome: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)
    assert labels[4] == "result"


@pytest.mark.parametrize(
    "step",
    [
        "In the end I rewrote the job from scratch.",
        "That week I built a dashboard of the misrouted tickets.",
    ],
)
def test_my_verb_after_a_time_phrase_is_still_my_step(step: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)
    assert labels[3] == "action"


@pytest.mark.parametrize(
    "opening",
    [
        "We wanted to sort support emails by product, but nobody had ever labelled one.",
        "I wanted the data team to log search sessions, because our ranking model had no feedback.",
    ],
)
def test_a_wish_and_what_stood_in_its_way_told_first_is_the_scene(opening: str) -> None:
    labels = star_labels(opening, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels[0] == "situation"


def test_a_task_told_first_without_an_obstacle_stays_the_task() -> None:
    first = "I had to get the routing model retrained before the holiday peak."
    labels = star_labels(first, SCENE, STEP_1, STEP_2, OUTCOME)
    assert labels[0] == "task"
