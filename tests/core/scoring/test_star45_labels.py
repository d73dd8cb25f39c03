"""STAR labels and missing parts, round 45 (issue 9, star45): someone answering my step with a
doubt or an objection ("my manager pushed back") opens an exchange, it tells no outcome, so a
story that ends there still has no result."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, analysed

DISPUTES = (
    "My manager pushed back because the retraining would cost a week.",
    "The product owner objected to the delay.",
    "She was not convinced that the old tickets still mattered.",
    "He got defensive and said nobody had complained before.",
)


@pytest.mark.parametrize("dispute", DISPUTES)
def test_a_story_ending_on_someones_objection_has_no_result(dispute: str) -> None:
    star = analysed(SCENE, TASK, STEP_1, STEP_2, dispute).star
    assert "result" in star.missing, star.segments


@pytest.mark.parametrize(
    "outcome",
    (
        OUTCOME,
        "Nobody objected after that, and the new model has routed every ticket since.",
        "The support lead rejected the new model, and we went back to the rules.",
    ),
)
def test_an_outcome_told_by_someone_else_is_still_a_result(outcome: str) -> None:
    assert "result" not in analysed(SCENE, TASK, STEP_1, STEP_2, outcome).star.missing


@pytest.mark.parametrize(
    "appraisal",
    (
        "Not glamorous, but it worked.",
        "Tedious work, but worth every hour.",
        "Painful.",
        "Obvious in hindsight, like most of these things.",
        "Hard, honestly, mostly because of the photos.",
    ),
)
def test_a_verbless_appraisal_after_the_steps_is_no_part_of_the_story(appraisal: str) -> None:
    # a fresh adjective ("glamorous", "tedious") or a short tail ("but it worked") left such a
    # line the result for its place
    labels = [
        s.label for s in analysed(SCENE, TASK, STEP_1, STEP_2, OUTCOME, appraisal).star.segments
    ]
    assert labels[-1] == "other", labels


@pytest.mark.parametrize(
    ("fragment", "label"),
    (
        ("Precision back to normal by the evening.", "result"),
        ("Great offline numbers, but two hundred tickets a day misrouted.", "situation"),
    ),
)
def test_a_fragment_naming_a_thing_of_the_story_stays_a_part(fragment: str, label: str) -> None:
    story = (
        (SCENE, fragment, TASK, STEP_1, STEP_2)
        if label == "situation"
        else (SCENE, TASK, STEP_1, STEP_2, fragment)
    )
    labels = [s.label for s in analysed(*story).star.segments]
    assert labels[story.index(fragment)] == label, labels


def test_no_result_story_ending_on_an_objection_scores_below_its_full_version() -> None:
    steps = (SCENE, TASK, STEP_1, STEP_2, DISPUTES[0])
    assert analysed(*steps).score < analysed(*steps, OUTCOME).score


@pytest.mark.parametrize(
    "opening",
    (
        "Training our routing model now costs a tenth of what it did.",
        "The support lead still uses the screen I built, two years on.",
        "The second version of our routing model lifted first-time resolution by six points.",
        "We got misrouted tickets down to four percent across every queue.",
    ),
)
def test_the_end_told_first_by_tense_or_by_my_works_change_is_the_result(opening: str) -> None:
    labels = [s.label for s in analysed(opening, SCENE, TASK, STEP_1, STEP_2).star.segments]
    assert labels[0] == "result", labels


@pytest.mark.parametrize(
    "opening",
    (
        "Our routing model's error rate jumped from four to twelve percent after a retrain.",
        "Our support team was still routing tickets by hand last spring.",
        "Our support team still ran a routing model from 2017 that three queues depended on.",
        "A colleague showed that our new form had lifted first-time resolution by six points.",
    ),
)
def test_a_problem_or_a_past_state_at_the_opening_stays_the_scene(opening: str) -> None:
    labels = [s.label for s in analysed(opening, TASK, STEP_1, STEP_2, OUTCOME).star.segments]
    assert labels[0] == "situation", labels


def test_a_habit_kept_since_the_end_is_no_next_step() -> None:
    # "then I" read as a step in order: "Since then" dates a habit from the story's end on
    lesson = "Since then I put a range check on every field that comes from a partner."
    labels = [s.label for s in analysed(SCENE, TASK, STEP_1, STEP_2, OUTCOME, lesson).star.segments]
    assert labels[-1] == "result", labels


@pytest.mark.parametrize(
    "opener",
    (
        "Okay, the one I remember best was on a Saturday.",
        "Right, the one that comes to mind is a migration.",
        "Sure, so the hardest one I've worked on was in speech.",
    ),
)
def test_an_opener_that_only_names_the_story_i_picked_is_no_part_of_it(opener: str) -> None:
    labels = [s.label for s in analysed(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME).star.segments]
    assert labels[:2] == ["other", "situation"], labels


@pytest.mark.parametrize(
    "opening",
    (
        "The one I'm proudest of, the routing model, is one where the queues were chaos, "
        "where nobody trusted the labels.",
    ),
)
def test_a_project_singled_out_or_a_scene_after_the_pick_stays_the_scene(opening: str) -> None:
    labels = [s.label for s in analysed(opening, TASK, STEP_1, STEP_2, OUTCOME).star.segments]
    assert labels[0] == "situation", labels


def test_a_project_singled_out_frames_the_story_r52() -> None:
    # (star52: turned round; dev_blind44-46's convention, the sets relabelled to it)
    opening = "The project I'm proudest of is a routing model for our support team."
    labels = [s.label for s in analysed(opening, TASK, STEP_1, STEP_2, OUTCOME).star.segments]
    assert labels[0] == "other", labels


@pytest.mark.parametrize(
    "outcome",
    (
        "After this the misrouted tickets go down to four percent.",
        "Now the misrouted share goes from twelve percent to four.",
        "Misrouted tickets fall by half in the first month.",
    ),
)
def test_a_measured_change_told_in_the_present_is_a_result_told(outcome: str) -> None:
    # a change known only by its past form left these results hollow ("never says what came
    # of it") and the told result was reported missing
    lesson = "Now I always read the misrouted tickets before I retrain anything."
    star = analysed(SCENE, TASK, STEP_1, STEP_2, outcome, lesson).star
    assert "result" not in star.missing, star.hollow
