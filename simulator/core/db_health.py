"""A damaged session database found at start-up: kept aside, and what can be read is saved.

``check`` runs SQLite's own page check and compares the tables and columns with the schema the
app expects; ``salvage`` copies the damaged file (and its journal) aside, then reads row by row
whatever still reads and writes it into a fresh file at the same place. Nothing here knows the
tables by name: the expected schema is built from the migrations the caller passes, so new
tables are salvaged too.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from simulator.core.small_files import create_private

Migrate = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True)
class Salvage:
    backup: Path
    reason: str
    kept: dict[str, int]  # table -> rows copied
    lost: int  # rows (or whole tables) that could not be read

    def message(self, database: Path) -> str:
        counts = ", ".join(f"{n} {table}" for table, n in self.kept.items() if n) or "nothing"
        lost = f"; {self.lost} row(s) could not be read" if self.lost else ""
        return (
            f"The session database {database} was damaged ({self.reason}). The damaged file "
            f"was kept as {self.backup.name}; {counts} {'was' if counts == 'nothing' else 'were'}"
            f" recovered into a fresh file{lost}."
        )


def expected_schema(migrate: Migrate) -> dict[str, list[str]]:
    """table -> columns, as the migrations build them."""
    db = sqlite3.connect(":memory:")
    try:
        migrate(db)
        return schema_of(db)
    finally:
        db.close()


def schema_of(db: sqlite3.Connection) -> dict[str, list[str]]:
    tables = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: [r[1] for r in db.execute(f'PRAGMA table_info("{t}")')] for t in tables}


def check(path: Path, schema: dict[str, list[str]], version: int) -> str | None:
    """Why the database at ``path`` cannot be trusted, or None when it is sound (or written
    by a newer version of the app than ``version``: not ours to judge or rebuild)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return f"it cannot be opened: {exc}"
    try:
        found_version = db.execute("PRAGMA user_version").fetchone()[0]
        if not found_version or found_version > version:
            return None  # untouched by the migrations yet, or newer than this app
        result = [r[0] for r in db.execute("PRAGMA quick_check(5)")]
        if result != ["ok"]:
            return "pages are corrupt: " + "; ".join(str(r) for r in result[:2])
        if found_version < version:
            return None  # an older schema: the migrations add what is missing, nothing is lost
        found = schema_of(db)
        for table, columns in schema.items():
            if table not in found:
                return f"table {table} is missing"
            missing = [c for c in columns if c not in found[table]]
            if missing:
                return f"table {table} lacks column {missing[0]}"
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise  # locked by another program, a full disk, an I/O error: the file may be fine
        return f"it cannot be read: {exc}"
    finally:
        db.close()
    return None


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite says the file itself is bad (not that it cannot be read just now)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:  # raised by the sqlite3 module itself, not by SQLite
        return False
    return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def salvage(path: Path, reason: str, migrate: Migrate, tables: Sequence[str]) -> Salvage:
    """Keep the damaged file aside and rebuild ``path`` from what still reads."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.damaged-{stamp}")
    fresh = path.with_name(f".{path.name}.salvage")
    try:
        return _salvage(path, backup, fresh, reason, migrate, tables)
    except (OSError, sqlite3.Error):
        # no room for the copy or the fresh file: the damaged file stays as it was, alone
        for leftover in (fresh, *(Path(f"{backup}{s}") for s in ("", "-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise


def _salvage(
    path: Path, backup: Path, fresh: Path, reason: str, migrate: Migrate, tables: Sequence[str]
) -> Salvage:
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.copy2(source, Path(f"{backup}{suffix}"))
    with contextlib.suppress(FileNotFoundError):
        fresh.unlink()
    os.close(create_private(fresh))
    kept: dict[str, int] = {}
    lost = 0
    new = sqlite3.connect(fresh, isolation_level=None)
    try:
        migrate(new)
        wanted = schema_of(new)
        try:
            old: sqlite3.Connection | None = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
        except sqlite3.Error:
            old = None
        for table in tables:
            if old is None:
                break
            copied, failed = copy_table(old, new, table, wanted[table])
            kept[table] = copied
            lost += failed
        if old is not None:
            old.close()
    finally:
        new.close()
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
    os.replace(fresh, path)
    return Salvage(backup, reason, kept, lost)


def copy_table(
    old: sqlite3.Connection, new: sqlite3.Connection, table: str, columns: list[str]
) -> tuple[int, int]:
    """(rows copied, rows lost): row by row, so one bad page loses only its rows."""
    try:
        have = [r[1] for r in old.execute(f'PRAGMA table_info("{table}")')]
        top = old.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0
    except sqlite3.DatabaseError:
        return 0, 1
    common = [c for c in columns if c in have]
    if not common:
        return 0, 1
    names = ", ".join(f'"{c}"' for c in common)
    marks = ", ".join("?" for _ in common)
    copied = lost = 0
    new.execute("PRAGMA foreign_keys=OFF")
    new.execute("BEGIN")
    rowid = 0
    while rowid < top:
        try:
            rows = old.execute(
                f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT 500',
                (rowid,),
            ).fetchall()
        except sqlite3.DatabaseError:
            rowid, got, failed = _one_by_one(old, new, table, names, marks, rowid, top)
            copied += got
            lost += failed
            continue
        if not rows:
            break
        for row in rows:
            try:
                new.execute(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', row[1:])
                copied += 1
            except sqlite3.DatabaseError:
                lost += 1
        rowid = rows[-1][0]
    new.execute("COMMIT")
    return copied, lost


def _one_by_one(
    old: sqlite3.Connection,
    new: sqlite3.Connection,
    table: str,
    names: str,
    marks: str,
    after: int,
    top: int,
) -> tuple[int, int, int]:
    """Past a bad page: try the next rows singly. Returns (next rowid, copied, lost)."""
    copied = lost = 0
    rowid = after
    for rowid in range(after + 1, min(top, after + 500) + 1):
        try:
            row = old.execute(f'SELECT {names} FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            lost += 1
            continue
        if row is not None:
            new.execute(f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})', row)
            copied += 1
    return rowid, copied, lost
