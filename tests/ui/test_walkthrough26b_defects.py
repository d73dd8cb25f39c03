"""Defects a new user met in the twenty-sixth keyboard walkthrough (ux26b; offscreen here)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from simulator.settings import Settings

pytestmark = pytest.mark.qt_log_ignore(r"does not support propagateSizeHints")


@pytest.mark.parametrize("start", ["whisper", "sphinx", "google"])
def test_settings_says_what_the_chosen_engine_really_uses(qtbot, start) -> None:  # type: ignore[no-untyped-def]
    """With PocketSphinx (or Google) chosen, the Speech tab still read "In use: tiny.en", a
    Whisper model that engine never loads. It says what the chosen engine uses, whether the
    dialog opens on that engine or it is chosen there."""
    from simulator.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(replace(Settings(), speech_engine=start))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.speech)
    speech = dialog.speech
    assert speech.engine is not None
    seen = {}
    for engine in (start, "sphinx", "google", "whisper"):
        speech.engine.setCurrentIndex(speech.engine.findData(engine))
        seen[engine] = speech.status.text()
    assert "PocketSphinx" in seen["sphinx"] and "tiny.en" not in seen["sphinx"], seen
    assert "Google" in seen["google"] and "tiny.en" not in seen["google"], seen
    assert seen["whisper"].startswith("In use: ") and "Google" not in seen["whisper"], seen
