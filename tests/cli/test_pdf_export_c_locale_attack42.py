"""PDF export under LANG=C / LC_ALL=C (a cron job, a container, ``env -i``; attack run 42):
Qt switched the character locale to C.UTF-8 itself and printed four lines of warning
('Detected locale "C" ... which is not UTF-8') above the command's one line. The switch is made
quietly before Qt starts; only the character locale changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.ui import qt_locale
from tests.cli.c_locale import run_in_c_locale


def test_a_pdf_export_under_the_c_locale_prints_its_line_only(tmp_path: Path) -> None:
    target = tmp_path / "card.pdf"
    done = run_in_c_locale(tmp_path, ["export", "latest", "--format", "pdf", "-o", str(target)])
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0, err
    assert err == "", err  # (before: Qt's four lines about the locale)
    assert target.read_bytes().startswith(b"%PDF")


def test_only_the_character_locale_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_CTYPE", *qt_locale._CATEGORIES):  # (each put back after the test)
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_ALL", "C")
    qt_locale.utf8_for_qt()
    assert "LC_ALL" not in os.environ
    assert os.environ["LC_CTYPE"] == qt_locale.UTF8_LOCALE and os.environ["LC_TIME"] == "C"
