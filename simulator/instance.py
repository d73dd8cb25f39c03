"""One running window per data folder.

Two windows on one folder each believed the other's live session was "interrupted" and wrote
answers into it. The first window holds an exclusive lock on ``<data dir>/.lock`` (released
by the OS when the process ends, even on a crash: no stale lock to clean up); a second launch
sees the lock and asks the first to come to the front instead.
"""

from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

from simulator.core.small_files import read_small_text

LOCK_NAME = ".lock"


# What holds the folder, written after the process id: a window (nothing written, as before)
# or an archive import. A window started during an import said "The app is already running
# ... Switch to that window", and a second import "close its window first": there was no
# window, only the first import (attack run 52).
IMPORT = "import"


class InstanceLock:
    def __init__(self, folder: Path, what: str = "") -> None:
        self.what = what  # "" (the window) or ``IMPORT``
        self.path = Path(folder) / LOCK_NAME
        self._fd: int | None = None
        self._folder_fd: int | None = None  # the folder's own lock (``_lock_folder``)
        # Why the folder is used without a lock, when the system cannot lock files there ("");
        # a second window on it then cannot be told apart.
        self.unlocked_reason = ""

    def acquire(self) -> bool:
        """True when this process now holds the folder; False when another one does. A
        folder where no lock file can be created (read-only) is held by nobody: nothing can
        be written there to conflict over."""
        # The folder itself is locked first: .lock is a dot file a person tidying the folder
        # (or a cleaning tool) deletes, and a second window then locked a new one and wrote
        # into the same database as the first (attack run 55). A folder cannot be deleted
        # while it holds the app's files, and its lock goes with the process, as the file's.
        held, self._folder_fd = _lock_folder(self.path.parent)
        if held:
            return False
        if not self._acquire_file():
            self._release_folder()
            return False
        return True

    def _acquire_file(self) -> bool:
        try:
            fd = _open_lock_file(self.path)
        except OSError:
            try:
                # read-only: still see a running window (never waiting on a pipe)
                fd = os.open(self.path, os.O_RDONLY | os.O_NONBLOCK)
            except OSError:
                return True
        try:
            held = not _try_lock(fd)
        except OSError as exc:
            # Not "held by another window": the file system cannot lock (a network share with
            # no lock service, some FUSE mounts). Said as held, the app never started there and
            # an import refused to run "while the app is running" (attack run 32).
            self.unlocked_reason = _lock_failure(self.path, exc)
            self._fd = fd
            return True
        if held:
            os.close(fd)
            return False
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {self.what}".strip().encode())
        except OSError:
            pass  # opened read-only: the lock holds without the process id
        self._fd = fd
        return True

    def _read(self) -> tuple[int | None, str]:
        """What the lock file says: the process id of what holds the folder, if it wrote one,
        and what that is ("" a window, ``IMPORT`` an archive import)."""
        try:
            words = read_small_text(self.path, 64).split()
        except (OSError, ValueError):  # (bytes that are not text: no process of ours wrote it)
            return None, ""
        try:
            pid = int(words[0]) or None if words else None
        except ValueError:
            pid = None
        return pid, words[1] if len(words) > 1 else ""

    def holder(self) -> int | None:
        """The process id of the window holding the folder, if it wrote one."""
        return self._read()[0]

    def holder_is_import(self) -> bool:
        """Whether what holds the folder is an archive import (not a window)."""
        return self._read()[1] == IMPORT

    def held_by(self) -> tuple[str, bool]:
        """What holds the folder, for people ("an archive import (process 12) is using the data
        folder X" or "the app is running with the data folder X (process 12)"), and whether
        it is an import: the file read once, so the two cannot come from two holders."""
        pid, what = self._read()
        folder = self.path.parent
        if what == IMPORT:
            return (
                f"an archive import{f' (process {pid})' if pid else ''} is using the data "
                f"folder {folder}",
                True,
            )
        return f"the app is running with the data folder {folder}" + (
            f" (process {pid})" if pid else ""
        ), False

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None
        self._release_folder()

    def _release_folder(self) -> None:
        if self._folder_fd is not None:
            os.close(self._folder_fd)
            self._folder_fd = None


def server_name(folder: Path) -> str:
    """The local socket name a running window listens on for "come to the front"."""
    digest = hashlib.sha256(os.fsencode(Path(folder).resolve())).hexdigest()[:16]  # any name
    return f"ml-interview-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}"


def _try_lock(fd: int) -> bool:
    """True when locked now, False when another process holds the lock; raises ``OSError``
    when the system cannot lock the file at all."""
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            return True
        except PermissionError:  # EACCES: locked by another process
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:  # EWOULDBLOCK: another process holds it
        return False
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EAGAIN):
            return False
        raise


def _lock_folder(folder: Path) -> tuple[bool, int | None]:
    """Whether another process holds ``folder``, and else the descriptor through which this
    one now locks it (kept open while held), or None when it cannot be locked this way
    (Windows opens no folder, some file systems lock none): the lock file alone decides."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return False, None
    try:
        locked = _try_lock(fd)
    except OSError:  # (a file system that locks none)
        os.close(fd)
        return False, None
    if not locked:
        os.close(fd)
        return True, None
    return False, fd


def _lock_failure(path: Path, exc: OSError) -> str:
    why = {
        errno.ENOLCK: "the system has no locks to give (a network share without a lock service?)",
        errno.EOPNOTSUPP: "its file system does not support locks",
        errno.ENOSYS: "its file system does not support locks",
        errno.EINVAL: "its file system does not support locks",
    }.get(exc.errno or 0, (exc.strerror or str(exc)).lower())
    return (
        f"the data folder cannot be locked ({path}: {why}): a second window on the same folder "
        "cannot be told apart, so open it in one window only"
    )


def _open_lock_file(path: Path) -> int:
    """The lock file, never through a link: a link planted under its name would have the app
    truncate the file it points to (anywhere) and write its process id there."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    try:
        return os.open(path, flags, 0o600)
    except OSError:
        if not path.is_symlink():
            raise
        path.unlink()  # our own name: the link goes, what it points to stays untouched
        return os.open(path, flags, 0o600)
