"""STAR labels and parts, round 39 (issue 9, star39), by class:

* told after the story, a remark that tells no part of it: someone keeping the story alive in
  any person ("He still brings that chart up in reviews."), an appraisal measured by a span of
  time ("It was a hard three weeks, but a fun puzzle."), a general truth with no look-back
  opener ("Simple fixes are often underrated."), an episode looked back on "for the whole
  team"; the outcome before such a remark stays the result;
* the task told as being on call ("I was the engineer on call ...", "It was my pager"), as
  something not mine taken on ("It wasn't my pipeline, but I decided I would fix it"), as the
  only one of a trade on the work, or as a duty in the present tense ("I need to make ...");
* a result is not called missing when a result sentence tells how things stood after a lapse
  of time ("After two months, the reviews take a day") or someone else's event after the steps.
"""

from __future__ import annotations

import pytest

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
    "remark",
    [
        "My old manager still teases me about that slide.",
        "He still brings that chart up in reviews.",
        "She still sends me a message on that date.",
        "It was a hard three weeks, but a fun puzzle.",
        "It was not an easy conversation, I'll admit.",
        "Simple fixes are often underrated.",
        "Metrics tend to settle arguments that opinions cannot.",
        "In hindsight, that one call was the turning point for the whole team.",
    ],
)
def test_a_remark_after_the_outcome_is_other(remark: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, remark)
    assert labels[-2:] == ["result", "other"]


@pytest.mark.parametrize(
    "outcome",
    [
        "The support team still uses the rules every day.",
        "The job still sends alerts to the owners.",
        "Ownership fights usually go away once the boundary is written down.",
        "It was a hard two weeks, and misrouting fell to four percent.",
        "Planners use it every day.",
    ],
)
def test_an_outcome_or_a_rule_told_last_is_no_remark(outcome: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"


def test_the_outcome_before_a_closing_remark_is_the_result() -> None:
    outcome = "Only four percent were misrouted after that, and the support lead kept the rules."
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, outcome, "Simple fixes are often underrated.")
    assert labels[-2:] == ["result", "other"]


@pytest.mark.parametrize(
    "task",
    [
        "I was the engineer on call for the routing models that week.",
        "I was the on-call engineer for routing that night.",
        "It was my pager that week, so stopping the bad routing came first.",
        "It wasn't my pipeline, but I decided I would get it fixed myself.",
        "I was the only ML engineer on the team, and the routing model had no other owner.",
        "I need to make the routing better, because the support lead depends on it.",
    ],
)
def test_the_task_in_other_words_is_the_task(task: str) -> None:
    labels = star_labels(SCENE, task, STEP_1, STEP_2, OUTCOME)
    assert labels[1] == "task"
    assert "task" not in analysed(SCENE, task, STEP_1, STEP_2, OUTCOME).star.missing


def test_someone_elses_on_call_engineer_is_no_task_of_mine() -> None:
    step = "The write-up went to the platform team's on-call engineer with a temporary fix."
    assert star_labels(SCENE, TASK, STEP_1, step, OUTCOME)[3] != "task"


@pytest.mark.parametrize(
    "outcome",
    [
        "After two months, the support agents take a day less per queue.",
        "A month later she was fixing routing rules on her own.",
        "Only four percent were misrouted after that, and the support lead chose to keep the rules.",
    ],
)
def test_a_result_told_after_a_lapse_or_as_someone_elses_event_is_not_missing(
    outcome: str,
) -> None:
    star = analysed(SCENE, TASK, STEP_1, STEP_2, outcome).star
    assert star.segments[-1].label == "result"
    assert "result" not in star.missing


def test_a_step_of_mine_after_a_lapse_still_leaves_the_result_missing() -> None:
    step = "After two weeks, I rolled the new rules out to every queue."
    assert "result" in analysed(SCENE, TASK, STEP_1, STEP_2, step).star.missing


@pytest.mark.parametrize(
    "step",
    [
        "The new rules were rolled out to every queue over two weeks, and a dashboard was set up.",
        "The rules got pushed to all queues at once, and the old model was switched off.",
        "Rewrote the rules as a lookup table, built a dashboard, shared it with the support lead.",
    ],
)
def test_a_last_step_in_the_passive_or_without_its_subject_still_leaves_the_result_missing(
    step: str,
) -> None:
    assert "result" in analysed(SCENE, TASK, STEP_1, STEP_2, step).star.missing
