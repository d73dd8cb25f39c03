"""Text to speech: questions are rendered to WAV files by pyttsx3, then played by the UI.

Rendering to a file (rather than ``say()``) is what works reliably here: ``say()`` shells out to
``aplay`` and reports success even with no sound card, and two pyttsx3 engines in two threads lose
files. So one engine lives in one owner thread and renders one utterance at a time; callers get a
``Future`` and the GUI thread never waits on it.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import queue
import stat
import threading
import time
import wave
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from simulator.speech import jobs
from simulator.speech.errors import SpeechUnavailable


@dataclass(frozen=True)
class Voice:
    id: str
    name: str
    languages: tuple[str, ...] = ()
    engine: str = "espeak-ng"  # "piper" (natural) or "espeak-ng" (robotic, always there)


SETTINGS_ADVICE = "Choose another voice in Settings → Interviewer."


def missing_voice(voice_id: str, voices: list[Voice], advice: str = SETTINGS_ADVICE) -> str:
    """Why ``voice_id`` (from Settings) cannot speak, naming it and the voice that speaks
    instead; '' when it is the default or one of ``voices`` (all installed voices)."""
    if not voice_id or any(v.id == voice_id for v in voices):
        return ""
    natural = [v for v in voices if v.engine == "piper"]
    instead = (
        f"the default voice, {natural[0].name} (Piper, natural),"
        if natural
        else "espeak-ng's default voice"
    )
    return (
        f"The interviewer voice {voice_id!r} chosen in Settings is not installed on this "
        f"computer: {instead} speaks instead. {advice}"
    )


class Speaker(Protocol):
    """Renders text to a WAV file off the caller's thread."""

    def render(self, text: str) -> Future[Path]: ...

    def render_parts(self, text: str) -> list[Future[Path]]:
        """The text as consecutive WAVs (sentences), to be played in order: the first can play
        while the rest render."""
        ...

    def voices(self) -> Future[list[Voice]]: ...

    def configure(self, voice_id: str | None = None, rate: int | None = None) -> None: ...

    def close(self) -> None: ...


@dataclass
class _Job:
    kind: str  # "render" | "voices"
    text: str
    future: Future[Any]


log = logging.getLogger(__name__)

DEFAULT_RATE = 160  # words per minute: a calm interviewer pace


