"""Settings → Interviewer with the real voices: natural (Piper) first, and a Preview that renders."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.settings import Settings
from simulator.speech.voices import InterviewerSpeaker
from tests.ui.waits import HANG_MS

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
        assert items[0] == "Joe (en-US; natural, Piper) \N{EM DASH} default"  # once (polish45)
        assert not any("Joe" in text for text in items[1:])
        assert any("robotic, espeak-ng" in text for text in items[2:])
        assert dialog.preview.button.accessibleName() and dialog.preview.button.toolTip()

        dialog.rate.setValue(200)
        dialog.preview.button.click()
        # Offscreen there is no audio output: the sample is rendered, and the dialog says why
        # it is not heard.
        qtbot.waitUntil(lambda: "rendered" in dialog.preview.status.text(), timeout=HANG_MS)
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


def test_a_missing_voice_is_named_on_home_and_in_settings(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A voice id saved in settings.json but not installed fell back to another voice in
    silence; Home and Settings now name it and the voice that speaks instead."""
    from simulator.core.questions import load_packs
    from simulator.core.storage import Storage
    from simulator.services import Services
    from simulator.ui.main_window import MainWindow
    from simulator.ui.settings_dialog import SettingsDialog
    from tests.ui.conftest import PACK

    settings = Settings(voice_id="piper:en_GB-alan-low")
    speaker = InterviewerSpeaker(tmp_path, settings.voice_id)
    storage = Storage(tmp_path / "sessions.sqlite3")
    services = Services(
        bank=load_packs([PACK]), storage=storage, settings=settings, speaker=speaker
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    try:
        notice = window.home.storage_notice
        qtbot.waitUntil(lambda: "piper:en_GB-alan-low" in notice.text(), timeout=HANG_MS)
        assert "not installed" in notice.text() and "Joe" in notice.text()
        dialog = SettingsDialog(settings, speaker=speaker)
        qtbot.addWidget(dialog)
        assert dialog.voice_missing.isHidden()
        dialog.set_voices(speaker.voices().result(timeout=30))
        assert not dialog.voice_missing.isHidden()
        assert "piper:en_GB-alan-low" in dialog.voice_missing.text()
        assert dialog.voice.currentIndex() == 0  # the default, which is what speaks
    finally:
        window.shutdown()
        storage.close()
