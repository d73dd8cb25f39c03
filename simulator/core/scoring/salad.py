"""Keyword salads: an answer that is only a list of terms, with nothing said about any of them.

A term named in a real answer earns a naming credit (key_points.py ``NAMED_CREDIT``); the same
term in a salad ("precision, recall, uplift, retention offer, A/B test, leakage, snapshot, ...")
is not an attempt to explain anything, and its words are the question's vocabulary by
construction. Issue 9, round 24 (offans24): repository salads of 15-30 relevant terms scored a
flat 37 on technical questions (every point named for 0.3 of its weight, 27 points, plus the
whole on-topic credit, 10), above every weak answer (about 10).

An answer is a salad when

* most of its words (``SALAD_SHARE``) sit in bare sentences: a run of short comma-separated
  items (explained.py ``is_list_like``), or a sentence with almost no function words (a list
  said or typed without commas), and
* it lists at least ``SALAD_MIN_ITEMS`` items: a terse answer that names a few remedies
  ("L1 or L2, dropout, early stopping, more data") is a short answer, not a salad.

A salad's key points earn ``SALAD_NAMED_CREDIT`` of their weight, however they are spelled, and
its vocabulary earns no on-topic credit (content.py); the scorecard says why. On every
repository set no strong, partial, weak, paraphrase, off-topic or echo answer is a salad (the
most list-like real answer, a partial LSTM answer, has 68 % of its words in a list) and every
salad is.
"""

from __future__ import annotations

import re

from simulator.core.scoring.explained import is_list_like
from simulator.core.scoring.text import CONNECTIVES, STOPWORDS, Sentence, Tokens, words

SALAD_SHARE = 0.8  # share of an answer's words in bare sentences
SALAD_MIN_ITEMS = 6  # items listed
SALAD_NAMED_CREDIT = 0.1  # of a key point's weight, for a term named in a salad
# A sentence whose words are almost all content words is a list without commas: real sentences
# of every kind of repository answer have 15 % function words or more over the whole answer
# (median 40-48 %), salads 0-15 %.
BARE_FUNCTION_SHARE = 0.12
BARE_MIN_WORDS = 6
_FUNCTION = STOPWORDS | CONNECTIVES
_ITEM_SPLIT = re.compile(r"[,;:/]|\band\b|\bor\b")


def _sentence_words(tokens: Tokens, sentence: Sentence) -> tuple[str, ...]:
    return tokens.words[sentence.first_word : sentence.first_word + sentence.word_count]


def _bare(tokens: Tokens, sentence: Sentence) -> bool:
    if is_list_like(sentence):
        return True
    ws = _sentence_words(tokens, sentence)
    if len(ws) < BARE_MIN_WORDS:
        # a fragment ("Gradient boosting.") is bare when it says nothing but its term
        return not any(w in _FUNCTION for w in ws)
    return sum(w in _FUNCTION for w in ws) / len(ws) <= BARE_FUNCTION_SHARE


def _items(tokens: Tokens, sentence: Sentence) -> int:
    chunks = [c for c in _ITEM_SPLIT.split(sentence.text) if words(c)]
    if len(chunks) > 1:
        return len(chunks)
    # a list without separators: count its content words two to an item
    return max(1, (sentence.word_count + 1) // 2)


def is_salad(tokens: Tokens) -> bool:
    """Is the answer only a list of terms (see the module's docstring)?"""
    total = sum(s.word_count for s in tokens.sentences)
    if not total:
        return False
    bare = [s for s in tokens.sentences if _bare(tokens, s)]
    if sum(s.word_count for s in bare) < SALAD_SHARE * total:
        return False
    return sum(_items(tokens, s) for s in bare) >= SALAD_MIN_ITEMS
