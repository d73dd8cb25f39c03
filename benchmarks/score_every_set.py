"""Benchmark: score every answer of every test set, then show what a change moved (issue 9).

``scoring_quality.py`` prints aggregate figures for chosen sets. A scorer change can move one
kind of answer on a set nobody looked at (a correct answer charged, a verbose-wrong answer
freed), so this scores every answer and every STAR story in ``tests/core/scoring/*.yaml``,
with every test pack loaded (answers to questions only a pack has), and writes one JSON file
per commit. ``--diff`` then compares two such files and lists every answer whose score or
charges moved, grouped by kind, with the counts that matter first:

* a correct answer (strong, partial, weak, paraphrase, correct_*, warnings) newly charged a
  misconception or a contradicted key point, or freed of one;
* a verbose-wrong answer (long_wrong*) that rose, or fell;
* a STAR story newly flagged off its own question, or whose sentence labels changed.

Usage::

    python benchmarks/score_every_set.py --out before.json          # on the old commit
    python benchmarks/score_every_set.py --out after.json           # on the new one
    python benchmarks/score_every_set.py --diff before.json after.json

``--glob`` restricts the files (``--glob 'dev_blind*'``); ``--jobs`` sets the worker processes
(default: the number of cores). Every set with every pack takes 10-40 minutes on 2 cores,
depending on the load.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

SETS = REPO / "tests" / "core" / "scoring"
CORRECT = ("strong", "partial", "weak", "paraphrase", "correct_", "warning")

_bank: Any = None


def _load_bank() -> Any:
    global _bank
    if _bank is None:
        from simulator.core.questions import load_packs

        packs = sorted(p for p in (SETS / "packs").iterdir() if p.is_dir())
        _bank = load_packs([REPO / "questions", *packs])
    return _bank


def _flags(score: Any) -> list[str]:
    said = [f"misconception: {m.phrase}" for m in score.misconceptions]
    said += [f"contradicts {k.id}: {k.contradiction}" for k in score.key_points if k.contradiction]
    return said


def score_file(path: str) -> dict[str, dict[str, Any]]:
    """Every answer of one set file: key -> {overall, flags} (content) or
    {overall, labels, off_question, missing} (STAR)."""
    from simulator.core.scoring import score_answer
    from simulator.core.scoring.bank_rivals import Rivals
    from simulator.core.transcript import Transcript

    bank = _load_bank()
    rivals = Rivals.of_bank(bank)
    items = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    name = Path(path).name
    out: dict[str, dict[str, Any]] = {}
    for n, item in enumerate(items):
        if not isinstance(item, dict) or item.get("question") not in bank.questions:
            continue
        question = bank.get(item["question"])
        if "sentences" in item:
            joiner = item.get("join", " ")
            text = joiner.join(s for _, s in item["sentences"])
            score = score_answer(question, Transcript(text), rivals)
            star = score.star
            out[f"{name}|{item.get('id', n)}|story"] = {
                "overall": score.overall,
                "labels": [seg.label for seg in star.segments] if star else [],
                "off_question": bool(star and star.off_question),
                "missing": list(star.missing) if star else [],
            }
            continue
        answers = [(k, v) for k, v in item.items() if isinstance(v, str) and k != "question"]
        answers += [(f"warning{i}", w) for i, w in enumerate(item.get("warnings") or [])]
        for kind, text in answers:
            score = score_answer(question, Transcript(text), rivals)
            out[f"{name}|{item['question']}#{n}|{kind}"] = {
                "overall": score.overall,
                "flags": _flags(score),
            }
    return out


def score_all(pattern: str, jobs: int) -> dict[str, dict[str, Any]]:
    return score_files([str(p) for p in SETS.glob(f"{pattern}.yaml")], jobs)


def score_files(
    paths: list[str],
    jobs: int,
    score: Callable[[str], dict[str, dict[str, Any]]] = score_file,
) -> dict[str, dict[str, Any]]:
    """Every file's answers scored by ``score`` over ``jobs`` processes, progress on stderr (the
    split benchmarks pass their own ``score``)."""
    # the largest files first, so that no worker is left with one long file at the end
    order = sorted(sorted(paths), key=lambda f: -os.path.getsize(f))
    result: dict[str, dict[str, Any]] = {}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for done, part in enumerate(pool.map(score, order), 1):
            result.update(part)
            print(f"\r{done}/{len(order)} files", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return result


def _kind(key: str) -> str:
    return key.rsplit("|", 1)[1]


def diff(before: dict[str, Any], after: dict[str, Any]) -> None:
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(set(before) & set(after)):
        a, b = before[key], after[key]
        kind = _kind(key)
        moved = f"{key}: {a['overall']} -> {b['overall']}"
        if kind == "story":
            if a["off_question"] != b["off_question"]:
                groups[
                    "story flagged off its question"
                    if b["off_question"]
                    else "story freed of an off-question flag"
                ].append(moved)
            changed = sum(x != y for x, y in zip(a["labels"], b["labels"], strict=False))
            if changed or len(a["labels"]) != len(b["labels"]):
                groups["story labels changed"].append(
                    f"{moved} ({changed} labels) {a['labels']} -> {b['labels']}"
                )
            elif a["overall"] != b["overall"]:
                groups["story score moved"].append(moved)
            continue
        correct = kind.startswith(CORRECT)
        if correct and set(b["flags"]) - set(a["flags"]):
            groups["CORRECT answer newly charged"].append(
                f"{moved} {sorted(set(b['flags']) - set(a['flags']))}"
            )
        elif correct and a["flags"] and not b["flags"]:
            groups["correct answer freed of every charge"].append(f"{moved} (was {a['flags']})")
        elif kind.startswith("long_wrong") and b["overall"] > a["overall"]:
            groups["VERBOSE-WRONG answer rose"].append(
                f"{moved} (charges {a['flags']} -> {b['flags']})"
            )
        elif kind.startswith("long_wrong") and b["overall"] < a["overall"]:
            groups["verbose-wrong answer fell"].append(moved)
        elif a["overall"] != b["overall"]:
            groups[
                f"{'correct' if correct else kind} answer {'rose' if b['overall'] > a['overall'] else 'fell'}"
            ].append(moved)
    only = len(set(before) ^ set(after))
    print(f"{len(set(before) & set(after))} answers in both files ({only} in only one)")
    for name in sorted(groups, key=lambda g: (not g.isupper() and not g.split()[0].isupper(), g)):
        print(f"\n## {name}: {len(groups[name])}")
        for line in groups[name]:
            print("  " + line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write every answer's score to this JSON file")
    parser.add_argument("--glob", default="*", help="only the set files matching this pattern")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--diff", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    if args.diff:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.diff)
        diff(before, after)
        return 0
    if not args.out:
        parser.error("give --out FILE or --diff BEFORE AFTER")
    scores = score_all(args.glob, args.jobs)
    args.out.write_text(json.dumps(scores, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(scores)} answers scored -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
