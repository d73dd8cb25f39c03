"""'validate mypacks/' checks the folder (attack run 37): the shell completes a folder's name
with a '/', and validate, which takes files or folders, refused it with "'mypacks/' ends in '/',
so it names a folder: give a file name in it" (the check round 33 added for files to write).
An empty name is still refused; commands that write a file still refuse a name ending in '/'."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from simulator.cli import main

MINI = Path(__file__).resolve().parents[1] / "data" / "mini_pack.yaml"


def test_a_folder_named_with_a_trailing_slash_is_validated(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "mypacks"
    folder.mkdir()
    shutil.copy(MINI, folder / "mine.yaml")
    assert main(["validate", f"{folder}{os.sep}"]) == 0
    assert capsys.readouterr().out == "ok: 3 question(s) in 1 pack(s)\n"


def test_a_missing_folder_with_a_slash_is_named_as_missing(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", f"{tmp_path / 'gone'}{os.sep}"]) == 1
    assert capsys.readouterr().out == f"{tmp_path / 'gone'}: pack: no such file or folder\n"


def test_files_to_write_still_refuse_a_trailing_slash(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["export", "latest", "-o", f"{tmp_path / 'reports'}{os.sep}"])
    assert "so it names a folder" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["validate", ""])
    assert "an empty name" in capsys.readouterr().err
