"""Who holds the session database locked, in words a person can act on.

SQLite locks a database with POSIX record locks on the file itself; on Linux the kernel lists
them in /proc/locks with the holding process and the file's device and inode, so the program
that holds it can be named ("sqlitebrowser, process 4242"). Elsewhere, or when the lock is not
listed (another machine on a network share), nothing is named and the message says only that
another program holds it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROC_LOCKS = Path("/proc/locks")


@dataclass(frozen=True)
class Holder:
    pid: int
    name: str  # the program's name ("" when it cannot be read)

    def __str__(self) -> str:
        return f"{self.name}, process {self.pid}" if self.name else f"process {self.pid}"


def _program(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def holders(path: Path, locks: Path = PROC_LOCKS) -> list[Holder]:
    """The other processes holding a lock on ``path`` (or its -wal / -shm files), first seen
    first; empty when none is listed or the list cannot be read."""
    wanted: set[tuple[int, int]] = set()
    for suffix in ("", "-wal", "-shm"):
        try:
            st = os.stat(f"{path}{suffix}")
        except OSError:
            continue
        wanted.add((st.st_dev, st.st_ino))
    if not wanted:
        return []
    try:
        lines = locks.read_text(encoding="ascii", errors="replace").splitlines()
    except OSError:
        return []
    found: dict[int, Holder] = {}
    for line in lines:
        # "1: POSIX  ADVISORY  WRITE 4242 08:01:1234567 1073741824 1073741824"
        fields = line.split()
        if "->" in fields:  # a process waiting for the lock, not holding it
            continue
        try:
            pid, where = int(fields[4]), fields[5]
            major, minor, inode = where.split(":")
            device = os.makedev(int(major, 16), int(minor, 16))
            key = (device, int(inode))
        except (IndexError, ValueError):
            continue
        if key in wanted and pid not in found and pid != os.getpid():
            found[pid] = Holder(pid, _program(pid))
    return list(found.values())


def who_holds(path: Path) -> str:
    """ "another program holds it locked (sqlitebrowser, process 4242)", or without the names
    where they cannot be found."""
    held = holders(path)
    return (
        "another program holds it locked ("
        + "; ".join(str(h) for h in held[:3])
        + ("" if len(held) <= 3 else f" and {len(held) - 3} more")
        + ")"
        if held
        else "another program is using it (it is locked)"
    )


def locked_reason(path: Path) -> str:
    """What holds ``path`` and what to do, after "cannot open the session database PATH: "."""
    return f"{who_holds(path)}: close that program or wait until it is done, then try again"
