"""Session summaries stored before session means rounded a half up (5bc53919) said 14 for
answers of 14 and 15 in History, Home and Progress, while the Scorecard and every export computed
15 from the answers: schema 6 re-rounds them from their own answers, once, as the file opens."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from simulator.core.history import history
from simulator.core.progress import build_progress
from simulator.core.scorecard import build_scorecard
from simulator.core.scoring.results import SessionScore
from simulator.core.storage import SCHEMA_VERSION, Storage
from tests.core.test_scorecard_model import bank  # noqa: F401
from tests.scores import answer_score


def _old_file(path: Path, sessions: list[list[tuple[int | None, str]]]) -> list[int]:
    """Sessions finished under schema 5, each summary stored by the old rule (``round``); an
    answer is (score or None for a skip, its category)."""
    storage = Storage(path)
    ids = []
    for n, answers in enumerate(sessions):
        sid = storage.create_session(
            {"name": "Old", "question_ids": ["tech.overfit"] * len(answers)},
            started_at=1000.0 + n,
        )
        by_category: dict[str, list[int]] = {}
        for position, (v, category) in enumerate(answers):
            by_category.setdefault(category, []).append(v or 0)
            if v is None:
                storage.add_answer(sid, "tech.overfit", position, "skipped", "")
                continue
            score = answer_score(v, "tech.overfit", category)
            storage.add_answer(sid, "tech.overfit", position, "typed", "An answer.", score=score)
        counted = [v or 0 for v, _ in answers]
        basis = {
            "overall": f"mean of {len(counted)} answer scores",
            "per_category": ", ".join(f"{c}: mean of {len(v)}" for c, v in by_category.items()),
        }
        per = {c: round(sum(v) / len(v)) for c, v in by_category.items()}
        old = round(sum(counted) / len(counted))
        storage.finish_session(sid, SessionScore(old, per, None, None, [], len(counted), basis))
        ids.append(sid)
    storage.close()
    db = sqlite3.connect(path)
    db.execute("DROP INDEX sessions_by_start")  # (schema 6 made it)
    db.execute("DROP INDEX sessions_by_known_start")  # (schema 8 made it)
    db.execute("PRAGMA user_version = 5")
    db.commit()
    db.close()
    return ids


def test_old_summaries_show_the_scorecards_figure_everywhere(tmp_path: Path, bank) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    path = tmp_path / "sessions.sqlite3"
    # 14.5 -> 15, 15.5 stays 16, a skip counts 0 ((29 + 0) / 2 = 14.5 -> 15), 20 stays
    t, b = "technical", "behavioral"
    ids = _old_file(
        path,
        [
            [(14, t), (15, t)],  # 14.5 -> 15
            [(15, t), (16, t)],  # 15.5 stays 16
            [(29, t), (None, t)],  # a skip counts 0: 14.5 -> 15
            [(20, b)],  # stays 20
            [(14, t), (30, b), (15, t), (31, b)],  # 22.5 -> 23, technical 15, behavioral 31
        ],
    )
    storage = Storage(path)
    try:
        assert storage.schema_version == SCHEMA_VERSION and storage.take_notices() == []
        cards = {sid: build_scorecard(storage.session(sid), bank) for sid in ids}
        listed = {row.session_id: row.overall for row in history(storage, {}, {})}
        progress = build_progress(*storage.progress_rows(), {})
        points = {p.session_id: p for p in progress.points}
        for sid, card in cards.items():
            assert listed[sid] == card.overall == points[sid].overall
            shown = {c.category: c.score for c in card.per_category}
            assert points[sid].per_category == shown
        assert [listed[i] for i in ids] == [15, 16, 15, 20, 23]
        assert points[ids[-1]].per_category == {t: 15, b: 31}
    finally:
        storage.close()


def test_a_summary_that_does_not_read_is_kept_and_said(tmp_path: Path) -> None:
    path = tmp_path / "sessions.sqlite3"
    ids = _old_file(path, [[(14, "technical"), (15, "technical")]] * 2)
    db = sqlite3.connect(path)
    db.execute("UPDATE sessions SET score_json = '{\"overall\": 1' WHERE id = ?", (ids[0],))
    db.commit()
    db.close()
    storage = Storage(path)
    try:
        notices = storage.take_notices()
        assert len(notices) == 1 and f"session {ids[0]})" in notices[0]
        assert "kept as stored" in notices[0]
        db = sqlite3.connect(path)
        kept = db.execute("SELECT score_json FROM sessions WHERE id = ?", (ids[0],)).fetchone()
        db.close()
        assert kept[0] == '{"overall": 1'
        summary = storage.session(ids[1]).score
        assert summary is not None and summary.overall == 15
    finally:
        storage.close()
