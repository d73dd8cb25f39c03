"""Where an export (or ``speak -o``, or the rescue file) may be written: a new file is written
whole, but an existing device, pipe or socket is never replaced by a file (``-o /dev/null`` run
as root replaced the system's /dev/null), and neither is a file of the app's own data folder
(``export latest -o <data>/sessions.sqlite3`` replaced the database with the scorecard)."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from simulator import paths
from simulator.core.export import ExportError, write_export
from simulator.core.session.rescue import write_rescue


def test_an_existing_pipe_is_refused_not_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "card.html"
    os.mkfifo(pipe)
    link = tmp_path / "link.html"
    link.symlink_to(pipe)
    for target in (pipe, link):
        with pytest.raises(ExportError, match="not a regular file") as caught:
            write_export(target, "<p>card</p>")
        assert str(target) in str(caught.value)
    assert stat.S_ISFIFO(os.stat(pipe).st_mode) and link.is_symlink()
    assert not list(tmp_path.glob(".*.part"))


def test_the_app_s_own_files_are_never_replaced(data_dir: Path) -> None:
    database = paths.database_file()
    db = sqlite3.connect(database)
    db.execute("CREATE TABLE kept (x)")
    db.commit()
    db.close()
    settings = paths.settings_file()
    settings.write_text('{"theme": "dark"}')
    recording = paths.recordings_dir() / "answer-1.wav"
    recording.write_bytes(b"RIFF")
    for target in (database, settings, recording):
        with pytest.raises(ExportError, match="data folder") as caught:
            write_export(target, "<p>card</p>")
        assert str(target) in str(caught.value)
    assert sqlite3.connect(database).execute("SELECT count(*) FROM kept").fetchone() == (0,)
    assert settings.read_text() == '{"theme": "dark"}' and recording.read_bytes() == b"RIFF"
    # a new file there is fine, and so is replacing an earlier export elsewhere
    write_export(data_dir / "card.html", "<p>one</p>")
    assert (data_dir / "card.html").read_text() == "<p>one</p>"


def test_the_rescue_file_obeys_the_same_rule(data_dir: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "rescue.json"
    os.mkfifo(pipe)
    database = paths.database_file()
    database.write_bytes(b"SQLite format 3\x00")
    for target in (pipe, database):
        with pytest.raises(OSError, match="not a regular file|data folder"):
            write_rescue(target, [])
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert database.read_bytes() == b"SQLite format 3\x00"


def test_speak_refuses_a_pipe_before_the_voice_renders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from simulator.cli import main

    pipe = tmp_path / "question.wav"
    os.mkfifo(pipe)
    assert main(["speak", "Hello there", "-o", str(pipe)]) == 1
    assert "not a regular file" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)


def test_the_archive_obeys_the_same_rule(data_dir: Path, tmp_path: Path) -> None:
    """The window's Export all data… wrote the archive over whatever had the name chosen."""
    from simulator.core.archive import ArchiveError, export_archive
    from simulator.core.storage import Storage

    storage = Storage(paths.database_file())
    try:
        pipe = tmp_path / "all.zip"
        os.mkfifo(pipe)
        with pytest.raises(ArchiveError, match="not a regular file"):
            export_archive(storage, pipe)
        assert stat.S_ISFIFO(os.stat(pipe).st_mode)
        planted = tmp_path / "notes.txt"
        planted.write_text("mine")
        (tmp_path / ".new.zip.part").symlink_to(planted)  # never written through
        export_archive(storage, tmp_path / "new.zip")
        assert planted.read_text() == "mine" and (tmp_path / "new.zip").is_file()
    finally:
        storage.close()
