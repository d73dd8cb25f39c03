"""``ml-interview validate PATH...``: check question packs; one line per problem, exit 1 if any.
Warnings (a question's own model answer charged by the scorer, or covering too little of its
rubric: model_answer_check.py) are said too and leave the status 0."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from simulator.cli import named_path

if TYPE_CHECKING:
    from simulator.core.questions_models import Problem


def register(sub: Any) -> None:
    p = sub.add_parser("validate", help="check question packs (files or folders)")
    p.add_argument("paths", nargs="+", metavar="PATH", type=pack_path)
    p.set_defaults(run=run)


def pack_path(text: str) -> Path:
    """A pack file or a folder of packs. An empty name (an unset shell variable) is refused as
    every command's file argument is; a name ending in '/' is a folder, which is what is
    meant here: 'validate mypacks/' (as the shell completes a folder's name) was refused with
    "so it names a folder: give a file name in it" (attack run 37)."""
    if text.strip() and text.endswith(tuple(s for s in (os.sep, os.altsep) if s)):
        return Path(text)
    return named_path(text)


def run(args: argparse.Namespace) -> int:
    from simulator.cli.output import plain
    from simulator.core.model_answer_check import outside_warnings
    from simulator.core.questions import load_packs, shipped_id_clashes
    from simulator.paths import bundled_packs_dir

    paths: list[Path] = args.paths
    bank = load_packs(paths)
    # The app reads the shipped packs first: a question of these with a shipped id is skipped.
    shipped = load_packs([bundled_packs_dir()])
    problems = bank.problems + shipped_id_clashes(bank, shipped)
    problems += _folders_without_packs(paths)
    # Warnings leave their questions loaded: said after the problems, and the status is theirs
    # alone. The shipped questions are checked by the app's own tests, not scored again.
    warnings = bank.warnings + outside_warnings(bank, bundled_packs_dir())
    for problem in problems + warnings:
        print(plain(problem))
    if problems:
        return 1
    print(f"ok: {len(bank.questions)} question(s) in {len(set(bank.sources.values()))} pack(s)")
    return 0


def _folders_without_packs(paths: list[Path]) -> list[Problem]:
    """A folder given that holds no pack file at all: 'ok: 0 question(s) in 0 pack(s)' and
    exit status 0 passed a check run on the wrong folder (attack run 32)."""
    from simulator.core.questions import is_pack_name, readable_path
    from simulator.core.questions_models import Problem

    found = []
    for path in paths:
        try:
            if not path.is_dir() or any(is_pack_name(p) for p in path.iterdir()):
                continue
        except OSError:
            continue  # load_packs has said why it cannot be read
        found.append(
            Problem(readable_path(path), None, None, "no pack files (*.yaml or *.yml) in it")
        )
    return found
