"""The microphone: QAudioSource capture (16 kHz mono Int16) into a crash-safe WAV.

``AudioInput`` implements ``simulator.speech.recorder.Recorder``. Audio goes to disk as it arrives
(``WavWriter``: at most about a second lost on a crash), through the energy VAD (level meter,
end-of-answer silence) and out through ``audio_captured`` for live transcription in a worker
(``simulator.speech.streaming.StreamingSession``). Wiring::

    mic = AudioInput(parent)
    mic.level_changed.connect(meter.set_level)            # 0..1
    mic.audio_captured.connect(worker.feed)                # bytes, queued to the worker thread
    mic.silence_detected.connect(page.on_answer_silence)   # seconds of silence after speech
    mic.recording_stopped.connect(page.on_recorded)        # (path, duration_s)
    mic.start_failed.connect(page.offer_typed_answer)      # no microphone, cannot open it
    mic.device_lost.connect(page.on_mic_lost)              # unplugged mid-answer; audio kept
    mic.device_changed.connect(page.show_notice)           # recording from another input now
    mic.open(paths.recordings_dir() / "answer.wav")        # recording_started or start_failed

Capture runs on a thread of its own (``audio-capture``, one per recording; audio_capture.py): the
QAudioSource is created and read there, and the WAV writes, ``fsync``s and VAD run there too, so a
slow disk or a busy audio server never stalls the GUI. The signals arrive on the GUI thread, in
order. ``open`` and ``close`` never wait: the outcome arrives as ``recording_started`` /
``start_failed`` and ``recording_stopped`` (after the last ``audio_captured``). ``start`` and
``stop`` are their blocking forms (a synchronous answer, for tools and tests: the window never calls them);
``stop_at_quit`` ends a recording as the window closes, the event loop running meanwhile.

Every failure is a signal with a message for people, never an exception or a crash.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Collection
from pathlib import Path
from typing import cast

from simulator.core.tables import WHERE_MICROPHONE_IS_CHOSEN
from simulator.speech.audio_server import still_present
from simulator.ui.audio_backend import configure_audio_backend

configure_audio_backend()


from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QObject,
    Qt,
    QThread,
    QTimer,  # noqa: E402
    Signal,
    Slot,
)
from PySide6.QtMultimedia import (  # noqa: E402
    QAudioDevice,
    QMediaDevices,
)

from simulator.ui import audio_capture  # noqa: E402
from simulator.ui.audio_capture import (  # noqa: E402
    OPEN_TIMEOUT_S,
    _Capture,
    _lost_message,
    device_id,
    settle,
)

NO_MICROPHONE = "No microphone found."  # the session adds what to do: type the answers


def list_input_devices(present: Collection[str] | None = None) -> list[str]:
    """Descriptions of the audio inputs Qt sees, the default first. With ``present`` (the
    audio server's microphones now: ``speech.audio_server.microphone_names``), only those:
    Qt's list keeps a microphone unplugged while another input exists."""
    default = QMediaDevices.defaultAudioInput()
    inputs = QMediaDevices.audioInputs()
    kept = still_present([device_id(d) for d in inputs], present)
    names = [d.description() for d, keep in zip(inputs, kept, strict=True) if keep]
    if not default.isNull() and default.description() in names:
        names.remove(default.description())
        names.insert(0, default.description())
    return names


def missing_device_text(description: str | None) -> str:
    """Why no answer can be recorded: the chosen input is gone, or there is none at all."""
    if description is not None:  # the session adds what to do now: type the answers
        return f"Microphone '{description}' is not connected {WHERE_MICROPHONE_IS_CHOSEN}."
    return NO_MICROPHONE


def input_problem(description: str | None) -> str | None:
    """Why an answer could not be recorded from ``description`` (None: the default input)."""
    return None if _find_device(description) is not None else missing_device_text(description)


def _find_device(description: str | None) -> QAudioDevice | None:
    if description is None:
        default = QMediaDevices.defaultAudioInput()
        if not default.isNull():
            return default
        inputs = QMediaDevices.audioInputs()
        return inputs[0] if inputs else None
    for device in QMediaDevices.audioInputs():
        if description in (device.description(), device_id(device)):
            return device
    return None


class _Current:
    """The recording in progress, reachable by the clean-up at exit and on destruction."""

    capture: _Capture | None = None

    def shut_down(self) -> None:
        if self.capture is not None:
            self.capture.shut_down()


class AudioInput(QObject):
    """Records from a microphone on a capture thread; signals arrive on the GUI thread."""

    level_changed = Signal(float)  # 0..1, logarithmic (dBFS -60..0), for a level meter
    recording_started = Signal(str)  # path
    audio_captured = Signal(bytes)  # 16 kHz mono Int16 PCM, as it arrives
    speech_detected = Signal()  # first speech of this recording
    silence_detected = Signal(float)  # seconds of silence after speech: the answer seems over
    recording_stopped = Signal(str, float)  # path, duration in seconds
    # (the path asked for, the file the audio is in, what had the name): the name asked for
    # was taken (a folder, another file), so the recording went beside it
    recording_elsewhere = Signal(str, str, str)
    start_failed = Signal(str)  # nothing recorded: no microphone, or it cannot be opened
    # (path, what to tell people) the capture thread did not close the file within
    # CLOSE_TIMEOUT_S of close(): recording_stopped follows with what came until then
    close_timed_out = Signal(str, str)
    device_lost = Signal(str)  # the microphone went away mid-recording; the audio so far is kept
    # The recording reads from another input than the one asked for (its microphone was
    # unplugged, or was gone when it opened): what it is now, for people (speech.audio_server)
    device_changed = Signal(str)
    paused = Signal()  # held: every chunk captured before it has come out of audio_captured
    resumed = Signal()  # recording again into the same file; later chunks follow

    def __init__(self, parent: QObject | None = None, *, end_silence_s: float = 4.0) -> None:
        super().__init__(parent)
        self.end_silence_s = end_silence_s
        self._device_name: str | None = None
        self._current = _Current()
        # Captures an ``open`` replaced before they stopped: only where their audio went
        # (``recording_elsewhere``) is still passed on from them, until they stop.
        self._replaced: list[_Capture] = []
        self._level = 0.0
        self._media_devices = QMediaDevices(self)
        self._media_devices.audioInputsChanged.connect(self._check_device_present)
        # Never leave a capture thread running behind: not at exit, not when deleted mid-answer.
        self.destroyed.connect(self._current.shut_down)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._current.shut_down)

    # -- choosing the microphone -------------------------------------------------------------
    @staticmethod
    def list_input_devices() -> list[str]:
        return list_input_devices()

    def set_device(self, description: str | None) -> None:
        """Use the input with this description (or id) from now on; None = system default."""
        self._device_name = description or None

    @property
    def device_description(self) -> str | None:
        """The device being recorded from (or chosen for the next recording)."""
        capture = self._current.capture
        if capture is not None:
            return capture.device.description()
        return self._device_name

    # -- state -------------------------------------------------------------------------------
    @property
    def is_recording(self) -> bool:
        return self._current.capture is not None

    @property
    def level(self) -> float:
        return self._level

    @property
    def path(self) -> Path | None:
        capture = self._current.capture
        return capture.path if capture is not None else None

    @property
    def duration_s(self) -> float:
        capture = self._current.capture
        return capture.duration_s if capture is not None else 0.0

    @property
    def capture_thread(self) -> QThread | None:
        """The thread recording now (None when not recording); for tests and diagnostics."""
        capture = self._current.capture
        return capture.thread if capture is not None else None

    # -- recording ---------------------------------------------------------------------------
    def open(self, path: Path | str) -> None:
        """Start recording into ``path`` without waiting for the device: ``recording_started``
        follows once it is open, or ``start_failed`` (within ``OPEN_TIMEOUT_S``)."""
        if self._current.capture is not None:
            # where its audio went may still come (the name taken at close): heard from it
            self._replaced.append(self._current.capture)
            self.close()
        device = self._device_or_say_why()
        if device is None:
            return
        capture = _Capture(
            device, Path(path), self.end_silence_s, tuple(QMediaDevices.audioInputs())
        )
        capture.worker.pending.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        self._current.capture = capture
        capture.thread.start()
        capture.requests.open.emit()
        QTimer.singleShot(int(OPEN_TIMEOUT_S * 1000), self, lambda: self._open_timeout(capture))

    def close(self) -> None:
        """Stop without waiting: the capture thread writes what is buffered and closes the
        file; ``recording_stopped`` follows the last ``audio_captured``, within
        ``CLOSE_TIMEOUT_S`` even when the capture thread never answers (``close_timed_out``
        then says so, and the answer keeps what came until then)."""
        capture = self._current.capture
        if capture is not None:  # what was heard until now may still be on its way
            capture.requests.finish_at.emit(time.monotonic())
            QTimer.singleShot(
                int(audio_capture.CLOSE_TIMEOUT_S * 1000),
                self,
                lambda: self._close_timeout(capture),
            )

    def pause(self) -> None:
        """Hold the recording without waiting: what was heard until now is kept, nothing
        after it until ``resume``; the file stays open and complete on disk; ``paused``
        follows the last chunk before it."""
        capture = self._current.capture
        if capture is not None:
            capture.requests.pause.emit(time.monotonic())

    def resume(self) -> None:
        """Go on recording into the same file; ``resumed`` comes before its first chunk."""
        capture = self._current.capture
        if capture is not None:
            capture.requests.resume.emit()

    def _open_timeout(self, capture: _Capture) -> None:
        if self._current.capture is capture and not capture.opened.is_set():
            self._current.capture = None
            capture.abandon()
            self.start_failed.emit(
                f"Microphone '{capture.device.description()}' did not open within "
                f"{OPEN_TIMEOUT_S:.0f} s. Try again, or type your answer instead."
            )

    def _close_timeout(self, capture: _Capture) -> None:
        """The capture thread has not closed the file in time (a device that never answers,
        a thread stuck in it): the answer must not wait for it. What came out of it is the
        answer; its file stays as the thread left it (header at most a second behind the
        audio written: ``repair_wav``); the thread is left to end on its own, referenced."""
        if self._current.capture is not capture:
            return
        self._deliver(capture)  # what it posted meanwhile, "stopped" maybe among it
        if self._current.capture is not capture:
            return
        self._current.capture = None
        capture.abandon()
        self._set_level(0.0)
        path = str(capture.path)
        self.close_timed_out.emit(
            path,
            f"Microphone '{capture.device.description()}' did not stop within "
            f"{audio_capture.CLOSE_TIMEOUT_S:.0f} s. The answer recorded until then is kept "
            f"in {path}.",
        )
        self.recording_stopped.emit(path, capture.duration_s)

    def _device_or_say_why(self) -> QAudioDevice | None:
        device = _find_device(self._device_name)
        if device is None:
            self.start_failed.emit(missing_device_text(self._device_name))
        return device

    def start(self, path: Path | str) -> bool:
        """Start recording into ``path``. False (and ``start_failed``) when it cannot."""
        if self._current.capture is not None:
            self.stop()
        device = self._device_or_say_why()
        if device is None:
            return False
        capture = _Capture(
            device, Path(path), self.end_silence_s, tuple(QMediaDevices.audioInputs())
        )
        capture.worker.pending.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        capture.thread.start()
        capture.requests.open.emit()
        timed_out = not capture.opened.wait(OPEN_TIMEOUT_S)
        if timed_out:
            capture.open_error = (
                f"Microphone '{device.description()}' did not open within "
                f"{OPEN_TIMEOUT_S:.0f} s. Try again, or type your answer instead."
            )
        if capture.open_error is not None:
            capture.shut_down()
            # It may have opened after all: only the file it made goes (capture.path can
            # still be the name asked for, a file of the person's own when that was taken).
            created = capture.created
            if timed_out and created is not None and created.is_file():
                with contextlib.suppress(OSError):
                    created.unlink()
            self.start_failed.emit(capture.open_error)
            return False
        self._current.capture = capture
        capture.announced = True
        self.recording_started.emit(str(capture.path))
        return True

    def stop(self) -> Path | None:
        """Stop and finish the file; emits ``recording_stopped``. Returns the file's path.

        Everything heard until it was called is on disk, and has come out of
        ``audio_captured``, when this returns (it waits for the capture thread: a few
        milliseconds, or until the audio on its way from the server has come)."""
        capture = self._current.capture
        if capture is None:
            return None
        capture.shut_down(time.monotonic())
        self._deliver(capture)
        if self._current.capture is capture:  # the worker never reported the file closed
            self._stopped(capture, str(capture.path), capture.duration_s)
        return capture.path

    def stop_at_quit(self) -> None:
        """Quitting: close the recording without blocking the GUI thread (``settle``: nothing
        more is read, the event loop runs until the file is closed). What the capture thread
        posted before is delivered, then ``recording_stopped``."""
        capture = self._current.capture
        if capture is None:
            return
        settle(capture)
        self._deliver(capture)
        if self._current.capture is capture:  # the worker never reported the file closed
            self._stopped(capture, str(capture.path), capture.duration_s)

    # -- events from the capture thread ------------------------------------------------------
    @Slot()
    def _drain(self) -> None:
        for capture in list(self._replaced):
            self._deliver_from_replaced(capture)
        if self._current.capture is not None:
            self._deliver(self._current.capture)

    def _deliver_from_replaced(self, capture: _Capture) -> None:
        """An earlier answer's recording, still closing: the answer it was for must learn
        where its audio is (fix42: the notice was dropped, the row kept the other file)."""
        while (event := capture.take()) is not None:
            kind, value = event
            if kind == "elsewhere":
                self.recording_elsewhere.emit(*cast("tuple[str, str, str]", value))
            elif kind in ("stopped", "open_failed"):
                self._replaced.remove(capture)
                return

    def _deliver(self, capture: _Capture) -> None:
        while (event := capture.take()) is not None:
            kind, value = event
            if kind == "audio":
                self.audio_captured.emit(value)
            elif kind == "level":
                self._set_level(value)  # type: ignore[arg-type]
            elif kind == "speech":
                self.speech_detected.emit()
            elif kind == "silence":
                self.silence_detected.emit(value)
            elif kind == "lost":
                self.device_lost.emit(value)
            elif kind == "moved":
                self.device_changed.emit(value)
            elif kind == "elsewhere":
                self.recording_elsewhere.emit(*cast("tuple[str, str, str]", value))
            elif kind == "paused":
                self.paused.emit()
            elif kind == "resumed":
                self.resumed.emit()
            elif kind == "opened":
                if not capture.announced:
                    capture.announced = True
                    self.recording_started.emit(value)
            elif kind == "open_failed":
                self._current.capture = None
                capture.retire()  # its thread ends on its own: nothing waits for it here
                self.start_failed.emit(value)
            elif kind == "stopped":
                path, duration = cast("tuple[str, float]", value)
                self._stopped(capture, path, duration)

    def _stopped(self, capture: _Capture, path: str, duration: float) -> None:
        if self._current.capture is not capture:
            return
        # The file is closed; the worker stops the device and ends its thread by itself (a
        # device slow to stop no longer holds the GUI thread: it waited up to 10 s here).
        capture.retire()
        self._current.capture = None
        self._set_level(0.0)
        self.recording_stopped.emit(path, duration)

    def _set_level(self, level: float) -> None:
        if abs(level - self._level) > 1e-3 or level == 0.0:
            self._level = level
            self.level_changed.emit(level)

    def _check_device_present(self) -> None:
        capture = self._current.capture
        if capture is None:
            return
        inputs = tuple(QMediaDevices.audioInputs())
        capture.inputs = inputs  # for the capture thread, which must not ask Qt itself
        ids = {bytes(d.id().data()) for d in inputs}
        if bytes(capture.device.id().data()) not in ids:
            capture.requests.lose.emit(
                _lost_message(capture.device, capture.path, "(disconnected)")
            )
