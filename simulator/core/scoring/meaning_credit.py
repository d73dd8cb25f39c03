"""How much of a key point a sentence said in other words earns (the meaning signal, meaning.py).

Static embeddings measure topic and vocabulary, not truth, so one close sentence alone earns at
most ``MEANING_CREDIT`` (half) of a point. The evidence is trusted further when *the answer as a
whole* reads like a full explanation of this question (``reads_in_full``):

* it is prose: at least ``PROSE_MIN_FUNCTION_WORDS`` of its words are function words ("the",
  "because", "so", "it"); a keyword salad has almost none (0-15 % on every repository salad,
  22 % or more on every prose answer);
* it explains in at least ``FULL_MIN_SENTENCES`` sentences of its own (after the sentences that
  assert a wrong claim, deny a point, list terms or advise against a practice are set aside);
* it reaches at least ``FULL_REACH`` of the key-point weight: each point explained in the
  rubric's words, or said in other words with closeness ``REACH`` or more. A partial answer
  says some points and is silent on the rest (its silent points sit near 0); a paraphrase
  comes near every point, some in words and some not.

In such an answer each point said in other words earns ``FULL_SLOPE`` x its closeness, from
closeness ``FULL_FROM``, up to ``FULL_CREDIT`` (a point explained in the rubric's own words in
two ways still earns more). Otherwise the old rule holds: closeness x ``MEANING_CREDIT`` from
``MEANING_FULL``. content.py still gives no meaning credit at all to an answer caught asserting
a wrong claim, and an echo of the prompt reaches nothing (meaning.py's floor).

Advice against a practice ("you should not crop the photo") is left out of the meaning signal:
an embedding reads it as close to the practice itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from simulator.core.questions import KeyPoint, Question
from simulator.core.scoring.meaning import (
    MEANING_CREDIT,
    MEANING_FULL,
    MeaningReading,
    PointMeaning,
)
from simulator.core.scoring.plain_words import group_members, plain_stems
from simulator.core.scoring.results import KeyPointResult
from simulator.core.scoring.text import STOPWORDS, Sentence, Tokens, stem, words

PROSE_MIN_FUNCTION_WORDS = 0.2
FULL_MIN_SENTENCES = 3
REACH = 0.4  # closeness from which a point counts as reached for the whole-answer check
WORDS_REACH = 0.85  # credit from which a point explained in words counts as reached
FULL_REACH = 0.75  # share of key-point weight reached: the answer reads as a full explanation
FULL_FROM = 0.4
FULL_SLOPE = 1.25
FULL_CREDIT = 0.9
POINTS_PER_SENTENCE = 1  # key points one sentence may lift in a full explanation
FAMILY = 4  # leading letters a word shares with its family ("wide", "widest"): no other word
OWN_WORDS_MIN = 1  # key points said with an everyday equivalent of one of their words
LEANING_MAX = 0.05  # a sentence nearer a rubric wrong claim than any key point by more: no boost

# Advice against a practice: the answer's words, "don't" already split into "do not".
_AGAINST = (("should", "not"), ("must", "not"), ("do", "not"), ("no", "need"))


def advises_against(tokens: Tokens, sentence: Sentence) -> bool:
    ws = tokens.words[sentence.first_word : sentence.last_word]
    return any(tuple(ws[i : i + len(frame)]) == frame for frame in _AGAINST for i in range(len(ws)))


@dataclass(frozen=True)
class AnswerReading:
    """What the whole-answer check saw (shown in the content basis)."""

    full: bool
    reach: float  # share of key-point weight reached in words or in meaning
    sentences: int  # sentences the meaning signal may use
    function_words: float  # share of the usable sentences' words that are function words
    leaning: float  # towards the rubric's wrong claims (see meaning.MeaningReading)
    own_words: int  # key points whose closest sentence says one of their words in everyday words


def reads_in_full(
    question: Question,
    tokens: Tokens,
    excluded: set[int],
    word_credits: Sequence[float],
    meaning: MeaningReading,
    denies_a_point: bool = False,
) -> AnswerReading:
    """Does the answer as a whole read like a full explanation of the question? Never when it
    denies one of the key points ("it has no hidden state")."""
    weights = [kp.weight for kp in question.key_points]
    usable = [s for s in tokens.sentences if s.index not in excluded]
    said = [w for s in usable for w in tokens.words[s.first_word : s.last_word]]
    function_words = sum(1 for w in said if w in STOPWORDS) / len(said) if said else 0.0
    total = sum(weights) or 1.0
    reached = sum(
        w
        for w, credit, m in zip(weights, word_credits, meaning.points, strict=True)
        if credit >= WORDS_REACH or (m.sentence is not None and m.closeness >= REACH)
    )
    reach = reached / total
    own_words = sum(
        1
        for kp, m in zip(question.key_points, meaning.points, strict=True)
        if m.sentence is not None and _everyday_equivalents(kp, tokens, m.sentence)
    )
    full = (
        not denies_a_point
        and own_words >= OWN_WORDS_MIN
        and meaning.leaning <= LEANING_MAX
        and function_words >= PROSE_MIN_FUNCTION_WORDS
        and len(usable) >= FULL_MIN_SENTENCES
        and reach >= FULL_REACH
    )
    return AnswerReading(
        full, round(reach, 3), len(usable), round(function_words, 3), meaning.leaning, own_words
    )


@lru_cache(maxsize=4096)
def _point_groups(texts: tuple[str, ...]) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """A key point's own content stems, and the everyday equivalents of its words (every
    member of a plain-words group one of its words is in, but not its own words)."""
    own: set[str] = set()
    keys: set[str] = set()
    for text in texts:
        stems = tuple(stem(w) for w in words(text) if w not in STOPWORDS)
        own.update(stems)
        keys.update(k for k in plain_stems(stems) if k.startswith("~"))
    others = {
        m
        for key in keys
        for m in group_members(key)
        if not (len(m) == 1 and any(m[0][:FAMILY] == o[:FAMILY] for o in own))
    }
    return frozenset(own), tuple(sorted(others))


def _everyday_equivalents(kp: KeyPoint, tokens: Tokens, sentence: int) -> bool:
    """Does the sentence say one of the key point's words in everyday words ("columns" for
    features)? A paraphrase does; an answer that repeats the rubric's terms does not."""
    _, others = _point_groups((kp.label, *kp.phrases))
    s = tokens.sentences[sentence]
    said = tokens.stems[s.first_word : s.last_word]
    return any(said[i : i + len(m)] == m for m in others for i in range(len(said) - len(m) + 1))


