"""An archive's finished copy of an interview completes the copy unfinished here (hist58, issue 8).

The person stopped an interview on this machine, exported it, finished it on another machine
and exported it from there. Importing that archive here made a second interview beside the
unfinished one (the plan had moved on: its time in and the follow-up being asked differ), or,
when the plan was the same, left the one here unfinished. Now the finished copy completes it:
one interview, finished, every answer of both copies, nothing recorded here lost, and the person
told. The reverse (an unfinished copy in the archive of an interview finished here) adds
nothing and says so. Real SQLite files, real archives."""

from __future__ import annotations

from pathlib import Path

from simulator.core.archive import export_archive, import_archive
from simulator.core.archive_merge import plan_merge, session_key
from simulator.core.storage import Storage
from tests.scores import answer_score, session_score

T0 = 1_780_000_000.0
PLAN = {"name": "Loop", "question_ids": ["q1", "q2", "q3"], "counts": {}, "topics": []}


def _stopped_here(folder: Path) -> tuple[Storage, int]:
    """An interview stopped here after its first answer (with a note and a rating), while the
    follow-up to it was asked."""
    here = Storage(folder / "sessions.sqlite3")
    sid = here.create_session(dict(PLAN), T0)
    first = here.add_answer(sid, "q1", 0, "typed", "first answer", score=answer_score(40, "q1"))
    here.set_note(first, "say the number first")
    here.set_rating(first, 2)
    here.note_time_in(sid, 70.0)
    here.note_follow_up(sid, 0, "And the latency?")
    return here, sid


def _finished_elsewhere(tmp_path: Path, here: Storage, same_plan: bool = False) -> Path:
    """The interview exported from here, imported on another machine, finished there (the
    follow-up answered, which re-scored the first answer, and two more answers), exported."""
    export_archive(here, tmp_path / "stopped.zip")
    there = Storage(tmp_path / "there" / "sessions.sqlite3")
    import_archive(there, tmp_path / "stopped.zip", tmp_path / "there" / "recordings")
    (record,) = there.sessions()
    sid = record.id
    first = next(a for a in record.answers if a.follow_up is None)
    there.add_answer(sid, "q1", 0, "typed", "about 40 ms at p99", follow_up="And the latency?")
    there.save_rescore(sid, [(first.id, answer_score(75, "q1"))], [], None)
    there.add_answer(sid, "q2", 1, "typed", "second answer", score=answer_score(80, "q2"))
    there.add_answer(sid, "q3", 2, "typed", "third answer", score=answer_score(90, "q3"))
    if not same_plan:
        there.note_follow_up(sid, None)
        there.note_time_in(sid, 400.0)
        there.add_time_away(sid, 3600.0)
    there.finish_session(sid, session_score(82, {"technical": 82}))
    export_archive(there, tmp_path / "finished.zip")
    there.close()
    return tmp_path / "finished.zip"


def test_a_finished_copy_completes_the_interview_unfinished_here_hist58(tmp_path: Path) -> None:
    here, sid = _stopped_here(tmp_path / "here")
    archive = _finished_elsewhere(tmp_path, here)
    summary = import_archive(here, archive, tmp_path / "here" / "recordings")
    (session,) = here.sessions()  # one interview, not a second one beside it
    assert session.id == sid and session.status == "finished"
    assert session.score is not None and session.score.overall == 82
    assert session.plan.time_in_s == 400.0 and session.plan.follow_up_asked is None
    assert sorted((a.position, a.follow_up or "", a.text, a.overall) for a in session.answers) == [
        (0, "", "first answer", 75),  # the finished copy's score: its follow-up counted
        (0, "And the latency?", "about 40 ms at p99", None),
        (1, "", "second answer", 80),
        (2, "", "third answer", 90),
    ]
    first = next(a for a in session.answers if a.follow_up is None and a.position == 0)
    assert here.notes(sid) == {first.id: "say the number first"}  # nothing here lost
    assert here.ratings() == {first.id: 2}
    assert here.unfinished_session() is None  # no longer offered to resume
    assert (summary.sessions, summary.answers, summary.completed) == (0, 3, 1)
    assert summary.skipped == "1 interview completed from the archive (3 new answers)."
    # imported again: nothing more, and nothing completed twice
    again = import_archive(here, archive, tmp_path / "here" / "recordings")
    assert len(here.sessions()) == 1 and (again.answers, again.completed) == (0, 0)
    assert again.skipped == "Already here, not imported again: 1 interview (4 answers)."


