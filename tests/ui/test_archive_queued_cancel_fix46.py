"""An archive export queued behind other work on its lane (one job at a time; a model download
when they shared the download lane, another export since hard47 gave exports their own): its
dialog sat at 0 and Cancel only said "Cancelling" until that work ended (fix46). A cancel
before the lane takes the export ends it at once, and nothing is written later."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog

from simulator.ui import archive_actions
from simulator.ui.tasks import ARCHIVE
from tests.ui.waits import HANG_MS


def test_cancel_while_waiting_on_its_lane_ends_the_export_at_once(
    qtbot: Any, window: Any, services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.storage.create_session({"name": "x"})
    downloading, ran = threading.Event(), threading.Event()

    def download() -> None:  # earlier work holding the lane
        ran.set()
        downloading.wait(HANG_MS / 1000)

    window.tasks.submit(download, lane=ARCHIVE)
    qtbot.waitUntil(ran.is_set, timeout=HANG_MS)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(
        archive_actions, "choose_file", lambda _w, saving, _folder=None: out / "all"
    )
    try:
        window._archive("export_all")
        dialog: list[QProgressDialog] = []

        def made() -> bool:
            found = window.findChild(QProgressDialog, "archiveProgress")
            dialog[:] = [found] if found is not None else []
            return bool(dialog)

        qtbot.waitUntil(made, timeout=HANG_MS)
        dialog[0].canceled.emit()  # Cancel, while the earlier work still runs
        assert "Export cancelled" in window.statusBar().currentMessage()
        assert "nothing was written to" in window.statusBar().currentMessage()
    finally:
        downloading.set()
    finished: list[int] = []
    window.tasks.submit(lambda: 1, on_done=finished.append, lane=ARCHIVE)  # after the export's
    qtbot.waitUntil(lambda: finished == [1], timeout=HANG_MS)
    assert sorted(out.iterdir()) == []
    assert "Export cancelled" in window.statusBar().currentMessage()  # said once
