"""Walkthrough 28 (ux28, keyboard only, in a real X window at 960x640 and 1280x800, light and
dark): each defect seen there, through the real window, with a real second process holding the
session database locked where the run is read-only."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core import storage as storage_module
from simulator.core.interview import State
from simulator.core.plan import Plan
from simulator.core.questions import load_packs
from simulator.core.session.read_only import read_only_run
from simulator.core.storage import Storage
from simulator.services import Services
from simulator.settings import Settings
from tests.locked_database import held_locked
from tests.ui.conftest import PACK
from tests.ui.stand_ins import begin_answering, wait_reached
from tests.ui.waits import HANG_MS, wait_for_bank


@pytest.fixture(autouse=True)
def _short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage_module, "LOCK_WAIT", 0.2)


def _read_only_window(qtbot, path: Path):  # type: ignore[no-untyped-def]
    """The window of a run opened read-only (another program holds ``path`` locked)."""
    from simulator.ui.main_window import MainWindow

    storage = Storage(path, if_locked="read-only", lock_wait=0.2)
    assert storage.read_only
    services = Services(
        bank=load_packs([PACK]),
        storage=storage,
        settings=Settings(voice_enabled=False, follow_ups=False),
        speaker=None,
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


def _database(data: Path) -> Path:
    data.mkdir(parents=True, exist_ok=True)
    path = data / "sessions.sqlite3"
    Storage(path).close()
    return path


def test_the_status_bar_does_not_repeat_the_read_only_banner(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Seen at start of a locked run: the banner at Home's top said the database is locked
    and why, and the status bar below said it again, cut off at the window's edge."""
    path = _database(data_dir)
    with held_locked(path):
        window = _read_only_window(qtbot, path)
        try:
            banner = window.home.read_only
            qtbot.waitUntil(banner.isVisible, timeout=HANG_MS)
            assert "locked" in banner.message.text()
            qtbot.wait(1200)  # the window's notice timer has run again meanwhile
            assert window.statusBar().currentMessage() == ""
            assert not window.home.storage_notice.isVisible()
        finally:
            window.shutdown()
            window.services.storage.close()


