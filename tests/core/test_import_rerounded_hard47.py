"""An archive exported before session means rounded a half up (5bc53919) holds summaries rounded
the old way (a half to the even number). Schema 6's re-rounding runs on the sessions a file
holds when it is migrated; sessions that arrive by import came after it, so History said 14 for
answers of 14 and 15 while the Scorecard said 15. The import rounds them the current way."""

from __future__ import annotations

from pathlib import Path

from simulator.core.archive import export_archive, import_archive
from simulator.core.history import history
from simulator.core.scoring.results import SessionScore
from simulator.core.storage import Storage
from tests.scores import answer_score


def _old_rounded_session(storage: Storage, values: list[int], started: float) -> int:
    sid = storage.create_session(
        {"name": "Old", "question_ids": ["tech.overfit"] * len(values)}, started_at=started
    )
    for position, v in enumerate(values):
        score = answer_score(v, "tech.overfit", "technical")
        storage.add_answer(sid, "tech.overfit", position, "typed", "An answer.", score=score)
    n = len(values)
    old = round(sum(values) / n)  # the old rule: 14.5 -> 14
    basis = {"overall": f"mean of {n} answer scores", "per_category": f"technical: mean of {n}"}
    storage.finish_session(sid, SessionScore(old, {"technical": old}, None, None, [], n, basis))
    return sid


def test_an_imported_archive_shows_the_scorecards_rounding(tmp_path: Path) -> None:
    old = Storage(tmp_path / "old" / "sessions.sqlite3")
    ids = [
        _old_rounded_session(old, [14, 15], 1000.0),  # 14.5: stored 14, now 15
        _old_rounded_session(old, [15, 16], 1001.0),  # 15.5: 16 both ways
        _old_rounded_session(old, [20], 1002.0),
    ]
    # (made on a current file: no migration ran, so the old figures are what the archive holds)
    assert [s.overall for s in history(old, {}, {})][::-1] == [14, 16, 20]
    export_archive(old, tmp_path / "old.zip")
    old.close()

    fresh = Storage(tmp_path / "new" / "sessions.sqlite3")
    import_archive(fresh, tmp_path / "old.zip", tmp_path / "new" / "recordings")
    listed = {row.session_id: row for row in history(fresh, {}, {})}
    assert [listed[i].overall for i in ids] == [15, 16, 20]
    assert fresh.session(ids[0]).score is not None
    assert fresh.session(ids[0]).score.per_category == {"technical": 15}
    assert fresh.take_notices() == []
    fresh.close()

    # importing again over it (replace) gives the same figures: nothing is rounded twice
    again = Storage(tmp_path / "new" / "sessions.sqlite3")
    import_archive(again, tmp_path / "old.zip", tmp_path / "new" / "recordings", replace=True)
    assert [r.overall for r in history(again, {}, {})][::-1] == [15, 16, 20]
    again.close()
