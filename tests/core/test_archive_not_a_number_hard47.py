"""An archive whose data.json holds NaN or Infinity (JSON has neither) was refused with "damaged:
Infinity is not a number JSON allows", naming neither the answer nor the field (attack run 47).
It now says where, as the other checks of an archive's rows do; nothing is imported."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from simulator.core.archive import ArchiveError, export_archive, import_archive
from simulator.core.storage import Storage


def _archive_with(tmp_path: Path, change: str) -> Path:
    old = Storage(tmp_path / "old" / "sessions.sqlite3")
    sid = old.create_session({"name": "x"})
    old.add_answer(sid, "tech.a", 0, "typed", "one")
    old.add_answer(sid, "tech.a", 1, "typed", "two")
    export_archive(old, tmp_path / "good.zip")
    old.close()
    with zipfile.ZipFile(tmp_path / "good.zip") as z:
        manifest, data = z.read("manifest.json"), json.loads(z.read("data.json"))
    data["answers"][1][change] = float("inf")
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("manifest.json", manifest)
        z.writestr("data.json", json.dumps(data))  # (Python writes Infinity)
    return bad


@pytest.mark.parametrize("field", ["overall", "duration_s"])
def test_the_answer_and_field_are_named(tmp_path: Path, field: str) -> None:
    bad = _archive_with(tmp_path, field)
    fresh = Storage(tmp_path / "new" / "sessions.sqlite3")
    with pytest.raises(ArchiveError) as err:
        import_archive(fresh, bad, tmp_path / "new" / "recordings")
    said = str(err.value)
    assert f"answer #2: field '{field}': Infinity is not a number" in said and str(bad) in said
    assert fresh.session_count() == 0
    fresh.close()
