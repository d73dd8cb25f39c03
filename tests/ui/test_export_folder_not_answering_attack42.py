"""The export dialog starts in the folder of the last export; whether that folder was still
there was asked on the GUI thread (attack run 42), so a network folder whose server had gone
(an NFS or SMB mount that does not answer for minutes) froze the window at Export. It is asked
off the GUI thread now; one that does not answer in time is named and the dialog starts in the
home folder."""

from __future__ import annotations

import threading
from pathlib import Path

from simulator.ui import export_dialog, folder_check
from tests.ui.test_export_target_attack38 import _session
from tests.ui.waits import HANG_MS


def _not_answering(  # type: ignore[no-untyped-def]
    monkeypatch, mount: Path, wait_ms: int
) -> tuple[threading.Event, list[bool], list[str]]:
    """``mount`` does not answer until the event is set (a server gone); each look at it is
    listed (True: on the GUI thread), and each export dialog by the path it offered."""
    release = threading.Event()
    looks: list[bool] = []
    real_is_dir = Path.is_dir

    def hung_is_dir(path: Path) -> bool:
        if path == mount:
            looks.append(threading.current_thread() is threading.main_thread())
            release.wait(10)
        return real_is_dir(path)

    monkeypatch.setattr(Path, "is_dir", hung_is_dir)
    monkeypatch.setattr(folder_check, "FOLDER_WAIT_MS", wait_ms)
    asked: list[str] = []
    monkeypatch.setattr(
        export_dialog, "ask_save_path", lambda _p, s: (asked.append(s), ("", ""))[1]
    )
    return release, looks, asked


def test_a_last_folder_that_does_not_answer_never_holds_the_window(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:
    mount = tmp_path / "nfs" / "exports"
    services.settings.export_folder = str(mount)
    release, asked_on_gui, asked = _not_answering(monkeypatch, mount, wait_ms=300)
    try:
        sid = _session(services)
        window.export_session(sid)
        window.export_session(sid)  # pressed again while the folder is looked at
        qtbot.waitUntil(lambda: bool(asked), timeout=HANG_MS)
        qtbot.wait(400)
        assert len(asked) == 1  # one dialog
        assert asked_on_gui == [False]  # (before: asked on the GUI thread, which waited)
        assert Path(asked[0]).parent == Path.home()
        said = window.statusBar().currentMessage()
        assert str(mount) in said and "did not answer" in said and "home folder" in said, said
    finally:
        release.set()


def test_a_last_folder_that_answers_is_where_the_dialog_starts(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    services.settings.export_folder = str(folder)
    asked: list[str] = []
    monkeypatch.setattr(
        export_dialog, "ask_save_path", lambda _p, s: (asked.append(s), ("", ""))[1]
    )
    window.export_session(_session(services))
    qtbot.waitUntil(lambda: bool(asked), timeout=HANG_MS)
    assert Path(asked[0]).parent == folder
    (folder / "gone").mkdir()
    services.settings.export_folder = str(folder / "gone" / "deeper")  # not there: home
    window.export_session(_session(services))
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=HANG_MS)
    assert Path(asked[1]).parent == Path.home()
    assert "did not answer" not in window.statusBar().currentMessage()


def test_export_pressed_again_on_a_folder_still_not_answering_starts_no_thread_fix42(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:
    """Each press after the wait used to start one more thread, stuck in is_dir for good."""
    mount = tmp_path / "smb" / "exports"
    services.settings.export_folder = str(mount)
    release, looks, asked = _not_answering(monkeypatch, mount, wait_ms=200)
    try:
        sid = _session(services)
        window.export_session(sid)
        qtbot.waitUntil(lambda: len(asked) == 1, timeout=HANG_MS)
        window.export_session(sid)  # the first look is still stuck: answered at once
        window.export_session(sid)
        assert len(asked) == 3 and all(Path(s).parent == Path.home() for s in asked)
        assert "did not answer" in window.statusBar().currentMessage()
        assert len(looks) == 1  # (before: one stuck thread per press)
    finally:
        release.set()
    qtbot.waitUntil(lambda: mount not in folder_check._ASKING, timeout=HANG_MS)
    window.export_session(sid)  # answered since: looked at again
    qtbot.waitUntil(lambda: len(asked) == 4, timeout=HANG_MS)
    assert len(looks) == 2
