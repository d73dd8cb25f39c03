"""What the window's start did twice or more (issue 8, stall65): each move of the built pages
(every widget of the app styled by the theme's sheet again) took ~10 ms of the start's CPU.
The pages were built, put in a stack with no window, and the stack put in the window; on a
screen smaller than the pages (the offscreen platform's 800 x 800 one too), they moved four
times more into a scroll area (to no parent, into a holder, the holder into the scroll area,
the scroll area into the window). They now move into a stack already in the window, and once
within the window into the scroll area. The window's icon (an SVG read by Qt's plugin and five
PNGs, ~12 ms) is set after the first paint."""

from __future__ import annotations

import collections
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QScrollArea


class _Count(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.events: collections.Counter[QEvent.Type] = collections.Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        self.events[event.type()] += 1
        return False


def test_the_pages_move_once_into_a_small_screens_scroll_area(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    try:
        stack, button = _Count(), _Count()
        window.stack.installEventFilter(stack)
        window.home.start_button.installEventFilter(button)
        window.place_on_screen(QRect(0, 0, 800, 600), None)
        area = window.centralWidget()
        assert isinstance(area, QScrollArea) and area.widget().isAncestorOf(window.stack)
        assert stack.events[QEvent.Type.ParentChange] == 1  # 2 before: to no parent first
        # a widget inside the pages is styled again once (4 times before, a move each)
        assert button.events[QEvent.Type.StyleChange] <= 1, button.events
    finally:
        window.shutdown()


def test_the_pages_are_built_into_a_stack_already_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, services, monkeypatch
) -> None:
    from PySide6.QtWidgets import QStackedWidget

    import simulator.ui.main_window as main_window

    added_in: list[object] = []

    class Stack(QStackedWidget):
        def addWidget(self, page):  # type: ignore[no-untyped-def]  # noqa: N802 (Qt's name)
            added_in.append(self.window())
            return super().addWidget(page)

    monkeypatch.setattr(main_window, "QStackedWidget", Stack)
    window = main_window.MainWindow(services)
    qtbot.addWidget(window)
    try:
        assert window.centralWidget() is window.stack
        # each page moved once, into the window (before: into the stack, then with it)
        window.interview  # noqa: B018 (built after the first paint, or when asked for)
        assert added_in == [window, window], added_in
    finally:
        window.shutdown()


CODE = """
from PySide6.QtWidgets import QApplication
from simulator.app import open_window
w = open_window()
print("icon before the paint:", not QApplication.windowIcon().isNull())
QApplication.processEvents(); w.grab()
for _ in range(20):
    QApplication.processEvents()
print("icon after the paint:", not QApplication.windowIcon().isNull())
w.shutdown()
"""


def test_the_window_icon_is_set_after_the_first_paint(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ML_INTERVIEW_DATA_DIR=str(tmp_path))
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", CODE], env=env, cwd=root, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert "icon before the paint: False" in out.stdout, out.stdout
    assert "icon after the paint: True" in out.stdout, out.stdout


PAGE_CODE = """
import sys, time
from PySide6.QtWidgets import QApplication
from simulator.app import open_window
w = open_window()
QApplication.processEvents(); w.grab()
print("page at the paint:", "simulator.ui.pages.interview" in sys.modules, w._interview is not None)
deadline = time.monotonic() + 60
while w._interview is None and time.monotonic() < deadline:
    QApplication.processEvents()
    time.sleep(0.01)
print("page after:", w._interview is not None, w.stack.indexOf(w._interview) >= 0)
w.shutdown()
"""


def test_the_interview_page_is_built_after_the_first_paint(tmp_path: Path) -> None:
    """Its modules and widgets took ~35 ms of the start's CPU before the first paint."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ML_INTERVIEW_DATA_DIR=str(tmp_path))
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", PAGE_CODE], env=env, cwd=root, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "page at the paint: False False" in out.stdout, out.stdout
    assert "page after: True True" in out.stdout, out.stdout


def test_the_interview_page_asked_for_before_its_turn_is_built_then(qtbot, services) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    try:
        assert window._interview is None and not window.showing_interview()
        page = window.interview  # (a start, a resume: whatever asks first)
        assert page is window.interview and window.stack.indexOf(page) >= 0
        window.stack.setCurrentWidget(page)
        assert window.showing_interview()
        page._spoken = page._recording = True  # a spoken answer being recorded
        window.voice_answers.caption_changed.emit("heard so far")  # connected as it is built
        assert page.answer.toPlainText() == "heard so far"
    finally:
        window.shutdown()
