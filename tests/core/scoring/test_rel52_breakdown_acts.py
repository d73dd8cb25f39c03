"""Round 52 (rel52): a complex problem's breakdown told as the teller's acts ("I have to find out
why", "split the problem into three questions", "grouped by shop, card type and time of day") is
what the question asks, said in plain words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

HERE = Path(__file__).parent
BANK = load_packs([HERE.parents[2] / "questions"])


def _story(name: str, story_id: str) -> str:
    stories = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
    story = next(s for s in stories if s["id"] == story_id)
    return " ".join(sentence for _, sentence in story["sentences"])


@pytest.mark.parametrize("story_id", ["d42-present-part-numbers", "d42-result-first-chargebacks"])
def test_a_breakdown_told_as_my_acts_is_on_the_complex_problem_r52(story_id: str) -> None:
    text = _story("dev_star42_star.yaml", story_id)
    score = score_answer(BANK.get("beh.complex-problem"), Transcript(text))
    assert score.star is not None
    assert not score.star.off_question
