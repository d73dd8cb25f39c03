"""A note kept longer than Review's box takes (5,000 characters) is kept whole when the person
types in it (attack run 54). An archive holds notes of up to 2,000,000 characters (earlier
versions wrote longer ones). Shown in the box, a note of 23,000 characters was cut to 5,000 at
the first key typed, the page said "the last 1 were not kept", and the cut note was saved:
18,000 characters and what was typed were gone from the database. The note now stays whole:
it can be shortened, not made longer, and the page says so; a note that fits is as before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from simulator.ui.widgets.answer_aside import MAX_NOTE_CHARS
from tests.ui.recorded import open_review, spoken_session
from tests.ui.waits import HANG_MS

KEPT = "Remember this point. " * 1_100  # 23,100 characters
CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_note_kept_longer_than_the_box_takes_stays_whole_r54(  # type: ignore[no-untyped-def]
    qtbot, window, services, data_dir: Path
) -> None:
    storage = services.storage
    sid, ids = spoken_session(storage, services.bank, data_dir / "recordings" / "a.wav")
    storage.set_note(ids[0], KEPT)  # as an archive's import stores it
    storage.set_note(ids[1], "short")
    page = open_review(qtbot, window, sid)
    assert page.note.toPlainText() == KEPT
    page.note.setFocus()
    page.note.moveCursor(page.note.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.note, " More")
    qtbot.wait(600)  # past the note's save delay
    page.flush_note()
    qtbot.waitUntil(lambda: page.note_status.text() != "Saving…", timeout=HANG_MS)
    assert storage.note(ids[0]) == KEPT, "the stored note was cut"
    assert page.note.toPlainText() == KEPT
    said = page.notice.text()
    assert "kept whole (23,100)" in said and "can be shortened but not made longer" in said, said
    # shortened, it is saved shorter
    page.note.moveCursor(page.note.textCursor().MoveOperation.End)
    qtbot.keyClick(page.note, Qt.Key.Key_Backspace)
    page.flush_note()
    qtbot.waitUntil(lambda: storage.note(ids[0]) == KEPT[:-1], timeout=HANG_MS)
    # the next answer's note takes what a note takes, as before
    qtbot.keyClick(page.transcript, Qt.Key.Key_PageDown, CTRL)
    assert page._review.answer_id == ids[1]
    assert page.note.toPlainText() == "short"
    assert page.note.limit == MAX_NOTE_CHARS
