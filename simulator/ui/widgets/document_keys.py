"""Ctrl+Home and Ctrl+End in a read-only text view: the start and the end of what it shows.

A QTextBrowser scrolls with the arrows, Page Up/Down, Home and End, but Ctrl+Home and Ctrl+End,
the keys that mean "top" and "bottom" of a document everywhere else, did nothing (ux32: the
scorecard's detail, a long answer's key points below the fold)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider


class _DocumentEnds(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.MoveToStartOfDocument):
            action = QAbstractSlider.SliderAction.SliderToMinimum
        elif event.matches(QKeySequence.StandardKey.MoveToEndOfDocument):
            action = QAbstractSlider.SliderAction.SliderToMaximum
        else:
            return False
        if not isinstance(watched, QAbstractScrollArea):
            return False
        watched.verticalScrollBar().triggerAction(action)
        return True


def document_ends_keys(view: QAbstractScrollArea) -> None:
    """Ctrl+Home / Ctrl+End (Cmd+Up / Cmd+Down on macOS) scroll ``view`` to its top / end."""
    view.installEventFilter(_DocumentEnds(view))
