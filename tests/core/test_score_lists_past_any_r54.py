"""A stored score holding more key points, charged claims, warnings, framework steps or tips than
any score holds (a hand-made archive: its JSON cells are bounded only by data.json's size) reads
as damaged, as a score of the wrong shape does (attack run 54). 50,000 key points, tips and STAR
segments in each of a session's two scores (27 and 19 MB of JSON, imported without a word) took
8 s to read, and the scorecard held the window for minutes (2,000 of each: 1.6 s). A score at
the most a question and the checks can give reads whole."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from simulator.core.pack_limits import MAX_FRAMEWORK_STEPS, MAX_KEY_POINTS, MAX_MISCONCEPTIONS
from simulator.core.scoring.results import MAX_CHARGED, MAX_FEEDBACK, AnswerScore
from simulator.core.storage import Storage
from tests.scores import answer_score

POINT = {"id": "kp", "label": "Fits noise", "weight": 1.0, "covered": True,
         "status": "explained", "credit": 1.0, "evidence": "It fits the noise."}  # fmt: skip
CLAIM = {"id": "m", "phrase": "more data always helps", "evidence": "More data always helps.",
         "correction": "Not when the model is too simple."}  # fmt: skip
STEP = {"step": "metrics", "covered": True, "evidence": "I would track recall."}
ITEMS = {"key_points": (POINT, MAX_KEY_POINTS), "misconceptions": (CLAIM, MAX_CHARGED),
         "warned_against": (CLAIM, MAX_MISCONCEPTIONS), "framework": (STEP, MAX_FRAMEWORK_STEPS),
         "feedback": ("Missing key point (weight 2): fits noise.", MAX_FEEDBACK)}  # fmt: skip


def _stored(data_dir: Path, key: str, count: int) -> AnswerScore | None:
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.a"]})
    aid = storage.add_answer(sid, "tech.a", 0, "typed", "It fits the noise.",
                             score=answer_score(64, "tech.a"))  # fmt: skip
    data = answer_score(64, "tech.a").to_dict()
    item = ITEMS[key][0]
    data[key] = [item if isinstance(item, str) else dict(item, id=f"x{i}") for i in range(count)]
    with sqlite3.connect(storage.path) as db:  # as an archive's import stores its cell
        db.execute("UPDATE answers SET score_json = ? WHERE id = ?", (json.dumps(data), aid))
    score = storage.answer(aid).score
    storage.close()
    return score


@pytest.mark.parametrize("key", ITEMS)
def test_a_score_with_more_of_a_list_than_any_holds_reads_as_damaged_r54(
    data_dir: Path, key: str
) -> None:
    assert _stored(data_dir, key, 50_000) is None
    assert _stored(data_dir, key, ITEMS[key][1] + 1) is None


@pytest.mark.parametrize("key", ITEMS)
def test_a_score_at_the_most_any_holds_reads_whole_r54(data_dir: Path, key: str) -> None:
    score = _stored(data_dir, key, ITEMS[key][1])
    assert score is not None and len(getattr(score, key)) == ITEMS[key][1]
