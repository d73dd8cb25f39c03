"""The session database changed under the running app, and is rebuilt from the open connection.

Two things can happen to the file while the app holds it open:

- it is deleted or replaced (a new inode): the connection still reads the old file whole;
- it is cut short in place (truncated by another program, or an empty file written over it):
  the connection still holds the pages it has read, in its cache and its write-ahead log.

Either way the connection is the best copy there is: it is backed up into a fresh file, which
is checked; a copy with bad pages (pages never read before the cut) is salvaged row by row, the
rows that read are kept and the count of the others is said.

The fresh copy is made as ``.<name>.restore.part``, flushed to the disk and only then renamed
``.<name>.restore``: whole. The old file's -wal and -shm go next (the new file must not be read
with the old file's log), then the file found in its place is kept aside, then the copy is
renamed into place and the folder flushed. A crash or power cut anywhere in between left the
only whole copy under a hidden name that nothing read (the next start opened the cut file, or
made an empty one where none was, and a later rebuild deleted the copy: attack run 56). Now
``finish_interrupted``, at every start before the file is opened, puts a whole copy found there
in place, as the rebuild would have.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from simulator.core import db_health
from simulator.core.small_files import create_private
from simulator.core.storage_errors import StorageError

MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    """What the app last saw of its database file."""

    device: int
    inode: int
    size: int


def file_state(path: Path) -> FileState | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return FileState(st.st_dev, st.st_ino, st.st_size)


def what_changed(path: Path, seen: FileState | None, opened: int | None = None) -> str | None:
    """Why the file at ``path`` is no longer the one last seen as ``seen``: "deleted or
    replaced", "cut short", "overwritten", or None when it is still whole as far as a quick look tells.
    ``opened``: a descriptor of the file kept open by the caller, to read its header through.

    The file is never opened and closed here while SQLite has it open: closing any descriptor
    of a file drops all of the process's POSIX locks on it, SQLite's among them, and the next
    program to close the database (``ml-interview history`` beside the window) then deletes
    the write-ahead log the app is still writing into."""
    now = file_state(path)
    if now is None or seen is None or (now.device, now.inode) != (seen.device, seen.inode):
        return "deleted or replaced"
    # The main file only grows while the app writes (checkpoints copy pages into it; nothing
    # here vacuums): smaller than last seen, or without its header, it was cut under the app.
    if now.size < seen.size:
        return "cut short"
    if seen.size and opened is not None and header(opened) != MAGIC:
        return "overwritten"  # in place, by something that is not this database
    return None


# SQLite's companions of the open database: its write-ahead log (every answer since the last
# checkpoint is there only) and the shared-memory index of that log, which it maps into memory.
COMPANIONS = (("-wal", "write-ahead log"), ("-shm", "shared-memory index"))
Companions = tuple[FileState | None, ...]


def companions_state(path: Path) -> Companions:
    """What the app last saw of the database's companions (None: not there)."""
    return tuple(file_state(Path(f"{path}{suffix}")) for suffix, _ in COMPANIONS)


def companion_changed(path: Path, seen: Companions) -> str | None:
    """Why the database at ``path`` has lost a companion last seen as ``seen`` (deleted,
    replaced, or the index cut short), said as ``what_changed`` says it; None when none has.

    A deleted -wal is still the one SQLite writes into: what it holds reaches no file that a
    kill or a crash leaves behind (attack run 55: a whole interview gone). A -shm cut short in
    place is mapped into memory past its end: SQLite's next read of it ended the process (a
    bus error). It is given back its length at once, by name (never opened here: closing a
    descriptor drops SQLite's locks on the file): its pages read as zeros, which SQLite takes
    as an index to build again from the log. Never opened, as ``what_changed``."""
    for (suffix, name), before in zip(COMPANIONS, seen, strict=True):
        if before is None:
            continue
        companion = Path(f"{path}{suffix}")
        now = file_state(companion)
        if now is None or (now.device, now.inode) != (before.device, before.inode):
            return f"left without its {name} ({companion.name} was deleted or replaced)"
        if suffix == "-shm" and now.size < before.size:
            os.truncate(companion, before.size)
            return f"left with its {name} cut short ({companion.name})"
    return None


def open_for_header(path: Path) -> int | None:
    """A read-only descriptor of ``path``, kept open for ``what_changed`` (None if it cannot be
    opened). Close it only after SQLite's connection to the file."""
    try:
        return os.open(path, os.O_RDONLY)
    except OSError:
        return None


def header(opened: int) -> bytes:
    try:
        return os.pread(opened, len(MAGIC), 0)
    except OSError:
        return b""


def refuse_what_is_in_the_way(path: Path) -> None:
    """A folder (or pipe, device) in the database's place: nothing can be rebuilt over it.
    Raised with every write, so saving goes on by itself once it is moved away."""
    if os.path.lexists(path) and not path.is_file():
        raise StorageError(
            f"cannot write to {path}: a folder (or a pipe or device) is in its place; move it "
            "away and saving goes on",
            "other",
        )