class Pyttsx3Speaker:
    """Owns one pyttsx3 engine in one thread; renders queued texts one at a time."""

    def __init__(
        self, cache_dir: Path, voice_id: str | None = None, rate: int = DEFAULT_RATE
    ) -> None:
        self._cache_dir = Path(cache_dir)
        self._voice_id = voice_id
        self._rate = rate
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._started = threading.Event()
        self._start_error: BaseException | None = None
        self._intake = jobs.Intake()  # shut by close or by the thread's end: no job waits unread
        self._in_hand: _Job | None = None  # the job the thread works on
        self._thread = threading.Thread(target=self._run, name="tts-owner", daemon=True)
        self._thread.start()

    # --- public API (any thread) -----------------------------------------------------------
    def render(self, text: str) -> Future[Path]:
        future: Future[Path] = Future()
        self._put(_Job("render", text, future))
        return future

    def render_parts(self, text: str) -> list[Future[Path]]:
        # espeak-ng renders 10 s of speech in ~20 ms: one part is fast enough.
        return [self.render(text)]

    def voices(self) -> Future[list[Voice]]:
        future: Future[list[Voice]] = Future()
        self._put(_Job("voices", "", future))
        return future

    def _put(self, job: _Job) -> None:
        self._intake.offer(job.future, lambda: self._jobs.put(job))

    def configure(self, voice_id: str | None = None, rate: int | None = None) -> None:
        # Read by the owner thread before each render; plain attribute writes are atomic.
        if voice_id is not None:
            self._voice_id = voice_id or None
        if rate is not None:
            self._rate = int(rate)

    def close(self) -> None:
        """Stop after the job under way: queued jobs fail at once, as do those asked for later
        (as Piper's stop does). The queue is first in, first out: left queued, every job was
        rendered before the thread saw the stop, and the window's close waited for them."""
        self._intake.shut("the voice was closed")
        # Shut first: nothing is queued after the jobs failed here
        jobs.fail_queued(
            self._jobs, lambda job: job.future if job else None, "the voice was closed"
        )
        self._jobs.put(None)
        self._thread.join(timeout=5)

    def wait_ready(self, timeout: float = 10) -> None:
        """Start the engine now and wait; raise ``SpeechUnavailable`` if it could not start."""
        self.voices()
        self._started.wait(timeout)
        if self._start_error is not None:
            raise SpeechUnavailable(str(self._start_error))

    # --- owner thread ----------------------------------------------------------------------
    def _run(self) -> None:
        why = "the voice was closed"
        try:
            self._serve()
        except BaseException as exc:  # logged here: the thread ends, its waiters are told
            why = f"the speech engine stopped ({type(exc).__name__}: {exc})"
            log.error("%s", why, exc_info=True)
            self._start_error = self._start_error or SpeechUnavailable(why)  # wait_ready says it
        finally:
            self._started.set()
            # Whoever waits for a job learns that it will not come, then or later.
            self._intake.shut(why)
            if self._in_hand is not None:
                jobs.refuse(self._in_hand.future, why)
            jobs.fail_queued(self._jobs, lambda job: job.future if job else None, why)

    def _serve(self) -> None:
        # The engine starts with the first job, not with the app: importing pyttsx3 and
        # loading espeak-ng would otherwise compete with the window's first paint.
        job = self._in_hand = self._jobs.get()
        if job is None:
            return
        try:
            _start_engine()  # can espeak-ng start at all?
        except Exception as exc:  # no espeak-ng, no driver: every job fails with the reason
            self._start_error = SpeechUnavailable(_explain(exc))
        self._started.set()
        while job is not None:
            self._handle(job)
            job = self._in_hand = self._jobs.get()

    def _handle(self, job: _Job) -> None:
        if not job.future.set_running_or_notify_cancel():
            return
        if self._start_error is not None:
            job.future.set_exception(self._start_error)
            return
        try:
            if job.kind == "voices":
                job.future.set_result(_list_voices(_start_engine()))
            else:
                job.future.set_result(self._render(job.text))
        except Exception as exc:
            job.future.set_exception(SpeechUnavailable(f"could not render speech: {exc}"))

    def _render(self, text: str) -> Path:
        key = hashlib.sha1(f"{self._voice_id}|{self._rate}|{text}".encode()).hexdigest()[:20]
        target = self._cache_dir / f"{key}.wav"
        if is_complete_wav(target):
            return target
        self._cache_dir.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".part.wav")
        expected = max(0.5, len(text.split()) / self._rate * 60)
        for _attempt in range(3):
            self._render_once(text, partial)
            # One engine shared across utterances sometimes kept the previous rate or text
            # (pyttsx3 state leaks); a length far from what the text needs means a bad take.
            if 0.4 * expected < wav_duration(partial) < 3.0 * expected:
                break
        os.replace(partial, target)
        return target

    def _render_once(self, text: str, partial: Path) -> None:
        """One utterance with a fresh engine: no state can leak in from the previous one."""
        partial.unlink(missing_ok=True)
        engine = _start_engine()
        finished: list[object] = []
        engine.connect("finished-utterance", lambda **_: finished.append(True))
        if self._voice_id:
            engine.setProperty("voice", self._voice_id)
        engine.setProperty("rate", self._rate)
        # pyttsx3's espeak driver prints "Audio saved to ..." on stdout; keep stdout clean.
        with contextlib.redirect_stdout(io.StringIO()):
            engine.save_to_file(text, str(partial))
            engine.runAndWait()
            # runAndWait() can return before espeak has finished writing the file.
            deadline = time.monotonic() + 10
            while not (finished and is_complete_wav(partial)):
                if time.monotonic() > deadline:
                    raise SpeechUnavailable("the speech engine produced no audio file")
                time.sleep(0.01)


def _start_engine() -> Any:
    """A new pyttsx3 engine (``pyttsx3.init()`` would hand back a cached one, state and all)."""
    import pyttsx3

    return pyttsx3.Engine()


def _list_voices(engine: Any) -> list[Voice]:
    voices = []
    for v in engine.getProperty("voices") or []:
        langs = tuple(
            lang.decode(errors="ignore") if isinstance(lang, bytes) else str(lang)
            for lang in (getattr(v, "languages", None) or [])
        )
        voices.append(Voice(id=str(v.id), name=str(v.name or v.id), languages=langs))
    return voices


def english_voices(voices: list[Voice]) -> list[Voice]:
    return [v for v in voices if any(lang.lower().startswith("en") for lang in v.languages)]


def is_complete_wav(path: Path) -> bool:
    """A WAV file with at least one frame (a render finished, not one cut short); both
    voices' renderers ask it (review33: piper_voice had a copy of its own). Asked on the GUI
    thread too (a sentence rendered before plays at once), so only a regular file is opened: a
    pipe in the cache under a sentence's name froze the window for good (attack run 41); it is
    rendered over instead."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with wave.open(str(path), "rb") as wav:
            return wav.getnframes() > 0
    except (OSError, EOFError, wave.Error):
        return False


def _explain(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    if "espeak" in text.lower() or isinstance(exc, (OSError, RuntimeError, ImportError)):
        return (
            f"no speech engine ({text}). Install espeak-ng "
            "(Debian/Ubuntu: sudo apt-get install espeak-ng) and restart."
        )
    return f"no speech engine: {text}"


def wav_duration(path: Path) -> float:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes() / float(wav.getframerate())