def test_a_finished_copy_of_the_same_plan_finishes_the_one_here_hist58(tmp_path: Path) -> None:
    """The plan unchanged (nothing noted as it ran): it was found, but stayed unfinished."""
    here = Storage(tmp_path / "here" / "sessions.sqlite3")
    sid = here.create_session(dict(PLAN), T0)
    here.add_answer(sid, "q1", 0, "typed", "first answer", score=answer_score(40, "q1"))
    archive = _finished_elsewhere(tmp_path, here, same_plan=True)
    import_archive(here, archive, tmp_path / "here" / "recordings")
    (session,) = here.sessions()
    assert session.status == "finished" and len(session.answers) == 4


def test_an_answer_here_with_other_words_is_kept_hist58(tmp_path: Path) -> None:
    """The interview went on here too after the export: the answer recorded here stays (the
    archive's other answer to that question is not taken), and the rest is completed."""
    here, sid = _stopped_here(tmp_path / "here")
    export_archive(here, tmp_path / "stopped.zip")
    there = Storage(tmp_path / "there" / "sessions.sqlite3")
    import_archive(there, tmp_path / "stopped.zip", tmp_path / "there" / "recordings")
    there.add_answer(sid, "q2", 1, "typed", "said there", score=answer_score(80, "q2"))
    there.add_answer(sid, "q3", 2, "typed", "third answer", score=answer_score(90, "q3"))
    there.finish_session(sid, session_score(70))
    export_archive(there, tmp_path / "finished.zip")
    here.add_answer(sid, "q2", 1, "typed", "said here", score=answer_score(60, "q2"))
    import_archive(here, tmp_path / "finished.zip", tmp_path / "here" / "recordings")
    (session,) = here.sessions()
    assert session.status == "finished"
    assert sorted((a.position, a.text, a.overall) for a in session.answers) == [
        (0, "first answer", 40),
        (1, "said here", 60),
        (2, "third answer", 90),
    ]


def test_an_unfinished_copy_of_an_interview_finished_here_adds_nothing_hist58(
    tmp_path: Path,
) -> None:
    here, sid = _stopped_here(tmp_path / "here")
    export_archive(here, tmp_path / "stopped.zip")  # the unfinished copy
    # elsewhere, the unfinished copy went on one more answer, still unfinished, exported
    there = Storage(tmp_path / "there" / "sessions.sqlite3")
    import_archive(there, tmp_path / "stopped.zip", tmp_path / "there" / "recordings")
    there.add_answer(sid, "q2", 1, "typed", "said there", score=answer_score(80, "q2"))
    there.note_time_in(sid, 200.0)
    export_archive(there, tmp_path / "went_on.zip")
    # here, it was resumed and finished
    here.note_follow_up(sid, None)
    here.add_answer(sid, "q2", 1, "typed", "second answer", score=answer_score(70, "q2"))
    here.add_answer(sid, "q3", 2, "typed", "third answer", score=answer_score(90, "q3"))
    here.finish_session(sid, session_score(67))
    before = here.session(sid)
    for archive in ("stopped.zip", "went_on.zip"):
        summary = import_archive(here, tmp_path / archive, tmp_path / "here" / "recordings")
        assert (summary.sessions, summary.answers, summary.completed) == (0, 0, 0)
        assert summary.skipped == (
            "1 interview finished here already: its unfinished copy in the archive added nothing."
        )
    (session,) = here.sessions()
    assert session.status == "finished" and session.score == before.score
    assert sorted((a.position, a.text) for a in session.answers) == sorted(
        (a.position, a.text) for a in before.answers
    )


def test_two_copies_are_one_interview_whatever_they_noted_as_they_ran_hist58() -> None:
    plan = '{"name": "Loop", "question_ids": ["q1"]}'
    ran = '{"name": "Loop", "question_ids": ["q1"], "time_in_s": 80.0, "away_s": 5.0, ' + (
        '"follow_up_asked": {"position": 0, "prompt": "Why?"}}'
    )
    assert session_key(T0, plan) == session_key(T0, ran)
    assert session_key(T0, plan) != session_key(T0, '{"name": "Loop", "question_ids": ["q2"]}')
    merged = plan_merge(
        [{"id": 1, "started_at": T0, "plan_json": ran, "status": "finished"}],
        [{"id": 10, "session_id": 1, "position": 0, "follow_up": None}],
        [(7, T0, plan, "aborted")],  # discarded here: completed too
        [(7, 0, None)],
    )
    assert merged.same_as == {1: 7} and merged.completed == (1,)
    assert merged.skipped_said() == "1 interview completed from the archive."
