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

``in_another_case``: the same for a case the rubric's own sentence opens on (charge53). "Each
tree fits the negative gradient; *for squared error* these are the residuals" holds a claim for
one case; "*for absolute error* it is just the sign of the residual" names the other side of
that case and says something the rubric never says of it: another case, no denial. "For
absolute error they are the residuals" says the rubric's own words of it and is still read.
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.claim_clauses import Clause
from simulator.core.scoring.counterparts import SIDE
from simulator.core.scoring.pair_sides import SWAP_PAIRS, side_stems
from simulator.core.scoring.prompt_pairs import prompt_pairs, subject_pair
from simulator.core.scoring.rubric_claims import rubric_words
from simulator.core.scoring.text import STOPWORDS, stem, words


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
    sentence does not name that other side: the two are about different subjects. Or ``said``
    names one side of a pair of subjects (the prompt's, or the fixed pairs answers confuse) and
    not the other, and the accepted sentence names that other side and not the first: "Maximum
    likelihood uses no prior at all" denies nothing of "Maximum a posteriori adds a prior"
    (charge60: a correct MLE-vs-MAP warning was charged for it once its "p(data | parameters)"
    was read as words). "Maximum a posteriori uses no prior" names the accepted side and is
    still read; a swap of the two sides' words is contradiction.py's. An accepted clause that
    names neither side is about the side named last before it (``_last_named``): "the
    supervised model has ground truth to compare with" denies nothing of "..., whereas
    unsupervised results are harder to evaluate because there is no ground truth to compare
    to" (heldout_charge56, a correct answer scored 9; heldout_swap39, a correct write-through
    warning scored 0 against "A write-back cache ... . That gives faster writes")."""
    theirs = tuple(stem(w) for w in words(accepted.sentence))
    for asked, other in _compared(prompt):
        if (
            _names(said.stems, other)
            and not _names(said.stems, asked)
            and not _names(theirs, other)
        ):
            return True
    # a side's names are kept without small words ("maximum a posteriori": maximum, posteriori)
    ours = tuple(s for s in said.stems if s not in STOPWORDS)
    theirs = tuple(s for s in theirs if s not in STOPWORDS)
    own = tuple(s for s in accepted.stems if s not in STOPWORDS)
    for pair in _subject_pairs(prompt):
        for mine, its in (pair, pair[::-1]):
            if (
                _names(ours, mine)
                and not _names(ours, its)
                and _names(theirs, its)
                and not _names(theirs, mine)
            ):
                return True
        for mine, its in (_told_apart(*pair), _told_apart(*pair)[::-1]):
            if (
                _names(ours, mine)
                and not _names(ours, its)
                and not _names(own, mine)
                and not _names(own, its)
                and _last_named(accepted.before, mine, its) == 1
            ):
                return True
    return False


@lru_cache(maxsize=1024)
def _told_apart(
    one: tuple[str, ...], two: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Two names with the same head noun are told apart by their modifiers alone: "write-through"
    and "write-back" name the sides of "a write-through cache and a write-back cache". Each side
    with its names as written and without the head both share."""
    heads = {t.split()[-1] for t in (*one, *two)}
    if len(heads) != 1 or any(len(t.split()) < 2 for t in (*one, *two)):
        return one, two
    first, second = ((*side, *(" ".join(t.split()[:-1]) for t in side)) for side in (one, two))
    return first, second


def _last_named(stems: tuple[str, ...], first: tuple[str, ...], second: tuple[str, ...]) -> int:
    """Which side (0: ``first``, 1: ``second``, -1: neither) is named last in ``stems``. A clause
    that names no side goes on speaking of the side named last before it, in its sentence or the
    two before: English keeps a subject until another is named ("..., *whereas
    unsupervised* results are harder to evaluate because there is no ground truth to compare
    to", "*A write-back cache* writes only to the cache ... *That* gives faster writes")."""
    ours = tuple(s for s in stems if s not in STOPWORDS)
    at = [
        max(
            (i for t in side_stems(side) for i in range(len(ours)) if ours[i : i + len(t)] == t),
            default=-1,
        )
        for side in (first, second)
    ]
    if at[0] == at[1]:
        return -1
    return 0 if at[0] > at[1] else 1


@lru_cache(maxsize=1024)
def _subject_pairs(prompt: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """The prompt's subject pairs and the fixed pairs of subjects (``SWAP_PAIRS``)."""
    return (*_compared(prompt), *SWAP_PAIRS)


# Words that open a clause on the case it holds for ("*for* squared error ...", "*with* a
# Laplace prior ...", "*under* the null ...", "*in* the limit ...").
_CASE_WORDS = frozenset(("for", "with", "under", "in"))
# From the clause's start to its case word, and from the case word to the counterpart ("for
# *mean* absolute error").
_CASE_START = 2
_CASE_REACH = 3


def _case_of(clause: Clause, pair: int) -> bool:
    """The clause opens on a case word whose case names a word of ``pair``."""
    for i, w in enumerate(clause.words[:_CASE_START]):
        if w not in _CASE_WORDS:
            continue
        for s in clause.stems[i + 1 : i + 1 + _CASE_REACH]:
            if (SIDE.get(s) or (-1,))[0] == pair:
                return True
    return False


def in_another_case(question: Question, said: Clause, accepted: Clause, pair: int) -> bool:
    """Both clauses open on a case that names a side of ``pair``, and the answer's says a
    word of its own that neither the accepted clause nor anything of the rubric says: a
    claim about the other case, not a denial of the rubric's."""
    if pair < 0 or not (_case_of(said, pair) and _case_of(accepted, pair)):
        return False
    known = rubric_words(question) | set(accepted.stems)
    return any(a not in known for a in said.anchors)
