"""A data folder held by an archive import is said to be, not to be a running window's (attack
run 52: 'ml-interview archive import' of a 77 MB archive, and the window started meanwhile, or a
second import). The window said "The app is already running with the data folder X (process N).
Switch to that window, or start this one with another --data-dir." and the second import "the
app is running with the data folder X (process N): close its window first": there was no window,
only the first import, which ended seconds later."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.cli import main
from simulator.instance import IMPORT, InstanceLock
from tests.ui.second_launch import launch_window


def test_a_second_import_is_told_an_import_holds_the_folder_r52(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from simulator.core.archive import export_archive
    from simulator.core.storage import Storage

    other = Storage(tmp_path / "other" / "sessions.sqlite3")
    other.add_answer(other.create_session({"name": "x"}), "tech.a", 0, "typed", "theirs")
    export_archive(other, tmp_path / "archive.zip")
    other.close()
    data_dir.mkdir()
    first = InstanceLock(data_dir, IMPORT)  # as an import under way holds it
    assert first.acquire()
    try:
        code = main(["archive", "import", str(tmp_path / "archive.zip")])
        err = capsys.readouterr().err
    finally:
        first.release()
    assert code == 1
    assert f"an archive import (process {os.getpid()}) is using the data folder {data_dir}" in err
    assert "wait for it to end" in err and "window" not in err, err


def test_the_window_is_told_an_import_holds_the_folder_r52(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path, IMPORT)
    assert lock.acquire()
    try:
        done = launch_window(tmp_path)
    finally:
        lock.release()
    assert done.returncode == 1, done.stderr
    assert f"An archive import (process {os.getpid()}) is using the data folder" in done.stdout
    assert "Switch to that window" not in done.stdout, done.stdout


def test_a_window_still_reads_as_a_window_r52(tmp_path: Path) -> None:
    window = InstanceLock(tmp_path)
    assert window.acquire()
    try:
        other = InstanceLock(tmp_path)
        assert not other.holder_is_import() and other.holder() == os.getpid()
        said, by_import = other.held_by()
        assert "the app is running" in said and str(tmp_path) in said and not by_import
    finally:
        window.release()
