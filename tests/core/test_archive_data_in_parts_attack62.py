"""Export all data of a long history without holding the window (attack run 62): data.json was
made by one ``json.dumps`` of every session and answer, a single call into C that holds the
interpreter lock throughout: with 5,000 sessions (197 MB of JSON) the window's thread slept
1.6-1.8 s on it in one piece (worst stall 2.2-3.9 s at load 9). It is made a row at a time now,
byte for byte the same document."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from simulator.core import archive
from simulator.core.archive import archive_contents, export_archive, read_archive
from simulator.core.storage import Storage


def _history(storage: Storage, sessions: int) -> None:
    for n in range(sessions):
        sid = storage.create_session({"name": f"Plan {n} ‮é", "question_ids": ["tech.a"]})
        storage.add_answer(sid, "tech.a", 0, "typed", f"answer {n} " * 40 + "👩‍💻 «quoted»")
        storage.finish_session(sid, None)


def test_data_json_is_written_a_row_at_a_time_and_reads_the_same(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    storage = Storage(tmp_path / "sessions.sqlite3")
    _history(storage, 60)
    calls: list[int] = []
    real = json.dumps

    def watched(value, *args, **kwargs):  # type: ignore[no-untyped-def]
        out = real(value, *args, **kwargs)
        calls.append(len(out))
        return out

    monkeypatch.setattr(archive.json, "dumps", watched)
    contents = archive_contents(storage)
    monkeypatch.setattr(archive.json, "dumps", real)
    # no one call writes more than a row's worth: the lock is let go between rows
    assert calls and max(calls) < len(contents.data_json) / 20
    assert contents.data_json == real(storage.export_rows(), ensure_ascii=False).encode("utf-8")
    target = tmp_path / "all.zip"
    export_archive(storage, target)
    summary, data = read_archive(target)
    assert summary.sessions == 60 and len(data["answers"]) == 60
    with zipfile.ZipFile(target) as z:
        assert json.loads(z.read("data.json")) == json.loads(contents.data_json)
    storage.close()
