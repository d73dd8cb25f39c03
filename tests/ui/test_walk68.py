"""What round 68's keyboard walk saw (issue 8, ui68): each seen in the real window at 960 x 640,
light and dark. Each test fails before its fix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.waits import HANG_MS


def test_history_says_the_undo_of_a_delete_once(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """The only session deleted (or the only match of a search), the empty table's note read
    "No other session: Ctrl+Z brings back the one just deleted." over the undo line reading
    "Session deleted (…). Undo (Ctrl+Z) brings it back until you leave History.": the undo
    said twice. The note says what the table holds; the undo line, alone, how to undo."""
    from tests.ui.test_walk67 import _history_with

    page, (newest, _older) = _history_with(qtbot, window, services, 2)
    page.search.setText("noise 1")
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=HANG_MS)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=HANG_MS)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0, timeout=HANG_MS)
    assert page.empty_note.isVisible() and page.undo_bar.isVisible()
    said = [page.empty_note.text(), page.undo_text.text()]
    assert sum("Ctrl+Z" in line for line in said) == 1, said
    assert sum("brings" in line for line in said) == 1, said
    assert "Ctrl+Z" in page.undo_text.text()


def test_history_says_the_undo_of_its_only_session_once(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """The only session deleted: "No other session: Ctrl+Z brings back the one just deleted."
    over "Session deleted (…). Undo (Ctrl+Z) brings it back until you leave History." """
    from tests.ui.test_walk67 import _history_with

    page, _ids = _history_with(qtbot, window, services, 1)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0, timeout=HANG_MS)
    assert page.empty_note.isVisible() and page.undo_bar.isVisible()
    said = [page.empty_note.text(), page.undo_text.text()]
    assert sum("Ctrl+Z" in line for line in said) == 1, said
    assert page.empty_note.text() == "No other session."
