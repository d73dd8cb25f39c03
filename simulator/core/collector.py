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
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False
_freeze_at_end = False


@contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """No garbage collection inside (nested and concurrent pauses share one). With ``freeze``,
    what lives when the shared pause ends is moved out of later full collections: objects that
    last as long as the app (a loaded engine). What is left behind is freed by reference
    counting; any cycle is collected once the collector runs again."""
    global _depth, _was_enabled, _freeze_at_end
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
                    gc.freeze()
                _freeze_at_end = False
                if _was_enabled:
                    gc.enable()
