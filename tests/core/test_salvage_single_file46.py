"""A damaged database is kept aside as one file: its -wal and -shm were left beside the copy
(three files named .damaged-..., two of them meaningless alone), while the answers in the -wal
were already folded into the fresh file (round 45's Left)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from simulator.core.storage import Storage


def _crashed_with_a_wal(tmp_path: Path) -> Path:
    """A database the app left mid-run (its -wal and -shm beside it, the last answers only in
    the -wal), then damaged: a table dropped."""
    live = tmp_path / "live"
    live.mkdir()
    s = Storage(live / "db.sqlite3")
    sid = s.create_session({"name": "x"})
    for i in range(5):
        s.add_answer(sid, "tech.a", i, "typed", f"answer {i}")
    other = sqlite3.connect(live / "db.sqlite3")
    other.execute("DROP TABLE answer_notes")
    other.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):
        shutil.copy2(f"{live / 'db.sqlite3'}{suffix}", f"{crashed / 'db.sqlite3'}{suffix}")
    other.close()
    s.close()
    assert Path(f"{crashed / 'db.sqlite3'}-wal").stat().st_size > 0
    return crashed / "db.sqlite3"


def test_the_damaged_file_is_kept_as_one_file_with_its_wal_folded_in(tmp_path: Path) -> None:
    path = _crashed_with_a_wal(tmp_path)
    fresh = Storage(path)
    (notice,) = fresh.take_notices()
    assert "answer_notes is missing" in notice
    assert len(fresh.answers(1)) == 5
    fresh.close()
    kept = sorted(p.name for p in path.parent.glob("db.sqlite3.damaged-*"))
    assert len(kept) == 1 and kept[0] in notice, kept
    # the copy alone holds every answer the -wal held
    alone = sqlite3.connect(f"{(path.parent / kept[0]).as_uri()}?mode=ro", uri=True)
    assert alone.execute("SELECT count(*) FROM answers").fetchone()[0] == 5
    alone.close()
