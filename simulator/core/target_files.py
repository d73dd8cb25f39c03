"""Files a person names as a destination: an export, ``speak -o``, the rescue file.

They are written whole into a temporary file, then renamed over the name given. A rename
replaces whatever has that name, so two kinds of names are refused first:

- an existing device, pipe or socket (or a link to one): ``-o /dev/null`` run as root replaced
  the system's /dev/null with a scorecard, and a pipe's reader would never get a byte;
- an existing file in the app's own data folder: ``-o <data>/sessions.sqlite3`` replaced the
  session database (every answer) with the export. A new file there is fine.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from simulator import paths


class UnsafeTarget(OSError):
    """Writing to this name would replace something that is not ours to replace."""


def refuse_unsafe_target(target: Path) -> None:
    """Raise ``UnsafeTarget`` (its message says why, without the path) when ``target`` is an
    existing device, pipe or socket, or an existing file of the data folder."""
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
