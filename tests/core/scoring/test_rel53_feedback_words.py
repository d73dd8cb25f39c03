"""Round 53 (rel53): feedback given in the words people use for it ("I considered it my
responsibility to raise this with him", "pairing criticism with a concrete offer of help") is
what "a time you had to give difficult feedback" asks, even when the story's scene is a
presentation to leadership."""

from __future__ import annotations

from pathlib import Path

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


def _off(question_id: str, text: str) -> bool:
    score = score_answer(BANK.get(question_id), Transcript(text))
    assert score.star is not None
    return bool(score.star.off_question)


def test_raising_a_flaw_with_a_peer_is_giving_feedback_r53() -> None:
    text = _story("dev_blind46_star.yaml", "r46-give-difficult-feedback-leaky-eval")
    assert not _off("beh.give-difficult-feedback", text)


def test_a_plain_feedback_story_of_mine_r53() -> None:
    text = (
        "A colleague of mine had been presenting our forecast to the leadership team every "
        "month, and his charts left out the error bands the model came with. I was the one who "
        "built the error estimates, so I felt I had to raise this with him before the next "
        "board meeting. I asked him for a coffee and showed him two months where the real "
        "figure had fallen outside what his chart implied. I said I knew the slides were his, "
        "and offered to make the bands fit his style. He took the criticism well, added the "
        "bands, and the board stopped asking why the forecast had missed."
    )
    assert not _off("beh.give-difficult-feedback", text)


def test_criticism_received_is_still_not_feedback_given_r53() -> None:
    text = _story("heldout_rel47_star.yaml", "h47-critical-feedback-code-review")
    assert not _off("beh.critical-feedback", text)
    own = score_answer(BANK.get("beh.critical-feedback"), Transcript(text)).overall
    there = score_answer(BANK.get("beh.give-difficult-feedback"), Transcript(text))
    assert there.star is not None and there.star.off_question
    assert there.overall < own
