"""A deleted session's questions as asked went on in the file (walk65): ``question_texts``
keeps each version of a question once, for every session that asked it, and deleting the
last session that asked one left its words, a custom question's too, in the database the
person had deleted it from. Checked in the real SQLite file, read by a second connection."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from tests.ui.conftest import PACK


def _texts(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in db.execute("SELECT question_json FROM question_texts"))
    finally:
        db.close()


def test_deleting_the_last_session_that_asked_a_question_deletes_its_words(
    tmp_path: Path,
) -> None:
    bank = load_packs([PACK])
    shared = bank.questions["tech.overfit"]
    own = bank.questions["case.spam"].model_copy(
        update={"id": "my.private", "prompt": "A question about my employer's secret project?"}
    )
    path = tmp_path / "sessions.sqlite3"
    storage = Storage(path)
    try:
        kept = storage.create_session(
            {"name": "Custom", "question_ids": [shared.id]}, asked=[shared]
        )
        deleted = storage.create_session(
            {"name": "Custom", "question_ids": [shared.id, own.id]}, asked=[shared, own]
        )
        assert any("secret project" in t for t in _texts(path))
        storage.delete_session(deleted)
        left = _texts(path)
        assert not any("secret project" in t for t in left), left
        # the version another session asked stays, and reads back as asked
        assert len(left) == 1
        assert storage.asked_questions(kept)[shared.id].prompt == shared.prompt
        storage.delete_session(kept)
        assert _texts(path) == []
    finally:
        storage.close()


def test_an_archive_that_replaces_the_history_leaves_no_question_of_the_old_one(
    tmp_path: Path,
) -> None:
    bank = load_packs([PACK])
    own = bank.questions["case.spam"].model_copy(
        update={"id": "my.private", "prompt": "A question about my employer's secret project?"}
    )
    source = Storage(tmp_path / "other.sqlite3")
    target = Storage(tmp_path / "sessions.sqlite3")
    try:
        source.create_session({"name": "Custom", "question_ids": ["tech.overfit"]},
                              asked=[bank.questions["tech.overfit"]])  # fmt: skip
        target.create_session({"name": "Custom", "question_ids": [own.id]}, asked=[own])
        target.import_rows(source.export_rows(), replace=True)
        left = _texts(tmp_path / "sessions.sqlite3")
        assert not any("secret project" in t for t in left), left
        assert len(left) == 1
    finally:
        source.close()
        target.close()
