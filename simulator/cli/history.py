"""``ml-interview history``: past sessions with their answers and scores."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("history", help="past sessions with their answers and scores")
    p.add_argument("--json", action="store_true", help="print sessions as JSON")
    p.add_argument("--limit", type=int, default=None, help="only the N most recent sessions")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simulator.cli.database import open_storage

    storage = open_storage()
    sessions = storage.sessions(limit=args.limit)
    storage.close()
    if args.json:
        json.dump([s.to_dict() for s in sessions], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    if not sessions:
        print("no sessions yet")
    for s in sessions:
        when = dt.datetime.fromtimestamp(s.started_at).strftime("%Y-%m-%d %H:%M")
        overall = (s.score or {}).get("overall")
        answered = sum(1 for a in s.answers if a.follow_up is None and a.mode != "skipped")
        print(
            f"#{s.id:<4} {when}  {s.status:<9} {answered:>2} answered  overall {overall if overall is not None else '-'}"
        )
    return 0