def rebuild(
    db: sqlite3.Connection,
    path: Path,
    what: str,
    migrate: db_health.Migrate,
    tables: Sequence[str],
) -> str:
    """Write what ``db`` holds into a fresh file that replaces ``path``; the notice to show.
    The caller reconnects afterwards (``db`` still points at the old file)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    whole = restore_file(path)
    fresh = Path(f"{whole}.part")
    try:
        _whole_copy(db, fresh)
        lost_note = ""
    except sqlite3.DatabaseError:
        # pages the app never read before the file was cut: keep every row that still reads
        kept, lost = _row_copy(db, fresh, migrate, tables)
        shown = ", ".join(f"{n} {t}" for t, n in kept.items() if n) or "nothing"
        lost_note = f" Only part of it could be read back: {shown} kept"
        lost_note += f"; {lost} row(s) or table(s) were lost with the file." if lost else "."
    _flush(fresh)
    os.replace(fresh, whole)  # whole, on the disk: from here a crash is finished at the next start
    _flush_folder(path.parent)
    aside = _swap_in(whole, path, keep_found=what == "deleted or replaced")
    kept_note = f" The file found in its place was kept as {aside}." if aside else ""
    return (
        f"The session database {path} was {what} while the app ran; it was rebuilt from what "
        f"the app still held.{lost_note or ' Nothing saved was lost.'}{kept_note}"
    )


def restore_file(path: Path) -> Path:
    """Where a rebuild's whole copy of ``path`` waits to be put in place."""
    return path.with_name(f".{path.name}.restore")


def _swap_in(whole: Path, path: Path, keep_found: bool) -> Path | None:
    """Put the whole copy ``whole`` in place of ``path``; the file kept aside, if one was."""
    for suffix in ("-wal", "-shm"):  # the old file's: never read with the new one
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    aside = _keep_aside(path) if keep_found else None
    os.replace(whole, path)
    _flush_folder(path.parent)
    return aside


def finish_interrupted(path: Path) -> str | None:
    """A rebuild of ``path`` that a crash or power cut ended before its whole copy was in
    place is finished (see the module's docstring); the notice to show, None when there was
    none. A copy cut short by the crash (``.restore.part``) is removed: the file it was being
    made from was not touched yet."""
    whole = restore_file(path)
    Path(f"{whole}.part").unlink(missing_ok=True)
    if not whole.is_file() or whole.is_symlink():
        return None
    # What is in its place: the file that was cut short or overwritten (the copy holds all it
    # held, and more), or one put there by someone: either way kept aside, never lost.
    aside = _keep_aside(path, with_log=True)
    Path(f"{path}-shm").unlink(missing_ok=True)
    Path(f"{path}-wal").unlink(missing_ok=True)  # (its main file is gone: nothing reads it)
    os.replace(whole, path)
    _flush_folder(path.parent)
    kept = f" The file that was in its place was kept as {aside}." if aside else ""
    return (
        f"The session database {path} was being rebuilt when the app last ended; the rebuilt "
        f"copy was put in place. Nothing saved was lost.{kept}"
    )


def _flush(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _flush_folder(folder: Path) -> None:
    """A rename inside ``folder`` made lasting (a folder that cannot be flushed is left)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _keep_aside(path: Path, with_log: bool = False) -> Path | None:
    """Another file put in the database's place (a backup copied back, anything) is someone's:
    it is renamed beside it, never written over."""
    if not path.is_file() or path.is_symlink():
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.found-{stamp}")
    n = 1
    while os.path.lexists(aside):
        n += 1
        aside = path.with_name(f"{path.name}.found-{stamp}-{n}")
    os.replace(path, aside)
    wal = Path(f"{path}-wal")
    if with_log and wal.is_file() and not wal.is_symlink():
        os.replace(wal, f"{aside}-wal")  # its last writes, read with it (SQLite's own name)
    return aside


def _fresh(path: Path) -> sqlite3.Connection:
    path.unlink(missing_ok=True)
    os.close(create_private(path))
    return sqlite3.connect(path, isolation_level=None)


def _whole_copy(db: sqlite3.Connection, fresh: Path) -> None:
    """Every page, checked; raises ``sqlite3.DatabaseError`` when a page does not read."""
    target = _fresh(fresh)
    try:
        db.backup(target)
        result = [r[0] for r in target.execute("PRAGMA quick_check(3)")]
    finally:
        target.close()
    if result != ["ok"]:
        raise sqlite3.DatabaseError("; ".join(result[:2]))


def _row_copy(
    db: sqlite3.Connection, fresh: Path, migrate: db_health.Migrate, tables: Sequence[str]
) -> tuple[dict[str, int], int]:
    target = _fresh(fresh)
    kept: dict[str, int] = {}
    lost = 0
    try:
        migrate(target)
        wanted = db_health.schema_of(target)
        for table in tables:
            kept[table], failed = db_health.copy_table(db, target, table, wanted[table])
            lost += failed
    finally:
        target.close()
    return kept, lost
