"""An archive from another version, or with a damaged part, says which and what helps."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from simulator.core.archive import VERSION, ArchiveError, export_archive, read_archive
from simulator.core.storage import Storage


def _rewritten(tmp_path: Path, name: str, manifest_version: object, cut_data: bool = False) -> Path:
    storage = Storage(tmp_path / "db" / "sessions.sqlite3")
    try:
        export_archive(storage, tmp_path / "good.zip")
    finally:
        storage.close()
    with zipfile.ZipFile(tmp_path / "good.zip") as z:
        manifest = json.loads(z.read("manifest.json"))
        data = z.read("data.json")
    target = tmp_path / name
    with zipfile.ZipFile(target, "w") as z:
        z.writestr("manifest.json", json.dumps({**manifest, "version": manifest_version}))
        z.writestr("data.json", data[: len(data) // 2] if cut_data else data)
    return target


def test_an_archive_from_a_newer_app_says_to_update(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError) as caught:
        read_archive(_rewritten(tmp_path, "newer.zip", VERSION + 1))
    assert "newer version of the app" in str(caught.value), caught.value


def test_true_is_no_version_number(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError) as caught:  # True == 1 in Python: it was imported
        read_archive(_rewritten(tmp_path, "true.zip", True))
    assert "version True" in str(caught.value), caught.value


def test_a_cut_data_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ArchiveError) as caught:
        read_archive(_rewritten(tmp_path, "cut.zip", VERSION, cut_data=True))
    assert "data.json is not valid JSON" in str(caught.value), caught.value
