"""Attack run of round 29: a speech engine in settings.json the app does not know ("klingon",
a typo of "whisper") was used as Whisper without a word: doctor said '[ok] settings' and Home
said nothing, unlike every other wrong value."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.settings import load_settings


def test_an_unknown_speech_engine_is_named_and_whisper_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"speech_engine": "klingon", "follow_ups": False}))
    settings, problems = load_settings(path)
    assert settings.speech_engine == "whisper" and settings.follow_ups is False
    assert problems == [
        f'{path}: speech_engine: "klingon" is not one of whisper, sphinx, google; "whisper" is used'
    ]


def test_every_known_speech_engine_is_taken(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for engine in ("whisper", "sphinx"):
        path.write_text(json.dumps({"speech_engine": engine}))
        settings, problems = load_settings(path)
        assert settings.speech_engine == engine and problems == []
