"""Progress's "Weakest topics" when the scored answers are of questions no longer in the packs.

Walkthrough 51: an archive imported into a data folder without the pack its question came
from (its scorecard reads 55, Progress's chart shows the 55), and "Weakest topics (mean
score)" said "No scored answers yet.": untrue. Their topics are unknown, and the list says so."""

from __future__ import annotations

from pathlib import Path

from simulator.core.progress import build_progress
from simulator.core.scoring.results import SessionScore
from simulator.core.storage import Storage
from tests.scores import answer_score


def _progress(tmp_path: Path, topics: dict[str, str]):  # type: ignore[no-untyped-def]
    s = Storage(tmp_path / "s.sqlite3")
    sid = s.create_session({"name": "Custom"}, started_at=1000.0)
    s.add_answer(sid, "tech.gone", 0, "typed", "Dropout drops units.", score=answer_score(55))
    s.add_answer(sid, "tech.gone-too", 1, "skipped", "")
    s.finish_session(sid, SessionScore(28, {"technical": 28}, None, None, []))
    sessions, answers = s.progress_rows()
    try:
        return build_progress(sessions, answers, topics)
    finally:
        s.close()


def test_scored_answers_of_gone_questions_are_counted_not_called_none_r51(
    tmp_path: Path,
) -> None:
    from simulator.ui.pages.progress import _lists_html

    progress = _progress(tmp_path, {})
    assert progress.weak_topics == [] and progress.unknown_topic == 2
    text = _lists_html(progress)
    assert "No scored answers yet" not in text
    assert "2 scored answers are to questions no longer in your question packs" in text


def test_a_known_topic_is_listed_as_before_r51(tmp_path: Path) -> None:
    progress = _progress(tmp_path, {"tech.gone": "regularization"})
    assert [r.label for r in progress.weak_topics] == ["regularization"]
    assert progress.unknown_topic == 1
