"""Spoken answers: the microphone, live captions and the final transcript, off the GUI thread.

``VoiceAnswers`` is the session core's ``SpeechInput``. It joins the Qt microphone adapter
(``AudioInput``: audio to disk as it arrives) with a ``StreamingSession`` on the speech lane: every
captured chunk is queued to it, finished speech segments are transcribed during the answer (the
live caption), and when the answer stops only the last moments remain to transcribe.

Threads: the streaming session is touched only by jobs on the speech lane (one thread, in
order); a whole recording transcribed again runs on the background speech lane, with the same
shared model (``asr.get_whisper``: one lock, and each chunk takes its turn with the live
captions, which go first: ``speech.memory``). The GUI thread only queues jobs and receives their
results as messages; the engine chosen in Settings reaches the workers under a lock.
"""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from simulator.core.session.ports import SPEECH
from simulator.speech.engines import SPEECH_ENGINES
from simulator.speech.errors import ModelUnavailableError, TranscriptionCancelled
from simulator.speech.memory import TURNS, later

if TYPE_CHECKING:
    from simulator.core.speech_topic import SpeechTopic
    from simulator.core.transcript import Transcript
    from simulator.speech.asr import WhisperTranscriber
    from simulator.speech.streaming import StreamingSession
    from simulator.speech.transcriber import Transcriber
    from simulator.ui.audio_input import AudioInput
    from simulator.ui.tasks import TaskManager, TaskRunner


class _SpeechThreadState:
    """What only the speech lane's thread reads and writes."""

    def __init__(self, engine: str, model: str | None) -> None:
        self.engine = engine
        self.model = model
        self.transcriber: Transcriber | None = None
        self.session: StreamingSession | None = None


class _ChunksQueued:
    """How many audio chunks have been queued to the speech lane (the number of the newest):
    written by the GUI thread alone, read by the lane's jobs (one int attribute)."""

    count = 0


