"""Export from the window aimed at a place that refuses it (attack run 38): a write-protected
file (read-only, and immutable so that root is refused too) and a folder removed while the
file dialog was open. The message stays on screen, names the file and why; a protected file
keeps its content."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from simulator.ui import export_dialog
from tests.scores import session_score
from tests.ui.waits import HANG_MS


def _session(services) -> int:  # type: ignore[no-untyped-def]
    storage = services.storage
    sid = storage.create_session({"name": "t", "question_ids": ["tech.overfit"]})
    storage.add_answer(sid, "tech.overfit", 0, "typed", "It memorizes noise.")
    storage.finish_session(sid, session_score(10))
    return int(sid)


def _said(qtbot, window) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    def shown() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox) if b.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=HANG_MS)
    (box,) = shown()
    text = box.text()
    assert box.windowTitle() == "Export failed"
    box.close()
    return text


def test_a_write_protected_file_is_kept_and_named(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "notes.md"
    target.write_text("my own notes\n", encoding="utf-8")
    target.chmod(0o444)
    monkeypatch.setattr(export_dialog, "ask_save_path", lambda _p, _s: (str(target), ""))
    window.export_session(_session(services))
    text = _said(qtbot, window)
    assert str(target) in text and "write-protected" in text, text
    assert target.read_text(encoding="utf-8") == "my own notes\n"


def test_an_immutable_file_is_kept_and_named(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "card.html"
    target.write_text("<p>kept</p>\n", encoding="utf-8")
    if subprocess.run(["chattr", "+i", str(target)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not allowed here")
    try:
        monkeypatch.setattr(export_dialog, "ask_save_path", lambda _p, _s: (str(target), ""))
        window.export_session(_session(services))
        text = _said(qtbot, window)
        assert str(target) in text, text
        assert target.read_text(encoding="utf-8") == "<p>kept</p>\n"
    finally:
        subprocess.run(["chattr", "-i", str(target)], capture_output=True)


def test_a_folder_removed_while_the_dialog_was_open_is_named(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()

    def ask(_parent, _suggested):  # type: ignore[no-untyped-def]
        chosen = folder / "card.md"  # chosen in the dialog; the folder goes before Save
        folder.rmdir()
        return str(chosen), ""

    monkeypatch.setattr(export_dialog, "ask_save_path", ask)
    window.export_session(_session(services))
    text = _said(qtbot, window)
    assert str(folder / "card.md") in text and "does not exist" in text, text
    assert not folder.exists()  # not made again behind the person's back
