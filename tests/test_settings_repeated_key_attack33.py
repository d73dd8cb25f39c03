"""A setting given twice in settings.json is named (attack run 33): JSON keeps the last, so a
hand edit that added '"answer_mode": "spoken"' at the top of a file ending in '"answer_mode":
"typed"' changed nothing, and doctor said '[ok] settings'. The last value is still the one used
(as JSON reads it); the person is told which key is repeated and which value counts."""

from __future__ import annotations

from pathlib import Path

from simulator.settings import load_settings


def test_a_setting_given_twice_is_named_with_the_value_used(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"answer_mode": "spoken", "speaking_rate": 150, "answer_mode": "typed"}')
    settings, problems = load_settings(path)
    assert settings.answer_mode == "typed" and settings.speaking_rate == 150
    assert problems == [
        f'{path}: answer_mode is given twice; the last, "typed", is used: remove the other'
    ]


def test_a_repeat_inside_a_value_is_not_a_setting_given_twice(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"answer_mode": "typed", "extra": {"a": 1, "a": 2}}')
    # ("extra" itself is named as no setting, attack run 52: only that, never "given twice")
    assert load_settings(path)[1] == [f'{path}: "extra" is not a setting; it is ignored']


def test_each_setting_given_twice_is_named_once(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark", "theme": "light", "theme": "dark", "follow_ups": true}')
    settings, problems = load_settings(path)
    assert settings.theme == "dark"
    assert problems == [
        f'{path}: theme is given 3 times; the last, "dark", is used: remove the others'
    ]
