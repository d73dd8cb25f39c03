"""A spoken opening line in the present, before a story told in the past (issue 9, star70v): "Um,
yeah, so, triage is close to my heart." speaks of now, not of the story's scene. The sentences
are written for these tests, in none of the sets."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_spoken import spoken_now
from simulator.core.scoring.structure import analyse_star
from simulator.core.scoring.text import tokenize, words
from simulator.core.transcript import Transcript

PAST = (
    "Two years ago our support team triaged every ticket by hand.",
    "I was asked to cut the time a ticket waited for its first reply.",
    "I labelled a thousand old tickets with the team that answered them.",
    "I trained a small classifier and routed tickets to the right queue.",
    "The first reply came within an hour instead of a day.",
)
PRESENT = (
    "I am asked to cut the time a ticket waits for its first reply.",
    "I label a thousand old tickets with the team that answers them.",
    "I train a small classifier and route tickets to the right queue.",
    "The first reply now comes within an hour instead of a day.",
)


def labels(*lines: str) -> list[str]:
    text = "\n".join(lines)
    return [s.label for s in analyse_star(tokenize(text), Transcript(text)).star.segments]


@pytest.mark.parametrize(
    "opener",
    [
        "Um, yeah, so, triage is close to my heart.",
        "Yeah, um, I think about this kind of thing often.",
        "Hmm, okay, honestly this one is a little embarrassing.",
    ],
)
def test_a_spoken_lead_then_the_present_opens_no_scene_r70v(opener: str) -> None:
    """Before a story told in the past, a hesitant lead then words in the present speak of the
    teller now: an opening remark (it was read as the scene)."""
    assert spoken_now(opener, words(opener))
    assert labels(opener, *PAST) == ["other", "situation", "task", "action", "action", "result"]


@pytest.mark.parametrize(
    "opener",
    [
        "Um, so, two years ago our support team triaged every ticket by hand.",  # in the past
        "Okay, so, we had 3 people answering 900 tickets a week.",  # a number
        "So our support team triaged every ticket by hand.",  # no hesitation: written
    ],
)
def test_a_spoken_scene_stays_the_scene_r70v(opener: str) -> None:
    assert not spoken_now(opener, words(opener))


def test_the_opening_line_of_a_story_told_in_the_present_stays_its_scene_r70v() -> None:
    """A story told in the present says its scene in the present too."""
    opener = "Um, so, our support team triages every ticket by hand."
    assert labels(opener, *PRESENT)[0] == "situation"
