"""Opening the session database read-only (a read-only folder, a full disk) so that it shows
everything committed, including answers still in the write-ahead log (-wal) after a crash.

``immutable=1`` alone ignores the -wal file: committed answers there were missing, or the file
read as damaged. So, in order:
1. ``mode=ro`` on the real file: SQLite reads the -wal through the -shm file, even a -shm it
   may only read;
2. where that cannot open (no -shm and none can be created here), a private copy of the
   database and its -wal in a temporary folder, opened read-only; the copy is removed on close,
   and copies left by a process that has ended (a crash, a kill) are removed by the next one;
3. where no copy can be made either, ``immutable=1`` (what was checkpointed), and a note says
   the latest answers may be missing.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass
class ReadOnlyDatabase:
    db: sqlite3.Connection
    copy_folder: Path | None = None  # the private copy read instead of the real file
    note: str = ""  # what a person should know about what is shown
    # the tables a later schema added, empty, kept in memory while ``db`` reads them
    later_tables: sqlite3.Connection | None = None

    def close(self) -> None:
        self.db.close()
        if self.later_tables is not None:
            self.later_tables.close()
            self.later_tables = None
        if self.copy_folder is not None:
            shutil.rmtree(self.copy_folder, ignore_errors=True)
            self.copy_folder = None


def _has_log(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def _connect(path: Path, query: str, wait: float = 5.0) -> sqlite3.Connection:
    db = sqlite3.connect(
        f"{path.as_uri()}?{query}", uri=True, timeout=wait, check_same_thread=False
    )
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # really opens the files
    except sqlite3.Error:
        db.close()
        raise
    return db


COPY_PREFIX = "interview-db-"


def _process_ended(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OverflowError, ValueError):
        return False  # another user's process, or not a pid: leave it
    return False


def _mine(folder: Path) -> bool:
    # Windows keeps a temporary folder per user; elsewhere /tmp is shared: only our own copies
    return not hasattr(os, "getuid") or folder.stat().st_uid == os.getuid()


def remove_stale_copies(folder: Path | None = None) -> list[Path]:
    """Remove private copies whose process has ended (it crashed before ``close``): they hold a
    person's answers, and nothing else would ever delete them. Returns what was removed."""
    removed = []
    for stale in Path(folder or tempfile.gettempdir()).glob(f"{COPY_PREFIX}*-*"):
        pid = stale.name[len(COPY_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and stale.is_dir() and _mine(stale) and _process_ended(int(pid)):
            shutil.rmtree(stale, ignore_errors=True)
            removed.append(stale)
    return removed


def _private_copy(path: Path) -> ReadOnlyDatabase:
    remove_stale_copies()
    # 0700: answers are private; the pid lets a later run tell a crashed run's copy from a live one
    folder = Path(tempfile.mkdtemp(prefix=f"{COPY_PREFIX}{os.getpid()}-"))
    try:
        copy = folder / path.name
        shutil.copyfile(path, copy)
        shutil.copyfile(f"{path}-wal", f"{copy}-wal")  # no -shm: SQLite rebuilds it from the log
        return ReadOnlyDatabase(_connect(copy, "mode=ro"), folder)
    except (OSError, sqlite3.Error):
        shutil.rmtree(folder, ignore_errors=True)
        raise


def open_read_only(path: Path, wait: float = 5.0) -> ReadOnlyDatabase:
    """The database at ``path`` (which exists) for reading only, with its committed -wal
    content; never writes next to ``path``. Raises sqlite3.Error when it cannot be read.
    ``wait``: seconds to wait for a lock another program holds (then a copy is read)."""
    if not _has_log(path):
        return ReadOnlyDatabase(_connect(path, "mode=ro&immutable=1"))
    try:
        return ReadOnlyDatabase(_connect(path, "mode=ro", wait))
    except sqlite3.Error:
        pass  # no -shm here and none can be made, or another program holds it: read a copy
    try:
        return _private_copy(path)
    except (OSError, sqlite3.Error):
        db = _connect(path, "mode=ro&immutable=1")
        note = (
            f"The answers saved last (in {path.name}-wal) cannot be read here and may be "
            "missing until the app runs where the folder can be written."
        )
        return ReadOnlyDatabase(db, note=note)


_LATER_NAMES = itertools.count(1)


def add_later_tables(
    opened: ReadOnlyDatabase,
    migrate: Callable[[sqlite3.Connection], object],
    version: int,
    later_columns: Mapping[str, Mapping[str, str]] | None = None,
) -> None:
    """Give a file of an older schema, read without writing, the tables later schemas added,
    empty, as the migrations would have made them: an older file opened read-only (a
    read-only folder, a full disk, another program's lock) cannot be brought up to date, and
    reading it said 'no such table: self_ratings' in place of what was due, with the advice to
    run the command again (attack run 61). They live in a database in memory attached under
    the file's own: SQLite looks for a name in the file first, so the file's own tables are
    the ones read, and only what that version lacked is found empty there."""
    found = int(opened.db.execute("PRAGMA user_version").fetchone()[0])
    if not 0 < found < version:
        return
    name = f"file:later-tables-{os.getpid()}-{next(_LATER_NAMES)}?mode=memory&cache=shared"
    keeper = sqlite3.connect(name, uri=True, check_same_thread=False, isolation_level=None)
    try:
        migrate(keeper)
        opened.db.execute("ATTACH DATABASE ? AS later_tables", (name,))
    except sqlite3.Error:
        keeper.close()
        raise
    opened.later_tables = keeper
    _add_later_columns(opened.db, later_columns or {})


def _add_later_columns(db: sqlite3.Connection, later: Mapping[str, Mapping[str, str]]) -> None:
    """A table of the file lacking columns a later schema added (``later``: table -> column
    -> what its migration filled it with) is read through a view of the same name in the
    connection's own temporary schema, which SQLite looks in before the file's: the file is
    not written, and every query naming the column reads what the migration would have put
    there (a session's place in the order sessions happened: its start)."""
    db.execute("PRAGMA temp_store = MEMORY")  # (nothing written to a folder, /tmp included)
    for table, columns in later.items():
        have = {str(row[1]) for row in db.execute(f'PRAGMA main.table_info("{table}")')}
        missing = {c: expr for c, expr in columns.items() if c not in have}
        if not have or not missing:
            continue
        added = ", ".join(f"{expr} AS {column}" for column, expr in missing.items())
        db.execute(f'CREATE TEMP VIEW "{table}" AS SELECT *, {added} FROM main."{table}"')
