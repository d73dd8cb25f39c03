"""Behavioral relevance (issue 9, round 18): a problem "officially" someone else's is the asked
theme of taking ownership."""

from __future__ import annotations

from pathlib import Path

import yaml

from simulator.core.scoring import AnswerScore, score_answer
from simulator.core.transcript import Transcript
from tests.core.real_bank import real_bank

SETS = Path(__file__).parent


def _story(name: str, story_id: str) -> str:
    stories = yaml.safe_load((SETS / name).read_text(encoding="utf-8"))
    story = next(s for s in stories if s["id"] == story_id)
    return " ".join(sentence for _, sentence in story["sentences"])


def _score(qid: str, text: str) -> AnswerScore:
    return score_answer(real_bank().get(qid), Transcript(text))


def test_a_contract_officially_another_teams_is_taking_ownership() -> None:
    text = _story("dev_round18_star.yaml", "d18-i-actions-ownership")
    s = _score("beh.took-ownership", text)
    assert s.star is not None and not s.star.off_question, s.basis["structure"]
