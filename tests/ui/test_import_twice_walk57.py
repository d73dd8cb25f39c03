"""Import data… through the window (walk57, issue 8): an archive holding two unfinished
interviews, imported beside a history, gives two interviews: Home offers the newest to resume
and lists the other as unfinished, whose answers Review shows; the same archive imported again
stores nothing twice, and Home says what was skipped."""

from __future__ import annotations

from pathlib import Path

from simulator.ui import archive_actions
from tests.core.test_archive_merge_walk57 import T0, _two_unfinished
from tests.ui.recorded import open_review
from tests.ui.waits import HANG_MS, page_notice_text


def _import(qtbot, window, archive: Path, said: str) -> str:  # type: ignore[no-untyped-def]
    window._archive("import_all")
    qtbot.waitUntil(lambda: said in page_notice_text(window.home), timeout=HANG_MS)
    return page_notice_text(window.home)


def test_two_unfinished_interviews_imported_twice_walk57(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:
    storage = services.storage
    mine = storage.create_session({"name": "Mine", "question_ids": ["tech.overfit"]}, T0 - 1e5)
    storage.add_answer(mine, "tech.overfit", 0, "typed", "my own answer")
    storage.finish_session(mine, None)
    archive = _two_unfinished(tmp_path / "from")
    monkeypatch.setattr(archive_actions, "choose_file", lambda _w, saving, _folder=None: archive)
    said = _import(qtbot, window, archive, "Imported")
    assert said.startswith("Imported 3 sessions and 1 recording from "), said
    assert "Already here" not in said
    home = window.home
    qtbot.waitUntil(lambda: home.interrupted.isVisible(), timeout=HANG_MS)
    offered = storage.session(home.interrupted._session_id)
    assert offered is not None and offered.name == "Newest"
    listing = home.past.history
    qtbot.waitUntil(lambda: listing.count() == 3, timeout=HANG_MS)  # Older, Done, Mine
    rows = [listing.item(i).text() for i in range(listing.count())]
    assert rows[0].startswith("\u2068Older\u2069  ·  unfinished"), rows
    older = listing.item(0).data(256)
    page = open_review(qtbot, window, older)
    assert page.replay.transcript.toPlainText() == "older one again"
    assert [box.toPlainText() for box in page.replay.follow_up_answers] == ["its follow-up"]

    window.go_home()
    before = [(s.id, len(s.answers)) for s in storage.sessions()]
    said = _import(qtbot, window, archive, "Already here")
    assert said.startswith(f"Nothing new was imported from {archive}. "), said
    assert "Already here, not imported again: 3 interviews (4 answers)." in said
    assert [(s.id, len(s.answers)) for s in storage.sessions()] == before
