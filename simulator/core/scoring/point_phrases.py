"""How a key point's wordings are matched in an answer: more loosely than claims.

A correct answer in everyday words should earn the point it explains, so a key-point phrase
(never a misconception or a contradicting claim, which are charged on exactly what was said):

* is widened word by word with the shared plain-language lexicon (plain_words.py);
* when it has ``POINT_DROP_MIN`` content words or more, also matches with one of them said
  differently or left out, the others in their order; a phrase of three may leave out a generic
  word that only names the rows (``GENERIC_STEMS``: "train on older data" is said by "learn on
  the earlier months", issue 9, para30);
* but keeps its exact words wherever the widened or shortened form is said by the question's
  prompt itself: reading the question back must not earn the point.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.scoring.matching import QUALIFIERS, AnswerIndex, Phrase, compile_phrase
from simulator.core.scoring.plain_words import plain_stems, takes_group
from simulator.core.scoring.text import NUMBER_NAMES, STOPWORDS, stem, tokenize, words

POINT_DROP_MIN = 4  # key-point phrases this long still match with one word missing
# Words that only say "the rows we have": a phrase of three content words may match without one
# ("learn on the earlier months" says "train on older data"), the other two in their order.
GENERIC_STEMS = frozenset(("data", "dataset"))
GENERIC_DROP_MIN = 3
_QUALIFIER_STEMS = frozenset(stem(w) for w in QUALIFIERS)
# A number makes the claim as a qualifier does: "one minus the type one error rate" is not "one
# minus the type two error rate" with a word said differently (charge54b).
_NUMBER_STEMS = frozenset(stem(w) for w in NUMBER_NAMES.split()) | {"ii", "iii", "iv"}


@lru_cache(maxsize=8192)
def compile_point_phrase(text: str) -> tuple[Phrase, ...]:
    """A key-point phrase as :func:`compile_phrase` makes it, each word that has everyday
    equivalents standing for its whole group (plain_words.py). A phrase of one word keeps it:
    a single near word ("lag" for "gap") is too little to say the point. A word that only
    stems like a member keeps its own meaning ("proportional to the weight" is not "share")."""
    out = []
    keep = frozenset(stem(w) for w in words(text) if w not in STOPWORDS and not takes_group(w))
    for phrase in compile_phrase(text):
        if len(phrase.stems) >= 2:
            plain = plain_stems(phrase.stems, keep)
            if plain != phrase.stems and len(plain) >= 2:
                phrase = Phrase(phrase.text, plain, phrase.joined, phrase.negated)
        if phrase not in out:
            out.append(phrase)
    return tuple(out)


@lru_cache(maxsize=8192)
def point_phrases(text: str, prompt: str) -> tuple[Phrase, ...]:
    """The key-point phrase as matched in an answer to ``prompt``:

    * widened by everyday words (:func:`compile_point_phrase`);
    * a phrase of ``POINT_DROP_MIN`` content words or more also matches with one of them said
      differently or left out, as long as the other three or more stand together ("change from
      one period to the next" for "change from one step to the next"); a negation, a
      qualifier ("only", "never") or a number is never the word left out; a phrase of three
      content words may leave out only a generic word (``GENERIC_STEMS``);
    * except where a widened or shortened phrase is said by the prompt itself ("k closest"
      would then match the question's "k nearest"): reading the question back must not earn
      the point."""
    exact = compile_phrase(text)
    candidates = list(compile_point_phrase(text))
    candidates += [p for p in exact if p not in candidates]
    loose: list[Phrase] = [p for p in candidates if p not in exact]
    for phrase in list(candidates):
        if len(phrase.stems) < GENERIC_DROP_MIN:
            continue
        for i, s in enumerate(phrase.stems):
            if s in _QUALIFIER_STEMS or s in _NUMBER_STEMS:
                continue
            if len(phrase.stems) < POINT_DROP_MIN and s not in GENERIC_STEMS:
                continue
            shorter = Phrase(
                phrase.text,
                phrase.stems[:i] + phrase.stems[i + 1 :],
                None,
                phrase.negated,
                shortened=True,
            )
            if shorter not in candidates:
                candidates.append(shorter)
                loose.append(shorter)
    if not loose:
        return exact
    asked = _prompt_index(prompt)
    return tuple(p for p in candidates if p not in loose or not asked.find(p))


@lru_cache(maxsize=256)
def _prompt_index(prompt: str) -> AnswerIndex:
    return AnswerIndex(tokenize(prompt))


@lru_cache(maxsize=8192)
def substituted(text: str, prompt: str) -> frozenset[Phrase]:
    """The wordings of :func:`point_phrases` that say some word of the phrase differently (a
    synonym, an everyday word, one word changed or left out): they count only where the
    sentence is about the question (point_anchors.py)."""
    own = compile_phrase(text)[0]
    return frozenset(p for p in point_phrases(text, prompt) if p != own)
