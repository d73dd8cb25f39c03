"""An archive whose data.json could not be read without gigabytes of memory is refused by its
sizes before it is unpacked or parsed: a 100 kB zip unpacking to 105 MB of "{}," took 27 s and
2.5 GB before being refused for its first row, and a 512 MB one would have taken ~13 GB."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from simulator.core import archive
from simulator.core.archive import ArchiveError, export_archive, read_archive
from simulator.core.storage import Storage

MANIFEST = json.dumps({"format": archive.FORMAT, "version": archive.VERSION})


def _zip(path: Path, body: bytes, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as z:
        z.writestr("manifest.json", MANIFEST)
        z.writestr("data.json", body)
    return path


def _small_values(megabytes: float) -> bytes:
    return b'{"sessions": [' + b"{}," * int(megabytes * 2**20 / 3) + b"0]}"


def test_a_zip_bomb_is_refused_before_data_json_is_unpacked(tmp_path, monkeypatch):
    bomb = _zip(tmp_path / "bomb.zip", _small_values(17))
    assert bomb.stat().st_size < 100_000
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self, name, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(name if isinstance(name, str) else name.filename)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    with pytest.raises(ArchiveError) as err:
        read_archive(bomb)
    message = str(err.value)
    assert str(bomb) in message and "data.json would unpack to 18 MB" in message
    assert "to 1" in message and "not unpacked" in message
    assert "data.json" not in opened


def test_too_many_values_for_the_memory_are_refused_before_parsing(tmp_path, monkeypatch):
    # stored, not packed: the ratio says nothing, the count of values does
    many = _zip(tmp_path / "many.zip", _small_values(2), zipfile.ZIP_STORED)
    monkeypatch.setattr(archive, "available_memory", lambda: 200 * 2**20)
    parsed: list[int] = []
    real_loads = json.loads
    monkeypatch.setattr(
        archive.json, "loads", lambda body, **kw: parsed.append(1) or real_loads(body, **kw)
    )
    with pytest.raises(ArchiveError) as err:
        read_archive(many)
    message = str(err.value)
    assert "data.json holds up to 1,398,10" in message
    assert "GB of memory, more than half of what is free (0.1 GB)" in message
    assert "not read" in message
    assert len(parsed) == 1  # the manifest only


def test_the_apps_own_archive_still_reads_with_little_memory_free(tmp_path, monkeypatch):
    s = Storage(tmp_path / "s.sqlite3")
    for n in range(3):
        sid = s.create_session({"name": f"plan {n}", "question_ids": ["q"] * 5})
        for i in range(5):
            s.add_answer(sid, "q", i, "typed", "Well, first, I would check the data, then " * 40)
    export_archive(s, tmp_path / "mine.zip")
    s.close()
    monkeypatch.setattr(archive, "available_memory", lambda: 200 * 2**20)
    summary, _ = read_archive(tmp_path / "mine.zip")
    assert (summary.sessions, summary.answers) == (3, 15)


def test_free_memory_is_read_on_linux():
    free = archive.available_memory()
    assert free is None or free > 0


def test_a_recording_that_is_a_zip_bomb_is_refused_before_anything_is_written(tmp_path):
    s = Storage(tmp_path / "src" / "s.sqlite3")
    sid = s.create_session({"name": "x"})
    wav = tmp_path / "src" / "a.wav"
    wav.write_bytes(b"RIFF" + bytes(2000))
    s.add_answer(sid, "q", 0, "spoken", "t", audio_path=str(wav))
    export_archive(s, tmp_path / "good.zip")
    s.close()
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(tmp_path / "good.zip") as good, zipfile.ZipFile(bomb, "w") as z:
        for info in good.infolist():
            if info.filename.startswith("recordings/"):  # 20 MB of zeros in 20 kB
                packed = zipfile.ZipInfo(info.filename)
                packed.compress_type = zipfile.ZIP_DEFLATED
                with z.open(packed, "w") as out:
                    for _ in range(20):
                        out.write(bytes(2**20))
            else:
                z.writestr(info, good.read(info))
    with pytest.raises(ArchiveError) as err:
        read_archive(bomb)
    assert "recordings/1-a.wav would unpack to 21 MB" in str(err.value)
    assert "not unpacked" in str(err.value)
