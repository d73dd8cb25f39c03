"""A story is told it does not answer its question only on positive evidence that it answers
another behavioral question of the bank better (issue 9, round 37: answered_elsewhere.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.answered_elsewhere import ABSENT_LEAD, lead_elsewhere
from simulator.core.scoring.bank_rivals import NO_RIVALS
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

QUESTIONS = Path(__file__).resolve().parents[3] / "questions"

# Recommending to drop most of a project, told in plain words: never "stop", "pause" or "sunk
# cost", while the marketing team and the search team come up in its frame (a development
# story of round 27, flagged at the lower cost before round 37).
STOP_IN_PLAIN_WORDS = (
    "My team had spent five months building a real-time churn prediction platform with "
    "streaming features for the marketing team. While preparing the launch I looked at how "
    "marketing actually used the scores, and they only ever sent retention offers once a week. "
    "I had to decide whether to push for the remaining three months of streaming work or to "
    "recommend changing course, even though I had designed most of it. I put together a "
    "comparison of the weekly batch scores against the real-time ones on last quarter's "
    "campaigns, and the difference in retained customers was under half a percent. I presented "
    "it to my director and recommended dropping the streaming part and shipping a weekly batch "
    "version within a month. She agreed, we shipped the batch version five weeks later, and the "
    "two engineers freed up moved to the search team's backlog."
)
# Keeping up with the field, told for "disagreeing with your manager": no manager, no
# disagreement, and the learning theme's rubric sits far nearer its words.
LEARNING_STORY = (
    "Every Friday afternoon I block an hour to go through what people in the field have been "
    "releasing. Last year one of those sessions turned up a write-up on conformal prediction for "
    "regression. Our delivery-time estimates had no error bars, and the operations team kept "
    "asking how sure we were. I reproduced the method on a week of our own data in a notebook "
    "first. Then I added prediction intervals to the estimate service behind a flag and showed "
    "the ops lead what they looked like. The intervals covered ninety percent of actual delivery "
    "times, exactly as promised, and ops now plans drivers with the upper bound."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([QUESTIONS])


def test_a_relevant_story_in_plain_words_is_not_flagged(bank: QuestionBank) -> None:
    """No question of the bank sits clearly nearer the story than the one asked: what it lacks
    (the question's own phrases) is no proof it answers something else."""
    question = bank.get("beh.stop-a-project")
    assert lead_elsewhere(question, tokenize(STOP_IN_PLAIN_WORDS), NO_RIVALS) < ABSENT_LEAD
    score = score_answer(question, Transcript(STOP_IN_PLAIN_WORDS))
    assert score.star is not None and score.star.off_question == []


def test_a_story_nearer_another_question_is_still_flagged_and_told(bank: QuestionBank) -> None:
    question = bank.get("beh.disagree-with-manager")
    assert lead_elsewhere(question, tokenize(LEARNING_STORY), NO_RIVALS) >= ABSENT_LEAD
    off = score_answer(question, Transcript(LEARNING_STORY))
    on = score_answer(bank.get("beh.stay-updated"), Transcript(LEARNING_STORY))
    assert off.star is not None and off.star.off_question
    assert any("question" in tip.lower() for tip in off.feedback)
    assert off.overall < on.overall
