"""``ml-interview due``: the questions due for review now, most overdue first."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser(
        "due", help="questions due for review (spaced repetition), most overdue first"
    )
    p.add_argument("--json", action="store_true", help="print them as JSON")
    p.add_argument("--all", action="store_true", help="every answered question with its due date")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simulator.bank import load_bank
    from simulator.cli.database import open_storage
    from simulator.cli.output import json_line, plain
    from simulator.core.schedule import RATING_NAMES, due_questions, schedules

    storage = open_storage(reading=True)
    try:
        plans = schedules(storage.answer_outcomes(), storage.ratings())
    finally:
        storage.close()
    now = dt.datetime.now(dt.UTC)
    prompts = {q.id: q.prompt for q in load_bank().questions.values()}
    if args.all:
        chosen = sorted(plans.values(), key=lambda s: s.due)
    else:
        # A question whose pack is gone (removed, or its id changed) cannot be practised.
        now_due = due_questions(plans, now)
        chosen = [s for s in now_due if s.question_id in prompts]
        if len(chosen) < len(now_due):
            gone = len(now_due) - len(chosen)
            print(
                f"ml-interview: {gone} due question(s) are no longer in the question bank "
                "(their pack was removed or their id changed): not listed; see them with --all",
                file=sys.stderr,
            )
    rows = [
        {
            "question_id": s.question_id,
            "prompt": prompts.get(s.question_id, ""),
            "in_bank": s.question_id in prompts,
            "due": s.due.isoformat(timespec="seconds"),
            "is_due": s.is_due(now),
            "attempts": s.attempts,
            "last_score": s.last_score,
            "last_rating": RATING_NAMES[s.last_rating],
        }
        for s in chosen
    ]
    if args.json:
        print(json_line(rows, indent=2))  # C1 controls escaped: it may go to a terminal
        return 0
    if not rows:
        print("nothing is due for review" if plans else "no answers yet: nothing to review")
        return 0
    for r in rows:
        due = dt.datetime.fromisoformat(str(r["due"])).astimezone().strftime("%Y-%m-%d")
        score = "-" if r["last_score"] is None else r["last_score"]
        prompt = plain(r["prompt"]) if r["in_bank"] else "(no longer in the question bank)"
        qid = plain(r["question_id"])
        print(f"{due}  {qid:<32} last {score:>3}  x{r['attempts']}  {prompt[:70]}")
    return 0
