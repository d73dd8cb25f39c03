"""The walkthrough of round 66 (issue 8, walk66): a new user's keyboard-only walk through the
app in the real window (960 x 640 and 1400 x 900, light and dark), and what round 65 left.
Each test fails before its fix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.typed_session import stored_typed_session
from tests.ui.waits import HANG_MS

OVERFIT = "Overfitting is when the model memorises noise in the training data."


def test_esc_in_the_history_search_chooses_the_session_chosen_before(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """History, the older of two sessions chosen with Down, then Ctrl+F and a search that
    finds nothing, then Esc to clear it: both sessions came back with none selected, so
    Enter, Ctrl+Shift+R and Delete did nothing and the keyboard user had lost their place.
    The session chosen before the search is chosen again."""
    storage, bank = services.storage, services.bank
    older = stored_typed_session(storage, bank, {"tech.overfit": OVERFIT}, {"name": "Older"})
    stored_typed_session(storage, bank, {"tech.overfit": OVERFIT + " More."}, {"name": "Newer"})
    window.past.open_history()
    page = window.past.history
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=HANG_MS)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=HANG_MS)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.selected_session() == older
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "nothing like this")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0, timeout=HANG_MS)
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=HANG_MS)
    rows = page.table.selectionModel().selectedRows()
    assert len(rows) == 1 and page.selected_session() == older, rows
    # Enter in the search now goes to that session, and Enter there opens it
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.table.hasFocus() and page.selected_session() == older
