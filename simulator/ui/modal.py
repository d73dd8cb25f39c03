"""Around a modal dialog: once it closes, the keyboard is back where it was; a question that
could lose work keeps it by default."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget


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


def stay_or_leave(
    box: QMessageBox, stay: tuple[str, str], leave: tuple[str, str]
) -> tuple[QPushButton, QPushButton]:
    """Add a question's two buttons, each (caption, object name): ``stay`` is what Enter and
    Esc press, so a key pressed in a hurry loses nothing; only ``leave`` (its mnemonic, or Tab
    to it) goes. Screen readers say each caption without its mnemonic mark."""
    letters = {QKeySequence.mnemonic(caption).toString() for caption, _ in (stay, leave)}
    if len(letters) < 2:
        # one Alt letter on both is ambiguous to Qt, which then presses neither: the skip
        # question's "&Keep answering" and "S&kip" both took Alt+K (walkthrough 47)
        raise ValueError(f"{stay[0]!r} and {leave[0]!r} have the same Alt letter")
    kept = box.addButton(stay[0], QMessageBox.ButtonRole.RejectRole)
    gone = box.addButton(leave[0], QMessageBox.ButtonRole.DestructiveRole)
    for button, name in ((kept, stay[1]), (gone, leave[1])):
        button.setObjectName(name)
        button.setAccessibleName(button.text().replace("&", ""))
    box.setDefaultButton(kept)
    box.setEscapeButton(kept)
    return kept, gone
