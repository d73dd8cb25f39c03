"""Attack run of round 29: Export all data from the menu, with a recording an answer names no
longer on the disk. The status line said 'Exported 1 session and 0 recordings', as if the
backup held everything there was."""

from __future__ import annotations

import os
from pathlib import Path

from simulator.ui import archive_actions
from tests.ui.waits import HANG_MS


def test_export_all_says_recordings_no_longer_on_the_disk_are_not_in_it(
    qtbot, window, services, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    sid = storage.create_session({"name": "x", "question_ids": ["tech.overfit"]})
    gone = data_dir / "recordings" / "deleted.wav"
    storage.add_answer(sid, "tech.overfit", 0, "spoken", "t", audio_path=str(gone))
    monkeypatch.setattr(
        archive_actions, "choose_file", lambda _w, saving, _folder=None: tmp_path / "out"
    )
    window._archive("export_all")
    qtbot.waitUntil(lambda: (tmp_path / "out.zip").exists(), timeout=HANG_MS)
    qtbot.waitUntil(
        lambda: "Exported 1 session" in window.statusBar().currentMessage(), timeout=HANG_MS
    )
    assert "Not in it: 1 recording no longer on the disk." in window.statusBar().currentMessage()


def test_export_all_says_a_recording_that_is_no_file_is_not_in_it(
    qtbot, window, services, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Attack run 33: a pipe under a recording's name was said to be no longer on the disk."""
    storage = services.storage
    sid = storage.create_session({"name": "x", "question_ids": ["tech.overfit"]})
    pipe = data_dir / "recordings" / "pipe.wav"
    pipe.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(pipe)
    storage.add_answer(sid, "tech.overfit", 0, "spoken", "t", audio_path=str(pipe))
    monkeypatch.setattr(
        archive_actions, "choose_file", lambda _w, saving, _folder=None: tmp_path / "out"
    )
    window._archive("export_all")
    qtbot.waitUntil(lambda: (tmp_path / "out.zip").exists(), timeout=HANG_MS)
    qtbot.waitUntil(
        lambda: "Exported 1 session" in window.statusBar().currentMessage(), timeout=HANG_MS
    )
    message = window.statusBar().currentMessage()
    assert "Not in it: 1 recording that is not a regular file (a pipe, device or folder)." in (
        message
    )
    assert "no longer on the disk" not in message
