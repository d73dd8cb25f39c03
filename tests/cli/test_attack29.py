"""Attack run of round 29 through the command line: a file in the place of the recordings
folder, and recordings gone from the disk when every session is exported to an archive."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.cli.doctor import CHECKS, check_recordings
from simulator.core.storage import Storage


def test_doctor_names_a_file_in_the_place_of_the_recordings_folder(data_dir: Path) -> None:
    """Every check was [ok] while no spoken answer could be recorded (the interview then turns
    typed and says why; doctor, asked what works, did not)."""
    data_dir.mkdir(parents=True)
    (data_dir / "recordings").write_text("not a folder")
    check = check_recordings()
    assert not check.ok
    assert check.detail == (
        f"the recordings folder {data_dir / 'recordings'} cannot be created: a file is in the "
        "way; spoken answers cannot be recorded (they can be typed)"
    )
    assert "move" in check.fix and str(data_dir / "recordings") in check.fix
    assert check_recordings in CHECKS
    assert (data_dir / "recordings").read_text() == "not a folder"  # nothing removed


def test_doctor_finds_a_usable_recordings_folder(data_dir: Path) -> None:
    check = check_recordings()
    assert check.ok and str(data_dir / "recordings") in check.detail


def test_an_archive_export_says_which_recordings_are_gone_from_the_disk(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'exported 1 session(s), 2 answer(s) and 1 recording(s)' and nothing else, for a session
    whose other recording was no longer on the disk: a backup silently without it."""
    recordings = paths.recordings_dir()
    kept, gone = recordings / "a.wav", recordings / "b.wav"
    kept.write_bytes(b"RIFF....WAVE")
    storage = Storage(paths.database_file())
    sid = storage.create_session({"name": "Loop", "question_ids": ["tech.overfit"] * 2})
    storage.add_answer(sid, "tech.overfit", 0, "spoken", "one", audio_path=str(kept))
    storage.add_answer(sid, "tech.overfit", 1, "spoken", "two", audio_path=str(gone))
    storage.close()
    target = tmp_path / "all.zip"
    assert main(["archive", "export", str(target)]) == 0
    out = capsys.readouterr()
    assert "and 1 recording(s)" in out.out
    assert out.err == (
        f"ml-interview: not in the archive: {gone}: an answer names it as its recording, but "
        "the file is no longer on the disk\n"
    )
    with zipfile.ZipFile(target) as z:
        assert len([n for n in z.namelist() if n.startswith("recordings/")]) == 1


def test_score_of_a_broken_recording_names_it_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It read 'cannot read audio file x.wav: x.wav: not an audio file (...)'."""
    wav = tmp_path / "broken.wav"
    wav.write_bytes(b"this is not audio")
    assert main(["score", "--question", "tech.bias-variance", "--audio", str(wav)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"ml-interview: cannot read audio file {wav}: not an audio file"), err
    assert err.count(str(wav)) == 1 + err.count(f"'{wav}'"), err  # (the reader quotes it too)
