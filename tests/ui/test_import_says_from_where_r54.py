"""Walkthrough 54 (1280x800, dark, a fresh data folder): Interview → Import data… of an archive
said "Imported 2 sessions and 0 recordings." and not from which file, where the export says
where it wrote ("Exported 2 sessions and 0 recordings to …/all.zip."). It names the file."""

from __future__ import annotations

from pathlib import Path

from simulator.ui import archive_actions
from tests.ui.recorded import spoken_session
from tests.ui.waits import page_notice_text


def test_an_import_names_the_archive_it_read_r54(  # type: ignore[no-untyped-def]
    qtbot, window, services, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    storage = services.storage
    spoken_session(storage, services.bank, data_dir / "recordings" / "a.wav")
    archive = tmp_path / "backup.zip"
    monkeypatch.setattr(archive_actions, "choose_file", lambda _w, saving, _folder=None: archive)
    window._archive("export_all")
    qtbot.waitUntil(lambda: archive.exists(), timeout=5000)
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=5000)
    storage.delete_session(storage.sessions()[0].id)  # a fresh history: the archive goes in whole
    window._archive("import_all")
    # said on Home, where the import goes, until dismissed (walk57)
    qtbot.waitUntil(lambda: "Imported" in page_notice_text(window.home), timeout=5000)
    said = page_notice_text(window.home)
    assert said.startswith("Imported 1 session and 1 recording from "), said
    assert str(archive) in said
