"""Does an answer restate a model-answer sentence with its stance turned over? (issue 9, para40)

meaning_credit.restated_points lets a point reached only through the model answer's sentences
that explain it count in the whole-explanation reading when the answer says it in a sentence of
its own. That gate reads structure, not stance: an answer that restates the model answer one
sentence to one sentence with wrong predicates passes it (para39: with the rubric's wrong claims
removed, a survival-analysis answer saying "dropping them does not bias anything" where the model
answer says "dropping censored records biases the estimate" rose 51 -> 96).

Here each answer sentence is paired with the model-answer sentence it shares the most content
words with (at least ``MIN_SHARED``: a sentence sharing two words with the model answer says
something else) and read against it for what a restatement must keep:

* no denial of what the model sentence asserts: a negation at most ``NEGATION_REACH`` words
  before a content word the model sentence shares with it, when the model sentence has no
  negation at all ("does not bias" against "biases"; a model sentence that says "neither ...
  nor" or "not" itself is not read, its own denials are not the answer's);
* no direction the model sentence turns the other way (opposite_pairs.py: the answer says
  "lower" and not "higher" where the model sentence says "higher" and not "lower").

Measured on dev (every content set with every pack, rubrics' wrong claims removed, 5141
answers; ``turned_sentences`` of the whole answer, MIN_SHARED 4, NEGATION_REACH 2): among the
answers whose full reading depends on the restated points, 0 of 22 paraphrases and the
survival-censoring verbose-wrong answer; over every answer, verbose-wrong 175 of 893 (20 %),
paraphrases 31 of 674 (5 %), strong 157 of 1084 (14 %): a signal for withholding a structural
credit, not a charge.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from simulator.core.scoring.opposite_pairs import OPPOSITE_PAIRS
from simulator.core.scoring.text import STOPWORDS, Tokens, tokenize, word_set

MIN_SHARED = 4  # content stems an answer sentence shares with the model sentence it restates
NEGATION_REACH = 2  # words after a negation that it denies ("does not bias", "never really uses")
_NEGATIONS = word_set("not no never nor neither cannot without nothing none")
# "more" / "less" modify another word, which a paraphrase often turns over with them ("its
# scores move around much less" for "more stable validation accuracy"): not read as a direction.
_MODIFIERS = frozenset(("more", "less", "fewer"))
_SIDES: dict[str, tuple[int, int]] = {
    w: (p, side)
    for p, pair in enumerate(OPPOSITE_PAIRS)
    for side, forms in enumerate(pair)
    for w in forms.split()
    if w not in _MODIFIERS
}

# ... every pair a word is in ("lower" turns "raise" as well as "higher"): the own-words check
# reads these; ``_SIDES`` keeps one pair a word (para40's reading, unchanged)
_EVERY_SIDE: dict[str, frozenset[tuple[int, int]]] = {}
for _p, _pair in enumerate(OPPOSITE_PAIRS):
    for _side, _forms in enumerate(_pair):
        for _w in _forms.split():
            if _w not in _MODIFIERS:
                _EVERY_SIDE[_w] = _EVERY_SIDE.get(_w, frozenset()) | {(_p, _side)}


@dataclass(frozen=True)
class _Said:
    """What one sentence says, for pairing and comparing."""

    stems: frozenset[str]  # content stems
    denied: frozenset[str]  # content stems a negation just before denies
    negates: bool  # the sentence holds a negation anywhere
    directions: frozenset[tuple[int, int]]  # (opposite pair, side) of its direction words
    every_direction: frozenset[tuple[int, int]] = frozenset()  # ... every pair of each word


def _read(tokens: Tokens, first: int, last: int) -> _Said:
    ws, stems = tokens.words, tokens.stems
    negations = [i for i in range(first, last) if ws[i] in _NEGATIONS]
    near = {j for i in negations for j in range(i + 1, min(last, i + 1 + NEGATION_REACH))}
    content = [i for i in range(first, last) if ws[i] not in STOPWORDS and len(ws[i]) > 2]
    return _Said(
        frozenset(stems[i] for i in content),
        frozenset(stems[i] for i in content if i in near),
        bool(negations),
        frozenset(_SIDES[ws[i]] for i in range(first, last) if ws[i] in _SIDES),
        frozenset(d for i in range(first, last) for d in _EVERY_SIDE.get(ws[i], ())),
    )


@lru_cache(maxsize=256)
def _model_sentences(model_answer: str) -> tuple[_Said, ...]:
    tokens = tokenize(model_answer)
    return tuple(_read(tokens, s.first_word, s.last_word) for s in tokens.sentences)


def turned_sentences(model_answer: str, tokens: Tokens, excluded: set[int]) -> list[int]:
    """The answer's sentences (not ``excluded``) that restate a model-answer sentence with its
    stance turned over: a word of it denied, or a direction turned the other way."""
    model = _model_sentences(model_answer)
    if not model:
        return []
    out = []
    for s in tokens.sentences:
        if s.index in excluded:
            continue
        said = _read(tokens, s.first_word, s.last_word)
        restated = max(model, key=lambda m: len(said.stems & m.stems))
        shared = said.stems & restated.stems
        if len(shared) >= MIN_SHARED and _turned(said, restated, shared):
            out.append(s.index)
    return out


# An own-words point pays only when the answer's sentence that reaches it keeps the stance of
# the model answer's sentences that explain it (round 42, wrong42): a blind verbose-wrong case
# answer in plain words rose to 58, above its partial (39), through points its sentences came
# near while saying their direction or polarity the other way. Read only with this many content
# stems in common (everyday words share few with the model answer, and a sentence sharing none
# says something else).
AGREE_SHARED = 2


@lru_cache(maxsize=256)
def _explaining(model_answer: str, point: tuple[str, ...], n: int) -> tuple[_Said, ...]:
    """The ``n`` model-answer sentences that share most of a key point's words, each word
    counted 1 / the number of sentences that say it (meaning._explaining's ranking, without
    its tie-break by closeness)."""
    said = _model_sentences(model_answer)
    own = _read_text(" ".join(point)).stems
    spread: dict[str, int] = {}
    for s in said:
        for w in s.stems:
            spread[w] = spread.get(w, 0) + 1
    ranked = sorted(
        range(len(said)),
        key=lambda i: -round(sum(1.0 / spread[w] for w in said[i].stems & own), 6),
    )
    return tuple(said[i] for i in ranked[:n])


def _read_text(text: str) -> _Said:
    tokens = tokenize(text)
    return _read(tokens, 0, len(tokens.words))


def _turned(said: _Said, model: _Said, shared: frozenset[str], every: bool = False) -> bool:
    """A word they share denied where the model sentence asserts it, or a direction turned
    (``every``: through any pair a direction word is in, and no denial read: a paraphrase in
    everyday words often says what a thing is by what it is not, "it does not give one code
    for an input but a centre and a spread", and a dev paraphrase lost its reading, 60 -> 2)."""
    denied = not every and not model.negates and bool(said.denied & shared)
    mine, theirs = (
        (said.every_direction, model.every_direction)
        if every
        else (said.directions, model.directions)
    )
    turned = any(
        (pair, 1 - side) in theirs and (pair, side) not in theirs and (pair, 1 - side) not in mine
        for pair, side in mine
    )
    return denied or turned


def keeps_stance(
    model_answer: str, point: tuple[str, ...], tokens: Tokens, sentence: int, n: int = 2
) -> bool:
    """Does the answer's ``sentence`` keep the stance of the model-answer sentences that explain
    ``point`` (its label and phrases): no direction turned the other way?"""
    s = tokens.sentences[sentence]
    said = _read(tokens, s.first_word, s.last_word)
    for model in _explaining(model_answer, point, n):
        shared = said.stems & model.stems
        if len(shared) >= AGREE_SHARED and _turned(said, model, shared, every=True):
            return False
    return True
