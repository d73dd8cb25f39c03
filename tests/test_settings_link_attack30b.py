"""Attack run 30b: settings.json kept as a symbolic link (into a dotfiles folder, say).

Saving Settings wrote a temporary file and renamed it over settings.json, so the link became
a plain file: the dotfiles copy kept the old settings, and the next machine synced from it
lost every change. The save writes the file the link names, and the link stays a link."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from simulator.settings import Settings, load_settings


def _linked(tmp_path: Path, to: Path) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    link = data / "settings.json"
    link.symlink_to(to)
    return link


def test_saving_writes_through_the_link_and_keeps_it(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "ml-interview.json"
    real.parent.mkdir()
    real.write_text(json.dumps({"theme": "light"}), encoding="utf-8")
    link = _linked(tmp_path, real)
    Settings(theme="dark", speaking_rate=180).save(link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert json.loads(real.read_text(encoding="utf-8"))["theme"] == "dark"
    settings, problems = load_settings(link)
    assert (settings.theme, settings.speaking_rate, problems) == ("dark", 180, [])
    assert not list(real.parent.glob(".*.part")) and not list(link.parent.glob(".*.part"))


def test_a_chain_of_links_and_a_relative_link_are_followed(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "settings.json"
    real.parent.mkdir()
    real.write_text("{}", encoding="utf-8")
    middle = tmp_path / "middle.json"
    middle.symlink_to(os.path.relpath(real, middle.parent))
    link = _linked(tmp_path, middle)
    Settings(theme="light").save(link)
    assert link.is_symlink() and middle.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["theme"] == "light"


def test_a_link_to_a_file_not_there_yet_creates_it_where_it_leads(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "settings.json"
    real.parent.mkdir()
    link = _linked(tmp_path, real)
    Settings(theme="dark").save(link)
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["theme"] == "dark"


def test_a_link_loop_is_one_sentence_naming_the_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    link = data / "settings.json"
    link.symlink_to(data / "other.json")
    (data / "other.json").symlink_to(link)
    with pytest.raises(OSError) as caught:
        Settings(theme="dark").save(link)
    message = str(caught.value)
    assert str(link) in message and "loop" in message
    assert link.is_symlink()  # not replaced


def test_a_link_to_a_device_is_refused_not_replaced(tmp_path: Path) -> None:
    link = _linked(tmp_path, Path("/dev/null"))
    with pytest.raises(OSError) as caught:
        Settings(theme="dark").save(link)
    assert str(link) in str(caught.value) and "not a regular file" in str(caught.value)
    assert link.is_symlink() and os.readlink(link) == "/dev/null"
