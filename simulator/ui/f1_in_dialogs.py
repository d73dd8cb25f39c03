"""F1 lists the shortcuts in the window's dialogs too (issue 8, walk65b). The menu's F1 is the
main window's, and a dialog open over it (Settings, a question, About, a file dialog) blocks
the window's keys: F1 did nothing while Settings was open. Here F1 that no control of the
dialog took (it reached the dialog itself) opens the list over that dialog."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from simulator.ui.shortcuts_help import LIST_NAME, section_for, show_shortcuts


class _F1InDialogs(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_F1
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QDialog)
            and watched.isWindow()
            and watched.objectName() != LIST_NAME  # the list itself: already shown
        ):
            shown = watched.findChild(QDialog, LIST_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
            if shown is not None and shiboken6.isValid(shown) and shown.isVisible():
                shown.activateWindow()  # F1 again: the one open, not a second
            else:
                # at the dialog's own section, else at that of the page it was opened over
                behind = watched.parentWidget()
                section = section_for(watched) or section_for(behind and behind.window())
                show_shortcuts(watched, section)
            return True
        return False


_filter: _F1InDialogs | None = None


def f1_in_every_dialog() -> None:
    """Once per application: F1 in any dialog no control of which takes it lists the keys."""
    global _filter
    app = QApplication.instance()
    if _filter is None and app is not None:
        _filter = _F1InDialogs(app)
        app.installEventFilter(_filter)
