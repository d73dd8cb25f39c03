"""An archive whose packed (deflated) bytes are damaged: a byte changed in manifest.json's,
data.json's or a recording's packed bytes, or a packed stream said to run past the end of the
file, gave a traceback ("zlib.error: Error -3 while decompressing data: invalid block type")
for Import data, its preview and ``ml-interview archive import``: neither is a BadZipFile
(attack run 64: 6 of 300 archives damaged at random). So did a list of the archive's contents
that places a member before the file's start (OSError EINVAL from the seek) or names a zip
version zipfile does not read (NotImplementedError). Each is refused, naming the archive and
the member; nothing is imported and no recording is left behind."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from simulator.core.archive import ArchiveError, export_archive, import_archive, read_archive
from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from tests.ui.recorded import spoken_session

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def _archive(tmp_path: Path) -> Path:
    storage = Storage(tmp_path / "src" / "sessions.sqlite3")
    spoken_session(storage, load_packs([PACK]), tmp_path / "src" / "recordings" / "a.wav")
    export_archive(storage, tmp_path / "all.zip")
    storage.close()
    return tmp_path / "all.zip"


def _repacked(source: Path, target: Path) -> Path:
    """``source`` with every member deflated (the app stores recordings as they are; a zip
    tool may pack them)."""
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            out.writestr(info.filename, z.read(info), zipfile.ZIP_DEFLATED)
    return target


def _packed_at(blob: bytes, member: str) -> tuple[int, zipfile.ZipInfo]:
    """Where ``member``'s packed bytes start in the zip ``blob``, and its entry."""
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        info = z.getinfo(member)
    name_len, extra_len = struct.unpack(
        "<HH", blob[info.header_offset + 26 : info.header_offset + 30]
    )
    return info.header_offset + 30 + name_len + extra_len, info


def _damaged(source: Path, member: str, target: Path) -> Path:
    """``source`` with ``member``'s packed bytes starting with a deflate block of a type that
    does not exist (zlib: "invalid block type")."""
    blob = bytearray(source.read_bytes())
    start, info = _packed_at(bytes(blob), member)
    assert info.compress_type == zipfile.ZIP_DEFLATED
    blob[start] = 0x07  # BFINAL 1, BTYPE 11: reserved
    target.write_bytes(bytes(blob))
    return target


def _ends_early(source: Path, member: str, target: Path) -> Path:
    """``source`` with ``member`` packed as a deflate stream without its end, which the
    archive's list says goes on a megabyte past the end of the file: the list's own bytes are
    read as its rest."""
    with zipfile.ZipFile(source) as z:
        whole = z.read(member)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    cut = packer.compress(whole) + packer.flush(zlib.Z_SYNC_FLUSH)
    with zipfile.ZipFile(source) as z, zipfile.ZipFile(target, "w") as out:
        for info in z.infolist():
            data = cut if info.filename == member else z.read(info)
            out.writestr(info.filename, data, zipfile.ZIP_STORED)
    blob = bytearray(target.read_bytes())
    _start, info = _packed_at(bytes(blob), member)
    local = info.header_offset
    struct.pack_into("<H", blob, local + 8, zipfile.ZIP_DEFLATED)
    struct.pack_into("<III", blob, local + 14, zlib.crc32(whole), len(cut), len(whole))
    # its entry in the central directory: found by its name after the fixed part
    at = 0
    while (at := blob.find(b"PK\x01\x02", at)) != -1:
        (name_len,) = struct.unpack_from("<H", blob, at + 28)
        if bytes(blob[at + 46 : at + 46 + name_len]).decode() == member:
            struct.pack_into("<H", blob, at + 10, zipfile.ZIP_DEFLATED)
            struct.pack_into("<III", blob, at + 16, zlib.crc32(whole), len(cut) + 10**6, len(whole))
        at += 4
    target.write_bytes(bytes(blob))
    return target


def _recording(source: Path) -> str:
    with zipfile.ZipFile(source) as z:
        return next(n for n in z.namelist() if n.startswith("recordings/"))


