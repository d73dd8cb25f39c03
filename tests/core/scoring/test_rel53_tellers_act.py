"""Round 53 (rel53): the asked core said as the teller's own act ("So I don't just say no, I book
thirty minutes with her") keeps a story on its question when its framing or a distinct rival
would send it elsewhere, unless the sentence saying the act also says that rival's core ("I sat
down with each of them separately": an act done to two people at odds)."""

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


@pytest.mark.parametrize(
    ("name", "story_id"),
    [
        ("dev_blind44_star.yaml", "r44-push-back-skip-ab-test"),
        ("heldout_rel48_star.yaml", "h48-pushback-age-feature"),
    ],
)
def test_saying_no_as_my_act_is_pushing_back_r53(name: str, story_id: str) -> None:
    score = score_answer(BANK.get("beh.push-back"), Transcript(_story(name, story_id)))
    assert score.star is not None
    assert not score.star.off_question


def test_my_act_toward_the_rivals_parties_does_not_keep_it_r53() -> None:
    text = _story("heldout_star35_star.yaml", "s35-conflict-labeling-guidelines")
    own = score_answer(BANK.get("beh.resolve-conflict"), Transcript(text))
    there = score_answer(BANK.get("beh.give-difficult-feedback"), Transcript(text))
    assert there.star is not None and there.star.off_question
    assert there.overall < own.overall


def test_a_story_of_mine_told_plainly_r53() -> None:
    text = (
        "Our sales director asked me to add a feature the legal team had not cleared, two days "
        "before the quarter's release. I owned the model and knew we could not use it. So I said "
        "no, and I booked half an hour with her to show what the model could do without it. I "
        "brought the numbers: the feature added almost nothing once the others were in. She "
        "dropped the request, and the release went out on time."
    )
    score = score_answer(BANK.get("beh.push-back"), Transcript(text))
    assert score.star is not None
    assert not score.star.off_question
