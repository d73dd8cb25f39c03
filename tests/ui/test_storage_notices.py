"""What the session database needs a person to know reaches the window (issue 12, items 9-11):
a damaged file salvaged at start, a file deleted while the app runs."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from simulator.services import Services
from simulator.settings import Settings

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def _window(qtbot, storage: Storage):  # type: ignore[no-untyped-def]
    from simulator.ui.main_window import MainWindow

    services = Services(
        bank=load_packs([PACK]),
        storage=storage,
        settings=Settings(voice_enabled=False),
        speaker=None,
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_salvaged_database_is_said_on_home(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir(parents=True)
    path = data_dir / "sessions.sqlite3"
    path.write_bytes(b"not a database" * 200)
    storage = Storage(path)
    window = _window(qtbot, storage)
    try:
        notice = window.home.storage_notice
        assert notice.isVisible() and "damaged" in notice.text() and ".damaged-" in notice.text()
        assert notice.focusPolicy() != 0  # reachable by Tab
    finally:
        window.shutdown()
        storage.close()


def test_a_database_deleted_while_running_is_recreated_and_said(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir(parents=True)
    path = data_dir / "sessions.sqlite3"
    storage = Storage(path)
    window = _window(qtbot, storage)
    try:
        sid = storage.create_session({"name": "live"})
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        storage.add_answer(sid, "tech.a", 0, "typed", "after the delete")
        qtbot.waitUntil(lambda: window.home.storage_notice.isVisible(), timeout=3000)
        assert "deleted" in window.home.storage_notice.text()
        assert Storage(path).session(sid).answers[0].text == "after the delete"
    finally:
        window.shutdown()
        storage.close()
