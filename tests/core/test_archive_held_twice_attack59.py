"""An archive that holds one interview twice (the same start and plan under two ids: joined by
hand from two exports, or exported from a history an older import had given it twice) stores
it once (attack run 59: both copies were stored, History listed the interview twice and its
answers counted as two attempts), the copies' answers folded as an import folds an archive's
copy into an interview here (archive_merge)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from simulator.core.archive import export_archive, import_archive
from simulator.core.storage import Storage
from tests.ui.recorded import quiet_wav

T0 = 1_780_000_000.0


def _held_twice(folder: Path) -> Path:
    """An archive of an interview held twice: a finished copy with two answers (the first
    with a note and a recording) and an unfinished earlier copy of it with the first answer
    again (its own note) and a follow-up the finished copy does not hold; and another
    interview held once."""
    storage = Storage(folder / "sessions.sqlite3")
    (folder / "recordings").mkdir(parents=True)
    wav = quiet_wav(folder / "recordings" / "a.wav")
    plan = {"name": "Full loop", "question_ids": ["q1", "q2"]}
    done = storage.create_session(plan, T0)
    first = storage.add_answer(done, "q1", 0, "typed", "first answer")
    storage.add_answer(done, "q2", 1, "spoken", "second", audio_path=str(wav), duration_s=3)
    storage.set_note(first, "kept note")
    storage.finish_session(done, None)
    other = storage.create_session({"name": "Other", "question_ids": ["q3"]}, T0 + 999)
    storage.add_answer(other, "q3", 0, "typed", "other answer")
    archive = folder.parent / f"{folder.name}.zip"
    export_archive(storage, archive)
    storage.close()
    with zipfile.ZipFile(archive) as z:
        data = json.loads(z.read("data.json"))
        manifest = json.loads(z.read("manifest.json"))
        recording = next(n for n in z.namelist() if n.startswith("recordings/"))
        sound = z.read(recording)
    copy = dict(next(s for s in data["sessions"] if s["id"] == done), id=50, status="active")
    copy["ended_at"] = copy["score_json"] = None
    data["sessions"].insert(0, copy)  # the unfinished copy first
    given = next(a for a in data["answers"] if a["id"] == first)
    data["answers"] += [
        dict(given, id=60, session_id=50, text="first answer, the copy's"),
        dict(given, id=61, session_id=50, text="why so?", follow_up="Why?"),
    ]
    data["notes"].append({"answer_id": 60, "note": "the copy's note", "updated_at": T0})
    manifest.update(sessions=len(data["sessions"]), answers=len(data["answers"]))
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("data.json", json.dumps(data))
        z.writestr(recording, sound)
    return archive


def _interviews(storage: Storage) -> list[tuple[str, str, list[tuple[int, str, str]]]]:
    return sorted(
        (s.name, s.status, sorted((a.position, a.follow_up or "", a.text) for a in s.answers))
        for s in storage.sessions()
    )


WANTED = [
    ("Full loop", "finished", [(0, "", "first answer"), (0, "Why?", "why so?"), (1, "", "second")]),
    ("Other", "active", [(0, "", "other answer")]),
]
SAID = "1 interview the archive held twice was imported once (1 answer held twice left out)."


def test_an_interview_held_twice_is_imported_once_attack59(tmp_path: Path) -> None:
    archive = _held_twice(tmp_path / "from")
    here = Storage(tmp_path / "to" / "sessions.sqlite3")
    recordings = tmp_path / "to" / "recordings"
    summary = import_archive(here, archive, recordings)
    assert _interviews(here) == WANTED
    assert (summary.sessions, summary.answers, summary.recordings) == (2, 4, 1)
    assert summary.skipped == SAID
    (kept,) = [s for s in here.sessions() if s.name == "Full loop"]
    assert list(here.notes(kept.id).values()) == ["kept note"]  # the copy's went with its answer


def test_held_twice_beside_sessions_here_attack59(tmp_path: Path) -> None:
    archive = _held_twice(tmp_path / "from")
    here = Storage(tmp_path / "to" / "sessions.sqlite3")
    recordings = tmp_path / "to" / "recordings"
    mine = here.create_session({"name": "Mine", "question_ids": ["q9"]}, T0 + 5000)
    here.add_answer(mine, "q9", 0, "typed", "my own answer")
    summary = import_archive(here, archive, recordings)
    assert _interviews(here) == sorted([*WANTED, ("Mine", "active", [(0, "", "my own answer")])])
    assert summary.skipped == SAID
    again = import_archive(here, archive, recordings)  # and nothing more the second time
    assert len(_interviews(here)) == 3 and (again.sessions, again.answers) == (0, 0)
