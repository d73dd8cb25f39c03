"""A pause or a stop pressed right after the last words keeps them: the audio heard before the
press may still be on its way from the audio server (it hands audio over in fragments, later on
a busy machine), so the capture worker reads on until the recording reaches the press, and keeps
nothing heard after it. The worker runs here on the test's thread, with a stand-in device whose
audio arrives when the test says, and a clock the test sets."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QObject

from simulator.speech.audiofile import SAMPLE_RATE
from simulator.ui import audio_capture
from simulator.ui.audio_capture import _CaptureWorker

BYTES_PER_S = SAMPLE_RATE * 2


class _Device:
    def description(self) -> str:
        return "Stand-in microphone"


class _Capture:
    """What the worker needs of ``_Capture``: its file, its events and its outbox."""

    def __init__(self, path: Path) -> None:
        self.path, self.device = path, _Device()
        self.duration_s = 0.0
        self.open_error: str | None = None
        self.opened, self.closed = threading.Event(), threading.Event()
        self.events: list[tuple[str, object]] = []

    def post(self, *events: tuple[str, object]) -> bool:
        self.events.extend(events)
        return False


class _Source(QObject):
    """The device: suspended or not, its audio waiting in ``waiting`` until read."""

    def __init__(self) -> None:
        super().__init__()
        self.waiting = b""
        self.suspended = False

    def readAll(self) -> QByteArray:  # noqa: N802 (Qt's name)
        data, self.waiting = self.waiting, b""
        return QByteArray(data)

    def suspend(self) -> None:
        self.suspended = True

    def resume(self) -> None:
        self.suspended = False

    def stop(self) -> None:
        pass


def _tone_bytes(seconds: float, value: int) -> bytes:
    return value.to_bytes(2, "little", signed=True) * round(seconds * SAMPLE_RATE)


class _Harness:
    def __init__(self, tmp_path: Path) -> None:
        from simulator.speech.recorder import WavWriter

        self.now = 100.0
        self.capture = _Capture(tmp_path / "take.wav")
        self.worker = _CaptureWorker(self.capture, end_silence_s=30.0)  # type: ignore[arg-type]
        self.worker._clock = lambda: self.now
        self.source = _Source()
        self.worker._source = self.source  # type: ignore[assignment]
        self.worker._io = self.source  # type: ignore[assignment]
        self.worker._writer = WavWriter(self.capture.path)

    def arrive(self, at: float, data: bytes) -> None:
        """``data`` reaches the device's buffer at ``at``; its readyRead is handled."""
        self.now = at
        self.source.waiting += data
        self.worker._read()

    def kinds(self) -> list[str]:
        return [k for k, _ in self.capture.events if k in ("audio", "paused", "stopped")]

    def recorded(self) -> bytes:
        return self.capture.path.read_bytes()[44:]


def test_words_still_on_their_way_when_pause_is_pressed_are_kept(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    h = _Harness(tmp_path)
    said = _tone_bytes(1.0, 1000)
    h.arrive(101.0, said)  # one second, read as soon as it was heard: it began at 100.0
    h.worker.pause(101.5)  # the last half second is still on its way
    assert h.kinds() == ["audio"] and not h.source.suspended  # not held yet: it drains
    last_words, aside = _tone_bytes(0.5, 2000), _tone_bytes(0.25, 3000)
    h.arrive(101.8, last_words + aside)  # heard before the press, and after it
    assert h.kinds() == ["audio", "audio", "paused"] and h.source.suspended
    h.worker._writer.flush()  # type: ignore[union-attr]
    assert h.recorded() == said + last_words  # all that was said before Pause, nothing after
    h.arrive(102.0, _tone_bytes(0.5, 3000))  # the device still delivers: not kept
    assert h.kinds() == ["audio", "audio", "paused"]


def test_the_last_words_before_a_stop_are_in_the_file_before_it_closes(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    h = _Harness(tmp_path)
    said, last_words = _tone_bytes(2.0, 1000), _tone_bytes(0.3, 2000)
    h.arrive(102.0, said)
    h.worker.finish_at(102.3)
    assert not h.capture.closed.is_set()
    h.arrive(102.6, last_words + _tone_bytes(0.3, 3000))
    assert h.capture.closed.is_set() and h.kinds()[-1] == "stopped"
    assert h.recorded() == said + last_words
    assert h.capture.duration_s == pytest.approx(2.3)


def test_audio_that_never_comes_holds_the_pause_up_no_longer_than_the_drain_limit(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(audio_capture, "DRAIN_MAX_S", 0.2)
    h = _Harness(tmp_path)
    h.arrive(101.0, _tone_bytes(1.0, 1000))
    h.worker.pause(101.5)  # the device has gone quiet: nothing more arrives
    assert "paused" not in h.kinds()
    qtbot.waitUntil(lambda: "paused" in h.kinds(), timeout=5000)
    assert h.source.suspended


def test_a_resume_while_the_pause_drains_goes_on_at_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    h = _Harness(tmp_path)
    h.arrive(101.0, _tone_bytes(1.0, 1000))
    h.worker.pause(101.5)
    h.worker.resume()  # pressed again before the last words arrived
    assert [k for k, _ in h.capture.events if k in ("paused", "resumed")] == ["paused", "resumed"]
    assert not h.source.suspended
    h.arrive(103.0, _tone_bytes(0.5, 2000))  # recording again: kept
    h.worker._writer.flush()  # type: ignore[union-attr]
    assert len(h.recorded()) == 1.5 * BYTES_PER_S


def test_paused_is_said_only_once_the_file_header_counts_all_the_audio(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A paused recording is complete on disk when "paused" reaches the GUI thread (a crash or a
    quit while paused keeps it all). Round 38 posted "paused" before the header update; under
    load the virtual-microphone test read a header of 30856 bytes over 52054 on disk."""
    import wave

    h = _Harness(tmp_path)
    h.worker._writer._flushed_at = float("inf")  # type: ignore[union-attr]  # no timed flush due
    header_at_paused: list[int] = []
    post = h.capture.post

    def watch(*events: tuple[str, object]) -> bool:
        if any(kind == "paused" for kind, _ in events):
            with wave.open(str(h.capture.path)) as w:
                header_at_paused.append(w.getnframes() * w.getsampwidth())
        return post(*events)

    h.capture.post = watch  # type: ignore[method-assign]
    said = _tone_bytes(0.5, 1000)  # under the second of audio that flushes by itself
    h.arrive(100.5, said)
    h.worker.pause(100.5)  # nothing more on its way: held at once
    assert header_at_paused == [len(said)]