def meaning_credits(points: Sequence[PointMeaning], full: bool) -> list[float]:
    """The share of each key point's weight its closest sentence earns by meaning. In a full
    explanation a sentence lifts one point only, the one it is closest to: a full explanation
    makes its points in different sentences, while one sentence full of the question's words
    comes close to several points at once ("subwords make sequences shorter and the vocabulary
    larger" for the vocabulary, the character and the trade-off points)."""
    lifted: set[int] = set()
    if full:
        by_sentence: dict[int, list[int]] = {}
        for k, m in enumerate(points):
            if m.sentence is not None and m.closeness >= FULL_FROM:
                by_sentence.setdefault(m.sentence, []).append(k)
        for ks in by_sentence.values():
            ks.sort(key=lambda k: -points[k].closeness)
            lifted.update(ks[:POINTS_PER_SENTENCE])
    out = []
    for k, m in enumerate(points):
        if k in lifted:
            out.append(round(min(FULL_CREDIT, FULL_SLOPE * m.closeness), 3))
        elif m.sentence is not None and m.closeness >= MEANING_FULL:
            out.append(round(MEANING_CREDIT * m.closeness, 3))
        else:
            out.append(0.0)
    return out


def full_explanation_note(key_points: Sequence[KeyPointResult]) -> str:
    """The content basis says when a point earned more by meaning than one sentence alone can."""
    if any(k.via == "meaning" and k.credit > MEANING_CREDIT for k in key_points):
        return (
            "; reads as a full explanation in its own words: a point said in other words earns"
            f" up to {FULL_CREDIT:.0%} of its weight"
        )
    return ""
