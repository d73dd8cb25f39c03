"""A key point's own term, and the evidence sentence that names it (issue 9, round 57, adam57).

Points that differ by one term ("Macro averaging computes the metric per class and averages
them equally", "Micro averaging pools ...", "Weighted averaging weights each class's score by
its support") share most of their words, so the sentence that says one of them most fully by
the rubric's phrases, or comes closest in meaning, is often its neighbour's: "dominated by the
frequent classes" is a wording of the weighted point's "class frequency", and the scorecard
showed the micro sentence as the weighted point's evidence while the answer's "Weighted
averaging takes the per-class metric weighted by each class's support" went unquoted.

The alternatives a question sets against each other are the terms its key-point labels open
with and its prompt asks about ("macro", "micro", "weighted"; "bagging", "boosting"; "type I",
"type II", "power"), not a generic word ("data", "model"). A point's own terms are the alternatives its label names. Where a point's evidence names
none of them and another sentence of the answer does (and holds one of the point's mentions, or
comes at least as near the point in meaning), that sentence is the evidence: the point's credit
and status are not changed, only the sentence shown for it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import lru_cache

from simulator.core.questions import GENERIC_WORDS, Question
from simulator.core.scoring.text import STOPWORDS, stem, word_set, words

_NUMBERED = word_set("type class stage phase level")
# "Type I error" and "type one error" name the same thing, and "one" alone ("one minus beta")
# does not name it: a number after one of ``_NUMBERED`` is read with it, as one term
_NUMBERS = dict(
    zip(
        ("i", "ii", "iii", "iv", "1", "2", "3", "4", "one", "two", "three", "four"),
        ("one", "two", "three", "four") * 3,
        strict=True,
    )
)
_GENERIC_STEMS = frozenset(stem(w) for w in GENERIC_WORDS)
_JOINS = word_set("and or versus vs against")
_ARTICLES = word_set("a an the")
COORDINATED_WORDS = 4  # from one term to the next it is set beside
MIN_ALTERNATIVES = 2  # a question sets at least two terms against each other


def term_stems(text: str) -> frozenset[str]:
    """Content stems, "type I" / "type one" read as one term ("type_one") besides "type"."""
    return frozenset(_term_stems(words(text)))


def _term_stems(ws: Sequence[str]) -> list[str]:
    out = []
    for i, w in enumerate(ws):
        if i and ws[i - 1] in _NUMBERED and w in _NUMBERS:
            out.append(f"{ws[i - 1]}_{_NUMBERS[w]}")
        elif w not in STOPWORDS:
            out.append(stem(w))
    return out


def _opening_term(label: str, prompt: frozenset[str]) -> str | None:
    """The term a label opens with as its subject, when the prompt asks about it and it is no
    generic word ("Macro averaging computes ..." -> macro; "Type I error is ..." -> type_one;
    "Choose by ..." -> None)."""
    stems = _term_stems(words(label))
    if not stems:
        return None
    first = stems[0]
    if first in _NUMBERED and len(stems) > 1 and stems[1].startswith(f"{first}_"):
        first = stems[1]
    if first not in prompt or first in _GENERIC_STEMS:
        return None
    return first


def point_terms(question: Question) -> tuple[frozenset[str], ...]:
    """Each key point's own terms among the alternatives the question sets against each other;
    all empty when it sets fewer than ``MIN_ALTERNATIVES``."""
    return _point_terms(question.prompt, tuple(kp.label for kp in question.key_points))


@lru_cache(maxsize=256)
def _point_terms(prompt: str, labels: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    asked = term_stems(prompt)
    named = [term_stems(label) for label in labels]
    opening = {t for t in (_opening_term(label, asked) for label in labels) if t}
    # a term every label names tells none of them apart
    opening = {t for t in opening if not all(t in n for n in named)}
    alternatives = _coordinated(prompt, opening)
    if len(alternatives) < MIN_ALTERNATIVES:
        return tuple(frozenset() for _ in labels)
    return tuple(n & alternatives for n in named)


def _coordinated(prompt: str, terms: set[str]) -> set[str]:
    """The ``terms`` the prompt sets side by side: joined to another of them by "and", "or",
    "versus" or a comma, the next of them within ``COORDINATED_WORDS`` ("macro, micro and weighted averaging",
    "type one and type two errors", "stemming and lemmatization"), not a word the prompt says
    elsewhere ("Give an example of each")."""
    ws = words(prompt.replace(",", " and "))
    at: list[tuple[int, str]] = []
    for i, w in enumerate(ws):
        t = (
            f"{ws[i - 1]}_{_NUMBERS[w]}"
            if i and ws[i - 1] in _NUMBERED and w in _NUMBERS
            else stem(w)
        )
        if t in terms:
            at.append((i, t))
    out: set[str] = set()
    for (i, a), (j, b) in zip(at, at[1:], strict=False):
        between = set(ws[i + 1 : j])
        # only a join, an article or the terms' shared head ("type", "search") between them:
        # "..., and what trade-off" joins two clauses, not two terms
        if (
            a != b
            and j - i <= COORDINATED_WORDS
            and between & _JOINS
            and not (between & STOPWORDS) - _JOINS - _ARTICLES
        ):
            out |= {a, b}
    return out


def own_term_evidence(
    own: frozenset[str],
    others: frozenset[str],
    evidence: int,
    sentences: Sequence[frozenset[str]],
    support: Collection[int],
    mentions: Collection[int],
    barred: Collection[int],
    nearness: Callable[[int], float | None],
) -> int:
    """The sentence to show for a point whose one own term is ``own``, its evidence being
    sentence ``evidence``: that one when it names the term, else a sentence that does and
    earns the point on the footing the evidence did: one of ``support`` (the sentences that
    explain it by its phrases, or name it), or one at least as near it in meaning
    (``nearness``, None when not read). When the evidence names another point's term (one of
    ``others``: the quotes of two points swapped), any of the point's ``mentions`` will do.
    The sentence naming the fewest ``others`` first, then a supporting one, then the nearest,
    then the earliest; ``evidence`` when there is none. ``barred``: sentences that say
    something wrong or deny a point."""
    if len(own) != 1 or own & sentences[evidence]:
        # a point naming several alternatives contrasts them ("Bagging mainly reduces variance;
        # boosting mainly reduces bias"): a sentence about either one may show it
        return evidence
    swapped = bool(others & sentences[evidence])
    here = nearness(evidence)
    best: tuple[int, bool, float, int] | None = None
    choice = evidence
    for i, said in enumerate(sentences):
        if i == evidence or i in barred or not own & said:
            continue
        near = nearness(i)
        supports = i in support
        if (
            not supports
            and not (swapped and i in mentions)
            and (near is None or here is None or near < here)
        ):
            continue
        rank = (-len(others & said), supports, near if near is not None else float("-inf"), -i)
        if best is None or rank > best:
            best, choice = rank, i
    return choice
