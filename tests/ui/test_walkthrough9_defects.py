"""Defects met in the ninth keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

from dataclasses import replace

from simulator.core.questions import load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.results import KeyPointResult
from simulator.core.transcript import Transcript
from tests.core.session_kit import PACK


def test_the_feedback_line_tells_each_missed_point_apart(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """ "missing: Designs around memory, compute, battery and latency limits of the device,
    Compresses the model with quantization, pruning and distillation, Log-mel ..." could not
    be read, and 3 of 6 missed points were shown as if they were all."""
    question = load_packs([PACK]).questions["tech.overfit"]
    labels = ["Memory, compute and battery limits", "Quantization, pruning; distillation"]
    points = [KeyPointResult(t, t, 1.0, False, "missing", 0.0, None) for t in labels * 2]
    score = replace(score_answer(question, Transcript(text="No idea.")), key_points=points)
    window.interview.show_feedback(score)
    text = window.interview.feedback.text()
    assert "“Memory, compute and battery limits”, “Quantization, pruning; distillation”" in text
    assert "1 more on the scorecard" in text
