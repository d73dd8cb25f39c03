"""A page's first build is its own event, made while a worker loads what it shows (issue 8,
defect 10): built, styled, filled and shown in one event, the scorecard page held the window
44-87 ms on a quiet machine and Review 55-100 ms. Opening returns to the event loop with the
page already built and the slow load still running; the page is shown once the load ends."""

from __future__ import annotations

import sys
import threading

import pytest
from test_scorecard_keyboard import _finished

from simulator.ui import warm_up
from tests.ui.waits import HANG_MS


@pytest.mark.parametrize("page", ["scorecard", "review"])
def test_the_page_is_built_before_its_slow_load_ends(
    qtbot, window, services, monkeypatch, page
) -> None:  # type: ignore[no-untyped-def]
    sid = _finished(services)
    modules = warm_up.PAGE_MODULES  # imported in idle time: the page is built while loading
    qtbot.waitUntil(lambda: all(m in sys.modules for m in modules), timeout=HANG_MS)
    release = threading.Event()
    storage = services.storage
    read_session = storage.session

    def slow_session(session_id: int, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)  # a database that takes its time
        return read_session(session_id, **kwargs)

    monkeypatch.setattr(storage, "session", slow_session)
    try:
        if page == "scorecard":
            window.open_scorecard(sid)
            built = window._scorecard
        else:
            window.past.open_review(sid)
            built = window.past._review
        assert built is not None  # made (and styled) now, while the load waits
        assert window.stack.currentWidget() is not built
        qtbot.wait(50)  # the event loop runs: nothing is shown before the data is there
        assert window.stack.currentWidget() is not built
    finally:
        release.set()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is built, timeout=HANG_MS)
