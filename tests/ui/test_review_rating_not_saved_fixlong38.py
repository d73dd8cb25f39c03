"""A review rating chosen while the database cannot be written (a full disk): the page said
"Rating not saved" and then never tried again, so leaving the page lost it without a word (the
note already followed a better path, attack run 38). The rating now takes the note's: kept on
the page, tried again on leaving the answer or the page, and still failing once the page is
left, said in a message that stays."""

from __future__ import annotations

from pathlib import Path

from simulator.core.storage_errors import StorageError
from tests.ui.recorded import open_review, spoken_session
from tests.ui.waits import HANG_MS


def test_a_rating_that_cannot_be_saved_is_tried_again_and_said_when_the_page_is_left(  # type: ignore[no-untyped-def]
    qtbot, window, services, data_dir: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    storage = services.storage
    sid, ids = spoken_session(storage, services.bank, data_dir / "recordings" / "a.wav")
    page = open_review(qtbot, window, sid)
    tries: list[tuple[int, object]] = []

    def full(answer_id: int, value: object) -> None:
        tries.append((answer_id, value))
        raise StorageError(f"cannot write to {storage.path}: the disk is full", "full")

    monkeypatch.setattr(page, "_save_rating", full)  # the page's own way to the database
    page.rating.setCurrentIndex(page.rating.findData(2))  # "2 · Hard"
    qtbot.waitUntil(lambda: page.note_status.text().startswith("Rating not saved"), timeout=HANG_MS)
    assert "the disk is full" in page.note_status.text()
    assert tries == [(ids[0], 2)]
    # leaving the page tries again; still failing, a message stays with the rating in it
    page._back()

    def shown() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox) if b.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=HANG_MS)
    (box,) = shown()
    assert tries == [(ids[0], 2), (ids[0], 2)]
    assert box.windowTitle() == "Rating not saved"
    assert "the disk is full" in box.text() and str(storage.path) in box.text(), box.text()
    assert "Hard" in box.detailedText()
    box.close()
    # room again: reviewing the session again shows the rating kept, and leaving saves it
    monkeypatch.undo()
    open_review(qtbot, window, sid)
    assert page.rating.currentData() == 2
    page._back()
    qtbot.waitUntil(lambda: storage.ratings().get(ids[0]) == 2, timeout=HANG_MS)
