"""A failure said in a message that stays until read, and in the status bar.

For work started from a dialog that has just closed (a file dialog, Settings): said only in the
status bar, for 15 seconds, it went by while the person watched the dialog close (a full disk,
a folder that is not there, a file that is not an archive)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from simulator.core.qt_names import shown_text
from simulator.ui.shortcuts_help import open_giving_keyboard_back


def show_failure(
    window: QWidget, title: str, text: str, object_name: str, status: str, details: str = ""
) -> None:
    """``text`` in a warning that stays (plain text: a file name is never markup); ``status``
    in the status bar of ``window``'s main window (unless empty); ``details`` (e.g. words that could not be
    saved) under Show Details, where they can be selected and copied."""
    # a path's byte that is not UTF-8 as \xe9: Qt drops the character Python keeps it in
    text, status, details = shown_text(text), shown_text(status), shown_text(details)
    main = window if isinstance(window, QMainWindow) else window.window()
    if status and isinstance(main, QMainWindow):  # (none: the caller says it where it said more)
        main.statusBar().showMessage(status, 15000)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=window)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setObjectName(object_name)
    box.setAccessibleName(title)
    if details:
        box.setDetailedText(details)
    open_giving_keyboard_back(box)
