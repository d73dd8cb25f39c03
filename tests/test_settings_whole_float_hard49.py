"""A whole number written with a point in settings.json (attack run 49): "speaking_rate":
200.0 read '200.0 is not a whole number; 160 is used', of a whole number."""

from __future__ import annotations

import json
from pathlib import Path

from simulator.settings import load_settings


def test_a_whole_number_with_a_point_is_taken_hard49(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"speaking_rate": 200.0, "custom_count": 7.0}))
    settings, problems = load_settings(path)
    assert problems == []
    assert settings.speaking_rate == 200 and type(settings.speaking_rate) is int
    assert settings.custom_count == 7 and type(settings.custom_count) is int


def test_a_fraction_or_a_far_whole_number_is_still_refused_hard49(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"speaking_rate": 200.5, "custom_count": 1e300}')
    settings, problems = load_settings(path)
    assert (settings.speaking_rate, settings.custom_count) == (160, 0)
    assert problems == [
        f"{path}: speaking_rate: 200.5 is not a whole number; 160 is used",
        f"{path}: custom_count: 1e+300 is outside 0 to 30; 0 is used",
    ]
