"""What the session core needs from the outside world, as small protocols.

The app gives it Qt-backed parts (thread lanes, the interviewer's voice, the microphone); unit tests
give it the inline executor below and fakes. Every callback into the core arrives on the thread
that drives it (the GUI thread in the app), so the core itself needs no locks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from simulator.core.speech_topic import SpeechTopic
    from simulator.core.transcript import Transcript

T = TypeVar("T")

# Named lanes of background work: one ordered database writer, one speech thread for what a
# person waits for (live captions, the answer's last words), one for whole recordings
# transcribed again in the background (the two take turns chunk by chunk, the live work first:
# ``speech.memory``), and a few threads for scoring.
DATABASE, SPEECH, COMPUTE = "database", "speech", "compute"
SPEECH_BACKGROUND = "speech-background"


class Executor(Protocol):
    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        lane: str = COMPUTE,
        only_prepares: bool = False,
    ) -> None:
        """Run ``fn`` off the caller's thread; its result or error comes back on the caller's.
        ``only_prepares``: it holds nothing a person gave (warming what a later job needs): the
        app's close need not wait for it (``ui.tasks``)."""


class InlineExecutor:
    """Runs work at once, on the caller's thread (unit tests, command-line tools)."""

    def __init__(self) -> None:
        self.lanes: list[str] = []

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        lane: str = COMPUTE,
        only_prepares: bool = False,
    ) -> None:
        self.lanes.append(lane)
        try:
            result = fn()
        except Exception as exc:  # reported like a background failure
            if on_error is None:
                raise
            on_error(exc)
            return
        if on_done is not None:
            on_done(result)


class Voice(Protocol):
    """The interviewer's voice: ``then`` is called once when the text has been read (or at once
    when the voice is off); ``stop`` cancels it. ``unheard_wait_s``: for a text that leaves
    the screen once read, how long to wait before ``then`` when the voice is on but cannot be
    heard (no audio output): time to read it (``stop``, e.g. a key press, still cuts it short)."""

    enabled: bool

    def say(self, text: str, then: Callable[[], None], unheard_wait_s: float = 0.0) -> None: ...

    def stop(self) -> None: ...

    def prepare(self, text: str) -> None: ...


class SpeechInput(Protocol):
    """Spoken answers. ``start`` and ``stop`` return at once; the outcome comes back through the
    core's ``recording_started``, ``transcribed``, ``heard_end`` and ``speech_failed``."""

    @property
    def recording(self) -> bool: ...

    @property
    def heard_speech(self) -> bool:
        """The microphone has heard speech (or the caption has words) in this recording."""
        ...

    def preload(self) -> None: ...

    def input_problem(self) -> str | None:
        """Why nothing could be recorded now ("No microphone found."), or None. Quick."""
        ...

    def start(self, path: Path, topic: SpeechTopic | None = None) -> None:
        """Record an answer to ``topic`` (the question, words to expect) into ``path``."""
        ...

    def stop(self) -> None: ...

    def pause(self) -> None:
        """Hold the recording: nothing is captured, captioned or counted as silence (the
        answer does not end by itself) until ``resume``. A no-op when not recording."""
        ...

    def resume(self) -> None:
        """Go on recording the same answer into the same file, the silence count afresh."""
        ...

    def transcribe_whole(self, path: Path, topic: SpeechTopic | None = None) -> Transcript:
        """Blocking: the whole recording in one pass (run on the background speech lane)."""
        ...

    def recover(self, path: Path, topic: SpeechTopic | None = None) -> Transcript:
        """Blocking: repair a recording cut short by a crash, then transcribe it."""
        ...
