"""STAR labels, round 47 (issue 9, star47): lines in which the teller speaks of the telling, not
of the story (star_telling.py), which fresh stories hold far more often than the earlier sets."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_reactions import reaction_told
from simulator.core.scoring.star_telling import (
    story_summed_up,
    teller_has_one,
    telling_moved,
    telling_opener,
)
from simulator.core.scoring.text import tokenize
from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


def _words(sentence: str) -> list[str]:
    tokens = tokenize(sentence)
    return list(tokens.words)


@pytest.mark.parametrize(
    "opening",
    (
        "I would like to describe a migration from my time at an insurance company.",
        "Okay, I will tell you about one project from my first job, it was a bank.",
        "I can describe how I took over a pricing model while I was at a travel site.",
        "So, um, this one's from when I was at a grocery delivery company.",
        "This one comes from when I moved from consulting into healthcare.",
        "This is from a shipping company, on the customs side.",
        "The example I would give comes from a payments startup where I ran the risk models.",
        "The story I'd pick concerns a forecasting service at a utility.",
    ),
)
def test_the_teller_naming_what_they_will_tell_is_other(opening: str) -> None:
    assert telling_opener(_words(opening))
    assert star_labels(opening, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "opening",
    (
        # the scene told in the past, a fact passed on, a story pointed at by its own events
        "So this was at a payments company, two years ago, on a Friday evening.",
        "I can tell you that our fraud model blocked every payment that night.",
        "I'll tell you about the week our search index returned nothing.",
        "This one's from when our fraud model blocked every card payment on Black Friday.",
        "The example that comes to mind is a churn model I built for a telecom client.",
        "I described the problem to my manager on the first morning.",
    ),
)
def test_a_line_of_the_story_is_no_telling(opening: str) -> None:
    assert not telling_opener(_words(opening))


@pytest.mark.parametrize(
    "line",
    ("But let me back up.", "Let me back up and explain how it came about.", "Here's how it went."),
)
def test_a_line_that_only_moves_the_telling_is_other(line: str) -> None:
    assert telling_moved(_words(line))
    labels = star_labels(OUTCOME, line, SCENE, TASK, STEP_1, STEP_2)
    assert labels[1] == "other", labels


@pytest.mark.parametrize(
    "line",
    (
        "Let me go back a bit: the widget had sat on the page for two years.",
        "Here's how we cut the wait by half.",
        "Let me explain the model to the sales team, I said to my manager.",
    ),
)
def test_a_move_with_the_story_in_it_is_no_aside(line: str) -> None:
    assert not telling_moved(_words(line))


@pytest.mark.parametrize(
    "closer",
    (
        "So that's one I'm quite proud of.",
        "That is the example I would give for this question.",
        "And that concludes the example.",
        "I consider it one of the better things I have built there.",
        "I would regard it as a good example of testing before arguing.",
        "Anyway, that's that one.",
        "That's kind of how I work.",
        "That's probably the hardest call I've made.",
    ),
)
def test_the_teller_summing_up_the_story_is_other(closer: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, closer)
    assert labels[-1] == "other", labels


@pytest.mark.parametrize(
    "closer",
    (
        "That's the approach we still use for every release.",
        "It is the thing I point to when someone asks what I can do alone.",
        "That's the model that cut our refunds by a third.",
        "That was the week the refunds stopped.",
    ),
)
def test_an_outcome_said_of_the_story_is_no_summing_up(closer: str) -> None:
    assert not story_summed_up(_words(closer))


@pytest.mark.parametrize(
    "demand",
    (
        "Compliance asks us to cut the review queue in half without adding reviewers.",
        "Operations needed the forecast live in all twelve depots by the end of March.",
        "Needed a working prototype for the board demo by Thursday.",
        "My director wanted the comparison ready for the budget review, so I had two weeks.",
        "My lead give me the responsibility to bring the latency down.",
        "The head of risk requested that the old rules stay switched on until the audit.",
    ),
)
def test_a_demand_on_the_work_before_the_steps_is_the_task(demand: str) -> None:
    labels = star_labels(SCENE, demand, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "task", labels


@pytest.mark.parametrize(
    "scene",
    (
        "My pull requests waited five days on average for a review.",
        "The plant needed the model to catch nearly every defect, and defects were rare.",
        "The sales team wanted three new dashboards that quarter.",
        "The model needed six hours to retrain every night.",
    ),
)
def test_a_state_or_a_wish_without_a_date_stays_the_scene(scene: str) -> None:
    labels = star_labels(SCENE, scene, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "situation", labels


@pytest.mark.parametrize(
    "answer",
    (
        "He isn't happy about it, but he says yes.",
        "Finance was relieved, because the old plan would have cost them a quarter.",
        "My manager is sceptical at first, but she adopts it for the whole team.",
        "Later she told me she was glad I had raised it with her first.",
    ),
)
def test_someones_answer_to_my_steps_is_an_outcome(answer: str) -> None:
    assert reaction_told(_words(answer))
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, answer)
    assert labels[-1] == "result", labels


@pytest.mark.parametrize(
    "step",
    (
        "So we agree that he will post his blockers in the channel every morning.",
        "I took the plan to my manager and proposed a delay, which she approved.",
        "Each label was kept only if three annotators agreed on it.",
        "She was not convinced by the first chart.",
    ),
)
def test_my_step_a_condition_or_a_doubt_is_no_answer(step: str) -> None:
    assert not reaction_told(_words(step))


@pytest.mark.parametrize(
    "scene",
    (
        "Each release needed three days of manual checks, and the checklist had grown to forty items.",
        "Every launch needed a data scientist to hand-run about fifteen notebooks.",
        "The project needed product, design, legal and the warehouse team, and each wanted something else.",
    ),
)
def test_a_need_said_of_a_thing_stays_the_scene_r48(scene: str) -> None:
    """Seen in benchmarks/scoring_quality.py --tuned (the stories without their task): star47's
    demand_told read a release's, a launch's or a project's need as someone's demand, the task."""
    labels = star_labels(SCENE, scene, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "situation", labels


@pytest.mark.parametrize(
    "opening",
    (
        "Oh, um, yeah, I have a good one, from when I moved to a bank.",
        "Um, yeah, so I've got a pretty good one for this, from a company I was at.",
        "Okay, sure, I've got a classic one for this, honestly.",
    ),
)
def test_the_teller_saying_they_have_one_is_other_r48(opening: str) -> None:
    """dev_blind46 (r46-prioritize-workload-startup-demo, r46-learn-new-domain-contract-clauses):
    an opener in which the teller only says they have a story was read as the scene."""
    assert teller_has_one(opening)
    assert star_labels(opening, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "opening",
    (
        "I have one where our fraud model blocked every payment for a day.",
        "I've got a team of five engineers working on ranking.",
        "So I have a story from when our model crashed.",
    ),
)
def test_the_teller_having_one_with_an_event_is_not_only_the_telling_r48(opening: str) -> None:
    assert not teller_has_one(opening)
