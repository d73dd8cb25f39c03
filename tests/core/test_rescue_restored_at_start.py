"""Attack run of round 26: the app ended by SIGTERM while the disk was full wrote the answers it
could not save to a recovery file in the home folder, named only in the log; on the next start
the unfinished interview resumed without them (the person had to find the file and paste the
answers back). Now the next start puts them back into their session (once), says so, and
resuming scores them. A real tmpfs fills up; needs root to mount, skipped elsewhere."""

from __future__ import annotations

import json
from pathlib import Path

from session_kit import Harness

from simulator.core.interview import State
from simulator.core.session.rescue import restore_rescued
from simulator.core.storage import Storage

FIRST = "Overfitting is when the model memorizes noise in the training set instead of the signal."
SECOND = "Spam filtering needs precision on reported spam, user reports as labels, and retraining."


def test_answers_kept_in_a_recovery_file_are_back_and_scored_after_the_next_start(
    tmpfs, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    mnt = tmpfs.mount("2m")
    home = tmp_path / "home"
    h = Harness(mnt, follow_ups=False)
    h.start("tech.overfit", "case.spam")
    h.to_answering()
    h.session.primary(FIRST)
    h.session.primary()  # on to the second question
    h.to_answering()
    filler = tmpfs.fill(mnt)
    h.session.primary(SECOND * 40)  # does not fit
    assert h.session.unsaved_count() == 1
    # what ui/termination.py does on SIGTERM: nobody is there to be asked
    rescue = h.session.write_recovery_file(home / "ml-interview-unsaved-answers-1.json")
    assert json.loads(rescue.read_text())["database"] == str(h.storage.path)
    h.storage.close()
    filler.unlink()  # the person made room; the app starts again

    storage = Storage(mnt / "sessions.sqlite3")
    (notice,) = restore_rescued(storage, home)
    assert str(rescue) in notice and "1 answer" in notice and "resume" in notice
    record = storage.unfinished_session()
    assert record is not None
    assert [(a.position, a.text) for a in record.answers] == [(0, FIRST), (1, SECOND * 40)]
    assert restore_rescued(storage, home) == []  # never twice
    assert len(storage.session(record.id).answers) == 2

    again = Harness(mnt, follow_ups=False, storage=storage)
    again.session.resume(record, [again.q("tech.overfit"), again.q("case.spam")])
    assert again.session.state is State.SCORECARD or again.session.state is State.WRAP_UP
    (_, second) = storage.session(record.id).answers
    assert second.score is not None and second.overall is not None  # scored on resume
    storage.close()


def test_a_recovery_file_of_another_database_or_a_forged_one_restores_nothing(
    tmp_path: Path,
) -> None:
    storage = Storage(tmp_path / "data" / "sessions.sqlite3")
    sid = storage.create_session({"name": "x", "question_ids": ["tech.overfit", "case.spam"]})
    home = tmp_path / "home"
    home.mkdir()
    answer = {"position": 1, "question_id": "case.spam", "mode": "typed", "text": "kept"}

    def document(**changes: object) -> str:
        doc = {
            "format": "ml-interview-simulator/unsaved-answers",
            "version": 1,
            "database": str(storage.path),
            "sessions": [{"session_id": sid, "answers": [answer]}],
        }
        return json.dumps({**doc, **changes})

    forged = [
        document(database=str(tmp_path / "other" / "sessions.sqlite3")),  # another data folder
        document(database=None),  # written by hand, or by a window close (it asks where)
        document(format="something else"),
        document(sessions=[{"session_id": sid, "answers": [{**answer, "question_id": "x"}]}]),
        document(sessions=[{"session_id": sid, "answers": [{**answer, "position": 9}]}]),
        document(sessions=[{"session_id": sid, "answers": [{**answer, "mode": "sung"}]}]),
        document(sessions=[{"session_id": "1", "answers": [answer]}]),
        document(sessions=[{"session_id": sid + 1, "answers": [answer]}]),
        "{not json",
        "[]",
    ]
    for n, text in enumerate(forged):
        (home / f"ml-interview-unsaved-answers-{n}.json").write_text(text)
    (home / "ml-interview-unsaved-answers-dir.json").mkdir()
    assert restore_rescued(storage, home) == []
    assert storage.session(sid).answers == []
    # the same answer, right: restored; the audio path named outside the data folder is dropped
    good = {**answer, "audio_path": "/etc/passwd", "mode": "spoken"}
    (home / "ml-interview-unsaved-answers-ok.json").write_text(
        document(sessions=[{"session_id": sid, "answers": [good]}])
    )
    (notice,) = restore_rescued(storage, home)
    (restored,) = storage.session(sid).answers
    assert (restored.position, restored.text, restored.audio_path) == (1, "kept", None)
    storage.finish_session(sid, None)
    (home / "ml-interview-unsaved-answers-ok2.json").write_text(
        document(
            sessions=[
                {
                    "session_id": sid,
                    "answers": [{**answer, "position": 0, "question_id": "tech.overfit"}],
                }
            ]
        )
    )
    assert restore_rescued(storage, home) == []  # a finished session is not changed
    storage.close()


def _write_file(home: Path, storage: Storage, sid: int, answer: dict, **extra: object) -> None:
    home.mkdir(exist_ok=True)
    doc = {
        "format": "ml-interview-simulator/unsaved-answers",
        "version": 1,
        "database": str(storage.path),
        "sessions": [{"session_id": sid, "answers": [answer]}],
        **extra,
    }
    (home / "ml-interview-unsaved-answers-1.json").write_text(json.dumps(doc))


def test_a_recording_whose_row_was_opened_but_never_completed_gets_its_words(
    tmp_path: Path,
) -> None:
    """Review 26: a spoken answer's row is opened when its recording starts; the disk filled
    while it was recorded, so its words went only to the recovery file. The restore saw a row
    at that position, called it stored and skipped it: the answer stayed empty, with no
    notice."""
    storage = Storage(tmp_path / "data" / "sessions.sqlite3")
    sid = storage.create_session({"name": "x", "question_ids": ["tech.overfit"]})
    row = storage.add_answer(sid, "tech.overfit", 0, "spoken", "")  # the recording's row
    answer = {"position": 0, "question_id": "tech.overfit", "mode": "spoken", "text": FIRST}
    _write_file(tmp_path / "home", storage, sid, {**answer, "duration_s": 4.5})
    (notice,) = restore_rescued(storage, tmp_path / "home")
    assert "1 answer" in notice
    (restored,) = storage.session(sid).answers
    assert (restored.id, restored.text, restored.duration_s) == (row, FIRST, 4.5)
    assert restore_rescued(storage, tmp_path / "home") == []  # never twice
    storage.close()


def test_a_session_begun_after_the_file_was_written_is_not_the_files_session(
    tmp_path: Path,
) -> None:
    """Review 26: SQLite gives a deleted last session's id to the next one. The file's
    session was deleted before a start could restore it (the disk still full), and a new
    session of the same question took its id: the old answer was put into the new session."""
    storage = Storage(tmp_path / "data" / "sessions.sqlite3")
    plan = {"name": "Practise again", "question_ids": ["tech.overfit"]}
    old = storage.create_session(plan, started_at=1_000_000.0)
    answer = {"position": 0, "question_id": "tech.overfit", "mode": "typed", "text": FIRST}
    written = "1970-01-12T13:46:50+0000"  # 1_000_010 s: ten seconds after it began
    _write_file(tmp_path / "home", storage, old, answer, written_at=written)
    storage.delete_session(old)
    new = storage.create_session(plan, started_at=2_000_000.0)
    assert new == old  # the id is given again
    assert restore_rescued(storage, tmp_path / "home") == []
    assert storage.session(new).answers == []
    # the file's own session (begun before it was written) still gets it
    storage.delete_session(new)
    again = storage.create_session(plan, started_at=1_000_005.0)
    (notice,) = restore_rescued(storage, tmp_path / "home")
    assert [a.text for a in storage.session(again).answers] == [FIRST]
    storage.close()


def test_the_notice_says_to_keep_a_file_that_still_holds_answers_put_back_nowhere(
    tmp_path: Path,
) -> None:
    """Review 26: a file held two interviews' answers; one was deleted meanwhile. The start
    put the other's back and said 'The file can be deleted.', though the deleted interview's
    answer was then in that file alone."""
    storage = Storage(tmp_path / "data" / "sessions.sqlite3")
    plan = {"name": "x", "question_ids": ["tech.overfit"]}
    kept, gone = storage.create_session(plan), storage.create_session(plan)
    saved = storage.create_session(plan)
    storage.add_answer(saved, "tech.overfit", 0, "typed", SECOND)  # saved before it ended
    answer = {"position": 0, "question_id": "tech.overfit", "mode": "typed", "text": FIRST}
    home = tmp_path / "home"
    home.mkdir()
    doc = {
        "format": "ml-interview-simulator/unsaved-answers",
        "version": 1,
        "database": str(storage.path),
        "sessions": [
            {"session_id": kept, "answers": [answer]},
            {"session_id": gone, "answers": [{**answer, "text": SECOND}]},
            {"session_id": saved, "answers": [{**answer, "text": SECOND + " "}]},
        ],
    }
    (home / "ml-interview-unsaved-answers-1.json").write_text(json.dumps(doc))
    storage.delete_session(gone)
    (notice,) = restore_rescued(storage, home)
    assert "1 answer" in notice and "Keep the file: 1 other answer" in notice
    assert "can be deleted" not in notice
    assert [a.text for a in storage.session(kept).answers] == [FIRST]
    # a file whose every answer is in the database again can go
    storage.finish_session(saved, None)
    storage.delete_session(kept)
    again = storage.create_session(plan)
    doc["sessions"] = [{"session_id": again, "answers": [answer]}, doc["sessions"][2]]
    (home / "ml-interview-unsaved-answers-1.json").write_text(json.dumps(doc))
    (notice,) = restore_rescued(storage, home)
    assert notice.endswith("The file can be deleted.")
    storage.close()


def test_a_write_failing_part_way_still_says_what_came_back_and_to_keep_the_file(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Review 26: the disk filled again as the file's answers were put back. The first was in
    the database, the error ended the file's restore, and the start said nothing of either."""
    from simulator.core.storage import StorageError

    storage = Storage(tmp_path / "data" / "sessions.sqlite3")
    sid = storage.create_session({"name": "x", "question_ids": ["tech.overfit", "case.spam"]})
    first = {"position": 0, "question_id": "tech.overfit", "mode": "typed", "text": FIRST}
    second = {"position": 1, "question_id": "case.spam", "mode": "typed", "text": SECOND}
    home = tmp_path / "home"
    home.mkdir()
    doc = {
        "format": "ml-interview-simulator/unsaved-answers",
        "version": 1,
        "database": str(storage.path),
        "sessions": [{"session_id": sid, "answers": [first, second]}],
    }
    (home / "ml-interview-unsaved-answers-1.json").write_text(json.dumps(doc))
    add = storage.add_answer

    def full_after_one(*args, **kwargs):  # type: ignore[no-untyped-def]
        if storage.session(sid).answers:
            raise StorageError(f"cannot write to {storage.path}: the disk is full", "full")
        return add(*args, **kwargs)

    monkeypatch.setattr(storage, "add_answer", full_after_one)
    (notice,) = restore_rescued(storage, home)
    assert "1 answer" in notice and "Keep the file: 1 other answer" in notice
    monkeypatch.setattr(storage, "add_answer", add)  # room again: the next start
    (notice,) = restore_rescued(storage, home)
    assert "1 answer" in notice and notice.endswith("The file can be deleted.")
    assert [a.text for a in storage.session(sid).answers] == [FIRST, SECOND]
    storage.close()
