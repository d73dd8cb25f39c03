"""STAR labels, round 42 (issue 9, star42): an opener of false starts and a restart ("So I, um,
the first thing, okay, let me start with the setup.") is other; a sentence that trails off in an
ellipsis and goes on in lower case is read whole ("Hmm, let me think... yes, the one with the
hospital."); an opener that places the story in an organisation ("So this happened when I was
at a fintech startup.") is the situation, as the dev sets now label it, while one that only
dates it stays other."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_remarks import dating_opener, restarted_opener
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    "opener",
    [
        "So I, um, the project, okay, let me start from the beginning.",
        "Okay, so I, I, hmm, let me back up a bit.",
        "Yeah, so, the deadline one, right, let me think which one.",
    ],
)
def test_false_starts_then_a_restart_open_no_story(opener: str) -> None:
    labels = star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)
    assert labels == ["other", "situation", "task", "action", "action", "result"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a restart that tells the story's first event, or with no broken-off pieces
        "Let me start with the outage that cost us a week.",
        "So, at my last company, let me start with how the pipeline worked.",
        "So I, um, the project, okay, let me start with the night it crashed.",
    ],
)
def test_a_restart_that_tells_something_is_no_false_start(sentence: str) -> None:
    assert not restarted_opener(sentence, words(sentence))


def test_a_pause_in_an_ellipsis_does_not_cut_a_sentence_in_two() -> None:
    labels = star_labels(
        "Hmm, let me think... yes, the one with the hospital.", SCENE, TASK, STEP_1, OUTCOME
    )
    # the two pieces the ellipsis leaves carry one label, not a remark and a scene
    assert labels[:2] == ["other", "other"]
    assert labels[2:] == ["situation", "task", "action", "result"]


@pytest.mark.parametrize(
    "opener",
    [
        "So this happened when I was at a fintech startup.",
        "Right, so this was when I moved to an insurance client.",
        "So this was back when I worked at a mobile games company.",
    ],
)
def test_an_opener_placing_the_story_in_an_organisation_is_the_scene(opener: str) -> None:
    assert not dating_opener(words(opener))
    assert star_labels(opener, SCENE, TASK, STEP_1, OUTCOME)[0] == "situation"


@pytest.mark.parametrize(
    "opener",
    [
        "Sure, this was back when I had just been promoted.",
        "Good one, that happened in my first year.",
    ],
)
def test_an_opener_that_only_dates_the_story_stays_other(opener: str) -> None:
    assert dating_opener(words(opener))
