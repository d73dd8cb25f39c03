"""A read-only run on Home (issue 8, review27): opened read-only because another program held the
session database at start, Home offered Start interview and Resume with no warning, and the
answers of that run were never saved. Now Home says at its top that the run is read-only and why
(the file, the program), Start and Resume ask first (answers kept only through a file at quit;
Escape cancels), and Try again (Alt+Y) opens the database as usual once the program is done.
Through the real window, with a real second process holding SQLite's exclusive lock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from simulator.core import storage as storage_module
from simulator.core.storage import Storage
from simulator.ui.locked_database import ask_when_locked
from tests.locked_database import held_locked
from tests.ui.mnemonics import assert_alt_letters_unique
from tests.ui.waits import HANG_MS, wait_for_bank

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage_module, "LOCK_WAIT", 0.2)


def _recorded(data: Path) -> Path:
    """One interview interrupted after an answer: Home offers to resume it."""
    data.mkdir(parents=True)
    path = data / "sessions.sqlite3"
    storage = Storage(path)
    sid = storage.create_session({"name": "plan", "question_ids": ["tech.overfitting"] * 2})
    storage.add_answer(sid, "tech.overfitting", 0, "typed", "kept answer")
    storage.close()
    return path


def _read_only_window(path: Path):  # type: ignore[no-untyped-def]
    from simulator.app import open_window

    def choose() -> None:
        for widget in QApplication.topLevelWidgets():
            asked = isinstance(widget, QMessageBox) and widget.objectName() == "lockedDatabase"
            if asked and widget.isVisible():
                button = widget.findChild(QPushButton, "readOnly")
                assert button is not None
                button.click()

    timer = QTimer()
    timer.timeout.connect(choose)
    timer.start(20)
    try:
        return open_window(when_locked=ask_when_locked)
    finally:
        timer.stop()


def _when_asked(qtbot, answer: Callable[[QMessageBox], None], seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The next read-only question is answered by ``answer`` (its texts kept in ``seen``)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not (isinstance(box, QMessageBox) and box.objectName() == "readOnlyConfirm"):
            QTimer.singleShot(20, look)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        answer(box)

    QTimer.singleShot(0, look)


def _escape(qtbot):  # type: ignore[no-untyped-def]
    def press(box: QMessageBox) -> None:
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    return press


def test_home_says_read_only_asks_before_start_and_resume_and_tries_again(
    qtbot, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    path = _recorded(data_dir)
    with held_locked(path) as other:
        window = _read_only_window(path)
        qtbot.addWidget(window)
        try:
            home, storage = window.home, window.services.storage
            assert storage.read_only
            banner = home.read_only
            qtbot.waitUntil(banner.isVisible, timeout=HANG_MS)
            text = banner.message.text()
            assert text.startswith("This run is read-only")
            assert str(path) in text and f"process {other.pid}" in text
            assert "file" in text and "Try again" in text
            assert banner.try_again_button.isVisible()
            # at the top: above the interrupted interview's banner and the page's title
            qtbot.waitUntil(home.interrupted.isVisible, timeout=HANG_MS)
            assert banner.y() < home.interrupted.y() < home.subtitle.mapTo(home, QPoint(0, 0)).y()
            assert_alt_letters_unique(home)
            wait_for_bank(qtbot, window.services)
            qtbot.waitUntil(home.start_button.isEnabled, timeout=HANG_MS)

            # Start asks first; Escape cancels: Home stays, no interview began
            seen: list[str] = []
            _when_asked(qtbot, _escape(qtbot), seen)
            home.start_button.setFocus()
            qtbot.keyClick(home.start_button, Qt.Key.Key_Return, CTRL)
            qtbot.waitUntil(lambda: len(seen) == 1, timeout=HANG_MS)
            assert seen[0].startswith("Start an interview that cannot be saved")
            assert "kept only if you save them to a file when you quit" in seen[0]
            assert f"process {other.pid}" in seen[0]
            assert window.stack.currentWidget() is home

            # Resume (Ctrl+R) asks too, with a button of its own; Escape cancels
            _when_asked(qtbot, _escape(qtbot), seen)
            home.resume_button.click()
            qtbot.waitUntil(lambda: len(seen) == 2, timeout=HANG_MS)
            assert seen[1].startswith("Resume this interview without saving")
            assert window.stack.currentWidget() is home

            # Try again while the program still holds it: still read-only, and Home says so
            banner.try_again_button.click()
            qtbot.waitUntil(
                lambda: banner.message.text().startswith("Still read-only"), timeout=HANG_MS
            )
            assert storage.read_only and f"process {other.pid}" in banner.message.text()
            qtbot.waitUntil(banner.try_again_button.isEnabled, timeout=HANG_MS)
        except BaseException:
            window.shutdown()
            storage.close()
            raise
    try:
        # the other program is done: Alt+Y (Try again) opens it as usual
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=HANG_MS)
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Y, ALT)
        qtbot.waitUntil(lambda: not storage.read_only, timeout=HANG_MS)
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=HANG_MS)
        # no notice left behind, not even an empty box (seen in a real X window)
        assert not home.storage_notice.isVisible() and not home.storage_notice.text()
        # Start now asks nothing: the interview begins and its session is saved
        asked: list[str] = []
        _when_asked(qtbot, lambda box: box.reject(), asked)
        home.start_button.click()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.interview, timeout=HANG_MS)
        assert not asked
        qtbot.waitUntil(lambda: len(storage.sessions()) == 2, timeout=HANG_MS)
    finally:
        window.shutdown()
        storage.close()


def test_start_anyway_begins_the_interview_it_warned_about(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Confirmed, Start runs the interview (its answers then kept through a file at quit)."""
    path = _recorded(data_dir)
    with held_locked(path):
        window = _read_only_window(path)
    qtbot.addWidget(window)
    try:
        wait_for_bank(qtbot, window.services)
        qtbot.waitUntil(window.home.start_button.isEnabled, timeout=HANG_MS)
        seen: list[str] = []
        buttons: list[str] = []

        def go(box: QMessageBox) -> None:
            buttons.extend(b.text() for b in box.buttons())
            assert box.defaultButton() is box.findChild(QPushButton, "readOnlyCancel")
            box.findChild(QPushButton, "readOnlyGo").click()

        _when_asked(qtbot, go, seen)
        window.home.start_button.click()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.interview, timeout=HANG_MS)
        assert len(seen) == 1 and sorted(buttons) == ["&Cancel", "&Start anyway"]
        assert window.services.storage.read_only
    finally:
        window.shutdown()
        window.services.storage.close()
