"""STAR labels of round 69 (issue 9, star69c): "Turned out ..." with its "it" dropped, as speech
drops it, tells what was found as news, the situation, as "It turned out ..." does; its past verb
first was read as a note of my own act ("[I] turned out ...") and labelled a step."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_labels import news_with_it_dropped, subject_dropped
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    "news",
    [
        "Turned out the vendor had renamed half of the columns in March.",
        "Turned out she'd been relabelling the same batch every morning.",
        "Turns out, um, nobody downstream read the weekly report at all.",
        "Turned out most of the slow queries hit one unindexed table.",
    ],
)
def test_news_with_its_it_dropped_between_steps_is_the_scene_r69(news: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, news, STEP_2, OUTCOME)[3] == "situation"


@pytest.mark.parametrize(
    "news",
    [
        "Turned out the vendor had renamed half of the columns in March.",
        "Turns out the backlog came from one customer.",
    ],
)
def test_news_with_its_it_dropped_is_no_step_with_its_subject_dropped_r69(news: str) -> None:
    ws = words(news)
    assert news_with_it_dropped(ws)
    assert not subject_dropped(ws, news)


def test_a_terse_step_and_a_judgement_are_still_read_so_r69() -> None:
    # guards: a note of my act keeps its dropped "I"; "turned out to be" judges a thing
    step = "Traced the missing rows to a join on the wrong key."
    assert subject_dropped(words(step), step)
    assert not news_with_it_dropped(words("Turned out to be a timezone bug."))
    assert star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)[3] == "action"


# Round 69 (star69c): what someone else found, reported between my steps ("X pointed out that
# ..."), is how things stood before I acted, the situation, however its words of change read.


@pytest.mark.parametrize(
    "report",
    [
        "A colleague from billing pointed out that the export dropped every refunded order.",
        "Then Priya on the risk team found that the labels arrived a month late.",
        "The warehouse lead mentioned that half the scanners had been replaced in May.",
    ],
)
def test_someone_reporting_what_they_found_between_steps_is_the_scene_r69(report: str) -> None:
    assert star_labels(SCENE, TASK, STEP_1, report, STEP_2, OUTCOME)[3] == "situation"


def test_a_find_with_no_that_clause_and_a_report_after_the_steps_keep_their_parts_r69() -> None:
    # guards: "found" with an object tells someone's act; a report of a change after my steps
    # is what came of them
    act = "Then the analyst found two broken joins and fixed them the same day."
    assert star_labels(SCENE, TASK, STEP_1, act, STEP_2, OUTCOME)[3] == "action"
    later = "A month later the support lead noticed that misrouted tickets had dropped by half."
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, later)[4] == "result"


def test_a_report_among_my_acts_is_still_my_step_r69() -> None:
    # guard: "I" before the report tells an act of mine
    step = "I met the vendor twice, and they confirmed that the transcribers had changed."
    assert star_labels(SCENE, TASK, STEP_1, step, STEP_2, OUTCOME)[3] == "action"
