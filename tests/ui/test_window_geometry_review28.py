"""The window's kept size and place (``ui.window_geometry``) on a screen smaller than the one it
was closed on (review28)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect


def test_a_window_kept_on_a_larger_screen_opens_whole_on_a_smaller_one(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Closed at (300, 200) on a larger screen, it opened with its size fitted to the smaller
    one but its place kept: its top-left corner on the screen, most of it past the right and
    bottom edges. Now the whole frame is moved onto the screen."""
    from PySide6.QtWidgets import QMainWindow

    from simulator.ui.window_geometry import keep, restore

    kept = tmp_path / "window.json"
    closed = QMainWindow()
    qtbot.addWidget(closed)
    closed.setGeometry(300, 200, 400, 300)
    keep(closed, kept)
    opened = QMainWindow()
    qtbot.addWidget(opened)
    small = QRect(0, 0, 500, 400)
    assert restore(opened, kept, small)
    assert opened.size().width() == 400 and opened.size().height() == 300
    assert small.contains(opened.frameGeometry()), opened.frameGeometry()


def test_a_window_kept_on_the_screen_stays_where_it_was(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    from simulator.ui.window_geometry import keep, restore

    kept = tmp_path / "window.json"
    closed = QMainWindow()
    qtbot.addWidget(closed)
    closed.setGeometry(50, 40, 400, 300)
    keep(closed, kept)
    opened = QMainWindow()
    qtbot.addWidget(opened)
    assert restore(opened, kept, QRect(0, 0, 800, 600))
    assert opened.frameGeometry().topLeft() == closed.frameGeometry().topLeft()
