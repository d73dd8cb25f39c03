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
    from simulator.core.storage import SessionRecord


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
    from simulator.core.scorecard import build_scorecard, earlier_results

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

    storage = open_storage(reading=True)
    try:
        sessions = storage.sessions()
        session = _find(sessions, args.session, db)
    finally:
        storage.close()
    bank = load_bank()
    card = build_scorecard(session, bank, earlier_results(sessions, session))
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


def _find(sessions: list[SessionRecord], wanted: str, db: Path) -> SessionRecord:
    if wanted == "latest":
        done = [s for s in sessions if s.status != "active"] or sessions
        if not done:
            raise UserError(f"no session to export: {db} holds no sessions")
        # the one done last: ids count up as sessions are made, start times follow the clock
        # (one done while it was years ahead, then put right, stayed 'latest' for years)
        return max(done, key=lambda s: s.id)
    try:
        number = int(wanted)
    except ValueError:
        raise UserError(f"session must be a number or 'latest', not {wanted!r}") from None
    for s in sessions:
        if s.id == number:
            return s
    raise UserError(f"no session {number} in {db} (see: ml-interview history)")
