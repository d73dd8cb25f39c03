"""Around a modal dialog: once it closes, the keyboard is back where it was."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication, QWidget


@contextmanager
def keyboard_back(parent: QWidget) -> Iterator[None]:
    """Once the dialog run inside closes, the window is active again and the control that had
    the keyboard has it back. Without a window manager to hand it back, no control had it: a
    list's focus ring was gone and its arrow keys did nothing."""
    had_keyboard = QApplication.focusWidget()
    try:
        yield
    finally:
        parent.window().activateWindow()
        if had_keyboard is not None and had_keyboard.isVisible():
            had_keyboard.setFocus()
