"""``ml-interview history``: past sessions with their answers and scores."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from simulator.cli import whole_number
from simulator.core.tables import shown_when

if TYPE_CHECKING:
    from simulator.core.storage import Storage

MAX_LIMIT = 1_000_000


def register(sub: Any) -> None:
    p = sub.add_parser("history", help="past sessions with their answers and scores")
    p.add_argument("--json", action="store_true", help="print sessions as JSON")
    p.add_argument(
        "--limit",
        type=whole_number(1, MAX_LIMIT),
        default=None,
        help="only the N most recent sessions",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simulator.cli.database import open_storage
    from simulator.cli.output import plain
    from simulator.core.tables import status_word

    storage = open_storage(reading=True)
    try:
        if args.json:
            return _json(storage, args.limit)
        # streamed, only what is printed: every session read in full first took 55 s and
        # 880 MB at 18,000 sessions
        shown = False
        for s in storage.listed_summaries(args.limit):  # as Home and History list them
            shown = True
            answered = sum(1 for a in s.answers if a.mode != "skipped")
            total = max(s.planned, len(s.answers))  # as the scorecard counts
            overall = s.overall if s.overall is not None else "-"
            print(
                f"#{s.id:<4} {shown_when(s.started_at):<16}  {plain(s.name)}  "
                f"{status_word(s.status)}  {answered} of {total} answered  overall {overall}"
            )
            for a in s.answers:
                score = (
                    "skipped"
                    if a.mode == "skipped"
                    else (a.overall if a.overall is not None else "-")
                )
                parts = "  ".join(f"{k} {v}" for k, v in a.components.items() if v is not None)
                nth = f"  attempt {a.attempt}" if a.attempt > 1 else ""
                print(
                    f"      {a.position + 1}. {plain(a.question_id):<32} {a.mode:<7} {score!s:>7}  {parts}{nth}"
                )
        if not shown:
            print("no sessions yet")
        return 0
    finally:
        storage.close()


def _json(storage: Storage, limit: int | None) -> int:
    """Every field of each listed session (what --json prints is the whole record), one JSON
    array, written a session at a time: the whole list was built first (all 18,000 sessions
    in memory before a byte was printed)."""
    from simulator.cli.output import json_line

    seen, attempt = attempt_numbers(storage)
    # the text json.dumps(list, indent=2) gives: "[", each item indented once more, "]"
    opened = False
    for s in storage.each_listed_session(limit):
        data = s.to_dict()
        for a in data["answers"]:
            a["attempt"] = attempt.get(a["id"])
            a["attempts"] = seen.get(a["question_id"], 0)
        item = json_line(data, indent=2).replace("\n", "\n  ")  # C1 controls escaped
        sys.stdout.write(f"{',' if opened else '['}\n  {item}")
        opened = True
    print("\n]" if opened else "[]")
    return 0


def attempt_numbers(storage: Storage) -> tuple[dict[str, int], dict[int, int]]:
    """(question id -> its main answers, answer id -> which attempt it is): the n-th answer to
    the same question across all sessions, oldest first."""
    seen: dict[str, int] = {}
    attempt: dict[int, int] = {}
    for answer_id, question_id, _mode, _overall, _when in storage.answer_outcomes(
        finished_only=False
    ):
        seen[question_id] = seen.get(question_id, 0) + 1
        attempt[answer_id] = seen[question_id]
    return seen, attempt
