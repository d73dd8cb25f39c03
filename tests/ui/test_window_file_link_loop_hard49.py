"""window.json that is a link leading to itself (attack run 49, real window): Home said "The
window's size from last time could not be read from .../window.json (Too many levels of
symbolic links): it opened at its default size.", the system's words and no way out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QMainWindow

from simulator.ui.window_geometry import restore


def test_a_window_file_link_loop_says_what_to_remove_hard49(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kept = tmp_path / "window.json"
    kept.symlink_to(kept)
    window = QMainWindow()
    qtbot.addWidget(window)
    said = restore(window, kept, QRect(0, 0, 1280, 800))
    assert said == (
        f"The window's size from last time could not be read from {kept} (a link in its "
        "place leads to itself or round in a loop: remove that link): it opened at its "
        "default size."
    ), said
