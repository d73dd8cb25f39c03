"""Defects met in the nineteenth keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.ui.stand_ins import wait_reached


def _paused_typed_answer(qtbot, window):  # type: ignore[no-untyped-def]
    page = window.interview
    window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
    wait_reached(qtbot, window, State.PREPARING)
    qtbot.keyClicks(page.answer, "Overfitting")
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=5000)
    qtbot.keyClick(page.answer, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.state is State.PAUSED, timeout=5000)
    assert page.pause_button.hasFocus()  # the keyboard is on Resume
    return page


def test_ctrl_enter_while_paused_says_why_and_leaves_the_pause(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Enter while paused resumed the interview (the key reached the focused Resume
    button), or, with the keyboard elsewhere, did nothing and said nothing."""
    page = _paused_typed_answer(qtbot, window)
    qtbot.keyClick(page.pause_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(50)
    assert window.controller.state is State.PAUSED
    assert page.notice.isVisible() and "Ctrl+P" in page.notice.text(), page.notice.text()
    page.answer.setFocus()
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.state is State.PAUSED
    qtbot.keyClick(page.pause_button, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=5000)
    assert "Ctrl+P" not in page.notice.text()  # said for the pause only
    qtbot.keyClick(page.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.controller.state is not State.ANSWERING, timeout=5000)


def test_typing_while_paused_says_it_is_not_kept(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """Words typed while paused went nowhere (the box is read-only, the keyboard on Resume),
    and the first space pressed Resume: the words before it were lost without a word."""
    page = _paused_typed_answer(qtbot, window)
    qtbot.keyClicks(page.pause_button, "and noise")
    qtbot.wait(50)
    assert window.controller.state is State.PAUSED  # the space did not resume
    assert "not kept" in page.notice.text() and "Ctrl+P" in page.notice.text()
    assert page.answer.toPlainText() == "Overfitting"
    qtbot.wait(1600)  # a while later, Space on Resume goes on as before
    qtbot.keyClick(page.pause_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.controller.state is State.ANSWERING, timeout=5000)


def test_the_review_page_underlines_a_follow_ups_evidence(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """The follow-up's answer stood as plain text under the answer, while the main answer's
    key-point evidence was underlined: a point explained in the follow-up looked unearned."""
    from PySide6.QtGui import QTextCursor

    from simulator.core.scoring import score_answer
    from simulator.core.session.ledger import combine
    from simulator.core.transcript import Transcript

    main, follow_up = "It memorizes noise in the data.", "I compare the validation error."
    storage, question = services.storage, services.bank.get("tech.overfit")
    sid = storage.create_session({"name": "Custom", "question_ids": [question.id]})
    merged = score_answer(question, combine([Transcript(main), Transcript(follow_up)]))
    storage.add_answer(sid, question.id, 0, "typed", main, score=merged)
    storage.add_answer(sid, question.id, 0, "typed", follow_up, follow_up="How do you see it?")
    window.past.open_review(sid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=5000)
    pane = window.past.review.replay
    (answer,) = pane.follow_up_answers
    assert answer.toPlainText() == follow_up
    cursor = QTextCursor(answer.document())
    cursor.setPosition(answer.toPlainText().index("validation") + 2)
    fmt = cursor.charFormat()
    assert fmt.fontUnderline() and "Evidence for the key point" in fmt.toolTip()
    assert "key point evidence" in pane.legend.text()


def test_the_attempts_page_compares_an_attempt_with_its_follow_up(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Only the main answers' words were compared: the follow-up, merged into the question's
    score, was missing from the later attempt's text."""
    from simulator.core.attempts import practice_plan
    from simulator.core.scoring import score_answer
    from simulator.core.session.ledger import combine
    from simulator.core.transcript import Transcript

    storage, question = services.storage, services.bank.get("tech.overfit")
    main, follow_up = "It memorizes noise.", "I watch the validation error."
    for texts in ((main,), (main, follow_up)):
        sid = storage.create_session(practice_plan(question.id, None))
        score = score_answer(question, combine([Transcript(t) for t in texts]))
        storage.add_answer(sid, question.id, 0, "typed", main, score=score)
        if len(texts) == 2:
            storage.add_answer(sid, question.id, 0, "typed", follow_up, follow_up="And then?")
    window.past.open_attempts(question.id)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past.attempts, timeout=5000)
    later = window.past.attempts.after_text.toPlainText()
    assert "Follow-up:" in later and "validation error" in later, later
    assert window.past.attempts.earlier.count() == 2  # two attempts, not three


def test_progress_names_topics_as_everywhere_and_counts_in_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Progress listed the weakest topics raw ("cnn", "mlops") while the missed key points on
    the same panel said "CNN", and its summary read "1 finished session(s), 1 answers"."""
    from simulator.core.progress import Progress, Ranked, SessionPoint
    from simulator.ui.pages.progress import ProgressPage

    page = ProgressPage()
    qtbot.addWidget(page)
    page.resize(1200, 760)
    point = SessionPoint(1, 1.7e9, "Quick practice", 0, {"technical": 0}, None, None, None)
    page.show_progress(
        Progress(
            points=[point],
            weak_topics=[Ranked("cnn", 0, "1 answer"), Ranked("time-series", 10, "1 answer")],
            answers=1,
        )
    )
    lists = page.lists.toPlainText()
    assert "CNN 0" in lists and "time series 10" in lists and "cnn" not in lists
    assert page.summary.text().startswith("1 finished session, 1 answer"), page.summary.text()


def test_the_window_counts_in_words_never_with_an_s_in_brackets() -> None:
    """ "1 session(s)" on History, "1 attempt(s)", "Re-scored 1 answer(s)"... in nine places: the
    window writes "1 session" and "3 sessions" (widgets.common.counted)."""
    import ast
    import re
    from pathlib import Path

    import simulator.ui
    from simulator.ui.widgets.common import counted

    assert (counted(1, "session"), counted(3, "session")) == ("1 session", "3 sessions")
    assert counted(2, "long pause") == "2 long pauses"
    root = Path(simulator.ui.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        found += [
            f"{path.relative_to(root)}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and re.search(r"[a-z]\(s\)", node.value)
        ]
    assert found == []


def test_the_plan_summary_says_case_studies(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """A custom plan of six questions read "2 technical, 2 behavioral, 2 case study"."""
    from simulator.ui.pages.home import CUSTOM

    home = window.home
    home.preset.setCurrentIndex(home.preset.findData(CUSTOM))
    home.count.setValue(6)
    assert "2 case studies" in home.summary.text(), home.summary.text()
    home.count.setValue(3)
    assert "1 case study " in home.summary.text(), home.summary.text()


def test_the_keyboard_is_back_on_the_list_after_a_delete_is_cancelled(
    qtbot, window, services
) -> None:  # type: ignore[no-untyped-def]
    """Delete on History, then Cancel: no control had the keyboard (the list's focus ring was
    gone and arrow keys did nothing)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    from tests.ui.typed_session import finish_typed_session

    finish_typed_session(qtbot, window, "It memorizes noise.")
    window.past.open_history()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past.history, timeout=5000)
    table = window.past.history.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=5000)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=1000)

    asked: list[tuple[str, str]] = []

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        question = box.text().split("\n")[0]
        go = box.findChild(QPushButton, "confirmGo")
        asked.append((question, go.accessibleName()))
        box.findChild(QPushButton, "confirmCancel").click()

    QTimer.singleShot(100, cancel)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)
    assert table.model().rowCount() == 1
    qtbot.waitUntil(table.hasFocus, timeout=1000)
    # the question heads the box (no title bar may show it) and the button says what it does
    assert asked == [("Delete this session?", "Delete")]


def test_the_keyboard_is_back_on_the_scorecard_after_the_export_dialog(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """After the Export dialog (Ctrl+S), the scorecard's table had lost the keyboard."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from tests.ui.typed_session import finish_typed_session

    finish_typed_session(qtbot, window, "It memorizes noise.")
    table = window.scorecard.table
    qtbot.waitUntil(table.hasFocus, timeout=2000)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog), dialog
        dialog.reject()

    QTimer.singleShot(300, cancel)
    qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=3000)
    qtbot.waitUntil(table.hasFocus, timeout=1000)
