"""Another program holding the session database locked, as a database browser, a sync client or
a backup tool does: a real second process with its own connection, which takes SQLite's exclusive
lock (``locking_mode=EXCLUSIVE``: no other connection may even read the file) and keeps it until
``release`` (or the end of the ``with``)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOLDER = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA locking_mode=EXCLUSIVE")
db.execute("BEGIN EXCLUSIVE")
if sys.argv[2]:
    db.execute(sys.argv[2])  # committed into the write-ahead log, not checkpointed
db.execute("COMMIT")  # the lock stays: locking_mode=EXCLUSIVE keeps it until the connection ends
print("held", flush=True)
sys.stdin.readline()
db.close()
"""


class LockHolder:
    def __init__(self, path: Path, sql: str = "") -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(path), sql],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line.strip() == "held", line

    @property
    def pid(self) -> int:
        return self.process.pid

    def release(self) -> None:
        """Close the other program's connection (its lock goes with it), and wait for it."""
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("\n")
            self.process.stdin.close()
            self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()


@contextmanager
def held_locked(path: Path, sql: str = "") -> Iterator[LockHolder]:
    """``sql``: a statement the other program commits first (it stays in the -wal file)."""
    holder = LockHolder(path, sql)
    try:
        yield holder
    finally:
        holder.release()
        if holder.process.poll() is None:
            holder.process.kill()
            holder.process.wait()
