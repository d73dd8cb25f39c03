"""``ml-interview questions``: list the bank (or print full question objects with --json)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from simulator.core.questions_models import first_problems
from simulator.core.tables import CATEGORIES

# Problems of the packs listed before the questions: a pack of 8,500 broken questions printed
# 34,000 warning lines ahead of the list (attack run 47); ``validate`` lists them all.
SHOWN_PROBLEMS = 20


def register(sub: Any) -> None:
    p = sub.add_parser("questions", help="list the question bank")
    p.add_argument("--json", action="store_true", help="print the full question objects as JSON")
    p.add_argument(
        "--category",
        action="append",
        choices=CATEGORIES,
        help="only this category (repeatable)",
    )
    p.add_argument("--topic", action="append", help="only this topic (repeatable)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simulator.bank import load_bank
    from simulator.cli.output import json_line, plain

    bank = load_bank()
    shown, more = first_problems([*bank.problems, *bank.warnings], SHOWN_PROBLEMS)
    for problem in shown:
        print(f"warning: {plain(problem)}", file=sys.stderr)
    if more:
        print(f"warning: {plain(more)}", file=sys.stderr)
    unknown = [t for t in args.topic or () if t not in bank.topics()]
    if unknown:
        # (it listed "0 question(s)" and exited 0: a misspelt topic looked like an empty one)
        from simulator.cli import UserError

        raise UserError(
            f"no topic '{plain(unknown[0])}' in the question bank; topics: "
            + ", ".join(sorted(bank.topics()))
        )
    questions = bank.filter(args.category, args.topic)
    if args.json:
        print(json_line([q.model_dump(mode="json") for q in questions], indent=2))
        return 0
    for q in questions:
        print(plain(f"{q.id:<42} {q.category.value:<10} {q.topic:<24} {q.prompt}"))
    print(f"{len(questions)} question(s)", file=sys.stderr)
    return 0
