"""STAR labels of round 58 (issue 9, star58): what came of the steps told with no cue word
(someone's hedged reaction, a later point opened by "but", a passive that says how far the work
had got), a step that goes on after a comma (", which I fixed ..."), one more part of the work
named as "another change", habits told in answer to a practice question, and a story told in
the present whose result is read in the past before it is called missing."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_between import measured_outcome
from simulator.core.scoring.star_grammar import later_marker
from simulator.core.scoring.star_habits import habit_of_mine
from simulator.core.scoring.star_labels import my_act_goes_on
from simulator.core.scoring.star_lessons import lesson_named
from simulator.core.scoring.star_predicates import (
    act_statement,
    delivered_against_plan,
    done_by_then,
    none_since,
    span_against_plan,
)
from simulator.core.scoring.star_reactions import reaction_told
from simulator.core.scoring.star_tense import text_as_past
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

REPLY = "I showed the head of support the error rate per queue and asked for one more month."


@pytest.mark.parametrize(
    "reaction",
    [
        "He was kind of annoyed at first, not gonna lie.",
        "She was totally fine with it.",
        "He was honestly pretty frustrated for a day or two.",
    ],
)
def test_a_hedged_reaction_after_my_steps_is_the_result_r58(reaction: str) -> None:
    assert reaction_told(words(reaction))
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, REPLY, reaction, OUTCOME)
    assert labels[5] == "result"


def test_a_later_point_opened_by_but_is_the_result_r58() -> None:
    later = "But a couple of weeks later she came back and asked for the same report every month."
    assert later_marker(words(later))
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, REPLY, later)
    assert labels[5] == "result"


@pytest.mark.parametrize(
    "done",
    [
        "All twelve dashboards were moved to the new service, and nobody noticed the switch.",
        "The new router was preferred in 64 percent of the side-by-side reviews.",
        "All ninety queues were covered after six weeks.",
    ],
)
def test_a_passive_that_says_how_far_the_work_got_is_the_result_r58(done: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, done, OUTCOME)
    assert labels[4] == "result"


@pytest.mark.parametrize(
    "step",
    [
        "The router was tested in two regions for three weeks.",
        "The model was launched to half of the agents after two weeks of shadow traffic.",
        "All technical terms were removed from the slides.",
    ],
)
def test_a_passive_step_with_its_own_span_tells_no_progress_r58(step: str) -> None:
    assert not done_by_then(words(step))


def test_a_step_going_on_after_a_comma_is_mine_r58() -> None:
    fixed = "The support leads found three wrong mappings, which I fixed before the switch."
    story = analysed(SCENE, TASK, STEP_1, STEP_2, fixed)
    assert [s.label for s in story.star.segments][4] == "action"
    assert "result" in story.star.missing


def test_a_step_going_on_after_a_comma_keeps_a_told_result_r58() -> None:
    fixed = "The support leads found three wrong mappings, which I fixed before the switch."
    story = analysed(SCENE, TASK, STEP_1, fixed, STEP_2, OUTCOME)
    assert "result" not in story.star.missing


def test_another_change_names_one_more_step_r58() -> None:
    assert act_statement(words("Another change was a cap of two active projects per person."))
    labels = star_labels(
        SCENE, TASK, STEP_1, "Another change was a weekly review of misrouted tickets.", OUTCOME
    )
    assert labels[3] == "action"


@pytest.mark.parametrize(
    "habit",
    [
        "Mostly, I stay current through a journal club I started on my team, where we present "
        "one paper every two weeks.",
        "I also try to apply at least one new idea a quarter rather than just reading about it.",
    ],
)
def test_a_habit_told_to_a_practice_question_is_a_step_r58(habit: str) -> None:
    assert habit_of_mine(words(habit))
    labels = star_labels(habit, SCENE, TASK, STEP_1, STEP_2, OUTCOME, asks_practice=True)
    assert labels[0] == "action"


def test_a_span_is_no_habit_r58() -> None:
    assert not habit_of_mine(words("I stay late for a week."))


PRESENT_STORY = (
    "It's my first month at a travel site, and the search ranker is a notebook nobody runs.",
    "My job is to put it in production within six weeks.",
    "I start by rewriting the features as a tested package.",
    "I set up a nightly job and a shadow comparison.",
    "Next, I route ten percent of the traffic to it.",
    "After two weeks the new ranker lifts bookings by 3 percent.",
    "We roll it out to everyone, and the old ranker becomes the fallback.",
)


def test_a_present_tense_result_is_not_called_missing_r58() -> None:
    story = analysed(*PRESENT_STORY)
    assert [s.label for s in story.star.segments][-2:] == ["result", "result"]
    assert "result" not in story.star.missing


def test_text_as_past_keeps_the_punctuation_r58() -> None:
    assert text_as_past("We roll it out, and it becomes the default.") == (
        "We rolled it out, and it became the default."
    )


def test_nothing_since_told_as_we_is_the_result_r58() -> None:
    assert none_since(words("We also haven't had a routing outage since."))
    we_story = (
        "Our support team used a model to route tickets, and it failed every few weeks.",
        "We were responsible for the router that quarter.",
        "We pulled a month of failed runs and read the logs.",
        "We added a check that stops the job when a queue is empty.",
        "We also haven't had a routing outage since.",
    )
    assert star_labels(*we_story)[-1] == "result"


@pytest.mark.parametrize(
    "change",
    [
        "Accuracy dropped by only half a point.",
        "That alone got the misrouting rate down to about 6 percent.",
    ],
)
def test_a_measured_change_between_steps_is_what_the_step_did_r58(change: str) -> None:
    tried = "I tried the smaller model on the validation month that same afternoon."
    nxt = "So I ran a latency test on the cheaper machines as well."
    labels = star_labels(SCENE, TASK, tried, change, nxt, OUTCOME)
    assert labels[3] == "result"


def test_a_source_found_between_steps_stays_a_finding_r58() -> None:
    assert not measured_outcome(
        words("Ninety percent of the misroutes came from two queues."),
        "Ninety percent of the misroutes came from two queues.",
    )


def test_a_note_out_before_its_end_date_is_delivered_r58() -> None:
    assert delivered_against_plan(words("Router v2 out three days before quarter end."))
    assert not delivered_against_plan(words("Router v2 out for review."))


@pytest.mark.parametrize(
    "closer",
    [
        "Anyway, I think that's a fair example of what you were asking about.",
        "Probably more detail than you wanted, sorry.",
    ],
)
def test_a_closing_remark_to_the_listener_is_other_r58(closer: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, closer)[-1] == "other"


def test_a_reading_after_a_comma_is_no_step_r58() -> None:
    assert not my_act_goes_on("The pages stopped after a week, which I took as a good sign.")
    assert my_act_goes_on("They found four errors, which I fixed before the launch.")


def test_a_lesson_shown_told_late_is_the_result_r58() -> None:
    lesson = (
        "It also showed me that most urgent requests stop being urgent once they cost something."
    )
    assert lesson_named(words(lesson))
    assert not lesson_named(words("That showed me that the pilot had worked."))
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, lesson)[-1] == "result"


def test_a_span_set_against_the_plan_is_the_result_r58() -> None:
    took = "Training took six hours on one machine instead of the cluster job we had budgeted for."
    assert span_against_plan(words(took))
    assert not span_against_plan(words("I asked what he wanted rather than handing him a plan."))
    tried = "I set up an evaluation with two support agents as raters."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, tried, took, OUTCOME)[5] == "result"
