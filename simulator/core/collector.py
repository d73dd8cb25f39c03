"""Pauses of Python's garbage collector while big object graphs are built.

Loading a speech engine or parsing question packs makes hundreds of thousands of objects that
all stay alive; each full pass of the collector walks all of them again (a GIL-holding pause for
the window, and for a large pack a cost that grows with the square of its size). Callers on
several threads share one pause: the collector comes back only when the last of them ends, as
it was before the first began.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

# How long work that can wait gives way to a build (``wait_for_builds``): the speech model's first
# load takes 0.5-2 s (longer at load); after that the work runs beside it. And how long no build
# must have run: Whisper's model, then its warm-up imports and Silero's detector load one after
# another, with gaps of a few ms between them.
BUILD_WAIT_S = 10.0
BUILD_SETTLE_S = 0.3

_lock = threading.Lock()
_ended = threading.Condition(_lock)  # told when the last pause ends
_depth = 0
_turns = 0  # work that gave way and now runs (``turn``), the collector left running
_last_end = float("-inf")  # time.monotonic() when the last pause ended
_was_enabled = False
_freeze_at_end = False


@contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """No garbage collection inside (nested and concurrent pauses share one). With ``freeze``,
    what lives when the shared pause ends is moved out of later full collections: objects that
    last as long as the app (a loaded engine). What was left behind is freed by reference
    counting; the reference cycles among it (a Whisper load leaves ~440 objects: tracebacks,
    frames) are collected first, with the young generations, which hold all that was made
    while the collector was off: frozen, they stayed in memory for good. That one pass over
    what the load made (2-9 ms for the bank or Whisper at load 10) is what the freeze spares
    every later full pass."""
    global _depth, _was_enabled, _freeze_at_end, _last_end
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
        _freeze_at_end = _freeze_at_end or freeze
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                if _freeze_at_end:
                    _collect_young_and_freeze()
                _freeze_at_end = False
                if _was_enabled:
                    gc.enable()
                _last_end = time.monotonic()
                _ended.notify_all()


def building() -> bool:
    """A big object graph is being built now (some pause of the collector is under way)."""
    with _lock:
        return _depth > 0


def wait_for_builds(timeout: float, settle: float = 0.0) -> bool:
    """On a background thread: wait (at most ``timeout`` seconds) until no big object graph is
    being built, nor work taking its ``turn``, and none has ended for ``settle`` seconds (a load
    made of steps, such as the speech model then its voice-activity detector, has short gaps
    between them); True when so. Work that can wait (the pages' imports in idle time) gives
    way to a speech engine's load this way: two threads running Python beside the window's made
    the window wait for the GIL and, on two cores, for a CPU (``benchmarks/gui_stall.py``, round
    29: a Start pressed while the speech model loaded and the pages were imported)."""
    with _ended:
        return _wait_quiet(time.monotonic() + timeout, settle)


def _wait_quiet(deadline: float, settle: float) -> bool:
    """``wait_for_builds``'s wait, with ``_lock`` held (the condition releases it meanwhile)."""
    while True:
        now = time.monotonic()
        idle = _depth == 0 and _turns == 0
        quiet = idle and now - _last_end >= settle
        if quiet or now >= deadline:
            return quiet
        wait = deadline - now
        if idle:  # ended a moment ago: wait the rest of ``settle``, then look again
            wait = min(wait, settle - (now - _last_end))
        _ended.wait(wait)


@contextmanager
def turn(timeout: float, settle: float = 0.0) -> Iterator[None]:
    """Work that can wait, run in its turn: it waits as ``wait_for_builds`` does (then runs
    anyway), and while it runs, other work waiting so waits for it, as for a build; the
    collector keeps running (a pause would leave everything the work made young, for one long
    pass at its end: a question's scoring preparation made ~34,000 objects, a 23 ms pass).
    The wait and the start are one step under the lock: two waiters woken by the same end do
    not both start. The speech model's load and a pack's parse do not wait: a person waits for
    them. Used by each question's scoring preparation and the pages' imports in idle time,
    which ran side by side after the model's load, and the first beside the load itself (two
    or three threads running Python beside the window's on two cores: stall61)."""
    global _turns, _last_end
    with _ended:
        _wait_quiet(time.monotonic() + timeout, settle)
        _turns += 1
    try:
        yield
    finally:
        with _ended:
            _turns -= 1
            if _turns == 0 and _depth == 0:
                _last_end = time.monotonic()
            _ended.notify_all()


def freeze_survivors() -> bool:
    """At a calm moment (each question asked): collect the young generations (what was made
    since the last collections: a few ms) and freeze what survives out of later full
    collections. What an answer leaves for the rest of the run (the scorer's caches, the
    ledger, the pages' widgets) is then no longer walked by every full pass, as the bank and
    the engines are not (a full pass holds the GIL, on whichever thread, for as long as it
    walks: tens of ms, hundreds at load). Frozen objects are still freed when their last
    reference goes; only a reference cycle among them stays, so the young ones are collected
    first. Skipped (False) while a big object graph is being built: the collector is off then,
    and such a build freezes what it made at its end."""
    with _lock:
        if _depth:
            return False
    _collect_young_and_freeze()
    return True


def _collect_young_and_freeze() -> None:
    """The young generations collected (their garbage cycles freed), then what lives frozen
    out of later full collections: a frozen cycle is never collected."""
    gc.collect(1)
    gc.freeze()
