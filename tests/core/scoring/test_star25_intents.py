"""Relevant stories told in everyday words stay on their question (issue 9, star25).

tests/core/scoring/dev_star25_star.yaml holds two relevant stories for each of the bank's
behavioral questions, told as people tell them ("the hardest project I've worked on", "it
wasn't clear what decision ...", "he would rewrite our pipelines without telling us"). None may
be flagged off its own question; stories of a neighbouring question stay flagged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

DEV = Path(__file__).with_name("dev_star25_star.yaml")
STORIES: list[dict[str, Any]] = yaml.safe_load(DEV.read_text(encoding="utf-8"))


def _text(story: dict[str, Any]) -> str:
    return " ".join(sentence for _, sentence in story["sentences"])


def test_every_behavioral_question_has_two_dev_stories(bank: QuestionBank) -> None:
    asked = [s["question"] for s in STORIES]
    for q in bank.questions.values():
        if q.category.value == "behavioral":
            assert asked.count(q.id) >= 2, q.id


@pytest.mark.parametrize("story", STORIES, ids=[s["id"] for s in STORIES])
def test_a_relevant_story_in_everyday_words_is_not_flagged(
    bank: QuestionBank, story: dict[str, Any]
) -> None:
    score = score_answer(bank.get(story["question"]), Transcript(_text(story)))
    assert score.star is not None
    assert not score.star.off_question, score.basis["structure"]
