"""A draft left by a session whose id is given to a new one is not offered as the new one's
(attack run 55, issue 8: wrong data).

Drafts are kept by session id alone (drafts/session-N.json). An interview stopped while an
answer was typed leaves one; deleting that session from History, or deleting the database to
start afresh, leaves the draft, and SQLite gives the next session the same id. When that new
interview stopped in turn before anything was typed (the countdown, a spoken answer), Home said
an answer was being typed and Resume put the old words, written for another question, into
the new question's box. A new session now removes a draft its id still has."""

from __future__ import annotations

from pathlib import Path

from session_kit import Harness

from simulator.core.session import events as ev

OLD = "Spam filtering needs user reports as labels and precision on the reported mail"


def test_a_reused_session_id_does_not_bring_back_an_old_draft_r55(tmp_path: Path) -> None:
    first = Harness(tmp_path, follow_ups=False)
    first.start("case.spam", "tech.overfit")
    first.to_answering()
    first.session.save_draft(OLD)
    old_id = first.session.session_id
    assert old_id is not None and (tmp_path / "drafts" / f"session-{old_id}.json").exists()
    # The app stops; the session is then deleted from History (or the database by hand)
    first.storage.delete_session(old_id)

    second = Harness(tmp_path, follow_ups=False, storage=first.storage)
    second.start("tech.overfit", "case.spam")
    assert second.session.session_id == old_id  # SQLite gave the id again
    # ... and this interview stops in the countdown, before a word is typed
    third = Harness(tmp_path, follow_ups=False, storage=first.storage)
    record = third.storage.unfinished_session()
    assert record is not None and record.id == old_id
    third.session.resume(record, [third.q("tech.overfit"), third.q("case.spam")])
    assert third.of(ev.DraftRestored) == []  # before: the spam answer, in the overfit box
    assert not any("typing when the app closed" in n for n in third.notices())


def test_an_import_leaves_no_draft_under_the_ids_it_gives_r55(tmp_path: Path) -> None:
    """An archive's interrupted interview, imported over a history that had a draft under the
    same id, was resumed with that draft's words."""
    from simulator.core.archive import export_archive, import_archive
    from simulator.core.storage import Storage

    source = Storage(tmp_path / "src" / "sessions.sqlite3")
    sid = source.create_session({"name": "Test", "question_ids": ["tech.overfit"]})
    export_archive(source, tmp_path / "all.zip")
    source.close()
    here = Harness(tmp_path / "here", follow_ups=False)
    here.start("case.spam")
    here.to_answering()
    here.session.save_draft(OLD)
    assert here.session.session_id == sid
    stale = tmp_path / "here" / "drafts" / f"session-{sid}.json"
    assert stale.exists()
    import_archive(here.storage, tmp_path / "all.zip", tmp_path / "here" / "recordings", True)
    assert not stale.exists()  # before: still there, offered when the import is resumed
