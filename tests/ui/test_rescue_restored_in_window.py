"""Review 26: the answers of a recovery file (written to the home folder when the app was ended
with a full disk) were put back into their session in ``build_services``, on the GUI thread
before the first paint: the home folder read, the file parsed and each answer written with an
fsync while the window waited to appear. The window now does it on the database lane, before
Home's sessions are read there, so the resume banner counts what came back."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from simulator.core.session import rescue
from simulator.services import Services
from tests.ui.waits import HANG_MS

ANSWER = "Overfitting is when the model memorizes noise in the training set."


def test_a_recovery_file_is_put_back_off_the_gui_thread_and_counted_by_the_banner(
    qtbot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.main_window import MainWindow

    storage = services.storage
    sid = storage.create_session({"name": "Custom", "question_ids": ["tech.overfit", "case.spam"]})
    home = tmp_path / "home"
    home.mkdir()
    answer = {"position": 0, "question_id": "tech.overfit", "mode": "typed", "text": ANSWER}
    document = {
        "format": rescue.FORMAT,
        "version": 1,
        "database": str(storage.path),
        "sessions": [{"session_id": sid, "answers": [answer]}],
    }
    (home / "ml-interview-unsaved-answers-1.json").write_text(json.dumps(document))
    threads: list[bool] = []
    restore = rescue.restore_rescued

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return restore(*args, **kwargs)

    monkeypatch.setattr(rescue, "restore_rescued", watched)
    window = MainWindow(replace(services, rescue_folder=home))
    qtbot.addWidget(window)
    window.show()
    try:
        qtbot.waitUntil(window.home.storage_notice.isVisible, timeout=HANG_MS)
        assert "1 answer" in window.home.storage_notice.text()
        assert threads == [False]  # on the database lane
        banner = window.home.interrupted
        qtbot.waitUntil(banner.isVisible, timeout=HANG_MS)
        assert "after 1 of 2 answers" in banner.message.text()
        assert [a.text for a in storage.session(sid).answers] == [ANSWER]
    finally:
        window.shutdown()
