"""Importing an archive into a history that already holds sessions (walk57, issue 8).

The same archive imported twice, or one exported from a copy of this history, must not store
an interview or an answer twice; each interview of the archive that is not here is added as
its own interview (two unfinished ones included), with new ids, its notes, ratings and
replaced transcripts following their answers; what was skipped is said."""

from __future__ import annotations

from pathlib import Path

from simulator.core.archive import export_archive, import_archive
from simulator.core.archive_merge import answer_key, plan_merge
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from tests.ui.recorded import quiet_wav

DAY = 86_400.0
T0 = 1_780_000_000.0


def _two_unfinished(folder: Path) -> Path:
    """An archive of one finished interview and two unfinished ones (the newest last made
    first), one spoken answer with its recording, a note, a rating and a replaced transcript."""
    storage = Storage(folder / "sessions.sqlite3")
    (folder / "recordings").mkdir(parents=True)
    wav = quiet_wav(folder / "recordings" / "a.wav")
    newest = storage.create_session({"name": "Newest", "question_ids": ["q1", "q2"]}, T0 + 2 * DAY)
    storage.add_answer(newest, "q1", 0, "spoken", "newest one", audio_path=str(wav), duration_s=3)
    older = storage.create_session({"name": "Older", "question_ids": ["q3", "q4"]}, T0 + DAY)
    first = storage.add_answer(older, "q3", 0, "typed", "older one")
    storage.add_answer(older, "q3", 0, "typed", "its follow-up", follow_up="Why?")
    done = storage.create_session({"name": "Done", "question_ids": ["q5"]}, T0)
    storage.add_answer(done, "q5", 0, "typed", "done one")
    storage.finish_session(done, None)
    storage.set_note(first, "lead with the result")
    storage.set_rating(first, 3)
    heard = Transcript("older one again", (), "faster-whisper", "base.en", 2.0)
    storage.save_rescore(older, [], [(first, heard.text, heard.to_dict())], None, why="test")
    # Made with starts given out of order, they read as made while the clock was put back
    # ("Older" after "Newest": ``storage_schema.happened``), and an archive carries that order
    # (attack run 64). Here they came as an older version's sessions do, their starts all that
    # is known of when they happened: the ids an import gives them are not their order.
    storage._write("UPDATE sessions SET seq = NULL", ())
    export_archive(storage, folder.parent / f"{folder.name}.zip")
    storage.close()
    return folder.parent / f"{folder.name}.zip"


def _rows(storage: Storage) -> list[tuple[str, str, list[tuple[int, str, str]]]]:
    return sorted(
        (
            s.name,
            s.status,
            sorted((a.position, a.follow_up or "", a.text) for a in s.answers),
        )
        for s in storage.sessions()
    )


def test_the_same_archive_imported_twice_stores_nothing_twice_walk57(tmp_path: Path) -> None:
    archive = _two_unfinished(tmp_path / "from")
    here = Storage(tmp_path / "to" / "sessions.sqlite3")
    recordings = tmp_path / "to" / "recordings"
    mine = here.create_session({"name": "Mine", "question_ids": ["q9"]}, T0 + 3 * DAY)
    here.add_answer(mine, "q9", 0, "typed", "my own answer")
    first = import_archive(here, archive, recordings)
    assert (first.sessions, first.answers, first.recordings, first.skipped) == (3, 4, 1, "")
    once = _rows(here)
    assert [name for name, _, _ in once] == ["Done", "Mine", "Newest", "Older"]
    again = import_archive(here, archive, recordings)
    assert _rows(here) == once  # nothing twice
    assert (again.sessions, again.answers, again.recordings) == (0, 0, 0)
    assert again.skipped == "Already here, not imported again: 3 interviews (4 answers)."
    assert len(list(recordings.glob("*.wav"))) == 1  # its recording was not copied again
    # the notes, ratings and replaced transcripts came once, with their answer
    (older,) = [s for s in here.sessions() if s.name == "Older"]
    main = next(a for a in older.answers if a.follow_up is None)
    assert here.notes(older.id) == {main.id: "lead with the result"}
    assert here.ratings() == {main.id: 3}
    assert [len(v) for v in here.transcript_revisions(older.id).values()] == [1]


