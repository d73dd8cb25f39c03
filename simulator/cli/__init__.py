"""``ml-interview``: opens the window, or runs a subcommand.

Each subcommand lives in its own module here with two functions::

    def register(sub: argparse._SubParsersAction) -> None   # add its parser, set_defaults(run=run)
    def run(args: argparse.Namespace) -> int                 # exit status

Modules import heavy libraries (Whisper, Qt) inside ``run`` only, so ``--help`` and the window's
start-up stay fast. A ``UserError`` raised anywhere becomes one line on stderr and exit status 1:
people see what was wrong and where, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from simulator import __version__, paths

SUBCOMMANDS = (
    "questions",
    "validate",
    "score",
    "transcribe",
    "speak",
    "voices",
    "history",
    "due",
    "archive",
    "export",
    "doctor",
)


DATA_DIR_HELP = (
    "where sessions, recordings and your own packs live "
    f"(default: the platform data dir; env {paths.ENV_DATA_DIR})"
)


class UserError(Exception):
    """A problem the user can fix (bad path, unknown id, corrupt file): shown as one line."""


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse ``type``: a whole number from ``low`` to ``high``, else argparse's one-line
    error naming the option (an unchecked ``--limit 99999999999999999999`` reached SQLite and
    ended in a traceback; ``--limit -1`` listed everything)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{text!r}: give a whole number from {low} to {high:,}"
            )
        return value

    return parse


class _Parser(argparse.ArgumentParser):
    """argparse's own parser, whose errors show a value too long to read by its start, end and
    length: ``--limit`` given 5,000 digits was quoted whole (attack run 32). Subcommands' parsers
    are of the same class (argparse makes them with ``type(parent)``)."""

    def error(self, message: str) -> NoReturn:
        from simulator.cli.output import plain

        super().error(plain(message))


def named_path(text: str) -> Path:
    """An argparse ``type`` for a file argument: an empty name (an unset shell variable) is
    argparse's one-line error, not the current folder ('.'), which commands then named as
    ".: a folder, not an archive" or ". exists already" (attack run 32)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty name (an unset variable?): give a file")
    if text.strip() == "-":
        # typed for "print it" (export -o -): a file named '-' was written into the current
        # folder, and 'score --answer-file -' read it back (attack run 41)
        raise argparse.ArgumentTypeError(
            "'-' (standard input or output to many tools) is not used here: give a file "
            "name ('./-' for a file named '-')"
        )
    if text.endswith(tuple(s for s in (os.sep, os.altsep) if s)):
        # pathlib drops the slash: 'export -o reports/' wrote a file named 'reports' where a
        # folder was meant (attack run 33)
        raise argparse.ArgumentTypeError(
            f"'{text}' ends in '{text[-1]}', so it names a folder: give a file name in it"
        )
    return Path(text)


def named(what: str) -> Callable[[str], str]:
    """An argparse ``type`` for a name (a model, a voice, a question id): an empty one (an
    unset shell variable) is argparse's one-line error. ``--model ""`` and ``--voice ""`` used
    the default model and voice without a word, as if the name had been read (attack run 60)."""

    def given(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"an empty name (an unset variable?): give {what}")
        return text

    return given


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="ml-interview",
        description="Offline mock interviews for Machine Learning Engineer roles. "
        "With no subcommand, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=DATA_DIR_HELP,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"simulator.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"simulator.cli.{name}":
                raise
            continue  # a subcommand not built yet
        module.register(sub)
    _data_dir_after_the_command(parser)
    return parser


def _data_dir_after_the_command(parser: argparse.ArgumentParser) -> None:
    """``--data-dir DIR`` is accepted after a subcommand too (``ml-interview history
    --data-dir DIR``), as the README promises; given before it, it is not overridden."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                child.add_argument(
                    "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=DATA_DIR_HELP
                )
                _data_dir_after_the_command(child)


def _printable_anywhere() -> None:
    """Printing never fails on a character the terminal's encoding lacks: under a locale that
    is not UTF-8 (LC_ALL=C with PYTHONUTF8=0, a Latin-1 or EUC locale, a Windows console),
    'history' stopped with a UnicodeEncodeError traceback at the first session or answer named
    with "Ü" or "✓" (attack run 42). Such a character is printed as its escape (\\xdc), and
    a byte of a file name that is not UTF-8 as the window shows it (\\xe9, not \\udce9:
    ``qt_names.shown_text``)."""
    from simulator.cli.output import SHOWN_ERRORS, register_shown_errors

    register_shown_errors()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=SHOWN_ERRORS)


def main(argv: Sequence[str] | None = None) -> int:
    # Everything the app creates (database, recordings, settings, exports) is personal.
    os.umask(0o077)
    _printable_anywhere()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir is not None and not args.data_dir.strip():
        # an unset shell variable: the default would be the person's real data folder
        parser.error("--data-dir needs a folder (it was given an empty name)")
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    try:
        if args.command is None:
            from simulator.app import run_gui

            return run_gui()
        return int(args.run(args))
    except (UserError, paths.DataDirError) as exc:
        from simulator.cli.output import plain

        print(f"ml-interview: {plain(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except sqlite3.Error as exc:
        # The database failed while a command read it (a page damaged after the start-up
        # check, a disk error): one line naming it, never a traceback; the next start checks
        # the file again and salvages it when it is damaged.
        from simulator.cli.output import plain

        print(
            f"ml-interview: the session database {paths.database_file()} could not be read: "
            f"{plain(str(exc))}; run the command again (a damaged file is then set aside "
            "and what still reads is saved)",
            file=sys.stderr,
        )
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # The system refused a path where no command expected it (Python's Path.exists()
        # and .is_dir() raise for a name too long, or a folder that cannot be searched):
        # one line naming the file, never a traceback.
        from simulator.cli.output import plain

        reason = (exc.strerror or str(exc)).lower()
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"ml-interview: {plain(where + reason)}", file=sys.stderr)
        return 1
