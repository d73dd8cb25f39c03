"""The live STAR timer and the scored STAR split each say what they measure, and the feedback
line under a story gives the split in the scorecard bars' own figures (walkthrough 40: the two
disagreed for the same story with nothing to say why)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.scorecard.answer import _star
from simulator.core.scorecard.star_basis import (
    bars_caption,
    bars_explained,
    scored_split,
    timer_caption,
)
from simulator.core.scoring import score_answer
from simulator.core.session.feedback import feedback_parts
from simulator.core.transcript import Transcript

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
STORY = (
    "At my last job two engineers on my team disagreed about the pipeline design. "
    "As the tech lead I was responsible for a decision before the release. "
    "I met each of them, listened to both designs and wrote down what each one cost us, "
    "then set up a design review with clear criteria and asked both to present. "
    "As a result we picked one design in two days and shipped on time."
)


def test_the_line_s_split_is_the_bars_split() -> None:
    score = score_answer(load_packs([PACK]).questions["beh.conflict"], Transcript(text=STORY))
    assert score.star is not None
    view = _star(score.star)
    assert view is not None
    line = feedback_parts(score)[-1]
    expected = ", ".join(f"{p.name.capitalize()} {p.percent}%" for p in view.parts)
    assert line == f"scored split by words: {expected}"


def test_rounding_is_the_bars_rounding() -> None:
    # 17.5 and 12.5 both round up (half_up), 101 in all: the point over is taken from the
    # earlier of the two raised by the same half (whole_percents), as the bars show it
    shares = {"situation": 0.175, "task": 0.125, "action": 0.5, "result": 0.2}
    assert scored_split(shares, "time") == (
        "scored split by speaking time: Situation 17%, Task 13%, Action 50%, Result 20%"
    )
    assert scored_split({}, "words").endswith("Situation 0%, Task 0%, Action 0%, Result 0%")


def test_each_caption_names_its_measure_and_the_other() -> None:
    assert "type it" in timer_caption(False) and "say it" in timer_caption(True)
    for caption in (timer_caption(False), timer_caption(True)):
        assert "seconds" in caption and "Ctrl+1" in caption and "score" in caption
    assert bars_caption("words") == "Share of your words, as scored (not the live timer)"
    assert bars_caption("time").startswith("Share of your speaking time, as scored")
    assert all("live timer" in bars_explained(b) for b in ("words", "time"))
