"""STAR labels, round 51 (issue 9, star51): a note headed by a short noun before a colon says
what the clause the colon stands for says: "Goal: all three done by Friday." is "The goal was
all three done by Friday.", the task, not more of the scene (the kind of the lead's blind
errors "the story's task told as a goal"). Heads that are no such noun keep their reading."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_grammar import _comma_offsets
from simulator.core.scoring.star_notes import note_head_as_clause
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import star_labels

SCENE = "Insurance analytics, spring 2023."
ASKS = "Three asks in one week: a claims model refresh, a regulator report, a fraud dashboard."
STEP_1 = "Listed each ask with its deadline and its cost of slipping."
STEP_2 = "Handed the dashboard to an analyst with a template."
OUTCOME = "Report filed two days early, claims refresh live the week after."


@pytest.mark.parametrize(
    "goal",
    (
        "Goal: all three done without slipping the regulator date.",
        "Objective: the regulator report on time, the rest when it fits.",
    ),
)
def test_a_note_headed_goal_is_the_task_r51(goal: str) -> None:
    labels = star_labels(SCENE, ASKS, goal, STEP_1, STEP_2, OUTCOME)
    assert labels[2] == "task", labels
    assert labels[1] == "situation", labels


@pytest.mark.parametrize(
    ("note", "read"),
    (
        ("Goal: all three done.", "goal was all three done"),
        # a number or a preposition first, me in the head, a verb in it, a participle after
        ("Two things: no tests, changes too big.", "two things no tests changes too big"),
        ("With design: a review screen.", "with design a review screen"),
        ("Mine: a working router.", "mine a working router"),
        ("Asked them: why now?", "asked them why now"),
        ("Everything else: caught by the model.", "everything else caught by the model"),
        # no colon, or a head too long to be a note's
        ("The goal was speed.", "the goal was speed"),
        ("Root cause in the logs: a filter bug.", "root cause in the logs a filter bug"),
    ),
)
def test_which_heads_are_read_as_a_clause_r51(note: str, read: str) -> None:
    ws, raw = note_head_as_clause(words(note), note)
    assert " ".join(ws) == read
    assert words(raw) == ws  # the text read as the words are


def test_a_comma_after_the_head_stands_after_the_same_word_in_words_and_text_r51() -> None:
    """main_clause and subject_dropped find the text's commas by word count: the head's "was"
    is in the text too, or every comma after the head is one word early (4 and 6 here)."""
    note = "Goal: the churn model, retrained weekly, shipped by March."
    ws, raw = note_head_as_clause(words(note), note)
    assert ws[:5] == ["goal", "was", "the", "churn", "model"]
    assert _comma_offsets(raw) == [5, 7]  # before "retrained" and "shipped"
