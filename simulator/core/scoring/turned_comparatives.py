"""A comparative said from the other side of the two things a prompt compares (over46, issue 9).

A rubric often ranks the asked subject against the prompt's other side without "than": "In
practice, generative classifiers make *stronger* assumptions" answers "What is the difference
between a generative and a discriminative model?". An answer that says the same ranking from the
other side, "discriminative classifiers make *weaker* assumptions", says it with the opposite
comparative, and opposites.py read it as the point turned round (a complete correct answer fell
100 -> 54). Two things ranked against each other: the weaker of the two is the other's stronger.

Read only for comparatives ("weaker", "faster", "more"), never for a change ("bagging *reduces*
variance" says nothing of what boosting does to it), and only when the rubric says its word of
one side and the answer's clause names the other side, and not the first, before its word.
"Generative classifiers make weaker assumptions" is still the point turned.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.pair_sides import SWAP_PAIRS, names_side
from simulator.core.scoring.prompt_pairs import Pair, prompt_pairs, subject_pair
from simulator.core.scoring.stance import clause_ids
from simulator.core.scoring.text import Tokens, stem, words

_COMPARATIVES = frozenset(("more", "less", "fewer", "better", "worse"))


def comparative(word: str) -> bool:
    """A word that ranks one thing against another ("weaker", "more"), not a change
    ("increases") or a base degree ("strong")."""
    return word in _COMPARATIVES or (len(word) > 4 and word.endswith("er"))


@lru_cache(maxsize=1024)
def _compared(prompt: str) -> tuple[Pair, ...]:
    """The two-sided subjects the prompt asks about: its own pairs, and the known pairs it
    names both sides of."""
    stems = tuple(stem(w) for w in words(prompt))
    known = tuple(p for p in SWAP_PAIRS if names_side(stems, p[0]) and names_side(stems, p[1]))
    return known + tuple(p for p in prompt_pairs(prompt) if subject_pair(p))


@lru_cache(maxsize=1024)
def _heads(texts: tuple[str, ...], word: str) -> tuple[tuple[str, ...], ...]:
    """The stems said before ``word`` in each of its clauses in the rubric's texts."""
    out = []
    for text in texts:
        for part in text.replace(";", ".").split("."):
            for clause in part.split(","):
                ws = words(clause)
                if word in ws:
                    out.append(tuple(stem(w) for w in ws[: ws.index(word)]))
    return tuple(out)


def said_of_the_other_side(
    question: Question, texts: tuple[str, ...], tokens: Tokens, pos: int, word: str
) -> bool:
    """The answer's comparative at ``pos`` is the rubric's comparative ``word`` (said in one of
    ``texts``, of one side of a pair the prompt compares) turned round and said of the other
    side: the same ranking told from its other end."""
    if not (comparative(word) and comparative(tokens.words[pos])):
        return False
    heads = _heads(texts, word)
    sentence = tokens.sentences[tokens.sentence_of[pos]]
    first = sentence.first_word
    ids = clause_ids(sentence)
    before = tuple(tokens.stems[p] for p in range(first, pos) if ids[p - first] == ids[pos - first])
    for pair in _compared(question.prompt):
        for side in (0, 1):
            own, other = pair[side], pair[1 - side]
            said_of_own = any(names_side(h, own) and not names_side(h, other) for h in heads)
            if said_of_own and names_side(before, other) and not names_side(before, own):
                return True
    return False
