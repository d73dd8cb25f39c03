"""Spoken answers: the microphone, live captions and the final transcript, off the GUI thread.

``VoiceAnswers`` joins the Qt microphone adapter (``AudioInput``: audio to disk as it arrives) with a
``StreamingSession`` that lives on one worker thread: every captured chunk is queued to it, finished
speech segments are transcribed during the answer (the live caption), and when the answer stops only
the last moments remain to transcribe. The Whisper model is loaded once, in the background.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from simulator.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from simulator.core.transcript import Transcript
    from simulator.speech.streaming import StreamingSession
    from simulator.ui.audio_input import AudioInput


class VoiceAnswers(QObject):
    caption_changed = Signal(str)  # live caption of the answer being spoken
    level_changed = Signal(float)  # 0..1 for the level meter
    answer_ended = Signal(str)  # the microphone heard the answer end (why, for people)
    transcript_ready = Signal(object)  # Transcript of the answer just stopped
    model_loaded = Signal(str)  # model label
    failed = Signal(str)  # no microphone, microphone lost, no speech model: typed answers go on

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        model: str = "",
        device: str = "",
        end_silence_s: float = 4.0,
        engine: str = "whisper",
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._model = model or None
        self._device = device or None
        self._end_silence_s = end_silence_s
        self._asr = TaskRunner(1, self)  # one thread: chunks are fed in order
        self._mic: AudioInput | None = None
        self._session: StreamingSession | None = None
        self._transcriber: Any = None
        self._caption = ""
        self._path: Path | None = None

    # --- set-up ----------------------------------------------------------------------------
    def configure(
        self,
        *,
        model: str | None = None,
        device: str | None = None,
        end_silence_s: float | None = None,
        engine: str | None = None,
    ) -> None:
        """Apply changed settings; they take effect with the next answer."""
        if engine is not None and engine != self._engine:
            self._engine = engine
            self._transcriber = None
        if model is not None and (model or None) != self._model:
            self._model = model or None
            self._transcriber = None  # the new model loads when next needed
        if device is not None:
            self._device = device or None
            if self._mic is not None:
                self._mic.set_device(self._device)
        if end_silence_s is not None:
            self._end_silence_s = end_silence_s
            if self._mic is not None:
                self._mic.end_silence_s = end_silence_s

    @property
    def runner(self) -> TaskRunner:
        """The speech thread: work that uses the model runs here, in order."""
        return self._asr

    def transcribe_whole(self, path: Path) -> Transcript:
        """Transcribe a whole recording in one pass (blocking: call it on ``runner``).

        Streaming transcribes short segments as they end, which is fast but loses context;
        one pass over the whole file reads better (measured: about half the word errors)."""
        return self._transcriber_or_load().transcribe_file(path)  # type: ignore[no-any-return]

    def preload(self) -> None:
        """Load the speech model in the background (once)."""
        if self._transcriber is None:
            self._asr.submit(self._load, on_done=self._loaded, on_error=self._model_failed)

    def _load(self) -> Any:
        from simulator.speech.asr import SpeechRecognitionTranscriber, get_whisper

        if self._engine in ("sphinx", "google"):
            # "google" is stored only after consent to its privacy notice (Settings).
            return SpeechRecognitionTranscriber(
                self._engine, allow_network=self._engine == "google"
            )
        transcriber = get_whisper(self._model)
        transcriber.load()
        return transcriber

    def _loaded(self, transcriber: Any) -> None:
        self._transcriber = transcriber
        # The model's Python objects live as long as the app: keep them out of the garbage
        # collector's full passes, which otherwise paused every thread for up to 150 ms.
        gc.freeze()
        self.model_loaded.emit(str(transcriber.model_label or transcriber.engine))

    def _model_failed(self, exc: BaseException) -> None:
        self.failed.emit(
            f"The speech model could not be loaded ({exc}); answers are typed instead."
        )

    def _microphone(self) -> AudioInput:
        if self._mic is None:
            from simulator.ui.audio_input import AudioInput

            mic = AudioInput(self, end_silence_s=self._end_silence_s)
            mic.set_device(self._device)
            mic.level_changed.connect(self.level_changed)
            mic.audio_captured.connect(self._feed)
            mic.silence_detected.connect(
                lambda s: self.answer_ended.emit(f"{s:.0f} seconds of silence")
            )
            mic.start_failed.connect(self.failed)
            mic.device_lost.connect(self._lost)
            self._mic = mic
        return self._mic

    # --- one answer ------------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        return self._mic is not None and self._mic.is_recording

    @property
    def path(self) -> Path | None:
        return self._path

    def start(self, path: Path) -> bool:
        """Start recording an answer into ``path``; False (and ``failed``) if it cannot."""
        from simulator.speech.streaming import StreamingSession

        self.preload()
        self._caption = ""
        self._path = path
        self._session = None

        def new_session() -> None:  # on the worker, after the model has loaded
            self._session = StreamingSession(self._transcriber_or_load())

        self._asr.submit(new_session, on_error=self._model_failed)
        return self._microphone().start(path)

    def stop(self) -> None:
        """Stop recording; ``transcript_ready`` follows when the last words are transcribed."""
        if self._mic is not None and self._mic.is_recording:
            self._mic.stop()
        self._finish()

    def _finish(self) -> None:
        def finish() -> Transcript:
            if self._session is None:
                raise RuntimeError("no speech model to transcribe the answer")
            return self._session.finish()

        self._asr.submit(finish, on_done=self.transcript_ready.emit, on_error=self._model_failed)

    def _transcriber_or_load(self) -> Any:
        if self._transcriber is None:
            self._transcriber = self._load()
        return self._transcriber

    def _feed(self, pcm: bytes) -> None:
        def feed() -> str:
            if self._session is None:
                return self._caption
            self._session.feed(pcm)
            return self._session.partial_text()

        self._asr.submit(feed, on_done=self._caption_from_worker, on_error=self._model_failed)

    def _caption_from_worker(self, text: str) -> None:
        if text != self._caption:
            self._caption = text
            self.caption_changed.emit(text)

    def _lost(self, message: str) -> None:
        self.failed.emit(message)
        self._finish()  # what was recorded is kept and transcribed

    def shutdown(self) -> None:
        if self._mic is not None and self._mic.is_recording:
            self._mic.stop()
        self._asr.wait_idle()
