"""The Piper voice in a process of its own, so that none of its native steps holds the window's GIL.

In the window's process the voice's native steps held the GIL for tens of milliseconds of CPU
each: building the onnxruntime session (~50 ms), espeak-ng's first set-up (~22 ms), freeing the
session (~20 ms); every question of a voice interview builds and frees the voice again (it
gives its memory to Whisper, ``speech.memory``). On a busy machine the thread doing it waited
for a CPU while holding the GIL, and the window waited with it: ``benchmarks/voice_interview.py
--stacks`` at load 11-16 showed briefing stalls of 131 ms (the watcher 128 ms late, espeak-ng
starting) and 128 ms ("Piper model freed" 127 ms), an asking stall of 61 ms beside a 74 ms
free, and ``malloc_trim`` after each free up to 46 ms.

Here the voice is built, run and freed in a child process (``simulator.speech.piper_child``)
that this process talks to through two pipes: a request is pickled to its stdin, the reply read
from its stdout (both release the GIL while they wait). Unloading is ending that process: the
system takes its memory back at once, with no teardown or trim in this process. The child
gives itself ``speech.cpu.VOICE_PROCESS_NICE`` below the app's main thread first thing
(``voice_nice``: it renders only native code, never beside a Whisper decode), so the window's
thread gets a CPU before it. ``PiperProcess`` stands in for ``piper.PiperVoice`` where ``piper_voice`` uses one:
``config.sample_rate``, ``phonemize`` and ``synthesize``.

A frozen build (PyInstaller: one executable, no ``python -m``) starts its own executable with
``VOICE_PROCESS_FLAG`` instead, which its entry script (``simulator/__main__.py``) hands to the
child's ``main`` before anything else is imported (``child_command``). Only an interpreter that
cannot name its own executable keeps the voice in the app's process (``available``).

A voice process that ends (killed, crashed) or stops answering is reported: a reply that has not
come within ``REPLY_TIMEOUT_S`` (``BUILD_TIMEOUT_S`` for the build) ends the process, and
``alive`` then tells the speaker to start a new one for the next sentence.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import pickle
import subprocess
import sys
import threading
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

# A piece of at most 8 words renders in about a second, a build in 0.3-1 s; a busy machine
# makes them several times slower, never this slow. A child that takes longer is stuck (stopped,
# or hung in native code): without a limit the question waited for it for good.
REPLY_TIMEOUT_S = 30.0
BUILD_TIMEOUT_S = 60.0

APP_PID_ENV = "ML_INTERVIEW_APP_PID"  # the app's pid: its voice process ends once it is gone
NICE_ENV = "ML_INTERVIEW_VOICE_NICE"  # the nice value the voice process gives itself first
# A frozen app's executable run with this first becomes the voice's process (simulator/__main__)
VOICE_PROCESS_FLAG = "--voice-process"

_live: set[int] = set()  # pids of the voice processes running now
_live_lock = threading.Lock()
# The same, read without a lock (``live_pids``); replaced whole under ``_live_lock``.
_live_now: tuple[int, ...] = ()


def available() -> bool:
    """A child can be started: this interpreter, or the frozen app's executable, is known."""
    return bool(sys.executable)


def child_command(model: Path, config: Path, threads: int) -> list[str]:
    """How the voice's process is started: ``python -m simulator.speech.piper_child`` from a
    checkout or an installed package; in a frozen build (no ``-m``: ``sys.executable`` is the app
    itself) the app's executable with ``VOICE_PROCESS_FLAG``."""
    args = [str(model), str(config), str(threads)]
    if getattr(sys, "frozen", False):
        return [sys.executable, VOICE_PROCESS_FLAG, *args]
    return [sys.executable, "-m", "simulator.speech.piper_child", *args]


def live_pids() -> list[int]:
    """The voice processes running now (a benchmark adds their memory to the app's; the memory
    turns their CPU to the app's work, ``speech.cpu.work_seconds``). Takes no lock: it is read
    holding the turns' lock, and a voice collected meanwhile on the same thread ends its
    process in a finalizer that takes ``_live_lock`` (``_end``)."""
    return sorted(_live_now)


_starts = threading.local()  # per thread: who is told of a voice process started there


@contextlib.contextmanager
def telling_start(callback: Callable[[PiperProcess], None]) -> Iterator[None]:
    """Each voice process started on this thread meanwhile is given to ``callback`` as soon
    as it runs: its build answers in 0.3-1 s (seconds under load), and only then did its owner
    hold it, so a close meanwhile could not end it. A context of the thread, not an argument:
    whatever builds the voice in between (``piper_voice.load_voice``) stays as it is."""
    previous = getattr(_starts, "callback", None)
    _starts.callback = callback
    try:
        yield
    finally:
        _starts.callback = previous


class VoiceProcessError(RuntimeError):
    """The voice process failed, or ended before it answered."""


