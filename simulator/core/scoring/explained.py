"""Is a key-point phrase *explained*, or only named? (key_points.py gives a named point a third.)

Explained: the phrase sits in a sentence of some length that says something about it, with
connecting words around it ("means", "because", "so it", "is", ...). A run of short
comma-separated items ("bias, variance, overfitting, ...") explains nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.scoring.matching import Span
from simulator.core.scoring.text import CONNECTIVES, CONTRACTED_VERBS, Sentence, Tokens, words

EXPLAIN_WINDOW = 12  # words either side of the phrase, inside its sentence
EXPLAIN_MIN_CONNECTIVES = 2
EXPLAIN_MIN_SENTENCE_WORDS = 6
LIST_MIN_ITEMS = 4
LIST_MAX_MEAN_WORDS = 3.0


def is_list_like(sentence: Sentence) -> bool:
    """A run of short comma-separated items ("bias, variance, overfitting, ...")."""
    listed = sentence.derived.get("list_like")
    if listed is None:
        listed = sentence.derived["list_like"] = _list_like(sentence)
    return bool(listed)


@lru_cache(maxsize=4096)
def _list_like(sentence: Sentence) -> bool:
    chunks = [c for c in re.split(r"[,:/]|\band\b|\bor\b", sentence.text) if words(c)]
    if len(chunks) < LIST_MIN_ITEMS:
        return False
    return sum(len(words(c)) for c in chunks) / len(chunks) < LIST_MAX_MEAN_WORDS


def is_explained(tokens: Tokens, span: Span, terms: set[int]) -> bool:
    """Does the sentence around the phrase say something about it, or just name it?

    Connecting words that are themselves part of a rubric term ("part *of* speech") do not
    count: a list of terms explains nothing however its terms are spelled.
    """
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    listed = is_list_like(sentence)
    if listed and _explaining(tokens):
        if _headed(sentence):
            return True
        # "A final stage applies business rules, diversity, freshness and ...": a list that is
        # a clause's object is read as any sentence is, for its connecting words
        listed = not _clause_opens(sentence)
    if sentence.word_count < EXPLAIN_MIN_SENTENCE_WORDS or listed:
        return False
    lo = max(sentence.first_word, span[0] - EXPLAIN_WINDOW)
    hi = min(sentence.last_word, span[1] + EXPLAIN_WINDOW)
    around = [tokens.words[i] for i in range(lo, hi) if i not in terms]
    return sum(_connecting(w) for w in around) >= EXPLAIN_MIN_CONNECTIVES


def _connecting(word: str) -> int:
    """How many connecting words ``word`` says: "that's" says two ("that is"), as "does not" does."""
    if word not in CONNECTIVES:
        return 0
    return 2 if word.endswith(CONTRACTED_VERBS) else 1


# "Fixes: ReLU activations, He initialization, residual connections, ...": a heading of one or
# two words and a colon says what the items are. In an answer that explains in sentences
# elsewhere, such a list is the structured answer's enumeration of what was asked ("how do you
# address them?"), not a salad: read as named only, structured strong answers lost two thirds of
# each listed point (vanishing gradients 60, news feed 59, strong27).
_HEADING = re.compile(r"^\W*[A-Za-z][\w'-]*(?:\s+[\w'-]+)?\s*:")
EXPLAINING_MIN_SENTENCES = 3  # sentences of the answer that are not lists


def _headed(sentence: Sentence) -> bool:
    return bool(_HEADING.match(sentence.text))


CLAUSE_MIN_WORDS = 4  # words before a list's first comma that make a clause of their own


def _clause_opens(sentence: Sentence) -> bool:
    """The list is what a clause of some length before its first comma says something of."""
    head = re.split(r"[,:;]", sentence.text, maxsplit=1)[0]
    return len(words(head)) >= CLAUSE_MIN_WORDS


# The last answer ``_explaining`` judged, by identity: it is asked for each phrase said in a
# list, and each asking read every sentence again (quadratic in a long answer, perf39). A tuple
# replaced whole: safe across scoring threads.
_explaining_seen: tuple[Tokens, bool] | None = None


def _explaining(tokens: Tokens) -> bool:
    """Most of the answer's sentences, and at least three, say things rather than list them."""
    global _explaining_seen
    seen = _explaining_seen
    if seen is not None and seen[0] is tokens:
        return seen[1]
    prose = [
        s
        for s in tokens.sentences
        if s.word_count >= EXPLAIN_MIN_SENTENCE_WORDS and not is_list_like(s)
    ]
    verdict = len(prose) >= EXPLAINING_MIN_SENTENCES and 2 * len(prose) > len(tokens.sentences)
    _explaining_seen = (tokens, verdict)
    return verdict
