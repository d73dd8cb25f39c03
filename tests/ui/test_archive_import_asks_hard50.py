"""Import data asks before importing an archive whose manifest's counts are not its data.json's
(attack run 50: on an empty history it imported without a word)."""

from __future__ import annotations

from pathlib import Path

from simulator.ui import archive_actions
from tests.core.test_archive_manifest_counts_hard50 import _differing
from tests.ui.waits import page_notice_text


def test_the_window_asks_saying_what_differs_hard50(
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    archive = _differing(tmp_path, sessions=40, answers=120)
    monkeypatch.setattr(archive_actions, "choose_file", lambda _w, saving, _folder=None: archive)
    asked: list[str] = []
    monkeypatch.setattr(window.past, "confirm", lambda title, text: asked.append(text) or False)
    window._archive("import_all")
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert (
        "Its manifest.json lists 40 sessions and 120 answers, but its data.json holds 1 session "
        "and 2 answers: what data.json holds is what is imported. Import it?"
    ) in asked[0]
    qtbot.wait(100)
    assert services.storage.session_count() == 0  # declined: nothing imported

    monkeypatch.setattr(window.past, "confirm", lambda title, text: True)
    window._archive("import_all")
    qtbot.waitUntil(lambda: services.storage.session_count() == 1, timeout=5000)
    qtbot.waitUntil(  # said on Home, where the import goes (walk57)
        lambda: "what data.json holds was imported" in page_notice_text(window.home),
        timeout=5000,
    )
