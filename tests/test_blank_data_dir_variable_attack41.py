"""ML_INTERVIEW_DATA_DIR set to spaces only (attack run 41): '--data-dir " "' is refused as an
empty name, but the same value in the variable made a data folder named ' ' in whatever
folder the app was started from, so answers went to a hidden-looking folder that changed with
the current folder. Now every command and the window say that the variable names no folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main


def history_started_in(folder: Path, value: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """``ml-interview history`` started in ``folder`` with the data folder's variable set to
    ``value``: its exit status."""
    monkeypatch.chdir(folder)
    monkeypatch.setenv(paths.ENV_DATA_DIR, value)
    paths.set_data_dir(None)
    return main(["history"])


@pytest.mark.parametrize("value", [" ", "  \t", "\n"])
def test_a_blank_variable_is_named_and_no_folder_is_made(
    value: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert history_started_in(tmp_path, value, monkeypatch) == 1
    err = capsys.readouterr().err
    assert err == (
        f"ml-interview: {paths.ENV_DATA_DIR} holds only spaces, so it names no data folder: "
        "set it to a folder, or unset it for the default one\n"
    )
    assert os.listdir(tmp_path) == []


def test_the_window_says_so_and_does_not_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from simulator.app import run_gui

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(paths.ENV_DATA_DIR, " ")
    paths.set_data_dir(None)
    assert run_gui() == 1
    assert len(shown) == 1 and f"{paths.ENV_DATA_DIR} holds only spaces" in shown[0], shown
    assert os.listdir(tmp_path) == []
