"""A story's structure basis adds up to its score (walkthrough 53): each share was rounded on
its own, so the scorecard said "STAR parts told 40/40, balance between the parts 11/15, told in
order 10/10, a number in the result 10/10, your own actions 15/15, specific details 9/10, off the
question -20" for 74 (the parts give 75). On the dev_blind44-46 STAR sets 14 of 90 stories said
parts that did not add up. The parts are rounded to sum to the score before its penalties; no
score changes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

HERE = Path(__file__).parent
SETS = ("dev_blind44_star.yaml", "dev_blind45_star.yaml", "dev_blind46_star.yaml")


def _adds_up(basis: str) -> int:
    parts = sum(int(a) for a in re.findall(r"(\d+)/\d+", basis))
    return parts - sum(int(a) for a in re.findall(r" -(\d+)", basis))


@pytest.mark.parametrize("name", SETS)
def test_a_story_s_structure_basis_adds_up_to_its_score_r53(name: str, bank: QuestionBank) -> None:
    wrong = []
    for story in yaml.safe_load((HERE / name).read_text(encoding="utf-8")):
        question = bank.get(story["question"])
        said = Transcript(" ".join(text for _, text in story["sentences"]))
        scored = score_answer(question, said)
        structure = scored.components.get("structure")
        basis = scored.basis.get("structure", "")
        if structure and _adds_up(basis) != structure:
            wrong.append((story["id"], structure, basis))
    assert not wrong, wrong
