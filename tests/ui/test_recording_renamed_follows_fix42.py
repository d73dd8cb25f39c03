"""A recording whose name was taken (attack run 42) and the answer that asked for it (fix42).

Where an answer's audio went was passed on only from the recording in progress: once the next
answer's recording had opened, an earlier one that found its name taken at close said so to no
one, and the voice answers renamed the current answer's file instead. And a microphone that did
not open in time had its file removed by the name asked for, which is the person's own file
when that name was taken (the worker makes ``-2.wav`` beside it)."""

from __future__ import annotations

import threading
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtMultimedia import QAudioDevice

from simulator.speech import audio_server
from simulator.ui import audio_capture, audio_input
from simulator.ui.audio_capture import _CaptureWorker
from simulator.ui.audio_input import AudioInput
from simulator.ui.tasks import TaskManager
from simulator.ui.voice import VoiceAnswers


class _Pending(QObject):
    pending = Signal()


class _Requests:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def __getattr__(self, name: str) -> object:
        requests = self

        class _Emit:
            def emit(self, *_args: object) -> None:
                requests.asked.append(name)

        return _Emit()


class _StandIn:
    """A recording as AudioInput sees it: its outbox, filled by the test."""

    def __init__(self, path: Path) -> None:
        self.path, self.announced = path, True
        self.worker, self.requests = _Pending(), _Requests()
        self.outbox: deque[tuple[str, object]] = deque()
        self.opened = threading.Event()
        self.opened.set()

    def shut_down(self, _asked_at: float | None = None) -> None:
        pass

    def take(self) -> tuple[str, object] | None:
        return self.outbox.popleft() if self.outbox else None

    class thread:  # noqa: N801 - what AudioInput calls of a QThread
        @staticmethod
        def start() -> None:
            pass


def test_an_earlier_recording_says_where_its_audio_went_after_the_next_opened(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    first, second = tmp_path / "q1.wav", tmp_path / "q2.wav"
    beside = tmp_path / "q1-2.wav"
    tasks = TaskManager()
    try:
        voice = VoiceAnswers(tasks)
        mic = voice._microphone()
        earlier = _StandIn(first)
        mic._current.capture = earlier  # type: ignore[assignment]
        monkeypatch.setattr(mic, "_device_or_say_why", QAudioDevice)
        monkeypatch.setattr(audio_input, "_Capture", lambda _d, path, *_a: _StandIn(path))
        voice._path = second
        mic.open(second)  # the next answer: the earlier recording is still closing
        assert "finish_at" in earlier.requests.asked
        told: list[tuple[str, str, str]] = []
        voice.recording_elsewhere.connect(lambda *args: told.append(args))
        earlier.outbox.extend(
            [("elsewhere", (str(first), str(beside), "a folder")), ("stopped", (str(beside), 1.0))]
        )
        mic._drain()
        ((asked, path, text),) = told  # (before: dropped, the row kept the other file's name)
        assert (asked, path) == (str(first), str(beside)) and f"saved as {beside}" in text
        assert voice.path == second  # the current answer keeps its own file
        assert mic._replaced == []  # it has stopped: nothing more is read from it
    finally:
        assert tasks.drain(2000)


def test_a_microphone_too_slow_to_open_leaves_the_persons_file_of_that_name(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    own = tmp_path / "take.wav"
    own.write_bytes(b"the person's own recording")
    release = threading.Event()

    def stuck(_worker: object, _device: object) -> tuple[None, None, str]:
        release.wait(10)
        return None, None, "stuck"

    monkeypatch.setattr(_CaptureWorker, "_start_source", stuck)
    monkeypatch.setattr(audio_server, "sources", lambda: None)
    monkeypatch.setattr(audio_input, "OPEN_TIMEOUT_S", 0.3)
    monkeypatch.setattr(audio_capture, "CLOSE_TIMEOUT_S", 0.2)
    mic = AudioInput()
    monkeypatch.setattr(mic, "_device_or_say_why", QAudioDevice)
    try:
        with qtbot.waitSignal(mic.start_failed, timeout=5000) as failed:
            assert mic.start(own) is False
        assert "did not open within" in failed.args[0]
        assert own.read_bytes() == b"the person's own recording"  # (before: removed)
        assert not (tmp_path / "take-2.wav").exists()  # the file it made is gone
    finally:
        release.set()
    for capture in list(audio_capture._STUCK):
        capture.thread.wait(5000)
