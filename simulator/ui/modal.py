"""Around a modal dialog: once it closes, the keyboard is back where it was; a question that
could lose work keeps it by default."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget


def run_modal(dialog: QDialog) -> int:
    """Run ``dialog`` modally (``exec``); once it closes the keyboard is back where it was.
    Every modal dialog of the window runs through here or inside ``keyboard_back``: the
    cloud-speech consent, the read-only run's question and the "Answers not saved" warning
    ran bare, and left the window inactive with no control holding the keyboard (walk57)."""
    with keyboard_back(dialog.parentWidget()):
        return dialog.exec()


@contextmanager
def keyboard_back(parent: QWidget | None) -> Iterator[None]:
    """Once the dialog run inside closes, the window is active again and the control that had
    the keyboard has it back. Without a window manager to hand it back, no control had it: a
    list's focus ring was gone and its arrow keys did nothing. No ``parent`` (a question asked
    before the window exists): nothing to give back."""
    if parent is None:
        yield
        return
    window = parent.window()
    had_keyboard = keyboard_of(window)
    try:
        yield
    finally:
        give_keyboard_back(window, had_keyboard)


def keyboard_of(window: QWidget) -> QWidget | None:
    """The control with the keyboard, or the one of ``window`` that gets it when the window is
    active again: a dialog opened while the window was not active (a failure said after an
    archive's file dialog had closed) had nothing to give back (walk56)."""
    return QApplication.focusWidget() or window.focusWidget()


def give_keyboard_back(window: QWidget, widget: QWidget | None) -> None:
    """``window`` active again and ``widget`` (if still shown) with the keyboard: at once, and
    again once the dialog's own hiding has reached the window system, if that left no window
    active (it did on some runs, after a file dialog: walk56)."""
    _give_back(window, widget)
    QTimer.singleShot(0, lambda: _give_back(window, widget, only_if_lost=True))


def _give_back(window: QWidget, widget: QWidget | None, only_if_lost: bool = False) -> None:
    if not shiboken6.isValid(window) or not window.isVisible():
        return
    if only_if_lost and QApplication.activeWindow() is not None:
        return  # active, or another window (a dialog opened meanwhile) has the keyboard
    window.activateWindow()
    if widget is not None and shiboken6.isValid(widget) and widget.isVisible():
        widget.setFocus(Qt.FocusReason.OtherFocusReason)


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
