"""All your data as one archive, for a new machine: export, validate, import (Qt-free).

An archive is a zip: ``manifest.json`` (what it is and how much it holds), ``data.json`` (every
session with its answers, scores, transcripts, notes and self-ratings) and ``recordings/`` (the
audio of spoken answers). Importing checks everything before changing anything: the format, each
session and answer field, that every recording named is in the zip. It never overwrites: into an
empty history it restores the sessions with their ids (a round trip gives an identical history);
into a non-empty one it adds what is not there yet (``archive_merge``: the same archive imported
twice stores nothing twice), or replaces the whole history when told to; recordings never replace
a file already there.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import json
import os
import shutil
import sqlite3
import stat
import tempfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from simulator import __version__
from simulator.core.archive_checks import (
    RECORDINGS_PREFIX,
    ROW_NAMES,
    DataError,
    check_data,
    fit_texts,
    own_file_name,
    placed_answers,
    readable_cells,
    unread_asked,
)
from simulator.core.archive_merge import MergePlan, OneCopy, one_copy_each, plan_merge
from simulator.core.audio_paths import RECORDINGS as RECORDINGS_FOLDER
from simulator.core.collector import collector_paused
from simulator.core.json_numbers import strict_int
from simulator.core.session.drafts import Drafts
from simulator.core.small_files import read_small
from simulator.core.storage import Storage
from simulator.core.storage_errors import error_kind, plain_reason
from simulator.core.tables import joined_with_and, plural
from simulator.core.target_files import (
    PID_ROOM,
    UnsafeTarget,
    hidden_prefix,
    missing_folder,
    no_new_files,
    remove_leftovers,
    safe_destination,
    written_by,
)

FORMAT = "ml-interview-archive"
VERSION = 1
MAX_DATA_BYTES = 512 * 1024 * 1024  # data.json larger than this is not one of ours
MAX_MANIFEST_BYTES = 64 * 1024  # ours is ~200 bytes
# A large data.json packed far tighter than the app's data ever packs is a zip bomb, refused before
# it is unpacked (measured: 20,000 skipped answers pack 20:1, one text in every answer 34:1;
# deflate's best is ~1030:1). A small one is cheap to read whatever its ratio (one long answer
# of one repeated letter packs ~1000:1).
MAX_DATA_RATIO = 200
RATIO_CHECKED_FROM = 16 * 1024 * 1024
# Reading JSON needs its text (up to 4 bytes a character once decoded) plus ~80 bytes a value:
# a data.json of small values ("{},{},") takes 20-25 times its size (measured: 100 MB took 2.5 GB
# and 27 s before being refused). The app's data is few values and long text; commas and colons
# inside its texts are counted as values too, so the estimate errs on the safe side (a history
# of spoken answers with word timings: ~8 times its size). At most half the free memory.
BYTES_PER_VALUE = 80
READ_MEMORY = 4 * 1024**3  # and never more than this
SPARE_BYTES = 100 * 1024 * 1024  # left free after an import's recordings


class ArchiveError(Exception):
    """The archive cannot be written or read; the message says what and where, in one line."""


@dataclass(frozen=True)
class ArchiveSummary:
    sessions: int
    answers: int
    recordings: int
    created: str
    # recordings named by an answer but left out of an export: outside the data folder
    left_out: tuple[str, ...] = ()
    # recordings named by an answer but no longer on the disk (attack run 29: the export
    # counted only those it held, so a backup without them looked whole)
    gone: tuple[str, ...] = ()
    # recordings named by an answer that are there but no file: a pipe, a device (or a link to
    # one), a folder (attack run 33: they were said to be no longer on the disk)
    not_files: tuple[str, ...] = ()
    # texts longer than an archive holds, cut to that length on export (one line each): the
    # app's own archive was refused on import for them (round 50)
    cut: tuple[str, ...] = ()
    # what the manifest's counts say when they are not what data.json holds (data.json is what
    # is checked and imported; attack run 50: such an archive was imported without a word)
    manifest_differs: str = ""
    # JSON cells the app cannot read as stored, written as it reads them on export (one line
    # each; ``archive_checks.readable_cells``): the import refuses them as they were
    unread: tuple[str, ...] = ()
    # what an import into a history with sessions did not store again, as a sentence
    # (``MergePlan.skipped_said``): "" when nothing was skipped
    skipped: str = ""
    # interviews unfinished here that an import completed from the archive's finished copies
    completed: int = 0


class ArchiveCancelled(ArchiveError):
    """The export was cancelled: nothing was written under the archive's name."""


