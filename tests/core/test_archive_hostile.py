"""Hostile archives: each is refused with one line naming the row and field, or imported with
every recording inside the recordings folder under a plain name; a failed import leaves nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3
import zipfile
from collections import namedtuple
from pathlib import Path
from typing import Any

import pytest

from simulator.core import archive
from simulator.core.archive import ArchiveError, export_archive, import_archive
from simulator.core.storage import Storage


def _archive(tmp_path: Path) -> tuple[dict[str, Any], dict[str, Any], bytes]:
    s = Storage(tmp_path / "src" / "s.sqlite3")
    sid = s.create_session({"name": "x"})
    wav = tmp_path / "src" / "a.wav"
    wav.write_bytes(b"RIFF" + bytes(2000))
    s.add_answer(sid, "q", 0, "spoken", "t", audio_path=str(wav))
    s.add_answer(sid, "q", 1, "typed", "u")
    export_archive(s, tmp_path / "good.zip")
    s.close()
    with zipfile.ZipFile(tmp_path / "good.zip") as z:
        return (
            json.loads(z.read("manifest.json")),
            json.loads(z.read("data.json")),
            wav.read_bytes(),
        )


def _write(path: Path, manifest: dict[str, Any], data: Any, audio: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("data.json", data if isinstance(data, str) else json.dumps(data))
        for name, body in audio.items():
            z.writestr(name, body)
    return path


def _nothing_changed(storage: Storage, recordings: Path) -> None:
    assert storage.session_count() == 0
    assert not recordings.exists() or not any(recordings.iterdir())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["sessions"].append(dict(d["sessions"][0])), "session #2: id 1 appears twice"),
        (lambda d: d["answers"][1].update(id=1), "answer #2: id 1 appears twice"),
        (lambda d: d["sessions"][0].update(id=2**70), "session #1: field 'id'"),
        (lambda d: d["answers"][1].update(overall="high"), "answer #2: field 'overall'"),
        (lambda d: d["answers"][1].update(score_json="{bad"), "answer #2: field 'score_json'"),
        (lambda d: d["sessions"][0].update(plan_json="[1, 2]"), "session #1: field 'plan_json'"),
        (lambda d: d["answers"][0].update(audio_file=["x"]), "answer #1: field 'audio_file'"),
        (
            lambda d: d["ratings"].append({"answer_id": 1, "rating": 2}),
            "rating #1: field 'rated_at'",
        ),
        (lambda d: d["sessions"][0].update(started_at=float("nan")), "NaN is not a number"),
        (lambda d: d.update(sessions="[" * 100_000), "nested too deeply"),
        # longer than any answer the app takes (scoring or showing it took minutes)
        (lambda d: d["answers"][1].update(text="x" * 2_000_001), "answer #2: field 'text' is long"),
        (lambda d: d["answers"][1].update(question_id="q" * 30_000), "field 'question_id' is"),
        # SQLite cannot store one: the import failed halfway with a traceback
        (
            lambda d: d["answers"][1].update(text="u\ud800"),
            "answer #2: field 'text' holds a lone surrogate",
        ),
        (
            lambda d: d["notes"].append({"answer_id": 1, "note": "\udfff", "updated_at": 1.0}),
            "note #1",
        ),
    ],
)
def test_a_hostile_archive_is_refused_and_nothing_is_written(
    tmp_path: Path, change: Any, message: str
) -> None:
    manifest, data, wav = _archive(tmp_path)
    change(data)
    text = json.dumps(data).replace('"' + "[" * 100_000 + '"', "[" * 100_000 + "]" * 100_000)
    bad = _write(tmp_path / "bad.zip", manifest, text, {data["answers"][0]["audio_path"]: wav})
    storage, recordings = Storage(tmp_path / "dst" / "s.sqlite3"), tmp_path / "dst" / "recordings"
    with pytest.raises(ArchiveError, match=message):
        import_archive(storage, bad, recordings)
    _nothing_changed(storage, recordings)


def test_recording_names_stay_plain_and_inside_the_recordings_folder(tmp_path: Path) -> None:
    manifest, data, wav = _archive(tmp_path)
    names = ["../../outside.wav", "/tmp/abs.wav", "a\x00b.wav", "r\u202egnp.wav\u200b", "..", "x" * 300 + ".wav", "same.wav", "same.wav", "same.wav"]  # fmt: skip
    template, audio = data["answers"][0], {}
    data["answers"] = []
    for i, name in enumerate(names, start=1):
        audio[f"recordings/{i}.wav"] = wav
        data["answers"].append(
            dict(template, id=i, audio_path=f"recordings/{i}.wav", audio_file=name)
        )
    storage, recordings = Storage(tmp_path / "dst" / "s.sqlite3"), tmp_path / "dst" / "recordings"
    import_archive(storage, _write(tmp_path / "x.zip", manifest, data, audio), recordings)
    stored = [Path(a.audio_path) for a in storage.sessions()[0].answers]  # type: ignore[arg-type]
    assert len(set(stored)) == len(names) and all(p.parent == recordings for p in stored)
    assert all(p.read_bytes() == wav for p in stored)
    plain = [p.name for p in stored]
    assert plain[:5] == ["outside.wav", "abs.wav", "ab.wav", "rgnp.wav", "recording-5.wav"]
    assert len(plain[5]) <= 120 and plain[5].endswith(".wav") and plain[6] == "same.wav"
    assert sorted(p.name for p in recordings.iterdir()) == sorted(plain)
    assert not (tmp_path / "outside.wav").exists() and not Path("/tmp/abs.wav").exists()


def test_a_failed_import_removes_the_recordings_it_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _archive(tmp_path)
    storage, recordings = Storage(tmp_path / "dst" / "s.sqlite3"), tmp_path / "dst" / "recordings"

    def full(*_: Any, **__: Any) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(storage, "import_rows", full)
    with pytest.raises(ArchiveError, match="database or disk is full; nothing was changed"):
        import_archive(storage, tmp_path / "good.zip", recordings)
    _nothing_changed(storage, recordings)


def test_a_database_locked_by_another_program_is_said_so_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own "database is locked" named neither the file nor what to do (seen through
    ``ml-interview archive import --replace`` while a program held the database)."""
    _archive(tmp_path)
    storage, recordings = Storage(tmp_path / "dst" / "s.sqlite3"), tmp_path / "dst" / "recordings"

    def locked(*_: Any, **__: Any) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(storage, "import_rows", locked)
    with pytest.raises(ArchiveError) as caught:
        import_archive(storage, tmp_path / "good.zip", recordings)
    message = str(caught.value)
    assert f"another program is using the session database {storage.path}" in message
    assert message.endswith("close it, then import again; nothing was changed")
    _nothing_changed(storage, recordings)


