"""STAR labeller, round 21: steps and states the labeller misread (my act on a number of things,
a state I lacked, a promise that fell short, a passive act with a purpose, work taken on, a
plural "they" taking it up) and a story that ends on one more step (its result is missing)."""

from __future__ import annotations

import pytest

from simulator.core.scoring.results import StarResult
from simulator.core.scoring.star_gaps import hollow_parts
from simulator.core.scoring.star_labels import LATE, Reasons
from tests.core.scoring.star_stories import analysed, star_labels

SITUATION = (
    "At a logistics startup, our route planner produced late deliveries for rural customers."
)
TASK = "I was asked to fix it before the holiday peak."
STEP = "I compared the planned routes with the driven ones for two weeks."
RESULT = "Late deliveries fell from twelve percent to four percent within two months."


def _star(*sentences: str) -> StarResult:
    return analysed(*sentences).star


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # a passive act with a purpose: someone meant it
        (
            "A review screen was built so that the dispatchers could accept or reject each route.",
            "action",
        ),
        # work taken on, its object between the verb and its particle
        ("It was not my service, but the late parcels were my customers, so I took it on.", "task"),
        # "my own part" is my part
        ("My own part was the distance model and getting the drivers to trust it.", "task"),
    ],
)
def test_pattern_in_the_middle_of_a_story(sentence: str, label: str) -> None:
    assert star_labels(SITUATION, TASK, sentence, STEP, RESULT)[2] == label


@pytest.mark.parametrize(
    "sentence",
    [
        # a state I lacked is how things stood, not an act of mine
        "I did not know the routing code, and its author had left the company.",
        # a promise and how it fell short, before any step: the problem, not a result
        "The new planner beat the old one by six points in testing, but after launch the retention of drivers it promised never came.",
    ],
)
def test_background_before_the_task_is_the_situation(sentence: str) -> None:
    star = _star(SITUATION, sentence, TASK, STEP, RESULT)
    assert [s.label for s in star.segments][1] == "situation"
    assert "result" not in [s.label for s in star.segments[:2]]


def test_a_promise_that_fell_short_opening_the_story_is_its_situation() -> None:
    star = _star(
        "Our new churn model beat the old one by six points offline, but after launch the retention offers it drove did no better than random ones.",
        "I owned the model, so it was up to me to find out why.",
        STEP,
        RESULT,
    )
    assert star.segments[0].label == "situation"
    assert "situation" not in star.missing


def test_my_act_on_a_number_of_things_is_a_step_not_a_result() -> None:
    """ "... and dropped the ones that never had": the change verb is joined by "and" to a
    verb of mine, so it is my act on three checks, no measured change; a story with no
    result after it reports its result missing."""
    star = _star(
        SITUATION,
        TASK,
        STEP,
        "Rather than skip the checks, I automated the three that had caught real errors and dropped the ones that never had.",
        "On the first evening I told the client which routes were final.",
    )
    assert [s.label for s in star.segments][3] == "action"
    assert "result" in star.missing


def test_people_in_the_plural_taking_it_up_at_the_end_is_an_outcome() -> None:
    labels = star_labels(
        SITUATION,
        TASK,
        STEP,
        "I then rebuilt the distance table from fresh road data.",
        "The depot managers asked me to run the same review every quarter.",
    )
    assert labels[-1] == "result"


def test_a_story_ending_on_one_more_step_has_no_result() -> None:
    """The last sentence is labelled result for coming last, but it is another step of mine
    with nothing that says what came of it: the result is reported missing, with why."""
    step: Reasons = {
        "action": [(2.0, '"I" + past verb')],
        "result": [(1.2, LATE), (0.3, "a number")],
    }
    outcome: Reasons = {"action": [(2.0, '"I" + past verb')], "result": [(1.5, '"shipped"')]}
    labels = ["situation", "task", "action", "result"]
    sentences = ["s", "t", "a", "r"]
    said = [["s"], ["t"], ["i", "ran"], ["i", "ran"]]
    before: list[Reasons] = [{}, {}, {"action": [(2.0, "x")]}]
    hollow = hollow_parts(labels, sentences, said, [*before, step])
    assert "never says what came of it" in hollow["result"]
    # a done cue of mine is the outcome when the line says how it went ("a week early"); "I
    # shipped it" alone is one more step (star56)
    shipped = [*said[:3], ["i", "shipped", "it", "a", "week", "early"]]
    assert "result" not in hollow_parts(labels, sentences, shipped, [*before, outcome])


