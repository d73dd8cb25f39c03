"""Settings saved from the window onto a full disk (attack run 38). The failure was said only
in the status bar, for 15 seconds, as the Settings dialog closed: easily missed, and the next
start came up with the old settings. It is said now in a message that stays, naming the file
and why, and the settings chosen still apply in this run."""

from __future__ import annotations

from pathlib import Path

from simulator import paths
from tests.ui.waits import HANG_MS


def _shown(window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    return [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def _save_settings_with(window, monkeypatch, rate: int) -> None:  # type: ignore[no-untyped-def]
    def accept(dialog) -> bool:  # type: ignore[no-untyped-def]
        dialog.rate.setValue(rate)
        return True

    monkeypatch.setattr(window, "_exec_dialog", accept)
    window.open_settings()


def test_settings_not_saved_on_a_full_disk_are_said_in_a_message_that_stays(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmpfs, monkeypatch
) -> None:
    data = tmpfs.mount("256k")
    monkeypatch.setattr(paths, "settings_file", lambda: data / "settings.json")
    tmpfs.fill(data)
    _save_settings_with(window, monkeypatch, 210)
    qtbot.waitUntil(lambda: bool(_shown(window)), timeout=HANG_MS)
    (box,) = _shown(window)
    assert box.windowTitle() == "Settings not saved"
    text = box.text()
    assert str(data / "settings.json") in text and "no space left" in text, text
    assert "this run" in text, text
    box.close()
    assert services.settings.speaking_rate == 210  # applied all the same


def test_settings_saved_as_usual_say_nothing(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "settings.json"
    monkeypatch.setattr(paths, "settings_file", lambda: target)
    _save_settings_with(window, monkeypatch, 190)
    qtbot.waitUntil(target.exists, timeout=HANG_MS)
    qtbot.wait(200)
    assert not _shown(window)
