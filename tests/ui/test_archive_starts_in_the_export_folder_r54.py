"""Walkthrough 54 (960x640, light): four scorecards exported by Ctrl+S to one folder, whose
dialog starts in the folder of the last export; then Interview → Export all data… opened in the
home folder, and Import data… (in another window) too: the archive's folder was typed again
each time. Both start in the folder of the last export, and an archive written becomes it."""

from __future__ import annotations

from pathlib import Path

from simulator.ui import archive_actions

Asked = list[tuple[bool, Path | None]]


def _asking(monkeypatch, answer: Path | None) -> Asked:  # type: ignore[no-untyped-def]
    asked: Asked = []

    def choose(_w, saving, folder=None):  # type: ignore[no-untyped-def]
        asked.append((saving, folder))
        return answer

    monkeypatch.setattr(archive_actions, "choose_file", choose)
    return asked


def test_export_all_and_import_start_in_the_folder_of_the_last_export_r54(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:
    exports = tmp_path / "my exports"
    exports.mkdir()
    services.settings.export_folder = str(exports)  # a scorecard went there
    asked = _asking(monkeypatch, None)  # the dialog cancelled
    window._archive("export_all")
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked == [(True, exports)]
    window._archive("import_all")
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
    assert asked[1] == (False, exports)


def test_an_archive_written_elsewhere_is_where_the_next_export_starts_r54(  # type: ignore[no-untyped-def]
    qtbot, window, services, tmp_path: Path, monkeypatch
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    asked = _asking(monkeypatch, backups / "all")
    window._archive("export_all")
    qtbot.waitUntil(lambda: (backups / "all.zip").exists(), timeout=5000)
    assert asked == [(True, None)]  # no export before: the home folder
    qtbot.waitUntil(lambda: services.settings.export_folder == str(backups), timeout=5000)
    window._archive("import_all")
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=5000)
    assert asked[1] == (False, backups)
