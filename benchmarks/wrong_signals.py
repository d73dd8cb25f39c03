"""Benchmark: does an answer-level signal tell a confidently wrong answer from a correct one?
(issue 9, round 37, wrong37)

Scores every answer of the content sets (with every question pack), keeps the correct kinds
(strong, partial, paraphrase, weak, warnings) and the verbose-wrong answers that no wrong-claim
check charges ("uncaught"), and reads candidate signals, each built from the pack's own fields
only (model answer, key points, misconceptions, contradicted_by), so that it would work on any
outside pack. A signal can charge an answer only above the highest value a correct answer
reaches; the table gives, for k = 0, 5, 20 correct answers allowed above it, the threshold and
how many uncaught wrong answers lie above it.

    .venv/bin/python benchmarks/wrong_signals.py [--set PATH ...] [--pack DIR ...] [--exclude NAME ...]

Signals (the meaning ones use the app's sentence model, meaning.py, with the question's topic
taken out as it does):

* ``lean``: per answer sentence not in a warning or a denial, how much closer it comes to one of
  the rubric's wrong claims (misconception phrases, contradicted_by) than to the model answer's
  closest run of words; the answer's highest.
* ``far``: per sentence that says three or more of the rubric's words (beyond the prompt's),
  how far it stays from every run of the model answer; the answer's farthest.
* ``novel_pairs``: the share of pairs of rubric words said in one answer sentence that no
  sentence of the accepted view (model answer, a key point's label and wordings, a
  misconception's correction) says together.
* ``borrowed``: per definition ("X is / means ..." with a key point's wording in X), how much
  closer the definition's words (rubric wordings taken out) come to a model answer sentence
  naming another key point than to the ones naming X's own; the answer's highest.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from simulator.core.questions import GENERIC_WORDS, Question, load_packs  # noqa: E402
from simulator.core.scoring import meaning  # noqa: E402
from simulator.core.scoring.content import score_content  # noqa: E402
from simulator.core.scoring.stance import NEGATION_WORDS  # noqa: E402
from simulator.core.scoring.text import (  # noqa: E402
    STOPWORDS,
    split_sentences,
    stem,
    tokenize,
    words,
)

SETS = REPO / "tests" / "core" / "scoring"
CORRECT = ("strong", "partial", "paraphrase", "weak")
ALLOWED = (0, 5, 20)  # correct answers allowed above a threshold
RUBRIC_WORDS = 3  # rubric words a sentence says to count for ``far``
# A sentence in a warning or a denial says the wrong claim to reject it: not read by ``lean``.
_REJECTING = frozenset(("myth", "misconception", "mistake", "wrong", "misunderstanding"))
_DEFINITION = re.compile(r"^(.{3,80}?)\b(?:is|are|means|refers to)\b(.{15,})$", re.IGNORECASE)
_OPENING_DEFINITION = re.compile(
    r"^(?:an? |the )?([\w' -]{2,60}?) (?:is|are|means|refers to)\b(.*)$", re.IGNORECASE
)
_GENERIC = frozenset(stem(w) for w in GENERIC_WORDS)


def _stems(text: str) -> set[str]:
    return {stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 2}


def _joined(text: str) -> str:
    return " " + " ".join(words(text)) + " "


class Rubric:
    """One question's fields as vectors and word sets."""

    def __init__(self, question: Question) -> None:
        embedder = meaning.get_embedder()
        assert embedder is not None, "the sentence model (wordllama) is not installed"
        self.question = question
        reference = meaning._reference(question)
        assert reference is not None
        self.reference = reference
        self.model_sentences = split_sentences(question.model_answer)
        units, _ = meaning.windows(self.model_sentences)
        self.model_units = meaning._off_topic(units, reference.topic)
        self.model_vectors = self._vectors(self.model_sentences)
        prompt = _stems(question.prompt)
        wordings = [p for kp in question.key_points for p in kp.phrases]
        self.terms = set().union(*(_stems(p) for p in wordings)) - prompt
        self.vocabulary = (self.terms | _stems(question.model_answer)) - prompt
        accepted = [*self.model_sentences]
        accepted += [" ".join((kp.label, *kp.phrases)) for kp in question.key_points]
        accepted += [m.correction for m in question.misconceptions]
        self.accepted = [_stems(text) - _GENERIC for text in accepted]
        self.together = {
            pair
            for text in accepted
            for pair in itertools.combinations(sorted(_stems(text) & self.vocabulary), 2)
        }
        self.wordings = sorted({p.lower() for p in wordings if len(p) > 3}, key=len, reverse=True)
        self.named = [
            {p for p in self.wordings if _joined(p) in _joined(s)} for s in self.model_sentences
        ]

    def _vectors(self, texts: list[str]) -> np.ndarray:
        embedder = meaning.get_embedder()
        assert embedder is not None
        return meaning._off_topic(embedder.embed(texts), self.reference.topic)

    def sentence_units(self, sentences: list[str]) -> tuple[np.ndarray, np.ndarray]:
        units, owner = meaning.windows(sentences)
        vectors = meaning._off_topic(units, self.reference.topic)
        starts = np.searchsorted(np.asarray(owner), np.arange(len(sentences)))
        return vectors, starts


