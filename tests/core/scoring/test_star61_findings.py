"""STAR labels of round 61 (issue 9, star61): a finding told between my steps is no step of mine.

The four blind sets 57-60, written from the prompts alone by independent writers, label what a
look turned up the result (what the look came to) or the situation (how things stood), never a
step; the repository's older sets, which labelled it a step, were relabelled to that convention
(star_findings.py says how the part is chosen)."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_between import acted
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
    "measure",
    [
        "Baseline error 22 percent, neural network error 21 percent.",
        "The rules sent 91 percent to the right queue, the old model 88 percent.",
    ],
)
def test_what_a_comparison_came_to_between_my_steps_is_the_result_r61(measure: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, measure, STEP_2, OUTCOME)
    assert labels[3] == "result", labels
    assert labels[4] == "action", labels


def test_what_the_logs_showed_between_my_steps_is_the_result_r61() -> None:
    found = "The logs showed that the workers were seeded from the clock after every restart."
    assert star_labels(SCENE, TASK, STEP_1, found, STEP_2, OUTCOME)[3] == "result"


@pytest.mark.parametrize(
    "news",
    [
        "It turned out that the agents needed the queue by nine, but we were publishing at noon.",
        "Turns out we had basically no labelled tickets in Spanish.",
    ],
)
def test_news_of_how_things_stood_between_my_steps_is_the_situation_r61(news: str) -> None:
    # "we were publishing", "we had" say how things stood: no act of ours in the finding
    assert star_labels(SCENE, TASK, STEP_1, news, STEP_2, OUTCOME)[3] == "situation"


def test_a_state_of_ours_is_no_act_and_an_act_after_a_filler_is_one_r61() -> None:
    assert not acted(words("but we were publishing totals at nine"))
    assert not acted(words("which I hadn't known"))
    assert acted(words("with ops we um set a confidence band"))


def test_an_act_told_in_the_passive_after_a_finding_stays_a_step_r61() -> None:
    labels = star_labels(
        SCENE,
        TASK,
        "Two hundred of the training labels were pulled and checked by hand, by me.",
        "About a fifth of them turned out to be wrong, mostly sarcasm.",
        "The worst source of labels was dropped and the model was retrained on the rest.",
        OUTCOME,
    )
    assert labels[3:5] == ["result", "action"], labels


def test_an_act_of_mine_told_with_a_finding_stays_a_step_r61() -> None:
    found = "Six of them depended on location, and for four of them I found a substitute."
    segments = analysed(SCENE, TASK, STEP_1, found, STEP_2, OUTCOME).star.segments
    assert segments[3].label == "action", segments


def test_a_story_whose_only_result_is_a_finding_still_misses_its_result_r61() -> None:
    # no outcome told: the measure between my steps is what a look came to, not what the
    # steps led to, and the story is told so (as when the finding was read as a step); since
    # star67's convention a state of things told between my steps is the scene
    measure = "About forty percent of the sample were password resets with a fixed answer."
    last = "I wrote an automatic reply for password resets and shipped it to the queue."
    star = analysed(SCENE, TASK, STEP_1, measure, last).star
    assert [s.label for s in star.segments][3] == "situation"
    assert "result" in star.missing
    told = analysed(SCENE, TASK, STEP_1, measure, last, OUTCOME).star
    assert "result" not in told.missing
