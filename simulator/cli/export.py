"""``ml-interview export``: save a session's scorecard as HTML, Markdown, JSON or PDF.

    ml-interview export 12 --format html -o scorecard.html
    ml-interview export latest -o scorecard.pdf        # the format follows the file name

HTML is one self-contained file; JSON holds everything (answers, transcripts, scores, questions);
PDF is drawn by Qt on an offscreen surface, so no display is needed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.cli import UserError, named_path

if TYPE_CHECKING:
    from simulator.core.storage import Storage


def register(sub: Any) -> None:
    from simulator.core.export import FORMATS, formats_text

    parser = sub.add_parser(
        "export",
        help=f"save a session's scorecard as {formats_text()}",
        description="Save a session's scorecard (see ids with: ml-interview history).",
    )
    parser.add_argument("session", metavar="SESSION", help="session id, or 'latest'")
    parser.add_argument(
        "--format",
        choices=list(FORMATS),
        help="output format (default: from the file name's extension)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", type=named_path, required=True, help="file to write"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simulator import paths
    from simulator.bank import load_bank
    from simulator.core.export import ExportError, ExportInput, export_file, format_for
    from simulator.core.scorecard import load_scorecard

    try:
        fmt = format_for(args.output, args.format)
    except ExportError as exc:
        raise UserError(str(exc)) from None
    db = paths.database_file()
    if not db.exists():
        raise UserError(
            f"no session {args.session}: there are no sessions yet ({db} does not exist)"
        )
    from simulator.cli.database import open_storage

    bank = load_bank()
    storage = open_storage(reading=True)
    try:
        # The page's own scorecard (``load_scorecard``): the same comparisons with earlier
        # results, read from the same sessions. Every session with every answer was read
        # here to find one (18,000 sessions: 50 s and 880 MB; attack run 45), and the
        # comparisons were searched in all of them, not in those the page searches.
        wanted = _find(storage, args.session, db)
        try:
            session, card = load_scorecard(storage, wanted, bank)
        except KeyError:
            raise UserError(f"no session {wanted} in {db} (see: ml-interview history)") from None
    finally:
        storage.close()
    try:
        layout = None
        if fmt.paged:
            from simulator.ui.export_pdf import pdf_layout

            layout = pdf_layout()
        path = export_file(args.output, fmt, ExportInput(card, session, bank), layout)
    except ExportError as exc:
        raise UserError(str(exc)) from None
    from simulator.cli.output import plain

    print(f"exported session {session.id} as {fmt.key} to {plain(str(path))}")
    return 0


def _find(storage: Storage, wanted: str, db: Path) -> int:
    """The id of the session asked for: a number, or 'latest' (the session done last)."""
    if wanted == "latest":
        found = storage.latest_session_id()
        if found is None:
            raise UserError(f"no session to export: {db} holds no sessions")
        return found
    try:
        return int(wanted)
    except ValueError:
        raise UserError(f"session must be a number or 'latest', not {wanted!r}") from None