@dataclass(frozen=True)
class VoiceConfig:
    sample_rate: int


@dataclass(frozen=True)
class AudioChunk:
    audio_int16_bytes: bytes


def voice_nice() -> int:
    """The nice value of the voice's process: ``speech.cpu.VOICE_PROCESS_NICE`` below the app's
    main thread (whatever thread starts it), so the window's thread gets a CPU first."""
    from simulator.speech.cpu import VOICE_PROCESS_NICE, thread_nice

    return min(19, thread_nice(os.getpid()) + VOICE_PROCESS_NICE)


def _package_root() -> str:
    return str(Path(__file__).resolve().parent.parent.parent)


class PiperProcess:
    """One Piper voice, built and run in a child process; ``close`` ends it."""

    out_of_process = True

    def __init__(self, model: Path, config: Path, threads: int = 1) -> None:
        """The callback of ``telling_start`` around this call is told of the process as
        soon as it runs, before its build has answered: a close meanwhile can end it."""
        raw = json.loads(Path(config).read_text(encoding="utf-8"))
        self.config = VoiceConfig(int(raw["audio"]["sample_rate"]))
        self._lock = threading.Lock()
        self._broken = False  # a request found the process gone (its end may not be seen yet)
        path = os.pathsep.join(p for p in (_package_root(), os.environ.get("PYTHONPATH")) if p)
        self._proc = subprocess.Popen(
            child_command(model, config, threads),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env={
                **os.environ,
                "PYTHONPATH": path,
                APP_PID_ENV: str(os.getpid()),
                NICE_ENV: str(voice_nice()),
            },
            close_fds=True,
        )
        global _live_now
        with _live_lock:
            _live.add(self._proc.pid)
            _live_now = tuple(_live)
        self._closer = weakref.finalize(self, _end, self._proc)
        try:
            started = getattr(_starts, "callback", None)
            if started is not None:
                started(self)
            with self._lock:
                self._receive(BUILD_TIMEOUT_S)  # the child answers once its voice is built
        except BaseException:
            self.close()
            raise

    @property
    def pid(self) -> int:
        return self._proc.pid

    @property
    def alive(self) -> bool:
        """Not closed, and the process has not ended by itself (killed, out of memory)."""
        return not self._broken and self._closer.alive and self._proc.poll() is None

    def phonemize(self, text: str) -> Any:
        return self._call(("phonemize", text))

    def synthesize(self, text: str, syn_config: Any = None) -> list[AudioChunk]:
        """The text's audio as one chunk (``PiperVoice.synthesize`` yields several; callers
        join them)."""
        options = dataclasses.asdict(syn_config) if syn_config is not None else None
        return [AudioChunk(self._call(("synthesize", text, options)))]

    def close(self) -> None:
        """End the process (its memory goes back to the system at once)."""
        self._closer()

    def _call(self, request: tuple[Any, ...]) -> Any:
        with self._lock:
            stdin = self._proc.stdin
            if stdin is None or not self._closer.alive:
                raise VoiceProcessError("the voice process has ended")
            try:
                pickle.dump(request, stdin, protocol=pickle.HIGHEST_PROTOCOL)
                stdin.flush()
            except (BrokenPipeError, OSError) as exc:
                self._broken = True
                raise VoiceProcessError(f"the voice process has ended ({exc})") from exc
            return self._receive(REPLY_TIMEOUT_S)

    def _receive(self, timeout: float) -> Any:
        stdout: IO[bytes] | None = self._proc.stdout
        stuck = threading.Event()

        def give_up() -> None:  # the read below then gets its end of file
            stuck.set()
            with contextlib.suppress(OSError):
                self._proc.kill()

        watchdog = threading.Timer(timeout, give_up)
        watchdog.daemon = True
        watchdog.start()
        try:
            status, value = pickle.load(stdout)  # type: ignore[arg-type]
        # (ValueError: the pipe was closed by a close from another thread before the read)
        except (EOFError, OSError, ValueError, pickle.UnpicklingError) as exc:
            self._broken = True
            code = self._proc.poll()
            if stuck.is_set():
                raise VoiceProcessError(
                    f"the voice process did not answer within {timeout:.0f} s and was ended"
                ) from exc
            raise VoiceProcessError(f"the voice process ended (exit code {code})") from exc
        finally:
            watchdog.cancel()
        if status != "ok":
            raise VoiceProcessError(str(value))
        return value


def _end(proc: subprocess.Popen[bytes]) -> None:
    """Kill first: a thread still reading the reply gets its end of file, then the pipes close."""
    if proc.poll() is None:
        proc.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)
    for pipe in (proc.stdin, proc.stdout):
        if pipe is not None:
            with contextlib.suppress(OSError):
                pipe.close()
    global _live_now
    with _live_lock:
        _live.discard(proc.pid)
        _live_now = tuple(_live)
