"""The words typed before the answer box loses the keyboard are kept at once (attack run 56).

A typed answer's draft was kept 1.5 s after a pause in typing, or at a sentence's end: words
typed just before switching to another app (or a dialog) were kept only once that delay ran
out, and a crash meanwhile lost them. The box losing focus keeps the draft now."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication


def test_the_draft_is_kept_when_the_box_loses_the_keyboard_r56(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.interview
    page._drafts._timer.setInterval(600_000)  # no pause long enough: only the focus keeps it
    sent: list[str] = []
    page.draft_changed.connect(sent.append)
    page._spoken = False
    page.answer.setReadOnly(False)
    qtbot.keyClicks(page.answer, "Regularisation trades a little bias for")
    assert sent == []
    # the window left for another app: the box's focus goes with a FocusOut
    QApplication.sendEvent(
        page.answer, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.ActiveWindowFocusReason)
    )
    assert sent == ["Regularisation trades a little bias for"]
    QApplication.sendEvent(page.answer, QFocusEvent(QEvent.Type.FocusOut))
    assert len(sent) == 1  # nothing typed since: nothing sent twice


def test_a_read_only_box_losing_focus_sends_nothing_r56(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.interview
    sent: list[str] = []
    page.draft_changed.connect(sent.append)
    page.answer.setReadOnly(True)
    QApplication.sendEvent(page.answer, QFocusEvent(QEvent.Type.FocusOut))
    assert sent == []
