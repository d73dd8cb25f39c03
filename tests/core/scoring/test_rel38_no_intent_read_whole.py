"""A question of a person's own pack WITHOUT an intent, read whole (round 38, rel38): a relevant
story in plain words says none of the prompt's few words, yet its words sit nearest that question
read with its model answer (whole_theme.nearest_is_asked), so it is not told it answers another
question; a story about something else is still told so."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.transcript import Transcript

ROOT = Path(__file__).resolve().parents[3]
PACK = Path(__file__).resolve().parent / "packs" / "star32dev"
ASKED = "beh.dev-rolled-back"

# dev_star32_star.yaml, d32-rollback-plain: a rollback told without "roll back" or the prompt's words
RELEVANT = (
    "Two hours after our new recommendation model went live, the share of users adding anything "
    "to their basket fell by a third. I was on call, so whether to keep the new version running "
    "was up to me. I checked the dashboards per country and per app version, and the fall was "
    "everywhere. I switched all traffic to the previous version and paged the engineer who had "
    "shipped it. Basket adds recovered within twenty minutes, and we found a missing feature in "
    "the serving code the next morning."
)
# dev_star32_star.yaml, d32-data-plain: free labels for a model, told for another pack question
ELSEWHERE = (
    "At a small farming startup I wanted a model to spot diseased leaves in phone photos, and we "
    "had no photos tagged as diseased or healthy. Paying an outside company to tag them was out "
    "of the question for a team of four. I wrote to three agricultural universities and one of "
    "them shared twelve thousand photos their students had already sorted. I also asked our "
    "farmers to tap a button saying healthy or sick when they sent a photo, which gave us "
    "another two thousand. The first model caught eighty-eight percent of diseased leaves and "
    "the tagging cost us nothing."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    loaded = load_packs([ROOT / "questions", PACK])
    asked = loaded.questions[ASKED]
    # as an outside author writes it: no intent, under an id no shipped theme knows
    loaded.questions[ASKED] = asked.model_copy(update={"intent": None})
    return loaded


def _flagged(bank: QuestionBank, text: str) -> bool:
    score = score_answer(
        bank.questions[ASKED], Transcript(text), Rivals.of(bank.questions.values())
    )
    assert score.star is not None
    return bool(score.star.off_question)


def test_relevant_plain_story_not_flagged(bank: QuestionBank) -> None:
    assert not _flagged(bank, RELEVANT)


def test_story_about_another_pack_question_still_flagged(bank: QuestionBank) -> None:
    assert _flagged(bank, ELSEWHERE)
