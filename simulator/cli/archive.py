"""``ml-interview archive export|import FILE``: all your data as one file, for a new machine."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.cli import named_path

if TYPE_CHECKING:
    from simulator.core.archive import ArchiveSummary
    from simulator.core.storage import Storage
    from simulator.instance import InstanceLock

# What ``run`` returns when the export was stopped with Ctrl+C (the shell's 128 + SIGINT)
INTERRUPTED = 130


def register(sub: Any) -> None:
    p = sub.add_parser("archive", help="export or import all sessions, notes and recordings")
    p.add_argument("action", choices=("export", "import"))
    p.add_argument("file", type=named_path, help="the archive (.zip)")
    p.add_argument(
        "--replace",
        action="store_true",
        help=(
            "import: replace the sessions already here (without it, the archive's sessions are "
            "added beside them, and those already here are not stored twice)"
        ),
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simulator import paths
    from simulator.cli import UserError
    from simulator.cli.database import open_storage
    from simulator.cli.output import plain
    from simulator.core.archive import ArchiveCancelled, ArchiveError, import_archive

    lock = None
    if args.action == "import":
        lock = _hold_folder(paths.data_dir())
    storage = open_storage(reading=args.action == "export")
    try:
        if args.action == "export":
            if args.file.exists():
                raise UserError(f"{args.file} exists already: choose another name")
            summary = _export(storage, args.file)
            print(
                f"exported {summary.sessions} session(s), {summary.answers} answer(s) and "
                f"{summary.recordings} recording(s) to {plain(str(args.file))}"
            )
            for path in summary.gone:
                print(
                    f"ml-interview: not in the archive: {plain(path)}: an answer names it as its "
                    "recording, but the file is no longer on the disk",
                    file=sys.stderr,
                )
            for path in summary.not_files:
                print(
                    f"ml-interview: not in the archive: {plain(path)}: an answer names it as its "
                    "recording, but it is not a regular file (a pipe, device or folder)",
                    file=sys.stderr,
                )
            for line in summary.cut:
                print(f"ml-interview: cut in the archive: {plain(line)}", file=sys.stderr)
            for line in summary.unread:
                print(f"ml-interview: in the archive, {plain(line)}", file=sys.stderr)
            for path in summary.left_out:
                print(
                    f"ml-interview: left out {plain(path)}: an answer names it as its recording, "
                    "but it is outside the data folder",
                    file=sys.stderr,
                )
        else:
            summary = import_archive(storage, args.file, paths.recordings_dir(), args.replace)
            print(
                f"imported {summary.sessions} session(s), {summary.answers} answer(s) and "
                f"{summary.recordings} recording(s) from {plain(str(args.file))}"
            )
            if summary.skipped:  # the same archive again, or one overlapping this history
                print(f"ml-interview: {plain(summary.skipped)}", file=sys.stderr)
            if summary.manifest_differs:
                print(
                    f"ml-interview: note: {plain(str(args.file))}: "
                    f"{plain(summary.manifest_differs)}: what data.json holds was imported",
                    file=sys.stderr,
                )
    except ArchiveCancelled as exc:  # Ctrl+C: said, and nothing is left of the file
        print(f"ml-interview: {plain(str(exc))}", file=sys.stderr)
        return INTERRUPTED
    except ArchiveError as exc:
        raise UserError(str(exc)) from None
    finally:
        storage.close()
        if lock is not None:
            lock.release()
    return 0


def _export(storage: Storage, target: Path) -> ArchiveSummary:
    """The export, with how far it is on the terminal (``ProgressLine``: nothing on a pipe).
    Ctrl+C cancels it between two chunks (``ArchiveCancelled``): a KeyboardInterrupt could
    land between the temporary file's creation and the name that removes it, leaving a hidden
    half-written archive. A second Ctrl+C interrupts at once (a write stuck on a dead disk)."""
    from simulator.cli.output import ProgressLine, plain
    from simulator.core.archive import export_archive

    line = ProgressLine(sys.stderr, f"exporting to {plain(str(target))}")
    stop = threading.Event()

    def interrupted(signum: int, frame: Any) -> None:
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    ours = threading.current_thread() is threading.main_thread()  # (only it may set handlers)
    before = signal.signal(signal.SIGINT, interrupted) if ours else None
    try:
        return export_archive(storage, target, line, stop.is_set)
    finally:
        if ours:
            signal.signal(signal.SIGINT, before if before is not None else signal.SIG_DFL)
        line.clear()


def _hold_folder(folder: Path) -> InstanceLock:
    """The window's own lock on the data folder, held while importing: an import under a
    running window deleted its interview in progress, whose next answer then went into an
    imported session that took its id."""
    from simulator.cli import UserError
    from simulator.instance import IMPORT, InstanceLock

    lock = InstanceLock(folder, IMPORT)
    if not lock.acquire():
        said, by_import = lock.held_by()
        if by_import:
            raise UserError(f"{said}: wait for it to end, then try again")
        raise UserError(
            f"{said}: close its window first, or import from its Interview menu (Import data…)"
        )
    if lock.unlocked_reason:
        from simulator.cli.output import plain

        print(f"ml-interview: {plain(lock.unlocked_reason)}", file=sys.stderr)
    return lock