# Bytes of a recording copied between two looks at ``cancelled`` and two calls of ``progress``
CHUNK = 4 * 1024 * 1024
# Over this a recording is written with zip64 fields from the start: its size is taken before
# it is copied, and a file that grew past 4 GB meanwhile would fail the whole archive at its end
ZIP64_FROM = 1024**3
# The temporary file's name: ``.NAME.`` then the writing process and machine (``written_by``),
# the random characters tempfile adds and this. Each export writes its own (two exports to the
# same file at once wrote the same one: the first renamed the second's half into place and said
# it was done).
PART = ".part"
_PART_ROOM = PID_ROOM + 8 + len(PART)

Progress = Callable[[int, int], None]  # (bytes written, bytes in all)


@dataclass
class ArchiveContents:
    """What an export writes, read from the database (``archive_contents``)."""

    manifest: dict[str, Any]
    data_json: bytes
    recordings: dict[str, Path]  # name in the zip -> file
    summary: ArchiveSummary

    @property
    def size(self) -> int:
        """Bytes to write (recordings at the size they had when read), for ``progress``."""
        return len(self.data_json) + sum(_size(path) for path in self.recordings.values())


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def export_archive(
    storage: Storage,
    target: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ArchiveSummary:
    """Write every session, answer, note, rating and recording to ``target`` (a zip)."""
    return write_archive(archive_contents(storage), target, progress, cancelled)


def archive_contents(storage: Storage) -> ArchiveContents:
    """Everything an archive holds, read from ``storage`` (the database's part: quick)."""
    data = storage.export_rows()
    cut = fit_texts(data)  # as the import takes them
    unread = readable_cells(data)
    unread += placed_answers(data)  # (after the plans are readable: their lists count)
    recordings: dict[str, Path] = {}
    left_out: list[str] = []
    gone: list[str] = []
    not_files: list[str] = []
    # the data folder, and where its recordings folder leads (it may be a link to another disk)
    homes = {storage.path.parent.resolve(), (storage.path.parent / RECORDINGS_FOLDER).resolve()}
    for answer in data["answers"]:
        audio = answer.get("audio_path")
        if audio and Path(audio).is_file() and _inside(Path(audio).resolve(), homes):
            name = f"recordings/{answer['id']}-{Path(audio).name}"
            recordings[name] = Path(audio)
            answer["audio_path"] = name
            answer["audio_file"] = Path(audio).name  # restored under its own name
        elif audio:
            # Already gone, or outside the data folder: the app records only inside it, so a
            # path elsewhere (or a link leading out) came from a hostile archive or a hand-made
            # database; following it would put any file of the disk into the archive.
            if Path(audio).is_file():
                left_out.append(audio)
            elif Path(audio).exists():
                not_files.append(audio)
            else:
                gone.append(audio)
            answer["audio_path"] = None
            answer["audio_missing"] = audio
    created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "created": created,
        "sessions": len(data["sessions"]),
        "answers": len(data["answers"]),
        "recordings": len(recordings),
    }
    summary = ArchiveSummary(
        len(data["sessions"]),
        len(data["answers"]),
        len(recordings),
        created,
        tuple(left_out),
        tuple(gone),
        tuple(not_files),
        tuple(cut),
        unread=tuple(unread),
    )
    return ArchiveContents(manifest, _json_by_rows(data), recordings, summary)


def _json_by_rows(data: dict[str, Any]) -> bytes:
    """``json.dumps(data, ensure_ascii=False)`` as UTF-8, byte for byte, made a row at a time:
    one call for the whole history is one call into C that holds the interpreter lock from
    start to end, and with 5,000 sessions (197 MB) the window's thread slept 1.6-1.8 s on it
    while Export all data ran (attack run 62). Between rows the lock is let go."""

    def dumped(value: Any) -> bytes:
        return json.dumps(value, ensure_ascii=False).encode("utf-8")

    parts = [b"{"]
    for n, (key, value) in enumerate(data.items()):
        parts.append(b"%s%s: " % (b", " if n else b"", dumped(key)))
        if isinstance(value, list):
            parts.append(b"[")
            for i, row in enumerate(value):
                parts.append(b", " + dumped(row) if i else dumped(row))
            parts.append(b"]")
        else:
            parts.append(dumped(value))
    parts.append(b"}")
    return b"".join(parts)


