"""STAR labels, round 27 (issue 9, label27): an outcome told with the gerund of a step already
told as its subject ("Routing tickets automatically reduced ...") is a result; an opening line
that names the story ("The story I'd pick is the router I built ...") is the scene; a sentence
saying in words that the outcome is unknown ("I never found out whether ...") is no result, and
the story reports its result missing; closing remarks ("That's the story.") are other."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import analysed, star_labels

SCENE = "Our support team answered about two thousand tickets a day by hand."
TASK = "I was asked to route tickets automatically."
STEP_1 = "I trained a classifier on a year of labelled tickets."
STEP_2 = "I added a confidence threshold below which tickets went to a person."
OUTCOME = "Misrouted tickets fell to two percent."


@pytest.mark.parametrize(
    "outcome",
    [
        "Routing tickets automatically reduced the first reply time to forty minutes.",
        "Adding the threshold brought misrouted tickets down to two percent.",
        "Lowering the threshold later won the support leads over.",
        "Retraining the classifier every week restored the accuracy we had at launch.",
    ],
)
def test_a_steps_gerund_with_an_outcome_verb_is_the_result(outcome: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"


@pytest.mark.parametrize(
    "outcome",
    [
        "Retraining the classifier every week restored the accuracy we had at launch.",
        "Raising the threshold stopped the complaints from the billing team.",
        "Switching the router on for all queues cut the backlog within a week.",
        "Adding the threshold fixed most of the misrouted billing tickets.",
    ],
)
def test_a_steps_gerund_outcome_told_before_a_later_step_is_a_result(outcome: str) -> None:
    later = "Later I added a weekly report of misrouted tickets for the support leads."
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, outcome, later, "It is still sent.")
    assert labels[4:6] == ["result", "action"]


@pytest.mark.parametrize(
    "step",
    [
        "Reading two hundred tickets showed me that half were about billing.",
        "Training it on a year of tickets took me two weeks.",
    ],
)
def test_a_gerund_step_without_an_outcome_verb_stays_a_step(step: str) -> None:
    assert star_labels(SCENE, TASK, step, STEP_2, OUTCOME)[2] == "action"


@pytest.mark.parametrize(
    "opening",
    [
        "The story I'd pick is the ticket router I built at my last job.",
        "The example that comes to mind is a ticket router I wrote for our support team.",
        "The project I'm proudest of was a ticket router I designed for our support team.",
    ],
)
def test_an_opening_that_names_the_story_frames_it_r52(opening: str) -> None:
    # (star52: turned round; dev_blind44-46's convention, the sets relabelled to it)
    labels = star_labels(opening, SCENE, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels[0] == "other"
    assert labels[3:5] == ["action", "action"]


def test_a_first_step_told_as_the_first_thing_stays_a_step() -> None:
    labels = star_labels(SCENE, "The first thing I did was read two hundred tickets.", TASK)
    assert labels[1] == "action"


@pytest.mark.parametrize(
    "unknown",
    [
        "I never found out whether the router stayed in production.",
        "I don't know whether it is still in use, since I left soon after.",
    ],
)
def test_an_outcome_said_to_be_unknown_is_no_result(unknown: str) -> None:
    result = analysed(SCENE, TASK, STEP_1, STEP_2, unknown)
    assert [s.label for s in result.star.segments][-1] == "other"
    assert "result" in result.star.missing


def test_an_unknown_cause_with_a_told_outcome_stays_a_result() -> None:
    told = "I never found out why it failed before, but misrouted tickets fell to two percent."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, told)[-1] == "result"


@pytest.mark.parametrize(
    "closing",
    ["That's the story.", "That's my example.", "That's about all I can say about it."],
)
def test_a_closing_remark_is_other(closing: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, closing)
    assert labels[-2:] == ["result", "other"]
