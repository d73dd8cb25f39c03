"""Failures that were only logged, now said where the person sees them (issue 8, ux39): the
window's kept size unreadable at start or unwritable while it runs, and the voices Settings
could not list (Save then forgot the chosen voice without a word)."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path
from typing import Any

from simulator.settings import Settings
from tests.ui.waits import HANG_MS


def test_a_window_size_that_cannot_be_read_is_said_on_home(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.app import open_window

    kept = data_dir / "window.json"
    kept.mkdir(parents=True)  # a folder by that name: it cannot be read (nor written)
    window = open_window()  # as run_gui does
    qtbot.addWidget(window)
    try:
        notice = window.home.storage_notice
        assert notice.isVisible(), "said nowhere: only logged"
        assert "window's size" in notice.text() and str(kept) in notice.text(), notice.text()
        assert "default size" in notice.text()
    finally:
        window.shutdown()
        window.services.storage.close()


def test_a_window_size_that_cannot_be_kept_is_said_while_the_window_is_there(  # type: ignore[no-untyped-def]
    qtbot, window, tmp_path: Path
) -> None:
    from PySide6.QtCore import QRect

    gone = tmp_path / "no such folder" / "window.json"  # nowhere to write it
    window.place_on_screen(QRect(0, 0, 1600, 1000), gone)
    notice = window.home.storage_notice
    assert not notice.isVisible()  # nothing kept yet: nothing to say
    window.resize(window.width() + 40, window.height() + 20)  # the person resizes it
    qtbot.waitUntil(notice.isVisible, timeout=HANG_MS)
    assert "cannot be kept" in notice.text() and str(gone) in notice.text(), notice.text()
    said = notice.text()
    window.resize(window.width() + 40, window.height())
    qtbot.wait(2500)
    assert notice.text() == said  # once, not again at each resize


class _NoVoices:
    """A speaker whose voices cannot be listed (espeak-ng gone, a broken Piper folder)."""

    def voices(self) -> Future[list[Any]]:
        future: Future[list[Any]] = Future()
        future.set_exception(OSError("espeak-ng is not installed"))
        return future

    def configure(self, voice_id: str | None = None, rate: int | None = None) -> None:
        pass

    def close(self) -> None:
        pass


def test_voices_that_cannot_be_listed_are_said_and_the_chosen_voice_is_kept(  # type: ignore[no-untyped-def]
    qtbot, window, services, monkeypatch
) -> None:
    services.speaker = _NoVoices()
    services.settings = Settings(voice_enabled=False, voice_id="en-gb-x-rp")
    shown: list[str] = []

    def settings_open(dialog) -> bool:  # type: ignore[no-untyped-def]
        qtbot.waitUntil(lambda: not dialog.voice_missing.isHidden(), timeout=20_000)
        shown.append(dialog.voice_missing.text())
        return True  # Save, as for a change elsewhere

    monkeypatch.setattr(window, "_exec_dialog", settings_open)
    window.open_settings()
    assert shown and "could not be listed" in shown[0], shown
    assert "espeak-ng is not installed" in shown[0]
    assert services.settings.voice_id == "en-gb-x-rp"  # not forgotten by Save
