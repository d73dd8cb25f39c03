"""A note written on the Review page while the database cannot be written (attack run 38: a
full disk). The page said "Not saved" and then forgot the note: moving to the next answer and
back showed an empty note, and leaving the page lost it without a word (the failure arrived
after the page had gone). Now the note stays on the page, saved with the next change or on
leaving; a note that still cannot be saved once the page is left is said in a message that
stays, with the note's text in it to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from simulator.core.storage_errors import StorageError
from tests.ui.recorded import open_review, spoken_session
from tests.ui.waits import HANG_MS

NOTE = "Lead with the result"
CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_note_that_cannot_be_saved_stays_and_is_said_when_the_page_is_left(  # type: ignore[no-untyped-def]
    qtbot, window, services, data_dir: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    storage = services.storage
    sid, ids = spoken_session(storage, services.bank, data_dir / "recordings" / "a.wav")
    page = open_review(qtbot, window, sid)

    def full(*_args: object) -> None:
        raise StorageError(f"cannot write to {storage.path}: the disk is full", "full")

    monkeypatch.setattr(page, "_save_note", full)  # the page's own way to the database
    page.note.setFocus()
    qtbot.keyClicks(page.note, NOTE)
    qtbot.waitUntil(lambda: page.note_status.text().startswith("Not saved"), timeout=HANG_MS)
    assert "the disk is full" in page.note_status.text()
    # to the next answer and back: the note is still there, not the stored (empty) one
    qtbot.keyClick(page.transcript, Qt.Key.Key_PageDown, CTRL)
    assert page._review.answer_id == ids[1]
    qtbot.wait(500)  # leaving the answer tried to save its note again: that failure is in
    qtbot.keyClick(page.transcript, Qt.Key.Key_PageUp, CTRL)
    assert page._review.answer_id == ids[0]
    assert page.note.toPlainText() == NOTE
    # leaving tries again; still failing, a message stays with the note to copy
    page._back()

    def shown() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox) if b.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=HANG_MS)
    (box,) = shown()
    assert box.windowTitle() == "Note not saved"
    assert "the disk is full" in box.text() and str(storage.path) in box.text(), box.text()
    assert NOTE in box.detailedText()
    box.close()
    # room again: the next change saves it
    monkeypatch.undo()
    open_review(qtbot, window, sid)
    page.note.setFocus()
    qtbot.keyClicks(page.note, NOTE)
    qtbot.waitUntil(lambda: storage.note(ids[0]) == NOTE, timeout=HANG_MS)
