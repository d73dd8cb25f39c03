"""History's Delete asks about one session: the question must say which (walkthrough 59:
"Delete this session?" named none, and the row it meant could be off screen)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_delete_names_the_session_it_deletes(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    from simulator.core.tables import shown_when
    from tests.ui.typed_session import finish_typed_session

    finish_typed_session(qtbot, window, "It memorizes noise.")
    window.past.open_history()
    page = window.past.history
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page, timeout=5000)
    table = page.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)
    row = page.model.rows[0]
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=1000)

    texts: list[str] = []

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.findChild(QPushButton, "confirmCancel").click()

    QTimer.singleShot(100, cancel)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)
    assert len(texts) == 1
    text = texts[0]
    assert text.startswith("Delete this session?\n\n")
    # its date and time, plan and answer count, as the row shows them
    assert shown_when(row.started_at) in text, text
    assert row.plan in text, text
    assert "1 answer" in text, text
    assert table.model().rowCount() == 1  # cancelled: nothing deleted
