"""The notice after a damaged database was set aside reads right when nothing could be saved
("nothing were recovered" was printed when random bytes had replaced the file)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.db_health import Salvage


def test_the_salvage_notice_reads_right_with_and_without_rows() -> None:
    db = Path("/data/sessions.sqlite3")
    empty = Salvage(Path("/data/sessions.sqlite3.damaged-1"), "file is not a database", {}, 6)
    said = empty.message(db)
    assert "nothing was recovered into a fresh file; 6 row(s) could not be read" in said
    some = Salvage(Path("/data/x.damaged-1"), "malformed", {"sessions": 2, "answers": 5}, 0)
    assert "2 sessions, 5 answers were recovered into a fresh file." in some.message(db)
