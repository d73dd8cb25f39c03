"""STAR labels per kind of sentence (issue 9, star32).

A STAR answer set may name its hard sentences by index (``kinds: {0: opener, 3: owned_task}``):
openers, closers (meta remarks), lessons (reflections with no outcome), passive actions, actions
phrased as nouns, background numbers, outcomes with no cue word, "we" sentences, "I owned X, so I
had to" tasks. This prints how many of each kind the labeller gets right, and every miss with -v.

    python benchmarks/star_kinds.py tests/core/scoring/heldout_star32_star.yaml -v
    python benchmarks/star_kinds.py SET.yaml --pack tests/core/scoring/packs/star32held
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring_quality import REPO, _labels_per_sentence, _score  # noqa: E402

from simulator.core.questions import load_packs  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--pack", nargs="+", type=Path, default=[])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    bank = load_packs([REPO / "questions", *args.pack])
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: list[str] = []
    for path in args.sets:
        for story in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if story["question"] not in bank.questions:
                continue
            text = " ".join(s for _, s in story["sentences"])
            star = _score(bank, story["question"], text).star
            assert star is not None
            got = _labels_per_sentence(story["sentences"], star.segments)
            kinds = story.get("kinds") or {}
            for n, (label, sentence) in enumerate(story["sentences"]):
                kind = kinds.get(n, "plain")
                mine = got[n] if got else "split"
                for key in (kind, "all"):
                    total[key] += 1
                    right[key] += mine == label
                if mine != label:
                    misses.append(f"{story['id']} [{kind}] {label} labelled {mine}: {sentence}")
    for kind in sorted(total, key=lambda k: (k == "all", k)):
        print(f"{kind:20s} {right[kind]:3d}/{total[kind]:<3d} {right[kind] / total[kind]:6.1%}")
    if args.verbose:
        for miss in misses:
            print("  - " + miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
