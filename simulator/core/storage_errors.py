"""What went wrong with the session database, in words a person can act on.

``StorageError.kind`` says what helps ("full": free some space, "locked": another program holds
the file, "read-only", "newer": a newer app wrote it); the helpers below tell those apart from
SQLite's and the operating system's errors."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

# SQLite's own limit on a file name (its unix VFS takes 512 bytes, the "-journal" name included):
# a longer path fails with a bare "unable to open database file".
SQLITE_PATH_BYTES = 504

# What an ELOOP means to a person (it said "too many levels of symbolic links", attack run 49).
LINK_LOOP = "a link in its place leads to itself or round in a loop: remove that link"


def refuse_too_long_a_path(path: Path) -> None:
    """Raise ``StorageError`` when ``path`` is too long for SQLite to open."""
    length = len(os.fsencode(path))
    if length > SQLITE_PATH_BYTES:
        raise StorageError(
            f"cannot open the session database {path}: its path is too long for SQLite "
            f"({length} bytes; at most {SQLITE_PATH_BYTES}): start the app with --data-dir and a "
            "folder with a shorter path (or set ML_INTERVIEW_DATA_DIR)"
        )


class StorageError(RuntimeError):
    """The database cannot be opened or written; the message names the file.

    ``kind`` says what a person can do about it: "full" (free some space), "locked" (another
    program holds the file), "read-only" (the folder cannot be written), "newer" (a newer version of
    the app wrote it), "in the way" (a folder, pipe or device has the name of a file SQLite
    keeps beside it), or "other"."""

    def __init__(self, message: str, kind: str = "other") -> None:
        super().__init__(message)
        self.kind = kind


def error_kind(exc: BaseException) -> str:
    """The kind of ``exc``. An operating-system error is judged by its errno alone: its text holds
    the file's name, and a folder called "fullstack" or "readonly-notes" is no full or read-only
    disk (round 49). The words are read only in errors without one (SQLite's)."""
    number = exc.errno if isinstance(exc, OSError) else None
    if number is not None:
        if number == errno.ENOSPC:
            return "full"
        if number == errno.EROFS:
            return "read-only"
        return "other"
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if "full" in text or code == sqlite3.SQLITE_FULL:
        return "full"
    if "locked" in text or "busy" in text:
        return "locked"
    if "readonly" in text or "read-only" in text:
        return "read-only"
    return "other"


def disk_full(folder: Path, exc: BaseException) -> bool:
    """A failure on a disk with (almost) no room left: SQLite reports it as an I/O error when
    it cannot size its shared-memory file, so the free space is asked too."""
    if error_kind(exc) == "full":
        return True
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def folder_writable(folder: Path) -> bool:
    """A real probe: root ignores permission bits, a read-only mount does not."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def file_writable(path: Path) -> bool:
    """Whether ``path`` (a file that exists) can be opened for writing: a file made read-only
    (chmod a-w, chattr +i, a read-only bind mount of it alone) in a writable folder opened as
    usual, and the first answer saved failed with "the disk or folder is read-only" about a
    folder that was not (attack run 47). Opening it changes nothing."""
    try:
        os.close(os.open(path, os.O_RDWR))
    except OSError as exc:
        return exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS)
    return True


def write_failure_kind(folder: Path, exc: BaseException) -> str:
    """The kind of a failed write. SQLite reports a file system turned read-only under an open
    database (a failing disk remounted read-only) and a full disk during a checkpoint as a bare
    "disk I/O error": the folder itself is asked then, so the person hears what helps."""
    kind = error_kind(exc)
    if kind != "other":
        return kind
    if disk_full(folder, exc):
        return "full"
    if not folder_writable(folder):
        return "read-only"
    return kind


def plain_reason(exc: OSError) -> str:
    kind = error_kind(exc)
    if kind == "full":
        return "no space left on the disk"
    if kind == "read-only":
        return "the disk is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return os_reason(exc)


def os_reason(exc: OSError) -> str:
    """An operating-system error in plain words, lower case, without its file's name."""
    if exc.errno == errno.ELOOP:
        # (attack run 49: a sessions.sqlite3 linked to itself said "too many levels of
        # symbolic links" in the window's only dialog, with no way out)
        return LINK_LOOP
    return (exc.strerror or str(exc)).lower()
