"""Archive round trip (export, wipe, import, identical history) and validation of bad archives."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from simulator.core.archive import ArchiveError, export_archive, import_archive, read_archive
from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from tests.ui.recorded import spoken_session

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def _history(storage: Storage) -> list[dict[str, object]]:
    return [s.to_dict() for s in storage.sessions()]


def test_round_trip_gives_an_identical_history(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    data = tmp_path / "data"
    storage = Storage(data / "sessions.sqlite3")
    sid, ids = spoken_session(storage, bank, data / "recordings" / "a.wav")
    storage.set_note(ids[0], "Lead with the result")
    storage.set_rating(ids[1], 2)
    heard = Transcript("We disagreed and I ran a benchmark.", (), "faster-whisper", "base.en", 9.0)
    storage.save_rescore(sid, [], [(ids[0], heard.text, heard.to_dict())], None, why="test")
    revisions = storage.transcript_revisions(sid)
    before = _history(storage)
    wav = (data / "recordings" / "a.wav").read_bytes()
    summary = export_archive(storage, tmp_path / "all.zip")
    assert (summary.sessions, summary.answers, summary.recordings) == (1, 2, 1)
    storage.close()

    for f in data.rglob("*"):  # wipe: the person's new machine
        if f.is_file():
            f.unlink()
    fresh = Storage(data / "sessions.sqlite3")
    assert fresh.session_count() == 0
    import_archive(fresh, tmp_path / "all.zip", data / "recordings")
    assert _history(fresh) == before
    assert (data / "recordings" / "a.wav").read_bytes() == wav
    assert fresh.notes(sid) == {ids[0]: "Lead with the result"} and fresh.ratings() == {ids[1]: 2}
    assert fresh.transcript_revisions(sid) == revisions and len(revisions[ids[0]]) == 1


def test_import_never_overwrites_without_being_told(tmp_path: Path) -> None:
    """Beside sessions already here the archive's are added (walk57: it refused unless told to
    replace them); only ``replace`` deletes them."""
    bank = load_packs([PACK])
    first = Storage(tmp_path / "one" / "sessions.sqlite3")
    spoken_session(first, bank, tmp_path / "one" / "recordings" / "a.wav")
    export_archive(first, tmp_path / "all.zip")
    other = Storage(tmp_path / "two" / "sessions.sqlite3")
    recordings = tmp_path / "two" / "recordings"
    mine = other.create_session({"name": "mine"})
    other.add_answer(mine, "q", 0, "typed", "t")
    recordings.mkdir(parents=True)
    (recordings / "a.wav").write_bytes(b"my own recording")
    import_archive(other, tmp_path / "all.zip", recordings)
    assert mine in [s.id for s in other.sessions()] and other.session_count() == 2
    import_archive(other, tmp_path / "all.zip", recordings, replace=True)
    assert [s.name for s in other.sessions()] == ["Review test"]  # mine replaced
    assert (recordings / "a.wav").read_bytes() == b"my own recording"  # kept; the import is renamed
    (answer,) = [a for a in other.sessions()[0].answers if a.audio_path]
    assert (
        Path(answer.audio_path).name.startswith("imported-") and Path(answer.audio_path).is_file()
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m, d: m.update(format="something"), "does not describe"),
        (lambda m, d: m.update(version=99), "archive version 99"),
        (lambda m, d: d["answers"][0].update(session_id=999), "session 999 is not in the archive"),
        (lambda m, d: d["answers"][0].update(mode="sung"), "mode 'sung'"),
        (lambda m, d: d["sessions"][0].pop("started_at"), "field 'started_at'"),
        (
            lambda m, d: d["answers"][0].update(audio_path="recordings/nothere.wav"),
            "missing from the archive",
        ),
        (lambda m, d: d["ratings"].append({"answer_id": 1, "rating": 9, "rated_at": 1}), "1 to 4"),
    ],
)
def test_a_bad_archive_is_refused_before_anything_changes(
    tmp_path: Path, change, message: str
) -> None:  # type: ignore[no-untyped-def]
    s = Storage(tmp_path / "s.sqlite3")
    sid = s.create_session({"name": "x"})
    s.add_answer(sid, "q", 0, "typed", "t")
    export_archive(s, tmp_path / "good.zip")
    with zipfile.ZipFile(tmp_path / "good.zip") as z:
        manifest, data = json.loads(z.read("manifest.json")), json.loads(z.read("data.json"))
    change(manifest, data)
    with zipfile.ZipFile(tmp_path / "bad.zip", "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("data.json", json.dumps(data))
    with pytest.raises(ArchiveError, match=message):
        read_archive(tmp_path / "bad.zip")
    (tmp_path / "notzip.zip").write_bytes(b"hello")
    with pytest.raises(ArchiveError, match="not an archive"):
        read_archive(tmp_path / "notzip.zip")
