"""A data folder on a read-only disk is no question pack problem (attack run 50, a data folder
on a tmpfs remounted read-only with no packs of one's own). Home's status line said '1 problem
in question packs (your packs), skipped: Help → Question pack problems lists it' under the
banner that already said the run is read-only; 'questions' warned 'your packs: pack: the folder
for your own question packs X is on a read-only disk', and doctor gave it a warning whose fix was
'run `ml-interview validate FILE` and fix the lines it prints', and told the recordings line to
'move away what is at X/recordings', where nothing is. The packs folder is made only when
missing, so on a read-only disk there are no packs to miss."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator import paths
from simulator.bank import load_bank
from simulator.cli import doctor, main


def _read_only_data(tmpfs, monkeypatch: pytest.MonkeyPatch) -> Path:  # type: ignore[no-untyped-def]
    data = tmpfs.mount("4m")
    tmpfs.read_only(data)
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(data))
    paths.set_data_dir(None)
    return data


def test_no_pack_problem_on_a_read_only_disk_hard50(tmpfs, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    _read_only_data(tmpfs, monkeypatch)
    bank = load_bank()
    assert bank.questions and bank.problems == []
    assert main(["questions"]) == 0
    assert "your packs" not in capsys.readouterr().err


def test_doctor_says_what_to_do_on_a_read_only_disk_hard50(tmpfs, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    data = _read_only_data(tmpfs, monkeypatch)
    packs = doctor.check_questions()
    assert packs.ok and "problem" not in packs.detail
    recordings = doctor.check_recordings()
    assert not recordings.ok and f"{data}/recordings is on a read-only disk" in recordings.detail
    assert "move away" not in (recordings.fix or "") and "--data-dir" in (recordings.fix or "")


def test_a_file_in_the_packs_folders_place_is_still_said_hard50(data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "questions").write_text("not a folder")
    bank = load_bank()
    assert [p.file for p in bank.problems] == ["your packs"]


def test_no_pack_problem_in_an_immutable_folder_hard50(data_dir: Path) -> None:
    """chattr +i: even root can make nothing in it ('permission denied', EPERM)."""
    import shutil
    import subprocess

    data_dir.mkdir(parents=True, exist_ok=True)
    if shutil.which("chattr") is None:
        pytest.skip("no chattr here")
    if subprocess.run(["chattr", "+i", str(data_dir)], capture_output=True).returncode != 0:
        pytest.skip("this file system has no immutable flag")
    try:
        bank = load_bank()
        recordings = doctor.check_recordings()
    finally:
        subprocess.run(["chattr", "-i", str(data_dir)], check=True)
    assert bank.questions and bank.problems == []
    assert "move away" not in recordings.fix and "--data-dir" in recordings.fix
