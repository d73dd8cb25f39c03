"""The notice shown when a spoken interview finds no microphone reads as one instruction."""

from __future__ import annotations

from pathlib import Path

from simulator.core.session import events as ev
from simulator.ui.audio_input import NO_MICROPHONE
from tests.core.session_kit import Harness


def test_no_microphone_says_once_what_to_do(tmp_path: Path) -> None:
    """It read "No microphone found. Connect one, or type your answer instead. Type your answers
    from now on.": two instructions, and the first (connect one) no longer helps."""
    h = Harness(tmp_path, follow_ups=False)
    h.start("tech.overfit", spoken=True)
    h.to_answering()
    h.session.speech_failed(NO_MICROPHONE)
    (notice,) = [n for n in h.of(ev.Notice) if "microphone" in n.text.lower()]
    assert notice.text == "No microphone found. Type your answers from now on."
