"""A text setting holding a control character (attack run 49): a microphone named
"Mic\\x1b[31mRED\\x07\\r\\nSecond line" by hand in settings.json was taken as it was, and the
Settings dialog's device list and Home's microphone line showed it on two lines with ESC and
BEL as boxes. It is refused, named and its default used, as every other wrong value is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.settings import Settings, load_settings


@pytest.mark.parametrize(
    ("key", "value", "named"),
    [
        ("input_device", "Mic\x1b[31mRED\x07\r\nSecond line", "ESC"),
        ("input_device", "USB mic\nSecond line", "newline"),
        ("voice_id", "gmw/en\r", "carriage return"),
        ("speech_model", "/models/tiny\tx", "tab"),
        ("export_folder", "/home/me/\x85exports", "U+0085"),
        ("plan", "Quick\x7f", "DEL"),
        ("voice_id", "piper:\x00x", "NUL"),
        ("custom_topics", "bias variance\n\x01clustering", "U+0001"),
    ],
)
def test_a_control_character_is_refused_and_named_hard49(
    tmp_path: Path, key: str, value: str, named: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({key: value, "theme": "dark"}))
    settings, problems = load_settings(path)
    assert getattr(settings, key) == getattr(Settings(), key)
    assert settings.theme == "dark"  # the rest is kept
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{path}: {key}: "), problems
    assert f"holds a control character ({named}); " in problems[0], problems


def test_topics_keep_their_newlines_and_names_their_spaces_hard49(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    kept = {
        "custom_topics": "bias variance\nclustering",
        "input_device": "Built-in Audio Analog Stereo",
        "speech_model": "/home/me/models/small.en",
        "voice_id": "piper:en_US-joe-medium",
    }
    path.write_text(json.dumps(kept))
    settings, problems = load_settings(path)
    assert problems == []
    assert {key: getattr(settings, key) for key in kept} == kept
