"""The one way to run blocking work off the GUI thread.

``TaskRunner.submit(fn, *args, on_done=..., on_error=...)`` runs ``fn`` in a thread pool; its result
or exception comes back through a queued signal, so the callbacks run on the GUI thread and may touch
widgets. Workers never touch widgets themselves. A runner with one thread keeps jobs in order (the
database writer uses that).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


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
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # report every failure to the GUI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._relay.failed.emit(_Box(exc))
        else:
            self._relay.succeeded.emit(_Box(result))


class TaskRunner(QObject):
    def __init__(self, max_threads: int = 2, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> None:
        relay = _Relay()  # lives in the GUI thread: its signals are delivered there
        self._relays.add(relay)

        @Slot(object)
        def done(box: _Box) -> None:
            self._relays.discard(relay)
            if on_done is not None:
                on_done(box.value)

        @Slot(object)
        def failed(box: _Box) -> None:
            self._relays.discard(relay)
            exc = box.value
            if on_error is not None:
                on_error(exc)
            else:
                print(getattr(exc, "__traceback_text__", repr(exc)), file=sys.stderr)

        relay.succeeded.connect(done)
        relay.failed.connect(failed)
        self._pool.start(_Job(lambda: fn(*args, **kwargs), relay))

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
            self._relays.discard(relay)
            if callback is not None:
                callback(value)

        relay.succeeded.connect(lambda box: finish(on_done, box.value))
        relay.failed.connect(lambda box: finish(on_error, box.value))

        def relay_result(fut: Future[Any]) -> None:
            exc = fut.exception()
            if exc is not None:
                relay.failed.emit(_Box(exc))
            else:
                relay.succeeded.emit(_Box(fut.result()))

        future.add_done_callback(relay_result)

    def pending(self) -> int:
        return len(self._relays)

    def wait_idle(self, msecs: int = 30000) -> bool:
        return bool(self._pool.waitForDone(msecs))