def write_archive(
    contents: ArchiveContents,
    target: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ArchiveSummary:
    """Write ``contents`` to ``target``: into a temporary file of its own beside it, renamed
    onto ``target`` only once whole. ``progress(done, total)`` is called as bytes are written;
    ``cancelled()`` is asked as often, and when it says True ``ArchiveCancelled`` is raised. A
    cancelled or failed export leaves nothing of itself (a file already under ``target``
    stays as it was). Run it off the GUI thread: a recording can be gigabytes."""
    try:
        end = safe_destination(target)  # a link: the file it names (the link stays)
    except UnsafeTarget as exc:
        raise ArchiveError(f"cannot write the archive {target}: {exc}") from None
    prefix = hidden_prefix(end.name, _PART_ROOM)
    remove_leftovers(end.parent, prefix, PART)
    total, done = contents.size, 0

    def wrote(n: int) -> None:
        nonlocal done
        done += n
        if cancelled is not None and cancelled():
            raise ArchiveCancelled(f"the export was cancelled; nothing was written to {target}")
        if progress is not None:
            progress(done, max(total, done))

    partial: str | None = None
    try:
        # a fresh file of its own (tempfile: never through a link planted there), 0600
        fd, partial = tempfile.mkstemp(prefix=written_by(prefix), suffix=PART, dir=end.parent)
        with os.fdopen(fd, "wb") as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("manifest.json", json.dumps(contents.manifest, indent=2))
            z.writestr("data.json", contents.data_json)
            wrote(len(contents.data_json))
            for name, path in contents.recordings.items():
                _copy_into(z, path, name, wrote)
        os.replace(partial, end)
        partial = None
    except OSError as exc:
        reason = plain_reason(exc)
        if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.ELOOP):
            exists = end.parent.is_dir()
            reason = no_new_files(end.parent) if exists else missing_folder(end.parent)
        raise ArchiveError(f"cannot write the archive {target}: {reason}") from None
    finally:
        if partial is not None:  # failed, cancelled or interrupted: nothing of it is left
            with contextlib.suppress(OSError):  # (no such folder: ENOTDIR from unlink itself)
                os.unlink(partial)
    return contents.summary


def _copy_into(z: zipfile.ZipFile, path: Path, name: str, wrote: Callable[[int], None]) -> None:
    """A recording stored as it is (WAV barely compresses), copied a chunk at a time."""
    info = zipfile.ZipInfo.from_file(path, name)
    info.compress_type = zipfile.ZIP_STORED
    with (
        path.open("rb") as source,
        z.open(info, "w", force_zip64=info.file_size > ZIP64_FROM) as into,
    ):
        while chunk := source.read(CHUNK):
            into.write(chunk)
            wrote(len(chunk))


def _inside(path: Path, folders: set[Path]) -> bool:
    return any(path.is_relative_to(folder) for folder in folders)


