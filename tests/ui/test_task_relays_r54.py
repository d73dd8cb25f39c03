"""A task's relay is freed once its result is delivered (issue 8, speech54: a voice interview's
memory grew with every answer). Each ``TaskRunner.submit`` made a ``_Relay`` QObject whose
signals were connected to closures holding the relay itself: a cycle through Qt's connection
list, which Python's collector cannot see, so every relay stayed for the app's whole run
(about 4.9 KB and 23 Python blocks each; a spoken answer submits one per captured audio chunk,
some 700 in a 30 s answer)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QCoreApplication, QEvent

from simulator.ui.tasks import TaskRunner, _Relay


def _relays_alive() -> int:
    return sum(isinstance(o, _Relay) for o in gc.get_objects())


def _settle(qtbot, done: Callable[[], bool]) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(done, timeout=10000)
    # what the window's event loop does between two events: deferred deletions, then a collection
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _relays_freed(qtbot, before: int) -> None:  # type: ignore[no-untyped-def]
    """Every relay is freed once the event loop has gone round: on a loaded machine (CI, load
    14 on 2 cores) the last relay's deferred deletion was posted after one settling, and one
    was counted alive; a relay that is never freed stays whatever the wait."""

    def freed() -> bool:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        return _relays_alive() == before

    qtbot.waitUntil(freed, timeout=5000)


def test_a_delivered_task_leaves_no_relay_behind_r54(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(1)
    _settle(qtbot, lambda: True)
    before = _relays_alive()
    got: list[int] = []
    failures: list[BaseException] = []
    for i in range(100):
        runner.submit(lambda i=i: i, on_done=got.append)
    for _ in range(20):
        runner.submit(lambda: 1 / 0, on_error=failures.append)
    _settle(qtbot, lambda: len(got) == 100 and len(failures) == 20)
    assert sorted(got) == list(range(100))
    assert runner.pending() == runner.running() == 0
    _relays_freed(qtbot, before)  # 120 more before: every relay stayed
    assert all(isinstance(e, ZeroDivisionError) for e in failures)  # each failure kept here


def _settle_futures(futures: list[Future[int]]) -> None:
    for i, future in enumerate(futures):
        if i % 2:
            future.set_result(1)
        else:
            future.set_exception(ValueError())


def test_a_watched_future_leaves_no_relay_behind_r54(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner(1)
    _settle(qtbot, lambda: True)
    before = _relays_alive()
    got: list[object] = []
    futures: list[Future[int]] = [Future() for _ in range(30)]
    for future in futures:
        runner.watch(future, on_done=got.append, on_error=got.append)
    threading.Thread(target=_settle_futures, args=(futures,)).start()
    qtbot.waitUntil(lambda: len(got) == 30, timeout=10000)
    del futures, future  # a future keeps its done-callbacks, and so its relay, while it lives
    _settle(qtbot, lambda: True)
    assert runner.pending() == 0
    _relays_freed(qtbot, before)
