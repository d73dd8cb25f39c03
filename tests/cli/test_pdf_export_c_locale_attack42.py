"""PDF export under LANG=C / LC_ALL=C (a cron job, a container, ``env -i``; attack run 42):
Qt switched the character locale to C.UTF-8 itself and printed four lines of warning
('Detected locale "C" ... which is not UTF-8') above the command's one line. The switch is made
quietly before Qt starts; only the character locale changes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from simulator.core.storage import Storage
from simulator.ui import qt_locale

ROOT = Path(__file__).resolve().parents[2]


def test_a_pdf_export_under_the_c_locale_prints_its_line_only(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "sessions.sqlite3")
    sid = storage.create_session({"name": "Ünïcode", "question_ids": ["tech.bias-variance"]})
    storage.add_answer(sid, "tech.bias-variance", 0, "typed", "Bias – variance")
    storage.finish_session(sid, None)
    storage.close()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "LC_ALL": "C",
        "LANG": "C",
        "PYTHONPATH": str(ROOT),
        "ML_INTERVIEW_DATA_DIR": str(tmp_path),
    }
    target = tmp_path / "card.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "simulator", "export", "latest", "--format", "pdf", "-o", str(target)],
        env=env, capture_output=True, timeout=180, cwd=tmp_path, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stderr == "", done.stderr  # (before: Qt's four lines about the locale)
    assert target.read_bytes().startswith(b"%PDF")


def test_only_the_character_locale_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_CTYPE", *qt_locale._CATEGORIES):  # (each put back after the test)
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_ALL", "C")
    qt_locale.utf8_for_qt()
    assert "LC_ALL" not in os.environ
    assert os.environ["LC_CTYPE"] == qt_locale.UTF8_LOCALE and os.environ["LC_TIME"] == "C"
