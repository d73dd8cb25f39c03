"""Who does what a moved word says (claims41, issue 9).

named_sides.py reads a word the model answer says of one named side, said of the other, as
the two swapped (both ways): "increasing model complexity usually *lowers* bias but raises
variance" makes "X *lowers* variance" a move. When the word is a verb the side is the object
of, the model answer makes it the work of one agent ("increasing model complexity"); the
answer may give the verb another agent that does act on the other side: "More data *lowers*
variance but not bias" is right, and a strong bias-variance answer scored 0 for it. The move
is read only when the answer's clause names no agent before the verb, or one sharing a word
with the rubric's ("A more complex model lowers variance" is still a swap).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from simulator.core.scoring.phrase_forms import QUALIFIERS
from simulator.core.scoring.stance import clause_ids
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, words

_CLAUSES = re.compile(r"[.!?;:,]\s*|\s\b(?:but|while|whereas|unlike)\b\s", re.I)
_MIN_STEM = 3  # "it", "we": no agent


def _agent(ws: Sequence[str], names: frozenset[str]) -> frozenset[str]:
    return frozenset(
        stem(w)
        for w in ws
        if w not in STOPWORDS
        and w not in QUALIFIERS
        and len(w) >= _MIN_STEM
        and stem(w) not in names
    )


@lru_cache(maxsize=4096)
def rubric_agents(
    texts: tuple[str, ...], attribute: tuple[str, ...], names: frozenset[str]
) -> frozenset[frozenset[str]]:
    """The agents the rubric's texts name before the attribute, in its clause."""
    out: set[frozenset[str]] = set()
    n = len(attribute)
    for text in texts:
        for clause in _CLAUSES.split(text):
            ws = words(clause)
            stems = [stem(w) for w in ws]
            at = next((i for i in range(len(stems)) if tuple(stems[i : i + n]) == attribute), None)
            if at:
                agent = _agent(ws[:at], names)
                if agent:
                    out.add(agent)
    return frozenset(out)


def another_agent(
    tokens: Tokens,
    span: tuple[int, int],
    other: list[int],
    agents: frozenset[frozenset[str]],
    names: frozenset[str],
) -> bool:
    """The answer's clause names the other side right after the attribute (its object), and an
    agent before it that shares no word with any agent the rubric gives the attribute."""
    if not agents or not any(span[1] <= p <= span[1] + 2 for p in other):
        return False
    sentence = tokens.sentences[tokens.sentence_of[span[0]]]
    first = sentence.first_word
    ids = clause_ids(sentence)
    start = span[0]
    while start > first and ids[start - 1 - first] == ids[span[0] - first]:
        start -= 1
    said = _agent(tokens.words[start : span[0]], names)
    return bool(said) and all(not (said & agent) for agent in agents)
