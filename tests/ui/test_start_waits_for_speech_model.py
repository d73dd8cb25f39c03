"""Start of a spoken interview while the speech model is still being built: the interview waits
on Home until the build has ended (or failed), so Whisper's first build, which holds the GIL
for much of its 0.5-1 s, never overlaps the first briefing's page layout (the worst GUI stall
of a voice interview, ``benchmarks/voice_interview.py``). The order is tested, not the time."""

from __future__ import annotations

from typing import Any

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.ui.interview_start import SPEECH_WAIT_TEXT, SpeechWait


def _model_loading(window: Any, loads: list[str]) -> None:
    """The speech model's build asked for and not finished (no real model is loaded)."""
    voice = window.voice_answers
    voice.input_problem = lambda: None  # a microphone is there

    def preload() -> None:
        loads.append("asked")
        voice._load_requested = True

    voice.preload = preload
    home = window.home
    home.answer_mode.setCurrentIndex(home.answer_mode.findData("spoken"))


def _model_built(window: Any) -> None:
    voice = window.voice_answers
    voice.model_ready = True  # as ``VoiceAnswers._loaded`` does on the GUI thread
    voice.model_loaded.emit("fake model")


def test_spoken_start_waits_on_home_until_the_model_is_built(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    loads: list[str] = []
    _model_loading(window, loads)
    states: list[str] = []
    window.controller.state_changed.connect(states.append)
    window.start_interview(Plan(counts={"technical": 1}), False)
    assert loads and window.voice_answers.loading
    assert window.stack.currentWidget() is window.home  # no briefing during the build
    assert window.controller.state is State.IDLE and not states
    assert window.statusBar().currentMessage() == SPEECH_WAIT_TEXT
    _model_built(window)
    assert window.stack.currentWidget() is window.interview
    assert states and states[0] == State.BRIEFING.value
    assert window.statusBar().currentMessage() != SPEECH_WAIT_TEXT
    # a second model_loaded (a changed model's build) does not start anything again
    window.voice_answers.model_loaded.emit("fake model")
    assert states.count(State.BRIEFING.value) == 1


def test_a_failed_build_starts_the_interview_at_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _model_loading(window, [])
    window.start_interview(Plan(counts={"technical": 1}), False)
    assert window.controller.state is State.IDLE
    window.voice_answers._load_requested = False  # as ``_model_failed`` does
    window.voice_answers.failed.emit("The speech model could not be loaded (test)")
    assert window.stack.currentWidget() is window.interview
    assert window.controller.state is not State.IDLE


def test_typed_or_ready_starts_at_once(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    loads: list[str] = []
    _model_loading(window, loads)
    window.voice_answers.model_ready = True  # built already on Home
    window.start_interview(Plan(counts={"technical": 1}), False)
    assert window.stack.currentWidget() is window.interview
    assert window.findChild(SpeechWait) is None


def test_two_starts_while_waiting_start_one_interview(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _model_loading(window, [])
    states: list[str] = []
    window.controller.state_changed.connect(states.append)
    window.start_interview(Plan(counts={"technical": 1}), False)
    window.start_interview(Plan(counts={"technical": 1}), False)  # Start pressed again
    _model_built(window)
    assert states.count(State.BRIEFING.value) == 1


def test_a_page_opened_while_waiting_wins(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    _model_loading(window, [])
    window.start_interview(Plan(counts={"technical": 1}), False)
    window.stack.setCurrentWidget(window.scorecard)  # a past session's scorecard meanwhile
    _model_built(window)
    assert window.controller.state is State.IDLE
    assert window.stack.currentWidget() is window.scorecard


def test_a_resumed_spoken_session_waits_on_home_too(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.main_window import MainWindow

    storage = services.storage
    sid = storage.create_session(
        {"name": "Custom", "question_ids": ["tech.overfit", "case.spam"], "answer_mode": "spoken"}
    )
    storage.add_answer(sid, "tech.overfit", 0, "spoken", "Overfitting memorizes noise.")
    window = MainWindow(services)
    qtbot.addWidget(window)
    _model_loading(window, [])
    window.voice_answers.start = lambda path, topic=None: None  # no real microphone here
    window.show()
    qtbot.waitUntil(window.home.resume_button.isVisible, timeout=5000)
    window.home.resume_button.click()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == SPEECH_WAIT_TEXT, timeout=5000)
    assert window.stack.currentWidget() is window.home
    assert window.controller.state is State.IDLE
    _model_built(window)
    assert window.stack.currentWidget() is window.interview
    assert window.controller.state is not State.IDLE and window.controller.spoken
    window.shutdown()
