"""Benchmark: precision of "contradicts a key point" (issue 9, round 22, contra22).

``--set FILE`` scores an answer set and prints, for the correct kinds (strong, partial,
paraphrase, weak, warnings), the answers charged a contradicted key point, and for the wrong
kinds (long_wrong, long_wrong_2) the answers caught (a contradiction or a misconception).

Without ``--set`` it probes the whole bank (see ``probe``) and prints false charges and catches.

    .venv/bin/python benchmarks/contradiction_probe.py --set PATH [-v]
    .venv/bin/python benchmarks/contradiction_probe.py [-v]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from simulator.core.questions import QuestionBank, load_packs  # noqa: E402
from simulator.core.scoring import score_answer  # noqa: E402
from simulator.core.transcript import Transcript  # noqa: E402

CORRECT = ("strong", "partial", "paraphrase", "weak")
WRONG = ("long_wrong", "long_wrong_2")


def _flags(bank: QuestionBank, qid: str, text: str) -> tuple[list[str], list[str], int]:
    s = score_answer(bank.get(qid), Transcript(text))
    contra = [f"{k.id}: {k.contradiction}" for k in s.key_points if k.contradiction]
    return contra, [m.phrase for m in s.misconceptions], s.overall


def answer_set(bank: QuestionBank, path: Path, verbose: bool) -> None:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    charged = total = caught = wrong = 0
    scores: dict[str, list[int]] = {}
    for item in items:
        qid = item["question"]
        answers = [(k, item[k]) for k in (*CORRECT, *WRONG) if k in item]
        answers += [(f"warning {n}", w) for n, w in enumerate(item.get("warnings", []))]
        for kind, text in answers:
            contra, mis, overall = _flags(bank, qid, text)
            scores.setdefault(kind.split(" ")[0], []).append(overall)
            if kind in WRONG:
                wrong += 1
                caught += bool(contra or mis)
                if verbose and not (contra or mis):
                    print(f"  escaped  {qid} {kind} ({overall})")
                elif verbose:
                    print(f"  caught   {qid} {kind} ({overall}): {contra}")
            else:
                total += 1
                charged += bool(contra)
                if contra:
                    print(f"  CHARGED  {qid} {kind} ({overall}): {contra}")
    print(
        f"{path.name}: correct answers charged a contradiction {charged}/{total}; "
        f"wrong answers caught {caught}/{wrong}"
    )
    for kind, vals in scores.items():
        print(f"  mean {kind:12s} {sum(vals) / len(vals):5.1f}")


# --- the bank-wide probe -------------------------------------------------------------------
# Direction words and the word for the other end. An accepted sentence with exactly two of
# them relates two quantities ("a large C ... a narrower margin"): turning both over says the
# other end, still true ("a small C ... a wider margin"); turning one over reverses the
# relation, a wrong claim.
_FLIP = {}
for _a, _b in (
    ("increase", "decrease"),
    ("increases", "decreases"),
    ("increasing", "decreasing"),
    ("increased", "decreased"),
    ("raises", "lowers"),
    ("rise", "fall"),
    ("rises", "falls"),
    ("rising", "falling"),
    ("grow", "shrink"),
    ("grows", "shrinks"),
    ("growing", "shrinking"),
    ("higher", "lower"),
    ("larger", "smaller"),
    ("bigger", "smaller"),
    ("greater", "smaller"),
    ("more", "fewer"),
    ("high", "low"),
    ("large", "small"),
    ("big", "small"),
    ("wider", "narrower"),
    ("wide", "narrow"),
    ("faster", "slower"),
    ("smoother", "noisier"),
    ("stronger", "weaker"),
    ("easier", "harder"),
    ("reduces", "increases"),
    ("reduce", "increase"),
    ("reducing", "increasing"),
    ("reduced", "increased"),
    ("longer", "shorter"),
    ("lots", "few"),
):
    _FLIP.setdefault(_a, _b)
    _FLIP.setdefault(_b, _a)
_WORD = __import__("re").compile(r"[A-Za-z]+")


def _flippable(sentence: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group())
        for m in _WORD.finditer(sentence)
        if m.group().lower() in _FLIP
    ]


def _flip(sentence: str, which: list[tuple[int, int, str]]) -> str:
    out = sentence
    for start, end, w in sorted(which, reverse=True):
        new = _FLIP[w.lower()]
        if w.lower() == "lower" and out[end : end + 5] in (" the ", " a ", " it "):
            new = "raise"
        new = new.capitalize() if w[0].isupper() else new
        out = out[:start] + new + out[end:]
    return out


def _sentences(text: str) -> list[str]:
    parts = __import__("re").split(r"(?<=[.!?;])\s+", text.strip())
    return [p.strip() for p in parts if len(p.split()) >= 5]


def probe_statements(bank: QuestionBank) -> list[tuple[str, str, str, str]]:
    """(question id, kind, source sentence, statement): kind "other end", "both ends" (correct)
    or "reversed" (wrong)."""
    out = []
    for q in bank.questions.values():
        if q.category.value == "behavioral":
            continue
        sources = _sentences(q.model_answer) + [kp.label for kp in q.key_points]
        for s in dict.fromkeys(sources):
            s = s.rstrip(";")
            flips = _flippable(s)
            if len(flips) == 2:
                other = _flip(s, flips)
                out.append((q.id, "reversed", s, _flip(s, flips[:1])))
                out.append((q.id, "reversed", s, _flip(s, flips[1:])))
                out.append((q.id, "other end", s, other))
                both = s.rstrip(".") + ", and conversely " + other[0].lower() + other[1:]
                out.append((q.id, "both ends", s, both))
            elif len(flips) == 1:
                out.append((q.id, "reversed", s, _flip(s, flips)))
        for kp in q.key_points:
            for claim in getattr(kp, "contradicted_by", ()) or ():
                out.append((q.id, "rubric claim", kp.id, claim[0].upper() + claim[1:] + "."))
    return out


def probe(bank: QuestionBank, verbose: bool, limit: int | None) -> None:
    statements = probe_statements(bank)
    if limit:
        statements = statements[:: max(1, len(statements) // limit)]
    tally: dict[str, list[int]] = {}
    for qid, kind, _source, text in statements:
        contra, mis, _overall = _flags(bank, qid, text)
        hit = bool(contra) if kind in ("other end", "both ends") else bool(contra or mis)
        tally.setdefault(kind, [0, 0])
        tally[kind][0] += hit
        tally[kind][1] += 1
        if verbose and hit and kind in ("other end", "both ends"):
            print(f"  CHARGED {kind} {qid}: {text}\n      {contra}")
    for kind, (hit, n) in tally.items():
        what = "charged a contradiction" if kind in ("other end", "both ends") else "caught"
        print(f"  {kind:12s} {what}: {hit}/{n}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", nargs="*", default=[])
    parser.add_argument("-v", action="store_true")
    parser.add_argument("--limit", type=int, default=None, help="probe every n-th statement")
    args = parser.parse_args()
    bank = load_packs([REPO / "questions"])
    for name in args.set:
        answer_set(bank, Path(name), args.v)
    if not args.set:
        probe(bank, args.v, args.limit)


if __name__ == "__main__":
    main()
