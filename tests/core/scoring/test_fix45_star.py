"""Review of round 45's STAR changes (fix45): lines of the scene read as the end told first
(star_told_first), as an opener (story_picked) or as a dispute (star_disputes); an outcome told
after an appraisal ("Painful, but it ended the complaints.") read as no part of the story; and
a problem still growing read as an outcome told (star_gaps.measured_change)."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, analysed


@pytest.mark.parametrize(
    "opening",
    (
        "I still remember this outage at a bank very well.",
        "Last year we cut the data team from eight people to five, so every pipeline lost an owner.",
        "We reduced our cloud budget by thirty percent that spring, and the nightly jobs started to fail.",
        "The hiring freeze cut our team from six to three, and the backlog stalled.",
        "Two years ago we halved the platform budget, so every release slipped.",
        "I still think this was the hardest project I had.",
    ),
)
def test_a_scene_with_now_this_or_a_measured_cut_stays_the_scene(opening: str) -> None:
    star = analysed(opening, TASK, STEP_1, STEP_2, OUTCOME).star
    assert star.segments[0].label == "situation"
    assert "situation" not in star.missing


@pytest.mark.parametrize(
    "opening",
    (
        "We cut training cost by ninety percent.",
        "We got the forecast error down to eight percent across four hundred stores.",
    ),
)
def test_my_work_changing_a_quantity_told_first_is_still_the_end(opening: str) -> None:
    assert analysed(opening, TASK, STEP_1, STEP_2, OUTCOME).star.segments[0].label == "result"


@pytest.mark.parametrize(
    "opening",
    (
        "The hardest one was when our fraud model failed on Black Friday.",
        "The toughest one was a churn model that nobody trusted.",
        "The one I remember best was the outage at our payments team.",
        "The biggest one was a ranking model at an online grocery.",
        "The hardest example was our migration to a new feature store.",
        "The one I remember best is the night our search index went down.",
    ),
)
def test_a_pick_that_describes_the_scene_frames_the_story_r52(opening: str) -> None:
    # (star52: turned round; dev_blind44-46's convention, the sets relabelled to it): the main clause names the story picked, whatever its relative or "when" clause
    # tells; "Now, this was at a bank with about two thousand employees." places it
    star = analysed(opening, TASK, STEP_1, STEP_2, OUTCOME).star
    assert star.segments[0].label == "other"
    assert (
        analysed(
            "Now, this was at a bank with about two thousand employees.", TASK, STEP_1, OUTCOME
        )
        .star.segments[0]
        .label
        == "other"
    )


def test_a_pick_only_named_or_placed_is_still_an_opener() -> None:
    star = analysed(
        "The best example was at my last job.", SCENE, TASK, STEP_1, STEP_2, OUTCOME
    ).star
    assert [s.label for s in star.segments[:2]] == ["other", "situation"]


@pytest.mark.parametrize(
    "ending",
    (
        "The auditors questioned nothing at the next review.",
        "The regulator never questioned the model again.",
        "The risk team no longer questioned our alerts.",
        "Legal did not object to the new flow.",
        "The support lead insisted on keeping the new model after the trial.",
        # appraised, then an outcome after "but"
        "Painful, but it ended the complaints.",
        "Messy, but it finally stopped the pages.",
    ),
)
def test_an_ending_that_tells_how_things_went_is_the_result(ending: str) -> None:
    star = analysed(SCENE, TASK, STEP_1, STEP_2, ending).star
    assert star.segments[-1].label == "result"
    assert "result" not in star.missing


@pytest.mark.parametrize(
    "ending",
    (
        "My manager pushed back on the timeline.",
        "The client argued against the launch.",
        "Meanwhile the backlog was growing by two hundred tickets a day.",
    ),
)
def test_a_dispute_or_a_problem_still_growing_leaves_the_result_missing(ending: str) -> None:
    assert "result" in analysed(SCENE, TASK, STEP_1, STEP_2, ending).star.missing


def test_a_measured_change_that_is_done_is_still_an_outcome() -> None:
    star = analysed(SCENE, TASK, STEP_1, STEP_2, "Complaints fell by half in a month.").star
    assert "result" not in star.missing
