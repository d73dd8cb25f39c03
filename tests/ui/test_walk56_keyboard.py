"""Defects seen in the keyboard-only walk of round 56 (issue 8), each through the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui.waits import HANG_MS


def _answer_the_file_dialog(name: str | None) -> list[str]:
    """Once the app's file dialog is up: type ``name`` and accept it, or cancel (``None``)."""
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.windowTitle())
        if name is None:
            dialog.reject()
        else:
            dialog.selectFile(name)
            dialog.accept()

    QTimer.singleShot(0, answer)
    return seen


def _history_with_the_keyboard(qtbot, window):  # type: ignore[no-untyped-def]
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    window.past.open_history()
    table = window.past.history.table
    qtbot.waitUntil(table.isVisible, timeout=HANG_MS)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=HANG_MS)
    return table


def test_the_keyboard_is_back_in_history_after_exporting_all_data_r56(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path
) -> None:
    """Walk 56 (History, Interview > Export all data…, a file name typed, Enter): the archive
    was written, but the window was left inactive: no focus ring on the table, and Ctrl+G or
    Alt+I (the menu) did nothing until the window was clicked. Cancelling the dialog left it
    the same way. The keyboard is back on the table, the window active, either way."""
    from tests.ui.typed_session import TWO_ANSWERS, stored_typed_session

    stored_typed_session(services.storage, services.bank, TWO_ANSWERS, {"name": "Full loop"})
    table = _history_with_the_keyboard(qtbot, window)
    for name in (None, str(tmp_path / "all-data.zip")):
        seen = _answer_the_file_dialog(name)
        window._archive("export_all")
        qtbot.waitUntil(lambda seen=seen: bool(seen), timeout=HANG_MS)
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=HANG_MS)
        qtbot.wait(50)
        assert window.isActiveWindow(), name
        assert QApplication.focusWidget() is table, (name, QApplication.focusWidget())
    qtbot.waitUntil(lambda: (tmp_path / "all-data.zip").exists(), timeout=HANG_MS)
    # and the window's keys work again: Ctrl+G opens Progress
    qtbot.keyClick(table, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past.progress, timeout=HANG_MS)


def test_a_bad_archive_s_message_gives_the_keyboard_back_to_history_r56(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    """Walk 56: Import data… of a file that is no zip: the message named it, but once it was
    closed nothing had the keyboard (it had none to give back: the file dialog had left the
    window inactive). After the message the keyboard is on the table again."""
    from PySide6.QtWidgets import QMessageBox

    bad = tmp_path / "notes.zip"
    bad.write_text("not a zip")
    table = _history_with_the_keyboard(qtbot, window)
    seen = _answer_the_file_dialog(str(bad))
    window._archive("import_all")
    qtbot.waitUntil(lambda: bool(seen), timeout=HANG_MS)
    box = None

    def message() -> bool:
        nonlocal box
        box = window.findChild(QMessageBox, "archiveFailed")
        return box is not None and box.isVisible()

    qtbot.waitUntil(message, timeout=HANG_MS)
    assert str(bad) in box.text()
    box.activateWindow()  # a window manager's part; offscreen has none
    qtbot.waitUntil(box.isActiveWindow, timeout=HANG_MS)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table, timeout=3000)


def test_the_first_answer_s_final_words_replace_its_quick_ones_on_the_wrap_up_r56(window) -> None:  # type: ignore[no-untyped-def]
    """Walk 56 (spoken, dark; a follow-up answered, then Ctrl+Enter "See the scorecard"): while
    the scorecard was prepared the page said "Question 2: score updated 78 → 89 (the whole
    recording was transcribed again)" above the quick transcript ("I would choose it over What
    do you mean means?"), not the words stored and scored ("... over k-means."). The two
    answers stay shown together, each with its final words, after the question's review too
    (the wrap-up, or paused)."""
    from simulator.core.interview import State
    from simulator.core.session import events as ev

    page = window.interview
    question = window.services.bank.get("tech.overfit")
    quick, whole = "it memorizes what do you mean noise", "it memorizes noise in the training set"
    follow_quick, follow_whole = "the validation error", "the validation error on a held-out set"
    states = [State.IDLE, State.ASKING, State.PREPARING, State.ANSWERING, State.TRANSCRIBING]

    def go(*new: State) -> None:
        for state in new:
            page.render_event(ev.StateChanged(states[-1], state))
            states.append(state)

    page.render_event(ev.ModeChanged(spoken=True, voice=False))
    page.render_event(ev.QuestionShown(question, 2, 2, ""))
    go(State.ASKING, State.PREPARING, State.ANSWERING, State.TRANSCRIBING)
    page.render_event(ev.TranscriptShown(quick, 2, 0))
    go(State.ASKING_FOLLOW_UP)
    page.render_event(ev.QuestionShown(question, 2, 2, "How would you detect it?"))
    go(State.FOLLOW_UP, State.TRANSCRIBING)
    page.render_event(ev.TranscriptShown(follow_quick, 2, 1))
    go(State.REVIEWING, State.PAUSED)
    page.render_event(ev.TranscriptShown(whole, 2, 0, final=True))
    shown = page.answer.toPlainText()
    assert whole in shown and quick not in shown, shown
    assert "Follow-up: How would you detect it?" in shown and follow_quick in shown, shown
    go(State.REVIEWING, State.WRAP_UP)
    page.render_event(ev.TranscriptShown(follow_whole, 2, 1, final=True))
    shown = page.answer.toPlainText()
    assert whole in shown and follow_whole in shown, shown
    assert shown.index(whole) < shown.index("Follow-up: How would you detect it?"), shown
