"""A full disk at the end of an interview, in the real window (issue 12, item 7): Ctrl+E tries
again, Home leaves the wrap-up, and quitting with answers still in memory offers a file
elsewhere instead of losing them."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton

from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.core.storage import StorageError
from simulator.ui import rescue_dialog
from tests.ui.stand_ins import begin_answering
from tests.ui.waits import HANG_MS


def _full_disk_at_wrap_up(qtbot, window, monkeypatch) -> dict[str, bool]:  # type: ignore[no-untyped-def]
    window.services.settings.follow_ups = False
    storage = window.services.storage
    full = {"on": False}
    for method in ("add_answer", "finish_session", "update_score"):
        real = getattr(storage, method)

        def call(*a, _real=real, **k):  # type: ignore[no-untyped-def]
            if full["on"]:
                raise StorageError(f"cannot write to {storage.path}: the disk is full", "full")
            return _real(*a, **k)

        monkeypatch.setattr(storage, method, call)
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    full["on"] = True
    window.controller.submit("Overfitting memorizes the noise in the training data.")
    qtbot.waitUntil(lambda: window.controller.state is State.REVIEWING, timeout=HANG_MS)
    window.controller.next_question()
    qtbot.waitUntil(lambda: window.controller.wrap_up_failed, timeout=HANG_MS)
    return full


def test_ctrl_e_saves_once_there_is_room(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    full = _full_disk_at_wrap_up(qtbot, window, monkeypatch)
    assert "could not be saved" in window.interview.notice.text()
    full["on"] = False
    window.controller.end()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.scorecard, timeout=HANG_MS)
    assert window.controller.unsaved_count() == 0


def test_home_leaves_and_quitting_offers_a_recovery_file(
    qtbot, window, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _full_disk_at_wrap_up(qtbot, window, monkeypatch)
    window.go_home()
    assert window.stack.currentWidget() is window.home
    assert window.controller.unsaved_count() == 1

    target = tmp_path / "usb" / "answers.json"
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.findChild(QPushButton, "rescueSave").click()
    )
    monkeypatch.setattr(rescue_dialog, "ask_rescue_path", lambda _parent: str(target))
    assert window.close()
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["sessions"][0]["answers"][0]["text"].startswith("Overfitting memorizes")


def test_staying_keeps_the_window_open(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _full_disk_at_wrap_up(qtbot, window, monkeypatch)
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.findChild(QPushButton, "rescueStay").click()
    )
    assert not window.close()
    assert window.isVisible() and window.controller.unsaved_count() == 1
    # When the test closes the window, quit without the dialog.
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.findChild(QPushButton, "rescueQuit").click()
    )


def test_closing_while_an_answer_is_being_written_waits_for_it_and_asks_nothing(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """An answer on its way to disk is not a lost one: closing just after submitting waits for
    the write, then closes without the "could not be saved" dialog (it used to show it, and a
    test run sat in that modal dialog until CI's time ran out)."""
    import threading

    window.services.settings.follow_ups = False
    storage = window.services.storage
    release = threading.Event()
    real = storage.add_answer

    def slow_add(*a, **k):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(*a, **k)

    monkeypatch.setattr(storage, "add_answer", slow_add)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.objectName()))
    window.start_interview(Plan(counts={"technical": 1}), False)
    begin_answering(qtbot, window)
    window.controller.submit("Overfitting memorizes the noise in the training data.")
    assert window.controller.unsaved_count() == 1  # on its way
    threading.Timer(0.3, release.set).start()
    assert window.close()
    assert asked == []
    assert any(
        a.text.startswith("Overfitting memorizes")
        for s in storage.sessions()
        for a in storage.answers(s.id)
    )


# Another program writing to the database (its write lock held, as the brief's BEGIN EXCLUSIVE
# by a database browser): the app's connection stays open and can read, but not write.
_WRITER_HOLDING_THE_LOCK = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=10)
db.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
sys.stdin.readline()
db.close()
"""


def test_a_database_another_program_locks_mid_interview_is_named_when_quitting(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Found in a real run (review27): with another program holding the session database
    locked (BEGIN EXCLUSIVE, a database browser), an answer stayed in memory, yet Ctrl+Q said
    'The answers you have given are saved', and the next box blamed a full disk ('try again
    once there is room')."""
    import subprocess
    import sys

    window.services.settings.follow_ups = False
    window.start_interview(Plan(counts={"technical": 2}), False)
    begin_answering(qtbot, window)
    qtbot.waitUntil(lambda: window.controller.session_id is not None, timeout=HANG_MS)
    qtbot.waitUntil(lambda: not window.controller.busy(), timeout=HANG_MS)
    texts: dict[str, str] = {}

    def answer(box: QMessageBox) -> None:
        texts[box.objectName()] = f"{box.text()} {box.informativeText()}"
        name = "quitLeave" if box.objectName() == "quitInterviewBox" else "rescueStay"
        box.findChild(QPushButton, name).click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    holder = subprocess.Popen(
        [sys.executable, "-c", _WRITER_HOLDING_THE_LOCK, str(window.services.storage.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    try:
        assert holder.stdout.readline().strip() == "held"
        window.controller.submit("Overfitting memorizes the noise in the training data.")
        qtbot.waitUntil(lambda: "locked" in window.interview.notice.text(), timeout=HANG_MS)
        assert window.controller.unsaved_count() == 1
        window.quit_asked()
        assert window.isVisible()  # stayed: the answer is still in memory
        quit_text, rescue_text = texts["quitInterviewBox"], texts["unsavedAnswersBox"]
        assert "are saved" not in quit_text and "1 of the answers" in quit_text
        assert "another program" in rescue_text and "lets go of it" in rescue_text
        assert "disk is full" not in rescue_text and "room" not in rescue_text
    finally:
        holder.stdin.close()  # its transaction ends with it
        holder.wait(timeout=30)
        holder.stdout.close()
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.findChild(QPushButton, "rescueQuit").click()
    )


def test_the_quit_box_names_the_database_and_counts_one_answer_as_it_attack60b(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Quitting in the real window while another program held the database (attack60b): the
    box said "1 answer could not be saved to the data folder ... Save them to a file", naming
    no folder, and one answer "them"."""
    _full_disk_at_wrap_up(qtbot, window, monkeypatch)
    said: list[str] = []

    def answer(box: QMessageBox) -> None:
        said.append(f"{box.text()} {box.informativeText()}")
        box.findChild(QPushButton, "rescueStay").click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert not window.close()
    (text,) = said
    assert str(window.services.storage.path) in text, text
    assert "Save it to a file" in text and "them" not in text, text
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.findChild(QPushButton, "rescueQuit").click()
    )
