"""Files a person names as a destination: an export, ``speak -o``, the rescue file.

They are written whole into a temporary file, then renamed over the name given. A rename
replaces whatever has that name, so a link is followed first (``safe_destination``: the file it
names is written, the link stays; ``-o /dev/stdout`` run as root had replaced the system's
/dev/stdout link with a scorecard), and two kinds of names are refused:

- an existing device, pipe or socket (or a link to one): ``-o /dev/null`` run as root replaced
  the system's /dev/null with a scorecard, and a pipe's reader would never get a byte;
- an existing file in the app's own data folder: ``-o <data>/sessions.sqlite3`` replaced the
  session database (every answer) with the export. A new file there is fine;
- an existing file no one may write (``chmod a-w``): the rename replaced a person's
  write-protected notes.md without a word, where their shell or editor would have refused.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import hashlib
import os
import socket
import stat
import time
from pathlib import Path

from simulator import paths

# Write permission for its owner, group or others: a file with none of them is write-protected.
WRITABLE_BY_ANYONE = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


class UnsafeTarget(OSError):
    """Writing to this name would replace something that is not ours to replace."""


class LinkLoop(UnsafeTarget):
    """The name is a link whose chain leads round in a loop: no file to write at its end."""

    def __init__(self) -> None:
        super().__init__("its links lead round in a loop")


def safe_destination(target: Path) -> Path:
    """The name to write for ``target``: itself, or for a link the file the link names at the
    end of its chain (so the rename replaces that file and the link stays a link). Raises
    ``UnsafeTarget`` for what ``refuse_unsafe_target`` refuses, at either name, and for links
    that lead round in a loop."""
    refuse_unsafe_target(target)
    try:
        end = link_end(target)
    except LinkLoop as exc:  # (a file named by the person: they can name another)
        raise UnsafeTarget(f"{exc}: choose a file name") from None
    if end != target:
        refuse_unsafe_target(end)
    return end


def link_end(target: Path) -> Path:
    """``target`` itself, or for a link the file its chain of links names at the end (a file
    not created yet included). Raises ``LinkLoop`` for links that lead round in a loop.
    For the app's own files (settings.json), which may be a person's link into a dotfiles
    folder: the data folder's check of ``safe_destination`` does not apply to them."""
    if not target.is_symlink():
        return target
    try:
        end = Path(os.path.realpath(target, strict=True))
    except FileNotFoundError:  # a link to a file not created yet: create it where it leads
        end = Path(os.path.realpath(target))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LinkLoop from None
        raise
    if end.is_symlink():  # realpath gives up on a loop without strict: still a link
        raise LinkLoop
    return end


def _made_by_the_system(folder: Path) -> bool:
    """A folder of a filesystem with no blocks (/proc, /sys): its read-only files are views the
    system makes, and the write fails there as a folder that takes no new files, which says more
    than "write-protected ... make it writable" (advice no one can follow for /proc/version)."""
    try:
        return os.statvfs(folder).f_blocks == 0
    except OSError:
        return False


def refuse_unsafe_target(target: Path) -> None:
    """Raise ``UnsafeTarget`` (its message says why, without the path) when ``target`` is an
    existing device, pipe or socket, an existing file of the data folder, or a write-protected
    file."""
    if not os.path.lexists(target):
        return
    try:
        mode = os.stat(target).st_mode  # through a link: what a writer would reach
    except OSError:
        mode = None  # a link to nothing: the rename replaces only the link
    if mode is not None and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        raise UnsafeTarget(
            "it is not a regular file (a device, pipe or socket): choose a file name"
        )
    if (
        mode is not None
        and stat.S_ISREG(mode)
        and not mode & WRITABLE_BY_ANYONE
        and not _made_by_the_system(target.parent)
    ):
        raise UnsafeTarget(
            "the file there is write-protected (read-only), so it is kept: choose another "
            "name, or make it writable to replace it"
        )
    folder = _data_folder()
    if folder is not None and _resolved_parent(target).is_relative_to(folder):
        raise UnsafeTarget(
            f"it is one of the app's own files in its data folder {folder} (sessions, "
            "recordings, settings): choose another name or folder"
        )


def _data_folder() -> Path | None:
    try:
        return paths.data_dir().resolve()
    except OSError:  # no usable data folder: it holds nothing to protect
        return None