def test_recordings_that_do_not_fit_on_the_disk_are_refused_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest, data, _ = _archive(tmp_path)
    bomb = {data["answers"][0]["audio_path"]: bytes(64 * 1024 * 1024)}  # 64 MB in ~64 kB
    source = _write(tmp_path / "bomb.zip", manifest, data, bomb)
    assert source.stat().st_size < 1024 * 1024
    # (a bomb is refused by its packing ratio first: test_archive_size_before_reading.py)
    monkeypatch.setattr(archive, "MAX_DATA_RATIO", 10**6)
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(
        shutil, "disk_usage", lambda _: usage(10**9, 10**9 - 80 * 2**20, 80 * 2**20)
    )
    storage, recordings = Storage(tmp_path / "dst" / "s.sqlite3"), tmp_path / "dst" / "recordings"
    with pytest.raises(ArchiveError, match=r"needs 67 MB \(67 MB of recordings.* has 84 MB free"):
        import_archive(storage, source, recordings)
    _nothing_changed(storage, recordings)


def test_an_archive_without_recordings_on_a_nearly_full_disk_says_what_it_needs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said "its recordings need 0 MB but ... has 2 MB free": true, and no help."""
    manifest, data, _ = _archive(tmp_path)
    data["answers"] = [a for a in data["answers"] if not a.get("audio_path")]
    source = _write(tmp_path / "typed.zip", manifest, data, {})
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda _: usage(10**9, 10**9 - 2 * 10**6, 2 * 10**6))
    storage, recordings = Storage(tmp_path / "dst" / "s.sqlite3"), tmp_path / "dst" / "recordings"
    with pytest.raises(ArchiveError) as caught:
        import_archive(storage, source, recordings)
    message = str(caught.value)
    assert "recordings need 0 MB" not in message
    assert "0.0 MB of recordings" in message and "105 MB left free for new answers" in message
    assert "has 2.0 MB free; nothing was changed" in message
    _nothing_changed(storage, recordings)


def test_a_manifest_that_unpacks_to_gigabytes_is_refused_before_reading(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("manifest.json", "w", force_zip64=True) as f:
            for _ in range(4):
                f.write(b" " * (64 << 20))  # 256 MB of spaces in ~250 kB
        z.writestr("data.json", "{}")
    assert bomb.stat().st_size < 1 << 20
    with pytest.raises(ArchiveError, match="manifest.json is too large"):
        archive.read_archive(bomb)


def _patched(
    source: Path, target: Path, only: str, flags: int = 0, method: int | None = None
) -> Path:
    """``source`` with the entries whose names start with ``only`` marked encrypted (``flags``)
    or compressed with an unknown ``method``, in both the local and the central headers."""
    import struct

    data = bytearray(source.read_bytes())
    for magic, flag_at, method_at, name_len_at, name_at in (
        (b"PK\x03\x04", 6, 8, 26, 30),
        (b"PK\x01\x02", 8, 10, 28, 46),
    ):
        i = 0
        while (i := data.find(magic, i)) != -1:
            (length,) = struct.unpack_from("<H", data, i + name_len_at)
            if bytes(data[i + name_at : i + name_at + length]).decode().startswith(only):
                data[i + flag_at] |= flags
                if method is not None:
                    struct.pack_into("<H", data, i + method_at, method)
            i += 4
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize(
    ("only", "flags", "method", "message"),
    [
        ("manifest", 1, None, "cannot be read: .* is encrypted"),
        ("", 0, 99, "cannot be read: That compression method is not supported"),
        ("recordings/", 1, None, "encrypted.*; nothing was changed"),
    ],
)
def test_an_encrypted_or_unknown_entry_is_refused_and_leaves_nothing(
    tmp_path: Path, only: str, flags: int, method: int | None, message: str
) -> None:
    _archive(tmp_path)
    bad = _patched(tmp_path / "good.zip", tmp_path / "bad.zip", only, flags, method)
    storage, recordings = Storage(tmp_path / "dst" / "s.sqlite3"), tmp_path / "dst" / "recordings"
    with pytest.raises(ArchiveError, match=message):
        import_archive(storage, bad, recordings)
    _nothing_changed(storage, recordings)
