"""The export dialog opens where the last export went (issue 12, item 20), across restarts."""

from __future__ import annotations

from pathlib import Path

from simulator.settings import Settings
from simulator.ui import export_dialog
from tests.scores import session_score
from tests.ui.waits import HANG_MS


def test_the_next_export_starts_in_the_last_folder(
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    sid = storage.create_session({"name": "t", "question_ids": ["tech.overfit"]})
    storage.add_answer(sid, "tech.overfit", 0, "typed", "It memorizes noise.")
    storage.finish_session(sid, session_score(10))
    folder = tmp_path / "exports"
    folder.mkdir()
    asked: list[str] = []

    def ask(_parent, suggested):  # type: ignore[no-untyped-def]
        asked.append(suggested)
        return str(folder / "card.md"), ""

    monkeypatch.setattr(export_dialog, "ask_save_path", ask)
    window.export_session(sid)
    qtbot.waitUntil(lambda: (folder / "card.md").exists(), timeout=HANG_MS)
    qtbot.waitUntil(lambda: Settings.load().export_folder == str(folder), timeout=HANG_MS)
    window.export_session(sid)  # (the folder is looked at off the GUI thread: asked a turn later)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=HANG_MS)
    assert Path(asked[0]).parent == Path.home()
    assert Path(asked[1]).parent == folder


def test_the_shortcuts_list_is_a_table_with_every_key(window) -> None:  # type: ignore[no-untyped-def]
    """F1 (issue 12, item 19): columns line up because they are table cells, not padding."""
    from simulator.ui.shortcuts_help import SHORTCUTS_HELP, shortcuts_table

    table = shortcuts_table(SHORTCUTS_HELP)
    assert table.count("<tr>") == sum(
        1 for line in SHORTCUTS_HELP.splitlines() if line.strip() and not line.startswith("      ")
    )
    assert '<td style="padding-right:18px; white-space:nowrap">Ctrl+Shift+R</td>' in table
    assert "submit the answer / next question" in table
    assert "  " not in table.replace("</td><td>", "")  # no padding spaces left in a cell


def test_a_failed_export_is_said_in_a_message_that_stays(
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """An export to a full disk or an unwritable place was said only in the status bar, for
    15 seconds, while the person looked at the file dialog closing: easily missed."""
    from PySide6.QtWidgets import QMessageBox

    storage = services.storage
    sid = storage.create_session({"name": "t", "question_ids": ["tech.overfit"]})
    storage.add_answer(sid, "tech.overfit", 0, "typed", "It memorizes noise.")
    storage.finish_session(sid, session_score(10))
    target = tmp_path / "no-such-folder" / "card.md"
    monkeypatch.setattr(export_dialog, "ask_save_path", lambda _p, _s: (str(target), ""))
    window.export_session(sid)

    def shown() -> list[QMessageBox]:
        return [b for b in window.findChildren(QMessageBox) if b.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=HANG_MS)
    (box,) = shown()
    assert box.windowTitle() == "Export failed"
    assert box.text().startswith("The scorecard was not exported: cannot write")
    assert str(target) in box.text() and "does not exist" in box.text(), box.text()
    box.close()
