"""speech.cpu: the unlowered thread a lowered voice thread hands its native steps to."""

from __future__ import annotations

import threading

import pytest

from simulator.speech.cpu import Unlowered


def _call_in_thread(native: Unlowered, fn):  # type: ignore[no-untyped-def]
    """``native.call(fn)`` from another thread; its result, or a failure if it never returns."""
    out: list[object] = []
    caller = threading.Thread(target=lambda: out.append(native.call(fn)), daemon=True)
    caller.start()
    caller.join(timeout=10)
    if caller.is_alive():
        pytest.fail("the call never returned")
    return out[0]


def test_a_call_runs_on_its_own_thread_and_gives_back_the_result() -> None:
    native = Unlowered("test-unlowered")
    try:
        assert _call_in_thread(native, lambda: threading.current_thread().name) == "test-unlowered"
        with pytest.raises(ZeroDivisionError):
            native.call(lambda: 1 / 0)
    finally:
        native.close()


def test_a_call_after_close_still_returns() -> None:
    """A Piper voice still loading when its owner closed it (the close's join gives up after
    5 s under load) then asked the ended thread to warm its phonemizer and waited forever,
    holding the speech turn: every later Whisper load of the process waited 10 minutes."""
    native = Unlowered("test-unlowered")
    native.close()
    native._thread.join(timeout=5)
    assert not native._thread.is_alive()
    assert _call_in_thread(native, lambda: 42) == 42
    native.close()  # twice: nothing more happens
