"""A speech engine's load held in progress on another thread, for the tests of what gives way
to it (speech/loading.py: the collector stays paused while a load lasts)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from simulator.speech import loading

# a hang fails here, below pytest's faulthandler_timeout (600 s); each wait ends as soon as its
# event is set
HANG_S = 300.0


@contextmanager
def load_in_progress() -> Iterator[threading.Event]:
    """A load under way on another thread from the block's start until the event it gives is set
    or the block ends; the load has ended (its thread joined) once the block has."""
    inside, release = threading.Event(), threading.Event()

    def model_load() -> None:
        with loading.loading():
            inside.set()
            release.wait(HANG_S)

    loader = threading.Thread(target=model_load)
    loader.start()
    try:
        assert inside.wait(HANG_S)
        yield release
    finally:
        release.set()
        loader.join(HANG_S)
