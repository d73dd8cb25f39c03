"""STAR labels, round 35 (issue 9, star35): opening lines that only point at the story or say
how I see it as I speak ("Sure, I'll walk through the one I remember best.", "Oh, this one's
fun.") are no part of it; a step named by an ordinal frame ("My second step was translating
...", "The last piece was a monitor ...") is an action wherever it sits."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    "opener",
    [
        "Hmm, I have one from my second year.",
        "Sure, let me walk you through one from my time in retail.",
        "Okay, I'll go with the one I know best.",
        "Right, here's the one my old team still jokes about.",
        "Yes, I've got a good one, honestly.",
        "Okay, let me pick the one with the clearest ending.",
        "Um, give me a moment, I want to choose a good one.",
        "Oh, this one's painful to tell.",
        "Sure, it's a short one.",
        "Sure, the story that comes to mind first is a slightly awkward one.",
        "Okay, this one happened on a Tuesday morning.",
        "This one was pretty painful, so I'll keep it brief.",
        "Okay, this one is about labelling rather than modelling.",
    ],
)
def test_an_opener_that_points_at_the_story_as_i_see_it_now_is_other(opener: str) -> None:
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "opening",
    [
        # the teller's choosing, now, with the story as its object
        "Let me pick the one where our pricing model crashed on launch day.",
    ],
)
def test_an_opener_that_picks_the_story_frames_it_r53(opening: str) -> None:
    # (star53: turned round; round 52's convention, the main clause is the teller's pick of the
    # story; heldout_star35 labels "Okay, let me pick the one where I was most wrong about the
    # timeline." other)
    assert star_labels(opening, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "opening",
    [
        "Sure, this was the night our search index was wiped.",
        "This one is a forecasting model I built for a retailer.",
        "This one is about the night our pricing job deleted half the catalogue.",
        "Sure, this was at a small ad-tech startup.",
    ],
)
def test_an_opener_whose_main_clause_is_the_story_frames_it_r52(opening: str) -> None:
    # (star52: turned round; dev_blind44-46's convention, the sets relabelled to it): "this was / this one is ..." is about the story, whatever it names
    assert star_labels(opening, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "step",
    [
        "My second step was turning the error rates into money, which meant the cost per saved customer.",
        "The final piece was a weekly chart of the override rate, so any drift would show up within days.",
        "The last touch was one plain sentence in every alert, saying how far the number was from normal.",
        "My pitch to the head of sales was a two-page plan that replaced the spreadsheet within a month.",
    ],
)
def test_a_step_named_in_an_ordinal_frame_is_an_action(step: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)[3] == "action"


def test_a_story_ending_on_a_step_named_as_mine_keeps_it_an_action() -> None:
    # no outcome is told: the last sentence is my last step, not what came of the steps
    last = "My last step was writing a short runbook and getting their manager to name an owner."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, last)[-1] == "action"


@pytest.mark.parametrize(
    "scene",
    [
        "The plan on the table was a large neural network on the full order history.",
        "The missing piece was a clean set of labels for the rare classes.",
    ],
)
def test_a_plan_or_part_not_named_as_my_step_stays_the_scene(scene: str) -> None:
    assert star_labels(SCENE, scene, TASK, STEP_1, STEP_2, OUTCOME)[1] != "action"


@pytest.mark.parametrize(
    "opening",
    [
        "I built a sales forecast for a chain of pharmacies that had an error of about 9 percent.",
        "A while back I retrained our spam filter with class weights to catch more phishing.",
        "I shipped a new ranking model on a Thursday, and by Monday support had 300 complaints.",
    ],
)
def test_after_an_opener_the_next_sentence_is_the_opening_line(opening: str) -> None:
    # the story starts after the remark: what its first line says I did is the scene
    opener = "Sure, I have a good one for that."
    labels = star_labels(opener, opening, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels[:2] == ["other", "situation"]


@pytest.mark.parametrize(
    "closer",
    [
        "I can go into how we tuned the thresholds too, if that's useful.",
        "Happy to dig into the labelling side if you'd like.",
        "So yeah, that's the project I'd point to.",
        "Anyway, that's the mistake I still think about.",
        "That's probably my best example of turning a paper into something we actually use.",
    ],
)
def test_an_offer_to_say_more_or_a_closer_naming_the_story_is_other(closer: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, closer)[-1] == "other"


def test_an_offer_to_others_in_the_story_stays_part_of_it() -> None:
    # no wish of the listener's: what I offered the team is a step of the story
    step = "I said I could walk the analysts through the new dashboard if they wanted."
    assert star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)[3] != "other"


@pytest.mark.parametrize(
    "task",
    [
        "Once I saw the error rates climbing, my priority was to stop the bad scores from shipping.",
        "When the audit came back, our job was to fix the consent records within a week.",
    ],
)
def test_a_goal_told_after_a_clause_of_time_is_the_task(task: str) -> None:
    assert star_labels(SCENE, task, STEP_1, STEP_2, OUTCOME)[1] == "task"


def test_an_opening_line_with_a_change_in_a_relative_clause_is_the_scene() -> None:
    opening = "We built a churn model for a telecom client that improved recall by about 8 percent."
    assert star_labels(opening, TASK, STEP_1, STEP_2, OUTCOME)[0] == "situation"


def test_a_change_after_a_time_clause_of_ours_before_the_task_is_the_scene() -> None:
    setback = (
        "Once we rolled it out to a fifth of users, sign-ups fell by 4 percent and stayed down."
    )
    assert star_labels(SCENE, setback, TASK, STEP_1, STEP_2, OUTCOME)[1] == "situation"


def test_a_story_opening_with_its_result_keeps_it() -> None:
    # the change is the main clause's, said of the project: a result told first
    first = "The project I'm proudest of cut our checkout errors from nine percent to two."
    assert star_labels(first, SCENE, TASK, STEP_1, STEP_2)[0] == "result"


@pytest.mark.parametrize(
    "outcome",
    [
        "The queue went back to normal by noon, and the loss was limited to a day of refunds.",
        "Scores were back to normal that evening, and the damage was contained to one region.",
    ],
)
def test_a_level_back_to_normal_and_harm_limited_is_the_outcome(outcome: str) -> None:
    later = "The new check has caught two bad loads since then."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome, later)[4] == "result"


@pytest.mark.parametrize(
    "task",
    [
        "I had twenty minutes at their board meeting to explain why the forecast had missed.",
        "I had built the pipeline, so fixing the outage was mine.",
        "It was my service, so I was the one who had to bring it back before the morning rush.",
    ],
)
def test_a_duty_or_the_time_given_said_after_a_clause_is_the_task(task: str) -> None:
    assert star_labels(SCENE, task, STEP_1, STEP_2, OUTCOME)[1] == "task"


def test_a_judgement_of_what_mattered_most_told_after_the_steps_is_the_result() -> None:
    judged = "Honestly, the pairing was the best thing I did, because it changed her reviews."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, judged)[-1] == "result"


@pytest.mark.parametrize(
    "outcome",
    [
        "After the switch, we had no missed deliveries for the rest of the quarter.",
        "After the rewrite, we built features in a week, and we had no skew bugs for the rest of the year.",
    ],
)
def test_no_incidents_for_the_rest_of_the_year_is_the_outcome(outcome: str) -> None:
    lesson = "I learned to count the hours lost before arguing for a rewrite."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome, lesson)[4] == "result"


def test_a_how_sentence_that_goes_on_to_tell_a_step_is_part_of_the_story() -> None:
    step = (
        "That's how I found that returns spiked after every holiday sale, which no feature"
        " captured, so I worked with the warehouse team to start logging return reasons."
    )
    labels = star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)
    assert labels[3] == "action"
    assert (
        star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, "So that is how I handled it.")[-1]
        == "other"
    )
