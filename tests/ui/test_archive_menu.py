"""Export all data / Import data from the menu: the file, and a question before replacing."""

from __future__ import annotations

from pathlib import Path

from simulator.ui import archive_actions
from tests.ui.recorded import spoken_session
from tests.ui.waits import page_notice_text


def test_export_then_import_stores_nothing_twice_and_says_so(
    qtbot, window, services, data_dir: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    storage = services.storage
    sid, ids = spoken_session(storage, services.bank, data_dir / "recordings" / "a.wav")
    storage.set_note(ids[0], "keep this")
    archive = tmp_path / "backup"
    monkeypatch.setattr(archive_actions, "choose_file", lambda _w, saving, _folder=None: archive)
    window._archive("export_all")
    qtbot.waitUntil(lambda: (tmp_path / "backup.zip").exists(), timeout=5000)
    qtbot.waitUntil(
        lambda: "Exported 1 session and" in window.statusBar().currentMessage(), timeout=5000
    )

    # Imported over its own history: nothing here is replaced (it asked "Replace your
    # history?"), nothing is stored twice, and Home says what was skipped (walk57)
    storage.set_note(ids[0], "changed since")
    monkeypatch.setattr(
        archive_actions, "choose_file", lambda _w, saving, _folder=None: tmp_path / "backup.zip"
    )
    window._archive("import_all")
    qtbot.waitUntil(lambda: "Already here" in page_notice_text(window.home), timeout=5000)
    assert "Already here, not imported again: 1 interview (2 answers)." in page_notice_text(
        window.home
    )
    assert storage.note(ids[0]) == "changed since"
    assert [s.id for s in storage.sessions()] == [sid]


def test_export_says_what_it_left_out_outside_the_data_folder(
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """An answer naming a file outside the data folder as its recording (left by a hostile
    archive) is not carried into the export, and the status line says so."""
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    storage = services.storage
    sid = storage.create_session({"name": "x"})
    storage.add_answer(sid, "tech.overfit", 0, "spoken", "t", audio_path=str(secret))
    monkeypatch.setattr(
        archive_actions, "choose_file", lambda _w, saving, _folder=None: tmp_path / "out"
    )
    window._archive("export_all")
    qtbot.waitUntil(lambda: (tmp_path / "out.zip").exists(), timeout=5000)
    qtbot.waitUntil(
        lambda: "Left out 1 file outside the data folder" in window.statusBar().currentMessage(),
        timeout=5000,
    )
