"""An archive export names a recording that is there but is no file (attack run 33): a named
pipe, a link to a device (/dev/zero) or a folder under a recording's name was reported as 'the
file is no longer on the disk', sending the person to look for a file that `ls` shows."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator import paths
from simulator.cli import main
from simulator.core.archive import export_archive
from simulator.core.storage import Storage


def _session_naming(recording: Path) -> None:
    storage = Storage(paths.database_file())
    sid = storage.create_session({"name": "Loop", "question_ids": ["tech.overfit"]})
    storage.add_answer(sid, "tech.overfit", 0, "spoken", "one", audio_path=str(recording))
    storage.close()


def _in_the_way(kind: str, where: Path) -> None:
    if kind == "pipe":
        os.mkfifo(where)
    elif kind == "device":
        where.symlink_to("/dev/zero")
    else:
        where.mkdir()


@pytest.mark.parametrize("kind", ["pipe", "device", "folder"])
def test_a_recording_that_is_no_file_is_named_as_such(
    kind: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recording = paths.recordings_dir() / "a.wav"
    _in_the_way(kind, recording)
    _session_naming(recording)
    assert main(["archive", "export", str(tmp_path / "all.zip")]) == 0
    assert capsys.readouterr().err == (
        f"ml-interview: not in the archive: {recording}: an answer names it as its recording, "
        "but it is not a regular file (a pipe, device or folder)\n"
    )


def test_the_summary_keeps_gone_and_no_file_apart(data_dir: Path, tmp_path: Path) -> None:
    pipe, gone = paths.recordings_dir() / "a.wav", paths.recordings_dir() / "b.wav"
    os.mkfifo(pipe)
    _session_naming(pipe)
    _session_naming(gone)
    storage = Storage(paths.database_file())
    summary = export_archive(storage, tmp_path / "all.zip")
    storage.close()
    assert summary.not_files == (str(pipe),) and summary.gone == (str(gone),)
