"""An archive with a recording of gigabytes: its export says how far it is, can be cancelled,
and a cancelled or failed export leaves nothing of itself under the archive's name (round 45's
Left: a 5 GB recording showed no progress and could not be stopped). Two exports to the same
file at once each write their own temporary file: the first renamed the second's half into
place and said it was done (attack run 46)."""

from __future__ import annotations

import os
import threading
import time
import zipfile
from pathlib import Path

import pytest

from simulator.core import archive
from simulator.core.archive import ArchiveCancelled, ArchiveError, export_archive, write_archive
from simulator.core.storage import Storage
from simulator.core.target_files import LEFTOVER_AGE

MB = 1024 * 1024


def _with_recording(data: Path, size: int = 6 * MB) -> Storage:
    recording = data / "recordings" / "long.wav"
    recording.parent.mkdir(parents=True)
    with recording.open("wb") as f:
        f.write(os.urandom(size))
    storage = Storage(data / "sessions.sqlite3")
    sid = storage.create_session({"name": "x"})
    storage.add_answer(sid, "tech.a", 0, "spoken", "said", audio_path=str(recording))
    return storage


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_progress_then_cancel_leaves_the_file_there_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "CHUNK", MB)
    storage = _with_recording(tmp_path / "data")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "backup.zip"
    target.write_bytes(b"last week's archive")
    seen: list[tuple[int, int]] = []
    with pytest.raises(ArchiveCancelled, match="nothing was written to"):
        export_archive(storage, target, lambda d, t: seen.append((d, t)), lambda: len(seen) >= 3)
    assert len(seen) == 3 and all(t > 6 * MB for _, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert target.read_bytes() == b"last week's archive"
    assert _left(out) == ["backup.zip"]  # no temporary file left
    done: list[tuple[int, int]] = []
    export_archive(storage, target, lambda d, t: done.append((d, t)))
    assert done[-1][0] == done[-1][1] and len(done) >= 7
    with zipfile.ZipFile(target) as z:
        assert z.getinfo("recordings/1-long.wav").file_size == 6 * MB
    assert _left(out) == ["backup.zip"]


def test_a_failure_mid_write_leaves_nothing_of_it(tmp_path: Path) -> None:
    storage = _with_recording(tmp_path / "data", MB)
    out = tmp_path / "out"
    out.mkdir()

    def dies(done: int, total: int) -> None:
        raise RuntimeError("the power went")

    with pytest.raises(RuntimeError):
        export_archive(storage, out / "a.zip", dies)
    assert _left(out) == []


def test_two_exports_to_the_same_file_at_once_both_finish_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "CHUNK", 256 * 1024)
    storage = _with_recording(tmp_path / "data", 2 * MB)
    contents = archive.archive_contents(storage)
    target = tmp_path / "same.zip"
    both_started = threading.Barrier(2, timeout=60)
    errors: list[BaseException] = []

    def export() -> None:
        waited = False

        def step(done: int, total: int) -> None:
            nonlocal waited
            if not waited:  # each has its temporary file open before either goes on
                waited = True
                both_started.wait()

        try:
            write_archive(contents, target, step)
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=export) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    with zipfile.ZipFile(target) as z:
        assert z.testzip() is None
        assert z.getinfo("recordings/1-long.wav").file_size == 2 * MB
    assert _left(tmp_path) == ["data", "same.zip"]


def test_a_leftover_of_a_killed_export_is_removed_and_a_running_ones_kept(tmp_path: Path) -> None:
    storage = _with_recording(tmp_path / "data", 1024)
    dead = tmp_path / f".x.zip.{2**22 + 12345}-abcdefgh.part"  # no such process
    alive = tmp_path / f".x.zip.{os.getppid()}-abcdefgh.part"
    dead.write_bytes(b"half")
    alive.write_bytes(b"half")
    # (a killed export's: untouched for longer than a write in progress ever is)
    old = time.time() - LEFTOVER_AGE - 60
    os.utime(dead, (old, old))
    os.utime(alive, (old, old))
    export_archive(storage, tmp_path / "x.zip")
    assert not dead.exists() and alive.exists()


def test_another_machines_export_in_progress_is_kept(tmp_path: Path) -> None:
    # a shared or synced folder: a process id not running here may be another machine's,
    # writing now (fix46: it was removed as a leftover)
    storage = _with_recording(tmp_path / "data", 1024)
    elsewhere = tmp_path / f".x.zip.{2**22 + 12345}-abcdefgh.part"
    elsewhere.write_bytes(b"half")
    export_archive(storage, tmp_path / "x.zip")
    assert elsewhere.read_bytes() == b"half"


def test_a_folder_that_is_not_there_is_said(tmp_path: Path) -> None:
    storage = _with_recording(tmp_path / "data", 1024)
    with pytest.raises(ArchiveError, match="cannot write the archive"):
        export_archive(storage, tmp_path / "nowhere" / "x.zip")
