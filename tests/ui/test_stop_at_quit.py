"""Quitting while a spoken answer records: the recording ends without blocking the GUI thread.

The window's shutdown stopped the microphone with the blocking ``AudioInput.stop``: the GUI
thread waited for the capture thread (reading on for the last words up to 2 s, then stopping
the device), and the window froze meanwhile. Here the capture thread can close the file only
after the GUI thread has handled an event: a shutdown that blocks never lets it, and the file
stays open; one that keeps the event loop running lets it close."""

from __future__ import annotations

import threading
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtMultimedia import QAudioDevice

from simulator.speech.recorder import WavWriter
from simulator.ui import audio_capture
from simulator.ui.audio_capture import _Capture, _CaptureWorker


def test_quitting_while_recording_keeps_the_gui_thread_running(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.tasks import TaskManager
    from simulator.ui.voice import VoiceAnswers

    monkeypatch.setattr(audio_capture, "CLOSE_TIMEOUT_S", 0.5)  # a blocking stop gives up soon
    gui_handled = threading.Event()  # set by the GUI thread's event loop
    close_file = _CaptureWorker._close

    def close_after_the_gui_ran(worker: _CaptureWorker) -> None:
        gui_handled.wait(3.0)  # the device's stop, here waiting for the GUI thread
        close_file(worker)

    monkeypatch.setattr(_CaptureWorker, "_close", close_after_the_gui_ran)

    tasks = TaskManager()
    voice = VoiceAnswers(tasks)
    mic = voice._microphone()
    capture = _Capture(QAudioDevice(), tmp_path / "answer.wav", 4.0, ())
    capture.worker._writer = WavWriter(capture.path)  # as if the device had opened
    capture.worker.pending.connect(mic._drain)
    capture.thread.start()
    mic._current.capture = capture
    stopped: list[str] = []
    mic.recording_stopped.connect(lambda path, _duration: stopped.append(path))
    assert mic.is_recording

    QTimer.singleShot(0, gui_handled.set)  # runs only if the GUI thread handles events
    voice.shutdown()  # as the window's close does

    assert gui_handled.is_set() and capture.closed.is_set()
    assert stopped == [str(capture.path)] and not mic.is_recording
    assert capture.thread.isFinished()
    with wave.open(str(capture.path)) as recorded:  # a complete file: its header written
        assert recorded.getnframes() == 0
    tasks.shutdown()
