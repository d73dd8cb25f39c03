"""A spoken interview stopped mid-recording on its last question and resumed went straight to
the wrap-up: no question was shown, and an empty bar with no words beside it stood at the foot
of the page, under the notice that the recording was being transcribed, as if the microphone
listened (round 50; seen again in a real run here: the crash and resume of
tests/ui/spoken_session.py through a PulseAudio virtual microphone, 960x640, the answer's
clock bar with an empty clock). A bar is shown with what it measures, and the microphone's
level only while an answer is recorded."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QProgressBar

from simulator.core.interview import State
from tests.ui.stand_ins import GOOD, spoken, wait_state


def test_no_empty_bar_at_a_resumed_spoken_wrap_up_r51(
    qtbot, window, services, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    plan = {"name": "Spoken", "question_ids": ["tech.overfit"], "spoken": True, "voice": True}
    sid = storage.create_session(plan)
    wav = data_dir / "cut.wav"
    wav.write_bytes(b"RIFF")
    storage.add_answer(sid, "tech.overfit", 0, "spoken", "", audio_path=str(wav))
    release = threading.Event()

    def recover(path: Path, topic: object = None):  # type: ignore[no-untyped-def]
        release.wait(10)
        return spoken(GOOD)

    window.voice_answers.recover = recover
    window.voice_answers.preload = lambda: None
    window.voice_answers.input_problem = lambda: None  # a microphone is there
    window.resume_session(sid)
    wait_state(qtbot, window, State.WRAP_UP)
    page = window.interview
    qtbot.wait(200)
    try:
        assert not page.level.isVisible() and not page.level_label.isVisible()
        assert not page.time_bar.isVisible(), page.clock.text()  # no clock: no bar
        shown = [bar.objectName() for bar in page.findChildren(QProgressBar) if bar.isVisible()]
        assert shown == [], shown
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.controller.state is not State.WRAP_UP, timeout=20000)


def test_the_clock_bar_shows_with_its_clock_r51(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from simulator.core.plan import Plan
    from tests.ui.stand_ins import begin_answering

    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    page = window.interview
    assert page.time_bar.isVisible() and "of" in page.clock.text()
