"""Attempts names an attempt by its session's start, as every other screen does (issue 8,
walk63)."""

from __future__ import annotations


def test_an_attempt_is_named_by_its_session_s_start_as_every_screen_names_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Attempts named the first attempt "2026-12-07 00:49" (its answer's time) while the
    scorecard that compared with it said "+13 vs 73 on 2026-12-07 00:47" and History listed
    its session at 00:47 (walk63)."""
    from simulator.core.attempts import loaded_attempts
    from simulator.core.storage import Storage
    from simulator.core.tables import shown_when

    storage = Storage(tmp_path / "s.sqlite3")
    sid = storage.create_session({"name": "Quick", "question_ids": ["q"]}, started_at=1_800_000_000)
    storage.add_answer(sid, "q", 0, "typed", "an answer")  # answered minutes later (now)
    got = loaded_attempts(storage.attempts("q"), storage.attempt_starts("q"))
    assert shown_when(1_800_000_000) in got.labels[0], got.labels