def test_an_archive_overlapping_an_interview_here_adds_only_its_new_answers_walk57(
    tmp_path: Path,
) -> None:
    """A copy of this history exported, the interview then went on elsewhere: its answers
    already here are skipped, the new one is added to the same interview."""
    here = Storage(tmp_path / "here" / "sessions.sqlite3")
    sid = here.create_session({"name": "Loop", "question_ids": ["q1", "q2", "q3"]}, T0)
    here.add_answer(sid, "q1", 0, "typed", "first")
    here.add_answer(sid, "q1", 0, "typed", "its follow-up", follow_up="And?")
    here.add_answer(sid, "q2", 1, "typed", "second")
    export_archive(here, tmp_path / "copy.zip")
    elsewhere = Storage(tmp_path / "elsewhere" / "sessions.sqlite3")
    import_archive(elsewhere, tmp_path / "copy.zip", tmp_path / "elsewhere" / "recordings")
    elsewhere.add_answer(sid, "q3", 2, "typed", "third, answered elsewhere")
    export_archive(elsewhere, tmp_path / "later.zip")
    summary = import_archive(here, tmp_path / "later.zip", tmp_path / "here" / "recordings")
    (session,) = here.sessions()
    assert session.id == sid
    assert sorted((a.position, a.follow_up or "", a.text) for a in session.answers) == [
        (0, "", "first"),
        (0, "And?", "its follow-up"),
        (1, "", "second"),
        (2, "", "third, answered elsewhere"),
    ]
    assert (summary.sessions, summary.answers) == (0, 1)
    assert summary.skipped == (
        "Already here, not imported again: 1 interview (3 answers); 1 new answer added to it."
    )


def test_two_unfinished_interviews_are_two_and_the_newest_is_resumed_walk57(
    tmp_path: Path,
) -> None:
    archive = _two_unfinished(tmp_path / "from")
    here = Storage(tmp_path / "to" / "sessions.sqlite3")
    # an interview interrupted here before the archive's two: theirs are newer
    mine = here.create_session({"name": "Mine", "question_ids": ["q9"]}, T0 - DAY)
    here.add_answer(mine, "q9", 0, "typed", "mine")
    import_archive(here, archive, tmp_path / "to" / "recordings")
    unfinished = [s for s in here.sessions() if s.status == "active"]
    assert sorted(s.name for s in unfinished) == ["Mine", "Newest", "Older"]
    offered = here.unfinished_session()
    assert offered is not None and offered.name == "Newest"  # not the last made ("Older")
    here.finish_session(offered.id, None, status="aborted")  # discarded: the next is offered
    offered = here.unfinished_session()
    assert offered is not None and offered.name == "Older"
    assert [a.text for a in offered.answers if a.follow_up is None] == ["older one again"]


def test_the_plan_reads_a_session_by_its_start_and_plan_not_its_id_walk57() -> None:
    plan = plan_merge(
        [
            {"id": 1, "started_at": T0, "plan_json": '{"b": 1, "a": 2}'},
            {"id": 2, "started_at": T0, "plan_json": "{}"},
        ],
        [
            {"id": 10, "session_id": 1, "position": 0, "follow_up": None},
            {"id": 11, "session_id": 1, "position": 0, "follow_up": "Why?"},
            {"id": 12, "session_id": 1, "position": 0, "follow_up": None},  # twice in the archive
            {"id": 13, "session_id": 2, "position": 0, "follow_up": None},
        ],
        [(7, T0, '{"a":2,"b":1}', "active")],
        [(7, 0, None)],
    )
    assert plan.same_as == {1: 7} and plan.new_sessions == (2,)
    assert plan.skipped_answers == frozenset({10, 12}) and plan.added_answers == 1
    assert answer_key(3.0, None) == (3, None)
