"""Benchmark: one sentence added to a correct answer: is it charged? (issue 9, round 69)

A probe set lists, per shipped question, sentences a strong candidate might add to a correct
answer (``correct``) and, for some questions, one false sentence (``wrong``). Each is appended
to the question's own model answer and scored: a true sentence should not be charged (no
misconception, no contradicted key point), a false one should be. It measures what no answer set
can isolate: how often one true sentence costs a correct answer its score.

    .venv/bin/python benchmarks/claim_probe.py [FILE ...] [-v]

Without FILE it reads every set in benchmarks/probe_sets/. ``-v`` lists each charged true
sentence and each false one with its verdict (only on sets you may read).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from simulator.core.questions import Question, load_packs  # noqa: E402
from simulator.core.scoring import score_answer  # noqa: E402
from simulator.core.scoring.bank_rivals import Rivals  # noqa: E402
from simulator.core.transcript import Transcript  # noqa: E402

PROBE_SETS = Path(__file__).resolve().parent / "probe_sets"


def _charged(question: Question, rivals: Rivals, base: int, sentence: str) -> tuple[bool, int]:
    """Whether the model answer plus ``sentence`` is charged, and the points it loses."""
    s = score_answer(question, Transcript(f"{question.model_answer} {sentence}"), rivals)
    charged = bool(s.misconceptions or [k for k in s.key_points if k.contradiction])
    return charged, base - s.overall


def probe(path: Path, verbose: bool) -> str:
    bank = load_packs([REPO / "questions"])
    rivals = Rivals.of_bank(bank)
    true_n = true_charged = false_n = false_charged = big_drops = 0
    for item in yaml.safe_load(path.read_text(encoding="utf-8")):
        question = bank.get(item["question"])
        base = score_answer(question, Transcript(question.model_answer), rivals).overall
        for sentence in item["correct"]:
            charged, drop = _charged(question, rivals, base, sentence)
            true_n += 1
            true_charged += charged
            big_drops += drop > 10
            if charged and verbose:
                print(f"  TRUE CHARGED {item['question']} -{drop}: {sentence}")
        if "wrong" in item:
            charged, drop = _charged(question, rivals, base, item["wrong"])
            false_n += 1
            false_charged += charged
            if verbose:
                verdict = "charged" if charged else "free"
                print(f"  false {verdict} {item['question']} -{drop}: {item['wrong']}")
    return (
        f"{path.name}: true sentences charged {true_charged}/{true_n}, "
        f"false sentences charged {false_charged}/{false_n}, "
        f"true sentences costing over 10 points {big_drops}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    for path in args.files or sorted(PROBE_SETS.glob("*.yaml")):
        print(probe(path, args.verbose))


if __name__ == "__main__":
    main()
