"""Benchmark: how often each behavioral question's relevance evidence fires on stories told for OTHER
questions (issue 9, round 62).

A question's evidence that a story answers it is read three ways here, each one-sided (a story that
says none of it is off the question):

* ``event``: the kind of event the prompt asks for (event_demand.py: a mistake of mine, feedback
  received, a deadline, a request refused ...), told where the kind must be told; a question whose
  prompt asks for no kind has none;
* ``intent``: one of the question's intent phrases said as itself (relevance.intent_evidence);
* ``core``: one of its core phrases (relevance.core_evidence: what the question defines, said
  narrowly), for a question with a core.

For every shipped behavioral question, the share of the labelled stories told for it that pass
(``own``: a reading failing these flags relevant stories: too narrow) and the share of the stories
told for each OTHER shipped behavioral question that pass (``others``, and the other question whose
stories pass most often). A reading passing most stories of other questions is a topic (a deadline
any project has, a model any story deploys), not the event the question defines: it separates
nothing. Stories are read with the STAR labeller's labels, as the scorer reads them.

The stories are every ``*star*.yaml`` of the repository's sets and, with ``--extra``, outside
files (the blind sets 57-61); ``--half tune|held`` keeps one half of the repository's files by
relevance_split.half (the extra files count with either).

Usage::

    python benchmarks/event_pass_rates.py --out table.json [--half tune] [--extra blind*.yaml]
    python benchmarks/event_pass_rates.py --report before.json [after.json] [--worst 10]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

READINGS = ("event", "intent", "core")


def _stories(paths: list[str]) -> list[tuple[str, str, str]]:
    """(key, question id, text) of every labelled story told for a shipped behavioral question."""
    out = []
    for path in paths:
        items = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
        for n, item in enumerate(items):
            if not isinstance(item, dict) or "sentences" not in item:
                continue
            qid = item.get("question") or ""
            if not qid.startswith("beh."):
                continue
            text = item.get("join", " ").join(s for _, s in item["sentences"])
            out.append((f"{Path(path).name}|{item.get('id', n)}", qid, text))
    return out


def measure(paths: list[str]) -> dict[str, Any]:
    """Per story key: its question and, per shipped behavioral question, which readings pass."""
    from simulator.core.questions import load_packs
    from simulator.core.scoring.event_demand import demanded, tells_no_demanded
    from simulator.core.scoring.relevance import core_evidence, intent_evidence
    from simulator.core.scoring.structure import analyse_star
    from simulator.core.scoring.text import tokenize
    from simulator.core.transcript import Transcript

    bank = load_packs([REPO / "questions"])
    themes = sorted(
        (q for q in bank.questions.values() if q.category.value == "behavioral"),
        key=lambda q: q.id,
    )
    out: dict[str, Any] = {}
    for key, qid, text in _stories(paths):
        if qid not in bank.questions:
            continue
        tokens = tokenize(text)
        labels = [s.label for s in analyse_star(tokens, Transcript(text), False).star.segments]
        row: dict[str, list[str]] = {}
        for q in themes:
            passes = []
            if demanded(q.prompt) and tells_no_demanded(q.prompt, tokens, labels) is None:
                passes.append("event")
            if intent_evidence(q, tokens):
                passes.append("intent")
            if q.intent is not None and q.intent.core and core_evidence(q, tokens):
                passes.append("core")
            row[q.id] = passes
        out[key] = {"q": qid, "pass": row}
    return out


def table(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per question and reading: own pass share, other stories' pass share, the worst other."""
    from simulator.core.questions import load_packs
    from simulator.core.scoring.event_demand import demanded

    bank = load_packs([REPO / "questions"])
    out: dict[str, dict[str, Any]] = {}
    qids = sorted({q for r in result.values() for q in r["pass"]})
    for qid in qids:
        has = {
            "event": bool(demanded(bank.get(qid).prompt)),
            "intent": bool(bank.get(qid).intent),
            "core": bool(bank.get(qid).intent and bank.get(qid).intent.core),
        }
        row: dict[str, Any] = {}
        for reading in READINGS:
            if not has[reading]:
                continue
            own = [reading in r["pass"][qid] for r in result.values() if r["q"] == qid]
            by_other: dict[str, list[bool]] = defaultdict(list)
            for r in result.values():
                if r["q"] != qid:
                    by_other[r["q"]].append(reading in r["pass"][qid])
            others = [p for v in by_other.values() for p in v]
            worst = max(by_other, key=lambda o: sum(by_other[o]) / len(by_other[o]))
            row[reading] = {
                "own": (sum(own), len(own)),
                "others": (sum(others), len(others)),
                "worst": (worst, sum(by_other[worst]), len(by_other[worst])),
            }
        out[qid] = row
    return out


def _share(pair: tuple[int, int] | list[int]) -> str:
    n, total = pair
    return f"{n}/{total} {100 * n / max(1, total):3.0f}%"


def report(paths: list[Path], worst: int) -> None:
    tables = [table(json.loads(p.read_text(encoding="utf-8"))) for p in paths]
    last = tables[-1]
    rows = []
    for qid, row in last.items():
        for reading, got in row.items():
            rows.append((got["others"][0] / max(1, got["others"][1]), qid, reading))
    rows.sort(reverse=True)
    if worst:
        rows = rows[:worst]
    head = "question                       reading  " + "  ".join(
        f"{'own ' + p.stem:>16s} {'others':>16s}" for p in paths
    )
    print(head)
    for _, qid, reading in rows:
        cells = []
        for t in tables:
            got = t.get(qid, {}).get(reading)
            cells.append(
                f"{_share(got['own']):>16s} {_share(got['others']):>16s}" if got else " " * 33
            )
        w = last[qid][reading]["worst"]
        print(f"{qid:30s} {reading:7s}  " + "  ".join(cells) + f"  worst: {w[0]} {w[1]}/{w[2]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path)
    parser.add_argument("--extra", nargs="*", default=[])
    parser.add_argument("--half", choices=("tune", "held"))
    parser.add_argument("--report", nargs="+", type=Path)
    parser.add_argument("--worst", type=int, default=0, help="print only the N worst readings")
    args = parser.parse_args()
    if args.report:
        report(args.report, args.worst)
        return 0
    from relevance_split import files, half

    paths = [p for p in files([]) if not args.half or half(Path(p).name) == args.half]
    result = measure(paths + list(args.extra))
    if args.out:
        args.out.write_text(json.dumps(result, indent=0, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
