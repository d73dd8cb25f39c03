"""STAR labels of round 67 (issue 9, star67): a line stating how things stood, told among my
steps, is the scene (star_states.py), unless it tells a change or a later point, the marks of
an outcome of my act. The sentences are written for these tests, in none of the sets."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_states import change_told, state_told
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import (
    OUTCOME,
    SCENE,
    STEP_1,
    STEP_2,
    TASK,
    analysed,
    star_labels,
)


@pytest.mark.parametrize(
    "state",
    [
        # "be" with a complement
        "The weak spot was the address field, which half the agents left empty.",
        "Most of the misroutes were on billing questions, not on outages.",
        # the progressive: going on at the time
        "The backlog was costing the team about a day of rework a week.",
        # stative verbs
        "Roughly a tenth of the tickets lacked a product field altogether.",
        "The two queues differed only in who answered the phone.",
        # the past perfect of someone else: before the time the story is at
        "The vendor had renamed the queue codes in March without telling anyone.",
        # an activity that went on
        "The pile of open tickets kept growing all week.",
    ],
)
def test_a_state_between_my_steps_is_the_scene_r67(state: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, state, STEP_2, OUTCOME)[3] == "situation"


@pytest.mark.parametrize(
    "state",
    [
        "The complaints kept coming in meanwhile.",
        "The old queue was still overflowing every Monday.",
    ],
)
def test_a_state_going_on_after_my_last_step_is_the_scene_r67(state: str) -> None:
    """Told after the last step, a state going on at the same time ("meanwhile", "still") or an
    activity that went on is no outcome: a story that ends on it tells no result."""
    story = analysed(SCENE, TASK, STEP_1, STEP_2, state)
    assert story.star.segments[-1].label == "situation"
    assert "result" in story.star.missing


@pytest.mark.parametrize(
    "outcome",
    [
        # a change
        "Misroutes on billing questions dropped to two percent.",
        "Routing accuracy went from 81 to 93 percent.",
        # a later point of the story
        "By the end of the month the backlog was empty.",
        "Within two weeks the billing queue was back to normal.",
    ],
)
def test_an_outcome_between_steps_keeps_its_result_r67(outcome: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, outcome, STEP_2, OUTCOME)[3] == "result"


@pytest.mark.parametrize(
    "line, kind",
    [
        ("The next step was a survey of the agents.", ""),  # a step named as a thing
        ("It was on me to fix the routing.", ""),  # a duty of mine
        ("I was worried about the billing queue.", ""),  # the speaker's state
        ("The model was retrained on the new labels.", ""),  # a passive act
        ("Checked which fields the agents actually filled in.", ""),  # a note of my step
        ("She agreed to a two-week pilot.", ""),  # someone's act
        ("The queue was longest on Mondays.", "copula"),
        ("The queue was growing every hour.", "progressive"),
        ("The queue kept growing.", "went on"),
        ("Latency stayed flat.", "stayed"),
        ("The queues differed in their hours.", "stative"),
        ("The vendor had changed the codes.", "perfect"),
    ],
)
def test_what_grammar_tells_a_state_r67(line: str, kind: str) -> None:
    assert state_told(words(line), line) == kind


def test_a_change_is_told_by_its_grammar_r67() -> None:
    for line in (
        "Errors fell to a third.",
        "It went from nine to four.",
        "By week two it was done.",
    ):
        assert change_told(words(line), line), line
    assert not change_told(words("Errors were on names."), "Errors were on names.")


@pytest.mark.parametrize(
    "report",
    [
        "The night supervisor pointed out that the pagers already went off every few minutes.",
        "One of the agents explained that billing tickets often arrive with no product at all.",
    ],
)
def test_someone_s_news_between_my_steps_is_the_scene_r67(report: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, report, STEP_2, OUTCOME)[3] == "situation"


def test_a_feeling_told_between_my_steps_is_the_scene_r67() -> None:
    feeling = "He was annoyed, mostly because he would have to go back to his own team."
    assert star_labels(SCENE, TASK, STEP_1, feeling, STEP_2, OUTCOME)[3] == "situation"


@pytest.mark.parametrize(
    "answer",
    [
        "She agreed to a two-week pilot.",  # an act: someone's answer to my step
        "He was fine with the new plan.",  # assent
        "The review queue was back to normal the next morning.",  # a return to a state
    ],
)
def test_an_answer_or_a_return_between_steps_is_not_read_as_the_scene_r67(answer: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, answer, STEP_2, OUTCOME)[3] != "situation"


@pytest.mark.parametrize(
    "duty",
    [
        "The director wanted routing live for the spring launch, and I was the person to get it "
        "there.",
        "Nobody else knew the old queue rules, so I was the one to untangle them.",
    ],
)
def test_the_one_to_do_it_is_my_task_r67(duty: str) -> None:
    """An infinitive after the noun that names me ("the person to ...") says what was mine to
    do: the story's only task line is its task, and the task is not called missing."""
    story = analysed(SCENE, duty, STEP_1, STEP_2, OUTCOME)
    assert story.star.segments[1].label == "task"
    assert "task" not in story.star.missing