@pytest.mark.parametrize("member", ["manifest.json", "data.json", "recording"])
@pytest.mark.parametrize("harm", [_damaged, _ends_early])
def test_damaged_packing_is_refused_by_name(tmp_path: Path, member: str, harm: object) -> None:
    packed = _repacked(_archive(tmp_path), tmp_path / "packed.zip")
    name = _recording(packed) if member == "recording" else member
    bad = harm(packed, name, tmp_path / "bad.zip")  # type: ignore[operator]
    here = Storage(tmp_path / "here" / "sessions.sqlite3")
    recordings = tmp_path / "here" / "recordings"
    with pytest.raises(ArchiveError) as caught:
        import_archive(here, bad, recordings)
    said = str(caught.value)
    assert str(bad) in said and f"{name} does not unpack: its packed bytes are damaged" in said
    assert here.session_count() == 0
    assert not recordings.exists() or not any(recordings.glob("*.wav"))
    if member != "recording":  # the preview reads these too
        with pytest.raises(ArchiveError):
            read_archive(bad)
    here.close()


def test_the_repacked_archive_itself_imports(tmp_path: Path) -> None:
    """(The damage, not the packing, is refused.)"""
    packed = _repacked(_archive(tmp_path), tmp_path / "packed.zip")
    here = Storage(tmp_path / "here" / "sessions.sqlite3")
    summary = import_archive(here, packed, tmp_path / "here" / "recordings")
    assert (summary.sessions, summary.recordings) == (1, 1) and here.session_count() == 1
    here.close()


def _central(blob: bytearray, member: str) -> int:
    """Where ``member``'s entry in the archive's list of its contents starts."""
    at = 0
    while (at := blob.find(b"PK\x01\x02", at)) != -1:
        (name_len,) = struct.unpack_from("<H", blob, at + 28)
        if bytes(blob[at + 46 : at + 46 + name_len]).decode() == member:
            return at
        at += 4
    raise AssertionError(member)


def test_a_zip_version_zipfile_does_not_read_is_refused(tmp_path: Path) -> None:
    """A changed byte in the list: "version needed to extract" 16.4 (NotImplementedError)."""
    blob = bytearray(_archive(tmp_path).read_bytes())
    struct.pack_into("<H", blob, _central(blob, "data.json") + 6, 164)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(blob))
    with pytest.raises(ArchiveError) as caught:
        read_archive(bad)
    assert str(caught.value).startswith(f"{bad}: cannot be read: it is damaged, or was packed")


@pytest.mark.parametrize("member", ["manifest.json", "data.json", "recording"])
def test_a_member_placed_before_the_file_is_refused(tmp_path: Path, member: str) -> None:
    """The list's own place (in its end record) a megabyte further on: every member is read
    from a megabyte before where it is, before the file's start (a seek to a place below 0:
    OSError EINVAL)."""
    source = _archive(tmp_path)
    name = _recording(source) if member == "recording" else member
    blob = bytearray(source.read_bytes())
    end = blob.rindex(b"PK\x05\x06")
    (offset,) = struct.unpack_from("<I", blob, end + 16)
    struct.pack_into("<I", blob, end + 16, offset + 10**6)
    # only ``name`` is placed before the start: the others where they are
    for other in ("manifest.json", "data.json", _recording(source)):
        if other != name:
            at = _central(blob, other)
            (place,) = struct.unpack_from("<I", blob, at + 42)
            struct.pack_into("<I", blob, at + 42, place + 10**6)
    bad = tmp_path / "bad.zip"
    bad.write_bytes(bytes(blob))
    here = Storage(tmp_path / "here" / "sessions.sqlite3")
    recordings = tmp_path / "here" / "recordings"
    with pytest.raises(ArchiveError) as caught:
        import_archive(here, bad, recordings)
    assert (
        f"damaged: the archive's list of its contents places {name} where the file has nothing"
        in str(caught.value)
    )
    assert here.session_count() == 0 and not any(recordings.glob("*.wav"))
    here.close()
