"""STAR labels of round 56 (issue 9, star56): a habit of mine answers a question that asks how I
go about something, so it is a step; a finding told as "It turned out ..." between my steps is a
step; a story ranked among my own ("the hardest email I have sent") is a remark on it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.star_between import finding_framed
from simulator.core.scoring.star_habits import habit_of_mine
from simulator.core.scoring.text import words
from simulator.core.transcript import Transcript
from tests.core.scoring.star_stories import (
    OUTCOME,
    SCENE,
    STEP_1,
    STEP_2,
    TASK,
    analysed,
    star_labels,
)

HABITS = [
    "Every Thursday I set aside an hour and skim the new papers on ranking.",
    "I keep a shared list of methods, with a line on what each would cost us to try.",
    "Mostly I follow three newsletters and a monthly reading group at work.",
    "My routine is simple: two newsletters and one paper reproduced a quarter.",
    "What I usually do is read the release notes of every library we depend on.",
    "Once a month I go through the list with two colleagues and pick one thing to try.",
]


@pytest.mark.parametrize("habit", HABITS)
def test_a_habit_answers_a_question_that_asks_how_r56(habit: str) -> None:
    assert habit_of_mine(words(habit))
    assert star_labels(habit, SCENE, TASK, STEP_1, STEP_2, OUTCOME, asks_practice=True)[0] == (
        "action"
    )


def test_the_same_routine_sets_the_scene_of_any_other_question_r56() -> None:
    routine = "Every Monday I spend half a day building the risk report by hand."
    assert star_labels(routine, TASK, STEP_1, STEP_2, OUTCOME)[0] == "situation"


@pytest.mark.parametrize(
    "line",
    [
        "So I work on the search team at a marketplace, and the field moves fast.",
        "I own the forecasting service, so the intervals are my responsibility.",
        "Now I always read the release notes before upgrading a library.",
        "Since then I keep a checklist for every launch.",
        "Last year I read about conformal prediction in a newsletter.",
        "I could not do all three well, so I had to tell each team honestly.",
        "I kept a list of every failed run that month.",
    ],
)
def test_a_role_a_later_habit_or_a_past_step_is_no_habit_r56(line: str) -> None:
    assert not habit_of_mine(words(line))


def test_the_stay_up_to_date_question_reads_habits_as_steps_r56() -> None:
    bank = load_packs([Path(__file__).resolve().parents[3] / "questions"])
    story = (
        "Every Friday morning I block an hour and read two papers. "
        "I keep a list of ideas with what each would cost us to try. "
        "Last spring click-through on our reranker had stalled for three months. "
        "I rebuilt a distillation setup from one of the papers on a week of click logs. "
        "Click-through rose by three percent and latency stayed under budget."
    )
    score = score_answer(bank.get("beh.stay-updated"), Transcript(story))
    assert score.star is not None
    assert [s.label for s in score.star.segments][:2] == ["action", "action"]


@pytest.mark.parametrize(
    "finding",
    [
        "It turned out the join was dropping every refund row.",
        "Turns out the vendor had switched the units to thousands.",
        "It emerged that the labels were written a week after each decision.",
        "And it turned out the model mostly found customers who would leave anyway.",
    ],
)
def test_a_finding_told_as_news_between_my_steps_is_the_situation_r56(finding: str) -> None:
    # news of how things stood, no step (star61: 7 of the 8 such lines in sets 57-59)
    assert star_labels(SCENE, TASK, STEP_1, finding, STEP_2, OUTCOME)[3] == "situation"


def _story(file: str, story_id: str) -> list[str]:
    stories = yaml.safe_load((Path(__file__).parent / file).read_text(encoding="utf-8"))
    return [text for _, text in next(s for s in stories if s["id"] == story_id)["sentences"]]


@pytest.mark.parametrize(
    ("file", "story_id", "finding"),
    [
        # "And it turned out the model was really good at finding people who were going to
        # leave no matter what, ...": read as the result
        ("heldout_star41_star.yaml", "s41-underperf-churn-uplift", 6),
        # "It emerged that he had been assigned to three projects ...": read as the task
        ("heldout_star53_star.yaml", "s53-teammate-formal-pipelines", 4),
    ],
)
def test_a_finding_in_a_told_story_is_no_step_r56(file: str, story_id: str, finding: int) -> None:
    assert star_labels(*_story(file, story_id))[finding] == "situation"  # news (star61)


def test_a_finding_with_no_step_after_it_or_before_it_is_no_step_r56() -> None:
    before_any_step = "It turned out the table I deleted was the only copy."
    assert star_labels(SCENE, before_any_step, TASK, STEP_1, STEP_2, OUTCOME)[1] != "action"
    labels = ["situation", "action", "result", "action", "result"]
    said = [words(s) for s in (SCENE, STEP_1, "It turned out to be a tiny change.", STEP_2)]
    said.append(words("It turned out the fix held for a month."))
    assert finding_framed(labels, said) == []  # a thing judged; nothing after the last


@pytest.mark.parametrize(
    "remark",
    [
        "Still the hardest email I have sent.",
        "Painful, but probably the most useful failure I've had.",
        "Probably the most boring project I've done, but the one that lasted longest.",
    ],
)
def test_the_story_ranked_among_mine_is_a_remark_r56(remark: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, remark)[5] == "other"


def test_an_outcome_measured_against_my_past_stays_the_result_r56() -> None:
    outcome = "It cut the latency by the largest margin I had seen."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[4] == "result"


@pytest.mark.parametrize(
    "opening",
    [
        "We ended up cutting the review queue by half, but let me back up.",
        "We eventually got the lift back to what the offline test promised, but it took a month.",
        "Ended up shipping the simpler of the two designs.",
        "We ended up launching the pricing test a month later than sales wanted.",
    ],
)
def test_the_end_told_first_is_the_result_r56(opening: str) -> None:
    assert star_labels(opening, SCENE, TASK, STEP_1, STEP_2, OUTCOME)[0] == "result"


@pytest.mark.parametrize(
    "opening",
    [
        "I ended up on the routing team after a reorganisation.",
        "The model was live, but it took a week to notice the drop.",
    ],
)
def test_where_i_landed_or_a_delay_of_the_scene_is_no_end_r56(opening: str) -> None:
    assert star_labels(opening, TASK, STEP_1, STEP_2, OUTCOME)[0] != "result"


@pytest.mark.parametrize(
    "last",
    [
        "Shipped to staging on day seven, load-tested on day eight.",
        "Launched the A/B test in the ninth week.",
    ],
)
def test_a_release_noted_as_my_last_step_leaves_the_result_missing_r56(last: str) -> None:
    assert "result" in analysed(SCENE, TASK, STEP_1, STEP_2, last).star.missing


def test_a_release_that_says_how_it_went_is_the_result_r56() -> None:
    last = "Shipped it to every customer a week early."
    assert "result" not in analysed(SCENE, TASK, STEP_1, STEP_2, last).star.missing


def test_habits_that_are_the_only_context_keep_the_first_as_the_scene_r56() -> None:
    # A practice answer whose only context is its habits: were every habit a step, the answer
    # would be told its situation is missing (five stay-updated stories fell 21-24 points).
    bank = load_packs([Path(__file__).resolve().parents[3] / "questions"])
    story = (
        "Every Friday morning I block an hour and read two papers. "
        "I keep a list of ideas with what each would cost us to try. "
        "I rebuilt a distillation setup from one of the papers on a week of click logs. "
        "I then ran it as an experiment against our reranker for two weeks. "
        "Click-through rose by three percent and latency stayed under budget."
    )
    score = score_answer(bank.get("beh.stay-updated"), Transcript(story))
    assert score.star is not None
    labels = [s.label for s in score.star.segments]
    assert labels[:2] == ["situation", "action"]
    assert "situation" not in score.star.missing
