"""An archive's answer may say its recording was lost before the export (``audio_missing``): that
path was stored as given, so a hostile archive could name any file on the disk
(``/home/me/.ssh/id_rsa``, ``recordings/../../secret``). The review then read it as a recording
and the next archive export carried the file out under ``recordings/``. Now the path is kept only
as a plain name in the recordings folder, and an export carries only files in the data folder."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from simulator.core.archive import export_archive, import_archive
from simulator.core.storage import Storage


def _session_with_a_recording(data: Path) -> Storage:
    storage = Storage(data / "sessions.sqlite3")
    sid = storage.create_session({"name": "x"})
    wav = data / "recordings" / "answer-1.wav"
    wav.parent.mkdir(parents=True)
    wav.write_bytes(b"RIFF" + bytes(200))
    storage.add_answer(sid, "tech.overfitting", 0, "spoken", "one", audio_path=str(wav))
    storage.add_answer(sid, "tech.overfitting", 1, "spoken", "two", audio_path=str(wav))
    return storage


def _hostile(tmp_path: Path, secret: Path, traversal: str) -> Path:
    source = _session_with_a_recording(tmp_path / "src")
    export_archive(source, tmp_path / "good.zip")
    source.close()
    with zipfile.ZipFile(tmp_path / "good.zip") as z:
        manifest, data = z.read("manifest.json"), json.loads(z.read("data.json"))
    for answer, missing in zip(data["answers"], (str(secret), traversal), strict=True):
        answer.update(audio_path=None, audio_file=None, audio_missing=missing)
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("manifest.json", manifest)
        z.writestr("data.json", json.dumps(data))
        # (no recording: none is named, and an archive holding one no answer names is refused
        # since attack run 56)
    return evil


def test_a_missing_recording_named_outside_is_never_read_or_exported(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET KEY")
    data = tmp_path / "data"
    evil = _hostile(tmp_path, secret, "recordings/../../secret.txt")
    storage = Storage(data / "sessions.sqlite3")
    import_archive(storage, evil, data / "recordings")
    stored = [a.audio_path for a in storage.sessions()[0].answers]
    assert all(p is not None and Path(p).parent == data / "recordings" for p in stored), stored
    assert not any(Path(p).exists() for p in stored if p)  # named as missing, as it was
    summary = export_archive(storage, tmp_path / "again.zip")
    with zipfile.ZipFile(tmp_path / "again.zip") as z:
        carried = [z.read(n) for n in z.namelist() if n.startswith("recordings/")]
    assert b"SECRET KEY" not in b"".join(carried) and summary.recordings == 0


def test_an_export_leaves_out_a_file_outside_the_data_folder_and_says_so(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET KEY")
    storage = _session_with_a_recording(tmp_path / "data")
    sid = storage.sessions()[0].id
    # as an older version's import of a hostile archive left it in the database
    storage.add_answer(sid, "tech.overfitting", 2, "spoken", "three", audio_path=str(secret))
    link = tmp_path / "data" / "recordings" / "link.wav"
    link.symlink_to(secret)  # a link in the recordings folder leading out of it
    storage.add_answer(sid, "tech.overfitting", 3, "spoken", "four", audio_path=str(link))
    summary = export_archive(storage, tmp_path / "out.zip")
    with zipfile.ZipFile(tmp_path / "out.zip") as z:
        bodies = [z.read(n) for n in z.namelist() if n.startswith("recordings/")]
    assert summary.recordings == 2 and len(bodies) == 2
    assert all(b"SECRET" not in body for body in bodies)
    assert set(summary.left_out) == {str(secret), str(link)}


def test_a_recordings_folder_that_is_a_link_to_another_disk_is_still_exported(
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "big-disk" / "recordings"
    elsewhere.mkdir(parents=True)
    data = tmp_path / "data"
    data.mkdir()
    (data / "recordings").symlink_to(elsewhere)  # set up by hand to save room
    storage = Storage(data / "sessions.sqlite3")
    sid = storage.create_session({"name": "x"})
    wav = data / "recordings" / "answer-1.wav"
    wav.write_bytes(b"RIFF" + bytes(200))
    storage.add_answer(sid, "tech.overfitting", 0, "spoken", "one", audio_path=str(wav))
    summary = export_archive(storage, tmp_path / "out.zip")
    assert summary.recordings == 1 and not summary.left_out
