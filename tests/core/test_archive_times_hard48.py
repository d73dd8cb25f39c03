"""An archive's times that are no time (attack run 48, hostile archives: enormous numbers). A
session 'started_at': 1e20 (the year 3,000,000,000,000) was imported; History printed it
'1970-01-01 00:00' at the top, as the newest session, and so did Home; a negative one went
to the bottom. Every time in an archive (a session's start and end, an answer's, a note's, a
rating's, a replaced transcript's) is now a moment from 1970 to the year 9999, or the archive
is refused naming the row and the field; nothing is written."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from simulator.core.archive import ArchiveError, import_archive
from simulator.core.storage import Storage
from tests.core.test_archive_hostile import _archive, _nothing_changed, _write


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["sessions"][0].update(started_at=1e20), "session #1: field 'started_at'"),
        (lambda d: d["sessions"][0].update(started_at=-1e15), "session #1: field 'started_at'"),
        (lambda d: d["sessions"][0].update(ended_at=2**62), "session #1: field 'ended_at'"),
        (lambda d: d["answers"][1].update(created_at=9e18), "answer #2: field 'created_at'"),
        (
            lambda d: d["notes"].append({"answer_id": 1, "note": "n", "updated_at": 1e300}),
            "note #1: field 'updated_at'",
        ),
    ],
)
def test_a_time_that_is_no_time_is_refused_hard48(
    tmp_path: Path, change: Any, message: str
) -> None:
    manifest, data, wav = _archive(tmp_path)
    change(data)
    bad = _write(
        tmp_path / "bad.zip", manifest, json.dumps(data), {data["answers"][0]["audio_path"]: wav}
    )
    storage, recordings = Storage(tmp_path / "dst" / "s.sqlite3"), tmp_path / "dst" / "recordings"
    with pytest.raises(ArchiveError, match=f"{message} is not a time"):
        import_archive(storage, bad, recordings)
    _nothing_changed(storage, recordings)


def test_times_of_this_era_import_hard48(tmp_path: Path) -> None:
    manifest, data, wav = _archive(tmp_path)
    data["sessions"][0].update(started_at=0, ended_at=253402300799.0)  # 1970 .. 9999-12-31
    ok = _write(
        tmp_path / "ok.zip", manifest, json.dumps(data), {data["answers"][0]["audio_path"]: wav}
    )
    storage = Storage(tmp_path / "dst" / "s.sqlite3")
    import_archive(storage, ok, tmp_path / "dst" / "recordings")
    assert storage.session_count() == 1
