"""Attack run of round 29: archives whose small manifest is damaged name the member that is."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from simulator.core.archive import ArchiveError, read_archive


def test_a_manifest_nested_too_deeply_is_named_as_the_damaged_member(tmp_path: Path) -> None:
    """It read 'data.json is nested too deeply' of an archive whose data.json was fine."""
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as z:
        z.writestr("manifest.json", "[" * 5000 + "]" * 5000)
        z.writestr("data.json", '{"sessions": []}')
    with pytest.raises(ArchiveError) as caught:
        read_archive(evil)
    assert str(caught.value) == f"{evil}: damaged: manifest.json is nested too deeply"
