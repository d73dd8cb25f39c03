"""The task told as whose the work was (issue 9, rel69, star_owned_work.py): a sentence naming
the work as the teller's tells the task whatever part the labeller gives it, so a story that
says it has no task reported missing; a story that never says it still has. The sentences are
written for these tests, in none of the sets."""

from __future__ import annotations

import pytest

from simulator.core.scoring import score_answer
from simulator.core.scoring.star_owned_work import names_work_as_mine
from simulator.core.scoring.text import words
from simulator.core.transcript import Transcript
from tests.core.real_bank import real_bank
from tests.core.scoring.star_stories import analysed, assert_tells_the_task

SCENE = "Our warehouse app kept suggesting restock orders for shelves that were already full."
LOOKED = "I pulled two weeks of scan logs and matched them against the shelf counts."
FIXED = "I changed the job to read the shelf counts after the evening scan instead of before it."
OUTCOME = "Wrong restock orders fell from about forty a day to three."
OWNED = "I was accountable for the restock numbers that the store managers saw every morning."


@pytest.mark.parametrize(
    "owned",
    [
        "The nightly restock job was mine end to end, from the data pull to the alerts.",
        "I was accountable for the restock numbers that the store managers saw every morning.",
        "The restock numbers were on me, since I had written the first version.",
    ],
)
def test_a_sentence_naming_the_work_as_mine_tells_the_task(owned: str) -> None:
    assert_tells_the_task(analysed(SCENE, owned, LOOKED, FIXED, OUTCOME), 1, owned)


def test_a_story_that_never_says_whose_the_work_was_still_has_no_task() -> None:
    """The guard: the same story without the sentence reports the task missing."""
    story = analysed(SCENE, LOOKED, FIXED, OUTCOME)
    assert story.star is not None
    assert "task" in story.star.missing


@pytest.mark.parametrize(
    "sentence",
    [
        "It was not my job to fix the warehouse app, and the platform team knew it.",
        "The platform team was responsible for the scanners and their logs.",
        "Nobody was in charge of the shelf counts at the time.",
    ],
)
def test_whose_the_work_was_not_or_someone_elses_names_no_task_of_mine(sentence: str) -> None:
    assert not names_work_as_mine(words(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm the owner of the pricing pipeline, so the alert came to me.",
        "We were responsible for the nightly scoring job.",
        "Fixing the labels fell to me after the analyst left.",
        "I took it on because the release was two weeks away.",
    ],
)
def test_whose_the_work_was_is_read_in_the_tellers_words(sentence: str) -> None:
    assert names_work_as_mine(words(sentence))


def test_the_tip_says_the_task_was_told_only_within_another_sentence() -> None:
    """A task told within another part's sentence has no words of its own: the tip says so, not
    "task is only 0% of the answer"."""
    bank = real_bank()
    question = bank.get("beh.took-ownership")
    text = " ".join((SCENE, OWNED, LOOKED, FIXED, OUTCOME))
    tips = score_answer(question, Transcript(text)).feedback
    assert not any("task is only 0%" in tip for tip in tips)
    assert any("task is told only within a sentence of another part" in tip for tip in tips)
