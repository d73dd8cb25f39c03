"""settings.json that is a link leading to itself (attack run 49): Home said "too many levels
of symbolic links; the defaults are used until Settings are saved", and saving then said
"its links lead round in a loop: choose a file name", advice for an export's name, where
the file's name is the app's and only the link can change."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.export.files import ExportError, write_export
from simulator.settings import Settings, load_settings


def test_a_settings_link_loop_says_what_to_remove_hard49(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.symlink_to(path)
    settings, problems = load_settings(path)
    assert settings == Settings()
    assert problems == [
        f"{path}: a link in its place leads to itself or round in a loop: remove that link; "
        "the defaults are used until Settings are saved (which replaces the file)"
    ]
    with pytest.raises(OSError) as info:
        Settings(theme="dark").save(path)
    assert str(info.value) == (
        f"Settings not saved to {path}: its links lead round in a loop: remove that link and "
        "save again"
    )
    assert path.is_symlink()  # left as it was


def test_an_export_named_by_a_link_loop_still_asks_for_a_name_hard49(tmp_path: Path) -> None:
    target = tmp_path / "card.html"
    target.symlink_to(target)
    with pytest.raises(ExportError, match="its links lead round in a loop: choose a file name"):
        write_export(target, "x")
