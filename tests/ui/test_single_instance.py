"""One window per data folder (issue 12, item 8): a second launch brings the first window to
the front, or says the app is already running; never a second writer on one database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from simulator.instance import InstanceLock, server_name
from tests.ui.second_launch import launch_window

REPO = Path(__file__).resolve().parents[2]


def test_a_second_lock_on_the_same_folder_is_refused_until_released(tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    import os

    assert second.holder() == os.getpid()
    first.release()
    assert second.acquire()
    second.release()


def test_the_lock_dies_with_its_process(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"from simulator.instance import InstanceLock; import sys, time;"
         f"assert InstanceLock(__import__('pathlib').Path({str(tmp_path)!r})).acquire();"
         "print('held', flush=True); time.sleep(60)"],
        cwd=REPO, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert not InstanceLock(tmp_path).acquire()
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    lock = InstanceLock(tmp_path)
    assert lock.acquire()  # a crashed window leaves no stale lock
    lock.release()


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen only
def test_a_second_launch_raises_the_running_window(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.single_instance import RaiseServer, ask_to_raise

    name = server_name(tmp_path)
    server = RaiseServer(window, name)
    window.showMinimized()
    assert ask_to_raise(name)
    qtbot.waitUntil(lambda: server.raised_count == 1, timeout=3000)
    assert not window.isMinimized()


def test_a_second_gui_launch_on_a_held_folder_starts_no_window(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    try:
        done = launch_window(tmp_path)
        assert done.returncode == 1, done.stderr
        assert "already running" in done.stdout and str(tmp_path) in done.stdout
    finally:
        lock.release()


def test_a_read_only_folder_is_not_locked_against_reading(tmpfs) -> None:  # type: ignore[no-untyped-def]
    folder = tmpfs.mount()
    tmpfs.read_only(folder)
    lock = InstanceLock(folder)
    assert lock.acquire()  # no lock file can be made: browsing still opens
    lock.release()
