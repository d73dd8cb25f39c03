"""An answer's replaced transcripts are read newest first, at most REVISIONS_READ of them, and
Review says how many older ones are kept but not shown (attack run 54). 50,000 of them for one
answer (a hand-made archive: the import takes any number) took Review 2.5 s to read, and the
page did not show within 15 s while the window's memory grew by 600 MB."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from simulator.core.storage import Storage
from simulator.core.storage_queries import REVISIONS_READ
from simulator.ui.pages.review import revisions_html

STORED = 50_000


def _session(data_dir: Path, count: int) -> tuple[Storage, int, int]:
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.a"]})
    aid = storage.add_answer(sid, "tech.a", 0, "spoken", "the answer as read last")
    rows = [(aid, 1_764_970_000 + i, f"reading {i}", 60, 64, "read again") for i in range(count)]
    with sqlite3.connect(storage.path) as db:  # as an archive's import stores them
        db.executemany(
            "INSERT INTO transcript_history (answer_id, replaced_at, text, overall_before, "
            "overall_after, why) VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
    return storage, sid, aid


def test_only_the_newest_replaced_transcripts_are_read_r54(data_dir: Path) -> None:
    storage, sid, aid = _session(data_dir, STORED)
    read = storage.transcript_revisions(sid)[aid]
    storage.close()
    assert len(read) == REVISIONS_READ
    assert [r.text for r in read] == [
        f"reading {i}" for i in range(STORED - REVISIONS_READ, STORED)
    ]
    assert [r.older for r in read] == [STORED - REVISIONS_READ] + [0] * (REVISIONS_READ - 1)
    shown = revisions_html(read, "#777")
    assert shown.count("<li>") == REVISIONS_READ + 1
    assert f"{STORED - REVISIONS_READ:,} earlier transcripts are kept but not shown" in shown


def test_a_few_replaced_transcripts_are_all_read_r54(data_dir: Path) -> None:
    storage, sid, aid = _session(data_dir, REVISIONS_READ)
    read = storage.transcript_revisions(sid)[aid]
    storage.close()
    assert [r.text for r in read] == [f"reading {i}" for i in range(REVISIONS_READ)]
    assert all(r.older == 0 for r in read)
    assert "not shown" not in revisions_html(read, "#777")
