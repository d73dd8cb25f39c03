"""An answer's place in its interview must be one: an archive whose answer is at place -5 or
10**12 is refused, naming the archive, the answer, the interview and the field, and nothing
is imported (attack run 59: both were imported, shown as question "-4." or "1000000000001." on
every page and export, and skipped by resume). The app's own export of a database holding such
a place (a damaged cell reads as -1) writes it at a free place, so its archive still imports;
a recovered session's places past its plan's short list are kept."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest

from simulator.core.archive import ArchiveError, export_archive, import_archive
from simulator.core.storage import Storage

T0 = 1_780_000_000.0


def _archive(folder: Path, place: int | None = None) -> Path:
    """An archive of one finished two-question interview; its second answer at ``place``."""
    storage = Storage(folder / "sessions.sqlite3")
    sid = storage.create_session({"name": "Full loop", "question_ids": ["q.a", "q.b"]}, T0)
    storage.add_answer(sid, "q.a", 0, "typed", "first")
    storage.add_answer(sid, "q.b", 1, "typed", "second")
    storage.finish_session(sid, None)
    archive = folder / "a.zip"
    export_archive(storage, archive)
    storage.close()
    if place is not None:
        with zipfile.ZipFile(archive) as z:
            manifest, data = z.read("manifest.json"), json.loads(z.read("data.json"))
        data["answers"][1]["position"] = place
        with zipfile.ZipFile(archive, "w") as z:
            z.writestr("manifest.json", manifest)
            z.writestr("data.json", json.dumps(data))
    return archive


def _rows(storage: Storage) -> list[tuple[Any, ...]]:
    return sorted((s.name, a.position, a.text) for s in storage.sessions() for a in s.answers)


@pytest.mark.parametrize("place", [-5, -1, 30, 10**12])
def test_an_answer_at_no_place_is_refused_attack60(tmp_path: Path, place: int) -> None:
    archive = _archive(tmp_path / "from", place)
    here = Storage(tmp_path / "to" / "sessions.sqlite3")
    mine = here.create_session({"name": "Mine", "question_ids": ["q.z"]}, T0 + 9000)
    here.add_answer(mine, "q.z", 0, "typed", "mine")
    with pytest.raises(ArchiveError) as refused:
        import_archive(here, archive, tmp_path / "to" / "recordings")
    said = str(refused.value)
    assert said.startswith(f"{archive}: answer #2 (q.b), of session 1 (Full loop, started ")
    assert f"field 'position' is {place:,}, no place in that interview" in said
    assert "places 0 to 29" in said
    assert _rows(here) == [("Mine", 0, "mine")]  # nothing imported, nothing here changed


def test_places_of_a_short_list_up_to_the_largest_plan_are_kept_attack60(tmp_path: Path) -> None:
    """A session rebuilt from a damaged database lists only the questions found (answers at
    places 0 and 4 of a five-question plan: a list of two)."""
    archive = _archive(tmp_path / "from", 29)
    here = Storage(tmp_path / "to" / "sessions.sqlite3")
    import_archive(here, archive, tmp_path / "to" / "recordings")
    assert _rows(here) == [("Full loop", 0, "first"), ("Full loop", 29, "second")]


def test_the_app_s_own_archive_places_a_damaged_place_attack60(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "from" / "sessions.sqlite3")
    sid = storage.create_session({"name": "Full loop", "question_ids": ["q.a", "q.b"]}, T0)
    storage.add_answer(sid, "q.a", 0, "typed", "first")
    second = storage.add_answer(sid, "q.b", 1, "typed", "second")
    storage.add_answer(sid, "q.b", 1, "typed", "why", follow_up="Why?")
    storage.close()
    db = sqlite3.connect(tmp_path / "from" / "sessions.sqlite3")
    with db:  # a damaged cell (read as -1) and a place edited by hand
        db.execute(
            "UPDATE answers SET position = 'x' WHERE session_id = ? AND position = 1", (sid,)
        )
        db.execute("UPDATE answers SET position = 10000000 WHERE position = 0")
    db.close()
    storage = Storage(tmp_path / "from" / "sessions.sqlite3")
    summary = export_archive(storage, tmp_path / "a.zip")
    storage.close()
    assert (
        f"answer {second} (q.b): its 'position' -1 is no place in its interview: written as 1, "
        "the first place it left free"
    ) in summary.unread
    here = Storage(tmp_path / "to" / "sessions.sqlite3")
    import_archive(here, tmp_path / "a.zip", tmp_path / "to" / "recordings")
    (session,) = here.sessions()
    placed = sorted((a.position, a.follow_up or "", a.text) for a in session.answers)
    assert placed == [(0, "", "first"), (1, "", "second"), (1, "Why?", "why")]
