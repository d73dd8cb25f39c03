"""A claim said in the case of the other side a prompt compares (claims42, issue 9).

claims.py reads an answer clause that contradicts an accepted sentence as a wrong claim. A
prompt that compares the asked subject with another ("Explain reinforcement learning. How is
it different from *supervised learning*?") gets answers that say what holds on the other side:
"*In supervised learning* you have the correct label for each example, while in RL you only
get a reward". The rubric's sentences speak of the asked subject, mostly without naming it
("Feedback is evaluative and delayed, not a correct label per example"), so the clause about
the other side was charged as its denial. A clause that names the prompt's other side and not
its asked subject, against an accepted sentence that names neither side's other, is a claim
about that other side: no contradiction. "In reinforcement learning you have the correct label
for each example" (the asked subject) is still read.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.scoring.claim_clauses import Clause
from simulator.core.scoring.pair_sides import side_stems
from simulator.core.scoring.prompt_pairs import prompt_pairs, subject_pair
from simulator.core.scoring.text import stem, words


@lru_cache(maxsize=1024)
def _compared(prompt: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The prompt's subject pairs: (the asked subject's names, the other side's names)."""
    return tuple(pair for pair in prompt_pairs(prompt) if subject_pair(pair))


def _names(stems: tuple[str, ...], side: tuple[str, ...]) -> bool:
    return any(_has(stems, t) for t in side_stems(side))


def _has(stems: tuple[str, ...], term: tuple[str, ...]) -> bool:
    n = len(term)
    return any(stems[i : i + n] == term for i in range(len(stems) - n + 1))


def about_the_other_side(prompt: str, said: Clause, accepted: Clause) -> bool:
    """``said`` names the prompt's other side and not its asked subject, and the accepted
    sentence does not name that other side: the two are about different subjects."""
    theirs = tuple(stem(w) for w in words(accepted.sentence))
    for asked, other in _compared(prompt):
        if (
            _names(said.stems, other)
            and not _names(said.stems, asked)
            and not _names(theirs, other)
        ):
            return True
    return False
