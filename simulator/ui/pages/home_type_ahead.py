"""The answer typed on Home while a start waits for the questions, kept for the first answer.

A person who presses Ctrl+Enter (or Start) while the packs load and types their answer at once
thinks the interview has begun. Home held those keys so that they changed no plan (PlanHold),
and dropped them: about 300 characters of a typed answer were lost in a walkthrough (round 64).
While such a start waits in a typed interview, the characters typed anywhere in the window
(Backspace takes the last one back, Enter is a new line once something is typed) are kept
here, the line above Start says how many, and the first answer begins with them once the
interview starts (``InterviewPage.type_ahead``). Shortcuts (Ctrl, Alt, Meta), Tab and Esc keep
their work; a dialog or menu open takes its own keys. A spoken interview's start keeps none:
its answer is not typed (the keys are held, as before)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from simulator.core.transcript import MAX_ANSWER_CHARS

_SHORTCUT = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_NEW_LINE = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def typed_ahead_said(waiting: str, count: int) -> str:
    """The line above Start while the start waits, once something was typed."""
    if not count:
        return waiting
    chars = "character" if count == 1 else "characters"
    # (shorter than PLAN_HELD, which the line's two lines hold at the smallest window)
    return f"{waiting} {count:,} {chars} typed, kept for your first answer."


class TypeAhead(QObject):
    """Keeps the keys typed in ``page``'s window while ``collecting`` says so; ``changed``
    is called after each key kept (to say how many)."""

    def __init__(
        self, page: QWidget, collecting: Callable[[], bool], changed: Callable[[], None]
    ) -> None:
        super().__init__(page)
        self._page, self._collecting, self._changed = page, collecting, changed
        self.text = ""
        self._watching = False

    def watch(self) -> None:
        """From now on until ``take``: keys typed in the window are looked at."""
        app = QApplication.instance()
        if not self._watching and app is not None:
            app.installEventFilter(self)
            self._watching = True

    def take(self) -> str:
        """What was typed, given once; no more keys are kept."""
        text, self.text = self.text, ""
        app = QApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = False
        return text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self._takes(watched) or event.modifiers() & _SHORTCUT:
            return False
        key = event.key()
        if key == Qt.Key.Key_Backspace:
            self.text = self.text[:-1]
        elif key in _NEW_LINE:
            if not self.text:
                return False  # Home's own Enter: it says what happens once they have loaded
            self.text += "\n"
        elif event.text() and event.text().isprintable():
            self.text += event.text()
        else:
            return False  # Tab, Esc, the arrows, F1...: their own work (the plan held still)
        self.text = self.text[:MAX_ANSWER_CHARS]
        self._changed()
        return True

    def _takes(self, watched: QObject) -> bool:
        page = self._page
        return (
            isinstance(watched, QWidget)
            and watched.window() is page.window()
            and page.isVisible()
            and QApplication.activeModalWidget() is None
            and QApplication.activePopupWidget() is None
            and self._collecting()
        )
