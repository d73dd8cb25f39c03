"""STAR labels of round 63 (issue 9, star63): spoken remarks that frame a story, read by their
form (star_spoken.py)."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_gaps import cause_named, state_noted
from simulator.core.scoring.star_spoken import hesitant_opener, liked_among_mine, spoken_wrap_up
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
    "opener",
    [
        # a spoken lead, then the question's topic alone
        "Oh man, yeah, deadlines.",
        "Hmm, okay, so, ambiguous, yeah.",
        # ... or the story pointed at as an item
        "Okay, so, conflict, yeah, I've got a good one.",
        "Uh, yeah, I definitely have one of these.",
        "Yeah, so, failure, um, I've definitely had those.",
        "Hmm, yes, I pushed back on a product manager once, quite firmly.",
        "Okay, so, the big one for me was, um, a fraud-model incident.",
        "Okay, um, so a real example.",
        # ... or how often such stories come
        "Yeah, so, deadlines, um, happen a lot in my job.",
    ],
)
def test_a_spoken_opener_that_tells_no_scene_is_other_r63(opener: str) -> None:
    labels = star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels[0] == "other" and labels[1] == "situation", labels


@pytest.mark.parametrize(
    "opening",
    [
        # the scene told after a spoken lead: an event, no item pointed at
        "Okay, so, last year a new graduate joined my team, and she had never shipped code.",
        "Um, so, one time our fraud model blocked every card payment for an hour.",
        # "once" opening a clause of its own
        "Um, so, once the model shipped, the support queue doubled overnight.",
        # a number gives the scene
        "Yeah, so, we had 3 days to retrain the model.",
    ],
)
def test_a_spoken_lead_before_the_scene_keeps_it_the_scene_r63(opening: str) -> None:
    assert not hesitant_opener(opening, words(opening))
    labels = star_labels(opening, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels[0] == "situation", labels


@pytest.mark.parametrize(
    "closer",
    [
        "So yeah, that one still makes me smile.",
        "So yeah, I became the GPU police for a while.",
        "So, yeah, it worked out, which was a relief.",
        "It's still one of my favourite hacks.",
        "It's probably my favourite example of a paper I actually got to use.",
    ],
)
def test_a_spoken_wrap_up_after_the_outcome_is_other_r63(closer: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, closer)
    assert labels[-1] == "other" and labels[-2] == "result", labels


@pytest.mark.parametrize(
    "sentence",
    [
        # a number in it: an outcome, however it opens
        "So yeah, misrouted tickets fell to 4 percent.",
        # "yeah" with no "so": no wrap-up
        "Yeah, the team kept the rule after that.",
        # a favourite told of something else, with a verb of the story before it
        "The client said it was my favourite kind of report.",
        "We shipped my favourite feature a week early.",
    ],
)
def test_what_is_no_spoken_wrap_up_r63(sentence: str) -> None:
    ws = words(sentence)
    assert not spoken_wrap_up(sentence, ws) and not liked_among_mine(ws)


@pytest.mark.parametrize(
    "opening",
    [
        "So, uh, the short version is we spent nine months on a voice model and then turned it off.",
        "End result: the team standardized on one framework, and nobody left unhappy.",
        "Outcome first: project rescoped, sponsor still on board, model live six months later.",
        "So the outcome first: for six hours our widget showed the same ten products to everyone.",
    ],
)
def test_the_end_announced_first_is_the_result_r63(opening: str) -> None:
    labels = star_labels(opening, SCENE, TASK, STEP_1, STEP_2)
    assert labels[0] == "result", labels


def test_the_end_announced_after_an_opener_is_the_result_r63() -> None:
    opener = "Right, so, um, this is the one where I learned the most, I think."
    end = "The short version is that the summariser now handles every support ticket we get."
    back = "But it started as a hackathon notebook that called a hosted language model."
    labels = star_labels(opener, end, back, TASK, STEP_1, STEP_2)
    assert labels[:2] == ["other", "result"], labels


def test_someone_elses_later_act_is_what_came_of_the_steps_r63() -> None:
    later = "The data protection officer later used our routing checks for two other projects."
    lesson = "What I learned is to write the checks down before the first model."
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, later, lesson)
    assert labels[-2] == "result", labels


def test_someone_elses_act_placed_by_then_stays_a_step_r63() -> None:
    then = "Two of the agents then tried the new routing screen for a week."
    labels = star_labels(SCENE, TASK, STEP_1, then, STEP_2, OUTCOME)
    assert labels[3] == "action", labels


def test_a_question_someone_put_is_the_scene_not_the_outcome_r63() -> None:
    steps = (
        "I split the data randomly by record and reported an AUC of 91.",
        "Two weeks later a statistician asked whether the same patients appeared in both sets.",
        "I went straight to the clinical lead and explained the mistake.",
        "I then added patient-level splitting to our shared evaluation code.",
    )
    story = analysed(
        "Early in my career I built a model to predict hospital readmissions.", TASK, *steps
    )
    labels = [s.label for s in story.star.segments]
    assert labels[3] == "situation", labels
    assert "result" in story.star.missing  # the story never says what came of the steps


def test_work_handed_over_on_a_counted_day_is_the_outcome_r63() -> None:
    deadline = "A regulator asked our bank to explain the credit model's decisions within ten days."
    steps = (
        "I cut the scope to exactly what they asked for.",
        "I reused our existing SHAP pipeline instead of building anything new.",
        "I asked a colleague to recompute the five example decisions.",
    )
    handed = "We submitted on day eight."
    labels = star_labels(
        deadline, TASK, *steps, handed, "The regulator had no follow-up questions."
    )
    assert labels[5] == "result", labels


def test_a_diary_of_the_steps_by_the_day_is_no_delivery_r63() -> None:
    from simulator.core.scoring.star_predicates import delivered_against_plan

    assert delivered_against_plan(words("We submitted on day eight."))
    assert not delivered_against_plan(words("Shipped to staging on day seven."))


@pytest.mark.parametrize(
    ("clause", "state"),
    [
        ("Retrains back on schedule by the next sprint.", True),
        ("Dashboard live the week after.", True),
        ("Second launch: complaints back to baseline.", True),
        # a verb, a time, a particle, a place: no state noted
        ("The retrains were back on schedule.", False),
        ("Data back then was poor.", False),
        ("Every request fell back to the default features.", False),
        ("In the live test, orders fell.", False),
    ],
)
def test_a_state_noted_without_its_verb_r63(clause: str, state: bool) -> None:
    assert state_noted(clause) is state


def test_a_story_ending_on_a_noted_state_tells_its_result_r63() -> None:
    story = analysed(
        SCENE,
        TASK,
        STEP_1,
        STEP_2,
        "Routing back on schedule by the next sprint.",
        "Lesson: difficult behaviour often has a cause outside the person.",
    )
    assert "result" not in story.star.missing, story.star.hollow


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("Main cause: annotators didn't trust the pre-labels and re-checked every box.", True),
        ("Root cause found: historical clicks reflected old notification timing.", True),
        ("The reason was that the offline test used a random split.", True),
        ("The causes of churn fell by half after the change.", False),
        ("Reasonable people disagreed about the threshold.", False),
    ],
)
def test_a_cause_named_r63(sentence: str, named: bool) -> None:
    assert cause_named(sentence) is named


def test_a_story_ending_on_the_cause_it_found_has_no_result_r63() -> None:
    story = analysed(
        "Autonomous driving startup, perception data team.",
        "My goal: auto-label lidar point clouds to cut annotation costs by half.",
        "Built an auto-labeller from our best detector plus tracking across frames.",
        "Pilot on 5,000 frames, with human annotators correcting the auto-labels.",
        "Post-mortem run by me with the annotation leads.",
        "Main cause: annotators didn't trust the pre-labels and re-checked every box.",
    )
    assert "result" in story.star.missing, [s.label for s in story.star.segments]
