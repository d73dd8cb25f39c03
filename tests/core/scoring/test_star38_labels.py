"""STAR labels, round 38 (issue 9, star38): told after the story's events, how it felt or what
it was worth to me, in words of appraisal only ("It was a pretty nerve-wracking morning,
honestly.", "Not fun, but doable."), is no outcome of it; a closer naming the story as the
incident or the problem, or "more or less" the story, only ends the telling; a terse step told
without its subject ("Cut the report to six sections, reused last year's tables, ...") is mine."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_labels import subject_dropped
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    "remark",
    [
        "It was a pretty nerve-wracking morning, honestly.",
        "Not fun, but doable.",
        "I felt terrible about it for a week.",
        "That was quite an eye-opener for me.",
        "Watching him present that demo was the best part of my year.",
        "That was a long Monday.",
        "Anyway, that's the incident I remember best.",
        "That's more or less the whole story.",
        "Yeah, so that was that.",
        "It was a bit awkward at first, I won't lie.",
    ],
)
def test_an_appraisal_or_a_closer_after_the_outcome_is_other(remark: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, remark)
    assert labels[-1] == "other"
    assert labels[-2] == "result"


@pytest.mark.parametrize(
    "outcome",
    [
        # a thing of the story judged, an appraisal with a number or an outcome word in it
        "The launch was a great success with every store.",
        "It was a good week: complaints fell to 2 percent.",
        "It was a great result, and the team adopted it for every region.",
        "That's the problem we fixed for good.",
    ],
)
def test_an_outcome_in_words_of_appraisal_stays_a_result(outcome: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"


def test_a_terse_step_without_its_subject_is_an_action() -> None:
    terse = (
        "Cut the report to the six sections the regulator listed, reused last year's "
        "validation tables, and asked a second reviewer to check in parallel rather than after me."
    )
    assert star_labels(SCENE, TASK, STEP_1, terse, OUTCOME)[-2] == "action"


@pytest.mark.parametrize(
    ("sentence", "dropped"),
    [
        ("Rewrote most of the queries, then reran the jobs.", True),
        ("Cut the report to the six sections the regulator listed.", True),
        ("Missed alerts went to zero in the next quarter.", False),
        ("Personalised results were back before the weekend.", False),
        ("Let me give you one from my last job.", False),
        ("Used to be a manual process.", False),
        ("Asked by my manager, I rebuilt the pipeline.", False),
    ],
)
def test_subject_dropped(sentence: str, dropped: bool) -> None:
    assert subject_dropped(words(sentence), sentence) is dropped


@pytest.mark.parametrize(
    "opener",
    [
        "Mm, okay, the best one is probably from my second year.",
        "This one's a bit sensitive, but I'm happy to share it.",
        "Oh, I really like this question, actually.",
    ],
)
def test_an_opening_line_of_pointing_words_only_is_other(opener: str) -> None:
    labels = star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels[0] == "other"
    assert labels[1] == "situation"


@pytest.mark.parametrize(
    "scene",
    [
        # a place, a thing or an event of the story named by a main clause about the story
        "Sure, this was at a small ad-tech startup.",
        "The best example is the churn model I built at my last job.",
        "This one is about a fraud model that broke on a Friday.",
    ],
)
def test_an_opening_line_naming_the_story_frames_it_r52(scene: str) -> None:
    # (star52: turned round; dev_blind44-46's convention, the sets relabelled to it)
    assert star_labels(scene, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize(
    "task",
    [
        "The ask from the general counsel was a tool her lawyers would actually trust.",
        "Ask from the head of support: a deep learning classifier to route them.",
        "The brief was short: a forecast the planners could use by June.",
        "How to handle that was up to me, since I was the only data scientist.",
        "And my lead was like, can you just own this, so I kind of became the owner of it.",
    ],
)
def test_what_was_asked_named_and_then_said_is_the_task(task: str) -> None:
    assert star_labels(SCENE, task, STEP_1, STEP_2, OUTCOME)[1] == "task"


def test_a_request_named_with_its_fate_is_no_task() -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, "The request from sales was approved.")
    assert labels[-1] == "result"
