"""ML_INTERVIEW_DATA_DIR holding a variable's name (attack run 49): a launcher's Exec line or a
systemd Environment= passes "$HOME/interviews" as it is, and the app made a folder named
"$HOME" in whatever folder it was started from, a new one for each, so answers seemed lost.
A variable set here is put in; one not set is refused, named, and no folder is made."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_blank_data_dir_variable_attack41 import history_started_in

from simulator import paths


def test_a_set_variable_is_put_in_hard49(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = tmp_path / "started-here"
    started.mkdir()
    monkeypatch.chdir(started)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for value in ("$HOME/interviews", "${HOME}/interviews"):
        monkeypatch.setenv(paths.ENV_DATA_DIR, value)
        paths.set_data_dir(None)
        assert paths.data_dir() == (tmp_path / "home" / "interviews").resolve()
    assert os.listdir(started) == []


@pytest.mark.parametrize("value", ["$R49_NOT_SET/interviews", "/data/${R49_NOT_SET}"])
def test_a_variable_not_set_is_named_and_no_folder_is_made_hard49(
    value: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("R49_NOT_SET", raising=False)
    assert history_started_in(tmp_path, value, monkeypatch) == 1
    err = capsys.readouterr().err
    name = "$R49_NOT_SET" if value.startswith("$") else "${R49_NOT_SET}"
    assert err == (
        f"ml-interview: {paths.ENV_DATA_DIR} is {value!r}, and {name} in it is not a variable "
        "set here, so it names no data folder: write the folder out in full, or unset "
        f"{paths.ENV_DATA_DIR} for the default one\n"
    ), err
    assert os.listdir(tmp_path) == []
