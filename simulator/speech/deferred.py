"""A speaker made on first use, so that starting the window imports none of the voice engines.

``build_services`` gives the window a ``DeferredSpeaker``: the interviewer's voice modules (Piper,
espeak-ng through pyttsx3) are imported, and the speaker built, when something first asks it for
anything, which is after the first paint (the session core, 300 ms later, or Settings). Measured
here: importing them took 20-60 ms of a ~400 ms start when their bytecode was not cached.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.speech import jobs
from simulator.speech.errors import SpeechUnavailable

if TYPE_CHECKING:
    from simulator.speech.tts import Speaker, Voice


class DeferredSpeaker:
    """A ``Speaker`` that builds the real one (``build()``) the first time it is used; any
    attribute the real one has (``preload``, ``in_use``, ...) is reached through it."""

    def __init__(self, build: Callable[[], Speaker]) -> None:
        self._build = build
        self._speaker: Speaker | None = None
        self._lock = threading.Lock()  # held while building: one build
        # Held for a moment only: the close never waits for a build under way (the window's
        # close runs it on the GUI thread), and the build sees whether it was closed meanwhile.
        self._state = threading.Lock()
        self._closed = False

    @property
    def built(self) -> bool:
        return self._speaker is not None

    def real(self) -> Speaker:
        """The speaker, built now if it was not. One built after ``close`` is closed at once
        (what it is asked then fails: ``speech.jobs``): a build under way when the window
        closed went on to start a voice thread that nobody closed. Raises ``SpeechUnavailable``
        once closed if it was never built."""
        speaker = self._open()
        if speaker is None:
            raise SpeechUnavailable(jobs.CLOSED)
        return speaker

    def _open(self) -> Speaker | None:
        """``real()``, or None once closed if never built: a speaker asked for after the close
        is not built (the engines imported, the voices listed, a voice thread started) only to
        be closed again; it is refused as a closed one refuses (reviewer, round 43)."""
        with self._lock:
            if self._speaker is None:
                with self._state:
                    if self._closed:
                        return None
                speaker = self._build()
                with self._state:
                    self._speaker, closed = speaker, self._closed
                if closed:
                    speaker.close()
            return self._speaker

    def render(self, text: str) -> Future[Path]:
        speaker = self._open()
        return jobs.refused() if speaker is None else speaker.render(text)

    def render_parts(self, text: str) -> list[Future[Path]]:
        speaker = self._open()
        return [jobs.refused()] if speaker is None else speaker.render_parts(text)

    def voices(self) -> Future[list[Voice]]:
        speaker = self._open()
        return jobs.refused() if speaker is None else speaker.voices()

    def configure(self, voice_id: str | None = None, rate: int | None = None) -> None:
        speaker = self._open()  # closed and never built: nothing to configure
        if speaker is not None:
            speaker.configure(voice_id=voice_id, rate=rate)

    def close(self) -> None:
        """Closes the real speaker if it was ever built (never builds one to close it)."""
        with self._state:
            self._closed, speaker = True, self._speaker
        if speaker is not None:
            speaker.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.real(), name)
