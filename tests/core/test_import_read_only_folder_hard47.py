"""Importing an archive into a read-only data folder blamed free space (attack run 47: "importing
it needs 1.2 MB ... and 105 MB left free for new answers, but ... has 34 MB free") when nothing
could be written there at all. It now says the folder is read-only, and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.archive import ArchiveError, export_archive, import_archive
from simulator.core.storage import Storage


def test_a_read_only_folder_is_named_as_the_reason(tmpfs, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = Storage(tmp_path / "old" / "sessions.sqlite3")
    source.create_session({"name": "to import"})
    export_archive(source, tmp_path / "all.zip")
    source.close()
    mnt = tmpfs.mount("1M")  # far less free than an import keeps spare
    Storage(mnt / "sessions.sqlite3").close()
    tmpfs.read_only(mnt)
    storage = Storage(mnt / "sessions.sqlite3")
    assert storage.read_only
    with pytest.raises(ArchiveError) as err:
        import_archive(storage, tmp_path / "all.zip", mnt / "recordings")
    said = str(err.value)
    assert "read-only" in said and str(mnt) in said and "nothing was changed" in said
    assert "free" not in said
    storage.close()
