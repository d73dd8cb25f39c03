"""STAR labels of round 53 (issue 9, star53): framing openers whose main clause points at the
story with other words than round 52 read (round 52's convention, star_framing.story_framed)."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_framing import story_framed
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
    "opener",
    [
        # the story pointed at as "this one", whatever its verb
        "Yeah, so, this one still bugs me a little.",
        "Hmm, this one surprised my whole team.",
        "Okay, that one took a while to untangle, honestly.",
        # the pick named now, in the present, after the teller's "I think" or a hedge
        "Hmm, proudest, I think it's probably the route planner at the courier firm.",
        "Oh, that's an easy one, um, it's the invoice reader.",
        # a noun the story lists lack, picked by a relative clause of the teller now
        "The disagreement I'm thinking of started over a launch date.",
        "The setback I would describe happened during my first year at a lender.",
        "The following episode occurred during a migration at a retailer.",
        # a judgement picking it out, "the" left out
        "A classic example is the spring we moved every job to a new scheduler.",
        "Toughest one was probably a ranking model at a travel site.",
        # the teller's choosing, now, with the story as its object
        "Sure, I'll go with the billing one.",
        "Okay, there are several, but let me pick the one from my internship.",
        # a scene-like piece that is itself the story picked
        "Um, so this happens a lot, but the best case was at my first startup.",
    ],
)
def test_an_opening_that_points_at_the_story_frames_it_r53(opener: str) -> None:
    assert story_framed(opener)
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "scene",
    [
        # the story's own time and place, in the past or with no hedge
        "It was the week before our biggest sale of the year.",
        "It's the week before the audit, and our pipeline keeps failing.",
        # "this one" + a noun: a thing of the story, not the story
        "This one customer kept reopening the same ticket.",
        # a thing of the story with an event of its own
        "A project I inherited was cancelled after six months.",
        "The best model we had was a gradient-boosted tree.",
    ],
)
def test_an_opening_that_tells_the_scene_is_not_framed_r53(scene: str) -> None:
    assert not story_framed(scene)


# A story's steps and scene, after an opening line that may be its end told first.
_BACK = "It was a pricing model for a chain of hardware stores, meant to set weekly markdowns."
_PLAIN_TASK = "I owned the model and its evaluation."
_LOOK = "I compared its markdowns with the planners' for a quarter of stores."
_TALK = "I took the numbers to the head of merchandising."


@pytest.mark.parametrize(
    "story",
    [
        # the end named as what is said first ("the short version is")
        (
            "So the short version is we took markdown waste from 9 to 4 percent.",
            _BACK,
            _PLAIN_TASK,
            _LOOK,
            _TALK,
        ),
        ("The upshot was that the planners kept their spreadsheets.", _BACK, _PLAIN_TASK, _LOOK),
        # the project ended, then the story goes back to how things were
        ("We scrapped the model after eight months.", _BACK, _PLAIN_TASK, _LOOK, _TALK),
        ("Okay, we ended up shelving a year of work.", _BACK, _PLAIN_TASK, _LOOK, _TALK),
        # the next line moves the telling back, or names the line before as the outcome
        ("The pilot was cancelled in its third month.", "But let me back up.", _BACK, _LOOK),
        (
            "Markdown waste fell by half in one season.",
            "That was the result of a pricing model I rebuilt, so let me explain how.",
            _BACK,
            _LOOK,
        ),
    ],
)
def test_the_end_told_first_is_the_result_r53(story: tuple[str, ...]) -> None:
    assert star_labels(*story)[0] == "result"


@pytest.mark.parametrize(
    "story",
    [
        # the launch the story starts from, then how things were: the scene
        ("We launched a new markdown model in March.", _BACK, _PLAIN_TASK, _LOOK, _TALK),
        # an ending inside a clause of time: the scene
        (
            "The planners kept their spreadsheets until the old tool was retired.",
            _BACK,
            _PLAIN_TASK,
            _LOOK,
        ),
    ],
)
def test_an_opening_that_is_no_end_stays_the_scene_r53(story: tuple[str, ...]) -> None:
    assert star_labels(*story)[0] == "situation"


@pytest.mark.parametrize(
    "handed_over",
    [
        "We handed it over on Thursday evening, a day early.",
        "It went live on time, with the old tool kept as a fallback.",
        "We released it on the agreed date.",
        "We shipped two weeks late, with every test passing.",
    ],
)
def test_the_work_handed_over_against_its_date_is_the_result_r53(handed_over: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, handed_over)
    assert labels[-1] == "result"


@pytest.mark.parametrize(
    "step",
    [
        # a bare date or a step on the way: no plan it is measured against
        "I shipped a first version to two planners on a Friday.",
        "I released the notebook to the team so they could rerun it.",
    ],
)
def test_a_step_with_a_date_stays_a_step_r53(step: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)[3] == "action"


_NOTE_SCENE = "Insurance startup, claims team."
_NOTE_TROUBLE = "The fraud model flagged far too many honest claims."
_NOTE_TASK = "My job: cut the false alarms without missing fraud."


def test_a_numbered_last_step_leaves_the_result_missing_r53() -> None:
    """Steps numbered as a list: the last one is a step whatever number it carries, and a
    story that ends on it has no result."""
    notes = analysed(
        _NOTE_SCENE,
        _NOTE_TROUBLE,
        _NOTE_TASK,
        "Step one: pulled 500 flagged claims from the last quarter.",
        "Step two: labelled them with two adjusters.",
        "Step three: retrained with 12 features instead of 40.",
    ).star
    assert [s.label for s in notes.segments][3:] == ["action"] * 3
    assert "result" in notes.missing
    told = analysed(
        "At a grocery chain, our demand forecast kept overshooting on holidays.",
        "I owned the forecast.",
        "First, I pulled three years of holiday sales.",
        "Second, I added a holiday calendar feature.",
        "Third, I retrained the model on 40 percent more history.",
    ).star
    assert [s.label for s in told.segments][2:] == ["action"] * 3
    assert "result" in told.missing


def test_a_numbered_list_with_its_result_after_it_keeps_the_result_r53() -> None:
    labels = star_labels(
        _NOTE_SCENE,
        _NOTE_TROUBLE,
        _NOTE_TASK,
        "Step one: pulled 500 flagged claims from the last quarter.",
        "Step two: retrained with 12 features instead of 40.",
        "False alarms fell from 30 percent to 9 percent within a month.",
    )
    assert labels[3:] == ["action", "action", "result"]


def test_a_list_of_outcomes_is_no_list_of_steps_r53() -> None:
    labels = star_labels(
        SCENE,
        TASK,
        STEP_1,
        STEP_2,
        "First, misrouted tickets fell from twelve percent to four percent.",
        "Second, the support leads stopped rerouting tickets by hand.",
    )
    assert labels[4:] == ["result", "result"]
