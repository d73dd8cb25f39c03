"""A session database another program holds locked when the app starts (issue 8: storage faults
at start), through the real window: the app ended with an error before. Now a dialog names the
file and the program holding it, and offers Retry, Continue read-only and Quit; read-only shows
every recorded session and writes nothing; Retry once the program is done opens it as usual."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from simulator.core import storage as storage_module
from simulator.core.storage import Storage, StorageError
from simulator.ui.locked_database import ask_when_locked
from tests.locked_database import held_locked
from tests.ui.waits import HANG_MS, wait_for_bank

SESSIONS = 3


@pytest.fixture(autouse=True)
def _short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage_module, "LOCK_WAIT", 0.2)  # not 5 s per attempt


def _recorded(data: Path) -> Path:
    data.mkdir(parents=True)
    path = data / "sessions.sqlite3"
    storage = Storage(path)
    for n in range(SESSIONS):
        sid = storage.create_session({"name": f"plan {n}", "question_ids": ["tech.overfitting"]})
        storage.add_answer(sid, "tech.overfitting", 0, "typed", f"answer {n}")
    storage.close()
    return path


def _answering(choices: list[Callable[[QMessageBox], str]], seen: list[str]) -> QTimer:
    """Each time the dialog is up, the next choice clicks one of its buttons (by name)."""
    timer = QTimer()

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            asked = isinstance(widget, QMessageBox) and widget.objectName() == "lockedDatabase"
            if asked and widget.isVisible() and choices:
                seen.append(widget.informativeText())
                name = choices.pop(0)(widget)
                button = widget.findChild(QPushButton, name)
                assert button is not None, name
                button.click()

    timer.timeout.connect(look)
    timer.start(20)
    return timer


def test_continue_read_only_shows_every_session_and_writes_nothing(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.app import open_window

    path = _recorded(data_dir)
    seen: list[str] = []
    with held_locked(path) as other:
        before = {
            p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in data_dir.iterdir()
            if p.is_file()
        }
        timer = _answering([lambda box: "readOnly"], seen)
        window = open_window(when_locked=ask_when_locked)
        timer.stop()
        qtbot.addWidget(window)
        try:
            (text,) = seen
            assert str(path) in text and f"process {other.pid}" in text
            storage = window.services.storage
            assert storage.read_only
            notice = window.home.read_only.message  # Home's read-only banner, at its top
            qtbot.waitUntil(notice.isVisible, timeout=HANG_MS)
            assert "locked" in notice.text() and "not saved" in notice.text()
            assert not window.home.storage_notice.isVisible()  # said once, not twice
            assert sorted(a.text for s in storage.sessions() for a in s.answers) == [
                f"answer {n}" for n in range(SESSIONS)
            ]
            with pytest.raises(StorageError):
                storage.create_session({"name": "new", "question_ids": []})
        finally:
            window.shutdown()
            window.services.storage.close()
        after = {
            p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in data_dir.iterdir()
            if p.is_file() and p.name in before
        }
        assert after == before


def test_retry_opens_it_once_the_other_program_is_done(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.app import open_window

    path = _recorded(data_dir)
    seen: list[str] = []
    with held_locked(path) as other:

        def release_then_retry(box: QMessageBox) -> str:
            other.release()  # the person closes the other program
            return "retry"

        timer = _answering([lambda box: "retry", release_then_retry], seen)
        window = open_window(when_locked=ask_when_locked)
        timer.stop()
        qtbot.addWidget(window)
        try:
            assert len(seen) == 2  # still locked at the first Retry: asked again
            storage = window.services.storage
            assert not storage.read_only and not storage.take_notices()
            assert len(storage.sessions()) == SESSIONS
            assert storage.create_session({"name": "new", "question_ids": []}) > 0
        finally:
            window.shutdown()
            window.services.storage.close()


def test_quit_ends_the_start_with_the_lock_named(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.app import open_window

    path = _recorded(data_dir)
    seen: list[str] = []
    with held_locked(path):
        timer = _answering([lambda box: "quit"], seen)
        with pytest.raises(StorageError) as caught:
            open_window(when_locked=ask_when_locked)
        timer.stop()
    assert caught.value.kind == "locked" and len(seen) == 1
    assert Storage(path).sessions()  # nothing was lost


@pytest.mark.parametrize(("key", "chosen"), [("R", "retry"), ("O", "read-only"), ("Q", "quit")])
def test_each_choice_has_a_key_of_its_own(qtbot, key: str, chosen: str) -> None:  # type: ignore[no-untyped-def]
    """Keyboard only (review27, in a real X window): '&Retry' and 'Continue &read-only' were
    both Alt+R, so Alt+R only moved the focus between them and chose neither."""
    from PySide6.QtCore import Qt

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.activateWindow()  # shortcuts go to the active window
        qtbot.waitUntil(box.isActiveWindow, timeout=HANG_MS)
        target = QApplication.focusWidget() or box
        qtbot.keyClick(target, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier)
        # A key that only moved the focus leaves the box open: Escape then (quit).
        QTimer.singleShot(200, lambda: box.isVisible() and box.reject())

    QTimer.singleShot(0, press)
    assert ask_when_locked(StorageError("another program holds it locked", "locked")) == chosen


def test_answers_given_in_a_read_only_run_are_not_promised_to_a_released_lock(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Tried for real (review27): opened read-only, an interview's answer could not be saved and
    the notice promised it 'saved with the next answer once the other program lets go of it';
    the other program let go, the next answer was not saved either (this run stays read-only,
    as Home says: 'start the app again to save new answers'). Quitting named the lock too."""
    from simulator.app import open_window
    from simulator.core.plan import Plan
    from simulator.core.session.journal import READ_ONLY_RUN
    from tests.ui.stand_ins import begin_answering

    path = _recorded(data_dir)
    with held_locked(path) as other:
        timer = _answering([lambda box: "readOnly"], [])
        window = open_window(when_locked=ask_when_locked)
        timer.stop()
    qtbot.addWidget(window)
    other.release()  # the other program is done: this run still cannot save
    texts: list[str] = []
    try:
        window.services.settings.follow_ups = False
        wait_for_bank(qtbot, window.services)
        window.start_interview(Plan(counts={"technical": 1}), False)
        begin_answering(qtbot, window)
        window.controller.submit("Overfitting memorizes the noise in the training data.")
        notice = window.interview.notice
        qtbot.waitUntil(lambda: "Could not save" in notice.text(), timeout=HANG_MS)
        assert "lets go of it" not in notice.text()
        assert "start the app again" in notice.text() and "file" in notice.text()
        assert window.controller.unsaved_count() == 1
        assert window.controller.unsaved_cause() == READ_ONLY_RUN

        def stay(box: QMessageBox) -> None:
            texts.append(f"{box.text()} {box.informativeText()}")
            box.findChild(QPushButton, "rescueStay").click()

        monkeypatch.setattr(QMessageBox, "exec", stay)
        window.go_home()
        assert not window.close()
        assert "read-only" in texts[0] and "lets go" not in texts[0] and "try again" not in texts[0]
        monkeypatch.setattr(
            QMessageBox, "exec", lambda box: box.findChild(QPushButton, "rescueQuit").click()
        )
    finally:
        window.shutdown()
        window.services.storage.close()
