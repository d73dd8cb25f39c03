"""A stored follow-up prompt longer than any the app asks (a hand-made plan in an archive or a
database edited by hand) reads as no follow-up known (attack run 53). A session whose plan said
it was asking a follow-up of 960,000 characters held the window for 25 s when resumed (12 s to
show the follow-up, 12 s more before it took a key), the page filled with it and the
interviewer ready to read it aloud; resume now moves on, as when the follow-up could not be
kept. A prompt the app could have asked is kept, without control characters."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from simulator.core.pack_limits import MAX_TEXT
from simulator.core.storage import Storage
from simulator.core.stored_plan import FollowUpAsked, StoredPlan

PROMPT = "How would you detect it in practice?"


def _plan(prompt: str) -> dict[str, object]:
    return {"name": "Quick practice", "question_ids": ["tech.overfit"],
            "follow_up_asked": {"position": 0, "prompt": prompt}}  # fmt: skip


def test_a_follow_up_prompt_longer_than_any_asked_is_not_resumed_r53(data_dir: Path) -> None:
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session(_plan(PROMPT))
    with sqlite3.connect(storage.path) as db:
        db.execute(
            "UPDATE sessions SET plan_json = ? WHERE id = ?",
            (json.dumps(_plan("How would you detect it in practice and why? " * 20_000)), sid),
        )
    assert storage.session(sid).plan.follow_up_asked is None
    storage.close()
    assert StoredPlan.from_dict(_plan("x" * (MAX_TEXT + 1))).follow_up_asked is None


def test_a_follow_up_prompt_the_app_could_ask_is_kept_r53() -> None:
    assert StoredPlan.from_dict(_plan(PROMPT)).follow_up_asked == FollowUpAsked(0, PROMPT)
    longest = "w" * MAX_TEXT
    assert StoredPlan.from_dict(_plan(longest)).follow_up_asked == FollowUpAsked(0, longest)
    rung = StoredPlan.from_dict(_plan("How would you\x07 detect it\x1b[31m?"))
    assert rung.follow_up_asked == FollowUpAsked(0, "How would you detect it[31m?")
