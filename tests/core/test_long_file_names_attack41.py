"""A file name near the 255-byte limit of one name is a valid export target (attack run 41):
'export 1 -o <250 letters>.html' failed "file name too long" although `touch` makes that file,
because the hidden temporary file written first (``.NAME.xxxxxxxx.part``) is 15 bytes longer
than the name; the archive's ``.NAME.part`` the same. The temporary name is now shortened to
fit, and a leftover of a killed export under such a name is still cleaned up."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from simulator.core.archive import export_archive
from simulator.core.export import write_export
from simulator.core.storage import Storage
from simulator.core.target_files import LEFTOVER_AGE

# 255 bytes each: ASCII, two-byte letters (a cut in the middle of one must not break the name)
LONGEST = ["a" * 250 + ".html", "é" * 125 + ".html", "b" * 240 + "é" * 5 + ".json"]


@pytest.mark.parametrize("name", LONGEST)
def test_an_export_to_the_longest_valid_name_is_written(tmp_path: Path, name: str) -> None:
    assert len(name.encode()) == 255
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    (tmp_path / name).write_text("the folder takes a name this long")  # as `touch` shows
    written = write_export(tmp_path / name, "<p>scorecard</p>")
    assert written.read_text() == "<p>scorecard</p>"
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left


def test_a_leftover_of_a_killed_export_under_a_long_name_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = LONGEST[0]
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    leftovers: list[str] = []
    real = tempfile.mkstemp

    def noted(*args: Any, **kwargs: Any) -> tuple[int, str]:
        fd, tmp = real(*args, **kwargs)
        leftovers.append(tmp)
        return fd, tmp

    monkeypatch.setattr(tempfile, "mkstemp", noted)
    write_export(tmp_path / name, "first")
    monkeypatch.undo()
    [tmp] = leftovers  # the rename took it away; a kill before the rename leaves it behind,
    # named with the killed process's id (this one's is running: its files are kept)
    tmp = tmp.replace(f".{os.getpid()}@", f".{2**22 + 12345}@")
    Path(tmp).write_text("half a file")
    aged = time.time() - LEFTOVER_AGE - 60  # untouched as a killed write's is (fix46)
    os.utime(tmp, (aged, aged))
    assert len(Path(tmp).name.encode()) <= 255
    write_export(tmp_path / name, "third")
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert (tmp_path / name).read_text() == "third"


def test_an_archive_to_the_longest_valid_name_is_written(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "data" / "sessions.sqlite3")
    target = tmp_path / "out" / ("z" * 251 + ".zip")
    target.parent.mkdir()
    summary = export_archive(storage, target)
    storage.close()
    assert summary.sessions == 0 and target.is_file()
    assert [p.name for p in target.parent.iterdir()] == [target.name]
