"""settings.json that is a pipe, device or folder: what is said sends the person to what works
(attack run 50). Home and doctor said 'not a regular file (a pipe, device or folder); the
defaults are used until Settings are saved (which replaces the file)', and doctor's fix 'open
Settings (Ctrl+,) and save', but saving does not replace it: for a pipe Save said 'Settings not
saved to X: it is not a regular file (a device, pipe or socket)' and no more."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator import paths
from simulator.settings import Settings, load_settings


@pytest.mark.parametrize("planted", ["pipe", "folder"])
def test_reading_and_saving_agree_on_what_to_do_hard50(data_dir: Path, planted: str) -> None:
    from simulator.cli.doctor import check_settings

    data_dir.mkdir(parents=True, exist_ok=True)
    path = paths.settings_file()
    if planted == "pipe":
        os.mkfifo(path)
    else:
        path.mkdir()
    _, (problem,) = load_settings(path)
    assert problem == (
        f"{path}: not a regular file (a pipe, device or folder); the defaults are used: move it "
        "away, then save Settings to write the file"
    )
    assert "which replaces the file" not in problem
    check = check_settings()
    assert check.fix == f"move {path} away, then open Settings (Ctrl+,) and save"
    with pytest.raises(OSError, match="move it away and save again"):
        Settings().save(path)


def test_a_damaged_file_is_still_replaced_by_saving_hard50(data_dir: Path) -> None:
    from simulator.cli.doctor import check_settings

    data_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file().write_text("{not json", encoding="utf-8")
    _, (problem,) = load_settings()
    assert problem.endswith(  # (attack run 55: kept aside when saved, never lost)
        "the defaults are used; when settings are next saved (starting an interview saves its "
        "plan), this file is kept beside the new one as settings.json.unreadable"
    )
    assert check_settings().fix == "open Settings (Ctrl+,) and save, or correct the file by hand"
