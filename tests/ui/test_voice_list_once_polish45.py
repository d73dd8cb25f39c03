"""Settings' voice list names each voice once (walkthrough 45): it offered "Default: Joe
(natural)" and then "Joe (en-US; natural, Piper)", the same voice twice. The default is the
first row, marked so; the other voices follow."""

from __future__ import annotations

import pytest

from simulator.settings import Settings
from simulator.speech.tts import Voice

VOICES = [
    Voice("piper:en_US-joe-medium", "Joe", ("en-US",), "piper"),
    Voice("piper:en_GB-alan-low", "Alan", ("en-GB",), "piper"),
    Voice("en-us", "English (America)", ("en-us",)),
    Voice("de", "German", ("de",)),
]


def _rows(voice_id: str, qtbot) -> tuple[list[str], object]:  # type: ignore[no-untyped-def]
    from simulator.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(voice_id=voice_id), speaker=None)
    qtbot.addWidget(dialog)
    dialog.set_voices(VOICES)
    return [dialog.voice.itemText(i) for i in range(dialog.voice.count())], dialog


def test_each_voice_is_listed_once_and_the_default_is_marked(qtbot) -> None:  # type: ignore[no-untyped-def]
    rows, dialog = _rows("", qtbot)
    assert rows[0] == "Joe (en-US; natural, Piper) \N{EM DASH} default"
    assert sum("Joe" in r for r in rows) == 1  # before: "Default: Joe (natural)" and a Joe row
    assert len(rows) == len(VOICES)
    assert rows[1] == "Alan (en-GB; natural, Piper)"
    assert dialog.voice.currentIndex() == 0  # type: ignore[attr-defined]
    assert dialog.result_settings().voice_id == ""  # type: ignore[attr-defined]


@pytest.mark.parametrize("voice_id", ["piper:en_US-joe-medium", "piper:en_GB-alan-low", "de"])
def test_a_chosen_voice_is_selected_and_kept(voice_id: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    _rows_, dialog = _rows(voice_id, qtbot)
    assert dialog.voice.currentData() == voice_id  # type: ignore[attr-defined]
    assert dialog.result_settings().voice_id == voice_id  # type: ignore[attr-defined]


def test_without_a_natural_voice_the_default_row_stays(qtbot) -> None:  # type: ignore[no-untyped-def]
    from simulator.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(), speaker=None)
    qtbot.addWidget(dialog)
    dialog.set_voices(VOICES[2:])
    rows = [dialog.voice.itemText(i) for i in range(dialog.voice.count())]
    assert rows == ["Default voice", "English (America) (en-us; robotic, espeak-ng)",
                    "German (de; robotic, espeak-ng)"]  # fmt: skip
