"""Behavioral relevance (issue 9, round 18): two signals that name different other themes still
agree that a story is off the question; a problem "officially" someone else's is the asked theme
of taking ownership."""

from __future__ import annotations

from pathlib import Path

import yaml

from simulator.core.questions import load_packs
from simulator.core.scoring import AnswerScore, score_answer
from simulator.core.transcript import Transcript
from tests.core.scoring.test_relevance import QUESTIONS_DIR

SETS = Path(__file__).parent


def _story(name: str, story_id: str) -> str:
    stories = yaml.safe_load((SETS / name).read_text(encoding="utf-8"))
    story = next(s for s in stories if s["id"] == story_id)
    return " ".join(sentence for _, sentence in story["sentences"])


def _score(qid: str, text: str) -> AnswerScore:
    return score_answer(load_packs([QUESTIONS_DIR]).get(qid), Transcript(text))


def test_a_privacy_story_that_says_took_longer_in_a_step_is_off_the_estimate_question() -> None:
    """Its words lean to data privacy, its frame says a hard problem twice: it was scored 81 on
    "a piece of work took much longer than estimated", as on its own question."""
    text = _story("dev_round7_star.yaml", "d7-privacy-took-longer")
    own, other = _score("beh.data-privacy", text), _score("beh.missed-estimate", text)
    assert own.star is not None and other.star is not None
    assert not own.star.off_question
    assert other.star.off_question and other.star.reads_as
    assert other.overall < own.overall
    assert any(t.startswith("Off the question?") for t in other.feedback)


def test_a_contract_officially_another_teams_is_taking_ownership() -> None:
    text = _story("dev_round18_star.yaml", "d18-i-actions-ownership")
    s = _score("beh.took-ownership", text)
    assert s.star is not None and not s.star.off_question, s.basis["structure"]
