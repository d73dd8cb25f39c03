"""Swapped definitions: one of a compared pair described with what the rubric says of the other.

"Skip-gram averages the surrounding context words and predicts the center word" uses every word
the rubric uses, but in the order of its CBOW sentence ("the averaged context predicts the
center word"), not of its skip-gram one ("the center word predicts each of its surrounding
words"). Word counts cannot see this, and neither can a swapped subject (contradiction.py),
since both sides' descriptions share most of their words: the order of the words tells them
apart.

The rubric's accepted text (model answer and key-point labels) is cut into parts at ";", "." and
contrast words ("while", "whereas", "but", "unlike"); each part that names exactly one side of a
known pair (pair_sides.py's ``SWAP_PAIRS``: L1/L2, skip-gram/CBOW, LSTM/GRU, data/model
parallelism ...) describes that side. An answer's part that names one side, A, is a swapped
definition when its content words, in order, follow a description of the other side, B, for at
least ``MIN_RUN`` words and most (``SHARE``) of the shorter of the two, and follow every
description of A for at least ``MARGIN`` words fewer.

Charged only as the speaker's own: not negated, hedged, under a condition opening the sentence,
nor inside a warning ("a common confusion is to think skip-gram ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.claim_clauses import WrongClaim
from simulator.core.scoring.pair_sides import (
    SWAP_PAIRS,
    names_side,
    side_text_stems,
    side_token_stems,
    without_side,
)
from simulator.core.scoring.prompt_pairs import Pair, question_pairs, subject_pair
from simulator.core.scoring.stance import NEGATION_WORDS, Stance
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, word_set, words

MIN_RUN = 4  # content words the answer's part says in the other side's order
MARGIN = 2  # ... more than it says in any order of its own side
SHARE = 0.6  # ... and that run is most of the shorter of the part and the description
# Words only its own side's descriptions say, that a part says: a part with this many describes
# its own side, whatever it shares with the other side's description. A model answer describes
# one side tersely ("bidirectional encoder, masked language modelling") and the other at length
# ("decoder only transformer with causal attention, each token sees only tokens to its left"):
# a correct BERT sentence says "encoder only transformer ... each token sees its left and right
# context" and ran eight words along GPT's description, four along BERT's (charge59: a strong
# answer scored 0). Over every repository set no swapped definition a verbose-wrong answer gives
# says more than two of its own side's words; the correct BERT sentence says six.
OWN_MARKS = 3
_PART_BREAK = re.compile(r"[;.!?]|\b(?:while|whereas|but|unlike|however)\b", re.I)
_HEDGES = word_set(
    "if unless whether depends might may could sometimes possibly perhaps maybe can assuming"
    " suppose"
)
_CONDITIONS = word_set("if unless when whenever assuming suppose")
_NOT_CONTENT = GENERIC_WORDS | STOPWORDS | NEGATION_WORDS


@dataclass(frozen=True)
class Description:
    side: int  # 0 or 1 of its pair
    stems: tuple[str, ...]  # content stems in order, the side's own name taken out
    key_point: int | None
    text: str


def _content(ws: list[str], pair: tuple[tuple[str, ...], ...], side: int) -> tuple[str, ...]:
    """The part's content stems in order, each once: a word said again ("each token is attended
    to by tokens ... hiding tokens") adds no order to match, and three "token"s made a run of
    five with GPT's description out of three words both sides say (claims40)."""
    seq = without_side(tuple(stem(w) for w in ws), pair[side])
    keep = {stem(w) for w in ws if w not in _NOT_CONTENT and len(w) > 1}
    return tuple(dict.fromkeys(s for s in seq if s in keep))


def _stems(text: str) -> tuple[str, ...]:
    return side_text_stems(text)


def _named(stems: tuple[str, ...], pair: tuple[tuple[str, ...], ...]) -> list[int]:
    return [s for s in (0, 1) if names_side(stems, pair[s])]


