"""Peak memory of a voice interview: memory-hungry speech steps take turns, a person's first.

A voice interview holds Whisper (CTranslate2), Silero VAD and the Piper voice (onnxruntime) in
one process. Each has a short-lived peak far above what it keeps: loading Whisper takes ~70 MB
for a moment (from its int8 copy, see ``int8_model``), decoding one chunk of speech ~70-90 MB
(the encoder's attention over a padded 30 s window), loading Piper ~90 MB, and Piper's
synthesis of a piece of a sentence ~100 MB that it frees right after. These steps run on
different threads (the speech lanes, the voice's thread); when two peaks met, a voice interview
went over its 450 MB budget (``benchmarks/voice_interview.py``, three questions, a shared
machine: 495 / 517 / 535 MB, Piper rendering the question after next while the last answer was
transcribed again; with turns: 437-465 MB over five runs, never both at once, the peak now a
Whisper decode while the Piper model is loaded between two of its pieces (~83 MB kept), or a
Piper render alone (~65-80 MB for a moment, however short the piece: measured 3-12 words)).

``heavy_step`` makes them take turns, and what a step freed is handed back to the system before
the next one starts. Each step is short: one piece of a Piper sentence (0.1-0.8 s), one Whisper
chunk (at most 25 s of speech: 0.3-3 s), one model load. Waiting steps go in order of priority:
``NOW`` (someone waits for it: a live caption, the question being read, the answer's last
words) before ``LATER`` (work done ahead of time: the next question's voice, the whole-file
transcription, a model loaded in advance), and in arrival order within a priority. A thread
marks its steps ``LATER`` with ``with later():``.

Models that stay loaded between steps count too. After turns, the peak was a step beside the
other engine's model: a Whisper decode beside the loaded voice (458-471 MB), a Piper piece
beside the loaded Whisper model (446-469 MB). So each engine is *resident* from its load to its
unload (``Turns.resident``), and an engine's steps that need its own model (its load, a decode;
``owner=``) wait until the other engine's model is gone, asking it to let go meanwhile: the
voice unloads once it has rendered what a person waits for, Whisper at once when no step uses
it. Each loads again when next needed (Piper 0.3-1 s; Whisper 0.2-0.5 s, done as the microphone
opens). The phases rarely meet: the voice speaks between answers, Whisper listens during them;
where they meet (the last answer transcribed again while the next question renders), each model
loads about once per question. Measured (voice_interview, 3 questions, a busy shared machine):
Piper rendering 403-420 MB (was 454-469), never a decode beside the voice (was 467-471); the
peak is now a Whisper decode of the whole-file transcription alone, 428-461 MB over four runs
(~110-120 MB over the ~340 MB the app holds with Whisper loaded late in an interview).
That decode's own peak is fixed (the encoder over a 30 s window: +80-93 MB, beam 1 or 5
alike), so the ~340 MB were cut instead: PyAV's FFmpeg libraries, loaded by mistake (14 MB),
and Whisper's tokenizer (22-26 -> 7.5 MB, ``speech.bpe``): peak 404-411 MB (``voice_interview``).

Deadlocks are avoided by one rule: a thread that holds the turn never waits for a lock that a
waiting thread may hold (the turn is taken before the Whisper model's own lock, never inside
it); a ``let_go`` never waits (it posts a message, or tries the model's lock). As a safety net
a step waits at most ``MAX_WAIT_S`` for its turn, then goes as soon as the step running now
ends (whatever the order, the listening or the resident models).

A step that never ends (a native call that hangs, a step whose ``with`` was left open) must not
stall the interview: a holder whose thread has ended is no holder, and one that has held the
turn ``STUCK_HOLD_S`` is presumed stuck (logged, with its thread). The steps waiting then go,
still one at a time and in their order, *beside* it: each in turn holds the place beside the
stuck step, which keeps its own turn and gives it back if it ever ends. ``STUCK_HOLD_S`` is ten
times the longest step measured (a 25 s chunk decoded in about 3 s; a model load under a
second): a stuck one delays the next step half a minute, not the ten minutes a waiter used to
give it (round 43's CI hang).

Both bounds count the time in which the app made no progress, not wall time (``StallClock``).
On wall time, a starved machine took slow steps for stuck ones: at load 18-22 Whisper's steps
held the turn 30-89 s while decoding, waiting steps went beside them and out of their order,
and a Whisper decode met a Piper load (525 MB, ``benchmarks/voice_interview.py``, perf58). A
slow step still uses CPU (its threads, or the voice's process); one that hangs uses none. So a
second passes on the bounds' clock only when the app's work (``_work_seconds``: its
threads but the GUI thread's, and the voice's processes) grew by less than
``PROGRESS_CPU_RATE`` of it. A step that makes progress for ``WALL_BOUND_TIMES`` its bound
(a loop that never ends, which always uses CPU) is presumed stuck all the same. Where the work
cannot be read (not Linux), the bounds count wall time, as before.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from simulator.memory import return_freed_memory
from simulator.speech.cpu import process_seconds, work_seconds

NOW, LATER = 0, 1
MAX_WAIT_S = 120.0
STUCK_HOLD_S = 30.0  # a step holding the turn this long is presumed stuck (module docstring)
# Both bounds count seconds without progress (``StallClock``): a second in which the app's work
# grew by less than this many CPU seconds. A Whisper decode starved at load 20 on two cores
# still gets ~5-10 % of a core; a hung step gets none, and the app's idle threads (the sound
# server's client, timers) use well under 1 %.
PROGRESS_CPU_RATE = 0.02
PROGRESS_LOOK_S = 1.0  # a waiting step looks at the work this often (its bounds' resolution)
LOOK_AGAIN_S = 0.2  # readings closer than this give the last one's answer
# A step that goes on using CPU this many times its bound in wall time (a loop that never ends)
# is out of patience or presumed stuck all the same.
WALL_BOUND_TIMES = 10
STUCK_AFTER = 4  # x ``max_wait_s``: the bound on STUCK_HOLD_S for a Turns less patient
IDLE_BEFORE_EVICTED_S = 2.0  # a resident model idle this long may be unloaded for LATER work

log = logging.getLogger(__name__)


class StallClock:
    """Seconds during which the app made no progress: the bounds' clock (module docstring).

    Read by the waiting steps, under the turns' lock, at least every ``PROGRESS_LOOK_S``; each
    reading adds the wall time since the last one when the app's work grew by less than
    ``PROGRESS_CPU_RATE`` of it. Wall time itself where the work cannot be read."""

    def __init__(self, work: Callable[[], float | None] | None = None) -> None:
        self._work = work
        self._at: float | None = None
        self._done = 0.0
        self._stalled = 0.0

    def __call__(self) -> float:
        now = time.monotonic()
        if self._at is not None and now - self._at < LOOK_AGAIN_S:
            return self._stalled  # read a moment ago (each reading opens a file per thread)
        done = (self._work or _work_seconds)()
        if done is None:  # not readable here (decided once per platform)
            return now
        if self._at is not None and done - self._done < PROGRESS_CPU_RATE * (now - self._at):
            self._stalled += now - self._at
        self._at, self._done = now, done
        return self._stalled


def _work_seconds() -> float | None:
    """The app's work so far: its threads' CPU but the GUI thread's, and the voice's processes'
    (the voice renders in one, ``speech.piper_process``); None where it cannot be read. Other
    child processes are left out: none of the app's computes (a benchmark's spinning programs
    and sound server are its children)."""
    from simulator.speech.piper_process import live_pids

    done = work_seconds()
    if done is None:
        return None
    return done + sum(process_seconds(pid) for pid in live_pids())


class TurnAbandoned(RuntimeError):
    """A step stopped waiting for its turn because its owner is closing."""


class Turns:
    """One holder at a time (re-entrant for that thread); waiters served by priority, then
    arrival."""

    def __init__(
        self,
        max_wait_s: float = MAX_WAIT_S,
        stuck_hold_s: float | None = None,
        stall_clock: Callable[[], float] | None = None,
    ) -> None:
        self._cond = threading.Condition()
        # The bounds' clock (read holding ``_cond``); the times of holds are on it too, with
        # their wall times for what is logged.
        self._stalled = stall_clock or StallClock()
        self._owner: int | None = None
        self._depth = 0
        # The holder's thread, when it took the turn and a token of that taking (its release
        # gives back only its own turn: one taken over from an ended thread is another's).
        self._owner_thread: threading.Thread | None = None
        self._owner_since = 0.0
        self._owner_wall = 0.0
        self._hold: object | None = None
        self._owner_engine: int | None = None  # id(owner) of an exclusive holder
        # The step running beside a holder presumed stuck (its thread id), and its token.
        self._beside: int | None = None
        self._beside_thread: threading.Thread | None = None
        self._beside_hold: object | None = None
        self._beside_since = 0.0
        self._beside_wall = 0.0
        self._stuck_said: list[object] = []  # the holds already logged as stuck (the last two)
        if stuck_hold_s is None:
            stuck_hold_s = min(STUCK_HOLD_S, STUCK_AFTER * max_wait_s)
        self._stuck_hold_s = stuck_hold_s
        # (priority, ticket, thread id, exclusive, id of the step's owner)
        self._queue: list[tuple[int, int, int, bool, int]] = []
        self._tickets = itertools.count()
        self._max_wait_s = max_wait_s
        self._live = 0  # people being listened to: LATER steps wait until they are done
        # id(owner) of engines keeping a model loaded between their steps -> how to ask them
        # to let go (called with the priority of the exclusive step that waits).
        self._residents: dict[int, Callable[[int], None]] = {}
        self._last_used: dict[int, float] = {}  # id(owner) -> when its last step ended

    @property
    def waiting(self) -> int:
        with self._cond:
            return len(self._queue)

    def listening(self, on: bool) -> None:
        """An answer is being recorded (``True``) or no longer (``False``): meanwhile no
        ``LATER`` step starts (for at most ``max_wait_s`` without progress), so a live caption
        never waits behind one. Calls pair up."""
        with self._cond:
            self._live = max(0, self._live + (1 if on else -1))
            self._cond.notify_all()

    def resident(
        self, owner: object, on: bool, let_go: Callable[[int], None] | None = None
    ) -> None:
        """``owner`` (an engine) keeps its model loaded between its steps (``True``), or has
        unloaded it (``False``). Meanwhile the exclusive steps of other owners wait, asking it
        to unload with ``let_go(their priority)`` whenever the turn is free. ``let_go`` runs
        on the waiting thread, inside the turns' lock: it must not wait for anything (post a
        message, or unload at once if nobody uses the model); it may be called again."""
        with self._cond:
            if on:
                self._residents[id(owner)] = let_go or (lambda _priority: None)
                self._last_used[id(owner)] = time.monotonic()
            else:
                self._residents.pop(id(owner), None)
            self._cond.notify_all()

    def contended(self, owner: object, *, now: bool = False) -> bool:
        """An exclusive step of another owner waits for ``owner``'s resident model (``now``:
        a step someone waits for)."""
        with self._cond:
            return id(owner) in self._residents and any(
                exclusive and other != id(owner) and (priority == NOW or not now)
                for priority, _t, _me, exclusive, other in self._queue
            )

    @contextmanager
    def step(
        self,
        priority: int = NOW,
        give_up: threading.Event | None = None,
        *,
        owner: object | None = None,
    ) -> Iterator[None]:
        """Hold the turn for the ``with`` block. ``give_up``: stop waiting (``TurnAbandoned``)
        once it is set; checked at least every 50 ms. ``owner``: the step is exclusive, it
        also waits until no other owner keeps a model loaded (``resident``)."""
        me = threading.get_ident()
        hold: object | None = None
        with self._cond:
            if threading.current_thread() in (self._owner_thread, self._beside_thread):
                # a step inside a step of the same thread (the thread, not its id: an ended
                # thread's id is given to new ones, which then went as if inside its step)
                self._depth += 1
                nested = True
            else:
                nested = False
                hold = self._wait_for_turn(me, priority, give_up, owner)
        try:
            yield
        finally:
            if nested:
                with self._cond:
                    self._depth -= 1
            else:
                try:
                    return_freed_memory()  # before the next step starts
                finally:
                    with self._cond:
                        if owner is not None:
                            self._last_used[id(owner)] = time.monotonic()
                        self._release(hold)

    def _release(self, hold: object | None) -> None:
        """Give back the turn (or the place beside a stuck step) taken with ``hold``, if it is
        still that one's (holding ``_cond``)."""
        if hold is None:
            return
        if hold is self._hold:
            self._owner, self._depth, self._owner_thread, self._hold = None, 0, None, None
            self._owner_engine = None
        elif hold is self._beside_hold:
            self._beside, self._beside_thread, self._beside_hold = None, None, None
        self._cond.notify_all()

    def _stuck_for(self) -> float | None:
        """How long until the holder counts as stuck (<= 0: it does; None: nobody holds the
        turn). A holder whose thread has ended never gives the turn back: it is released."""
        if self._owner is None:
            return None
        return self._left(self._owner_thread, self._owner_since, self._owner_wall, self._hold)

    def _beside_stuck_for(self) -> float | None:
        """``_stuck_for`` of the step beside a stuck holder: stuck too (a Whisper step beside a
        stuck one waits for the model's lock), it holds nobody back either."""
        if self._beside is None:
            return None
        return self._left(
            self._beside_thread, self._beside_since, self._beside_wall, self._beside_hold
        )

    def _left(
        self, thread: threading.Thread | None, since: float, wall: float, hold: object | None
    ) -> float | None:
        """Seconds left before a hold taken at ``since`` on the bounds' clock (``wall`` on the
        wall clock) counts as stuck: the bound without progress, or ``WALL_BOUND_TIMES`` it."""
        if thread is not None and not thread.is_alive():
            log.warning("a speech step's thread (%s) ended holding the turn: released", thread.name)
            self._release(hold)
            return None
        bound = self._stuck_hold_s
        return min(
            since + bound - self._stalled(),
            wall + WALL_BOUND_TIMES * bound - time.monotonic(),
        )

    def _busy(self) -> bool:
        """Someone runs a heavy step: the holder or the one beside it (unless presumed stuck)."""
        return any(x is not None and x > 0 for x in (self._beside_stuck_for(), self._stuck_for()))

    def _wait_for_turn(
        self, me: int, priority: int, give_up: threading.Event | None, owner: object | None
    ) -> object:
        """Wait (holding ``_cond``) until this thread is the first of those free to go and
        nobody runs a heavy step; returns the token of the turn taken (or of the place beside
        a holder presumed stuck)."""
        exclusive = owner is not None
        ticket = (priority, next(self._tickets), me, exclusive, id(owner))
        heapq.heappush(self._queue, ticket)
        deadline = self._stalled() + self._max_wait_s
        wall_deadline = time.monotonic() + WALL_BOUND_TIMES * self._max_wait_s
        overdue = False  # out of patience with the order: it goes once nobody holds the turn
        try:
            while self._busy() or (not overdue and self._first_free() != ticket):
                if exclusive and not self._busy() and not self._held(priority) and not overdue:
                    residents = len(self._residents)
                    self._ask_residents(id(owner), priority)
                    if len(self._residents) != residents:
                        # A model let go at once (its ``resident`` notified before this
                        # thread waits): look again rather than wait out a wake-up that
                        # already happened.
                        continue
                if give_up is not None and give_up.is_set():
                    raise TurnAbandoned("closing: the step was not run")
                left = min(deadline - self._stalled(), wall_deadline - time.monotonic())
                if left <= 0 and not overdue:
                    # Still never beside another heavy step: on a starved machine (captions
                    # a minute behind) a step that ran beside one after its patience made the
                    # two peaks meet (a Piper load during a Whisper encode: 464 MB).
                    log.info(
                        "a speech step waited %.0f s for its turn without progress: it goes next",
                        self._max_wait_s,
                    )
                    overdue = True
                    continue
                # Woken up when the holder may come to count as stuck, as well as by a
                # release: a second without progress takes at least a second, and the work
                # is looked at every PROGRESS_LOOK_S to count it.
                until_stuck = (self._stuck_for(), self._beside_stuck_for())
                waits = [x for x in (left, *until_stuck) if x is not None and x > 0]
                timeout = min(*waits, PROGRESS_LOOK_S) if waits else 0.05
                poll = give_up is not None or (exclusive and bool(self._residents)) or overdue
                self._cond.wait(min(timeout, 0.05) if poll else timeout)
            hold = object()
            if self._owner is None:
                self._owner, self._depth = me, 0
                self._owner_thread, self._owner_since = threading.current_thread(), self._stalled()
                self._owner_wall = time.monotonic()
                self._hold, self._owner_engine = hold, id(owner) if exclusive else None
                return hold
            # The holder is presumed stuck (and any step beside it): this step goes beside it,
            # holding that place.
            for stuck, thread, since in (
                (self._hold, self._owner_thread, self._owner_wall),
                (self._beside_hold, self._beside_thread, self._beside_wall),
            ):
                if stuck is not None and all(stuck is not said for said in self._stuck_said):
                    self._stuck_said = [*self._stuck_said[-1:], stuck]
                    log.warning(
                        "a speech step (thread %s) has held the turn %.0f s, without progress "
                        "of late: presumed stuck, "
                        "the steps waiting go beside it one at a time",
                        thread.name if thread is not None else "?",
                        time.monotonic() - since,
                    )
            self._beside, self._beside_thread = me, threading.current_thread()
            self._beside_hold, self._beside_since = hold, self._stalled()
            self._beside_wall = time.monotonic()
            return hold
        finally:
            self._queue.remove(ticket)
            heapq.heapify(self._queue)
            self._cond.notify_all()  # the next in line may be able to go now

    def _ask_residents(self, owner: int, priority: int) -> None:
        """Ask the other owners' resident models to let go: asked again at each wake-up (a
        model in use can go only after). Work done ahead of time asks only a model that has
        been idle a moment: the live captions use Whisper every second or two, and a voice
        rendering ahead that unloaded it between them made each caption load it again."""
        now = time.monotonic()
        for other, let_go in list(self._residents.items()):
            idle = now - self._last_used.get(other, 0.0)
            if other != owner and (priority == NOW or idle >= IDLE_BEFORE_EVICTED_S):
                let_go(priority)

    def _first_free(self) -> tuple[int, int, int, bool, int] | None:
        """The first waiting step, by priority then arrival, that nothing holds back: a step
        held back (``LATER`` while listening, exclusive beside another owner's resident model)
        does not hold back those behind it (the resident's own steps must go, to finish)."""
        # Owners of steps someone waits for now that need the memory of a resident model.
        urgent = {o for p, _t, _th, exclusive, o in self._queue if exclusive and p == NOW}
        # The model of a step presumed stuck holds nobody back: it cannot let go meanwhile.
        stuck_for = self._stuck_for()
        stuck_engine = self._owner_engine if stuck_for is not None and stuck_for <= 0 else None
        for ticket in sorted(self._queue):
            priority, _ticket, _thread, exclusive, owner = ticket
            # A resident's own step goes even while an answer is recorded when a step someone
            # waits for needs its memory: it finishes what it does, then lets go.
            finishing = owner in self._residents and any(o != owner for o in urgent)
            if self._held(priority) and not finishing:
                continue
            # Nor is it held back by the model of the step that waits for it to finish: two
            # resident models (the voice loaded by a step out of patience while an answer was
            # recorded, beside Whisper) each waited for the other to go, and the answer's last
            # words waited out their whole patience, 2 minutes on "Transcribing" (voice60).
            if exclusive and any(
                other != owner and other != stuck_engine and not (finishing and other in urgent)
                for other in self._residents
            ):
                continue
            return ticket
        return None

    def _held(self, priority: int) -> bool:
        return priority >= LATER and self._live > 0


TURNS = Turns()
_priority = threading.local()


@contextmanager
def later() -> Iterator[None]:
    """Mark this thread's heavy steps inside the block as work done ahead of time."""
    before = getattr(_priority, "value", NOW)
    _priority.value = LATER
    try:
        yield
    finally:
        _priority.value = before


def current_priority() -> int:
    return int(getattr(_priority, "value", NOW))


@contextmanager
def heavy_step(
    give_up: threading.Event | None = None, *, owner: object | None = None
) -> Iterator[None]:
    """Run a memory-hungry step while no other one runs (its priority: ``later()`` or NOW);
    what it freed is given back afterwards. ``owner`` (an engine): nor beside another
    engine's resident model (``Turns.step``)."""
    with TURNS.step(current_priority(), give_up, owner=owner):
        yield


def resident(owner: object, on: bool, let_go: Callable[[int], None] | None = None) -> None:
    """``Turns.resident`` of the app's turns."""
    TURNS.resident(owner, on, let_go)


def contended(owner: object, *, now: bool = False) -> bool:
    """``Turns.contended`` of the app's turns."""
    return TURNS.contended(owner, now=now)
