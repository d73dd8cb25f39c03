"""settings.json edited by hand while the app runs keeps the edit (attack run 55, issue 8).

The app writes settings.json by itself, with Settings never opened: starting an interview
remembers its plan, an export its folder. It wrote every value as it had read them at its
start, so a value changed by hand in the meantime (the dark theme, a longer silence before a
spoken answer ends) was put back without a word. Now it writes only what it remembers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from simulator import paths
from simulator.settings import load_settings
from simulator.ui.pages.home import CUSTOM
from simulator.ui.settings_actions import remember_export_folder
from tests.ui.waits import HANG_MS


def _hand_edit() -> None:
    file = paths.settings_file()
    values = json.loads(file.read_text(encoding="utf-8")) if file.exists() else {}
    values.update(theme="dark", silence_end_s=6.5)
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(json.dumps(values), encoding="utf-8")


def test_starting_an_interview_keeps_a_value_edited_by_hand_r55(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    home = window.home
    _hand_edit()  # while the window is open
    home.preset.setCurrentIndex(home.preset.findData(CUSTOM))
    home.count.setValue(1)
    qtbot.waitUntil(home.start_button.isEnabled, timeout=HANG_MS)
    home.start_button.click()
    file = paths.settings_file()
    qtbot.waitUntil(lambda: load_settings(file)[0].plan == CUSTOM, timeout=HANG_MS)
    on_disk, problems = load_settings(file)
    assert problems == []
    assert (on_disk.theme, on_disk.silence_end_s) == ("dark", 6.5)  # before: system, 4.0
    assert on_disk.custom_count == 1


def test_an_export_folder_remembered_keeps_a_value_edited_by_hand_r55(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    _hand_edit()
    remember_export_folder(window, tmp_path)
    file = paths.settings_file()
    qtbot.waitUntil(lambda: load_settings(file)[0].export_folder == str(tmp_path), timeout=HANG_MS)
    assert load_settings(file)[0].theme == "dark"