@lru_cache(maxsize=256)
def _descriptions(
    model_answer: str,
    labels: tuple[str, ...],
    phrases: tuple[tuple[str, ...], ...],
    pairs: tuple[Pair, ...] = SWAP_PAIRS,
) -> dict[int, tuple[Description, ...]]:
    """Per pair (``SWAP_PAIRS``, then the prompt's own: prompt_pairs.question_pairs) the
    accepted text names both sides of: the parts describing one side each, with the key point
    each is about (a label's own, or the point whose phrase the part says)."""
    texts = [(model_answer, None), *((t, k) for k, t in enumerate(labels))]
    out: dict[int, list[Description]] = {}
    for n, pair in enumerate(pairs):
        found: list[Description] = []
        for text, own in texts:
            for part in _PART_BREAK.split(text):
                ws = words(part)
                stems = tuple(stem(w) for w in ws)
                named = _named(side_text_stems(part), pair)
                if len(named) != 1:
                    continue
                seq = _content(ws, pair, named[0])
                kp = own
                if kp is None:
                    # a label about this side alone, before one that names the pair
                    kp = next(
                        (k for k, t in enumerate(labels) if _named(_stems(t), pair) == named),
                        None,
                    )
                if kp is None:
                    kp = next((k for k, t in enumerate(labels) if _named(_stems(t), pair)), None)
                if kp is None:
                    kp = next(
                        (
                            k
                            for k, ps in enumerate(phrases)
                            if any(all(stem(w) in stems for w in words(p)) for p in ps)
                        ),
                        None,
                    )
                if len(seq) >= MIN_RUN:
                    found.append(Description(named[0], seq, kp, part.strip()))
        if {d.side for d in found} == {0, 1}:
            out[n] = found
    return {n: tuple(d) for n, d in out.items()}


def _denies(ws: list[str] | tuple[str, ...]) -> bool:
    """The part says a negation ("no ground truth", "does not")."""
    return any(w in NEGATION_WORDS or w.endswith("n't") for w in ws)


def _says_the_denied(seq: tuple[str, ...], description: str) -> bool:
    """Most of what the part shares with the other side's description is what that
    description denies, after its negation: saying of one side what the rubric denies of the
    other sets the two apart, as the rubric does. "The supervised model has ground truth to
    compare with" against "unsupervised results are harder to evaluate because there is *no*
    ground truth to compare to" (heldout_charge56: a correct answer scored 9). A swapped
    definition says the other side's description as it is, its asserted words with it."""
    ws = words(description)
    at = next((i for i, w in enumerate(ws) if w in NEGATION_WORDS or w.endswith("n't")), None)
    if at is None:
        return False
    before = {stem(w) for w in ws[:at] if w not in _NOT_CONTENT}
    after = {stem(w) for w in ws[at + 1 :] if w not in _NOT_CONTENT}
    said = set(seq)
    return len(said & after - before) > len(said & before)


@lru_cache(maxsize=8192)
def _run(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """Length of the longest common subsequence: words said in the same order. Kept for the
    parts an answer says again (a long answer's parts against the same descriptions)."""
    if set(a).isdisjoint(b):
        return 0
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b, start=1):
            cur = row[j]
            row[j] = prev + 1 if x == y else max(row[j], row[j - 1])
            prev = cur
    return row[-1]


def _parts(tokens: Tokens) -> list[tuple[int, int]]:
    """(first, last) token positions of each part of each sentence, cut as the rubric's."""
    out = []
    for sentence in tokens.sentences:
        start = sentence.first_word
        for i in range(sentence.first_word, sentence.last_word):
            if tokens.words[i] in ("while", "whereas", "but", "unlike", "however") and i > start:
                out.append((start, i))
                start = i
        out.append((start, sentence.last_word))
    return out


def _own_marks(seq: tuple[str, ...], descriptions: tuple[Description, ...], side: int) -> int:
    """How many of the part's words are said by its own side's descriptions and by none of the
    other side's: what marks the part as describing the side it names."""
    own: set[str] = set()
    other: set[str] = set()
    for d in descriptions:
        (own if d.side == side else other).update(d.stems)
    return len(set(seq) & (own - other))


def _asserted(tokens: Tokens, stance: Stance, first: int, last: int) -> bool:
    ws = tokens.words[first:last]
    if any(w in NEGATION_WORDS or w in _HEDGES for w in ws):
        return False
    sentence = tokens.sentences[tokens.sentence_of[first]]
    if tokens.words[sentence.first_word] in _CONDITIONS:
        return False
    return not any(stance.warned((p, p + 1)) for p in range(first, last))


