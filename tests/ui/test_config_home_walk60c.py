"""The tests never write a person's own Qt settings (issue 8, walk60c): a file dialog keeps its
history, last folder and column widths in QtProject.conf under $XDG_CONFIG_HOME, and the suite's
dialogs wrote the real ~/.config/QtProject.conf (its history listed pytest's temp folders)."""

from __future__ import annotations

import os
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QMainWindow

from simulator.ui.file_dialogs import file_dialog


def _state(path: Path) -> tuple[int, int] | None:
    """The file's size and change time, or None while there is none."""
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def test_a_file_dialog_writes_its_state_outside_the_real_home(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    real = Path.home() / ".config" / "QtProject.conf"
    before = _state(real)
    config = Path(os.environ.get("XDG_CONFIG_HOME", ""))
    assert os.environ.get("XDG_CONFIG_HOME"), "the tests' Qt settings folder is not set"
    assert not config.resolve().is_relative_to(Path.home().resolve()), config
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = file_dialog(window, "Import data", str(tmp_path), "Anything (*)")
    # Qt's dialog saves its state when it is destroyed
    shiboken6.delete(dialog)
    assert _state(real) == before, f"{real} was written by a test"
    # ... and it did save it: into the tests' own folder
    assert (config / "QtProject.conf").is_file()
