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

Round 39 (wrong39), what an answer says ABOUT a key point's term, word-level and from the
pack's own fields (asserted clauses only: none in a sentence that rejects a claim, none with a
negation or a hedge):

* ``unbacked_points``: the key points every mention of which (a sentence holding all the content
  words of one of the point's wordings) says, beyond the wording and the prompt, UNBACKED_WORDS
  or more content words and none that the point's label, its wordings, or the model-answer
  sentences and corrections naming it say; their number.
* ``misconception_words``: clauses holding the words of a misconception wording that the
  accepted view (model answer, key points' labels and wordings) never says, two or more, with
  one more of its words; their number.
* ``turned_direction``: clauses where a direction word (the opposite-pairs table of
  opposite_pairs.py with first/last, maximum/minimum, above/below, positive/negative) stands
  next to a rubric term (stop words aside) that the accepted view puts only next to the
  opposite word, and the answer never says it that way; their number.
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
from simulator.core.scoring.opposite_pairs import OPPOSITE_PAIRS, side_map  # noqa: E402
from simulator.core.scoring.relation_facts import _NOT_ASSERTED, _clauses  # noqa: E402
from simulator.core.scoring.relation_facts import _REJECTING as _REPORTING  # noqa: E402
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


UNBACKED_WORDS = 2  # content words a mention says beyond its wording, for ``unbacked_points``
# Direction words beyond opposite_pairs.py's table: which end, which extreme, which side.
_MORE_DIRECTIONS = (
    ("first earliest", "last final latest"),
    ("maximum max largest highest biggest most", "minimum min smallest lowest least"),
    ("above", "below"),
    ("positive", "negative"),
)
_DIRECTION = side_map(OPPOSITE_PAIRS + _MORE_DIRECTIONS)


def _asserted(sentences: list[str]) -> list[list[str]]:
    """Clauses that assert what they say (relation_facts.py's reading)."""
    return [
        ws
        for s in sentences
        if not {w.lower() for w in words(s)} & _REPORTING
        for ws in _clauses(s)
        if not {w.lower() for w in ws} & _NOT_ASSERTED
    ]


def _wording_words(rubric: Rubric, k: int) -> list[set[str]]:
    return [w for w in (_stems(p) for p in rubric.question.key_points[k].phrases) if w]


def _backing(rubric: Rubric, k: int) -> set[str]:
    """What the accepted view says about key point ``k``: its label and wordings, and the model
    answer sentences and corrections that say one of its wordings whole."""
    kp = rubric.question.key_points[k]
    wordings = _wording_words(rubric, k)
    said = _stems(kp.label).union(*wordings)
    texts = [*rubric.model_sentences, *(m.correction for m in rubric.question.misconceptions)]
    for text in texts:
        stems = _stems(text)
        if any(w <= stems for w in wordings):
            said |= stems
    return said


def unbacked_points(rubric: Rubric, sentences: list[str]) -> float:
    prompt = _stems(rubric.question.prompt)
    clauses = [_stems(" ".join(ws)) for ws in _asserted(sentences)]
    count = 0
    for k in range(len(rubric.question.key_points)):
        wordings = _wording_words(rubric, k)
        rests = [
            c - set().union(*(w for w in wordings if w <= c)) - prompt - _GENERIC
            for c in clauses
            if any(w <= c for w in wordings)
        ]
        backing = _backing(rubric, k)
        if rests and all(len(r) >= UNBACKED_WORDS and not r & backing for r in rests):
            count += 1
    return float(count)


def _misconception_words(rubric: Rubric) -> list[tuple[set[str], set[str]]]:
    """Per misconception wording: its words the accepted view never says, and its others."""
    question = rubric.question
    accepted = _stems(question.model_answer).union(
        *(_stems(" ".join((kp.label, *kp.phrases))) for kp in question.key_points)
    )
    out = []
    for m in question.misconceptions:
        for phrase in m.phrases:
            said = _stems(phrase) - _GENERIC - _stems(question.prompt)
            own = said - accepted
            if len(own) >= 2:
                out.append((own, said - own))
    return out


def misconception_words(rubric: Rubric, sentences: list[str]) -> float:
    wordings = _misconception_words(rubric)
    count = 0
    for ws in _asserted(sentences):
        stems = _stems(" ".join(ws))
        count += any(own <= stems and others & stems for own, others in wordings)
    return float(count)


def _directed(ws: list[str], terms: set[str]) -> set[tuple[str, int, int, str]]:
    """(order, pair, side, term) for each direction word right before or after a rubric term,
    stop words aside."""
    seq: list[tuple[int, int] | str] = []
    for w in ws:
        side = _DIRECTION.get(stem(w))
        if side is not None:
            seq.append(side)
        elif w not in STOPWORDS and len(w) > 2 and not w.isdigit():
            seq.append(stem(w))
    out = set()
    for a, b in itertools.pairwise(seq):
        if isinstance(a, tuple) and isinstance(b, str) and b in terms:
            out.add(("before", a[0], a[1], b))
        elif isinstance(a, str) and isinstance(b, tuple) and a in terms:
            out.add(("after", b[0], b[1], a))
    return out


def turned_direction(rubric: Rubric, sentences: list[str]) -> float:
    question = rubric.question
    texts = [
        question.model_answer,
        *(t for kp in question.key_points for t in (kp.label, *kp.phrases)),
        *(m.correction for m in question.misconceptions),
    ]
    terms = set().union(*(_stems(t) for t in texts)) - _GENERIC
    accepted = {d for t in texts for ws in _clauses(t) for d in _directed(ws, terms)}
    said = {d for s in sentences for ws in _clauses(s) for d in _directed(ws, terms)}
    count = 0
    for ws in _asserted(sentences):
        for order, pair, side, term in _directed(ws, terms):
            turned = (order, pair, 1 - side, term)
            if turned in accepted and (order, pair, side, term) not in accepted:
                count += turned not in said
    return float(count)


SIGNALS: dict[str, Callable[[Rubric, list[str]], float]] = {
    "lean": lean,
    "far": far,
    "novel_pairs": novel_pairs,
    "borrowed": borrowed,
    "unsupported": unsupported,
    "unbacked_points": unbacked_points,
    "misconception_words": misconception_words,
    "turned_direction": turned_direction,
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
        # how many of each read the signal at all (any value above zero)
        cells.append(f"above 0: {int((correct > 0).sum())} correct, {int((wrong > 0).sum())} wrong")
        print(f"{name:12s} " + " | ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
