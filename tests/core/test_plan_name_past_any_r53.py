"""A stored plan's name longer than any the app gives (a hand-made archive: JSON cells have no
text limit of their own) is read as its start, end and length (attack run 53). A session named
'Quick practice ' 70,000 times (1,050,000 characters) held the window when History opened
(409 ms of work, then 2 s before the next event) and when its Review opened (1.9 s of work, 2 s
more), where the same session with its own name took 12 and 42 ms; 'history' printed the name
whole on one line, and the scorecard's title held it all."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from simulator.core.long_names import SHOWN_NAME
from simulator.core.storage import Storage
from simulator.core.stored_plan import StoredPlan

LONG = "Quick practice " * 70_000


def test_a_plan_name_past_any_given_is_read_short_r53(data_dir: Path) -> None:
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.overfit"]})
    with sqlite3.connect(storage.path) as db:
        db.execute(
            "UPDATE sessions SET plan_json = ? WHERE id = ?",
            (json.dumps({"name": LONG, "question_ids": ["tech.overfit"]}), sid),
        )
    storage.add_answer(sid, "tech.overfit", 0, "typed", "It memorizes noise in the data.")
    storage.finish_session(sid, None)
    name = storage.session(sid).plan.shown_name
    (listed,) = [r.plan_name for r in storage.history_rows()]  # History's own reading
    storage.close()
    assert len(name) <= SHOWN_NAME, len(name)
    assert name.startswith("Quick practice") and f"({len(LONG):,} characters)" in name
    assert listed == name


def test_a_name_the_app_gives_is_read_as_it_is_r53() -> None:
    for name in ("Quick practice", "Practise again", "x" * SHOWN_NAME):
        assert StoredPlan.from_dict({"name": name}).shown_name == name
