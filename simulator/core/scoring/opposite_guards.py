"""Direction words that say nothing of a key point's anchor (claims41, issue 9).

opposites.py reads an answer clause that pairs a point's anchor with the opposite direction
word as the point said backwards. Two readings made correct answers charged on the dev sets:

* **an adjective of another noun**: "new users and new items need *different fixes*" against
  "the interaction patterns of *similar* users": the likeness is said of the fixes, the noun the
  adjective opens, not of the users the clause also names. "Collaborative filtering uses the
  patterns of *different users*" (the anchor is the adjective's noun) is still read.
* **the aim of the speaker's action**: "I would keep some random inspections *to get unbiased*
  labels" against "the labels are *biased*": what the speaker does something for is a goal,
  which says, if anything, that the labels are not unbiased without it. "The inspections give
  unbiased labels" (no aim) is still read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.scoring.stance import clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, word_set, words

# What may stand just before an adjective that opens a noun phrase: an article or a
# determiner ("keeps *the* wide range") or a verb whose object the phrase is ("need different
# fixes"); a linking verb makes the word said of the clause's subject ("users are different").
_LINKING = word_set(
    "is are was were be been being become becomes became remain remains stay stays seem seems"
    " 's look looks feel feels"
)
# Word endings of verbs, adverbs and plural nouns: the word is no plain adjective.
_NOT_ADJECTIVE = ("s", "ing", "ly", "ed")
_NOUN_REACH = 3  # words of the noun phrase an adjective opens
# Degree words grade the word after them ("the model *more confident*"): no adjective of a noun.
_DEGREES = word_set("more less most least fewer fewest")


def adjective_of_another_noun(
    tokens: Tokens, pos: int, anchors: frozenset[str], point_stems: frozenset[str]
) -> bool:
    """The direction word at ``pos`` is a plain adjective before a noun phrase none of whose
    words is the point's anchor or one of its own words: it describes that noun."""
    word = tokens.words[pos]
    if word.endswith(_NOT_ADJECTIVE) or word in STOPWORDS or word in _DEGREES:
        return False
    if len(word) > 4 and word.endswith(("er", "est")):
        return False  # a comparative: opposites._of_another_noun reads those
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first, last = sentence.first_word, sentence.last_word
    if pos == first or tokens.words[pos - 1] in _LINKING:
        return False
    clauses = clause_ids(sentence)
    phrase: list[int] = []
    q = pos + 1
    while (
        q < last
        and len(phrase) < _NOUN_REACH
        and tokens.words[q] not in STOPWORDS
        and clauses[q - first] == clauses[pos - first]
    ):
        phrase.append(q)
        q += 1
    if not phrase:
        return False  # "the users are different": no noun after it
    return not any(tokens.stems[p] in anchors or tokens.stems[p] in point_stems for p in phrase)


# Verbs of an aim after "to": "to get / obtain / ensure ... unbiased labels".
_AIMING = word_set("get obtain ensure achieve have produce collect gather keep")
_AIM_REACH = 4  # words from the aim's verb to the direction word
_ACTORS = word_set("i we you i'd we'd you'd i'll we'll you'll")


def aim_of_the_speaker(tokens: Tokens, pos: int) -> bool:
    """The direction word is inside "to <get ...>" (or "so that", "in order to") after an act of
    the speaker's in the same sentence ("I would keep random inspections to get unbiased
    labels"): the aim of what is done, not a claim about how things are."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first = sentence.first_word
    ws = tokens.words
    for v in range(pos - 1, max(first, pos - _AIM_REACH - 1), -1):
        if (
            ws[v] in _AIMING
            and v - 1 >= first
            and ws[v - 1] == "to"
            or ws[v] == "that"
            and v - 1 >= first
            and ws[v - 1] == "so"
        ):
            opener = v - 1
        else:
            continue
        return any(ws[p] in _ACTORS for p in range(first, opener))
    return False


# "Why do people reach for Dice loss *instead of* plain pixel-wise cross entropy": the asked
# subject, then the alternative it is set against.
_SET_AGAINST = re.compile(
    r"\b([a-z][\w\- ]{0,40}?) (?:instead of|rather than) ([a-z][\w\- ]{0,40}?)(?=[,.?;:]| and |$)"
)
_HEAD_WORDS = 2  # content words that end a side's name ("... cross entropy")


@lru_cache(maxsize=512)
def _set_against(prompt: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The (asked, alternative) head stems of each "A instead of / rather than B" in a prompt."""
    out = []
    for m in _SET_AGAINST.finditer(prompt.lower()):
        heads = []
        for side in m.groups():
            content = [stem(w) for w in words(side) if w not in STOPWORDS]
            heads.append(frozenset(content[-_HEAD_WORDS:]))
        asked, other = heads
        if asked and other and other - asked:
            out.append((asked - other, other))
    return tuple(out)


def of_the_alternative(tokens: Tokens, pos: int, prompt: str, label: str) -> bool:
    """The direction word at ``pos`` is said in a clause that names, before it, the alternative
    the prompt sets the asked subject against ("*Cross-entropy* supplies *smooth* per-pixel
    gradients, while the Dice term handles the imbalance", the prompt asking why one uses Dice
    "instead of plain pixel-wise cross entropy"), and not the asked subject, while the point's
    label names no alternative: it is said of the alternative, not of the point's subject
    (dev_blind46: a correct Dice-loss warning was charged '"smooth", the opposite of "noisy"')."""
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first = sentence.first_word
    ids = clause_ids(sentence)
    before = {tokens.stems[p] for p in range(first, pos) if ids[p - first] == ids[pos - first]}
    named = {stem(w) for w in words(label)}
    return any(
        other <= before and not asked & before and not other & named
        for asked, other in _set_against(prompt)
    )
