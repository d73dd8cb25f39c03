"""Control characters pasted into an answer are left out (and the page says so), the words kept;
control characters in an answer stored before show as tags, not boxes, on the Scorecard and
in Review (see tests/core/test_control_characters.py for the core, exports and the CLI)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from simulator.services import Services
from simulator.settings import Settings
from tests.bidi import held_in
from tests.ui.conftest import PACK
from tests.ui.waits import HANG_MS

PASTED = "Overfitting \x00memorizes\x07 noise \x1b[2J in the\x85 training set.\tIt\nfits."


def test_controls_pasted_into_an_answer_are_left_out_and_said(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData

    from simulator.ui.pages.interview import InterviewPage

    page = InterviewPage()
    qtbot.addWidget(page)
    page.answer.setReadOnly(False)
    page.answer.insertPlainText("typed first. ")
    mime = QMimeData()
    mime.setText(PASTED)
    page.answer.insertFromMimeData(mime)  # what Ctrl+V and a drop do
    text = page.answer.toPlainText()
    assert text == "typed first. Overfitting memorizes noise [2J in the training set.\tIt\nfits."
    assert not page.notice.isHidden()
    assert "4 control characters" in page.notice.text() and "NUL" in page.notice.text()


def test_stored_controls_show_as_tags_on_the_scorecard_and_review(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit

    from simulator.ui.main_window import MainWindow

    storage = Storage(data_dir / "sessions.sqlite3")
    services = Services(
        bank=load_packs([PACK]),
        storage=storage,
        settings=Settings(voice_enabled=False),
        speaker=None,
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    try:
        sid = storage.create_session({"name": "x", "question_ids": ["tech.overfit"]})
        answer = storage.add_answer(sid, "tech.overfit", 0, "typed", PASTED)
        follow_up = "It fits \u202egnirts\x07 noise."  # Review showed a follow-up's raw
        storage.add_answer(sid, "tech.overfit", 0, "typed", follow_up, follow_up="And then?")
        storage.finish_session(sid, None)

        def _text() -> str:
            shown = [w.text() for w in window.findChildren(QLabel) if w.isVisible()]
            shown += [w.toPlainText() for w in window.findChildren(QTextEdit) if w.isVisible()]
            shown += [
                w.toPlainText()
                for w in window.findChildren(QPlainTextEdit)
                if w.isVisible() and w.property("followUp")
            ]
            return "\n".join(shown)

        for opens in (
            lambda: window.open_scorecard(sid),
            lambda: window.past.open_review(sid, answer),
        ):
            opens()
            qtbot.waitUntil(lambda: window._db.pending() == 0, timeout=HANG_MS)
            # filled (a turn or more after its data is read: 50 ms was too few under load)
            qtbot.waitUntil(lambda: "\u202egnirts⟨U+0007⟩" in _text(), timeout=HANG_MS)
            text = _text()
            assert "memorizes" in text
            assert not set("\x00\x07\x1b\x85") & set(text)
            assert "⟨U+0007⟩" in text and held_in(text)  # the override works in its own text
        mime = QMimeData()
        mime.setText("next time\x1b[31m slower")
        window.past.review.note.insertFromMimeData(mime)  # the personal note: the same rule
        assert window.past.review.note.toPlainText() == "next time[31m slower"
        assert "1 control character (ESC) in what you pasted was left out" in (
            window.past.review.notice.text()
        )
    finally:
        window.shutdown()
        storage.close()
