"""A story one weak hint short, saying the asked theme's everyday phrases, whose words sit nearest
the asked rubric of all the themes, is on its question (issue 9, round 51, rel51:
relevance._unevidenced: theme_match.rank_of is 1). dev_blind45's creative solution told in notes ("Reassignment history
pulled from the audit log, final queue used as the label") said only "no labeled data" of its
theme, in its scene, and was told it was about a hard project."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.relevance import intent_evidence, story_themes
from simulator.core.scoring.text import tokenize
from simulator.core.scoring.theme_match import rank_of
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]
HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    # the dev_blind packs loaded together, as scoring_quality.py measures dev_blind44-46
    return load_packs(
        [REPO / "questions", *(HERE / "packs" / f"blind{n}dev" for n in (44, 45, 46))]
    )


def _story(name: str, story_id: str) -> dict:
    return next(s for s in yaml.safe_load((HERE / name).read_text()) if s["id"] == story_id)


def _text(story: dict) -> str:
    return " ".join(sentence for _, sentence in story["sentences"])


@pytest.mark.parametrize(
    "story_id",
    ["r45-creative-solution-audit-log-labels", "r45-creative-solution-audit-log-labels-noresult"],
)
def test_a_story_nearest_its_rubric_saying_its_phrase_is_on_it_r51(
    bank: QuestionBank, story_id: str
) -> None:
    story = _story("dev_blind45_star.yaml", story_id)
    question = bank.get(story["question"])
    tokens = tokenize(_text(story))
    assert intent_evidence(question, tokens) and rank_of(question.id, tokens, story_themes()) == 1
    star = score_answer(question, Transcript(_text(story)), Rivals.of_bank(bank)).star
    assert star is not None and not star.off_question


def test_nearest_words_without_a_phrase_are_not_enough_r51(bank: QuestionBank) -> None:
    # a "we" process story scored on technical debt: two hints and the nearest words, but no
    # phrase of the asked theme said: still told it is off the question (with every test pack
    # loaded, as in the verdicts measured)
    story = _story("heldout_rel39_star.yaml", "h39-review-rota-we")
    every = load_packs([REPO / "questions", *sorted(p for p in (HERE / "packs").iterdir())])
    question = every.get(story["off_question"])
    tokens = tokenize(_text(story))
    assert (
        not intent_evidence(question, tokens) and rank_of(question.id, tokens, story_themes()) == 1
    )
    star = score_answer(question, Transcript(_text(story)), Rivals.of_bank(every)).star
    assert star is not None and star.off_question
