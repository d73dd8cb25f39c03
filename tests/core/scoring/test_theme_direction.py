"""Feedback given versus received, persuading versus being persuaded: who did it to whom
(theme_direction.py; issue 9, round 20). Stories written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from simulator.core.scoring.answer import score_answer
from simulator.core.scoring.text import words
from simulator.core.scoring.theme_direction import direction
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]

RECEIVED = (
    "In my first review cycle my manager told me that my experiment write-ups were impossible "
    "to follow. "
    "I had to fix that before the next planning round, where my results would decide the roadmap. "
    "I asked her to mark up my last write-up and rewrote it with the decision in the first line. "
    "From then on I used a one-page template with the question, the result and the caveats. "
    "Two months later the product leads quoted my summaries in their planning documents."
)
GIVEN = (
    "A colleague on my team wrote experiment write-ups that nobody could follow. "
    "I had to tell him before the next planning round, where his results would decide the "
    "roadmap. "
    "I asked him for a private chat and showed him two places where the decision was buried. "
    "I offered him the one-page template I use, with the question, the result and the caveats. "
    "Two months later the product leads quoted his summaries in their planning documents."
)


@pytest.mark.parametrize(
    ("sentence", "to_me", "by_me"),
    [
        ("my manager told me that my write-ups were hard to follow", True, False),
        ("i was told that my write-ups were hard to follow", True, False),
        ("i had to tell him before the planning round", False, True),
        ("i asked him for a chat and showed him two examples", False, True),
        ("i was convinced we should move to a new model", True, False),
    ],
)
def test_who_did_it_to_whom(sentence: str, to_me: bool, by_me: bool) -> None:
    assert direction(words(sentence)) == (to_me, by_me)


def test_feedback_received_is_off_the_giving_question_and_told_why() -> None:
    bank = load_packs([REPO / "questions"])
    giving = score_answer(bank.get("beh.give-difficult-feedback"), Transcript(RECEIVED))
    received = score_answer(bank.get("beh.critical-feedback"), Transcript(RECEIVED))
    assert giving.star is not None and received.star is not None
    assert giving.star.off_question and "received" in giving.star.reads_as
    assert received.star.off_question == []
    assert giving.overall < received.overall


def test_feedback_given_is_on_the_giving_question() -> None:
    bank = load_packs([REPO / "questions"])
    given = score_answer(bank.get("beh.give-difficult-feedback"), Transcript(GIVEN))
    assert given.star is not None and given.star.off_question == []
