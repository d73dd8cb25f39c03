"""The one way to run blocking work off the GUI thread: one ``TaskManager`` with named lanes.

``TaskManager.submit(fn, on_done, on_error, lane=...)`` runs ``fn`` on a lane's threads; its result
or exception comes back through a queued signal, so the callbacks run on the GUI thread and may
touch widgets. Workers never touch widgets themselves. The lanes: ``database`` (one thread: writes
stay in order), ``speech`` (one thread: live captions and the answer's last words, in order),
``speech-background`` (one thread: whole recordings transcribed again; its chunks take turns
with the live ones, which go first: ``simulator.speech.memory``; the speech lanes keep the
window's OS priority, only Whisper's own decoding thread is lowered, ``simulator.speech.cpu``),
``compute`` (scoring; a few threads, a little below the window's priority, as the database
lane), ``download`` (a model download: long, on the network, never in the way of the others)
and ``archive`` (an archive export: long, on the disk; on the download lane a gigabyte export
waited behind a model download, or held one back, hard47). An export is cancelled as the
window closes, and ``shutdown`` waits for it: its half-written file is removed before the
process ends. ``shutdown()`` waits for all of them, once; ``drain()`` (the
window's close, once hidden) first lets them finish with the event loop running. The window's manager
is the application's (``app_tasks()``), so dialogs use the same lanes.

The CPU priorities are set here, in one place: each lane's ``nice`` (below), Whisper's decoder
and the voice's process lower (``speech.cpu``), and the window's thread, which makes the
manager, asks for a short scheduler slice (``speech.cpu.favour_this_thread``): the lanes' nice
values share only the app's part of a busy machine, the slice lets the window go first when it
wakes. The lanes' threads, which the window's thread starts, get the default slice back.

A job submitted with ``only_prepares=True`` (loading the question bank and warming the scorer,
a speech model's load, importing modules ahead of use) holds nothing a person gave. In the app,
whose process ends right after its window's close (``waits_for_preparing`` False), a close does
not wait for such a job (``drain``, ``shutdown``): a SIGTERM or a Close in the first seconds
ended the app 10-21 s later at load, once the scorer's warm-up was done (attack run 56). What
still runs is listed by ``still_preparing``, and the app ends its process without the
interpreter's own end, which would wait for it (or crash under it). Elsewhere (tests, benchmarks:
the process goes on) a close waits for every job, as it did.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)

from simulator.core.session.ports import COMPUTE, DATABASE, SPEECH, SPEECH_BACKGROUND
from simulator.speech.cpu import (
    COMPUTE_NICE,
    DATABASE_NICE,
    DOWNLOAD_NICE,
    favour_this_thread,
    lower_this_thread,
)
from simulator.speech.jobs import failure

DOWNLOAD = "download"
ARCHIVE = "archive"

log = logging.getLogger(__name__)
DRAIN_POLL_MS = 10  # how often a draining close looks whether the lanes are done
# A close's wait tells the work that can stop early to stop (``when_closing_late``: a whole
# recording transcribed again stops between two pieces) this long before its end, and waits
# this much longer for a lane still working once told: the window is gone by then, and the
# interpreter must not shut down while a lane's thread is in native code (at load 11-15 a
# decode still running after the close's 30 s ended the process with a segmentation fault or
# an abort after everything was saved: benchmarks/gui_stall.py, perf31).
CANCEL_LEFT_S = 10.0
LATE_WAIT_MS = 60000
# Error kinds whose message says everything (what, where, why: a StorageError's; a decode the
# close stopped): logged in one line, not with the stacks of the worker and the database
# thread for every answer saved
_SAID_WHOLE = ("full", "locked", "read-only", "cancelled")


class _Box:
    """Carries a result through a queued signal.

    PySide6 mis-counts references when ``None`` itself crosses threads in a ``Signal(object)``
    (the interpreter aborts with "none_dealloc" after enough of them), so values travel boxed."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(
        self, fn: Callable[[], Any], relay: _Relay, nice: int, ended: Callable[[], None]
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay: _Relay | None = relay
        self._nice = nice
        self._ended = ended  # on this worker thread, once ``fn`` has returned or raised

    def run(self) -> None:
        if self._nice:  # a pool's threads come and go, made by the GUI thread: each is lowered
            lower_this_thread(self._nice)
        # Not kept by this frame once run: an exception's traceback holds the frame, and so
        # the relay, for as long as the exception's receiver keeps it.
        relay, self._relay = self._relay, None
        assert relay is not None
        try:
            result = self._fn()
        except BaseException as exc:  # report every failure to the GUI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            _deliver(relay, "failed", exc)
        else:
            _deliver(relay, "succeeded", result)
        finally:
            del relay
            self._ended()


