"""Writing an export: atomically (a temporary file renamed into place), so a full disk never
leaves half a file behind, and every failure is one line naming the file and the reason."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from pathlib import Path

from simulator.core.target_files import (
    PID_ROOM,
    UnsafeTarget,
    hidden_prefix,
    missing_folder,
    no_new_files,
    remove_leftovers,
    safe_destination,
    written_by,
)

# A temporary file's name: its prefix, the random characters tempfile.mkstemp adds, then this.
_SUFFIX = ".part"
_RANDOM_CHARS = 8


class ExportError(Exception):
    """The export cannot be written; the message names the file and the reason in one line."""


def write_export(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write atomically: a temporary file in the same folder, flushed, then renamed into place."""
    target = Path(path).expanduser()
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a folder")
    try:
        end = safe_destination(target)  # a link: the file it names (the link stays)
    except UnsafeTarget as exc:
        raise ExportError(f"cannot write {target}: {exc}") from None
    folder = end.parent if str(end.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: {missing_folder(folder)}")
    prefix = hidden_prefix(end.name, PID_ROOM + _RANDOM_CHARS + len(_SUFFIX))
    remove_leftovers(folder, prefix, _SUFFIX)
    tmp: str | None = None
    try:
        try:
            fd, tmp = tempfile.mkstemp(prefix=written_by(prefix), suffix=_SUFFIX, dir=folder)
        except FileNotFoundError:  # the folder is there (checked above) but takes no files
            raise ExportError(f"cannot write {target}: {no_new_files(folder)}") from None
        with os.fdopen(fd, "wb") as out:
            out.write(payload)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o600)  # a scorecard is personal: only its owner reads it
        os.replace(tmp, end)
        tmp = None
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {_reason(exc)}") from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return target


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on the disk"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return (exc.strerror or str(exc)).lower()


PLAN_IN_NAME = 40  # characters of the plan's name in an export's file name


def export_file_name(plan_name: str, started: str, suffix: str = ".html") -> str:
    """The name a session's export is offered under: the scorecard, when the session started
    and its plan, as the window shows them ("scorecard-2026-12-07-09-26-full-loop.html").
    It was "scorecard-session-3.html": the database's row number, shown nowhere in the window
    and skipping numbers once a session is deleted, so the file said nothing of which
    interview it holds (walk66). Letters of any alphabet are kept; everything else (a path's
    separators too) is one hyphen."""
    when = "-".join(re.findall(r"\d+", started))
    plan = "-".join(re.findall(r"\w+", plan_name.lower()))[:PLAN_IN_NAME].strip("-_")
    return "-".join(p for p in ("scorecard", when, plan) if p) + suffix
