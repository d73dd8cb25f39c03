"""Import data's question before importing says which questions as asked the import leaves out
(attack run 64): an archive whose counts the import keeps as they are was described by its
sessions alone, and the person learnt of them only after the import."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from simulator.core.archive import export_archive, import_preview
from simulator.core.storage import Storage
from simulator.ui.archive_actions import imported_said, preview_said


def test_the_question_before_importing_says_a_question_left_out(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "one" / "sessions.sqlite3")
    question = {"id": "tech.a", "asked_by_a_later_version": True}
    sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.a"]})
    storage.add_answer(sid, "tech.a", 0, "typed", "words")
    export_archive(storage, tmp_path / "all.zip")
    storage.close()
    with zipfile.ZipFile(tmp_path / "all.zip") as z:
        manifest, data = z.read("manifest.json"), json.loads(z.read("data.json"))
    data["question_texts"] = [{"digest": "d", "question_json": json.dumps(question)}]
    data["asked_questions"] = [{"session_id": sid, "question_id": "tech.a", "digest": "d"}]
    with zipfile.ZipFile(tmp_path / "edited.zip", "w") as z:
        z.writestr("manifest.json", manifest)
        z.writestr("data.json", json.dumps(data))
    fresh = Storage(tmp_path / "two" / "sessions.sqlite3")
    preview = import_preview(fresh, tmp_path / "edited.zip")
    said = preview_said(preview)
    assert said.startswith("The archive holds 1 session from ")
    assert "1 question as asked could not be read (question text #1: " in said
    after = imported_said(preview.imported, tmp_path / "edited.zip")
    assert after.startswith("Imported 1 session and 0 recordings from ")
    assert "1 question as asked could not be read" in after
    fresh.close()
