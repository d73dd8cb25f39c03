"""``ml-interview history`` read every session in full (transcripts, word timings, whole scores)
before printing a line: 55 s and 880 MB at 18,000 sessions. ``Storage.listed_summaries`` reads
only what it prints, in one query, streamed; it lists what ``listed_sessions`` lists."""

from __future__ import annotations

from pathlib import Path

from simulator.core.storage import Storage
from tests.scores import answer_score, session_score


def _storage(path: Path) -> Storage:
    storage = Storage(path)
    for n, (qids, modes) in enumerate(
        [
            (["tech.a", "tech.b"], ["typed", "skipped"]),
            (["tech.a"], ["typed"]),
            (["tech.b", "tech.a", "tech.c"], ["typed", "typed", "spoken"]),
        ]
    ):
        sid = storage.create_session({"name": f"Plan {n}", "question_ids": qids}, 1000.0 + n)
        for position, (qid, mode) in enumerate(zip(qids, modes, strict=True)):
            if mode == "skipped":
                storage.add_answer(sid, qid, position, mode, "")
                continue
            score = answer_score(40 + 10 * n + position, qid)
            storage.add_answer(sid, qid, position, mode, "words " * 50, score=score)
            storage.add_answer(sid, qid, position, "typed", "a follow-up", follow_up="Why?")
        storage.finish_session(sid, session_score(41 + n))
    storage.create_session({"name": "Opened", "question_ids": ["tech.a"]}, 2000.0)  # no answer
    return storage


def _summed_up(storage: Storage, limit: int | None) -> list[tuple[object, ...]]:
    """What the command prints of each session, from the full records (as it did)."""
    seen: dict[str, int] = {}
    attempt: dict[int, int] = {}
    for answer_id, question_id, *_ in storage.answer_outcomes(finished_only=False):
        seen[question_id] = seen.get(question_id, 0) + 1
        attempt[answer_id] = seen[question_id]
    out = []
    for s in storage.listed_sessions(limit):
        main = [a for a in s.answers if a.follow_up is None]
        answers = [
            (a.id, a.position, a.question_id, a.mode, a.overall, a.score.components if a.score else {}, attempt[a.id])
            for a in main
        ]  # fmt: skip
        overall = s.score.overall if s.score else None
        out.append(
            (s.id, s.started_at, s.status, s.name, len(s.plan.question_ids), overall, answers)
        )
    return out


def test_the_listing_reads_what_it_prints_in_one_query(tmp_path: Path) -> None:
    storage = _storage(tmp_path / "sessions.sqlite3")
    try:
        for limit in (None, 1, 2):
            expected = _summed_up(storage, limit)
            run: list[str] = []
            storage._db.set_trace_callback(run.append)
            got = [
                (s.id, s.started_at, s.status, s.name, s.planned, s.overall,
                 [(a.id, a.position, a.question_id, a.mode, a.overall, a.components, a.attempt)
                  for a in s.answers])
                for s in storage.listed_summaries(limit)
            ]  # fmt: skip
            storage._db.set_trace_callback(None)
            assert got == expected
            assert len(run) == 1 and "transcript_json" not in run[0] and "a.text" not in run[0]
        assert [a.attempt for a in next(storage.listed_summaries(1)).answers] == [2, 3, 1]
    finally:
        storage.close()
