"""A whole typed interview through the real MainWindow, from Home to Scorecard, then the SQLite file."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from simulator.core.interview import State
from simulator.core.plan import Plan
from tests.scores import answer_score
from tests.ui.stand_ins import wait_reached
from tests.ui.waits import HANG_MS

ANSWERS = {
    "tech.overfit": "Overfitting means the network memorizes noise in the training set. I compare "
    "training and validation error on a held-out set, and use regularization or early stopping.",
    "beh.conflict": "Last year two colleagues disagreed about our feature store design. My task was to "
    "unblock the launch. I met each of them one on one and ran a benchmark. As a result we shipped "
    "two weeks early and latency fell by 30 percent.",
    "case.spam": "I would use user reports as labels, optimise precision because false positives are "
    "costly, and retrain because spammers adapt.",
}


def _wait_state(qtbot, window, state: State, timeout: int = 10000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.controller.state is state, timeout=timeout)


def test_typed_interview_from_home_to_scorecard(qtbot, window, data_dir) -> None:  # type: ignore[no-untyped-def]
    window.services.settings.follow_ups = False
    home = window.home
    home.preset.setCurrentIndex(home.preset.findData("Custom"))
    home.count.setValue(3)
    qtbot.mouseClick(home.start_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.interview

    page = window.interview
    for _ in range(3):
        _wait_state(qtbot, window, State.ANSWERING)
        question = window.controller.interview.current
        assert page.question.text() == question.prompt
        qtbot.keyClicks(page.answer, ANSWERS[question.id])
        qtbot.keyClick(page.answer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        _wait_state(qtbot, window, State.REVIEWING)
        qtbot.waitUntil(lambda: page.feedback.isVisible(), timeout=HANG_MS)
        page.next_button.click()

    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    assert window.controller.state is State.SCORECARD
    assert window.scorecard.table.rowCount() == 3
    assert window.scorecard.overall.text().isdigit()
    _assert_every_control_is_named(window)  # every page has been built by now

    db = sqlite3.connect(data_dir / "sessions.sqlite3")
    (status, score_json) = db.execute("SELECT status, score_json FROM sessions").fetchone()
    assert status == "finished" and score_json
    rows = db.execute(
        "SELECT question_id, mode, text, overall FROM answers ORDER BY position"
    ).fetchall()
    assert {r[0] for r in rows} == set(ANSWERS)
    assert all(r[1] == "typed" and r[2] == ANSWERS[r[0]] and r[3] is not None for r in rows)


def test_each_answer_is_committed_when_given(qtbot, window, data_dir) -> None:  # type: ignore[no-untyped-def]
    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    _wait_state(qtbot, window, State.ANSWERING)
    qtbot.keyClicks(window.interview.answer, "It memorizes noise; watch validation error.")
    window.interview.next_button.click()
    _wait_state(qtbot, window, State.REVIEWING)

    def saved() -> bool:
        db = sqlite3.connect(data_dir / "sessions.sqlite3")
        return db.execute("SELECT COUNT(*) FROM answers").fetchone()[0] == 1

    qtbot.waitUntil(saved, timeout=5000)
    assert window.controller.state is State.REVIEWING  # saved mid-interview, not at the end


def test_follow_up_asked_for_a_missed_key_point(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.start_interview(Plan(counts={"technical": 1}), False)
    _wait_state(qtbot, window, State.ANSWERING)
    qtbot.keyClicks(window.interview.answer, "Overfitting is when it memorizes noise in the data.")
    window.interview.next_button.click()
    _wait_state(qtbot, window, State.FOLLOW_UP)
    assert "detect it in practice" in window.interview.follow_up.text()
    qtbot.keyClicks(window.interview.answer, "I watch the validation error on a held-out set.")
    window.interview.next_button.click()
    _wait_state(qtbot, window, State.REVIEWING)


def test_pause_skip_and_end_by_keyboard(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window.start_interview(Plan(counts={"technical": 1, "behavioral": 1, "case": 1}), False)
    _wait_state(qtbot, window, State.ANSWERING)
    page = window.interview
    qtbot.keyClick(page.answer, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.state is State.PAUSED
    assert page.answer.isReadOnly()
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.state is State.ANSWERING
    qtbot.keyClick(page.answer, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    _wait_state(qtbot, window, State.ANSWERING)
    assert window.controller.interview.index == 1
    # said where it outlives the next question (nothing did: walkthrough 59)
    assert window.statusBar().currentMessage() == (
        "Question 1 skipped: it counts as 0 in the overall."
    )
    qtbot.keyClicks(page.answer, "unfinished thought about a conflict")
    from PySide6.QtWidgets import QMessageBox, QPushButton

    # one question still to come: Ctrl+E asks first (walkthrough 35); End interview is chosen
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.findChild(QPushButton, "endLeave").click()
    )
    qtbot.keyClick(page.answer, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    card = window.scorecard.scorecard
    assert card is not None
    texts = [p.text for a in card.answers for p in a.parts]
    assert "unfinished thought about a conflict" in texts


def test_every_control_has_names_and_shortcuts_in_tooltips(window) -> None:  # type: ignore[no-untyped-def]
    for button in window.findChildren(QPushButton):
        assert button.objectName(), button.text()
        assert button.accessibleName(), button.objectName()
        keys = button.property("shortcut_keys")
        if keys:
            assert button.toolTip().endswith(")"), button.objectName()


def test_an_interrupted_session_is_offered_and_resumed(qtbot, services, data_dir) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.main_window import MainWindow

    storage = services.storage
    sid = storage.create_session(
        {"name": "Custom", "question_ids": ["tech.overfit", "beh.conflict", "case.spam"]}
    )
    storage.add_answer(
        sid, "tech.overfit", 0, "typed", "It memorizes noise.", score=answer_score(40)
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.home.resume_button.isVisible, timeout=5000)
    assert "after 1 of 3 answers" in window.home.resume_banner.text()
    window.home.resume_button.click()
    wait_reached(qtbot, window, State.PREPARING)
    assert window.controller.interview.current.id == "beh.conflict"
    assert window.controller.session_id == sid
    window.shutdown()


def test_a_full_disk_keeps_answers_in_memory_and_saves_them_later(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from simulator.core.storage import StorageError

    window.services.settings.follow_ups = False
    storage = window.services.storage
    real_add = storage.add_answer
    full = {"on": True}

    def add_answer(*args, **kwargs):  # type: ignore[no-untyped-def]
        if full["on"]:
            raise StorageError(f"cannot write to {storage.path}: database or disk is full")
        return real_add(*args, **kwargs)

    monkeypatch.setattr(storage, "add_answer", add_answer)
    window.start_interview(Plan(counts={"technical": 1, "case": 1}), False)
    _wait_state(qtbot, window, State.ANSWERING)
    window.controller.submit("It memorizes noise; watch validation error.")
    qtbot.waitUntil(lambda: "disk is full" in window.interview.notice.text(), timeout=5000)
    assert window.controller.unsaved_count() == 1  # kept, not lost
    full["on"] = False
    window.controller.next_question()
    _wait_state(qtbot, window, State.ANSWERING)
    window.controller.submit("User reports as labels, precision matters.")
    qtbot.waitUntil(lambda: window.controller.unsaved_count() == 0, timeout=5000)
    assert [a.question_id for a in storage.answers(window.controller.session_id)] == [
        "tech.overfit",
        "case.spam",
    ]


def _assert_every_control_is_named(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QPlainTextEdit,
        QProgressBar,
        QSlider,
        QTextEdit,
        QWidget,
    )

    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractItemView, QPlainTextEdit)
    kinds += (QTextEdit, QProgressBar, QSlider, QLineEdit)
    unnamed = [
        f"{type(w).__name__} in {w.parent().objectName()!r}"
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds)
        and not isinstance(w, QHeaderView)  # a table's own header
        # parts of a composite control: a combo box's popup, a spin box's editor, a table's corner
        and not isinstance(w.parent(), (QComboBox, QAbstractSpinBox, QAbstractItemView))
        and w.parent().objectName() != ""  # Qt's internal helpers
        and not (w.objectName() and w.accessibleName())
    ]
    assert not unnamed


def test_a_behavioral_answer_has_a_star_timer_marked_by_keys(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"behavioral": 1, "technical": 1}), False)
    _wait_state(qtbot, window, State.ANSWERING)
    page = window.interview
    qtbot.waitUntil(page.star.isVisible, timeout=3000)
    assert [p.phase for p in page.star._phases if p.current] == ["situation"]
    qtbot.keyClick(page.answer, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.core.star.current == "action"
    qtbot.waitUntil(lambda: [p.phase for p in page.star._phases if p.current] == ["action"])
    qtbot.keyClicks(page.answer, "I led the migration and we shipped on time.")
    page.next_button.click()  # submit: the times stay on screen for the review
    _wait_state(qtbot, window, State.REVIEWING)
    assert page.star.isVisible()
    page.next_button.click()
    _wait_state(qtbot, window, State.ANSWERING)  # a technical question: no STAR timer
    assert not page.star.isVisible()
    page.grab()  # paints without errors


def test_the_window_gets_the_gil_back_quickly(window) -> None:  # type: ignore[no-untyped-def]
    """Worker threads running Python hand the GIL over within 1 ms, not Python's 5 ms."""
    import sys

    from simulator.ui.main_window import GIL_SWITCH_S

    assert abs(sys.getswitchinterval() - GIL_SWITCH_S) < 1e-6 and GIL_SWITCH_S <= 0.001
