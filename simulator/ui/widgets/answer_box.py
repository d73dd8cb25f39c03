"""The interview's answer editor."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from simulator.core.long_names import LONG_RUN
from simulator.core.pack_limits import control_name
from simulator.core.reordering import CONTROLS, without_controls
from simulator.core.transcript import MAX_ANSWER_CHARS
from simulator.ui.widgets.long_words import ANYWHERE, has_long_run, wrap_for


def alt_letter(e: QKeyEvent) -> bool:
    """Whether ``e`` is Alt with a letter no shortcut took: a key meant as a shortcut, not text.
    Qt's editors type its letter: Alt+V (Home's Review answers) pressed in the countdown typed
    "v" as the answer and started it, the thinking time cut short (walk55). Not with Ctrl
    (AltGr on Windows, which types characters) nor on macOS (Option types characters)."""
    mods = e.modifiers()
    return (
        sys.platform != "darwin"
        and bool(mods & Qt.KeyboardModifier.AltModifier)
        and not mods & Qt.KeyboardModifier.ControlModifier
        and bool(e.text())
        and e.text().isprintable()
    )


class PlainTextBox(QPlainTextEdit):
    """A text editor that keeps control characters out of what is pasted or dropped."""

    # control characters left out of a paste or a drop: how many, and the first one's name
    # (they show as boxes and can hide or garble what was typed)
    controls_removed = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self._rewrap)

    def setPlainText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        wrap_for(self, text)  # before it is laid out (see long_words)
        super().setPlainText(text)

    def setPlaceholderText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Qt repaints an empty box only when its placeholder shows or hides, not when its
        text changes: the answer box, answering, still read the thinking time's "Your answer
        goes here: start typing when you are ready." until a key was typed (walk60)."""
        if text != self.placeholderText():
            super().setPlaceholderText(text)
            if not self.document().toPlainText():
                self.viewport().update()

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if alt_letter(e):
            e.ignore()  # (passed on: it is no one's shortcut)
            return
        super().keyPressEvent(e)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Ctrl+V and drops: the text without control characters (tabs and newlines kept)."""
        text = source.text() if source.hasText() else ""
        text, beyond = self._clip(text)
        found = CONTROLS.findall(text)
        if found:
            # said before what was cut, which is said last and stays: the other way round,
            # a 20 MB paste cut to 200,000 characters read '... were left out: ... Your words,
            # tabs and line breaks are kept' (attack run 50)
            self.controls_removed.emit(len(found), control_name(found[0]))
        kept = self._fit(without_controls(text) if found else text, beyond)
        if has_long_run(kept):
            self.setWordWrapMode(ANYWHERE)  # before the paste is laid out
        if not found and not beyond and kept == text:
            super().insertFromMimeData(source)
            return
        self.insertPlainText(kept)
        self.ensureCursorVisible()

    def _clip(self, text: str) -> tuple[str, int]:
        """The part of a paste worth looking at, and how many characters after it are left
        out unread (none here)."""
        return text, 0

    def _fit(self, text: str, beyond: int = 0) -> str:
        """What of a paste goes in (all of it here)."""
        return text

    def _rewrap(self) -> None:
        """Typed into a long run, or the long run deleted: the wrap that suits the text now.
        Until a long run was seen only the text around the cursor is read: a key changes the
        text there, so only the run under it can have grown too long (the cursor's whole
        paragraph was read at every key, all 190,000 characters of a pasted one: attack run
        62). A paste and a text set whole are read whole where they come in."""
        if self.wordWrapMode() == ANYWHERE:
            wrap_for(self, self.toPlainText())
            return
        cursor = self.textCursor()
        block, at = cursor.block().text(), cursor.positionInBlock()
        reach = LONG_RUN + 1
        wrap_for(self, block[max(at - reach, 0) : at + reach])


def controls_left_out(count: int, first: str) -> str:
    """What the page says when ``controls_removed`` fired."""
    return (
        f"{count:,} control character{'s' * (count != 1)} ({first}"
        f"{' and others' if count > 1 else ''}) in what you pasted "
        f"{'were' if count != 1 else 'was'} left out: "
        f"{'they' if count != 1 else 'it'} cannot be shown. Your words, tabs and line breaks "
        "are kept."
    )


def within_units(text: str, units: int) -> str:
    """The longest start of ``text`` that is at most ``units`` UTF-16 units long, as Qt's
    document counts it (a character outside the BMP, an emoji, is two), never half of one.
    A paste was cut in Python characters, then cut again by the document's count, and the
    page said only the second cut: "the last 3,300 characters were not kept" of a paste of
    833,566 cut to 196,757 (attack run 62)."""
    data = text.encode("utf-16-le", "surrogatepass")[: 2 * max(units, 0)]
    if len(data) >= 2 and 0xD8 <= data[-1] <= 0xDB:  # a high surrogate whose pair is cut off
        data = data[:-2]
    return data.decode("utf-16-le", "surrogatepass")


class LimitedTextBox(PlainTextBox):
    """A plain-text editor that keeps at most ``limit`` characters, typed or pasted."""

    # characters past the limit that were not kept (a huge paste)
    trimmed = Signal(int)

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = self.most_typed = limit
        self.textChanged.connect(self._keep_within_limit)

    def show_kept(self, text: str) -> None:
        """Show a text kept before (no signal: nothing was typed). One longer than the box
        takes stays whole, and its length is the most the box then holds: a note of 23,000
        characters (an archive of an earlier version holds up to 2,000,000) was cut to 5,000
        at the first key typed, and the cut saved (attack run 54)."""
        self.blockSignals(True)
        self.setPlainText(text)
        # (counted as the document counts: a character outside the BMP is two)
        self.limit = max(self.most_typed, self.document().characterCount() - 1)
        self.blockSignals(False)

    def _room(self) -> int:
        """UTF-16 units a paste may add (what it replaces, the selection, counts as room): the
        document counts in them, and a character outside the BMP (an emoji) is two."""
        cursor = self.textCursor()
        selected = cursor.selectionEnd() - cursor.selectionStart()
        return max(self.limit - (self.document().characterCount() - 1 - selected), 0)

    def _clip(self, text: str) -> tuple[str, int]:
        """Only twice the room is looked at (control characters left out may make room for
        more): a paste of 100 MB was searched for control characters whole, and cleaned
        whole, before all but 200,000 characters of it were cut (3.6 s of a frozen window,
        9.4 s with control characters in it; attack run 50)."""
        look = 2 * self._room() + 1024
        return (text[:look], len(text) - look) if len(text) > look else (text, 0)

    def _fit(self, text: str, beyond: int = 0) -> str:
        """Only what fits goes into the document: Qt lays out a pasted line whole before it
        could be cut, and a 5 MB paste with no space in it held the window for 8 minutes.
        ``beyond``: characters of the paste left out unread (``_clip``), not kept either."""
        room = self._room()
        if len(text) <= room // 2 and not beyond:  # (fits whatever its characters)
            return text
        kept = within_units(text, room)
        if len(kept) == len(text) and not beyond:
            return text
        self.trimmed.emit(len(text) - len(kept) + beyond)
        return kept

    def _keep_within_limit(self) -> None:
        extra = self.document().characterCount() - 1 - self.limit  # (its last newline)
        if extra <= 0:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.limit)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        removed = len(cursor.selectedText())  # in characters, as a person counts (not units)
        cursor.removeSelectedText()
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.trimmed.emit(removed)


class AnswerBox(LimitedTextBox):
    """The answer editor; Ctrl+Enter belongs to the window's shortcut, not a new line. At
    most MAX_ANSWER_CHARS: scoring more would take minutes and gigabytes."""

    typing_started = Signal()  # a key typed while the box waits for the answer to begin

    waiting = False  # the question is being read or the countdown runs: typing starts the answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(MAX_ANSWER_CHARS, parent)
        # Tab goes on to Pause, Skip and Submit: it typed a tab character and kept the
        # keyboard in the box (a pasted tab is still kept)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        # Without this, keys typed a moment before the answer began were silently dropped.
        if alt_letter(e):
            e.ignore()  # not typing: no answer starts (see alt_letter)
            return
        if self.waiting and self.isReadOnly() and e.text().isprintable() and e.text():
            self.typing_started.emit()
        super().keyPressEvent(e)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            ctrl = e.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                e.ignore()
                return False
        return super().event(e)
