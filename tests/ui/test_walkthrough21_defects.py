"""Defects met in the twenty-first keyboard-only walkthrough of the real window (offscreen here)."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from tests.scores import answer_score, session_score


def _typed_session(storage, plan: str, qid: str, text: str, overall: int) -> int:  # type: ignore[no-untyped-def]
    sid = storage.create_session({"name": plan, "question_ids": [qid]})
    storage.add_answer(sid, qid, 0, "typed", text, score=answer_score(overall))
    storage.finish_session(sid, session_score(overall))
    return sid


def test_tab_leaves_the_history_table(qtbot, window, services) -> None:  # type: ignore[no-untyped-def]
    """Tab in History's table moved an unseen current cell along the selected row, then on to
    the next rows: the keyboard never left the table for the buttons under it."""
    _typed_session(services.storage, "Quick practice", "tech.overfit", "It memorizes noise.", 35)
    _typed_session(services.storage, "System design", "case.spam", "Start with the metric.", 80)
    qtbot.keyClick(
        window.home.preset,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._history, timeout=5000)
    page = window.past.history
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 2, timeout=5000)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.table
    # and no table of any page keeps Tab for itself
    attempts = window.past.attempts  # built on first use
    tables = window.findChildren(QTableView)
    assert attempts.figures in tables
    assert [t.objectName() for t in tables if t.tabKeyNavigation()] == []


class _Rendering:
    """A speaker whose every text renders at once to a file (never played: no output here)."""

    def __init__(self, path) -> None:  # type: ignore[no-untyped-def]
        self.path = path
        self.rendered: list[str] = []

    def render_parts(self, text: str) -> list[Future[Path]]:
        self.rendered.append(text)
        done: Future[Path] = Future()
        done.set_result(self.path)
        return [done]


def test_a_voice_known_unheard_is_not_shown_speaking(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With no audio output, every later question was still rendered first: the page said
    "Interviewer is speaking" and "Listen to the question" for seconds of silence, under the
    notice that questions are shown as text only."""
    from PySide6.QtMultimedia import QMediaDevices

    from simulator.ui.interviewer_voice import NO_OUTPUT, InterviewerVoice
    from simulator.ui.tasks import TaskManager

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    speaker = _Rendering(tmp_path / "part.wav")
    tasks = TaskManager()
    voice = InterviewerVoice(speaker, tasks)  # type: ignore[arg-type]
    speaking: list[bool] = []
    notices: list[str] = []
    voice.speaking_changed.connect(speaking.append)
    voice.notice_posted.connect(notices.append)
    said: list[str] = []
    voice.say("Welcome.", lambda: said.append("welcome"))
    qtbot.waitUntil(lambda: said == ["welcome"], timeout=5000)
    assert notices == [NO_OUTPUT]  # learnt by trying: the first text was rendered
    speaking.clear()
    voice.say("The first question?", lambda: said.append("question"))
    qtbot.waitUntil(lambda: said == ["welcome", "question"], timeout=5000)
    assert True not in speaking, "shown speaking while nothing could be heard"
    assert speaker.rendered == ["Welcome."]  # nothing rendered for nobody to hear
    assert tasks.shutdown(5000)
