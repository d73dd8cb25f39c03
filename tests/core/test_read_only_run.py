"""A run opened read-only at start (another program's lock, issue 8): what Home says, what Start
and Resume ask, and Try again, which opens the database as usual once that program is done.
With a real second process holding SQLite's exclusive lock."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core import storage as storage_module
from simulator.core.session.read_only import ReadOnlyRun, read_only_run, still_locked
from simulator.core.storage import Storage
from tests.locked_database import held_locked


@pytest.fixture(autouse=True)
def _short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage_module, "LOCK_WAIT", 0.2)


def _recorded(folder: Path) -> Path:
    path = folder / "sessions.sqlite3"
    storage = Storage(path)
    sid = storage.create_session({"name": "before", "question_ids": ["tech.overfitting"]})
    storage.add_answer(sid, "tech.overfitting", 0, "typed", "kept answer")
    storage.close()
    return path


def test_a_run_that_saves_as_usual_says_nothing(tmp_path: Path) -> None:
    storage = Storage(_recorded(tmp_path))
    try:
        assert read_only_run(storage) is None and storage.read_only_why == ""
        assert storage.reopen_writable()  # nothing to do
    finally:
        storage.close()


def test_locked_at_start_names_the_file_and_the_program(tmp_path: Path) -> None:
    path = _recorded(tmp_path)
    with held_locked(path) as other:
        storage = Storage(path, if_locked="read-only", lock_wait=0.2)
        try:
            run = read_only_run(storage)
            assert run is not None and run.kind == "locked" and run.can_try_again
            banner = run.banner()
            assert banner.startswith("This run is read-only")
            assert str(path) in banner and f"process {other.pid}" in banner
            assert "Try again" in banner and "file" in banner
            for resuming in (False, True):
                detail = run.confirm_detail(resuming)
                assert "kept only if you save them to a file when you quit" in detail
                assert str(path) in detail and "Try again" in detail
            assert run.confirm_question(False).startswith("Start")
            assert run.confirm_question(True).startswith("Resume")
            assert run.confirm_button(False) != run.confirm_button(True)
            # Try again while the other program still holds it: still read-only, said so
            assert not storage.reopen_writable(lock_wait=0.1)
            assert storage.read_only and f"process {other.pid}" in storage.read_only_why
            assert storage.sessions()[0].answers[0].text == "kept answer"  # still reads
            again = still_locked(storage.read_only_why)
            assert again.startswith("Still read-only") and "again again" not in again
        except BaseException:
            storage.close()
            raise
    try:
        # the other program is done: Try again opens it as usual, everything saves
        assert storage.reopen_writable()
        assert not storage.read_only and read_only_run(storage) is None
        sid = storage.create_session({"name": "after", "question_ids": []})
        storage.add_answer(sid, "tech.overfitting", 0, "typed", "new answer")
    finally:
        storage.close()
    texts = sorted(a.text for s in Storage(path).sessions() for a in s.answers)
    assert texts == ["kept answer", "new answer"]


def test_a_read_only_folder_or_full_disk_offers_no_try_again() -> None:
    for kind in ("full", "read-only"):
        run = ReadOnlyRun(kind, "the disk holding /data is full")
        assert not run.can_try_again
        assert "Try again" not in run.banner() and "Try again" not in run.confirm_detail(False)
        assert "file" in run.banner()
