"""Export all data onto a full disk, and Import data from a file that is not an archive, from
the window's menu (attack run 38). Each failure was said only in the status bar, for 15
seconds, as the file dialog closed: easily missed, as the scorecard's export was (its failure
stays in a message since). Now a message stays, naming the file and why; nothing here is
changed by a failed import."""

from __future__ import annotations

from pathlib import Path

from simulator.ui import archive_actions
from tests.ui.recorded import spoken_session
from tests.ui.waits import HANG_MS


def _said(qtbot, window) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    def shown() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox) if b.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=HANG_MS)
    (box,) = shown()
    title, text = box.windowTitle(), box.text()
    box.close()
    return title, text


def test_an_archive_export_onto_a_full_disk_is_said_in_a_message_that_stays(  # type: ignore[no-untyped-def]
    qtbot, window, services, data_dir: Path, tmpfs, monkeypatch
) -> None:
    spoken_session(services.storage, services.bank, data_dir / "recordings" / "a.wav")
    disk = tmpfs.mount("256k")
    tmpfs.fill(disk)
    target = disk / "backup.zip"
    monkeypatch.setattr(archive_actions, "choose_file", lambda _w, saving, _folder=None: target)
    window._archive("export_all")
    title, text = _said(qtbot, window)
    assert title == "Export failed"
    assert str(target) in text and "no space left" in text.lower(), text


def test_importing_a_file_that_is_not_an_archive_is_said_and_changes_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, services, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    storage = services.storage
    sid, ids = spoken_session(storage, services.bank, data_dir / "recordings" / "a.wav")
    storage.set_note(ids[0], "mine")
    source = tmp_path / "holiday.zip"
    source.write_bytes(b"this is not a zip file at all")
    monkeypatch.setattr(archive_actions, "choose_file", lambda _w, saving, _folder=None: source)
    window._archive("import_all")
    title, text = _said(qtbot, window)
    assert title == "Import failed"
    assert str(source) in text, text
    assert [s.id for s in storage.sessions()] == [sid] and storage.note(ids[0]) == "mine"
