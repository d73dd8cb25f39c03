"""A recovery file (answers the app could not save when it last closed, in the home folder)
whose second answer's length was a whole number past any float (a damaged or hand-edited file:
'"duration_s": 1' and 400 zeros) raised OverflowError out of restore_rescued (attack run 54):
the first answer was put back, the second not, nothing said so, and the window's status line
read 'int too large to convert to float'. That answer is put back without a length, as one
with any other length no answer takes, and the start says so."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.core.session.rescue import FORMAT, restore_rescued
from simulator.core.storage import Storage

WHOLE = "1" + "0" * 400


def test_an_answer_length_past_any_float_is_put_back_without_it_r54(data_dir: Path) -> None:
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.a", "tech.b"]})
    home = data_dir / "home"
    home.mkdir()
    document = {"format": FORMAT, "database": str(storage.path), "sessions": [
        {"session_id": sid, "answers": [
            {"position": 0, "question_id": "tech.a", "follow_up": None, "text": "First.",
             "mode": "typed", "duration_s": 40.0},
            {"position": 1, "question_id": "tech.b", "follow_up": None, "text": "Second.",
             "mode": "typed", "duration_s": "LENGTH"}]}]}  # fmt: skip
    file = home / "ml-interview-unsaved-answers-1.json"
    file.write_text(json.dumps(document).replace('"LENGTH"', WHOLE))
    (notice,) = restore_rescued(storage, home)
    assert "2 answers" in notice and str(file) in notice
    answers = storage.session(sid).answers
    assert [(a.position, a.text, a.duration_s) for a in answers] == [
        (0, "First.", 40.0), (1, "Second.", None)
    ]  # fmt: skip
    storage.close()
