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

Every failure is a signal with a message for people, never an exception or a crash.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def configure_audio_backend() -> None:
    """Pin Qt's audio backend to PulseAudio on Linux unless the user chose one.

    Qt 6.12 tries PipeWire first; PulseAudio (or PipeWire's PulseAudio server) is what every
    Linux desktop runs and what the tests' virtual microphone provides. Must run before Qt
    multimedia is first used (this module calls it on import; ``app.py`` may call it earlier).
    """
    if sys.platform.startswith("linux"):
        os.environ.setdefault("QT_AUDIO_BACKEND", "pulseaudio")


configure_audio_backend()

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal  # noqa: E402
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


class AudioInput(QObject):
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
        self._device: QAudioDevice | None = None
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._writer: WavWriter | None = None
        self._vad: EnergyVad | None = None
        self._level = 0.0
        self._ticks_without_data = 0
        self._got_data = False
        self._media_devices = QMediaDevices(self)
        self._media_devices.audioInputsChanged.connect(self._check_device_present)
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(500)
        self._watchdog.timeout.connect(self._on_watchdog)

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
        if self._device is not None:
            return self._device.description()
        return self._device_name

    # -- state -------------------------------------------------------------------------------
    @property
    def is_recording(self) -> bool:
        return self._writer is not None

    @property
    def level(self) -> float:
        return self._level

    @property
    def path(self) -> Path | None:
        return self._writer.path if self._writer is not None else None

    @property
    def duration_s(self) -> float:
        return self._writer.duration_s if self._writer is not None else 0.0

    # -- recording ---------------------------------------------------------------------------
    def start(self, path: Path | str) -> bool:
        """Start recording into ``path``. False (and ``start_failed``) when it cannot."""
        if self._writer is not None:
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
        try:
            writer = WavWriter(path)
        except OSError as exc:
            self.start_failed.emit(f"Cannot write the recording {path}: {exc.strerror or exc}")
            return False
        source = QAudioSource(device, _pcm_format(), self)
        # Room for BUFFER_S of audio, so a busy GUI thread delays the data instead of losing it.
        source.setBufferSize(int(BUFFER_S * SAMPLE_RATE * 2))
        io = source.start()
        if io is None or _has_error(source):
            error = source.error()
            source.deleteLater()
            writer.close()
            Path(writer.path).unlink(missing_ok=True)
            self.start_failed.emit(
                f"Cannot open microphone '{device.description()}' ({error.name}). "
                "Check that no other program holds it, or type your answer instead."
            )
            return False
        self._device, self._source, self._io, self._writer = device, source, io, writer
        self._vad = EnergyVad(end_silence_s=self.end_silence_s)
        self._ticks_without_data = 0
        self._got_data = False
        io.readyRead.connect(self._on_ready_read)
        self._watchdog.start()
        self.recording_started.emit(str(writer.path))
        return True

    def stop(self) -> Path | None:
        """Stop and finish the file; emits ``recording_stopped``. Returns the file's path."""
        if self._writer is None:
            return None
        self._on_ready_read()  # whatever is still buffered belongs to the answer
        return self._finish()

    def _finish(self) -> Path | None:
        writer, source = self._writer, self._source
        if writer is None:
            return None
        self._writer = None
        self._watchdog.stop()
        if source is not None:
            source.stop()
            source.deleteLater()
        self._source = self._io = None
        self._device = None
        duration = writer.close()
        self._set_level(0.0)
        self.recording_stopped.emit(str(writer.path), duration)
        return writer.path

    def _lose(self, message: str) -> None:
        if self._writer is None:
            return
        self.device_lost.emit(message)
        self._finish()

    # -- slots -------------------------------------------------------------------------------
    def _on_ready_read(self) -> None:
        if self._io is None or self._writer is None or self._vad is None:
            return
        data = bytes(self._io.readAll().data())
        if not data:
            return
        self._ticks_without_data = 0
        self._got_data = True
        try:
            self._writer.write(data)
        except OSError as exc:  # disk full, folder removed: keep what is on disk
            self._lose(f"Recording stopped: cannot write {self._writer.path} ({exc.strerror}).")
            return
        self.audio_captured.emit(data)
        had_speech = self._vad.heard_speech
        events = self._vad.feed_pcm(data)
        self._set_level(meter_level(self._vad.level_db))
        if not had_speech and self._vad.heard_speech:
            self.speech_detected.emit()
        for event in events:
            if isinstance(event, AnswerEnded):
                self.silence_detected.emit(event.silence_s)

    def _set_level(self, level: float) -> None:
        if abs(level - self._level) > 1e-3 or level == 0.0:
            self._level = level
            self.level_changed.emit(level)

    def _check_device_present(self) -> None:
        if self._device is None or self._writer is None:
            return
        ids = {bytes(d.id().data()) for d in QMediaDevices.audioInputs()}
        if bytes(self._device.id().data()) not in ids:
            self._lose(self._lost_message("(disconnected)"))

    def _on_watchdog(self) -> None:
        if self._writer is None:
            return
        self._writer.maybe_flush()
        source = self._source
        if source is not None and _has_error(source):
            self._lose(self._lost_message(f"({source.error().name})"))
            return
        self._ticks_without_data += 1
        limit = STALL_TIMEOUT_S if self._got_data else FIRST_DATA_TIMEOUT_S
        if self._ticks_without_data * self._watchdog.interval() / 1000 >= limit:
            self._lose(self._lost_message("(no sound data for a few seconds)"))

    def _lost_message(self, why: str) -> str:
        name = self._device.description() if self._device is not None else "the microphone"
        path = self._writer.path if self._writer is not None else None
        return (
            f"Microphone '{name}' stopped working {why}. "
            f"The answer recorded so far is kept in {path}."
        )
