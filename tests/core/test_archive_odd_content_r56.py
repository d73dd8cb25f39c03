"""An archive whose entries are not what the format promises is refused, named, before anything
is written (attack run 56, issue 8).

Seen with import_archive on archives edited by hand: a score whose 'overall' was a word, whose
key points were numbers; a transcript whose words were text; a plan whose question ids were
numbers or whose time in was 1e12 s; ids 0 and -5; a question id '../../etc/passwd' or holding
a right-to-left override; data.json named as an answer's recording, one recording named by two
answers. Each was imported as it was ('imported 4 session(s), 10 answer(s) ...'): the cells
read as missing afterwards (answers unscored, transcripts gone, the plan's questions gone), a
draft was kept under session -5, data.json was copied as a recording. The app's own export
writes a cell it cannot read as the app reads it, so its archive always imports."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from simulator.core.archive import ArchiveError, export_archive, import_archive
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, Word


def _good(tmp_path: Path) -> tuple[dict[str, Any], dict[str, Any], dict[str, bytes]]:
    s = Storage(tmp_path / "src" / "s.sqlite3")
    sid = s.create_session({"name": "Quick practice", "question_ids": ["tech.a", "tech.b"]})
    wav = tmp_path / "src" / "recordings" / "a.wav"
    wav.parent.mkdir()
    wav.write_bytes(b"RIFF" + bytes(2000))
    said = Transcript("bias and variance", (Word("bias", 0.1, 0.4), Word("and", 0.5, 0.6)))
    s.add_answer(
        sid, "tech.a", 0, "spoken", said.text, transcript=said.to_dict(), audio_path=str(wav)
    )
    s.add_answer(sid, "tech.b", 1, "typed", "u")
    export_archive(s, tmp_path / "good.zip")
    s.close()
    with zipfile.ZipFile(tmp_path / "good.zip") as z:
        audio = {n: z.read(n) for n in z.namelist() if n.startswith("recordings/")}
        return json.loads(z.read("manifest.json")), json.loads(z.read("data.json")), audio


def _cell(row: dict[str, Any], column: str, change: Callable[[dict[str, Any]], None]) -> None:
    value = json.loads(row[column]) if row.get(column) else {}
    change(value)
    row[column] = json.dumps(value)


CASES = [
    (
        lambda d: _cell(d["sessions"][0], "plan_json", lambda p: p.update(question_ids=[1, 2])),
        "session #1: field 'plan_json' holds a plan whose 'question_ids' is not of the type",
    ),
    (
        lambda d: _cell(d["sessions"][0], "plan_json", lambda p: p.update(time_in_s=1e12)),
        "whose 'time_in_s' is not",
    ),
    (
        lambda d: d["sessions"][0].update(score_json=json.dumps({"overall": "high"})),
        "session #1: field 'score_json' does not hold what the app reads as a session's score",
    ),
    (
        lambda d: d["answers"][1].update(score_json=json.dumps({"overall": "high"})),
        "answer #2: field 'score_json' does not hold what the app reads as a score",
    ),
    (
        lambda d: _cell(d["answers"][0], "transcript_json", lambda t: t.update(words="abc")),
        "answer #1: field 'transcript_json' does not hold what the app reads as a transcript",
    ),
    (
        lambda d: (
            d["sessions"][0].update(id=-5),
            [a.update(session_id=-5) for a in d["answers"]],
        ),
        "session #1: id -5 is not one the app gives",
    ),
    (lambda d: d["answers"][1].update(id=0), "answer #2: id 0 is not one the app gives"),
    (
        lambda d: d["answers"][1].update(question_id="../../etc/passwd"),
        "answer #2: its question id '../../etc/passwd' is not one",
    ),
    (
        lambda d: d["answers"][1].update(question_id="tech.b\u202e"),
        "answer #2: its question id 'tech.b\\u202e' is not one",
    ),
    (
        lambda d: d["answers"][1].update(audio_path="data.json", mode="spoken"),
        "answer #2 (tech.b): its recording data.json is not one of the archive's recordings",
    ),
    (
        lambda d: d["answers"][1].update(audio_path=d["answers"][0]["audio_path"], mode="spoken"),
        "recordings/1-a.wav is answer #1's too",
    ),
]


@pytest.mark.parametrize(("change", "message"), CASES)
def test_an_entry_that_is_not_what_the_format_promises_is_refused_r56(
    tmp_path: Path, change: Callable[[dict[str, Any]], Any], message: str
) -> None:
    manifest, data, audio = _good(tmp_path)
    change(data)
    source = tmp_path / "odd.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("data.json", json.dumps(data))
        for name, body in audio.items():
            z.writestr(name, body)
    target = Storage(tmp_path / "dst" / "s.sqlite3")
    recordings = tmp_path / "dst" / "recordings"
    with pytest.raises(ArchiveError) as refused:
        import_archive(target, source, recordings)
    assert str(refused.value).startswith(f"{source}: "), refused.value  # the file named
    assert message in str(refused.value)
    assert target.session_count() == 0  # nothing imported half-way
    assert not recordings.exists() or not any(recordings.iterdir())
    target.close()


def test_the_apps_own_archive_of_cells_it_cannot_read_still_imports_r56(tmp_path: Path) -> None:
    s = Storage(tmp_path / "src" / "s.sqlite3")
    sid = s.create_session({"name": "Quick practice", "question_ids": ["tech.a"]})
    s.add_answer(sid, "tech.a", 0, "typed", "an answer")
    with s._transaction() as db:  # damaged in the database (by hand, by another program)
        db.execute("UPDATE answers SET score_json = ?", (json.dumps({"overall": "high"}),))
        db.execute("UPDATE sessions SET plan_json = ?", (json.dumps({"question_ids": 5}),))
    summary = export_archive(s, tmp_path / "own.zip")
    s.close()
    assert summary.unread == (
        "session 1: its 'plan_json' written as the app reads it",
        "answer 1: its 'score_json' left out: the app cannot read it",
    )
    target = Storage(tmp_path / "dst" / "s.sqlite3")
    import_archive(target, tmp_path / "own.zip", tmp_path / "dst" / "recordings")
    (session,) = target.sessions()
    assert [a.text for a in target.answers(session.id)] == ["an answer"]
    target.close()


def test_entries_no_archive_of_the_app_holds_are_refused_r56(tmp_path: Path) -> None:
    """A 28 MB archive of 300,000 empty entries beside the app's was read whole, 47 s at load,
    and imported without a word."""
    manifest, data, audio = _good(tmp_path)
    source = tmp_path / "more.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("data.json", json.dumps(data))
        for name, body in audio.items():
            z.writestr(name, body)
        for i in range(3):
            z.writestr(f"x/{i}", b"")
    target = Storage(tmp_path / "dst" / "s.sqlite3")
    with pytest.raises(
        ArchiveError, match=r"it holds 3 entries that no archive of this app holds \(x/0, …"
    ):
        import_archive(target, source, tmp_path / "dst" / "recordings")
    assert target.session_count() == 0
    target.close()


def test_a_folder_entry_a_zip_tool_adds_is_taken_r56(tmp_path: Path) -> None:
    manifest, data, audio = _good(tmp_path)
    source = tmp_path / "rezipped.zip"
    with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("data.json", json.dumps(data))
        z.writestr("recordings/", b"")
        for name, body in audio.items():
            z.writestr(name, body)
    target = Storage(tmp_path / "dst" / "s.sqlite3")
    import_archive(target, source, tmp_path / "dst" / "recordings")
    assert target.session_count() == 1
    target.close()
