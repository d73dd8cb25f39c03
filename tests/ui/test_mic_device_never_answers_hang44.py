"""A microphone that does not answer its open or its stop never holds the GUI thread or the
answer (issue 8: "opening and stopping the microphone never block the GUI thread").

The device here is a stand-in given to the real capture thread (``_CaptureWorker``): its open,
its stop and its reads block on events the test sets, so every step is ordered by the test, not
by sleeps. Before: the capture thread stopped the device before closing the file, so a device
whose stop never returned left the answer unsaid for good (no ``recording_stopped``, no
transcript); and the GUI thread waited for the capture thread to end after each recording
(up to ``CLOSE_TIMEOUT_S`` twice)."""

from __future__ import annotations

import threading
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QObject, QTimer, Signal

from simulator.speech import audio_server
from simulator.ui import audio_capture
from simulator.ui.audio_capture import _CaptureWorker
from simulator.ui.audio_input import AudioInput

NAME = "Stand-in USB microphone"
SECOND = b"\x10\x00" * 16000  # one second of 16 kHz 16-bit audio, not silence
WAIT_MS = 10000  # for a signal that comes at once when things work (a busy machine)


class _Device:
    def description(self) -> str:
        return NAME


class _NoError:
    name = "NoError"


class _Io(QObject):
    """The device's stream: ``readAll`` hands over what the test gave, or blocks until
    ``reads`` is set once ``block_reads`` is."""

    readyRead = Signal()  # noqa: N815 (Qt's name)

    def __init__(self, gates: _Gates) -> None:
        super().__init__()
        self._gates = gates
        self._lock = threading.Lock()
        self._waiting = b""

    def give(self, data: bytes) -> None:
        with self._lock:
            self._waiting += data
        self.readyRead.emit()  # queued to the capture thread, where the reader lives

    def readAll(self) -> QByteArray:  # noqa: N802 (Qt's name)
        if self._gates.block_reads.is_set():
            self._gates.reading.set()
            self._gates.reads.wait(WAIT_MS / 1000)
        with self._lock:
            data, self._waiting = self._waiting, b""
        return QByteArray(data)


class _Source(QObject):
    def __init__(self, gates: _Gates) -> None:
        super().__init__()
        self._gates = gates

    def error(self) -> _NoError:
        return _NoError()

    def suspend(self) -> None:
        pass

    def resume(self) -> None:
        pass

    def stop(self) -> None:
        self._gates.stopping.set()
        self._gates.stop.wait(WAIT_MS / 1000)  # a device that does not answer its stop


class _Gates:
    def __init__(self) -> None:
        self.opening, self.open = threading.Event(), threading.Event()
        self.stopping, self.stop = threading.Event(), threading.Event()
        self.block_reads, self.reading, self.reads = (threading.Event() for _ in range(3))
        self.io: _Io | None = None

    def release(self) -> None:
        self.open.set()
        self.stop.set()
        self.reads.set()


class _Watch:
    def __init__(self, _description: str) -> None:
        self.reading_from = NAME

    def check(self) -> None:
        return None


