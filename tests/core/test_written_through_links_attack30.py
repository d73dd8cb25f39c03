"""Attack run of round 30: a name given as a destination that is a symbolic link.

Every writer (export, ``speak -o``, the archive, the rescue file) wrote a temporary file and
renamed it over the name given, so a link was replaced by a plain file: ``export latest -o
/dev/stdout`` run as root replaced the system's /dev/stdout link with a scorecard (every later
``> /dev/stdout`` then wrote into that file), and a person's link to a file in another folder
silently became a copy there while the file it named kept the old text. A link is written
through, like an editor does, and stays a link."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from simulator.core import export
from simulator.core.archive import export_archive
from simulator.core.session.rescue import write_rescue
from simulator.core.storage import Storage
from simulator.core.target_files import UnsafeTarget, safe_destination


def _link(tmp_path: Path, name: str, to: Path) -> Path:
    link = tmp_path / "links" / name
    link.parent.mkdir(exist_ok=True)
    link.symlink_to(to)
    return link


def test_an_export_to_a_link_writes_the_file_it_names_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "kept" / "card.html"
    real.parent.mkdir()
    real.write_text("an older scorecard")
    link = _link(tmp_path, "card.html", real)
    written = export.write_export(link, "<p>new</p>")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "<p>new</p>"
    assert written == link  # the name the person gave is the one reported


def test_a_link_to_a_file_not_yet_there_creates_it(tmp_path: Path) -> None:
    (tmp_path / "kept").mkdir()
    real = tmp_path / "kept" / "new.md"
    link = _link(tmp_path, "new.md", real)
    export.write_export(link, "# card")
    assert link.is_symlink() and real.read_text() == "# card"


def test_a_chain_of_links_ends_at_the_file(tmp_path: Path) -> None:
    real = tmp_path / "card.json"
    real.write_text("{}")
    first = _link(tmp_path, "a.json", real)
    second = _link(tmp_path, "b.json", first)
    export.write_export(second, '{"x": 1}')
    assert second.is_symlink() and first.is_symlink()
    assert json.loads(real.read_text()) == {"x": 1}


def test_a_link_into_the_data_folder_is_refused(data_dir: Path, tmp_path: Path) -> None:
    """Through a link the same rule holds: a file of the app's own is never replaced."""
    storage = Storage(data_dir / "sessions.sqlite3")
    storage.close()
    database = data_dir / "sessions.sqlite3"
    before = database.read_bytes()
    link = _link(tmp_path, "card.html", database)
    with pytest.raises(export.ExportError, match="data folder"):
        export.write_export(link, "<p>x</p>")
    assert database.read_bytes() == before and link.is_symlink()


def test_a_link_loop_is_one_clear_refusal(tmp_path: Path) -> None:
    a = tmp_path / "a.html"
    b = tmp_path / "b.html"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(UnsafeTarget, match="links"):
        safe_destination(a)
    with pytest.raises(export.ExportError, match=f"cannot write {a}: .*links"):
        export.write_export(a, "<p>x</p>")
    assert a.is_symlink() and b.is_symlink()


def test_the_archive_is_written_through_a_link(data_dir: Path, tmp_path: Path) -> None:
    storage = Storage(data_dir / "sessions.sqlite3")
    storage.create_session({"name": "Loop", "question_ids": ["tech.overfit"]})
    (tmp_path / "kept").mkdir()
    real = tmp_path / "kept" / "all.zip"
    link = _link(tmp_path, "all.zip", real)
    try:
        export_archive(storage, link)
    finally:
        storage.close()
    assert link.is_symlink()
    with zipfile.ZipFile(real) as z:
        assert "manifest.json" in z.namelist()


def test_the_rescue_file_is_written_through_a_link(tmp_path: Path) -> None:
    real = tmp_path / "kept" / "rescue.json"
    real.parent.mkdir()
    link = _link(tmp_path, "rescue.json", real)
    write_rescue(link, [])
    assert link.is_symlink() and json.loads(real.read_text())["format"]
