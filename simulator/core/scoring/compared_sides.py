"""Which side a comparison says a property of (issue 9, para44: correct answers charged).

Two readings charged correct answers with the other side's property:

* **A comparison opened by its frame** (the implied "than"): "Compared with a plain deep
  network, a ResNet reaches a *lower* error" ranks the ResNet against the plain network, and so
  says the rubric's "plain very deep networks got *worse* training error" from the other end.
  opposites.py already reads "than X" and "compared with X" after a comparative, but it took
  the clause as naming the rubric's subject when any word before the comparative shared a stem
  with the rubric's words before its direction word, and the clause's own verb "trains" shares
  "train" with the rubric's "training error". Here only the compared thing's own words count:
  the clause names that thing, or it speaks of something else measured against it.
* **A condition set before both sides**: a label "With correlated features L1 picks one
  arbitrarily while L2 spreads weight" says "correlated features" of the setting both parts
  share; contradiction.py gave it to L1, the side whose part it opens, so "L2 handles
  correlated features by spreading weight" was charged '"correlated" said of l2, not l1'.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.pair_sides import names_side
from simulator.core.scoring.stance import clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, word_set, words

# Frames that open a comparison before its clause: what follows is the thing compared against.
_FRONTED = (
    ("compared", "with"),
    ("compared", "to"),
    ("relative", "to"),
    ("in", "comparison", "with"),
    ("in", "comparison", "to"),
    ("unlike",),
    ("versus",),
)
# Words before the compared thing's name that are no part of it.
_DETERMINERS = word_set("a an the its their our your this that these those")
_NAME_REACH = 3  # content words of the compared thing's name


def _frame_at(ws: Sequence[str], p: int) -> int:
    """How many words of a fronted frame start at ``p`` (0 when none)."""
    for frame in _FRONTED:
        if tuple(ws[p : p + len(frame)]) == frame:
            return len(frame)
    return 0


def other_end_of_a_fronted_comparison(tokens: Tokens, pos: int, subject: frozenset[str]) -> bool:
    """The direction word at ``pos`` sits in a clause that a fronted frame ("Compared with X,
    ...", "Unlike X, ...") ranks against X, X names the rubric's ``subject`` (the stems the
    rubric says before its direction word), and the clause before the word leaves some of
    those words of X unsaid: the word is said of the clause's other subject, measured
    against X."""
    if not subject:
        return False
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first, last = sentence.first_word, sentence.last_word
    ws, stems = tokens.words, tokens.stems
    clauses = clause_ids(sentence)
    clause = clauses[pos - first]
    for p in range(first, pos):
        size = _frame_at(ws, p)
        if not size or clauses[p - first] == clause:
            continue  # only a frame before the word's clause: "X is lower compared with Y" is
            # the comparative's own "than", which opposites.py reads
        q = p + size
        while q < last and ws[q] in _DETERMINERS:
            q += 1
        name: list[int] = []
        while q < last and len(name) < _NAME_REACH and clauses[q - first] == clauses[p - first]:
            if ws[q] not in STOPWORDS:
                name.append(q)
            q += 1
        compared = {stems[n] for n in name} & subject
        if not compared:
            continue
        before = {stems[b] for b in range(first, pos) if clauses[b - first] == clause}
        # X names words of the rubric's subject that the clause does not say: "a shortcut
        # network" measured against "a plain deep network" (a clause saying "a plain deep
        # network", measured against "a shortcut network", is the rubric's subject itself)
        return bool(compared - before)
    return False


# Words that open a condition a label sets for what follows ("With correlated features, ...",
# "Under heavy load, ...", "For rare classes, ...").
_CONDITION_OPENERS = word_set("with under for when given if on during in")


def leading_condition(part: str, sides: Sequence[tuple[str, ...]]) -> frozenset[str]:
    """The stems of a label part's opening condition: the words from a condition opener up to
    the first name of a side (``sides``: a pair's two sides), when the part opens so; empty
    otherwise."""
    said = words(part)
    if not said or said[0] not in _CONDITION_OPENERS:
        return frozenset()
    stems = tuple(stem(w) for w in said)
    for i in range(1, len(stems)):
        if any(
            names_side(stems[i:], side) and not names_side(stems[i + 1 :], side) for side in sides
        ):
            return frozenset(
                s for s, w in zip(stems[:i], said[:i], strict=True) if w not in STOPWORDS
            )
    return frozenset()
