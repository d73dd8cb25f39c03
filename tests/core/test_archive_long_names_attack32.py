"""A recording whose name is long in bytes is imported under a name the file system takes
(attack run 32): names were cut to 120 characters, but 120 Chinese characters or emoji are 360
to 480 bytes and the system refuses names over 255, so the whole import failed with 'File name
too long' and nothing was imported."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from simulator.core.archive import export_archive, import_archive
from simulator.core.archive_checks import own_file_name
from simulator.core.storage import Storage


def _archive_with_names(tmp_path: Path, names: list[str]) -> Path:
    src = Storage(tmp_path / "src" / "s.sqlite3")
    sid = src.create_session({"name": "x"})
    wav = tmp_path / "src" / "a.wav"
    wav.write_bytes(b"RIFF" + bytes(2000))
    src.add_answer(sid, "q", 0, "spoken", "t", audio_path=str(wav))
    export_archive(src, tmp_path / "good.zip")
    src.close()
    with zipfile.ZipFile(tmp_path / "good.zip") as z:
        manifest, data = json.loads(z.read("manifest.json")), json.loads(z.read("data.json"))
    template = data["answers"][0]
    data["answers"] = [
        dict(template, id=i, audio_path=f"recordings/{i}.wav", audio_file=name)
        for i, name in enumerate(names, start=1)
    ]
    out = tmp_path / "names.zip"
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        z.writestr("data.json", json.dumps(data))
        for i in range(1, len(names) + 1):
            z.writestr(f"recordings/{i}.wav", wav.read_bytes())
    return out


def test_recordings_with_names_long_in_bytes_are_imported(tmp_path: Path) -> None:
    names = ["漢" * 150 + ".wav", "🎤" * 119 + ".wav", "é" * 119 + ".wav", "é" * 119 + ".wav"]
    storage, recordings = Storage(tmp_path / "dst" / "s.sqlite3"), tmp_path / "dst" / "recordings"
    import_archive(storage, _archive_with_names(tmp_path, names), recordings)
    stored = [Path(a.audio_path) for a in storage.sessions()[0].answers]  # type: ignore[arg-type]
    assert len(set(stored)) == 4 and all(p.is_file() for p in stored)
    assert all(len(p.name.encode()) <= 255 and p.suffix == ".wav" for p in stored)
    assert stored[0].name.startswith("漢漢") and stored[1].name.startswith("🎤")


@pytest.mark.parametrize("name", ["漢" * 150 + ".wav", "🎤" * 130, "a" * 90 + "é" * 100 + ".flac"])
def test_a_plain_file_name_fits_the_file_system(name: str) -> None:
    plain = own_file_name(name, "fallback.wav")
    assert len(plain.encode()) <= 200 and plain[:1] == name[:1]
    assert plain.endswith(Path(name).suffix)


@pytest.mark.parametrize(
    "name, extension",
    [
        ("录音." + "中" * 100, ""),  # a dot in the words, 307 bytes
        ("answer 2.5 minutes long " + "and more words " * 12, ""),
        ("answer.2026-12-03 recorded in the office " + "x" * 100 + ".wav", ".wav"),
        ("take.two.final." + "漢" * 100 + ".flac", ".flac"),
    ],
)
def test_a_cut_name_is_its_own_beginning_and_its_extension(name: str, extension: str) -> None:
    """review33: the extension was the text after the last dot, whatever it was, cut to ten
    characters: a name with a dot in its words came back with a piece of its words twice."""
    plain = own_file_name(name, "fallback.wav")
    assert len(plain) <= 120 and len(plain.encode()) <= 200
    assert plain.endswith(extension)
    assert name.startswith(plain[: len(plain) - len(extension)]), plain