def test_answers_given_read_only_are_saved_once_try_again_opens_the_database(
    qtbot, data_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """An interview given in a read-only run ends with 'could not be saved'; Home (Escape)
    keeps its answers in memory. Try again then opened the database, said 'new answers are
    saved', and the answers already given stayed in memory only (quitting still offered a
    file). Now they are written as Try again opens it, and Home says so."""
    path = _database(data_dir)
    with held_locked(path) as other:
        window = _read_only_window(qtbot, path)
        try:
            page = window.interview
            window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
            wait_reached(qtbot, window, State.PREPARING)
            qtbot.keyClicks(page.answer, "Overfitting is when a model memorises noise.")
            window.controller.end(page.answer.toPlainText())
            qtbot.waitUntil(lambda: window.controller.wrap_up_failed, timeout=HANG_MS)
            assert window.controller.unsaved_count() == 1
            window.go_home()
            assert window.stack.currentWidget() is window.home
            other.release()  # the person closes the other program
        except BaseException:
            window.shutdown()
            window.services.storage.close()
            raise
    storage = window.services.storage
    try:
        banner = window.home.read_only
        banner.try_again_button.click()
        qtbot.waitUntil(lambda: not storage.read_only, timeout=HANG_MS)
        bar = window.statusBar()
        qtbot.waitUntil(lambda: "1 answer" in bar.currentMessage(), timeout=HANG_MS)
        assert window.controller.unsaved_count() == 0
        sessions = storage.sessions()
        assert [a.text for s in sessions for a in s.answers] == [
            "Overfitting is when a model memorises noise."
        ]
        # finished with its summary, as its wrap-up would have: not left as interrupted
        assert [s.status for s in sessions] == ["finished"] and sessions[0].score is not None
        assert "is saved too" in bar.currentMessage()
        qtbot.waitUntil(lambda: window.home.history.count() == 1, timeout=HANG_MS)  # listed
    finally:
        window.shutdown()
        storage.close()


def _opened(qtbot):  # type: ignore[no-untyped-def]
    """The window as the app opens it (its size placed for the screen, kept at close)."""
    from simulator.app import open_window

    window = open_window()
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    return window


def _closed(window) -> None:  # type: ignore[no-untyped-def]
    window.shutdown()
    window.services.storage.close()


def test_the_window_fits_a_screen_smaller_than_its_pages(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """On a 1024x600 screen (seen in a real X window) the window opened at its smallest size,
    1000x640: Start interview and Settings were below the screen's edge, out of reach. Now
    it fits the screen and the page scrolls; Tab brings Start interview into view. (The
    offscreen platform's screen is 800 px wide: smaller than the pages' 960.)"""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QApplication, QScrollArea

    screen = QApplication.primaryScreen()
    available = screen.availableGeometry()
    assert available.width() < 960 + 24  # a screen too small for the pages' layout
    window = _opened(qtbot)
    try:
        assert window.width() <= available.width() - 24
        assert window.height() <= available.height() - 40
        area = window.centralWidget()
        assert isinstance(area, QScrollArea) and area.isAncestorOf(window.stack)
        assert window.stack.height() >= window.home.minimumSizeHint().height()
        wait_for_bank(qtbot, window.services)
        start = window.home.start_button
        qtbot.waitUntil(start.isEnabled, timeout=HANG_MS)
        window.activateWindow()
        window.home.answer_mode.setFocus()
        for _ in range(40):  # Tab through Home to Start interview
            if QApplication.focusWidget() is start:
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is start
        corner = start.mapTo(area.viewport(), QPoint(0, 0))
        assert area.viewport().rect().contains(corner)  # in view, not past the edge
    finally:
        _closed(window)


def test_the_window_opens_as_it_was_last_closed(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Resized or maximised, the window opened at its default size again on the next start."""
    window = _opened(qtbot)
    try:
        window.resize(window.minimumSize().width(), window.minimumSize().height() + 20)
        size = window.size()
    finally:
        _closed(window)
    assert (data_dir / "window.json").is_file()
    assert oct((data_dir / "window.json").stat().st_mode & 0o777) == oct(0o600)
    window = _opened(qtbot)
    try:
        assert window.size() == size
        window.showMaximized()
        qtbot.waitUntil(window.isMaximized, timeout=HANG_MS)
    finally:
        _closed(window)
    window = _opened(qtbot)
    try:
        assert window.isMaximized()
    finally:
        _closed(window)
    (data_dir / "window.json").write_text("{not json", encoding="utf-8")  # damaged: default
    window = _opened(qtbot)
    try:
        assert not window.isMaximized() and window.isVisible()
    finally:
        _closed(window)


def test_the_locked_database_question_is_asked_in_the_persons_theme(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Dark theme chosen: the question asked when another program holds the database at start
    (Retry, Continue read-only, Quit) came up light, before the theme was applied."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from simulator.app import open_window
    from simulator.core.storage import StorageError
    from simulator.ui.style import apply_theme

    path = _database(data_dir)
    (data_dir / "settings.json").write_text('{"theme": "dark"}', encoding="utf-8")
    seen: list[int] = []

    def ask(exc: StorageError) -> str:
        seen.append(QApplication.palette().color(QPalette.ColorRole.Window).lightness())
        return "quit"

    try:
        with held_locked(path), pytest.raises(StorageError):
            open_window(when_locked=ask)
        assert len(seen) == 1 and seen[0] < 128  # dark
    finally:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, "system")  # as the other tests expect it


def test_on_a_low_screen_the_page_shown_fits_without_scrolling(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """On a 1024x600 screen the pages scrolled as tall as the tallest page, hidden ones too: the
    interview page's Submit answer and the Scorecard's buttons were below the fold. The page
    shown is now as small as its own layout allows, so Home and the interview fit whole."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QScrollArea

    window.place_on_screen(QRect(0, 0, 1024, 600), None)
    assert window.height() <= 600 - 40
    area = window.centralWidget()
    assert isinstance(area, QScrollArea)

    def in_view(widget) -> bool:  # type: ignore[no-untyped-def]
        corner = widget.mapTo(area.viewport(), QPoint(widget.width(), widget.height()))
        return area.viewport().rect().contains(corner - QPoint(1, 1))

    qtbot.waitUntil(lambda: in_view(window.home.start_button), timeout=HANG_MS)
    assert not area.verticalScrollBar().isVisible()
    window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
    wait_reached(qtbot, window, State.PREPARING)
    qtbot.waitUntil(lambda: in_view(window.interview.next_button), timeout=HANG_MS)
    assert in_view(window.interview.end_button)
    assert area.verticalScrollBar().value() == 0


def test_a_save_failure_during_an_interview_is_said_once_and_whole(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Read-only run, Start anyway: 'Could not save to …: another program held it locked …'
    was said in the notice above the answer and again in the status bar, whose one line was
    cut at the window's edge. Now the notice says it (wrapped, whole); the bar stays clear."""
    path = _database(data_dir)
    with held_locked(path):
        window = _read_only_window(qtbot, path)
        try:
            page = window.interview
            window.start_interview(Plan(counts={"technical": 1}, name="Custom"), False)
            qtbot.waitUntil(lambda: page._save_failing, timeout=HANG_MS)
            assert window.statusBar().currentMessage() == ""
            assert "Could not save" in page._save_failure
            window.controller.end("")
        finally:
            window.shutdown()
            window.services.storage.close()


def test_an_interview_in_a_read_only_run_says_so_on_every_question(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """Started anyway in a read-only run, the interview said once that it could not save (as
    its session could not be created) and from the first question on nothing said so."""
    path = _database(data_dir)
    with held_locked(path):
        window = _read_only_window(qtbot, path)
        try:
            page = window.interview
            window.start_interview(Plan(counts={"technical": 1, "case": 1}, name="C"), False)
            begin_answering(qtbot, window)
            window.controller.submit("Overfitting is when a model memorises noise.")
            qtbot.waitUntil(lambda: window.controller.state is State.REVIEWING, timeout=HANG_MS)
            qtbot.waitUntil(lambda: not window.controller.busy(), timeout=HANG_MS)  # its failure
            window.controller.next_question()
            wait_reached(qtbot, window, State.PREPARING)
            run = read_only_run(window.services.storage)
            assert run is not None and page.notices.label.isVisible()
            assert page.notices.label.text() == run.interview_notice()
            window.controller.end("")
        finally:
            window.shutdown()
            window.services.storage.close()