# Textbook descriptions of both sides of well-known pairs (wrong31), for a question whose own
# texts describe at most one side of the pair (an outside pack's model answer that mentions
# CBOW only in passing, a case answer that says precision and recall): an answer giving one side
# the other's description is charged as a wrong claim of no key point. A pair the question's
# texts describe on both sides keeps only the question's own descriptions.
GENERAL_DESCRIPTIONS = " ".join(
    (
        "Precision is the share of predicted positives that are truly positive.",
        "Recall is the share of actual positives that the model finds.",
        "Skip gram takes the center word and predicts each surrounding context word.",
        "CBOW averages the surrounding context words to predict the center word.",
        "Stemming chops word endings with crude rules and can produce non words.",
        "Lemmatization looks up the dictionary form using the part of speech.",
        "L1 adds the absolute values of the weights and drives some weights exactly to zero.",
        "L2 adds the squared weights and shrinks all weights smoothly towards zero.",
        "BERT is an encoder trained with masked language modeling that sees context on both sides.",
        "GPT is a decoder trained to predict the next token from left to right.",
        "Bagging trains models independently on bootstrap samples and averages them in parallel.",
        "Boosting trains models sequentially, each one fitting the errors of the previous ones.",
        "Data parallelism copies the whole model to every device and splits each batch.",
        "Model parallelism splits the layers or weights of the model across devices.",
        "Batch normalization normalizes each feature across the examples of a batch.",
        "Layer normalization normalizes across the features of each single example.",
        "Data drift is a change in the distribution of the input features.",
        "Concept drift is a change in the relation between the inputs and the target.",
        "The offline store keeps historical feature values for building training sets.",
        "The online store serves the latest feature values with low latency in production.",
    )
)


@lru_cache(maxsize=1)
def _general_descriptions() -> dict[int, tuple[Description, ...]]:
    return _descriptions(GENERAL_DESCRIPTIONS, (), ())


def swapped_definitions(question: Question, tokens: Tokens, stance: Stance) -> list[WrongClaim]:
    """Each part of the answer that describes one side of a pair in the other side's words, as
    a wrong claim about the key point of that description (at most one per part)."""
    labels = tuple(kp.label for kp in question.key_points)
    # the pairs a prompt names too ("compare bi-encoders and cross-encoders", wrong32): an
    # outside pack's compared subjects are described by its own model answer
    pairs = tuple(
        p for p in question_pairs(question.prompt, labels) if p in SWAP_PAIRS or subject_pair(p)
    )
    known = _descriptions(
        question.model_answer,
        labels,
        tuple(tuple(kp.phrases) for kp in question.key_points),
        pairs,
    )
    known = {**_general_descriptions(), **known}
    found: list[WrongClaim] = []
    for first, last in _parts(tokens):
        ws = list(tokens.words[first:last])
        stems = side_token_stems(tokens, first, last)
        for n, descriptions in known.items():
            pair = pairs[n]
            named = _named(stems, pair)
            if len(named) != 1:
                continue
            seq = _content(ws, pair, named[0])
            own = max((_run(seq, d.stems) for d in descriptions if d.side == named[0]), default=0)
            other = max(
                (d for d in descriptions if d.side != named[0]), key=lambda d: _run(seq, d.stems)
            )
            said = _run(seq, other.stems)
            if said < max(MIN_RUN, own + MARGIN, SHARE * min(len(seq), len(other.stems))):
                continue
            if _own_marks(seq, descriptions, named[0]) >= OWN_MARKS:
                continue  # "BERT is an encoder ... bidirectional ... masked language modelling"
            if not _asserted(tokens, stance, first, last):
                continue
            if _says_the_denied(seq, other.text) and not _denies(ws):
                continue  # "supervised has ground truth" / "unsupervised ... no ground truth"
            sentence = tokens.sentences[tokens.sentence_of[first]].text
            found.append(WrongClaim(other.key_point, " ".join(ws), other.text, sentence, first))
            break
    return found