class _NotANumber:
    """NaN, Infinity or -Infinity in data.json, kept while it is parsed so the message can say
    where it is (it said only "Infinity is not a number JSON allows", attack run 47)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


def _where_not_a_number(data: Any) -> str | None:
    """Where the first NaN or Infinity of ``data`` is ("answer #3: field 'overall':
    Infinity is not a number JSON allows"), None when there is none."""
    stack: list[tuple[Any, list[str]]] = [(data, [])]
    while stack:
        value, path = stack.pop()
        if isinstance(value, _NotANumber):
            if len(path) >= 3 and path[0] in ROW_NAMES:
                where = f"{ROW_NAMES[path[0]]} #{int(path[1]) + 1}: field '{'.'.join(path[2:])}'"
            else:
                where = "the value at " + ".".join(path or ["the top"])
            return f"{where}: {value.name} is not a number JSON allows"
        if isinstance(value, dict):
            stack.extend((v, [*path, str(k)]) for k, v in reversed(list(value.items())))
        elif isinstance(value, list):
            stack.extend((v, [*path, str(i)]) for i, v in reversed(list(enumerate(value))))
    return None


def _check_room(z: zipfile.ZipFile, data: dict[str, Any], folder: Path, source: Path) -> None:
    """Refuse recordings that would not fit on the disk (with room to spare): a small zip can
    claim gigabytes (a zip bomb), and a disk filled halfway through helps nobody."""
    audio = sum(
        z.getinfo(a["audio_path"]).file_size for a in data["answers"] if a.get("audio_path")
    )
    rows = z.getinfo("data.json").file_size  # the database grows by about as much
    existing = folder if folder.is_dir() else folder.parent
    while not existing.is_dir() and existing != existing.parent:
        existing = existing.parent
    free = shutil.disk_usage(existing).free
    if audio + rows + SPARE_BYTES > free:
        # (it said "its recordings need 0 MB but ... has 2 MB free" of an archive without any)
        raise ArchiveError(
            f"{source}: importing it needs {_mb(audio + rows)} ({_mb(audio)} of recordings, "
            f"{_mb(rows)} of sessions) and {_mb(SPARE_BYTES)} left free for new answers, but "
            f"{existing} has {_mb(free)} free; nothing was changed"
        )


def _mb(size: int) -> str:
    return f"{size / 1e6:,.1f} MB" if size < 10e6 else f"{size / 1e6:,.0f} MB"


def _free_name(folder: Path, name: str, prefix: str) -> Path:
    """``folder/name``, or a prefixed name when that is taken: a file (or a link) already there
    is never replaced or followed."""
    target, n = folder / name, 1
    while os.path.lexists(target):
        target = folder / f"{prefix}{'' if n == 1 else f'{n}-'}{name}"
        n += 1
    return target


def _missing_recording(answer: dict[str, Any], recordings_dir: Path) -> str | None:
    """Where an answer whose recording was lost before the export says it was: a plain name in
    this data folder's recordings folder (the review names it as missing; a file put back there
    plays), never the path as the archive gives it. An archive's ``/home/me/.ssh/id_rsa`` or
    ``recordings/../../x`` stored as is would be read by the review and carried into the next
    export. A name already taken by another file is not pointed at: no path is kept."""
    given = answer.pop("audio_missing", None)
    if not given:
        return None
    name = own_file_name(given, "")
    if not name or os.path.lexists(recordings_dir / name):
        return None
    return f"{RECORDINGS_FOLDER}/{name}"


def _refuse_a_bomb(info: zipfile.ZipInfo, source: Path, ours: str) -> None:
    """A large member packed far tighter than the app's own ever is: refused unread."""
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size >= RATIO_CHECKED_FROM and ratio > MAX_DATA_RATIO:
        raise ArchiveError(
            f"{source}: {info.filename} would unpack to {info.file_size / 1e6:,.0f} MB from "
            f"{info.compress_size / 1e3:,.0f} kB ({ratio:,.0f} to 1; {ours} "
            f"{MAX_DATA_RATIO} to 1 at most): not an archive of this app, it was not unpacked"
        )


def _read_data(z: zipfile.ZipFile, source: Path) -> bytes:
    """data.json's bytes, refused by its sizes before it is unpacked (a zip bomb) and by the
    memory its values would take before it is parsed."""
    _refuse_a_bomb(z.getinfo("data.json"), source, "the app's data packs")
    body = z.read("data.json")
    values = sum(body.count(c) for c in (b",", b"[", b"{")) + 1  # each value ends a , or opens
    need = 4 * len(body) + values * BYTES_PER_VALUE
    free = available_memory()
    budget = READ_MEMORY if free is None else min(free // 2, READ_MEMORY)
    if need > budget:
        of = "allowed" if free is None or budget == READ_MEMORY else "half of what is free"
        raise ArchiveError(
            f"{source}: data.json holds up to {values:,} values in {len(body) / 1e6:,.1f} MB; "
            f"reading them could take {need / 1e9:,.1f} GB of memory, more than {of} "
            f"({budget / 1e9:,.1f} GB): it was not read"
        )
    return body


def _not_a_zip(source: Path) -> str:
    """Why ``source`` cannot be opened as a zip: empty, cut short (a zip's start with its end
    missing: a copy or download that stopped), or something else altogether."""
    try:
        with open(source, "rb") as f:
            head = f.read(4)
    except OSError:
        head = b""
    if not head:
        return f"{source}: the file is empty (0 bytes): not an archive"
    if head == b"PK\x03\x04":
        return (
            f"{source}: damaged or cut short (the end of the zip is missing: was the copy or "
            "download finished?); nothing was read from it"
        )
    # not zipfile's own words ("File is not a zip file", "Bad magic number for central
    # directory"): they were pasted in, capital and all (walk56)
    return f"{source} is not an archive of this app: it is not a zip file"


def available_memory() -> int | None:
    """Bytes of memory free for use (Linux's MemAvailable); ``None`` where it cannot be read."""
    try:
        with open("/proc/meminfo", "rb") as f:
            for line in f:
                if line.startswith(b"MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def read_archive(source: Path) -> tuple[ArchiveSummary, dict[str, Any]]:
    """Open and validate an archive; nothing is changed. Raises ``ArchiveError`` naming the problem."""
    try:
        mode = os.stat(source).st_mode
        if stat.S_ISDIR(mode):
            raise ArchiveError(f"{source}: a folder, not an archive")
        if not stat.S_ISREG(mode):  # a pipe would wait, a device never end
            raise ArchiveError(f"{source} is not an archive of this app: not a regular file")
        z = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        raise ArchiveError(_not_a_zip(source)) from None
    except NotImplementedError as exc:  # a version or feature zipfile does not read
        # (a changed byte in the list of its contents, or a zip tool's newer format: attack
        # run 64, a traceback "NotImplementedError: zip file version 16.4")
        raise ArchiveError(
            f"{source}: cannot be read: it is damaged, or was packed by a zip tool in a way "
            f"this app does not read ({exc})"
        ) from None
    except OSError as exc:  # missing, unreadable: said as such, without Python's wording
        reason = (
            "no such file" if exc.errno == errno.ENOENT else f"cannot be read: {plain_reason(exc)}"
        )
        raise ArchiveError(f"{source}: {reason}") from None
    with z:
        infos = {info.filename: info for info in z.infolist()}
        names = set(infos)
        # The app never writes a name twice; zipfile reads the last copy, other tools the
        # first: the history one tool shows and the one imported could differ.
        twice = next((n for n, k in Counter(z.namelist()).items() if k > 1), None)
        if twice is not None:
            raise ArchiveError(
                f"{source}: {twice} is in it twice, so which copy holds your data cannot be "
                "told: not an archive written by this app"
            )
        for required in ("manifest.json", "data.json"):
            if required not in names:
                raise ArchiveError(f"{source}: {required} is missing (not an archive of this app)")
        try:
            for member, limit in (
                ("manifest.json", MAX_MANIFEST_BYTES),
                ("data.json", MAX_DATA_BYTES),
            ):
                if z.getinfo(member).file_size > limit:  # a few kB can unpack to gigabytes
                    raise ArchiveError(f"{source}: {member} is too large ({limit:,} bytes at most)")
            member = "manifest.json"
            manifest = json.loads(z.read(member), parse_int=strict_int)
            member = "data.json"
            body = _read_data(z, source)
            with collector_paused():  # millions of small objects: no full passes over them
                constants: list[str] = []

                def constant(name: str) -> _NotANumber:
                    constants.append(name)
                    return _NotANumber(name)

                data = json.loads(body, parse_constant=constant, parse_int=strict_int)
            del body
            if constants:  # (looked for only then: a pass over every value takes seconds)
                where = _where_not_a_number(data) or f"it holds {constants[0]}, not a number"
                raise ArchiveError(f"{source}: damaged: data.json: {where}")
        except json.JSONDecodeError as exc:  # e.g. cut short
            raise ArchiveError(f"{source}: damaged: {member} is not valid JSON ({exc})") from None
        except _UNPACK_FAILURES as exc:
            raise ArchiveError(f"{source}: damaged: {_does_not_unpack(member, exc)}") from None
        except (ValueError, zipfile.BadZipFile) as exc:
            raise ArchiveError(f"{source}: damaged: {exc}") from None
        except RecursionError:
            raise ArchiveError(f"{source}: damaged: {member} is nested too deeply") from None
        except (RuntimeError, NotImplementedError) as exc:  # encrypted, or an unknown method
            raise ArchiveError(f"{source}: cannot be read: {exc}") from None
        except OSError as exc:
            raise ArchiveError(f"{source}: {_not_read(member, exc)}") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ArchiveError(f"{source}: manifest.json does not describe an archive of this app")
    version = manifest.get("version")
    if type(version) is not int or version != VERSION:  # (True == 1 in Python)
        newer = type(version) is int and version > VERSION
        raise ArchiveError(
            f"{source}: archive version {version!r}, this app reads {VERSION}"
            + (": it was written by a newer version of the app; update this one" if newer else "")
        )
    try:
        check_data(data, names)
    except DataError as exc:
        raise ArchiveError(f"{source}: {exc}") from None
    ours = {"manifest.json", "data.json", RECORDINGS_PREFIX}  # (the folder: a zip tool's)
    ours.update(a["audio_path"] for a in data["answers"] if a.get("audio_path"))
    foreign = [name for name in infos if name not in ours]
    if foreign:
        # (300,000 of them were read without a word, 47 s at load: attack run 56)
        raise ArchiveError(
            f"{source}: it holds {len(foreign):,} {'entry' if len(foreign) == 1 else 'entries'} "
            "that no archive of this app "
            f"holds ({foreign[0]}{', …' if len(foreign) > 1 else ''}: an archive holds "
            "manifest.json, data.json and the recordings its answers name): nothing was imported"
        )
    for answer in data["answers"]:
        if answer.get("audio_path"):  # the app stores them unpacked; audio packs ~1.1 to 1
            _refuse_a_bomb(infos[answer["audio_path"]], source, "recordings pack")
    recordings = sum(1 for a in data["answers"] if a.get("audio_path"))
    held = {"session": len(data["sessions"]), "answer": len(data["answers"])}
    held["recording"] = recordings
    summary = ArchiveSummary(
        held["session"],
        held["answer"],
        recordings,
        str(manifest.get("created", "")),
        manifest_differs=_counts_differ(manifest, held),
    )
    return summary, data


def _counts_differ(manifest: dict[str, Any], held: dict[str, int]) -> str:
    """How the manifest's counts differ from what data.json holds, or "" when they agree (a
    count it leaves out is not compared). data.json is what is checked and imported: a hand-made
    manifest, or a data.json edited after the export, makes no other difference."""
    differ = [
        (noun, manifest[f"{noun}s"], count)
        for noun, count in held.items()
        if f"{noun}s" in manifest
        and (type(manifest[f"{noun}s"]) is not int or manifest[f"{noun}s"] != count)
    ]
    if not differ:
        return ""

    def listed(value: Any, noun: str) -> str:
        if type(value) is int:
            return plural(value, noun)
        return f"{json.dumps(value, ensure_ascii=False)[:20]} {noun}s (not a whole number)"

    lists = joined_with_and([listed(value, noun) for noun, value, _ in differ])
    holds = joined_with_and([plural(count, noun) for noun, _, count in differ])
    return f"its manifest.json lists {lists}, but its data.json holds {holds}"


# StorageError is a RuntimeError; so is zipfile's "encrypted"
# A member whose packed bytes are damaged: zlib's and zipfile's own errors for a deflate stream
# that is not one, or that ends before its end (neither is a BadZipFile: attack run 64, a
# changed byte in manifest.json's, data.json's or a recording's packed bytes gave a traceback
# "zlib.error: Error -3 while decompressing data: invalid block type" for the import)
_UNPACK_FAILURES = (zlib.error, EOFError)
_IMPORT_FAILURES = (
    OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError, sqlite3.Error,
    *_UNPACK_FAILURES,
)  # fmt: skip


def _does_not_unpack(member: str, exc: BaseException) -> str:
    """Why a member of the archive could not be unpacked, said after "damaged: "."""
    return f"{member} does not unpack: its packed bytes are damaged ({exc})"


def _not_read(member: str, exc: OSError) -> str:
    """Why a member could not be read from the archive, said after its name and ": ". A place
    before the file's start (EINVAL from the seek: the archive's list of its contents
    damaged) gave a traceback "OSError: [Errno 22] Invalid argument" (attack run 64)."""
    if exc.errno == errno.EINVAL:
        return (
            f"damaged: the archive's list of its contents places {member} where the file has "
            "nothing"
        )
    return f"cannot be read: {member}: {plain_reason(exc)}"


# In the recordings folder while an import copies: the names of the recordings it has made,
# one a line, each written before its file is. A kill leaves it (the copies are then played
# by no answer); the next import removes those copies first (attack run 48).
IMPORTING = ".importing"


class _Listing:
    """The recordings an import in progress has made (``IMPORTING``)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._file = open(path, "a", encoding="utf-8")  # noqa: SIM115 (closed in done/undo)
        except IsADirectoryError:  # ("Is a directory" named no folder)
            raise ArchiveError(
                f"{path} is a folder, where the app keeps the list of the recordings an import "
                "has copied: move it away and import again; nothing was changed"
            ) from None

    def add(self, name: str) -> None:
        self._file.write(f"{name}\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def done(self) -> None:
        """The import's rows are saved: its recordings are played, the list goes."""
        with contextlib.suppress(OSError):
            self._file.close()
            self.path.unlink(missing_ok=True)


def _undo(written: list[Path], listing: _Listing | None) -> None:
    for path in written:
        with contextlib.suppress(OSError):
            path.unlink(missing_ok=True)
    if listing is not None:
        listing.done()


def _remove_a_killed_import(storage: Storage, recordings_dir: Path) -> None:
    """The copies a killed import made (listed in ``IMPORTING``) that no answer plays: an
    import killed after its rows were saved left its list behind too, and those are kept.
    Only plain names of regular files in the recordings folder are removed, never a link."""
    listed = recordings_dir / IMPORTING
    try:
        mode = os.lstat(listed).st_mode
    except FileNotFoundError:
        return
    except OSError:  # unreadable: left alone
        return
    if stat.S_ISDIR(mode):  # left alone: an import with recordings says so (_Listing)
        return
    if not stat.S_ISREG(mode):
        # A pipe under the app's own name: reading it waited for good, and so did the list's
        # opening for writing (the import never ended; in the window the database lane with
        # it). A link: never followed, as the list is written (attack run 50). Removed.
        with contextlib.suppress(OSError):
            listed.unlink()
        return
    try:
        names = read_small(listed, 1 << 24).decode("utf-8", errors="replace").splitlines()
    except OSError:  # grown past 16 MB, unreadable: left alone
        return
    played = {os.path.normpath(p) for p in storage.recording_paths()}
    for name in names:
        path = recordings_dir / name
        if name in ("", ".", "..", IMPORTING) or "/" in name or "\0" in name:
            continue  # (not a plain name: a hand-edited list)
        if os.path.normpath(path) in played:
            continue
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.lstat(path).st_mode):
                path.unlink()
    with contextlib.suppress(OSError):
        listed.unlink()


def _forget_drafts(recordings_dir: Path, sessions: list[dict[str, Any]]) -> None:
    """The drafts kept under the ids the import gave its sessions: an earlier history's
    (replaced, or a database deleted to start afresh), never written for these (attack run
    55: a draft is kept by session id alone, and Resume offered one as another's answer)."""
    drafts = Drafts.beside(lambda: recordings_dir)
    for session in sessions:
        with contextlib.suppress(OSError):
            drafts.clear(int(session["id"]))


def import_archive(
    storage: Storage, source: Path, recordings_dir: Path, replace: bool = False
) -> ArchiveSummary:
    """Restore an archive: into an empty history as it is (ids kept); beside sessions already
    here, only what is not here yet (``archive_merge``), unless ``replace``: then the sessions
    here are deleted first (their recordings stay on disk). The summary counts what was
    imported and says what was skipped."""
    summary, data = read_archive(source)
    if storage.read_only:  # (its free space was blamed: nothing could be written there at all)
        raise ArchiveError(
            f"cannot import {source} into {recordings_dir.parent}: {storage.read_only_why}; "
            "nothing was changed"
        )
    once = one_copy_each(data)  # an interview the archive holds twice is stored once
    plan: MergePlan | None = None
    if storage.session_count() and not replace:
        plan = plan_merge(data["sessions"], data["answers"], *storage.merge_keys())
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    written: list[Path] = []
    listing: _Listing | None = None
    unpacking = ""  # the recording being copied out of the archive
    try:
        _remove_a_killed_import(storage, recordings_dir)
        with zipfile.ZipFile(source) as z:
            _check_room(z, data, recordings_dir, source)
            for answer in data["answers"]:
                if plan is not None and answer["id"] in plan.skipped_answers:
                    continue  # here already: its recording too
                name = answer.get("audio_path")
                if not name:
                    answer["audio_path"] = _missing_recording(answer, recordings_dir)
                    continue
                own = own_file_name(
                    answer.pop("audio_file", None) or name, f"recording-{answer['id']}.wav"
                )
                target = _free_name(recordings_dir, own, f"imported-{stamp}-")
                target.parent.mkdir(parents=True, exist_ok=True)
                listing = listing or _Listing(recordings_dir / IMPORTING)
                listing.add(target.name)  # before the file: a kill right after is covered
                unpacking = name
                with z.open(name) as src, open(target, "xb") as dst:
                    written.append(target)
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
                answer["audio_path"] = str(target)
        if plan is None:
            storage.import_rows(data, replace=replace)
            _forget_drafts(recordings_dir, data["sessions"])
        else:
            added = storage.merge_rows(data, plan)
            # (an interview completed from the archive is finished: an answer typed here when
            # it stopped is no longer offered back)
            added += [plan.same_as[s] for s in plan.completed]
            _forget_drafts(recordings_dir, [{"id": session_id} for session_id in added])
    except KeyboardInterrupt:  # Ctrl+C in the command: what was copied goes too
        _undo(written, listing)
        raise ArchiveCancelled(
            f"the import of {source} was cancelled; nothing was changed"
        ) from None
    except BaseException as exc:
        _undo(written, listing)  # an import that did not happen leaves nothing behind
        if not isinstance(exc, _IMPORT_FAILURES):
            raise
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if isinstance(exc, _UNPACK_FAILURES) and unpacking:
            reason = f"it is damaged: {_does_not_unpack(unpacking, exc)}"
        elif isinstance(exc, OSError) and exc.errno == errno.EINVAL and exc.filename is None:
            # (reading the archive at a place it does not have; a file made here is named)
            reason = f"it is {_not_read(unpacking, exc)}"
        elif isinstance(exc, zipfile.BadZipFile) and unpacking:
            # (Python's "Bad CRC-32 for file 'recordings/1-a.wav'" said no damage: a byte
            # changed by a bad copy or by hand, a size that lies; attack run 55)
            reason = (
                f"it is damaged: {unpacking} does not unpack to the bytes the archive says it "
                f"holds ({exc})"
            )
        if isinstance(exc, sqlite3.Error) and error_kind(exc) == "locked":
            # (SQLite's own "database is locked" named neither the file nor what to do)
            reason = (
                f"another program is using the session database {storage.path} (it is "
                "locked): close it, then import again"
            )
        raise ArchiveError(
            f"cannot import {source} into {recordings_dir.parent}: {reason}; nothing was changed"
        ) from None
    if listing is not None:
        listing.done()
    return _imported(summary, data, once, plan, len(written))


@dataclass(frozen=True)
class ImportPreview:
    """What an archive holds (``held``: its data.json's counts) and what importing it into a
    history stores (``imported``: the counts and sentences the import's summary will give)."""

    held: ArchiveSummary
    imported: ArchiveSummary


def import_preview(storage: Storage, source: Path) -> ImportPreview:
    """What ``import_archive(storage, source)`` would do, nothing written: the question asked
    before an import counted an interview the archive holds twice as two sessions while the
    import stores it once (attack run 59). Raises ``ArchiveError`` as the import would."""
    summary, data = read_archive(source)
    once = one_copy_each(data)
    plan: MergePlan | None = None
    if storage.session_count():
        plan = plan_merge(data["sessions"], data["answers"], *storage.merge_keys())
    skipped = plan.skipped_answers if plan is not None else frozenset()
    recordings = sum(1 for a in data["answers"] if a.get("audio_path") and a["id"] not in skipped)
    return ImportPreview(summary, _imported(summary, data, once, plan, recordings, done=False))


def _imported(
    summary: ArchiveSummary,
    data: dict[str, Any],
    once: OneCopy,
    plan: MergePlan | None,
    recordings: int,
    done: bool = True,
) -> ArchiveSummary:
    """``summary`` (of the archive) as the import's: what it stores of ``data`` (folded by
    ``once``; merged by ``plan`` beside sessions here) and what it skips, said ``done`` or
    before; and the questions as asked it leaves out (``unread_asked``)."""
    unread = unread_asked(data)
    if plan is None:
        if not once.sessions:
            return dataclasses.replace(summary, skipped=unread) if unread else summary
        return dataclasses.replace(
            summary,
            sessions=len(data["sessions"]),
            answers=len(data["answers"]),
            recordings=recordings,
            skipped=" ".join(said for said in (once.said(done), unread) if said),
        )
    answers = len(data["answers"]) - len(plan.skipped_answers)
    return dataclasses.replace(
        summary,
        sessions=len(plan.new_sessions),
        answers=answers,
        recordings=recordings,
        skipped=" ".join(said for said in (once.said(done), plan.skipped_said(), unread) if said),
        completed=len(plan.completed),
    )
