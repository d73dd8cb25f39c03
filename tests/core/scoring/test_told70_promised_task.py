"""The task told as a promise of mine (issue 9, told70, star_owned_work.promised_the_work): a
story whose only word on the task is what the teller promised ("I told the clinic I'd have the
no-show list ready by March") tells its task, whatever part the labeller gives that sentence; a
story with no promise and no task still has its task reported missing. The sentences are written
for these tests, in none of the sets."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_owned_work import promised_the_work
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import analysed, assert_tells_the_task

SCENE = "The dental clinic lost about a fifth of its morning slots to patients who never came."
LOOKED = "I joined the booking history with the reminder logs and looked at which patients missed."
BUILT = "I trained a small model on the lead time, the weekday and past misses."
OUTCOME = "Empty morning slots fell from about twelve a week to four."


@pytest.mark.parametrize(
    "promise",
    [
        "In the kickoff I told the clinic manager I'd have a ranked call list for her by March.",
        "I promised the front desk a short list of likely no-shows every Monday.",
        "At the planning meeting I said I would get the list into their booking screen in a month.",
    ],
)
def test_a_promise_of_mine_tells_the_task(promise: str) -> None:
    assert_tells_the_task(analysed(SCENE, promise, LOOKED, BUILT, OUTCOME), 1, promise)


def test_a_story_that_promises_nothing_still_has_no_task() -> None:
    """The guard: the same story without the promise reports the task missing."""
    story = analysed(SCENE, LOOKED, BUILT, OUTCOME)
    assert story.star is not None
    assert "task" in story.star.missing


@pytest.mark.parametrize(
    "sentence",
    [
        "I never promised the clinic a date.",
        "I committed the new reminder script on Friday.",
        "I agreed with the manager that the old reminders were too late.",
        "The vendor promised us a new booking screen by spring.",
        "I told the manager the model was ready.",
    ],
)
def test_no_promise_of_mine_is_read_where_none_is_made(sentence: str) -> None:
    assert not promised_the_work(words(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I committed to a first version before the summer rush.",
        "I'd said I'll have the calls list working in two sprints.",
        "I agreed to take the reminders over from the front desk.",
    ],
)
def test_a_promise_is_read_in_the_tellers_words(sentence: str) -> None:
    assert promised_the_work(words(sentence))
