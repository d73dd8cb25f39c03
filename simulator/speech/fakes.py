"""Stand-ins for the microphone and the recogniser, for fast unit tests of other layers."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from simulator.core.speech_topic import SpeechTopic
from simulator.core.transcript import Transcript, Word
from simulator.speech.audiofile import SAMPLE_RATE, FloatArray, float_to_pcm16, read_audio
from simulator.speech.recorder import WavWriter


class FakeRecorder:
    """A ``Recorder`` that writes ``audio`` (float samples at 16 kHz; default 1 s of silence)
    to the file on ``stop``. ``fail_with`` makes ``start`` fail like a missing microphone."""

    def __init__(self, audio: FloatArray | None = None, *, fail_with: str | None = None) -> None:
        self.audio = audio if audio is not None else np.zeros(SAMPLE_RATE, dtype=np.float32)
        self.fail_with = fail_with
        self.error: str | None = None
        self.path: Path | None = None
        self.started: list[Path] = []
        self._level = 0.0

    @property
    def is_recording(self) -> bool:
        return self.path is not None

    @property
    def level(self) -> float:
        return self._level

    def set_level(self, level: float) -> None:
        self._level = level

    def start(self, path: Path) -> bool:
        if self.fail_with is not None:
            self.error = self.fail_with
            return False
        self.path = Path(path)
        self.started.append(self.path)
        return True

    def stop(self) -> Path | None:
        if self.path is None:
            return None
        path, self.path = self.path, None
        with WavWriter(path) as writer:
            writer.write(float_to_pcm16(self.audio))
        return path


class FakeTranscriber:
    """A ``Transcriber`` that returns a scripted text, one word per 0.4 s, and records calls."""

    engine = "fake"

    def __init__(self, text: str = "this is a fake transcript", *, model: str = "fake") -> None:
        self.text = text
        self._model = model
        self.calls: list[str] = []
        self.contexts: list[float] = []  # context_s of each transcribe_array call
        self.topics: list[SpeechTopic | None] = []  # topic of each call

    @property
    def model_label(self) -> str | None:
        return self._model

    def _transcript(self, duration: float) -> Transcript:
        words = tuple(
            Word(w, round(i * 0.4, 3), round(i * 0.4 + 0.3, 3))
            for i, w in enumerate(self.text.split())
        )
        return Transcript(self.text, words, self.engine, self._model, round(duration, 3))

    def transcribe_array(
        self,
        samples: FloatArray,
        *,
        prompt: str | None = None,
        fast: bool = False,
        snr_db: float | None = None,
        context_s: float = 0.0,
        topic: SpeechTopic | None = None,
    ) -> Transcript:
        self.calls.append("array")
        self.contexts.append(context_s)
        self.topics.append(topic)
        return self._transcript(np.asarray(samples).size / SAMPLE_RATE)

    def transcribe_file(self, path: Path, *, topic: SpeechTopic | None = None) -> Transcript:
        self.calls.append(str(path))
        self.topics.append(topic)
        _, duration = read_audio(path)
        return self._transcript(duration)
