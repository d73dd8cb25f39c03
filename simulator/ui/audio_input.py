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
    mic.start(paths.recordings_dir() / "answer.wav")

Capture runs on a thread of its own (``audio-capture``, one per recording): the QAudioSource is
created and read there, and the WAV writes, ``fsync``s and VAD run there too, so a slow disk or a
busy audio server never stalls the GUI. The signals arrive on the GUI thread, in order. ``start``
waits briefly for the device to open (a synchronous False when it cannot); ``stop`` waits for the
last audio to reach the file and ``audio_captured``, then ends the thread.

Every failure is a signal with a message for people, never an exception or a crash.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import cast


def configure_audio_backend() -> None:
    """Pin Qt's audio backend to PulseAudio on Linux unless the user chose one.

    Qt 6.12 tries PipeWire first; PulseAudio (or PipeWire's PulseAudio server) is what every
    Linux desktop runs and what the tests' virtual microphone provides. Must run before Qt
    multimedia is first used (this module calls it on import; ``app.py`` may call it earlier).
    """
    if sys.platform.startswith("linux"):
        os.environ.setdefault("QT_AUDIO_BACKEND", "pulseaudio")


configure_audio_backend()

import threading  # noqa: E402
from collections import deque  # noqa: E402

import shiboken6  # noqa: E402
from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QIODevice,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtMultimedia import (  # noqa: E402
    QAudioDevice,
    QAudioFormat,
    QAudioSource,
    QMediaDevices,
)

from simulator.speech.audiofile import SAMPLE_RATE  # noqa: E402
from simulator.speech.recorder import WavWriter  # noqa: E402
from simulator.speech.vad import AnswerEnded, EnergyVad, meter_level  # noqa: E402

BUFFER_S = 5.0
NO_MICROPHONE = "No microphone found. Connect one, or type your answer instead."
# A live input delivers data every few tens of ms; this long without any means it is gone
# (PulseAudio's own start-up can take over a second, hence the longer grace before the first data).
STALL_TIMEOUT_S = 3.0
FIRST_DATA_TIMEOUT_S = 6.0
# start() waits this long for the capture thread to say whether the device opened: callers need
# a synchronous False when there is no usable microphone. Opening takes a few ms.
OPEN_TIMEOUT_S = 2.0
# stop() waits this long for the capture thread to write the last audio and close the file.
CLOSE_TIMEOUT_S = 5.0
# Capture threads that did not finish in time: kept referenced, since destroying a running QThread
# aborts the process.
_STUCK: list[_Capture] = []


def list_input_devices() -> list[str]:
    """Descriptions of the audio inputs Qt sees, the default first."""
    default = QMediaDevices.defaultAudioInput()
    names = [d.description() for d in QMediaDevices.audioInputs()]
    if not default.isNull() and default.description() in names:
        names.remove(default.description())
        names.insert(0, default.description())
    return names


def _find_device(description: str | None) -> QAudioDevice | None:
    if description is None:
        default = QMediaDevices.defaultAudioInput()
        if not default.isNull():
            return default
        inputs = QMediaDevices.audioInputs()
        return inputs[0] if inputs else None
    for device in QMediaDevices.audioInputs():
        if description in (
            device.description(),
            bytes(device.id().data()).decode(errors="replace"),
        ):
            return device
    return None


def _has_error(source: QAudioSource) -> bool:
    # Compared by name: PySide 6.12 returns QtAudio.Error, which is not equal to QAudio.Error.
    return source.error().name != "NoError"


