"""STAR labels as a confusion matrix, and the STAR report's two story-level figures (issue 9,
star43).

For every hand-labelled STAR set (by default every ``*_star.yaml`` of tests/core/scoring but
those named with --exclude), each story is scored against its own question (the shipped bank
first, else the first pack folder under tests/core/scoring/packs that holds it), and this prints:

* which label each hand label went to (rows: by hand; columns: the labeller; "split" when the
  scorer cut the story so that its pieces do not line up with the sentences),
* "missing part reported": a part a story is written without (``missing:``) is reported missing,
* "told part not called missing": a part a story tells (by hand) is not reported missing.

``--save FILE`` writes every sentence's label (JSON) and ``--against FILE`` lists the sentences
whose label changed since such a run, so that a change shows what it gained and what it lost.

    python benchmarks/star_confusion.py --exclude heldout_star43_star.yaml heldout_star43_pack_star.yaml
    python benchmarks/star_confusion.py --set tests/core/scoring/heldout_star43_star.yaml
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring_quality import (  # noqa: E402
    CAL,
    REPO,
    _labels_per_sentence,
    _own_action_missing,
    _score,
    story_text,
)

from simulator.core.questions import QuestionBank, load_packs  # noqa: E402

PARTS = ("situation", "task", "action", "result", "other")


def banks(skip: set[str]) -> list[QuestionBank]:
    """The shipped bank, then the shipped bank with each pack folder (a story's question is
    looked up in that order: pack folders reuse ids, each is loaded on its own)."""
    out = [load_packs([REPO / "questions"])]
    for folder in sorted((CAL / "packs").iterdir()):
        if folder.is_dir() and folder.name not in skip:
            out.append(load_packs([REPO / "questions", folder]))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", nargs="+", type=Path, default=[], help="only these sets")
    parser.add_argument("--exclude", nargs="+", default=[], help="set file names to leave out")
    parser.add_argument("--skip-pack", nargs="+", default=[], help="pack folders to leave out")
    parser.add_argument("--save", type=Path, help="write every sentence's label here (JSON)")
    parser.add_argument("--against", type=Path, help="list the labels changed since this file")
    args = parser.parse_args()
    paths = args.set or sorted(p for p in CAL.glob("*_star.yaml") if p.name not in args.exclude)
    loaded = banks(set(args.skip_pack))
    matrix: Counter[tuple[str, str]] = Counter()
    reported = [0, 0]
    not_called = [0, 0]
    labels: dict[str, list[str]] = {}
    for path in paths:
        for story in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            bank = next((b for b in loaded if story["question"] in b.questions), None)
            if bank is None:
                continue
            text = story_text(story)
            star = _score(bank, story["question"], text).star
            assert star is not None
            got = _labels_per_sentence(story["sentences"], star.segments)
            for n, (label, sentence) in enumerate(story["sentences"]):
                mine = got[n] if got else "split"
                matrix[label, mine] += 1
                labels[f"{path.name}#{story['id']}#{n}"] = [label, mine, sentence]
            for part in story.get("missing", []):
                reported[0] += part in star.missing
                reported[1] += 1
            told = {label for label, _ in story["sentences"]} - {"other"}
            told -= set(story.get("missing", [])) | _own_action_missing(story)
            for part in told:
                not_called[0] += part not in star.missing
                not_called[1] += 1
    columns = [*PARTS, *sorted({m for _, m in matrix} - set(PARTS))]
    print(f"{len(paths)} sets; rows: by hand, columns: the labeller")
    print(f"{'':10s}" + "".join(f"{c:>10s}" for c in columns) + f"{'right':>14s}")
    right = total = 0
    for row in PARTS:
        cells = [matrix[row, c] for c in columns]
        n = sum(cells)
        right += matrix[row, row]
        total += n
        share = f"{matrix[row, row]}/{n}" if n else "-"
        print(f"{row:10s}" + "".join(f"{c:10d}" for c in cells) + f"{share:>14s}")
    print(f"STAR sentences right          {right}/{total} {right / max(1, total):.1%}")
    print(f"STAR missing part reported    {reported[0]}/{reported[1]}")
    print(f"told part not called missing  {not_called[0]}/{not_called[1]}")
    if args.save:
        args.save.write_text(json.dumps(labels, indent=0, sort_keys=True), encoding="utf-8")
    if args.against:
        before: dict[str, Any] = json.loads(args.against.read_text(encoding="utf-8"))
        for key, (label, mine, sentence) in labels.items():
            was = before.get(key, [label, "", sentence])[1]
            if was != mine:
                mark = "gained" if mine == label else "lost" if was == label else "moved"
                print(f"  {mark} {key} ({label}): {was} -> {mine}: {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