@pytest.fixture
def device(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    gates = _Gates()

    def start_source(_worker: object, _device: object) -> tuple[_Source, _Io, str]:
        gates.opening.set()
        gates.open.wait(WAIT_MS / 1000)  # a device slow to open
        gates.io = _Io(gates)  # made on the capture thread, as QAudioSource's stream is
        return _Source(gates), gates.io, ""

    monkeypatch.setattr(_CaptureWorker, "_start_source", start_source)
    monkeypatch.setattr(audio_server, "sources", lambda: None)
    monkeypatch.setattr(audio_server, "SourceWatch", _Watch)
    monkeypatch.setattr(audio_capture, "FIRST_DATA_TIMEOUT_S", 600.0)
    monkeypatch.setattr(audio_capture, "STALL_TIMEOUT_S", 600.0)
    monkeypatch.setattr(audio_capture, "DRAIN_MAX_S", 0.0)  # the stop keeps what has come
    yield gates
    gates.release()
    for capture in [*audio_capture._STUCK, *audio_capture._ENDING]:
        capture.thread.wait(WAIT_MS)


def _gui_thread_runs(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The GUI thread handles events now (a page could repaint, a key be read)."""
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran), timeout=WAIT_MS)


def _microphone(monkeypatch: pytest.MonkeyPatch) -> AudioInput:
    mic = AudioInput()
    monkeypatch.setattr(mic, "_device_or_say_why", _Device)
    return mic


def _frames(path: Path) -> int:
    with wave.open(str(path)) as recorded:
        return recorded.getnframes()


def test_a_device_slow_to_open_and_never_stopping_keeps_the_answer(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, device: _Gates
) -> None:
    monkeypatch.setattr(audio_capture, "CLOSE_TIMEOUT_S", 60.0)  # not what ends the answer here
    mic = _microphone(monkeypatch)
    path = tmp_path / "answer.wav"
    captured: list[int] = []
    mic.audio_captured.connect(lambda pcm: captured.append(len(pcm)))

    mic.open(path)  # returns while the capture thread is inside the device's open
    assert device.opening.wait(WAIT_MS / 1000) and not device.open.is_set()
    _gui_thread_runs(qtbot)
    assert mic.is_recording  # opening: the page says "Opening the microphone..."
    with qtbot.waitSignal(mic.recording_started, timeout=WAIT_MS):
        device.open.set()
    assert device.io is not None
    device.io.give(SECOND)
    qtbot.waitUntil(lambda: sum(captured) == len(SECOND), timeout=WAIT_MS)

    with qtbot.waitSignal(mic.recording_stopped, timeout=WAIT_MS) as stopped:
        mic.close()
    # The answer came without waiting for the device's stop, which never returns here. The file
    # is closed and said stopped before the device is asked to stop, so the capture thread may
    # reach the stop only after the signal: wait for it rather than assume it came first.
    assert device.stopping.wait(WAIT_MS / 1000) and not device.stop.is_set()
    _gui_thread_runs(qtbot)
    assert stopped.args == [str(path), pytest.approx(1.0)]
    assert _frames(path) == len(SECOND) // 2  # the whole answer, its header written
    assert not mic.is_recording


def test_a_capture_thread_that_never_closes_the_file_is_given_up_by_name(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, device: _Gates
) -> None:
    from simulator.speech.fakes import FakeTranscriber
    from simulator.ui import voice as voice_module
    from simulator.ui.tasks import TaskManager
    from simulator.ui.voice import VoiceAnswers

    monkeypatch.setattr(audio_capture, "CLOSE_TIMEOUT_S", 0.3)
    monkeypatch.setattr(voice_module, "_transcriber", lambda *_: FakeTranscriber("kept words"))
    tasks = TaskManager()
    try:
        voice = VoiceAnswers(tasks)
        mic = voice._microphone()
        monkeypatch.setattr(mic, "_device_or_say_why", _Device)
        path = tmp_path / "answer.wav"
        told: list[str] = []
        voice.input_changed.connect(told.append)
        with qtbot.waitSignal(voice.recording_started, timeout=WAIT_MS):
            voice.start(path)
            device.open.set()
        assert device.io is not None
        with qtbot.waitSignal(mic.audio_captured, timeout=WAIT_MS):
            device.io.give(SECOND)
        device.block_reads.set()  # from now on the device holds every read

        with qtbot.waitSignal(voice.transcript_ready, timeout=WAIT_MS) as ready:
            voice.stop()
        assert device.reading.is_set() and not device.reads.is_set()  # still held
        _gui_thread_runs(qtbot)
        assert ready.args[0].text == "kept words"  # the answer goes on with what was heard
        (notice,) = told
        assert f"Microphone '{NAME}' did not stop" in notice and str(path) in notice
        assert not voice.recording
        # The file was made whole on the speech lane (in order, before the transcript), not
        # on the GUI thread: its header counts the audio written, which a later
        # whole-recording pass reads.
        assert _frames(path) == len(SECOND) // 2
    finally:
        device.release()
        assert tasks.drain(WAIT_MS)
