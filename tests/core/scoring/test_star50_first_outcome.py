"""STAR labels, round 50 (issue 9, star50): where a story's steps end and what came of them
begins, read from the story's order (star_first_outcome.py): a step told as a note between my
steps and the outcome stays a step; the first thing that came of my steps, told with no cue word
by someone else, is an outcome; a reflection told between my steps ("Looking back, I should have
...") is no part of the story, a lesson the story ends on stays its result."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import SCENE, TASK, star_labels

NOTE_SCENE = "Insurance company, claims team, two years ago."
NOTE_PROBLEM = "Claims triage model flagging a third of all claims, adjusters swamped."
NOTE_TASK = "Mine: bring the flags down to what the adjusters could handle."
NOTE_STEP = "Pulled a month of flagged claims first."
NOTE_OUTCOME = "Flag rate down from a third to one claim in ten."
NOTE_LESSON = "Lesson: ask the people who work the queue before touching the threshold."


@pytest.mark.parametrize(
    "note",
    (
        # a verbless note of what was done, a step with its subject dropped, a noun and a
        # participle with "to" after it
        "Ten days of shadow scoring next to the old rules.",
        "Daily walk-through of the flags with two adjusters.",
        "Reread every override the adjusters had logged that month.",
        "Threshold retuned to match the adjusters' own overrides.",
    ),
)
def test_a_note_between_my_steps_and_the_outcome_is_a_step_r50(note: str) -> None:
    labels = star_labels(
        NOTE_SCENE, NOTE_PROBLEM, NOTE_TASK, NOTE_STEP, note, NOTE_OUTCOME, NOTE_LESSON
    )
    assert labels[4] == "action", labels


@pytest.mark.parametrize(
    "outcome",
    (
        # a note that says how things came out: a state reached, a share
        "Live in every region by the end of the month.",
        "Precision at ninety percent on the next month's claims.",
    ),
)
def test_a_note_that_says_how_it_came_out_stays_an_outcome_r50(outcome: str) -> None:
    labels = star_labels(
        NOTE_SCENE, NOTE_PROBLEM, NOTE_TASK, NOTE_STEP, outcome, NOTE_OUTCOME, NOTE_LESSON
    )
    assert labels[4] == "result", labels


STEP_A = "I rewrote the routing rules around the product field."
STEP_B = "I put the new model in front of two of the queues for a week."
LATER = "A month later misrouted tickets were down to four percent across every queue."


@pytest.mark.parametrize(
    "first",
    (
        # someone else doing something in the past, told from the next point in time: no step
        # in order with mine, what came of them
        "Next week the support lead moved every queue to it.",
        "Next morning the queue owners stopped forwarding tickets by hand.",
        # (and as before)
        "Nobody on the support team noticed the switch.",
        "The backlog on those two queues vanished within days.",
    ),
)
def test_the_first_outcome_after_my_last_step_is_an_outcome_r50(first: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_A, STEP_B, first, LATER)
    assert labels[4] == "result", labels


@pytest.mark.parametrize(
    "step",
    (
        # an act in the passive, someone's step in order with mine, our step
        "A fallback rule was added for tickets with no product field.",
        "My colleague then checked a hundred of the new routes by hand.",
        "My colleague and I reviewed the misrouted ones every evening.",
    ),
)
def test_a_step_before_the_outcome_stays_a_step_r50(step: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_A, STEP_B, step, LATER)
    assert labels[4] == "action", labels


OPS_SCENE = (
    "At a logistics startup, our delivery-time estimates were off by twenty minutes at peak."
)
OPS_SCENE_2 = "Drivers were complaining and customer support was flooded with calls."
OPS_STEP_1 = "I compared the estimates with the GPS traces for a month of deliveries."
OPS_STEP_2 = "I added traffic features from the city's open data and retrained the model."
OPS_OUTCOME = "Peak-hour error fell from twenty minutes to six."
OPS_OUTCOME_2 = "Support calls about late deliveries halved within a month."
OPS_TASK = "I owned the model."


@pytest.mark.parametrize(
    "reflection",
    (
        # what the teller thinks of it now, told between two steps
        "Looking back, I should have talked to the drivers first.",
        "In hindsight, I should have asked the dispatchers before touching the data.",
        "In retrospect, the dispatchers should have been my first call.",
    ),
)
def test_a_reflection_between_my_steps_is_no_part_r50(reflection: str) -> None:
    labels = star_labels(
        OPS_SCENE, OPS_SCENE_2, OPS_TASK, OPS_STEP_1, reflection, OPS_STEP_2, OPS_OUTCOME
    )
    assert labels[4] == "other", labels


@pytest.mark.parametrize(
    "step",
    (
        # a step told after a reflection's opening words, and someone's finding with "would"
        "Looking back, I rebuilt the features that night.",
        "She showed me that the new features would miss our latency budget at peak.",
    ),
)
def test_a_step_between_my_steps_is_no_reflection_r50(step: str) -> None:
    labels = star_labels(
        OPS_SCENE, OPS_SCENE_2, OPS_TASK, OPS_STEP_1, step, OPS_STEP_2, OPS_OUTCOME
    )
    assert labels[4] != "other", labels
    # my act is a step; what someone showed me is a finding, no step of mine (star61)
    assert (labels[4] == "action") == step.startswith("Looking back, I"), labels


def test_a_lesson_the_story_ends_on_stays_the_result_r50() -> None:
    lesson = "Looking back, I should have talked to the drivers before touching the data."
    labels = star_labels(
        OPS_SCENE, OPS_SCENE_2, OPS_TASK, OPS_STEP_1, OPS_STEP_2, OPS_OUTCOME, lesson
    )
    assert labels[-1] == "result", labels


CLAIMS_SCENE = "Example: claims triage, previous job."
CLAIMS_PROBLEM = "Forty claim types, no labels, no budget for reviewers."
CLAIMS_STEPS = (
    "Noticed that adjusters re-route claims by hand in the claims tool.",
    "Routing history pulled from the audit log, final queue used as the label.",
    "I trained a plain logistic regression on the routed claims.",
    "Top-1 accuracy 85 percent on a hand-checked sample.",
)


@pytest.mark.parametrize(
    "task",
    (
        # a note headed by me or mine, after the scene and before any step: the task
        "Mine: a working router in production by end of quarter.",
        "Mine: a live claims router by the end of the quarter.",
    ),
)
def test_a_note_headed_by_me_before_any_step_is_the_task_r50(task: str) -> None:
    labels = star_labels(CLAIMS_SCENE, CLAIMS_PROBLEM, task, *CLAIMS_STEPS)
    assert labels[2] == "task", labels


def test_a_note_headed_by_my_step_stays_a_step_r50() -> None:
    step = "My first step: a week of reading routed claims."
    labels = star_labels(CLAIMS_SCENE, CLAIMS_PROBLEM, step, *CLAIMS_STEPS)
    assert labels[2] == "action", labels
