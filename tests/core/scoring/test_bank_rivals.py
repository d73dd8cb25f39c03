"""A story told under one question of a person's own pack, answering another question of the
same pack, is caught once the loaded bank's behavioral questions are the rivals (round 31,
bank_rivals.py, prompt_relevance.pack_rival). Stories from star30's outside pack (development
data since round 31)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import paths
from simulator.core.questions import Category, QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.transcript import Transcript

PACK = Path(__file__).parent / "packs" / "star30"

INHERITED = (
    "I inherited our image labelling pipeline after its author moved to another team. I had to "
    "cut its running time, which had grown to eleven hours a night. I spent the first week just "
    "reading the code and the run logs, and I drew the flow of data from the raw images to the "
    "label files on one page. I asked its author for one hour of his time and came with a list of"
    " twelve questions, mostly about odd special cases. I added timing to every stage and found "
    "that one stage re-downloaded every image each night. After caching the images the pipeline "
    "ran in under two hours, and the one-page diagram is now in the repository's readme."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([paths.bundled_packs_dir(), PACK])


def test_rivals_are_the_banks_behavioral_questions(bank: QuestionBank) -> None:
    rivals = Rivals.of_bank(bank)
    assert rivals.questions
    assert all(q.category is Category.BEHAVIORAL for q in rivals.questions)
    ids = {q.id for q in rivals.questions}
    assert {"beh.handover-work", "beh.inherited-system", "beh.learn-from-mistake"} <= ids
    asked = bank.get("beh.inherited-system")
    besides = {q.id for q in rivals.besides(asked, ["beh.learn-from-mistake"])}
    assert "beh.handover-work" in besides
    assert not besides & {"beh.inherited-system", "beh.learn-from-mistake"}


def test_a_story_for_the_packs_neighbour_is_caught_with_the_banks_rivals(
    bank: QuestionBank,
) -> None:
    asked = bank.get("beh.handover-work")  # the story inherits a pipeline: the pack's neighbour
    alone = score_answer(asked, Transcript(INHERITED))
    weighed = score_answer(asked, Transcript(INHERITED), Rivals.of_bank(bank))
    assert alone.star is not None and not alone.star.off_question
    assert weighed.star is not None and weighed.star.off_question
    assert "you inherited a model or a codebase" in weighed.star.reads_as
    assert weighed.overall < alone.overall
    assert any("Off the question" in tip for tip in weighed.feedback)


def test_the_story_stays_on_its_own_question(bank: QuestionBank) -> None:
    question = bank.get("beh.inherited-system")
    own = score_answer(question, Transcript(INHERITED), Rivals.of_bank(bank))
    assert own.star is not None and not own.star.off_question


def test_a_shipped_question_is_judged_as_before(bank: QuestionBank) -> None:
    """The shipped themes keep their intents: the rivals change nothing for them."""
    question = bank.get("beh.mentor-junior")
    before = score_answer(question, Transcript(INHERITED))
    after = score_answer(question, Transcript(INHERITED), Rivals.of_bank(bank))
    assert before.overall == after.overall
    assert before.star is not None and after.star is not None
    assert before.star.off_question == after.star.off_question
