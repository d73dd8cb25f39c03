"""Benchmark: verbose-wrong answers against weak and partial ones, per file half (issue 9, wrong61).

Every content set of the repository that holds a verbose-wrong answer (a ``long_wrong*`` kind in
``tests/core/scoring/*.yaml``), and any outside set given with ``--extra`` (the blind sets 57-60,
each one file), is put in a tuning half or a held-out half by a seeded hash of its file name
(``half``), decided before any scorer change of round 61. Per half it counts the pairs
``scoring_quality.py`` counts: weak > verbose-wrong and partial > verbose-wrong, for each
``long_wrong*`` answer of a question against the same question's weak or partial answer.

Scores are read from a file written by ``--out`` (or by ``score_every_set.py --out``: the same
format, ``file|question#n|kind`` -> overall and charges), so that one sweep serves both.
``--report A.json [B.json]`` prints the counts (and, with two files, start -> end); ``-v`` lists
the tuning half's verbose-wrong answers above their weak answer (the held-out half is printed as
counts only, so that it can be checked on files no one read while tuning).

Round 61 (wrong61), main f7e715ba: 78 tuning files (blind sets 59 and 60 among them), 77 held-out
files (blind sets 57 and 58 among them):

  | half  | weak > verbose-wrong        | partial > verbose-wrong     |
  |-------|-----------------------------|-----------------------------|
  | tune  | 533/729 -> 542/729          | 736/800 -> 736/800          |
  | held  | 549/691 -> 555/691          | 693/755 -> 693/755          |

(-> : an overclaiming answer costs at least one misconception, content.py.) What the tuning
half's 196 verbose-wrong answers at or above their weak answer earn their points from: of the 45
farthest above it, 32 read as a full explanation in their own words, but taking every point said
in other words away (no meaning credit at all) puts 5 of the 196 under their weak answer: the
rubric's words in sentences that say something else carry them (a wrong definition or mechanism
in the rubric's terms in about 20 of 28 read by hand, a reversed direction in 12, roles swapped
in 10, a false guarantee or dismissal in 8, a wrong order or condition in 4, a wrong cause in 3).
Tried and dropped (tuning half, estimated from each answer's points): a sentence that explains a
point in the rubric's words lifts no other point by meaning (weak > verbose-wrong +0, 80
paraphrases down), or only one more (+0, 13 down), one point per sentence (+1, 168 down).

Round 65 (para65), main f8d36b04 -> 36e9a6af (a point denied by its words but said in everyday
words elsewhere earns by meaning; a case answer read in full counts its steps as its key points),
every content set with every pack (the halves by this hash, own held-outs apart):

  | half  | paraphrase > partial | weak > verbose-wrong | partial > verbose-wrong |
  |-------|----------------------|----------------------|-------------------------|
  | tune  | 400 -> 407/494       | 512/686 =            | 697/757 =               |
  | held  | 395 -> 399/472       | 537/671 =            | 679/735 =               |

156 paraphrases and 2 partial answers rose, nothing fell, no correct answer newly charged; 9
verbose-wrong answers rose, none past its weak or partial answer (an uncaught data-leakage one
44 -> 68, its denied definition point lifted by a sentence that does not say it: left).
Own held-out heldout_para65_content.yaml 7/10 = (paraphrase / strong 0.99 -> 1.05); dev_blind64
6 -> 8/10; heldout_wrong64 8/18 =, heldout_wrong63 unchanged.

Round 66 (wrong66), main 0fa5299f -> b6294498 (a cause or a working given to a term, two key
points' ideas said to be one, a quantity's need turned round: charged), 153 files, 7,296 answers:

  | half  | paraphrase > partial | weak > verbose-wrong | partial > verbose-wrong |
  |-------|----------------------|----------------------|-------------------------|
  | tune  | 322/384 =            | 515 -> 516/689       | 700/760 =               |
  | held  | 354/409 =            | 550 -> 552/691       | 694 -> 697/755          |

5 verbose-wrong answers fell (dev_blind65's A/B testing 51 -> 9 and categorical encoding 89 -> 54,
a choosing-k, a HyperLogLog and a forecasting-baselines one), nothing else moved: no correct
answer newly charged, no paraphrase or partial answer moved. The test-labels reading (3115422e)
adds the categorical one (54 -> 3) and one already under its weak answer. Own held-out
heldout_wrong66_content.yaml unchanged (partial > verbose-wrong 12/16, weak 9/16): its wrong
processes (steps reversed or doing the wrong thing, a formula with the wrong operation, sorted
the wrong way) say none of these forms. dev_blind65 partial > verbose-wrong 15 -> 17/20, weak
13 -> 15/20; dev_blind64 unchanged.

Usage::

    python benchmarks/wrong_split.py --out before.json [--extra blind57_content.yaml ...]
    python benchmarks/wrong_split.py --report before.json after.json [-v]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))
SETS = REPO / "tests" / "core" / "scoring"
# wrong61's to wrong66's and para65's own held-out answers, written from prompts only: in
# neither half, measured on their own
OWN_HELD = (
    "heldout_wrong61",
    "heldout_wrong62",
    "heldout_wrong63",
    "heldout_wrong64",
    "heldout_para65",
    "heldout_wrong65",
    "heldout_wrong66",
    "heldout_flag66",
)


def half(name: str) -> str:
    """``tune`` or ``held`` for a set file, by a seeded hash of its name (never by its content)."""
    digest = hashlib.sha256(f"wrong61:{name}".encode()).digest()
    return "held" if digest[0] % 2 else "tune"


def files(extra: list[str]) -> list[str]:
    """The repository's content sets holding a verbose-wrong answer, then the outside ones."""
    own = [
        str(p)
        for p in sorted(SETS.glob("*.yaml"))
        if "long_wrong" in p.read_text(encoding="utf-8") and not p.name.startswith(OWN_HELD)
    ]
    return own + extra


