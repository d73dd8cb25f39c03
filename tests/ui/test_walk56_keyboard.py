"""Defects seen in the keyboard-only walk of round 56 (issue 8), each through the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui.waits import HANG_MS


def _answer_the_file_dialog(name: str | None) -> list[str]:
    """Once the app's file dialog is up: type ``name`` and accept it, or cancel (``None``)."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.windowTitle())
        if name is None:
            dialog.reject()
        else:
            dialog.selectFile(name)
            dialog.accept()

    QTimer.singleShot(0, answer)
    return seen


def _history_with_the_keyboard(qtbot, window):  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.past.open_history()
    table = window.past.history.table
    qtbot.waitUntil(table.isVisible, timeout=HANG_MS)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=HANG_MS)
    return table


def test_the_keyboard_is_back_in_history_after_exporting_all_data_r56(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path
) -> None:
    """Walk 56 (History, Interview > Export all data…, a file name typed, Enter): the archive
    was written, but the window was left inactive: no focus ring on the table, and Ctrl+G or
    Alt+I (the menu) did nothing until the window was clicked. Cancelling the dialog left it
    the same way. The keyboard is back on the table, the window active, either way."""
    from tests.ui.typed_session import TWO_ANSWERS, stored_typed_session

    stored_typed_session(services.storage, services.bank, TWO_ANSWERS, {"name": "Full loop"})
    table = _history_with_the_keyboard(qtbot, window)
    for name in (None, str(tmp_path / "all-data.zip")):
        seen = _answer_the_file_dialog(name)
        window._archive("export_all")
        qtbot.waitUntil(lambda seen=seen: bool(seen), timeout=HANG_MS)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=HANG_MS)
        qtbot.wait(50)
        assert window.isActiveWindow(), name
        assert QApplication.focusWidget() is table, (name, QApplication.focusWidget())
    qtbot.waitUntil(lambda: (tmp_path / "all-data.zip").exists(), timeout=HANG_MS)
    # and the window's keys work again: Ctrl+G opens Progress
    qtbot.keyClick(table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past.progress, timeout=HANG_MS)


def test_a_bad_archive_s_message_gives_the_keyboard_back_to_history_r56(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    """Walk 56: Import data… of a file that is no zip: the message named it, but once it was
    closed nothing had the keyboard (it had none to give back: the file dialog had left the
    window inactive). After the message the keyboard is on the table again."""
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "notes.zip"
    bad.write_text("not a zip")
    table = _history_with_the_keyboard(qtbot, window)
    seen = _answer_the_file_dialog(str(bad))
    window._archive("import_all")
    qtbot.waitUntil(lambda: bool(seen), timeout=HANG_MS)
    box = None

    def message() -> bool:
        nonlocal box
        box = window.findChild(QMessageBox, "archiveFailed")
        return box is not None and box.isVisible()

    qtbot.waitUntil(message, timeout=HANG_MS)
    assert str(bad) in box.text()
    box.activateWindow()  # a window manager's part; offscreen has none
    qtbot.waitUntil(box.isActiveWindow, timeout=HANG_MS)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=3000)

