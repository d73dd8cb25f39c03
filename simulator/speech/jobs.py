"""Every job handed to a voice's owner thread is answered, even once nobody serves the queue.

A voice (Piper, espeak-ng) renders on one owner thread that reads its jobs from a queue; the
window waits for each job's future ("Interviewer is speaking" until the sentence's WAV is
there, and only then is the answer recorded). A job queued after the owner was closed, or
after its thread ended by an exception, waited in a queue nobody read any more: the interview
stood still with nothing said. ``Intake`` refuses such a job at once (its future fails with
``SpeechUnavailable``, so the question is shown as text), and ``fail_queued`` answers what was
still queued when the thread ended.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, InvalidStateError
from typing import Any, TypeVar

from simulator.speech.errors import SpeechUnavailable

J = TypeVar("J")


class Intake:
    """Whether an owner thread still takes jobs: open until ``shut`` (its close, or its
    thread's end), then every job offered is refused with the reason given there."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # no job is queued behind a shut
        self._why: str | None = None

    @property
    def shut_because(self) -> str | None:
        return self._why

    def offer(self, future: Future[Any], enqueue: Callable[[], None]) -> None:
        """``enqueue()`` while open; else ``future`` fails at once with the reason."""
        with self._lock:
            why = self._why
            if why is None:
                enqueue()
                return
        refuse(future, why)

    def shut(self, why: str) -> None:
        """Take no more jobs (the first reason given stays)."""
        with self._lock:
            if self._why is None:
                self._why = why


CLOSED = "the voice was closed"  # what a closed speaker's jobs fail with


def refused(why: str = CLOSED) -> Future[Any]:
    """A job asked of a speaker that will not do it (closed): failed at once."""
    future: Future[Any] = Future()
    refuse(future, why)
    return future


def refuse(future: Future[Any], why: str) -> None:
    """``future`` fails with ``SpeechUnavailable(why)``, unless it was cancelled or answered
    (a job under way when its thread ended is answered too)."""
    if future.done():
        return
    # One that runs was under way when its thread ended; one that is pending may be cancelled
    if not future.running() and not future.set_running_or_notify_cancel():
        return  # cancelled: its waiter knows
    with contextlib.suppress(InvalidStateError):  # answered meanwhile
        future.set_exception(SpeechUnavailable(why))


def fail_queued(
    jobs: queue.Queue[J], future_of: Callable[[J], Future[Any] | None], why: str
) -> None:
    """Answer every job still in ``jobs`` with ``SpeechUnavailable(why)`` (called once the
    ``Intake`` is shut, so nothing is queued after it)."""
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            return
        future = future_of(job)
        if future is not None:
            refuse(future, why)


def failure(future: Future[Any]) -> BaseException | None:
    """A finished ``future``'s exception (``CancelledError`` when it was cancelled), or None.
    ``Future.exception()`` raises for a cancelled one: raised in a done callback it was only
    logged, and whoever waited on what that callback would have answered waited for good."""
    return CancelledError("cancelled") if future.cancelled() else future.exception()
