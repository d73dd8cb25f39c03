"""The notice after a damaged database was set aside reads right when nothing could be saved
("nothing were recovered" was printed when random bytes had replaced the file)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.db_health import Salvage


def test_the_salvage_notice_reads_right_with_and_without_rows() -> None:
    db = Path("/data/sessions.sqlite3")
    empty = Salvage(Path("/data/sessions.sqlite3.damaged-1"), "file is not a database", {}, 6)
    said = empty.message(db)
    # six tables unreadable is not "6 row(s)": the file may have held hundreds (attack run 37)
    assert said.endswith("nothing was recovered into a fresh file: none of it could be read.")
    assert "row(s)" not in said
    some = Salvage(Path("/data/x.damaged-1"), "malformed", {"sessions": 2, "answers": 5}, 0)
    assert "2 sessions, 5 answers were recovered into a fresh file." in some.message(db)
    part = Salvage(Path("/data/x.damaged-1"), "malformed", {"answers": 5}, 1)
    assert part.message(db).endswith(
        "5 answers were recovered into a fresh file; 1 row could not be read."
    )


def test_the_salvage_notice_names_rows_as_people_call_them_one_or_many() -> None:
    """It read "1 sessions, 2 answers, 50 progress_facts were recovered" (attack run 45)."""
    kept = {"sessions": 1, "answers": 2, "progress_facts": 50, "answer_notes": 1}
    said = Salvage(Path("/data/x.damaged-1"), "malformed", kept, 5).message(Path("/d/s.sqlite3"))
    assert "1 session, 2 answers, 50 progress figures, 1 note were recovered" in said, said
    assert said.endswith("; 5 rows could not be read."), said


def test_one_recovered_row_is_said_in_the_singular() -> None:
    """It read "1 session were recovered ... (1 of them read straight from the file's pages)"
    (review of round 45)."""
    one = Salvage(Path("/data/x.damaged-1"), "malformed", {"sessions": 1}, 0, found=1)
    said = one.message(Path("/d/s.sqlite3"))
    assert "1 session was recovered into a fresh file (it was read straight from" in said, said
    two = Salvage(Path("/data/x.damaged-1"), "malformed", {"sessions": 1, "answers": 1}, 0, found=2)
    assert "were recovered into a fresh file (2 of them read" in two.message(Path("/d/s")), two
