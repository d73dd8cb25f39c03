"""Benchmark: what tells a correct answer charged by mistake from a verbose-wrong one charged
rightly, at the level of the whole answer (issue 9, cost70).

One charge costs a long correct answer most of its score (content.py: a misconception x0.50 - 15,
a contradicted weight-3 key point x0.25 - 22.5, after credence's x(1 - 2 x the share of its
sentences caught)). A rule that makes one charge cost less in an otherwise well-explained answer
must not free the verbose-wrong answers the same charge rightly sinks. This scores every answer
of the content sets in ``tests/core/scoring`` (with every test pack), keeps the charged ones (a
misconception or a contradicted key point) of the correct kinds (strong, partial, weak,
paraphrase, correct_*, warnings) and the verbose-wrong ones (``long_wrong*``), and prints, per
group, what a cost rule could read:

* ``share``: the share of the answer's sentences caught asserting a wrong claim;
* ``coverage``: the share of key-point weight its uncaught sentences earn;
* ``told``: the key points its uncaught sentences tell apart from the question's others as the
  model answer does (point_margins.py), and ``leaning``: how much nearer one of the rubric's
  wrong claims its most leaning sentence comes than the model answer does (meaning.py);
* ``sentences``, ``words``, ``charges`` and where the charge lands (misconception,
  contradicted key point, both);

then the share x coverage table and how many answers of each group are "well explained" (one
charge in one sentence, ``told`` >= 2, ``leaning`` <= 0), with the number of sets they come from.
Aggregates only: it can be run on a set no one may read (``--set``).

    .venv/bin/python benchmarks/charge_split.py [--glob PATTERN] [--set PATH ...] [--jobs N]

Round 70 (cost70), main ebf512e7, every content set (246 files, 11,502 answers): 48 charged
correct answers (38 sets), 1,560 charged verbose-wrong (167 sets). Share caught: correct median
0.25, verbose-wrong 0.40; but with a quarter of the sentences caught or less and half the weight or
more earned by the others lie 20 correct answers and 117 verbose-wrong ones (wrong in new words,
in the rubric's terms): share and coverage do not separate them. Told >= 2 with leaning <= 0
does better: 14 correct answers (13 sets by different writers) and 13 verbose-wrong ones.
Tried, over every set's scores recomputed from the combination's inputs: such an answer's one
charge costing its points only (no factor), level order +11 pairs, weak > verbose-wrong -3,
partial > verbose-wrong and paraphrase > partial unchanged; with CAUGHT_STANDS_FOR 3 elsewhere
(a third of a wrong answer's sentences caught at the median), level +7, weak > verbose-wrong +5.
Neither moved a check figure of round 70 (k70correct, k70wrong; claims70 for the first): not kept.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import score_every_set as every  # noqa: E402

CORRECT = ("strong", "partial", "weak", "paraphrase", "correct_", "warning")
SHARE_BINS = (0.0, 0.15, 0.2, 0.26, 0.34, 0.5)
COVERAGE_BINS = (0.0, 0.2, 0.35, 0.5, 0.65)
WELL_TOLD = 2


def _group(kind: str) -> str | None:
    if kind.startswith("long_wrong"):
        return "verbose-wrong"
    return "correct" if kind.startswith(CORRECT) else None


def score_file(path: str) -> dict[str, dict[str, Any]]:
    """Each charged answer of one file: key -> its answer-level features."""
    from simulator.core.scoring import content, score_answer
    from simulator.core.scoring.bank_rivals import Rivals
    from simulator.core.transcript import Transcript

    seen: dict[str, Any] = {}
    real_credence, real_points = content.credence, content.score_key_points

    def credence(caught: int, sentences: int) -> float:
        seen["caught"], seen["sentences"] = caught, sentences
        return real_credence(caught, sentences)

    def key_points(*args: Any) -> Any:
        out = real_points(*args)
        whole = args[6] if len(args) > 6 else None
        seen["reading"] = whole[0] if whole else None
        return out

    content.credence, content.score_key_points = credence, key_points
    bank = every._load_bank()
    rivals = Rivals.of_bank(bank)
    items = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    out: dict[str, dict[str, Any]] = {}
    for n, item in enumerate(items):
        if not isinstance(item, dict) or item.get("question") not in bank.questions:
            continue
        if "sentences" in item:
            continue
        question = bank.get(item["question"])
        answers = [(k, v) for k, v in item.items() if isinstance(v, str) and k != "question"]
        answers += [(f"warning{i}", w) for i, w in enumerate(item.get("warnings") or [])]
        for kind, text in answers:
            group = _group(kind)
            if group is None:
                continue
            seen.clear()
            score = score_answer(question, Transcript(text), rivals)
            mis = len(score.misconceptions)
            opp = sum(1 for k in score.key_points if k.contradiction)
            if not (mis or opp) or "sentences" not in seen:
                continue
            total = sum(k.weight for k in score.key_points) or 1.0
            reading = seen.get("reading")
            out[f"{Path(path).name}|{item['question']}#{n}|{kind}"] = {
                "group": group,
                "share": seen["caught"] / max(1, seen["sentences"]),
                "caught": seen["caught"],
                "sentences": seen["sentences"],
                "words": len(text.split()),
                "coverage": sum(k.weight * k.credit for k in score.key_points) / total,
                "charges": mis + opp,
                "lands": "both" if mis and opp else ("misconception" if mis else "contradiction"),
                "told": len({k for k, _, _ in reading.told}) if reading else 0,
                "leaning": reading.leaning if reading else -1.0,
            }
    return out


def _quantiles(values: list[float]) -> str:
    xs = sorted(values)
    if not xs:
        return "-"
    at = [xs[min(len(xs) - 1, int(q * len(xs)))] for q in (0.1, 0.25, 0.5, 0.75, 0.9)]
    return "q10 {:.2f}  q25 {:.2f}  median {:.2f}  q75 {:.2f}  q90 {:.2f}".format(*at)


def _bin(value: float, edges: tuple[float, ...]) -> int:
    return max(i for i, edge in enumerate(edges) if value >= edge)


def report(rows: dict[str, dict[str, Any]]) -> None:
    for group in ("correct", "verbose-wrong"):
        mine = {k: r for k, r in rows.items() if r["group"] == group}
        sets = {k.split("|")[0] for k in mine}
        print(f"{group}: {len(mine)} charged answers in {len(sets)} sets")
        for feature in ("share", "coverage", "told", "leaning", "sentences", "words", "charges"):
            print(f"  {feature:10s} {_quantiles([float(r[feature]) for r in mine.values()])}")
        lands = collections.Counter(r["lands"] for r in mine.values())
        print("  lands on   " + ", ".join(f"{k} {n}" for k, n in lands.most_common()))
        table = collections.Counter(
            (_bin(r["share"], SHARE_BINS), _bin(r["coverage"], COVERAGE_BINS))
            for r in mine.values()
        )
        print("  share \\ coverage " + "".join(f"{c:>7}" for c in COVERAGE_BINS))
        for i, edge in enumerate(SHARE_BINS):
            cells = "".join(f"{table[i, j]:>7}" for j in range(len(COVERAGE_BINS)))
            print(f"  {edge:>16} {cells}")
        well = [
            k
            for k, r in mine.items()
            if r["charges"] == 1
            and r["caught"] <= 1
            and r["told"] >= WELL_TOLD
            and r["leaning"] <= 0.0
        ]
        print(
            f"  well explained (one charge in one sentence, told >= {WELL_TOLD}, leaning <= 0):"
            f" {len(well)} in {len({k.split('|')[0] for k in well})} sets"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--glob", default="*", help="only the repository sets matching this")
    parser.add_argument("--set", nargs="+", type=Path, help="these answer files instead")
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    if args.set:
        paths = [str(p.resolve()) for p in args.set]
    else:
        paths = [
            str(p)
            for p in sorted(every.SETS.glob(f"{args.glob}.yaml"))
            if not p.name.endswith("_star.yaml")
        ]
    report(every.score_files(paths, args.jobs, score_file))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
