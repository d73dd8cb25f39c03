"""A spoken interview stopped mid-recording on its last question and resumed went straight to
the wrap-up: no question was shown, and an empty bar with no words beside it stood at the foot
of the page, under the notice that the recording was being transcribed, as if the microphone
listened (round 50; seen again in a real run here: the crash and resume of
tests/ui/spoken_session.py through a PulseAudio virtual microphone, 960x640, the answer's
clock bar with an empty clock). A bar is shown with what it measures, and the microphone's
level only while an answer is recorded."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar

from simulator.core.interview import State
from tests.ui.stand_ins import resumed_on_the_wrap_up


def test_no_empty_bar_at_a_resumed_spoken_wrap_up_r51(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    release = resumed_on_the_wrap_up(qtbot, window, voice=True)
    page = window.interview
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
