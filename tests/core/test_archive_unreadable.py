"""An archive that cannot be read is named with why, in plain words: not called "not an archive
of this app" with Python's error text ("[Errno 2] No such file or directory: '/x.zip'")."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.archive import ArchiveError, read_archive


def test_a_missing_archive_is_said_missing(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError) as caught:
        read_archive(tmp_path / "gone.zip")
    assert str(caught.value) == f"{tmp_path / 'gone.zip'}: no such file"


def test_a_folder_is_said_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError) as caught:
        read_archive(tmp_path)
    assert str(caught.value) == f"{tmp_path}: a folder, not an archive"
