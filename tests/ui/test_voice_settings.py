"""Settings → Interviewer with the real voices: natural (Piper) first, and a Preview that renders."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.settings import Settings
from simulator.speech.voices import InterviewerSpeaker

pytestmark = pytest.mark.slow


def test_voices_list_both_kinds_and_preview_renders(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.settings_dialog import SettingsDialog

    speaker = InterviewerSpeaker(tmp_path)
    try:
        settings = Settings()
        dialog = SettingsDialog(settings, speaker=speaker)
        qtbot.addWidget(dialog)
        assert dialog.rate.value() == 160  # a calm default pace
        dialog.set_voices(speaker.voices().result(timeout=30))
        items = [dialog.voice.itemText(i) for i in range(dialog.voice.count())]
        assert items[0] == "Default: Joe (natural)"
        assert "natural, Piper" in items[1]
        assert any("robotic, espeak-ng" in text for text in items[2:])
        assert dialog.preview.button.accessibleName() and dialog.preview.button.toolTip()

        dialog.rate.setValue(200)
        dialog.preview.button.click()
        # Offscreen there is no audio output: the sample is rendered, and the dialog says why
        # it is not heard.
        qtbot.waitUntil(lambda: "rendered" in dialog.preview.status.text(), timeout=30000)
        assert "no audio output" in dialog.preview.status.text()
        assert dialog.preview.button.isEnabled()
        # Previewing does not change the voice in use (Cancel keeps it).
        assert speaker.in_use() == "Joe (Piper, natural)"
        assert any(p.name.endswith("-all.wav") for p in tmp_path.iterdir())
    finally:
        speaker.close()


def test_preview_is_off_without_a_speech_engine(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), speaker=None)
    qtbot.addWidget(dialog)
    assert not dialog.preview.button.isEnabled()
    assert "no speech engine" in dialog.preview.status.text()
