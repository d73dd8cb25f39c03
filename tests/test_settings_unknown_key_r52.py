"""A key settings.json holds that is no setting is named, with the setting it most looks like
(attack run 52, settings.json edited by hand: '"speakingrate": 200' and '"Theme": "dark"').
Both were ignored without a word: doctor said '[ok] settings', Home said nothing, and the
interviewer kept its 160 words a minute and the light theme, while every wrong value of a
known key is named with the default used."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.settings import Settings, load_settings


def test_a_key_that_is_no_setting_is_named_with_the_nearest_r52(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"speakingrate": 200, "Theme": "dark", "follow_ups": False}))
    settings, problems = load_settings(path)
    assert settings.follow_ups is False and settings.speaking_rate == 160
    assert problems == [
        f'{path}: "speakingrate" is not a setting (speaking_rate?); it is ignored',
        f'{path}: "Theme" is not a setting (theme?); it is ignored',
    ]


def test_a_key_like_no_setting_is_named_alone_r52(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"zzz\u001b[31m": 1}))
    _settings, problems = load_settings(path)
    assert problems == [f'{path}: "zzz\\u001b[31m" is not a setting; it is ignored']


def test_a_saved_file_names_nothing_r52(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(theme="dark").save(path)
    assert load_settings(path)[1] == []


def test_many_keys_that_are_no_setting_are_counted_r52(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({f"key{n}": n for n in range(500)}))
    _settings, problems = load_settings(path)
    assert len(problems) == 4
    assert problems[-1] == f"{path}: 497 more keys are not settings; they are ignored"
