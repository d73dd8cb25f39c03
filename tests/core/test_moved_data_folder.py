"""Walkthrough 8: a data folder moved by hand still replays. Recordings are stored relative to
the data folder; old absolute paths into a recordings folder are read by their part after it."""

from __future__ import annotations

import shutil
from pathlib import Path

from simulator.core.archive import export_archive, import_archive
from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from tests.ui.recorded import spoken_session

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def test_a_moved_data_folder_replays_its_recordings(tmp_path: Path) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    storage = Storage(old / "sessions.sqlite3")
    sid, ids = spoken_session(storage, load_packs([PACK]), old / "recordings" / "a.wav")
    (old / "recordings" / "b.wav").write_bytes(b"RIFF")
    elsewhere = tmp_path / "kept-elsewhere.wav"
    # rows written by earlier versions hold absolute paths
    storage._db.execute(
        "UPDATE answers SET audio_path = ? WHERE id = ?",
        (str(old / "recordings" / "b.wav"), ids[1]),
    )
    stored = storage._db.execute("SELECT audio_path FROM answers WHERE id = ?", (ids[0],))
    assert stored.fetchone()[0] == "recordings/a.wav"
    storage.close()
    shutil.move(old, new)  # by hand, the app closed

    moved = Storage(new / "sessions.sqlite3")
    paths = [a.audio_path for a in moved.answers(sid)]
    assert paths == [str(new / "recordings" / "a.wav"), str(new / "recordings" / "b.wav")]
    assert all(Path(p).is_file() for p in paths if p)
    # an absolute path that is not in this folder's recordings stays as stored
    moved._db.execute("UPDATE answers SET audio_path = ? WHERE id = ?", (str(elsewhere), ids[1]))
    assert moved.answer(ids[1]).audio_path == str(elsewhere)
    moved._db.execute(
        "UPDATE answers SET audio_path = ? WHERE id = ?",
        (str(old / "recordings" / "b.wav"), ids[1]),
    )

    # the archive carries both recordings from the moved folder, and imports them relative
    summary = export_archive(moved, tmp_path / "all.zip")
    assert summary.recordings == 2
    fresh = tmp_path / "fresh"
    target = Storage(fresh / "sessions.sqlite3")
    import_archive(target, tmp_path / "all.zip", fresh / "recordings")
    rows = target._db.execute("SELECT audio_path FROM answers ORDER BY id").fetchall()
    assert all(r[0].startswith("recordings/") for r in rows)
    assert all(Path(a.audio_path).is_file() for s in target.sessions() for a in s.answers)
    # deleting a session removes the files where they are now
    assert moved.delete_session(sid) == paths