def _deliver(relay: _Relay, signal: str, value: Any) -> None:
    """Send a result to the GUI thread, unless the window that asked is gone: a task finishing
    after shutdown (or while the interpreter exits) has nobody to tell, so its result is dropped."""
    try:
        if shiboken6.isValid(relay):
            getattr(relay, signal).emit(_Box(value))
            return
    except RuntimeError:  # deleted between the check and the emit
        pass
    log.debug("a task finished after shutdown: its result was dropped (%s)", signal)


class TaskRunner(QObject):
    """One lane: a thread pool whose results come back on the GUI thread; its threads run
    ``nice`` below the process (``speech.cpu.lower_this_thread``), so the window's thread gets
    a CPU before them."""

    def __init__(self, max_threads: int = 2, parent: QObject | None = None, nice: int = 0) -> None:
        super().__init__(parent)
        self.nice = nice
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()
        self._jobs: set[_Relay] = set()  # submitted jobs whose results are not delivered yet
        self._preparing: set[_Relay] = set()  # of those, the ones that only prepare
        # Jobs submitted and not ended, on the worker threads: those a close waits for, and
        # those that only prepare (told apart from a pool's idle state, which counts both)
        self._counts_changed = threading.Condition()
        self._needed = 0
        self._prepares = 0
        self.closed = False  # set by TaskManager.shutdown: nothing new starts

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        only_prepares: bool = False,
        **kwargs: Any,
    ) -> None:
        """``only_prepares``: the job holds nothing a person gave (see the module's docstring)."""
        if self.closed:  # pages hold their lane and may submit while the window closes
            log.debug("not started after shutdown: %r", fn)
            return
        relay = _Relay()  # lives in the GUI thread: its signals are delivered there
        self._relays.add(relay)
        self._jobs.add(relay)
        if only_prepares:
            self._preparing.add(relay)
        self._count(only_prepares, +1)

        @Slot(object)
        def done(box: _Box) -> None:
            self._release(relay)
            if on_done is not None:
                on_done(box.value)

        @Slot(object)
        def failed(box: _Box) -> None:
            self._release(relay)
            exc = box.value
            trace = getattr(exc, "__traceback_text__", repr(exc))
            if getattr(exc, "kind", None) in _SAID_WHOLE:
                trace = ""  # a full disk, a locked or read-only database: no stack to read
            if on_error is not None:  # reported by its caller; logged here for the record
                log.warning("background task failed: %s%s", exc, f"\n{trace}" if trace else "")
                on_error(exc)
            else:
                log.error("background task failed, nobody to tell: %s\n%s", exc, trace)

        relay.succeeded.connect(done)
        relay.failed.connect(failed)

        def ended() -> None:
            self._count(only_prepares, -1)

        self._pool.start(_Job(lambda: fn(*args, **kwargs), relay, self.nice, ended))

    def _count(self, only_prepares: bool, step: int) -> None:
        with self._counts_changed:
            if only_prepares:
                self._prepares += step
            else:
                self._needed += step
            self._counts_changed.notify_all()

    def watch(
        self,
        future: Future[Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Deliver a ``concurrent.futures.Future`` (e.g. from the TTS owner thread) to the GUI thread.

        The relay lives in the GUI thread, so emitting from the future's thread queues the call."""
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._release(relay)
            if callback is not None:
                callback(value)

        relay.succeeded.connect(lambda box: finish(on_done, box.value))
        relay.failed.connect(lambda box: finish(on_error, box.value))

        def relay_result(fut: Future[Any]) -> None:
            exc = failure(fut)  # a cancelled one too: its waiter is told
            if exc is not None:
                _deliver(relay, "failed", exc)
            else:
                _deliver(relay, "succeeded", fut.result())

        future.add_done_callback(relay_result)

    def _release(self, relay: _Relay) -> None:
        """A relay whose result is delivered goes, with its two callbacks. Its signals hold
        closures that hold the relay: a cycle through Qt's connections, which Python's collector
        cannot see, so without this every task's relay (4.9 KB, 23 Python blocks) stayed for
        the app's whole run: some 700 more with each spoken answer, one per audio chunk fed
        (speech54). Deleted later, not now: its own signal is being delivered."""
        self._relays.discard(relay)
        self._jobs.discard(relay)
        self._preparing.discard(relay)
        relay.deleteLater()

    def pending(self) -> int:
        return len(self._relays)

    def running(self) -> int:
        """Jobs started here whose results have not reached the GUI thread yet (futures only
        watched are not counted: nothing here runs them)."""
        return len(self._jobs)

    def awaited(self) -> int:
        """Of ``running``, the jobs a close waits for (not those that only prepare)."""
        return len(self._jobs) - len(self._preparing)

    def wait_idle(self, msecs: int = 30000) -> bool:
        return bool(self._pool.waitForDone(msecs))

    def wait_needed(self, msecs: int = 30000) -> bool:
        """Wait (at most ``msecs``) until every job submitted here that is not ``only_prepares``
        has ended, a job queued behind a preparing one included; True when so."""
        deadline = time.monotonic() + msecs / 1000
        with self._counts_changed:
            while self._needed:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._counts_changed.wait(left)
        return True

    def preparing(self) -> bool:
        """A job that only prepares has not ended yet (running, or queued)."""
        with self._counts_changed:
            return self._prepares > 0

    def computing(self) -> bool:
        """A job is running on one of this lane's threads now (its result, delivered or not,
        aside: after a close's wait no event loop runs to deliver it)."""
        return bool(self._pool.activeThreadCount())


class TaskManager(QObject):
    """Every background lane of the app, with one shutdown."""

    def __init__(self, parent: QObject | None = None, compute_threads: int | None = None) -> None:
        super().__init__(parent)
        compute = compute_threads or max(2, min(4, (os.cpu_count() or 2) - 1))
        # The window's thread gets a CPU first: at load most of its late frames were spent
        # waiting for one while these lanes computed (benchmarks/voice_interview.py).
        self._lanes = {
            DATABASE: TaskRunner(1, self, nice=DATABASE_NICE),
            # Not lowered: they run Python between native steps, and a lowered thread holding
            # the GIL keeps the window waiting (speech.cpu); Whisper's own worker is lowered.
            SPEECH: TaskRunner(1, self),
            SPEECH_BACKGROUND: TaskRunner(1, self),
            COMPUTE: TaskRunner(compute, self, nice=COMPUTE_NICE),
            DOWNLOAD: TaskRunner(1, self, nice=DOWNLOAD_NICE),
            ARCHIVE: TaskRunner(1, self, nice=DOWNLOAD_NICE),
        }
        if threading.current_thread() is threading.main_thread():
            # The other side of the same policy: the window's thread asks for short turns on
            # the CPU, so that it is picked first when it wakes (speech.cpu.GUI_SLICE_NS).
            favour_this_thread()
        self._closed = False
        # False: the process ends right after the close, which then waits only for the jobs
        # that do not only prepare (see the module's docstring)
        self.waits_for_preparing = True
        self._cancels: list[Callable[[], None]] = []
        global _app_tasks
        if not _usable(_app_tasks):
            _app_tasks = self

    def lane(self, name: str) -> TaskRunner:
        return self._lanes[name]

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        lane: str = COMPUTE,
        only_prepares: bool = False,
    ) -> None:
        """Run ``fn`` on ``lane`` (``simulator.core.session.ports.Executor``)."""
        if self._closed:  # the app is closing: nothing new starts
            log.debug("not started after shutdown: %r", fn)
            return
        self._lanes[lane].submit(
            fn, on_done=on_done, on_error=on_error, only_prepares=only_prepares
        )

    def watch(
        self,
        future: Future[Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._lanes[COMPUTE].watch(future, on_done, on_error)

    @property
    def closed(self) -> bool:
        return self._closed

    def pending(self) -> int:
        return sum(lane.pending() for lane in self._lanes.values())

    def when_closing_late(self, cancel: Callable[[], None]) -> None:
        """Call ``cancel`` (from the GUI thread) when a close's wait nears its end with work
        still running: it asks that work to stop early (``CANCEL_LEFT_S``)."""
        self._cancels.append(cancel)

    def _cancel(self) -> None:
        cancels, self._cancels = self._cancels, []
        for cancel in cancels:
            cancel()

    def drain(self, msecs: int = 30000) -> bool:
        """The window's close, once it is hidden: let the work under way finish with the event
        loop running, so its results come back and what they start still runs (a score's save
        on the database lane), then ``shutdown``. Bounded by ``msecs`` in all; a download is
        not waited for. Waiting in ``shutdown`` alone stops the event loop: a result finishing
        then was delivered to a closed app, and its save refused."""
        deadline = time.monotonic() + msecs / 1000

        def busy() -> bool:
            return any(
                runner.running() if self.waits_for_preparing else runner.awaited()
                for name, runner in self._lanes.items()
                if name != DOWNLOAD
            )

        if not self._closed and busy():
            loop = QEventLoop()
            poll = QTimer()
            poll.setInterval(DRAIN_POLL_MS)

            def check() -> None:
                if not busy() or time.monotonic() >= deadline:
                    loop.quit()
                elif time.monotonic() >= deadline - CANCEL_LEFT_S:
                    self._cancel()

            poll.timeout.connect(check)
            poll.start()
            loop.exec()
            poll.stop()
        left_ms = max(0, round(1000 * (deadline - time.monotonic())))
        return self.shutdown(left_ms)

    def shutdown(self, msecs: int = 30000) -> bool:
        """Refuse new work and wait for what runs (the database last: it saves the answers)."""
        self._closed = True
        for runner in self._lanes.values():
            runner.closed = True
        order = (
            SPEECH,
            SPEECH_BACKGROUND,
            COMPUTE,
            ARCHIVE,  # (cancelled at the close: it stops within a chunk and removes its file)
            DATABASE,
        )  # a download may go on: it is not waited for
        idle = all([self._wait(name, msecs) for name in order])
        if not idle:
            log.warning("lanes still working after the close's wait: %s", ", ".join(self.busy()))
            self._cancel()
            idle = all([self._wait(name, LATE_WAIT_MS) for name in order])
        return idle

    def _wait(self, lane: str, msecs: int) -> bool:
        runner = self._lanes[lane]
        return runner.wait_idle(msecs) if self.waits_for_preparing else runner.wait_needed(msecs)

    def still_preparing(self) -> list[str]:
        """The lanes where a job that only prepares has not ended (not waited for by a close)."""
        return [name for name, runner in self._lanes.items() if runner.preparing()]

    def busy(self) -> list[str]:
        """The lanes with a job running on their threads now (a download included)."""
        return [name for name, runner in self._lanes.items() if runner.computing()]


_app_tasks: TaskManager | None = None


def app_tasks() -> TaskManager:
    """The application's task manager (the main window's; one is made if there is none)."""
    if not _usable(_app_tasks):
        TaskManager(QCoreApplication.instance())
    assert _app_tasks is not None
    return _app_tasks


def _usable(tasks: TaskManager | None) -> bool:
    return tasks is not None and shiboken6.isValid(tasks) and not tasks.closed