def pairs(scores: dict[str, dict[str, Any]]) -> dict[str, dict[str, list[tuple[str, bool]]]]:
    """Per half, per measure (``weak``, ``partial``): (verbose-wrong key, the pair held); and
    ``paraphrase``: (paraphrase key, it beat its partial answer)."""
    by_q: dict[str, dict[str, int]] = defaultdict(dict)
    for key, r in scores.items():
        base, kind = key.rsplit("|", 1)
        if "labels" in r:
            continue
        by_q[base][kind] = r["overall"]
    out: dict[str, dict[str, list[tuple[str, bool]]]] = defaultdict(lambda: defaultdict(list))
    for base, o in by_q.items():
        name = base.split("|", 1)[0]
        if name.startswith(OWN_HELD):
            continue  # a score_every_set.py sweep holds them too: measured on their own
        group = half(name)
        for kind, value in o.items():
            if kind.startswith("paraphrase") and "partial" in o:
                # ... and a correct paraphrase against its partial answer (para65)
                out[group]["paraphrase"].append((f"{base}|{kind}", value > o["partial"]))
            if not kind.startswith("long_wrong"):
                continue
            for first in ("weak", "partial"):
                if first in o:
                    out[group][first].append((f"{base}|{kind}", o[first] > value))
    return out


def report(paths: list[Path], verbose: bool) -> None:
    runs = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    counted = [pairs(r) for r in runs]
    for group in ("tune", "held"):
        for first in ("weak", "partial"):
            cells = []
            for c in counted:
                rows = c[group][first]
                cells.append(f"{sum(ok for _, ok in rows)}/{len(rows)}")
            print(f"{group:5} {first:8}> verbose-wrong  {' -> '.join(cells)}")
        cells = []
        for c in counted:
            rows = c[group]["paraphrase"]
            cells.append(f"{sum(ok for _, ok in rows)}/{len(rows)}")
        print(f"{group:5} paraphrase > partial     {' -> '.join(cells)}")
    if verbose:
        last, scores = counted[-1], runs[-1]
        print("\ntuning half, verbose-wrong at or above its weak answer:")
        for key, ok in sorted(last["tune"]["weak"]):
            if not ok:
                weak = scores[key.rsplit("|", 1)[0] + "|weak"]["overall"]
                print(f"  {key}: {scores[key]['overall']} (weak {weak})")
        if len(runs) > 1:
            first_run = runs[0]
            print("\nanswers of the tuning half that moved:")
            for key in sorted(set(first_run) & set(scores)):
                if half(key.split("|", 1)[0]) != "tune":
                    continue
                a, b = first_run[key]["overall"], scores[key]["overall"]
                if a != b:
                    print(f"  {key}: {a} -> {b}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="score every file and write the scores here")
    parser.add_argument("--extra", nargs="*", default=[], help="outside content sets")
    parser.add_argument("--half", choices=("tune", "held"), help="only this half's files")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--report", nargs="+", type=Path, metavar="SCORES")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    if args.report:
        report(args.report, args.verbose)
        return 0
    if not args.out:
        parser.error("give --out FILE or --report FILE [FILE]")
    chosen = [f for f in files(args.extra) if not args.half or half(Path(f).name) == args.half]
    from score_every_set import score_files

    scores = score_files(chosen, args.jobs)
    args.out.write_text(json.dumps(scores, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(scores)} answers scored -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
