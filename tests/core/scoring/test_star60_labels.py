"""STAR labels of round 60 (issue 9, star60), by kind of sentence: a line that only turns the
telling back ("Let's back up, though."), someone else's act told in sequence before any task or
step of mine (the scene), a spoken hedge between "was" and what it says ("I was kind of the
person who had to ..."), a need of mine named by its object ("I needed my pipeline merged ..."),
someone telling me the problem ("Afterwards my manager told me that ..."), and a note that
opens on how my proposal was answered ("Approved the same day.")."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_labels import sentence_evidence
from simulator.core.scoring.star_telling import telling_moved
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    "aside",
    [
        "Let's back up, though.",
        "Let me rewind a little.",
        "Let us go back a bit.",
        "But let me step back for a second, because the queue was not the real problem.",
    ],
)
def test_a_line_that_only_turns_the_telling_back_is_other_r60(aside: str) -> None:
    assert telling_moved(words(aside))
    labels = star_labels(SCENE, TASK, aside, STEP_1, STEP_2, OUTCOME)
    assert labels[2] == "other"


@pytest.mark.parametrize(
    "told",
    [
        # the story goes on after the colon: more than a turn of the telling
        "Let me go back a bit: the router had been retrained twice that year and nobody checked.",
        "Let's start the migration on the Monday after the release.",
        "We shelved the whole plan after two months, but let me back up a bit.",
    ],
)
def test_a_turn_of_the_telling_with_the_story_in_it_is_no_aside_r60(told: str) -> None:
    assert not telling_moved(words(told))


@pytest.mark.parametrize(
    "event",
    [
        "A week later a reviewer found that two of the routing features leaked the queue.",
        "Then in the quarterly review the head of support told my manager that tickets were lost.",
        "And then on Friday my director asked for a full report by Monday.",
    ],
)
def test_someone_elses_act_in_sequence_before_any_part_of_mine_is_the_scene_r60(
    event: str,
) -> None:
    labels = star_labels(SCENE, event, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "situation"


def test_someone_elses_act_in_sequence_after_my_task_stays_a_step_r60() -> None:
    # once my part is told, "then" places another person's act among the steps
    step = "Then two of the support leads tried the new queues for a week."
    labels = star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)
    assert labels[3] == "action"
    # and a step told as what happened next is a step wherever it stands (round 8)
    replay = "Next came a two-day replay of the worst tickets."
    assert star_labels(SCENE, replay, STEP_1, STEP_2, OUTCOME)[1] == "action"


@pytest.mark.parametrize(
    "duty",
    [
        "I was kind of the person who had to fix it, since I had built the router.",
        "I was sort of the one who had to explain it to the support leads.",
        "Getting the queues right again was basically on me.",
    ],
)
def test_a_hedge_between_was_and_my_duty_leaves_the_task_r60(duty: str) -> None:
    labels = star_labels(SCENE, duty, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "task"


def test_a_hedge_before_my_own_verb_is_not_taken_out_r60() -> None:
    # "I kind of became the owner": without the hedge it would read as a step of mine
    labels = star_labels(SCENE, TASK, STEP_1, "So I kind of moved on to the next queue.", OUTCOME)
    assert labels[3] == "action"


@pytest.mark.parametrize(
    "need",
    [
        "I needed thousands of labelled tickets and had no budget for them.",
        "I needed the product field in the ticket export by the end of the month.",
    ],
)
def test_a_need_of_mine_named_by_its_object_is_the_task_r60(need: str) -> None:
    labels = star_labels(SCENE, need, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "task"


def test_someone_telling_me_the_problem_is_their_view_r60() -> None:
    told = "My manager told me that nobody in the meeting had followed the numbers."
    _scores, reasons = sentence_evidence(words(told), told, 0.3, 2)
    assert any(why == "someone else's view" for _w, why in reasons["situation"])
    labels = star_labels(
        "I presented the routing results to the support directors.",
        "A day later my manager told me that nobody had followed the numbers.",
        "I had to present it again.",
        STEP_1,
        STEP_2,
        OUTCOME,
    )
    assert labels[1] == "situation"


# A story told in notes: each step a clipped line with no "I" (round 38's subject dropped).
NOTES = (
    "Context: a ticket router at a telecom, misrouting one ticket in eight.",
    "Goal: cut misroutes in half this quarter.",
    "Pulled a month of misrouted tickets.",
    "Retrained with the product field.",
    "Wrote up new queues for the head of support.",
)


@pytest.mark.parametrize(
    "answered",
    [
        "Approved the same day.",
        "Approved by the head of support two days later.",
        "Accepted, with a review after one quarter.",
    ],
)
def test_a_note_on_how_my_proposal_was_answered_is_the_result_r60(answered: str) -> None:
    labels = star_labels(
        *NOTES, answered, "Misroutes down to four percent by the end of the month."
    )
    assert labels[5] == "result"


def test_a_note_of_my_own_step_after_the_proposal_stays_a_step_r60() -> None:
    labels = star_labels(
        *NOTES, "Declined the second request, with a pointer to a dashboard.", "Rolled out in May."
    )
    assert labels[5] == "action"
