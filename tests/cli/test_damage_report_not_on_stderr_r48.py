"""A command that finds the session database damaged says so in its own one-line notice only
(review of round 48: `ml-interview history` printed SQLite's check report first, five lines of
'Page 12: btreeInitPage() returns error code 11', through Python's last-resort log handler,
since no log file is set up for a command). Run as a process: pytest's own log handlers would
hide the last-resort one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.core.test_damage_said_plainly_hard48 import _damaged


def test_a_damaged_database_is_said_once_by_a_command_r48(tmp_path: Path) -> None:
    _damaged(tmp_path / "sessions.sqlite3")
    root = Path(__file__).resolve().parents[2]  # this checkout's code, whatever the cwd
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "--data-dir", str(tmp_path), "history"],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=120,
        check=False,
    )
    assert "was damaged (pages are corrupt" in done.stderr, done.stderr
    assert "btreeInitPage" not in done.stderr and "***" not in done.stderr, done.stderr
