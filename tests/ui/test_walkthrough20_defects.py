"""Defects met in the twentieth keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import begin_answering, long_thinking, wait_reached
from tests.ui.waits import HANG_MS


def _press_in_modal(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> list[str]:  # type: ignore[no-untyped-def]
    """Once a modal box opens, press ``key`` in it; the box's text is kept for the test."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None or not box.isActiveWindow():  # Alt+letter needs it active
            QTimer.singleShot(20, press)
            return
        assert isinstance(box, QMessageBox)
        seen.append(f"{box.text()} {box.informativeText()}")
        qtbot.keyClick(box, key, modifier)

    QTimer.singleShot(0, press)
    return seen


def test_ctrl_q_mid_interview_asks_and_enter_stays(qtbot, window, data_dir) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Q in the middle of an answer closed the app at once, without a word."""
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
    wait_reached(qtbot, window, State.PREPARING)
    qtbot.keyClicks(page.answer, "Overfitting")
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=5000)
    page.answer.setFocus()
    seen = _press_in_modal(qtbot, Qt.Key.Key_Return)  # Enter: the safe default
    qtbot.keyClick(page.answer, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert seen and "not finished" in seen[0] and "resume" in seen[0], seen
    assert "kept as a draft" in seen[0]
    assert window.isVisible() and window.controller.state is State.ANSWERING
    assert page.answer.toPlainText() == "Overfitting"
    qtbot.waitUntil(page.answer.hasFocus, timeout=2000)  # the keyboard is back in the answer
    seen = _press_in_modal(qtbot, Qt.Key.Key_Escape)
    qtbot.keyClick(page.answer, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert seen and window.isVisible()
    qtbot.waitUntil(page.answer.hasFocus, timeout=2000)
    seen = _press_in_modal(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.answer, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert seen and not window.isVisible()  # Alt+Q quits
    # and the interview stays held as the window closes (it was resumed for that moment, and a
    # spoken answer's recording started again: review of round 20)
    assert window.controller.state is State.PAUSED
    draft = data_dir / "drafts" / f"session-{window.controller.session_id}.json"
    qtbot.waitUntil(lambda: draft.exists() and "Overfitting" in draft.read_text("utf-8"))


def test_ctrl_q_on_home_quits_without_asking(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.home.focus_start()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None
    assert not window.isVisible()


def test_the_shortcut_list_scrolls_with_the_keyboard_on_close(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """F1, Tab to Close, PgDn: nothing moved (the keys went to the button). The list pages
    whatever has the keyboard in the dialog, and Close is still one Enter away."""
    home = window.home
    home.preset.setFocus()
    qtbot.waitUntil(home.preset.hasFocus)
    qtbot.keyClick(home.preset, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.waitUntil(lambda: QApplication.focusWidget().objectName() == "shortcutsList")
    listing = QApplication.focusWidget()
    dialog = listing.window()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(listing, Qt.Key.Key_Tab)
    close = QApplication.focusWidget()
    assert close.text() == "Close"
    bar = listing.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    qtbot.keyClick(close, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(close, Qt.Key.Key_End)
    assert bar.value() == bar.maximum()
    # a page up from the end (the page as it was: the list shows whole lines, so the room
    # under its last line, and with it the page and the range, change as it scrolls, walk59)
    end, page = bar.maximum(), bar.pageStep()
    qtbot.keyClick(close, Qt.Key.Key_PageUp)
    assert bar.value() == max(0, end - page)
    qtbot.keyClick(close, Qt.Key.Key_Home)
    assert bar.value() == 0
    assert QApplication.focusWidget() is close  # the keyboard stayed on Close
    qtbot.keyClick(close, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is home.preset, timeout=2000)


def _review_of_one_answer(qtbot, window, text: str):  # type: ignore[no-untyped-def]
    from simulator.core.scoring import score_answer
    from simulator.core.transcript import Transcript

    storage, question = window.services.storage, window.services.bank.get("tech.overfit")
    sid = storage.create_session({"name": "Custom", "question_ids": [question.id]})
    storage.add_answer(
        sid, question.id, 0, "typed", text, score=score_answer(question, Transcript(text))
    )
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=5000)
    return window.past.review


def test_a_pasted_book_in_the_review_note_is_cut_and_said(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The Review note box took any length: a 1 MB paste was laid out and saved again after
    every pause in typing."""
    review = _review_of_one_answer(qtbot, window, "It memorizes noise in the data.")
    review.note.setFocus()
    QApplication.clipboard().setText("word " * 200_000)
    qtbot.keyClick(review.note, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(review.note.toPlainText()) == 5_000
    assert review.notice.isVisible() and "at most 5,000 characters" in review.notice.text()
    assert "995,000" in review.notice.text()
    qtbot.keyClicks(review.note, "more")  # typing at the limit adds nothing
    assert len(review.note.toPlainText()) == 5_000
    answer_id = review._review.answer_id
    review.flush_note()
    qtbot.waitUntil(lambda: len(window.services.storage.note(answer_id)) == 5_000)


def test_a_100000_character_word_in_the_answer_box_wraps_anywhere(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A pasted 100,000-character "word" held the window 2 s at the paste and 1.3 s at each
    resize: Qt's default wrap searched the whole run for a word boundary. In the answer box
    such text wraps anywhere (laid out in ~0.1 s), pasted, typed or shown; ordinary words do
    not. (The pages that only show answers break long runs already: ``breakable``.)"""
    from PySide6.QtGui import QTextOption

    anywhere = QTextOption.WrapMode.WrapAnywhere
    words = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
    begin_answering(qtbot, window)
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=5000)
    page.answer.setFocus()
    qtbot.keyClicks(page.answer, "Overfitting ")
    assert page.answer.wordWrapMode() == words
    QApplication.clipboard().setText("x" * 100_000)
    qtbot.keyClick(page.answer, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.answer.wordWrapMode() == anywhere
    qtbot.keyClick(page.answer, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undone
    assert page.answer.toPlainText() == "Overfitting " and page.answer.wordWrapMode() == words
    qtbot.keyClick(page.answer, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    window.controller.end(page.answer.toPlainText())
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    # the pages that show it break the run (breakable); the box starts from word wrap again
    window.go_home()
    window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
    wait_reached(qtbot, window, State.PREPARING)
    assert page.answer.toPlainText() == "" and page.answer.wordWrapMode() == words
    window.controller.begin_answer()
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=5000)
    page.answer.setFocus()
    qtbot.keyClicks(page.answer, "y" * 130)  # a key held down
    assert page.answer.wordWrapMode() == anywhere
    qtbot.keyClick(page.answer, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.answer, "Bias and variance")
    assert page.answer.wordWrapMode() == words
    page.show_transcript("z" * 100_000)  # a transcript, a caption or a draft shown
    assert page.answer.wordWrapMode() == anywhere


def _ring_width(qtbot, pane, ring) -> int:  # type: ignore[no-untyped-def]
    """Pixels of the focus colour from the focused ``pane``'s left edge, half-way down."""
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus, timeout=1000)
    image = pane.grab().toImage()
    y = image.height() // 2
    return sum(image.pixelColor(x, y) == ring for x in range(6))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_text_panes_lists_and_tables_show_the_whole_focus_ring(qtbot, window, theme) -> None:  # type: ignore[no-untyped-def]
    """Review's transcript, follow-up answers and note, Home's lists and the History table
    showed a 1-pixel focus line, not the 2-pixel ring of buttons and fields: their text area
    was placed for the thinner unfocused frame and covered half the ring. In the dark theme
    it was hard to tell where the keyboard was."""
    from PySide6.QtGui import QColor

    from simulator.ui.style import apply_theme, focus_color

    app = QApplication.instance()
    apply_theme(app, theme)
    try:
        ring = QColor(focus_color(theme == "dark"))
        review = _review_of_one_answer(qtbot, window, "It memorizes noise in the data.")
        for pane in (review.replay.transcript, review.note):
            assert _ring_width(qtbot, pane, ring) >= 2, (pane.objectName(), theme)
        window.go_home()
        qtbot.waitUntil(lambda: window.home.history.count() > 0, timeout=5000)
        window.home.preset.setCurrentIndex(window.home.preset.findData("Custom"))  # topics on
        for pane in (window.home.history, window.home.topics):
            assert _ring_width(qtbot, pane, ring) >= 2, (pane.objectName(), theme)
    finally:
        apply_theme(app, "light")


def test_settings_opened_mid_interview_holds_the_countdown(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+, during the thinking countdown: the countdown ran on behind Settings and the
    answer clock started while the person was choosing a voice."""
    page = window.interview
    long_thinking(
        window.services.bank
    )  # the countdown still runs at the next step, whatever the load
    window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
    qtbot.waitUntil(lambda: window.controller.state is State.PREPARING, timeout=HANG_MS)
    page.answer.setFocus()
    qtbot.waitUntil(page.answer.hasFocus, timeout=2000)
    during: list[State] = []

    def settings_open(dialog) -> bool:  # type: ignore[no-untyped-def]
        during.append(window.controller.state)
        qtbot.wait(1500)  # a while in Settings
        during.append(window.controller.state)
        return False

    monkeypatch.setattr(window, "_exec_dialog", settings_open)
    qtbot.keyClick(page.answer, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert during == [State.PAUSED, State.PAUSED]
    assert window.controller.state is State.PREPARING  # goes on where it was
    qtbot.waitUntil(page.answer.hasFocus, timeout=2000)  # and so does the keyboard