def _resolved_parent(target: Path) -> Path:
    """The folder the name lives in, links resolved, plus the name itself (not followed: a
    link named there is replaced, not what it points to)."""
    return target.absolute().parent.resolve() / target.name


def no_new_files(folder: Path) -> str:
    """paths.takes_no_new_files, and where to write instead."""
    return f"{paths.takes_no_new_files(folder)}: choose a file in one of your own folders"


def missing_folder(folder: Path) -> str:
    """Why a new file cannot go into ``folder``, which is not a folder: it is not there, or it
    (or a folder above it) is a file ('folder notes does not exist' sent people looking for a
    folder that was there, as a file: attack run 31)."""
    for part in (folder, *folder.parents):
        try:
            if part.is_dir():
                break
            if part.exists():
                return f"{part} is a file, not a folder"
            if part.is_symlink():  # nothing at its end: say what it is
                return _broken_link(part)
        except OSError:
            break
    return f"the folder {folder} does not exist"


def _broken_link(link: Path) -> str:
    """A link on the way to a folder that leads round in a loop or to nothing ('the folder
    loop does not exist' named something that is there: attack run 41)."""
    try:
        os.stat(link)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"{link} is a link that leads round in a loop, not a folder"
    return f"{link} is a link to {os.readlink(link)}, which does not exist"


# The bytes one file name may hold (ext4, btrfs, xfs, tmpfs, APFS; NTFS counts 255 units).
NAME_MAX_BYTES = 255


def hidden_prefix(name: str, room: int) -> str:
    """``.NAME.``: how the hidden temporary file written before the rename onto ``name`` starts,
    with ``name`` cut short (at a byte, kept exact by the file system encoding) so that this
    and ``room`` more bytes fit in one file name. The temporary name is longer than the name
    given, so an export to a valid name of 241-255 bytes failed "file name too long" (attack
    run 41). Two long names with the same first ~240 bytes share a prefix; the random part
    and the folder's own name check keep their files apart."""
    raw = os.fsencode(name)
    keep = NAME_MAX_BYTES - room - 2  # the two dots
    return f".{os.fsdecode(raw[:keep])}." if len(raw) > keep else f".{name}."


# This machine, as its temporary files name it: a folder shared or synced between machines
# holds other machines' files, whose process ids mean nothing here (``remove_leftovers``).
HOST_CHARS = 8
HOST = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:HOST_CHARS]
# Room in a temporary file's name for the writing process's id, an "@", this machine's tag and
# a dash (``written_by``)
PID_ROOM = 8 + 1 + HOST_CHARS + 1


def written_by(prefix: str) -> str:
    """The start of a temporary file's name this process writes: ``prefix``, its id, "@", this
    machine (``HOST``), a dash."""
    return f"{prefix}{os.getpid()}@{HOST}-"


# How long a temporary file of another machine's (or of an older version's, with no machine in
# its name) is left untouched before it counts as a leftover: on a shared or synced folder it may
# be another machine's export in progress (its process id means nothing here), and a write in
# progress touches its file every few seconds; a killed one's stays until the next export a day
# on.
LEFTOVER_AGE = 24 * 60 * 60


def remove_leftovers(folder: Path, prefix: str, suffix: str) -> None:
    """Temporary files ``PREFIX<pid>@<host>-...SUFFIX`` (``written_by``) whose process is gone:
    left by a write that was killed (an archive's can be gigabytes). One a running process is
    still writing stays: two exports to one name at once removed each other's, and the first
    said 'no such file or directory' of a folder that is there (attack run 46). This machine's
    go at once; another machine's stay until untouched for ``LEFTOVER_AGE``: a process id is
    this machine's, and another machine's export to a shared folder was removed as it wrote
    (fix46). A name with no machine (an older version's) is a leftover once its process is gone
    and it is as old; one without a process id too, once as old."""
    with contextlib.suppress(OSError):
        for leftover in folder.glob(f"{glob.escape(prefix)}*{suffix}"):
            pid, at, host = leftover.name[len(prefix) :].split("-", 1)[0].partition("@")
            # a process id of this machine's: named so, or in an older version's name
            here = pid.isdigit() and (host == HOST or not at)
            if here and _running(int(pid)):
                continue
            with contextlib.suppress(OSError):
                if (here and host == HOST) or (
                    time.time() - leftover.stat().st_mtime >= LEFTOVER_AGE
                ):
                    leftover.unlink()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # (another user's: running)
        return True
    return True
