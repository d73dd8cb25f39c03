"""An export into a folder that is a link leading round in a loop, or to nothing (attack run
41): 'export 1 -o loop/x.html' with 'loop -> loop' said "the folder loop does not exist"
(there is something named loop: a link), and the archive said "too many levels of symbolic
links". Both now name the link and what is wrong with it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.core.archive import ArchiveError, export_archive
from simulator.core.export import ExportError, write_export
from simulator.core.storage import Storage
from simulator.core.target_files import missing_folder


def test_a_link_in_a_loop_is_named(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    os.symlink(loop, loop)
    with pytest.raises(ExportError) as caught:
        write_export(loop / "x.html", "<p>card</p>")
    assert str(caught.value) == (
        f"cannot write {loop / 'x.html'}: {loop} is a link that leads round in a loop, not a folder"
    )
    storage = Storage(tmp_path / "data" / "sessions.sqlite3")
    try:
        with pytest.raises(ArchiveError) as archived:
            export_archive(storage, loop / "all.zip")
    finally:
        storage.close()
    assert f"{loop} is a link that leads round in a loop" in str(archived.value)


def test_a_link_to_nothing_is_named_with_where_it_leads(tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    os.symlink("/media/gone-stick", usb)
    assert missing_folder(usb / "deeper") == (
        f"{usb} is a link to /media/gone-stick, which does not exist"
    )
    assert missing_folder(tmp_path / "gone") == f"the folder {tmp_path / 'gone'} does not exist"


def test_a_link_to_a_file_is_named_a_file(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    os.symlink(tmp_path / "notes.txt", tmp_path / "notes")
    assert missing_folder(tmp_path / "notes") == f"{tmp_path / 'notes'} is a file, not a folder"
