"""The walkthrough of round 63 (issue 8, walk63): a new user's keyboard-only walk through the
flows round 62 did not walk, in the real window (fresh data folder, 1280 x 800 and 960 x 640,
light and dark). Each test fails before its fix."""

from __future__ import annotations

import os

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import CTRL
from tests.ui.waits import HANG_MS


def _settle(page: QWidget) -> None:
    QApplication.processEvents()
    layout = page.layout()
    assert layout is not None
    layout.activate()
    QApplication.processEvents()


def _y(widget: QWidget, page: QWidget) -> int:
    return widget.mapTo(page, QPoint(0, 0)).y()


def test_a_notice_said_after_the_answer_is_saved_moves_neither_the_answer_nor_its_feedback(
    qtbot, window
) -> None:  # type: ignore[no-untyped-def]
    """Typing on Next once an answer was saved said "Answer saved: what you type now is not
    kept…" above the answer, and the saved answer moved down a line (17 px in the real window,
    walk62); "Nothing to submit yet" did the same to the box being typed in. A notice that
    comes mid-question takes its line under the answer box: the box's top, the words in it,
    the feedback, the rating and the buttons stay where they were."""
    window.resize(960, 640)
    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 2}), False)
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=HANG_MS)
    page = window.interview
    _settle(page)
    box = _y(page.answer, page)
    qtbot.wait(700)  # past the moment a key is still taken as starting the answer
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)  # nothing typed: "Nothing to submit"
    qtbot.waitUntil(page.notice.isVisible, timeout=HANG_MS)
    _settle(page)
    assert _y(page.answer, page) == box
    qtbot.keyClicks(page.answer, "Overfitting is when the model memorizes noise in the data.")
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(
        lambda: bool(page.feedback.isVisible() and page.feedback.text()), timeout=HANG_MS
    )
    _settle(page)
    assert not page.notice.isVisible()
    places = [_y(w, page) for w in (page.answer, page.feedback, page.self_rating, page.next_button)]
    qtbot.keyClicks(page.next_button, "ab")
    _settle(page)
    assert page.notice.isVisible() and page.notice.text().startswith("Answer saved")
    after = [_y(w, page) for w in (page.answer, page.feedback, page.self_rating, page.next_button)]
    assert after == places
    # its line is the answer's: right under the box, over what follows it
    assert _y(page.answer, page) + page.answer.height() <= _y(page.notice, page)
    assert _y(page.notice, page) + page.notice.height() <= _y(page.feedback, page)


def test_review_s_message_too_long_for_its_status_line_is_said_whole_in_the_status_bar(
    qtbot, window, services, data_dir
) -> None:  # type: ignore[no-untyped-def]
    """Review of a spoken answer at 960 x 640: Re-transcribe… takes its room from the page's
    status line (186 px there), and Ctrl+Shift+A said "One attempt so far: Pra… es a second
    to compare.", the key to press cut out. A message that cannot be shown whole on the
    page's two lines (and is no file's path, whose middle may go) is said in the status bar,
    whole, as before the page had its line."""
    from simulator.ui.pages.review import ONE_ATTEMPT
    from simulator.ui.style import apply_theme
    from tests.ui.recorded import spoken_session

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")  # the real window's fonts and buttons
    window.resize(960, 640)
    sid, _ids = spoken_session(services.storage, services.bank, data_dir / "recordings" / "a.wav")
    window.past.open_review(sid)
    review = window.past.review
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=HANG_MS)
    _settle(review)
    assert review.retranscribe_button.isVisible()
    review.transcript.setFocus()
    qtbot.keyClick(review.transcript, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    line, bar = review.status_line, window.statusBar()
    assert line.text() == ONE_ATTEMPT or bar.currentMessage() == ONE_ATTEMPT, (
        line.text(),
        bar.currentMessage(),
    )
    assert "…" not in line.text()


def test_an_export_s_message_cut_to_its_line_keeps_the_file_s_name_whole(
    qtbot, window, services, data_dir, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Review of a spoken answer at 960 x 640, Ctrl+S, Enter: the line said "Exported the
    scorecard … / corecard-session-4.html", its middle cut into the file's name (the
    folder's "/s" gone with it). A cut shortens the folder first, then the words before the
    name; the file's name stays whole."""
    from simulator.core.export.formats import FORMATS
    from simulator.ui import export_dialog
    from simulator.ui.style import apply_theme
    from tests.ui.recorded import spoken_session

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    window.resize(960, 640)
    target = tmp_path / "a folder with a rather long name" / "scorecard-session-4.html"
    target.parent.mkdir()
    monkeypatch.setattr(
        export_dialog, "ask_save_path", lambda *_a: (str(target), FORMATS["html"].file_filter)
    )
    sid, _ids = spoken_session(services.storage, services.bank, data_dir / "recordings" / "a.wav")
    window.past.open_review(sid)
    review = window.past.review
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=HANG_MS)
    _settle(review)
    qtbot.keyClick(review.transcript, Qt.Key.Key_S, CTRL)
    line = review.status_line
    qtbot.waitUntil(lambda: line.full == f"Exported the scorecard to {target}", timeout=HANG_MS)
    QApplication.processEvents()
    shown = line.text()
    assert "…" in shown  # too long for its two lines at 186 px: cut
    assert shown.endswith(f"{os.sep}scorecard-session-4.html"), shown  # the name whole
    assert shown.startswith("Exported"), shown  # and what happened