class VoiceAnswers(QObject):
    caption_changed = Signal(str)  # live caption of the answer being spoken
    held = Signal(str)  # paused: the caption holds all that was said before the pause
    level_changed = Signal(float)  # 0..1 for the level meter
    speech_heard = Signal()  # the voice-activity detector heard speech in this recording
    recording_started = Signal()  # the microphone is open and the answer is being written
    answer_ended = Signal(str)  # the microphone heard the answer end (why, for people)
    transcript_ready = Signal(object)  # Transcript of the answer just stopped
    model_loaded = Signal(str)  # model label
    failed = Signal(str)  # no microphone, microphone lost, no speech model: typed answers go on
    # the answer records from another microphone than the one chosen (unplugged): which, now
    input_changed = Signal(str)
    # (the name asked for, the file the audio is in, what to tell the person): the name an
    # answer was to be recorded under was taken (a folder, another file), so the audio went
    # beside it; the answer may be an earlier one (the session finds it by the name asked for)
    recording_elsewhere = Signal(str, str, str)

    def __init__(
        self,
        tasks: TaskManager,
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
        self._asr: TaskRunner = tasks.lane(SPEECH)
        self._worker = _SpeechThreadState(engine, self._model)  # speech lane only
        self._choice_lock = threading.Lock()
        self._choice = (engine, self._model)  # for the background lane
        self._load_requested = False  # GUI thread only
        self.model_ready = False  # GUI thread only: the model has loaded
        self._mic: AudioInput | None = None
        self._caption = ""
        self._path: Path | None = None
        self._stopping = False  # stop() asked: the transcript follows the microphone's close
        self._capturing = False
        self._heard = False  # speech heard in the answer being recorded
        # Paused (GUI thread only): what the session asked last, and the resumes the
        # microphone's thread has not acted on yet: a silence it heard before a pause never
        # ends the answer, and a pause asked before the last resume arrived still reaches it.
        self._paused = False
        self._resumes_pending = 0
        self._listening: weakref.finalize | None = None  # TURNS.listening(False), to say
        self._queued = _ChunksQueued()
        # Set when the app's close has waited long for the lanes (GUI thread), read by the
        # background lane: a whole recording transcribed again stops between two pieces.
        self._closing = threading.Event()
        tasks.when_closing_late(self._closing.set)

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
        changed = False
        if engine is not None and engine != self._engine:
            self._engine, changed = engine, True
        if model is not None and (model or None) != self._model:
            self._model, changed = model or None, True
        if changed:  # the new model loads when next needed, on the speech lane
            self._load_requested = self.model_ready = False
            worker, engine_now, model_now = self._worker, self._engine, self._model

            def switch() -> None:
                worker.engine, worker.model, worker.transcriber = engine_now, model_now, None

            self._asr.submit(switch)
            with self._choice_lock:
                self._choice = (engine_now, model_now)
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
        """The speech lane: work that uses the model runs here, in order."""
        return self._asr

    def transcribe_whole(self, path: Path, topic: SpeechTopic | None = None) -> Transcript:
        """Transcribe a whole recording of an answer to ``topic`` in one pass (blocking: call
        it on the background speech lane). Its memory-heavy steps give way to the live ones
        (``later``).

        Streaming transcribes short segments as they end, which is fast but loses context;
        one pass over the whole file reads better (measured: about half the word errors)."""
        with self._choice_lock:
            engine, model = self._choice
        with later():
            if _whisper_engine(engine):
                # Stopped between two pieces when the app's close has waited long for it (at
                # load the pass can take minutes: ``TaskManager.when_closing_late``).
                transcript = _whisper(model).transcribe_file(
                    path, topic=topic, cancelled=self._closing.is_set
                )
            else:
                transcript = _transcriber(engine, model).transcribe_file(path, topic=topic)
        if self._closing.is_set():
            raise TranscriptionCancelled("the app closed while the answer was transcribed again")
        return transcript

    def recover(self, path: Path, topic: SpeechTopic | None = None) -> Transcript:
        """Repair a recording cut short by a crash, then transcribe it (speech lane)."""
        from simulator.speech.recorder import repair_wav

        repair_wav(path)
        return self.transcribe_whole(path, topic)

    @property
    def loading(self) -> bool:
        """The speech model's load was asked for and has not ended yet (GUI thread only)."""
        return self._load_requested and not self.model_ready

    def preload(self) -> None:
        """Load the speech model in the background (once)."""
        if not self._load_requested:
            self._load_requested = True
            self._asr.submit(
                self._load_once,
                on_done=self._loaded,
                on_error=self._model_failed,
                only_prepares=True,  # a close does not wait for a load (the first answer would)
            )

    def input_problem(self) -> str | None:
        """Why nothing could be recorded now (no microphone, the chosen one unplugged)."""
        from simulator.ui.audio_input import input_problem

        return input_problem(self._device)

    def _load_once(self) -> str:
        transcriber = self._transcriber_or_load()
        return str(transcriber.model_label or transcriber.engine)

    def _loaded(self, label: str) -> None:
        # The model's Python objects live as long as the app: keep them out of the garbage
        # collector's full passes, which otherwise paused every thread for up to 150 ms.
        gc.freeze()
        self.model_ready = True
        self.model_loaded.emit(label)

    def _model_failed(self, exc: BaseException) -> None:
        self._load_requested = False
        if isinstance(exc, ModelUnavailableError):
            # its words name the folder and say "cannot load" themselves: not put inside
            # another "could not be loaded (...)" (attack run 49: "(...half: cannot load speech
            # model (its model.bin is cut short ...)); answers are typed instead.")
            # the session adds "Type your answers from now on." to every reason speech fails:
            # not said here too (walkthrough 51 read both)
            self.failed.emit(f"The speech model cannot be used: {exc}.")
            return
        self.failed.emit(f"The speech model could not be loaded ({exc}).")

    def _microphone(self) -> AudioInput:
        if self._mic is None:
            from simulator.ui.audio_input import AudioInput

            mic = AudioInput(self, end_silence_s=self._end_silence_s)
            mic.set_device(self._device)
            mic.level_changed.connect(self.level_changed)
            mic.audio_captured.connect(self._feed)
            mic.recording_started.connect(self._mic_opened)
            mic.speech_detected.connect(self._speech_heard)
            mic.recording_stopped.connect(self._mic_closed)
            mic.recording_elsewhere.connect(self._elsewhere)
            mic.silence_detected.connect(self._silence)
            mic.paused.connect(self._mic_paused)
            mic.resumed.connect(self._mic_resumed)
            mic.start_failed.connect(self.failed)
            mic.close_timed_out.connect(self._close_timed_out)
            mic.device_lost.connect(self._lost)
            mic.device_changed.connect(self.input_changed)
            self._mic = mic
        return self._mic

    # --- one answer ------------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        """The microphone is open, opening or closing for an answer."""
        return self._mic is not None and self._mic.is_recording

    @property
    def heard_speech(self) -> bool:
        """Speech heard in this recording (the voice-activity detector, or a caption's words)."""
        return self._heard or bool(self._caption.strip())

    def _silence(self, seconds: float) -> None:
        if not self._paused and not self._resumes_pending:
            self.answer_ended.emit(f"{seconds:.0f} seconds of silence")

    def _speech_heard(self) -> None:
        first = not self._heard
        self._heard = True
        if first:
            self.speech_heard.emit()

    @property
    def capturing(self) -> bool:
        """The microphone is open and the answer's audio is being written."""
        return self._capturing and self.recording

    def _elsewhere(self, asked: str, path: str, taken: str) -> None:
        """The answer's audio is in ``path``, not under the name asked for (``taken`` had it):
        the answer keeps the file it is really in, and the person is told what and where."""
        if self._path == Path(asked):  # (not when it is an earlier answer's recording)
            self._path = Path(path)
        self.recording_elsewhere.emit(
            asked,
            path,
            f"The answer could not be recorded as {asked}: {taken or 'another file'} has that "
            f"name, which was left as it was. The recording is saved as {path}.",
        )

    def _mic_opened(self, _path: str) -> None:
        self._capturing = True
        self._listen(True)
        self.recording_started.emit()

    def _listen(self, on: bool) -> None:
        """While an answer is recorded and transcribed, work done ahead of time waits
        (``speech.memory``)."""
        if on and not self._listening:
            TURNS.listening(True)
            # Said once more when this object goes without having said it (a window dropped).
            self._listening = weakref.finalize(self, TURNS.listening, False)
        elif not on and self._listening:
            self._listening()
            self._listening = None

    @property
    def path(self) -> Path | None:
        return self._path

    def start(self, path: Path, topic: SpeechTopic | None = None) -> None:
        """Start recording an answer to ``topic`` into ``path``; ``recording_started`` or
        ``failed`` follows."""
        from simulator.speech.streaming import StreamingSession

        self.preload()
        self._caption = ""
        self._heard = False
        self._paused, self._resumes_pending = False, 0
        self._path = path
        worker = self._worker

        def new_session() -> None:  # on the speech lane, after the model has loaded
            transcriber = self._transcriber_or_load()
            # Whisper unloads while the interviewer's voice speaks (speech.memory): loaded
            # again now, as the microphone opens, not with the first caption.
            getattr(transcriber, "load", lambda: None)()
            worker.session = StreamingSession(transcriber, topic=topic)

        self._asr.submit(new_session, on_error=self._model_failed)
        self._stopping = self._capturing = False
        self._microphone().open(path)  # never waits for the device

    @property
    def paused(self) -> bool:
        """Held, or asked to go on and the microphone not recording again yet."""
        return self._paused or self._resumes_pending > 0

    def pause(self) -> None:
        """Hold the answer being recorded: nothing is captured, captioned or counted as
        silence until ``resume``, which goes on with the same file and transcript."""
        if self._paused or self._mic is None or not self._mic.is_recording:
            return
        self._paused = True
        self._mic.pause()  # _mic_paused follows the last chunk captured before it

    def resume(self) -> None:
        if self._paused and self._mic is not None and self._mic.is_recording:
            self._resumes_pending += 1
            self._mic.resume()  # _mic_resumed comes before the first chunk after it
        self._paused = False

    def _mic_paused(self) -> None:
        """Every chunk before the pause is queued to the speech lane: its words are
        transcribed now, so the caption holds all that was said while it is paused."""
        worker, caption = self._worker, self._caption

        def hold() -> str:
            if worker.session is None:
                return caption
            worker.session.pause()
            return worker.session.partial_text()

        self._asr.submit(hold, on_done=self._held, on_error=self._model_failed)

    def _held(self, caption: str) -> None:
        self._caption_from_worker(caption)
        self.held.emit(caption)

    def _mic_resumed(self) -> None:
        self._resumes_pending = max(0, self._resumes_pending - 1)
        worker = self._worker

        def go_on() -> None:
            if worker.session is not None:
                worker.session.resume()

        self._asr.submit(go_on, on_error=self._model_failed)

    def stop(self) -> None:
        """Stop recording without waiting; ``transcript_ready`` follows when the last audio
        has been captured and its words transcribed."""
        if self._stopping:
            return  # already closing: the transcript follows recording_stopped
        if self._mic is not None and self._mic.is_recording:
            self._stopping = True
            self._mic.close()  # the rest follows recording_stopped
        else:
            self._finish()

    def _close_timed_out(self, path: str, message: str) -> None:
        """The microphone did not close the answer's file in time (``recording_stopped``
        follows with what was captured). Its header may lag the audio written by up to a
        second: made whole on the speech lane before anything reads the file again (the
        whole-recording pass comes after the transcript, which is queued behind this)."""
        from simulator.speech.recorder import repair_wav

        def repair() -> None:
            repair_wav(path)

        self._asr.submit(
            repair, on_error=lambda exc: self.input_changed.emit(header_not_repaired(path, exc))
        )
        self.input_changed.emit(message)

    def _mic_closed(self, _path: str, _duration: float) -> None:
        self._capturing = self._paused = False
        self._resumes_pending = 0
        if self._stopping:  # every captured chunk has been queued to the speech lane
            self._stopping = False
            self._finish()  # work done ahead still waits, until the transcript is out
        else:
            self._listen(False)

    def _finish(self) -> None:
        worker = self._worker

        def finish() -> Transcript:
            session, worker.session = worker.session, None
            if session is None:
                raise RuntimeError("no speech model to transcribe the answer")
            return session.finish()

        def done(transcript: Transcript) -> None:
            self._listen(False)
            self.transcript_ready.emit(transcript)

        def failed(exc: BaseException) -> None:
            self._listen(False)
            self._model_failed(exc)

        # Until the person has their transcript, nothing done ahead competes with its last
        # captions (measured on a busy machine: the next question's voice and Whisper took
        # turns unloading each other while they were worked off).
        self._asr.submit(finish, on_done=done, on_error=failed)

    def _transcriber_or_load(self) -> Transcriber:
        """The speech lane's model, loaded on first use (call on the speech lane only)."""
        if self._worker.transcriber is None:
            self._worker.transcriber = _transcriber(self._worker.engine, self._worker.model)
        return self._worker.transcriber

    def _feed(self, pcm: bytes) -> None:
        worker, caption = self._worker, self._caption
        # Numbered on the GUI thread (its only writer): a job that finds a later chunk queued
        # behind it leaves the caption's guess to that one (``StreamingSession.feed``). On a
        # busy machine the lane fell 5-23 s behind the speaker and still decoded a guess for
        # every 2 s of that old audio, each one out of date when shown
        # (``benchmarks/voice_interview.py``, stop 28).
        queued = self._queued
        queued.count += 1
        number = queued.count

        def feed() -> str:
            if worker.session is None:
                return caption
            worker.session.feed(pcm, guess=queued.count == number)  # none queued since
            return worker.session.partial_text()

        self._asr.submit(feed, on_done=self._caption_from_worker, on_error=self._model_failed)

    def _caption_from_worker(self, text: str) -> None:
        if text != self._caption:
            self._caption = text
            self.caption_changed.emit(text)

    def _lost(self, message: str) -> None:
        """The microphone went away mid-answer: its capture thread closes the file; what was
        recorded is transcribed once it has (recording_stopped)."""
        if self._mic is not None and self._mic.is_recording:
            self._stopping = True
        else:
            self._finish()
        self.failed.emit(message)

    def shutdown(self) -> None:
        if self._mic is not None and self._mic.is_recording:
            self._mic.stop_at_quit()  # the window keeps its event loop meanwhile
        self._listen(False)


def header_not_repaired(path: str, exc: BaseException) -> str:
    """What to tell when the header of an answer's file could not be brought up to date after
    its microphone was slow to close: what happened, where, that the audio is kept and what to
    do, in words (it was a raw "[Errno 28] No space left on device: ...", review of d268346b)."""
    from simulator.core.recording_check import UnusableRecording
    from simulator.core.storage_errors import plain_reason

    if isinstance(exc, UnusableRecording):
        why = exc.reason
    elif isinstance(exc, OSError):
        why = plain_reason(exc)
    else:
        why = str(exc) or type(exc).__name__
    return (
        f"The answer's recording {path} is kept, but its length could not be written into the "
        f"file ({why}), so a player may stop up to a second before its end. Check that the "
        "disk has room and the folder can be written to; the audio on disk is not lost."
    )


def _whisper_engine(engine: str) -> bool:
    """Is ``engine`` the offline Whisper model (not a SpeechRecognition engine)?"""
    table = SPEECH_ENGINES.get(engine)
    return not (table is not None and table.recognizer)


def _transcriber(engine: str, model: str | None) -> Transcriber:
    """The transcriber of ``engine`` (Whisper: the shared, loaded model of ``model``)."""
    from simulator.speech.speech_recognition_engines import SpeechRecognitionTranscriber

    table = SPEECH_ENGINES.get(engine)
    if table is not None and table.recognizer:
        # A cloud engine is stored only after consent to its privacy notice (Settings).
        return SpeechRecognitionTranscriber(engine, allow_network=not table.offline)
    return _whisper(model)


def _whisper(model: str | None) -> WhisperTranscriber:
    """The shared Whisper transcriber of ``model``, loaded."""
    from simulator.speech.asr import get_whisper

    transcriber = get_whisper(model)
    transcriber.load()
    return transcriber
