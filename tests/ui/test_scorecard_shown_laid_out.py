"""Opening a scorecard fills the page and lays it out hidden, at the size it is shown with,
and shows it in a later event-loop turn (done in one event with its first paint after it,
the GUI thread worked 34-38 ms without a break, ``benchmarks/voice_interview.py`` stops
27-28); a page opened meanwhile is not covered by it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from test_scorecard_keyboard import _finished

from simulator.ui.pages.scorecard import ScorecardPage
from tests.ui.waits import HANG_MS


def _watch(window) -> list[str]:  # type: ignore[no-untyped-def]
    """What happens to the scorecard page, in order."""
    page, stack = window.scorecard, window.stack
    events: list[str] = []
    fill = ScorecardPage.show_scorecard
    show = stack.setCurrentWidget

    def filled(self: ScorecardPage, card: object) -> None:
        fill(self, card)  # type: ignore[arg-type]
        events.append("filled hidden" if stack.currentWidget() is not self else "filled shown")
        QTimer.singleShot(0, lambda: events.append("next turn"))

    def shown(widget: object) -> None:
        if widget is page:
            sized = page.geometry() == stack.contentsRect()
            events.append("shown laid out" if sized else "shown not laid out")
        show(widget)

    page.show_scorecard = filled.__get__(page)  # type: ignore[method-assign]
    stack.setCurrentWidget = shown  # type: ignore[method-assign]
    return events


def test_the_page_is_laid_out_hidden_then_shown_in_a_later_turn(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    events = _watch(window)
    window.open_scorecard(_finished(services))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    qtbot.waitUntil(window.scorecard.table.hasFocus, timeout=3000)
    assert events == ["filled hidden", "next turn", "shown laid out"]


def test_a_page_opened_before_the_scorecard_shows_stays(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    events = _watch(window)
    page = window.scorecard
    fill = page.show_scorecard

    def went_on(card: object) -> None:
        fill(card)
        # the person goes on before the page is shown (this turn comes before the show's)
        QTimer.singleShot(0, lambda: window.stack.setCurrentWidget(window.interview))

    page.show_scorecard = went_on  # type: ignore[method-assign]
    window.open_scorecard(_finished(services))
    qtbot.waitUntil(lambda: "next turn" in events, timeout=HANG_MS)
    qtbot.wait(100)
    assert window.stack.currentWidget() is window.interview
    assert "shown laid out" not in events
