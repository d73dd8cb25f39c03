"""STAR labels, round 30 (issue 9, star30): an opener or a closer made only of words about telling
the story ("Sure, I can talk about that.", "That's basically it.") is no part of it, so a story
ending on one still reports its result missing; a passive step with an irregular participle
("was drawn up", "were written") is an action like "was rolled back". Each with its twin that
keeps its label."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_predicates import meta_remark, passive_at
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
    "opener", ["Sure, I can talk about that.", "Okay, I have a good one for that."]
)
def test_an_opener_about_telling_is_other(opener: str) -> None:
    assert star_labels(opener, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "other"


@pytest.mark.parametrize("closer", ["That's basically it.", "So yeah, that's really the story."])
def test_a_closer_about_telling_is_no_result(closer: str) -> None:
    result = analysed(SCENE, TASK, STEP_1, STEP_2, closer)
    assert result.star.segments[-1].label == "other"
    assert "result" in result.star.missing


@pytest.mark.parametrize(
    "sentence",
    [
        "That was it for the old model.",  # a word of the story: "old", "model"
        "I can do that in a day.",  # "day"
        "It is one of the three queues.",  # a number
    ],
)
def test_a_sentence_with_a_word_of_the_story_is_no_meta_remark(sentence: str) -> None:
    assert not meta_remark(words(sentence))


def test_a_story_ending_on_its_outcome_keeps_its_result() -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME)[-1] == "result"


@pytest.mark.parametrize(
    "step",
    [
        "A list of every misrouted queue was drawn up on the first day.",
        "New routing rules were written for the two worst queues.",
    ],
)
def test_a_passive_step_with_an_irregular_participle_is_an_action(step: str) -> None:
    assert passive_at(words(step))
    assert star_labels(SCENE, TASK, step, STEP_2, OUTCOME)[2] == "action"


def test_a_participle_of_a_state_is_no_passive_step() -> None:
    assert not passive_at(words("The queue was known for its long waits."))
