"""STAR labels of stories written under headings (issue 9, star69n): a line headed by the name of
a part ("Role: ...", "Goal I set myself: ...", "Outcome - ...") is that part, and a heading alone
on its line ("My job", "What I did:") names the part of the lines under it, up to the next
heading. The sentences are written for these tests, in none of the sets."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_headings import part_heading, read_headings
from simulator.core.scoring.structure import analyse_star
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript


def labels(*lines: str) -> list[str]:
    """Each line's STAR label, the lines typed one under the other."""
    text = "\n".join(lines)
    return [s.label for s in analyse_star(tokenize(text), Transcript(text)).star.segments]


SCENE = "Background: thirty stores ordered stock from a spreadsheet forecast nobody trusted."
ROLE = "Role: analyst on the pricing team, owner of the weekly forecast."
STEPS = (
    "Sat with two store managers for a morning.",
    "Rebuilt the forecast from till data per store.",
    "Ran both forecasts side by side for six weeks.",
)
OUTCOME = "Outcome - stock-outs down a third by June."
LESSON = "Lesson for me: sit with the people who use the number before tuning it."


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("Role: analyst on the pricing team, owner of the weekly forecast.", "task"),
        ("Goal I set myself: a forecast the managers would order from without edits.", "task"),
        ("My responsibility - the forecast and the ordering screen that showed it.", "task"),
        ("Context: the managers padded every order by a fifth.", "situation"),
        ("Approach: shadowed two managers, then rebuilt the model from till data.", "action"),
        ("Impact: waste fell to four percent of stock.", "result"),
        ("Key takeaway: a forecast is only used when its users can check it.", "result"),
    ],
)
def test_a_line_headed_by_its_part_is_that_part_r69n(line: str, part: str) -> None:
    """The heading is the teller's own name for the line, whatever its words read like alone
    ("Role: ..., owner of ..." reads as the scene, "Goal I set myself: a forecast ..." as a
    step)."""
    story = labels(SCENE, line, *STEPS, OUTCOME)
    assert story[1] == part


def test_an_outcome_headed_as_such_is_the_result_among_notes_r69n() -> None:
    """ "Outcome - ..." after steps told as notes stays the outcome, no step noted before it."""
    story = labels(SCENE, ROLE, *STEPS, OUTCOME, LESSON)
    assert story == ["situation", "task", "action", "action", "action", "result", "result"]


def test_a_heading_alone_names_the_lines_under_it_r69n() -> None:
    """ "My job" alone on its line: the line under it is the task ("Replace the spreadsheet
    forecast ..." read alone says no duty), up to the next heading."""
    story = labels(
        "Background",
        "Thirty stores, one spreadsheet forecast, managers padding every order.",
        "My job",
        "Replace the spreadsheet forecast before the autumn ordering round.",
        "What I did",
        *STEPS,
        "Impact",
        "Waste fell to four percent of stock.",
        "The managers stopped padding their orders.",
    )
    assert story == [
        "situation",
        "situation",
        "task",
        "task",
        "action",
        "action",
        "action",
        "action",
        "result",
        "result",
        "result",
    ]


def test_a_heading_alone_stands_over_lines_up_to_the_next_heading_r69n() -> None:
    """The lines under a heading alone end at the next line that opens on a heading of any
    kind ("Idea: ..." is its own)."""
    headings, under = read_headings(
        ["Situation", "Two teams, one label queue.", "Idea: a shared rota.", "Ran it a month."]
    )
    assert [h.part if h else None for h in headings] == ["situation", None, None, None]
    assert under == [None, "situation", None, None]


@pytest.mark.parametrize(
    "line",
    [
        "The problem was that nobody trusted the spreadsheet.",
        "Impact analysis took another week.",
        "Problem solved, at least for that season.",
        "What I do now: I ask the users first.",
        "results came back the next morning.",
        "Goals and roles were never written down on that team.",
    ],
)
def test_a_part_noun_that_heads_no_line_names_no_part_r69n(line: str) -> None:
    """A part's noun as a subject, in a compound, before a verb, in a present habit, written
    lowercase or joined with another is no heading."""
    assert part_heading(line) is None


@pytest.mark.parametrize(
    ("line", "part"),
    [
        ("What I did:", "action"),
        ("- Results:", "result"),
        ("2) Steps taken - shadowing first", "action"),
        ("Lessons learned: sit with the users.", "result"),
        ("The goal I set: one number per store.", "task"),
        ("Setting \u2014 a grocery chain's ordering team.", "situation"),
    ],
)
def test_the_heading_of_a_part_r69n(line: str, part: str) -> None:
    """A part's heading after a list marker, with a dash or a colon, or with a clause of mine
    after its noun."""
    heading = part_heading(line)
    assert heading is not None and heading.part == part


def test_lines_with_no_end_mark_are_sentences_of_their_own_r69n() -> None:
    """Notes typed one under the other with no full stops are read line by line, even when
    one line of the story has a mark (a semicolon): a line break ends a sentence, so no line
    is the piece of a longer one, and the scene keeps its label."""
    story = labels(
        "Friday evening, the pricing API began returning stale prices",
        "cache hit rate went from 60 to 99 percent within an hour",
        "I was the engineer on call that weekend",
        "- flushed the cache by hand",
        "- found the expiry setting had been deleted in a refactor",
        "- restored it and added a test on the setting",
        "- stale prices gone by nine; the refactor got a second reviewer",
    )
    assert story[:3] == ["situation", "situation", "task"]
    assert story[3] == "action"


def test_a_line_break_is_kept_with_the_sentence_it_ends_r69n() -> None:
    """Each sentence knows whether a line break ended it; a sentence ended by a full stop, or
    the last of the text, does not."""
    sentences = tokenize("Flushed the cache\nRestored the setting. Added a test\n\nDone").sentences
    assert [(s.text, s.ends_line) for s in sentences] == [
        ("Flushed the cache", True),
        ("Restored the setting.", False),
        ("Added a test", True),
        ("Done", False),
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "1. Profiled the job. 2. Moved the join.",
            ["1. Profiled the job.", "2. Moved the join."],
        ),
        (
            "Steps:\n1. Profiled the job.\n2. Moved the join.",
            ["Steps:", "1. Profiled the job.", "2. Moved the join."],
        ),
        (
            "We cut the shards to 2. Then latency fell.",
            ["We cut the shards to 2.", "Then latency fell."],
        ),
    ],
)
def test_a_list_number_ends_no_sentence_r69n(text: str, sentences: list[str]) -> None:
    """A number alone where a sentence starts, before a full stop and a word, numbers a list's
    item; a number said at a sentence's end ends it."""
    assert [s.text for s in tokenize(text).sentences] == sentences


def test_the_items_of_a_numbered_list_are_read_without_their_numbers_r69n() -> None:
    """ "3) moved the join ..." is the step "moved the join ...": its number orders the list,
    it is no thing doing something after the steps."""
    story = labels(
        "Our nightly scoring job had grown from one hour to five over the winter.",
        "Speeding it up before the spring campaign was on me.",
        "1) profiled the job on a copy of the data.",
        "2) found one join scanning the full history.",
        "3) moved the join after the date filter and cached its output.",
        "The job runs in forty minutes now.",
    )
    assert story[2:5] == ["action", "action", "action"]
