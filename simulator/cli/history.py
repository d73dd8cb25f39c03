"""``ml-interview history``: past sessions with their answers and scores."""

from __future__ import annotations

import argparse
from typing import Any

from simulator.cli import whole_number
from simulator.core.tables import shown_when

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
    from simulator.cli.output import json_line, plain
    from simulator.core.session.interrupted import status_word

    storage = open_storage(reading=True)
    sessions = storage.listed_sessions(limit=args.limit)  # as Home and History list them
    # Attempt numbers: the n-th answer to the same question across all sessions (oldest first).
    outcomes = storage.answer_outcomes(finished_only=False)
    storage.close()
    seen: dict[str, int] = {}
    attempt: dict[int, int] = {}
    for answer_id, question_id, _mode, _overall, _when in outcomes:
        seen[question_id] = seen.get(question_id, 0) + 1
        attempt[answer_id] = seen[question_id]
    if args.json:
        out = []
        for s in sessions:
            data = s.to_dict()
            for a in data["answers"]:
                a["attempt"] = attempt.get(a["id"])
                a["attempts"] = seen.get(a["question_id"], 0)
            out.append(data)
        print(json_line(out, indent=2))  # C1 controls escaped: it may go to a terminal
        return 0
    if not sessions:
        print("no sessions yet")
    for s in sessions:
        when = shown_when(s.started_at)
        overall = s.score.overall if s.score is not None else None
        main = [a for a in s.answers if a.follow_up is None]
        answered = sum(1 for a in main if a.mode != "skipped")
        total = max(len(s.plan.question_ids), len(main))  # as the scorecard counts
        plan = plain(s.name)
        print(
            f"#{s.id:<4} {when}  {plan}  {status_word(s.status)}  {answered} of {total} answered  "
            f"overall {overall if overall is not None else '-'}"
        )
        for a in main:
            score = (
                "skipped" if a.mode == "skipped" else (a.overall if a.overall is not None else "-")
            )
            comps = a.score.components if a.score is not None else {}
            parts = "  ".join(f"{k} {v}" for k, v in comps.items() if v is not None)
            n = attempt.get(a.id)
            nth = f"  attempt {n}" if n and n > 1 else ""
            print(
                f"      {a.position + 1}. {plain(a.question_id):<32} {a.mode:<7} {score!s:>7}  {parts}{nth}"
            )
    return 0
