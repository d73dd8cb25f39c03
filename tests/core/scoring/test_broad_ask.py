"""Broad asks (broad_ask.py, issue 9, round 56): a plain-words story of the teller's own project
with its outcome answers "a challenging ML project" however few of the intent's words it says."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.broad_ask import broad_ask_told
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]

# The hardness told as facts of the scene, never as "hard", "challenge" or "difficult".
SOIL = (
    "At an agritech startup I built a model to predict soil moisture from satellite images. "
    "Clouds covered most of the images in the rainy season, and we had sensor readings from "
    "only forty fields. "
    "I filled the cloudy days with radar images, which see through clouds, and trained on both. "
    "I also wrote a check that set aside the days whose radar and optical readings disagreed. "
    "The error fell from twenty to nine percent and the irrigation team now plans with it daily."
)
# The same work told as the team's, with no outcome: no owned story with its result.
SOIL_WE_NO_RESULT = (
    "At an agritech startup we built a model to predict soil moisture from satellite images. "
    "Clouds covered most of the images in the rainy season, and we had sensor readings from "
    "only forty fields. "
    "We filled the cloudy days with radar images, which see through clouds, and trained on both. "
    "We also wrote a check that set aside the days whose radar and optical readings disagreed."
)


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


def _star(bank: QuestionBank, qid: str, text: str):  # type: ignore[no-untyped-def]
    star = score_answer(bank.get(qid), Transcript(text), Rivals.of_bank(bank)).star
    assert star is not None
    return star


def test_a_plain_words_challenging_project_story_is_on_its_question(bank: QuestionBank) -> None:
    assert not _star(bank, "beh.challenging-ml-project", SOIL).off_question


def test_only_an_owned_story_with_its_outcome_meets_a_broad_ask(bank: QuestionBank) -> None:
    question = bank.get("beh.challenging-ml-project")
    owned = _star(bank, question.id, SOIL)
    labels = [s.label for s in owned.segments]
    assert broad_ask_told(question, tokenize(SOIL), labels)
    team = _star(bank, question.id, SOIL_WE_NO_RESULT)
    assert not broad_ask_told(
        question, tokenize(SOIL_WE_NO_RESULT), [s.label for s in team.segments]
    )


def test_a_narrow_ask_is_not_met_by_any_owned_story(bank: QuestionBank) -> None:
    # the mistake question is no broad ask: a success story lacking a mistake stays off it
    question = bank.get("beh.learn-from-mistake")
    assert question.intent is not None and not question.intent.broad
    star = _star(bank, question.id, SOIL)
    assert not broad_ask_told(question, tokenize(SOIL), [s.label for s in star.segments])
    assert star.off_question
