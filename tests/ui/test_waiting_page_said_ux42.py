"""Walkthrough 42: a page asked for while the packs loaded said "Opening the review as soon as
the questions have loaded…" for 15 s only; on a loaded machine the packs took 25 s, the line was
gone and the page opened unannounced. The line stays until the page opens."""

from __future__ import annotations

from tests.ui.test_walkthrough24_defects import _window_while_the_bank_loads
from tests.ui.waits import HANG_MS


def test_the_promise_stays_until_the_page_opens(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    window, release = _window_while_the_bank_loads(qtbot, services)
    try:
        bar = window.statusBar()
        shown: list[tuple[str, int]] = []
        real = bar.showMessage
        bar.showMessage = lambda text, msecs=0: (shown.append((text, msecs)), real(text, msecs))  # type: ignore[method-assign]
        window._open_progress()
        said = [(t, ms) for t, ms in shown if "as soon as the questions have loaded" in t]
        assert said == [("Opening Progress as soon as the questions have loaded…", 0)], shown
        release.set()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past.progress,
                        timeout=HANG_MS)  # fmt: skip
        assert "as soon as" not in bar.currentMessage()
    finally:
        release.set()
        window.shutdown()
