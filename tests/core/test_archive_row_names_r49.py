"""A row of an archive's data.json is named one way by every message about it (read-again review
of round 48): a self-rating or a replaced transcript holding Infinity was "self-rating #1" or
"earlier transcript #1", the same row with a field missing "rating #1" or "replaced
transcript #1" (archive_checks.ROW_NAMES, used by both)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from simulator.core.archive import ArchiveError, export_archive, import_archive
from simulator.core.storage import Storage

ROWS = {
    "ratings": ({"rating": 2, "rated_at": 1.0}, "rated_at", "self-rating #1"),
    "transcript_history": (
        {"id": 1, "replaced_at": 1.0, "text": "before", "why": "again"},
        "replaced_at",
        "replaced transcript #1",
    ),
}


def _refused(tmp_path: Path, listed: str, value: Any) -> str:
    old = Storage(tmp_path / "old" / "sessions.sqlite3")
    old.add_answer(old.create_session({"name": "x"}), "tech.a", 0, "typed", "one")
    export_archive(old, tmp_path / "good.zip")
    old.close()
    with zipfile.ZipFile(tmp_path / "good.zip") as z:
        manifest, data = z.read("manifest.json"), json.loads(z.read("data.json"))
    row, field, _ = ROWS[listed]
    row = {**row, "answer_id": data["answers"][0]["id"], field: value}
    if value is None:
        del row[field]
    data[listed] = [row]
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("manifest.json", manifest)
        z.writestr("data.json", json.dumps(data))  # (Python writes Infinity)
    fresh = Storage(tmp_path / "new" / "sessions.sqlite3")
    with pytest.raises(ArchiveError) as err:
        import_archive(fresh, bad, tmp_path / "new" / "recordings")
    fresh.close()
    return str(err.value)


@pytest.mark.parametrize("listed", list(ROWS))
def test_a_row_is_named_alike_for_infinity_and_for_a_missing_field_r49(
    tmp_path: Path, listed: str
) -> None:
    _, field, name = ROWS[listed]
    infinite = _refused(tmp_path / "inf", listed, float("inf"))
    missing = _refused(tmp_path / "missing", listed, None)
    assert f"{name}: field '{field}': Infinity is not a number" in infinite, infinite
    assert f"{name}: field '{field}' is missing" in missing, missing
