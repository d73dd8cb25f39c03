"""What the window says before an import is what the import does (attack run 59: an archive
holding one interview twice was previewed as 3 sessions, the import stored 2)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from simulator.core.archive import import_archive, import_preview
from simulator.core.storage import Storage
from tests.core.test_archive_held_twice_attack59 import T0, _held_twice

BEFORE = "1 interview the archive holds twice is imported once (1 answer held twice left out)."


def test_the_preview_counts_what_the_import_stores_attack60(tmp_path: Path) -> None:
    archive = _held_twice(tmp_path / "from")
    here = Storage(tmp_path / "to" / "sessions.sqlite3")
    preview = import_preview(here, archive)
    assert (preview.held.sessions, preview.held.answers) == (3, 5)
    assert here.session_count() == 0  # nothing written
    imported = import_archive(here, archive, tmp_path / "to" / "recordings")
    assert preview.imported.skipped == BEFORE
    assert dataclasses.replace(preview.imported, skipped=imported.skipped) == imported


def test_the_preview_beside_sessions_here_attack60(tmp_path: Path) -> None:
    archive = _held_twice(tmp_path / "from")
    here = Storage(tmp_path / "to" / "sessions.sqlite3")
    mine = here.create_session({"name": "Mine", "question_ids": ["q9"]}, T0 + 5000)
    here.add_answer(mine, "q9", 0, "typed", "my own answer")
    first = import_preview(here, archive).imported
    assert (first.sessions, first.answers, first.recordings) == (2, 4, 1)
    import_archive(here, archive, tmp_path / "to" / "recordings")
    again = import_preview(here, archive).imported
    assert (again.sessions, again.answers, again.recordings) == (0, 0, 0)
    assert again.skipped.startswith(BEFORE + " Already here, not imported again: 2 interviews")
