"""``ml-interview validate PATH...``: check question packs; one line per problem, exit 1 if any."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    p = sub.add_parser("validate", help="check question packs (files or folders)")
    p.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from simulator.cli.output import plain
    from simulator.core.questions import load_packs, shipped_id_clashes
    from simulator.paths import bundled_packs_dir

    bank = load_packs(args.paths)
    # The app reads the shipped packs first: a question of these with a shipped id is skipped.
    problems = bank.problems + shipped_id_clashes(bank, load_packs([bundled_packs_dir()]))
    for problem in problems:
        print(plain(problem))
    if problems:
        return 1
    print(f"ok: {len(bank.questions)} question(s) in {len(set(bank.sources.values()))} pack(s)")
    return 0
