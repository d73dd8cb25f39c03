"""History lists a session's categories when its questions are gone from the packs.

Walkthrough 51: an archive imported into a data folder without the user pack its question
came from. Its scorecard says "Technical", but History's Categories cell was empty and its
Category filter (Technical) hid the session: the categories were read from the bank alone."""

from __future__ import annotations

from pathlib import Path

from simulator.core.history import history
from simulator.core.scoring.results import SessionScore
from simulator.core.storage import Storage
from tests.scores import answer_score


def _storage(tmp_path: Path) -> Storage:
    s = Storage(tmp_path / "s.sqlite3")
    sid = s.create_session({"name": "Custom"}, started_at=1000.0)
    s.add_answer(sid, "tech.gone", 0, "typed", "Dropout drops units.", score=answer_score(55))
    s.add_answer(sid, "beh.known", 1, "typed", "A story.", score=answer_score(40))
    s.finish_session(sid, SessionScore(48, {"technical": 55, "behavioral": 40}, None, None, []))
    return s


def test_a_gone_question_keeps_its_category_in_history_r51(tmp_path: Path) -> None:
    s = _storage(tmp_path)
    try:
        (row,) = history(s, {"beh.known": "behavioral"}, {"beh.known": "conflict"})
        assert row.categories == {"technical", "behavioral"}
        assert row.topics == {"conflict"}  # a topic is the bank's alone
    finally:
        s.close()


def test_known_questions_say_their_categories_as_before_r51(tmp_path: Path) -> None:
    s = _storage(tmp_path)
    try:
        known = {"tech.gone": "technical", "beh.known": "behavioral"}
        (row,) = history(s, known, {})
        assert row.categories == {"technical", "behavioral"}
    finally:
        s.close()
