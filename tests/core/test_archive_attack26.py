"""Attack run of round 26 on archives: a cut-short or emptied copy of the app's own archive is
said to be damaged (not "not an archive of this app: File is not a zip file"), a zip naming one
member twice is refused (which copy counts cannot be told), and an export into a folder that is
not there names that folder. Nothing is written by a refused import."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from simulator.core.archive import ArchiveError, export_archive, import_archive, read_archive
from simulator.core.storage import Storage


def _export(tmp_path: Path) -> Path:
    s = Storage(tmp_path / "src" / "s.sqlite3")
    sid = s.create_session({"name": "x"})
    wav = tmp_path / "src" / "a.wav"
    wav.write_bytes(b"RIFF" + bytes(4000))
    s.add_answer(sid, "q", 0, "spoken", "spoken answer", audio_path=str(wav))
    s.add_answer(sid, "q", 1, "typed", "typed answer")
    export_archive(s, tmp_path / "good.zip")
    s.close()
    return tmp_path / "good.zip"


@pytest.mark.parametrize("cut", [0.5, 0.97])
def test_an_archive_cut_short_is_called_damaged_and_nothing_is_written(
    tmp_path: Path, cut: float
) -> None:
    raw = _export(tmp_path).read_bytes()
    short = tmp_path / "short.zip"
    short.write_bytes(raw[: int(len(raw) * cut)])
    storage = Storage(tmp_path / "dst" / "s.sqlite3")
    with pytest.raises(ArchiveError) as caught:
        import_archive(storage, short, tmp_path / "dst" / "recordings")
    message = str(caught.value)
    assert str(short) in message and "cut short" in message, message
    assert "not an archive of this app" not in message and "File is not" not in message
    assert storage.session_count() == 0 and not (tmp_path / "dst" / "recordings").exists()
    storage.close()


def test_an_empty_archive_file_is_said_to_be_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.zip"
    empty.write_bytes(b"")
    with pytest.raises(ArchiveError) as caught:
        read_archive(empty)
    assert str(caught.value) == f"{empty}: the file is empty (0 bytes): not an archive"


@pytest.mark.parametrize("twice", ["data.json", "manifest.json", "recordings/1-a.wav"])
def test_a_member_named_twice_is_refused_and_nothing_is_written(tmp_path: Path, twice: str) -> None:
    good = _export(tmp_path)
    with zipfile.ZipFile(good) as z:
        members = [(name, z.read(name)) for name in z.namelist()]
    assert twice in dict(members)
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as z:
        for name, body in members:
            z.writestr(name, body)
        # the second copy is what Python's zipfile reads: a different history than the first
        with pytest.warns(UserWarning, match="Duplicate name"):
            z.writestr(twice, json.dumps({"sessions": [], "answers": []}))
    storage = Storage(tmp_path / "dst" / "s.sqlite3")
    with pytest.raises(ArchiveError) as caught:
        import_archive(storage, evil, tmp_path / "dst" / "recordings")
    assert str(caught.value) == (
        f"{evil}: {twice} is in it twice, so which copy holds your data cannot be told: "
        "not an archive written by this app"
    )
    assert storage.session_count() == 0 and not (tmp_path / "dst" / "recordings").exists()
    storage.close()


def test_an_export_into_a_missing_folder_names_the_folder(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "src" / "s.sqlite3")
    storage.create_session({"name": "x"})
    target = tmp_path / "not-there" / "all.zip"
    with pytest.raises(ArchiveError) as caught:
        export_archive(storage, target)
    assert str(caught.value) == (
        f"cannot write the archive {target}: the folder {target.parent} does not exist"
    )
    storage.close()
