"""An export of a database holding times that are no moment imports again (attack run 50: a
session 'started_at' 1e300, another 'NaN', an answer's, a note's and a rating's time -1). The
export carried them as they were, and importing the app's own archive was refused whole:
"session #1: field 'started_at' is not a time: 1e+300 seconds is not a moment from 1970 to the
year 9999". Every other cell was already exported as the app reads it (attack run 41); times
now are too: 0, 'date unknown', where the row needs one, else none."""

from __future__ import annotations

from pathlib import Path

from simulator.core.archive import export_archive, import_archive
from simulator.core.storage import Storage


def test_the_apps_own_archive_of_unknown_times_imports_hard50(tmp_path: Path) -> None:
    s = Storage(tmp_path / "src" / "s.sqlite3")
    ids = []
    for n in range(3):
        sid = s.create_session({"name": f"plan {n}"})
        ids.append(s.add_answer(sid, "q", 0, "typed", f"answer {n}"))
        s.finish_session(sid, None)  # type: ignore[arg-type]
    s.set_note(ids[0], "a note")
    s.set_rating(ids[0], 2)
    s._write("UPDATE sessions SET started_at = 1e300, ended_at = 'x' WHERE id = 1", ())
    s._write("UPDATE sessions SET started_at = 'NaN' WHERE id = 2", ())
    s._write("UPDATE answers SET created_at = -1 WHERE id = ?", (ids[0],))
    s._write("UPDATE answer_notes SET updated_at = 1e300", ())
    s._write("UPDATE self_ratings SET rated_at = 'soon'", ())
    export_archive(s, tmp_path / "all.zip")
    s.close()
    d = Storage(tmp_path / "dst" / "s.sqlite3")
    summary = import_archive(d, tmp_path / "all.zip", tmp_path / "dst" / "recordings")
    assert (summary.sessions, summary.answers) == (3, 3)
    started = {x.id: x.started_at for x in d.sessions()}
    assert started[1] == started[2] == 0.0 and started[3] > 1e9  # 'date unknown'; the third kept
    assert d.session(1).ended_at is None
    assert d.note(ids[0]) == "a note"
    assert [a.text for a in d.answers(1)] == ["answer 0"]


def test_a_time_past_what_the_app_reads_is_exported_as_it_reads_it_r50(tmp_path: Path) -> None:
    """A time after the year 3000 (4e10 s, the year 3237) is no moment to the app
    (codec.timestamp reads it as 0: History's 'date unknown'); the export carried it as it was."""
    s = Storage(tmp_path / "s.sqlite3")
    sid = s.create_session({"name": "plan"})
    aid = s.add_answer(sid, "q", 0, "typed", "answer")
    s.finish_session(sid, None)  # type: ignore[arg-type]
    s.set_note(aid, "a note")
    s._write("UPDATE sessions SET started_at = 4e10, ended_at = 4e10", ())
    s._write("UPDATE answer_notes SET updated_at = 4e10", ())
    data = s.export_rows()
    s.close()
    assert data["sessions"][0]["started_at"] == 0.0
    assert data["sessions"][0]["ended_at"] is None
    assert data["notes"][0]["updated_at"] == 0.0
    assert data["answers"][0]["created_at"] > 1e9  # a real time stays
