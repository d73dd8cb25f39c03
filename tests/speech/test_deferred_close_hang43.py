"""A deferred speaker's close never waits for its build, and a speaker built after the close
is closed too (hang43).

The window closes the speaker on the GUI thread. A build under way then (the engines'
imports, the voices listed: seconds under load) held the lock the close took, so the closing
window waited for it. Events order the steps; a stand-in speaker records its close."""

from __future__ import annotations

import threading

import pytest

from simulator.speech.deferred import DeferredSpeaker
from simulator.speech.errors import SpeechUnavailable


class _Speaker:
    def __init__(self) -> None:
        self.closed = 0

    def close(self) -> None:
        self.closed += 1


def test_a_close_during_the_build_returns_at_once_and_the_built_speaker_is_closed() -> None:
    building, go = threading.Event(), threading.Event()
    built = _Speaker()

    def build() -> _Speaker:
        building.set()
        assert go.wait(timeout=30)
        return built

    deferred = DeferredSpeaker(build)  # type: ignore[arg-type]
    first_use = threading.Thread(target=deferred.real, daemon=True)
    first_use.start()
    assert building.wait(timeout=30)
    closer = threading.Thread(target=deferred.close, daemon=True)  # the GUI thread's close
    closer.start()
    closer.join(timeout=10)
    try:
        assert not closer.is_alive(), "the close waited for the build under way"
    finally:
        go.set()
        first_use.join(timeout=30)
    assert built.closed == 1  # built after the close: closed once, by the build
    deferred.close()
    assert built.closed == 2  # a second close reaches it too (closing twice is harmless)


def test_a_speaker_built_before_the_close_is_closed_by_it() -> None:
    built = _Speaker()
    deferred = DeferredSpeaker(lambda: built)  # type: ignore[arg-type, return-value]
    deferred.real()
    deferred.close()
    assert built.closed == 1


def test_a_speaker_never_built_is_not_built_to_be_closed() -> None:
    builds: list[int] = []
    deferred = DeferredSpeaker(lambda: builds.append(1))  # type: ignore[arg-type, return-value]
    deferred.close()
    assert builds == []


def test_a_speaker_closed_before_it_was_built_is_never_built_by_a_later_call() -> None:
    """A call after the close used to build the whole speaker (the engines' imports, a voice
    thread) only for the build to close it; now it is refused as a closed speaker refuses."""
    builds: list[int] = []
    deferred = DeferredSpeaker(lambda: builds.append(1))  # type: ignore[arg-type, return-value]
    deferred.close()
    for future in (deferred.render("hi"), *deferred.render_parts("hi"), deferred.voices()):
        with pytest.raises(SpeechUnavailable, match="closed"):
            future.result(timeout=1)
    deferred.configure(rate=120)  # nothing to configure: no error, no build
    with pytest.raises(SpeechUnavailable, match="closed"):
        deferred.preload()  # reached through the real speaker, which there is none of
    assert builds == []