def lean(rubric: Rubric, sentences: list[str]) -> float:
    said = [
        s for s in sentences if not ({w.lower() for w in words(s)} & (NEGATION_WORDS | _REJECTING))
    ]
    if not said or not len(rubric.reference.wrong):
        return -1.0
    units, starts = rubric.sentence_units(said)
    right = np.maximum.reduceat(meaning._cosines(units, rubric.model_units).max(axis=1), starts)
    wrong = np.maximum.reduceat(meaning._cosines(units, rubric.reference.wrong).max(axis=1), starts)
    return float((wrong - right).max())


def far(rubric: Rubric, sentences: list[str]) -> float:
    heavy = [s for s in sentences if len(_stems(s) & rubric.vocabulary) >= RUBRIC_WORDS]
    if not heavy:
        return -1.0
    units, starts = rubric.sentence_units(heavy)
    near = np.maximum.reduceat(meaning._cosines(units, rubric.model_units).max(axis=1), starts)
    return float(-near.min())


def novel_pairs(rubric: Rubric, sentences: list[str]) -> float:
    novel = total = 0
    for s in sentences:
        pairs = list(itertools.combinations(sorted(_stems(s) & rubric.terms), 2))
        novel += sum(pair not in rubric.together for pair in pairs)
        total += len(pairs)
    return novel / total if total else 0.0


def borrowed(rubric: Rubric, sentences: list[str]) -> float:
    best = -1.0
    for s in sentences:
        found = _DEFINITION.match(s)
        if found is None:
            continue
        subject, definition = found.group(1), _joined(found.group(2))
        own = {p for p in rubric.wordings if _joined(p) in _joined(subject)}
        if not own:
            continue
        for p in rubric.wordings:
            definition = definition.replace(_joined(p), " ")
        if len(definition.split()) < 3:
            continue
        mine = [i for i, n in enumerate(rubric.named) if n & own]
        other = [i for i, n in enumerate(rubric.named) if n and not n & own]
        if not mine or not other:
            continue
        sims = rubric.model_vectors @ rubric._vectors([definition.strip()])[0]
        best = max(best, float(sims[other].max() - sims[mine].max()))
    return best


def unsupported(rubric: Rubric, sentences: list[str]) -> float:
    count = 0
    for s in sentences:
        found = _OPENING_DEFINITION.match(s.strip())
        if found is None or len(words(found.group(1))) > 6:
            continue
        subject = _stems(found.group(1)) - _GENERIC
        naming = [a for a in rubric.accepted if subject and subject <= a]
        definition = _stems(found.group(2)) - _GENERIC - subject
        if naming and len(definition) >= 2 and not definition & set().union(*naming):
            count += 1
    return float(count)


SIGNALS: dict[str, Callable[[Rubric, list[str]], float]] = {
    "lean": lean,
    "far": far,
    "novel_pairs": novel_pairs,
    "borrowed": borrowed,
    "unsupported": unsupported,
}


def answers(path: Path) -> list[tuple[str, str, str]]:
    """(question id, kind, text): kind "correct" or "wrong"."""
    out = []
    for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        qid = item.get("question")
        for key, value in item.items():
            if key in CORRECT and isinstance(value, str):
                out.append((qid, "correct", value))
            elif key.startswith("long_wrong") and isinstance(value, str):
                out.append((qid, "wrong", value))
        for warning in item.get("warnings") or []:
            out.append((qid, "correct", warning))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", type=Path, nargs="*", default=None)
    parser.add_argument("--pack", type=Path, nargs="*", default=None)
    parser.add_argument("--exclude", nargs="*", default=[], help="set file names left out")
    args = parser.parse_args()
    packs = args.pack if args.pack is not None else sorted(p for p in (SETS / "packs").iterdir())
    bank = load_packs([REPO / "questions", *packs])
    paths = args.set or sorted(SETS.glob("*content*.yaml"))
    values: dict[str, dict[str, list[float]]] = {n: {"correct": [], "wrong": []} for n in SIGNALS}
    rubrics: dict[str, Rubric] = {}
    caught = 0
    for path in paths:
        if path.name in args.exclude:
            continue
        for qid, kind, text in answers(path):
            question = bank.questions.get(qid)
            if question is None or question.category.value == "behavioral":
                continue
            if kind == "wrong":
                content = score_content(question, tokenize(text))
                if content.misconceptions or any(k.contradiction for k in content.key_points):
                    caught += 1
                    continue
            rubric = rubrics.get(qid) or rubrics.setdefault(qid, Rubric(question))
            sentences = split_sentences(text)
            if not sentences:
                continue
            for name, signal in SIGNALS.items():
                values[name][kind].append(signal(rubric, sentences))
    first: dict[str, Any] = values["lean"]
    print(
        f"{len(first['correct'])} correct answers, {len(first['wrong'])} uncaught verbose-wrong "
        f"answers ({caught} caught, not read)"
    )
    for name, kinds in values.items():
        correct = np.sort(np.asarray(kinds["correct"]))
        wrong = np.asarray(kinds["wrong"])
        cells = []
        for k in ALLOWED:
            threshold = correct[-k - 1] if k < len(correct) else -np.inf
            cells.append(
                f"{k} correct above {threshold:.3f}: {int((wrong > threshold).sum())} wrong"
            )
        print(f"{name:12s} " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
