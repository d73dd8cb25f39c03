"""A hand-edited settings.json that is broken, or holds a value of the wrong type or out of range,
is said (file, key, what is wrong, what is used instead) on Home and by ``doctor``; before, the
defaults were used without a word, and the next save overwrote what the person had written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from simulator import paths
from simulator.settings import Settings, load_settings


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"theme": "dark",', "not valid JSON (line 1"),
        ("[1, 2, 3]", "not a JSON object"),
        ("\udcff\udcfe garbage", "not UTF-8"),  # the bytes 0xFF 0xFE
        ("[" * 10_000, "nested too deeply"),
    ],
)
def test_an_unreadable_file_is_said_with_its_path(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    settings, problems = load_settings(path)
    assert settings == Settings()
    (problem,) = problems
    assert str(path) in problem and words in problem and "defaults" in problem, problem


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("speaking_rate", "fast", "a whole number"),
        ("speaking_rate", 10**9, "100 to 260"),
        ("silence_end_s", None, "a number"),
        ("voice_enabled", "yes", "true or false"),
        ("theme", "hacker", "one of"),
        ("voice_id", "x" * 10_000, "at most 4096"),
    ],
)
def test_each_wrong_value_names_its_key_and_the_value_used(
    tmp_path: Path, key: str, value: object, words: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({key: value, "follow_ups": False}), encoding="utf-8")
    settings, problems = load_settings(path)
    assert settings.follow_ups is False and getattr(settings, key) == getattr(Settings(), key)
    (problem,) = problems
    assert str(path) in problem and key in problem and words in problem, problem
    assert len(problem) < 400  # a 10,000-character value is not echoed whole


def test_a_missing_file_or_good_values_say_nothing(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert load_settings(path) == (Settings(), [])
    Settings(theme="dark").save(path)
    assert load_settings(path) == (Settings(theme="dark"), [])


def test_a_pipe_under_the_name_is_said(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    _, (problem,) = load_settings(path)
    assert str(path) in problem and "not a regular file" in problem


def test_doctor_names_the_broken_key(data_dir: Path) -> None:
    from simulator.cli.doctor import check_settings

    paths.settings_file().write_text('{"speaking_rate": "fast"}', encoding="utf-8")
    check = check_settings()
    assert check.warning and "speaking_rate" in check.detail and "Settings" in check.fix
    paths.settings_file().write_text('{"speaking_rate": 170}', encoding="utf-8")
    assert check_settings().status == "ok"


def test_home_says_what_was_wrong(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    from simulator.app import build_services
    from simulator.ui.main_window import MainWindow

    paths.settings_file().write_text('{"theme": 3, "follow_ups": false}', encoding="utf-8")
    services = build_services(with_speaker=False, with_bank=False)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    try:
        notice = window.home.storage_notice
        assert notice.isVisible() and "settings.json" in notice.text() and "theme" in notice.text()
    finally:
        window.shutdown()
        services.storage.close()


def test_saving_over_a_folder_says_what_is_in_the_way(tmp_path: Path) -> None:
    """Saving Settings showed "[Errno 21] Is a directory: '.settings.json.part' -> ..."."""
    path = tmp_path / "settings.json"
    path.mkdir()
    with pytest.raises(OSError) as err:
        Settings(speaking_rate=180).save(path)
    said = str(err.value)
    assert said.startswith(f"Settings not saved: {path} is a folder") and "Errno" not in said
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no .part left behind