def test_an_opening_request_and_no_task_after_it_is_the_task() -> None:
    """ "My manager asked me to mentor her ..." opening a story that never says its task
    again is the task: the story has no situation, and says so."""
    star = _star(
        "My manager asked me to help a new graduate become independent within a quarter.",
        "I paired with her twice a week and let her drive while I only asked questions.",
        "She shipped the cold-start feature on her own by the end of the quarter.",
    )
    assert [s.label for s in star.segments] == ["task", "action", "result"]
    assert "situation" in star.missing
    assert "task" not in star.missing


def test_a_task_said_first_in_a_story_without_a_scene_is_the_task() -> None:
    star = _star(
        "I had to change how I worked without slowing down the feature I was building.",
        "I asked my lead to go through my last three pull requests with me.",
        "My review time fell from six days to one.",
    )
    assert star.segments[0].label == "task"
    assert "situation" in star.missing


def test_a_request_before_my_own_task_is_still_the_scene() -> None:
    star = _star(
        "Our head of finance asked me to forecast next year's cash flow from the pipeline.",
        "My job was to give her a number she could defend in front of the board.",
        "I compared three years of pipeline data with the cash that came in.",
        "The forecast was within four percent, and the board approved the budget.",
    )
    assert [s.label for s in star.segments][:2] == ["situation", "task"]
    assert star.missing == []


def test_a_contrast_with_my_own_decision_in_it_is_no_promise_that_fell_short() -> None:
    star = _star(
        "It was not my team's dashboard, but I decided to fix it before the quarterly review.",
        "I rebuilt its three slowest queries and added a freshness check.",
        "The dashboard loaded in two seconds instead of forty.",
    )
    assert star.segments[0].label == "task"


def test_someone_elses_act_placed_in_the_sequence_is_a_step() -> None:
    labels = star_labels(
        SITUATION,
        TASK,
        "Two of the dispatchers then tried the new screen for a week.",
        STEP,
        RESULT,
    )
    assert labels[2] == "action"


def test_after_that_closing_an_outcome_is_a_time_not_the_next_step() -> None:
    labels = star_labels(
        SITUATION,
        TASK,
        STEP,
        "I then rebuilt the distance table from fresh road data.",
        "Late deliveries were rare after that.",
    )
    assert labels[-1] == "result"


def test_a_story_ending_on_a_passive_step_has_no_result() -> None:
    """ "The new planner was tested in two depots for three weeks." is a step told in the
    passive: a story that stops there never says what came of it."""
    star = _star(
        SITUATION,
        TASK,
        STEP,
        "I rebuilt the distance table from fresh road data.",
        "The new planner was tested in two depots for three weeks.",
    )
    assert "result" in star.missing
    assert "what came of it" in star.hollow["result"]


def test_a_passive_outcome_still_ends_the_story() -> None:
    star = _star(
        SITUATION,
        TASK,
        STEP,
        "The new routes were adopted by all six depots within a month.",
    )
    assert "result" not in star.missing


def test_a_story_opening_on_what_i_needed_of_another_team_has_no_situation() -> None:
    star = _star(
        "I needed the data team to give us a daily export instead of a weekly one.",
        "I sat with their lead and mapped what a daily job would cost them.",
        "They agreed, and the export has run daily since March.",
    )
    assert star.segments[0].label == "task"
    assert "situation" in star.missing


def test_any_request_opening_a_story_with_no_task_after_it_is_the_task() -> None:
    star = _star(
        "The head of support wanted me to find out why routing kept sending billing questions to the tech queue.",
        "I read three hundred misrouted tickets with two agents.",
        "Misrouted tickets fell by half in a month.",
    )
    assert star.segments[0].label == "task"
    assert "situation" in star.missing


def test_a_list_of_my_steps_is_an_action_whatever_outcome_word_one_uses() -> None:
    labels = star_labels(
        SITUATION,
        TASK,
        STEP,
        "I told the depot leads that day, split the rollout, and shipped the rural routes first.",
        RESULT,
    )
    assert labels[3] == "action"
