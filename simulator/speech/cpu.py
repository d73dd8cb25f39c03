"""Speech work gives way to the window when the CPU is busy.

Transcription and the interviewer's voice run for seconds at a time on threads of their own;
the window's thread needs the CPU for a few milliseconds at a time, but at once. On a busy
two-core machine most of the window's late frames in a voice interview were spent runnable,
waiting for a CPU (``benchmarks/voice_interview.py`` splits each stall into run, CPU-wait and
asleep): the speech threads are given a higher nice value than the rest of the app, so the
scheduler lets the window's thread go first. Moderately: a speech thread holding the GIL must
still get the CPU soon to hand it over.

Linux sets the nice value per thread, and a thread started later inherits its creator's value.
Only threads that compute without the GIL are lowered: CTranslate2's worker thread (made when
the Whisper model is built, ``run_lowered``: the decoding itself runs there) and the voice's
thread. A lowered thread that runs Python holds the GIL while it waits for a CPU, and the
window waits for it: measured at load average ~9 on the two cores, a busy Python thread at
nice +5 made the GUI thread's 5 ms sleeps wake 15-17 ms late (median), at nice 0 5.5-6.5 ms.
So the speech lanes, which run faster-whisper's Python between the native steps, keep the
window's priority.

Nice values share only the app's own part of the CPU: Linux first shares it between sessions
(autogroups), and on a busy machine most of the window's wait is for other programs. The
window's thread also asks for a short scheduler slice (``favour_this_thread``, Linux 6.12+),
which makes it go first when it wakes, whoever holds the CPU. Elsewhere (Windows, macOS) all
of this is a no-op: threads keep the default priority.
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")

SPEECH_NICE = 5  # added to the process's own nice value (0..19; 5: ~1/3 of a normal share)
# The app's other workers, below the window: scoring (pure Python, mostly holding the GIL, so
# only a little lower: a lowered thread holding the GIL keeps the window waiting while it waits
# for a CPU itself), the database (SQLite lets the GIL go while it works) and a download.
COMPUTE_NICE = 2
DATABASE_NICE = 2
DOWNLOAD_NICE = 5
# The voice's process (``speech.piper_process``): native code only, none of this process's GIL,
# and never rendering beside a Whisper decode (``speech.memory``), so it can give way more.
VOICE_PROCESS_NICE = 10


def lower_this_thread(step: int | None = None) -> None:
    """Give the calling thread ``step`` (default ``SPEECH_NICE``) more nice than the process
    has; nothing where per-thread priorities are not available, or when already lowered."""
    step = SPEECH_NICE if step is None else step
    if step <= 0 or not hasattr(os, "setpriority") or not hasattr(threading, "get_native_id"):
        return
    thread = threading.get_native_id()
    try:
        target = min(19, os.getpriority(os.PRIO_PROCESS, os.getpid()) + step)
        if os.getpriority(os.PRIO_PROCESS, thread) < target:
            os.setpriority(os.PRIO_PROCESS, thread, target)
    except OSError:  # not allowed, or not per thread here: the default priority is kept
        pass


# The window's thread asks the scheduler for short turns on the CPU (Linux 6.12 and later, EEVDF:
# ``sched_attr.sched_runtime`` of a normal thread is its slice, 0.1-100 ms; no privilege is
# needed, as nothing is taken from other programs' share). A shorter slice gives the thread an
# earlier deadline each time it wakes, so it is picked before a thread that computes for whole
# slices, in the app's own scheduling group and, through the group's smallest slice, between
# groups: the nice values above only share the app's own part of the CPU, while at load most of
# the window's wait is for other programs (autogroups). ``benchmarks/gui_priority.py`` (policies
# switched every second in one process, 2 spinning programs beside it), load 27-31, two runs:
# wake-ups > 50 ms late 78 / 64 -> 29 / 28, p95 70 / 57 -> 40 / 40 ms, median 10.5 / 12.9 ->
# 6.4 / 7.9 ms; a lower decoder (nice 10 or 19, SCHED_BATCH, SCHED_IDLE) moved none of them
# as much. Older kernels ignore it for a normal thread.
GUI_SLICE_NS = 100_000
_SCHED_SETATTR = {"x86_64": 314, "aarch64": 274}
_SCHED_GETATTR = {"x86_64": 315, "aarch64": 275}
_SCHED_FLAG_RESET_ON_FORK = 0x01


def favour_this_thread() -> bool:
    """Give the calling thread (the window's) the short slice ``GUI_SLICE_NS``; True when the
    kernel took it. Nothing (False) where it cannot be asked for; never raises."""
    # Threads and processes it starts get the default slice back: a short slice for every
    # worker the window's thread starts would take its advantage away.
    return set_thread_slice(GUI_SLICE_NS, reset_on_fork=True)


def set_thread_slice(ns: int, *, reset_on_fork: bool = False) -> bool:
    """Ask for the calling thread's scheduler slice ``ns`` (0: the default); True when the
    kernel took it, False where it cannot be asked for (not Linux, another machine, a
    real-time or idle policy set by someone else, left alone). Never raises."""
    if not sys.platform.startswith("linux"):
        return False
    machine = os.uname().machine
    if machine not in _SCHED_SETATTR:
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        attr = _SchedAttr.make(ctypes)
        size = ctypes.sizeof(attr)
        if libc.syscall(_SCHED_GETATTR[machine], 0, ctypes.byref(attr), size, 0) != 0:
            return False
        if attr.sched_policy not in (os.SCHED_OTHER, getattr(os, "SCHED_BATCH", -1)):
            return False
        attr.size = size
        attr.sched_flags = _SCHED_FLAG_RESET_ON_FORK if reset_on_fork else 0
        attr.sched_runtime = ns
        return bool(libc.syscall(_SCHED_SETATTR[machine], 0, ctypes.byref(attr), 0) == 0)
    except (OSError, AttributeError, ValueError):  # no libc syscall here
        return False


class _SchedAttr:
    """``struct sched_attr`` (first version, 56 bytes), built on demand: ctypes is imported
    only where it is used."""

    @staticmethod
    def make(ctypes: Any) -> Any:
        class SchedAttr(ctypes.Structure):
            _fields_ = [
                ("size", ctypes.c_uint32),
                ("sched_policy", ctypes.c_uint32),
                ("sched_flags", ctypes.c_uint64),
                ("sched_nice", ctypes.c_int32),
                ("sched_priority", ctypes.c_uint32),
                ("sched_runtime", ctypes.c_uint64),
                ("sched_deadline", ctypes.c_uint64),
                ("sched_period", ctypes.c_uint64),
                ("sched_util_min", ctypes.c_uint32),
                ("sched_util_max", ctypes.c_uint32),
            ]

        return SchedAttr()


def thread_slice_ns() -> int:
    """The calling thread's slice asked of the scheduler (0: the default, or not known)."""
    machine = os.uname().machine if hasattr(os, "uname") else ""
    if not sys.platform.startswith("linux") or machine not in _SCHED_GETATTR:
        return 0
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    attr = _SchedAttr.make(ctypes)
    if libc.syscall(_SCHED_GETATTR[machine], 0, ctypes.byref(attr), ctypes.sizeof(attr), 0):
        return 0
    return int(attr.sched_runtime)


def thread_nice(thread: int | None = None) -> int:
    """The nice value of a thread (the calling one by default; 0 where this is not known)."""
    if not hasattr(os, "getpriority") or not hasattr(threading, "get_native_id"):
        return 0
    try:
        return os.getpriority(os.PRIO_PROCESS, thread or threading.get_native_id())
    except OSError:
        return 0


def lower_this_process(absolute: int) -> None:
    """Give this whole process (every thread it starts from now on) the nice value ``absolute``
    at least: a child process (the voice's) calls it first thing, before it starts threads."""
    if not hasattr(os, "setpriority"):
        return
    try:
        target = min(19, absolute)
        if os.getpriority(os.PRIO_PROCESS, 0) < target:
            os.setpriority(os.PRIO_PROCESS, 0, target)
    except OSError:  # not allowed here: the default priority is kept
        pass


def lower_native_thread() -> None:
    """The priority given to threads that only run native code (CTranslate2's decoder, made
    by ``run_lowered``); ``benchmarks/gui_stall.py --native-priority`` replaces it to compare.

    Measured there (2026-12-01, load average 4.6-7.3 on the two cores, one 60 s answer, 3 runs
    each): nice +5 (kept) stalled the window 231 / 81 / 88 ms, the feedback 8.7 / 32 / 8.4 s
    after the answer; nice 19 stalled it 38 / 36 ms, but one run in three starved the whole-file
    decode past the benchmark's 60 s; SCHED_IDLE starved it in its only run. The stalls are the
    GUI thread waiting for a CPU: in an autogroup the decoder's weight takes the group's share
    from the CPU the window runs on, so less weight for it means a quicker window, but slower
    transcripts whenever other programs keep both cores busy."""
    lower_this_thread()


def run_lowered(build: Callable[[], T]) -> T:
    """``build()`` on a short-lived thread lowered by ``SPEECH_NICE``, for what it starts:
    the threads it makes inherit that nice value (a thread cannot raise its own priority back
    without privileges, so the caller's thread is never lowered for this)."""
    result: list[T] = []
    error: list[BaseException] = []

    def run() -> None:
        lower_native_thread()
        try:
            result.append(build())
        except BaseException as exc:  # handed to the caller
            error.append(exc)

    thread = threading.Thread(target=run, name="speech-lowered", daemon=True)
    thread.start()
    thread.join()
    if error:
        raise error[0]
    return result[0]


class Unlowered:
    """A thread at the priority of the thread that made it, for a lowered thread's steps that
    hold the GIL in native code and do little else: freeing the voice's onnxruntime session
    (~20 ms of CPU with the GIL held). On the lowered voice thread such a step kept the GIL
    while that thread waited for a CPU, and the window with it (``benchmarks/voice_interview.py
    --stacks``, load 10: the watcher thread woke 98 ms late while the voice unloaded, 145 ms
    while it loaded). Make it on a thread that is not lowered: a thread starts with its
    creator's nice value, and cannot lower it back."""

    def __init__(self, name: str) -> None:
        self._jobs: queue.SimpleQueue[tuple[Future[Any], Callable[[], Any]] | None] = (
            queue.SimpleQueue()
        )
        self._closed = False
        self._lock = threading.Lock()  # no job is queued behind the closing None
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    def call(self, fn: Callable[[], T]) -> T:
        """``fn()`` on this thread; its result or exception here. What ``fn`` drops is freed
        there (nothing of a job outlives it on that thread). Once closed, ``fn()`` runs on the
        caller's thread: a voice still loading when its owner closed it (after a 5 s join
        under load) asked a thread that had ended, and waited for it forever, holding the
        speech turn that every later Whisper load then waited for (a 10 min CI hang)."""
        future: Future[T] = Future()
        with self._lock:
            if not self._closed:
                self._jobs.put((future, fn))
                queued = True
            else:
                queued = False
        if not queued:
            return fn()
        return future.result()

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self._jobs.put(None)

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            future, fn = job
            del job
            result = None
            try:
                result = fn()
            except BaseException as exc:  # handed to the caller
                future.set_exception(exc)
            else:
                future.set_result(result)
            del future, fn, result


def work_seconds() -> float | None:
    """CPU seconds used so far by this process's threads other than the main (GUI) thread;
    None where this cannot be read (not Linux). ``speech.memory`` tells a slow step from a
    stuck one by it (with the voice's processes, ``process_seconds``): a Whisper decode starved
    of CPU still uses some, a step that hangs uses none. The GUI thread is left out: it is
    never a speech step's worker, and it repaints while one hangs."""
    if not _THREAD_CLOCKS:
        return None
    used = time.process_time()
    main = threading.main_thread().ident
    try:
        if main is not None:
            used -= time.clock_gettime(time.pthread_getcpuclockid(main))
    except OSError:  # the main thread has ended (the interpreter's exit)
        pass
    return used


_THREAD_CLOCKS = sys.platform.startswith("linux") and hasattr(time, "pthread_getcpuclockid")
_TICK_S = 1 / os.sysconf("SC_CLK_TCK") if _THREAD_CLOCKS else 0.01


def process_seconds(pid: int) -> float:
    """A child process's CPU seconds (0 once it has ended, or where this cannot be read)."""
    if not _THREAD_CLOCKS:
        return 0.0
    try:
        with open(f"/proc/{pid}/stat") as file:
            fields = file.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # after the command's closing parenthesis: state is field 3, utime and stime fields 14-15
    return (int(fields[11]) + int(fields[12])) * _TICK_S
