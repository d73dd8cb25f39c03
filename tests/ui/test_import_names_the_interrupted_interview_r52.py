"""Import data over a history with an interrupted interview (walkthrough 52, keyboard only,
1280 x 800, dark): "Replace your history? ... Importing it replaces the 4 sessions here (their
recordings stay on disk)." beside a list of 3 sessions and the Resume banner; once replaced,
the interview (one answer given) was gone and could not be resumed, and nothing had said so.
The question names it now."""

from __future__ import annotations

from pathlib import Path

from simulator.core.archive import replacing_said
from simulator.ui import archive_actions
from tests.core.test_archive_manifest_counts_hard50 import _archive, _write


def test_replacing_names_the_interrupted_interview_r52() -> None:
    started = 1_764_950_160.0
    text = replacing_said(4, started)
    assert text.startswith("Importing it replaces the 4 sessions here, among them the interview")
    assert "interrupted on " in text and " at " in text
    assert "it can no longer be resumed" in text
    assert (
        replacing_said(3)
        == "Importing it replaces the 3 sessions here (their recordings stay on disk)."
    )
    assert "interrupted: it can no longer be resumed" in replacing_said(1, 0.0)  # date unknown


def test_the_window_asks_naming_the_interrupted_interview_r52(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:
    manifest, data, wav = _archive(tmp_path)
    archive = _write(tmp_path / "a.zip", manifest, data, {data["answers"][0]["audio_path"]: wav})
    storage = services.storage
    sid = storage.create_session({"question_ids": ["tech.overfit", "beh.conflict"]})
    storage.add_answer(sid, "tech.overfit", 0, "typed", "kept")
    monkeypatch.setattr(archive_actions, "choose_file", lambda _w, saving, _folder=None: archive)
    asked: list[str] = []
    monkeypatch.setattr(window.past, "confirm", lambda title, text: asked.append(text) or False)
    window._archive("import_all")
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "replaces the 1 session here, among them the interview interrupted on " in asked[0]
    assert "it can no longer be resumed" in asked[0]
    qtbot.wait(100)
    assert storage.unfinished_session() is not None  # declined: still there to resume
