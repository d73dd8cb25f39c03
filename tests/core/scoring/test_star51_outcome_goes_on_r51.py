"""STAR labels, round 51 (issue 9, star51): once the outcome has begun, a sentence in which
neither I nor we act, with a result or the end of the story after it, is more of what came of
my steps (star_first_outcome.outcome_goes_on), though a thing done in the past read alone late
in a story is a step's."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import SCENE, STEP_1, STEP_2, TASK, star_labels

FIRST = "Misrouted tickets fell from twelve percent to four percent within a month."
LESSON = "What I took from it is to read the failures before touching the model."


@pytest.mark.parametrize(
    "more",
    (
        # in the passive, late and with no agent
        "The old keyword rules were switched off for good three weeks later, without complaint.",
        "The routing review was later adopted as a standard step for every new queue.",
        # someone else's act
        "Two other support teams also asked for the same setup that spring.",
    ),
)
def test_a_thing_done_after_the_outcome_began_is_more_of_it_r51(more: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, FIRST, more, LESSON)
    assert labels[5] == "result", labels
    # told last, with nothing after it
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, FIRST, more)
    assert labels[5] == "result", labels


@pytest.mark.parametrize(
    "step",
    (
        # my act, or ours, after a first outcome: the story goes on with a step
        "I then wrote the routing rules up for the other teams.",
        "We then moved the last two queues onto it.",
        # a note of my act, its subject dropped, an object after the verb
        "Then sent the misrouting report to every team lead.",
    ),
)
def test_my_step_after_the_outcome_began_is_still_a_step_r51(step: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, FIRST, step, LESSON)
    assert labels[5] == "action", labels
