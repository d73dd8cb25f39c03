"""An archive export shared the download lane (one job at a time) with model downloads: a long
export waited behind a download, or held one back until it ended. It has a lane of its own in
the one task manager, and the same shutdown: the close waits for it (cancelled then), so its
half-written file is removed before the process ends."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from simulator.ui import archive_actions
from simulator.ui.tasks import ARCHIVE, DOWNLOAD, TaskManager
from tests.ui.waits import HANG_MS


def test_an_export_does_not_wait_behind_a_download(
    qtbot: Any, window: Any, services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.storage.create_session({"name": "x"})
    downloading, ran = threading.Event(), threading.Event()

    def download() -> None:  # a model download holding its lane
        ran.set()
        downloading.wait(HANG_MS / 1000)

    window.tasks.submit(download, lane=DOWNLOAD)
    qtbot.waitUntil(ran.is_set, timeout=HANG_MS)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        archive_actions, "choose_file", lambda _w, saving, _folder=None: out / "all"
    )
    try:
        window._archive("export_all")
        qtbot.waitUntil(lambda: (out / "all.zip").is_file(), timeout=HANG_MS)
        assert not downloading.is_set()  # written while the download still ran
    finally:
        downloading.set()


def test_a_download_does_not_wait_behind_an_export(
    qtbot: Any, window: Any, services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.storage.create_session({"name": "x"})
    writing, let_go = threading.Event(), threading.Event()
    real = archive_actions.write_archive

    def long_write(*args: Any, **kwargs: Any) -> Any:  # an export of gigabytes
        writing.set()
        let_go.wait(HANG_MS / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(archive_actions, "write_archive", long_write)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        archive_actions, "choose_file", lambda _w, saving, _folder=None: out / "all"
    )
    try:
        window._archive("export_all")
        qtbot.waitUntil(writing.is_set, timeout=HANG_MS)
        downloaded: list[int] = []
        window.tasks.submit(lambda: 1, on_done=downloaded.append, lane=DOWNLOAD)
        qtbot.waitUntil(lambda: downloaded == [1], timeout=HANG_MS)
        assert not let_go.is_set()  # while the export still ran
    finally:
        let_go.set()
    qtbot.waitUntil(lambda: (out / "all.zip").is_file(), timeout=HANG_MS)


def test_shutdown_waits_for_the_archive_lane(qtbot: Any) -> None:
    tasks = TaskManager()
    started, ended = threading.Event(), threading.Event()

    def export() -> None:  # a cancelled export removing its half
        started.set()
        time.sleep(0.2)
        ended.set()

    tasks.submit(export, lane=ARCHIVE)
    assert started.wait(HANG_MS / 1000)
    assert tasks.shutdown(HANG_MS)
    assert ended.is_set()
