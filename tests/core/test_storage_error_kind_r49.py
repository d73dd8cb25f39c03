"""An operating-system error is judged by its errno, not by the words of its file's name."""

from __future__ import annotations

import errno
import sqlite3

from simulator.core.storage_errors import error_kind, plain_reason


def test_a_file_name_is_no_reason_r49() -> None:
    denied = PermissionError(errno.EACCES, "Permission denied", "/home/u/fullstack/settings.json")
    assert error_kind(denied) == "other"
    assert plain_reason(denied) == "permission denied"
    loop = OSError(errno.ELOOP, "Too many levels of symbolic links", "/home/u/readonly-notes/x")
    assert error_kind(loop) == "other"
    assert plain_reason(loop).startswith("a link in its place leads to itself")
    busy = OSError(errno.ENOENT, "No such file or directory", "/home/u/locked-busy/x")
    assert error_kind(busy) == "other"


def test_the_errno_and_sqlites_words_still_tell_the_kind_r49() -> None:
    assert error_kind(OSError(errno.ENOSPC, "No space left on device", "/a/b")) == "full"
    assert error_kind(OSError(errno.EROFS, "Read-only file system", "/a/b")) == "read-only"
    assert plain_reason(OSError(errno.ENOSPC, "No space left on device", "/a")) == (
        "no space left on the disk"
    )
    assert error_kind(sqlite3.OperationalError("database or disk is full")) == "full"
    assert error_kind(sqlite3.OperationalError("database is locked")) == "locked"
    assert error_kind(sqlite3.OperationalError("attempt to write a readonly database")) == (
        "read-only"
    )
