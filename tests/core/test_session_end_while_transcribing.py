"""Ctrl+E while the last words of a spoken answer are transcribed (walkthrough 8)."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness, spoken

from simulator.core.interview import State
from simulator.core.session import events as ev

ANSWER = "Overfitting is when the model memorizes noise in the training set instead of the signal."


def test_ending_while_transcribing_says_it_will_end_once_the_words_are_in(tmp_path: Path) -> None:
    """On a busy machine the last words took 20 s to transcribe; Ctrl+E in that time changed
    nothing on screen, as if it had not been pressed. It ends the interview then, and now
    says so at once."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", "case.spam", spoken=True)
    h.to_answering()
    h.session.recording_started()
    h.session.primary()  # the answer ends; its last words are being transcribed
    assert h.session.state is State.TRANSCRIBING
    h.session.end()
    (said,) = [e for e in h.of(ev.Notice) if "transcribed" in e.text]
    assert "ends" in said.text and said.lasts == "moment"
    h.session.transcribed(spoken(ANSWER))
    assert h.session.state is State.SCORECARD
    assert [a.text for a in h.rows()] == [ANSWER]
