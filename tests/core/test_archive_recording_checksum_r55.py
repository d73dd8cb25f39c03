"""A recording in an archive whose bytes were changed after it was written (attack run 55).

An entry whose stored size or checksum lies (a byte flipped by a bad copy, an entry edited by
hand) was refused with Python's 'Bad CRC-32 for file 'recordings/1-a.wav'', which says
neither that the archive is damaged nor what that means. It is now said as damage, naming the
recording; nothing is written, as before."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from simulator.core.archive import ArchiveError, export_archive, import_archive
from simulator.core.storage import Storage


def test_a_recording_that_does_not_unpack_whole_is_called_damage_r55(tmp_path: Path) -> None:
    source = Storage(tmp_path / "src" / "sessions.sqlite3")
    sid = source.create_session({"name": "x"})
    wav = tmp_path / "src" / "a.wav"
    wav.write_bytes(b"RIFF" + bytes(4000))
    source.add_answer(sid, "tech.a", 0, "spoken", "an answer", audio_path=str(wav))
    export_archive(source, tmp_path / "good.zip")
    source.close()
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(tmp_path / "good.zip") as z, zipfile.ZipFile(bad, "w") as out:
        for info in z.infolist():  # stored, not deflated: its bytes can be changed in place
            out.writestr(info.filename, z.read(info.filename), zipfile.ZIP_STORED)
    body = bytearray(bad.read_bytes())
    body[body.find(b"RIFF") + 100] ^= 0xFF
    bad.write_bytes(bytes(body))
    here = Storage(tmp_path / "here" / "sessions.sqlite3")
    with pytest.raises(ArchiveError) as info:
        import_archive(here, bad, tmp_path / "here" / "recordings")
    said = str(info.value)
    assert f"cannot import {bad} into {tmp_path / 'here'}: it is damaged: recordings/" in said
    assert "a.wav does not unpack to the bytes the archive says it holds" in said
    assert said.endswith("; nothing was changed")
    assert here.sessions() == []
    assert list((tmp_path / "here" / "recordings").glob("*.wav")) == []