def _pcm_format() -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(SAMPLE_RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


def _lost_message(device: QAudioDevice, path: Path, why: str) -> str:
    return (
        f"Microphone '{device.description()}' stopped working {why}. "
        f"The answer recorded so far is kept in {path}."
    )


class _Requests(QObject):
    """GUI-thread end of the requests to a capture worker (queued to the capture thread)."""

    open = Signal()
    finish = Signal()
    lose = Signal(str)


class _Capture:
    """One recording: its capture thread and worker, and the outbox the worker fills.

    The worker appends events to the outbox and signals ``pending`` when it was empty; the GUI
    thread takes them in order (audio chunks that queued up meanwhile come out joined). Both
    ``opened`` and ``closed`` are set by the worker, so the GUI thread can wait for them briefly.
    """

    def __init__(self, device: QAudioDevice, path: Path, end_silence_s: float) -> None:
        self.device, self.path = device, path
        self.duration_s = 0.0  # written by the worker, read by the GUI thread
        self.open_error: str | None = None
        self.opened = threading.Event()
        self.closed = threading.Event()
        self._lock = threading.Lock()
        self._outbox: deque[tuple[str, object]] = deque()
        self._signalled = False
        self.thread = QThread()
        self.thread.setObjectName("audio-capture")
        self.worker = _CaptureWorker(self, end_silence_s)
        self.worker.moveToThread(self.thread)
        self.requests = _Requests()
        self.requests.open.connect(self.worker.open)
        self.requests.finish.connect(self.worker.finish)
        self.requests.lose.connect(self.worker.lose)

    def post(self, *events: tuple[str, object]) -> bool:
        """Worker side: queue events; True when the GUI thread needs a nudge."""
        with self._lock:
            self._outbox.extend(events)
            nudge, self._signalled = not self._signalled, True
        return nudge

    def take(self) -> tuple[str, object] | None:
        """GUI side: the next event (adjacent audio chunks joined), None when there is none."""
        with self._lock:
            if not self._outbox:
                self._signalled = False
                return None
            kind, value = self._outbox.popleft()
            if kind == "audio":
                chunks = [value]
                while self._outbox and self._outbox[0][0] == "audio":
                    chunks.append(self._outbox.popleft()[1])
                value = b"".join(chunks) if len(chunks) > 1 else value  # type: ignore[arg-type]
            return kind, value

    def shut_down(self) -> None:
        """Have the worker write what is buffered and close the file; end the thread."""
        if self.thread.isFinished():
            return
        self.requests.finish.emit()
        closed = self.closed.wait(CLOSE_TIMEOUT_S)
        self.thread.quit()
        if not (closed and self.thread.wait(int(CLOSE_TIMEOUT_S * 1000))):
            print(f"audio capture for {self.path} did not stop in time", file=sys.stderr)
            _STUCK.append(self)


class _CaptureWorker(QObject):
    """Lives on the capture thread: QAudioSource, WavWriter (writes, fsync), VAD and watchdog."""

    pending = Signal()  # events are waiting in the outbox

    def __init__(self, capture: _Capture, end_silence_s: float) -> None:
        super().__init__()
        self._capture = capture
        self._end_silence_s = end_silence_s
        self._home = self.thread()  # where it returns when done, to be deleted there
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._writer: WavWriter | None = None
        self._vad = EnergyVad(end_silence_s=end_silence_s)
        self._watchdog: QTimer | None = None
        self._ticks_without_data = 0
        self._got_data = False
        self._closing = False

    @Slot()
    def open(self) -> None:
        capture, device = self._capture, self._capture.device
        try:
            writer = WavWriter(capture.path)
        except OSError as exc:
            return self._fail(f"Cannot write the recording {capture.path}: {exc.strerror or exc}")
        source = QAudioSource(device, _pcm_format())
        # Room for BUFFER_S of audio, so a busy thread delays the data instead of losing it.
        source.setBufferSize(int(BUFFER_S * SAMPLE_RATE * 2))
        io = source.start()
        if io is None or _has_error(source):
            error = source.error()
            source.stop()
            shiboken6.delete(source)
            writer.close()
            writer.path.unlink(missing_ok=True)
            return self._fail(
                f"Cannot open microphone '{device.description()}' ({error.name}). "
                "Check that no other program holds it, or type your answer instead."
            )
        self._source, self._io, self._writer = source, io, writer
        io.readyRead.connect(self._read)
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(500)
        self._watchdog.timeout.connect(self._on_watchdog)
        self._watchdog.start()
        capture.opened.set()

    def _fail(self, message: str) -> None:
        self._capture.open_error = message
        self._capture.opened.set()

    @Slot()
    def finish(self) -> None:
        """Write whatever is still buffered (it belongs to the answer), close the file."""
        if not self._closing:
            self._closing = True
            self._read()
            self._close()
        self._capture.closed.set()
        if self.thread() is not self._home:
            self.moveToThread(self._home)

    @Slot(str)
    def lose(self, message: str) -> None:
        self._post(("lost", message))
        if not self._closing:
            self.finish()

    def _close(self) -> None:
        if self._watchdog is not None:
            self._watchdog.stop()
            shiboken6.delete(self._watchdog)
            self._watchdog = None
        source, self._source, self._io = self._source, None, None
        if source is not None:
            source.stop()
            shiboken6.delete(source)
        writer, self._writer = self._writer, None
        if writer is not None:
            duration = writer.close()
            self._capture.duration_s = duration
            self._post(("stopped", (str(writer.path), duration)))

    def _post(self, *events: tuple[str, object]) -> None:
        if self._capture.post(*events):
            self.pending.emit()

    @Slot()
    def _read(self) -> None:
        if self._io is None or self._writer is None:
            return
        data = bytes(self._io.readAll().data())
        if not data:
            return
        self._ticks_without_data = 0
        self._got_data = True
        try:
            self._writer.write(data)
        except OSError as exc:  # disk full, folder removed: keep what is on disk
            self.lose(f"Recording stopped: cannot write {self._writer.path} ({exc.strerror}).")
            return
        self._capture.duration_s = self._writer.duration_s
        vad = self._vad
        had_speech = vad.heard_speech
        vad_events = vad.feed_pcm(data)
        events: list[tuple[str, object]] = [
            ("audio", data),
            ("level", meter_level(vad.level_db)),
        ]
        if not had_speech and vad.heard_speech:
            events.append(("speech", None))
        for event in vad_events:
            if isinstance(event, AnswerEnded):
                events.append(("silence", event.silence_s))
        self._post(*events)

    @Slot()
    def _on_watchdog(self) -> None:
        if self._writer is None or self._watchdog is None:
            return
        self._writer.maybe_flush()
        source, capture = self._source, self._capture
        if source is not None and _has_error(source):
            why = f"({source.error().name})"
            self.lose(_lost_message(capture.device, capture.path, why))
            return
        self._ticks_without_data += 1
        limit = STALL_TIMEOUT_S if self._got_data else FIRST_DATA_TIMEOUT_S
        if self._ticks_without_data * self._watchdog.interval() / 1000 >= limit:
            why = "(no sound data for a few seconds)"
            self.lose(_lost_message(capture.device, capture.path, why))


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
    start_failed = Signal(str)  # nothing recorded: no microphone, or it cannot be opened
    device_lost = Signal(str)  # the microphone went away mid-recording; the audio so far is kept

    def __init__(self, parent: QObject | None = None, *, end_silence_s: float = 4.0) -> None:
        super().__init__(parent)
        self.end_silence_s = end_silence_s
        self._device_name: str | None = None
        self._current = _Current()
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
    def start(self, path: Path | str) -> bool:
        """Start recording into ``path``. False (and ``start_failed``) when it cannot."""
        if self._current.capture is not None:
            self.stop()
        device = _find_device(self._device_name)
        if device is None:
            if self._device_name is not None:
                self.start_failed.emit(
                    f"Microphone '{self._device_name}' is not connected. Choose another input, "
                    "or type your answer instead."
                )
            else:
                self.start_failed.emit(NO_MICROPHONE)
            return False
        capture = _Capture(device, Path(path), self.end_silence_s)
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
            if timed_out and capture.path.is_file():  # it may have opened after all
                with contextlib.suppress(OSError):
                    capture.path.unlink()
            self.start_failed.emit(capture.open_error)
            return False
        self._current.capture = capture
        self.recording_started.emit(str(capture.path))
        return True

    def stop(self) -> Path | None:
        """Stop and finish the file; emits ``recording_stopped``. Returns the file's path.

        Everything captured so far is on disk, and has come out of ``audio_captured``, when this
        returns (it waits for the capture thread: a few milliseconds)."""
        capture = self._current.capture
        if capture is None:
            return None
        capture.shut_down()
        self._deliver(capture)
        if self._current.capture is capture:  # the worker never reported the file closed
            self._stopped(capture, str(capture.path), capture.duration_s)
        return capture.path

    # -- events from the capture thread ------------------------------------------------------
    @Slot()
    def _drain(self) -> None:
        if self._current.capture is not None:
            self._deliver(self._current.capture)

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
            elif kind == "stopped":
                path, duration = cast("tuple[str, float]", value)
                self._stopped(capture, path, duration)

    def _stopped(self, capture: _Capture, path: str, duration: float) -> None:
        if self._current.capture is not capture:
            return
        capture.shut_down()  # the worker is done; this only ends its thread
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
        ids = {bytes(d.id().data()) for d in QMediaDevices.audioInputs()}
        if bytes(capture.device.id().data()) not in ids:
            capture.requests.lose.emit(
                _lost_message(capture.device, capture.path, "(disconnected)")
            )
