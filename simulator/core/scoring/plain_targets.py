"""Key points said in everyday words, as extra targets for the meaning signal (issue 9, para36).

An outside author's rubric says "adds Gaussian noise until pure noise"; a candidate who
understands says "sprinkles random static over the photo until it is just fuzz". The static
vectors meaning.py compares are close when words are shared, and these share none. Until now the
bridge ran one way: each answer sentence was read again with the everyday phrases it uses said
as terms (plain_words.in_technical_words), which needs the answer to use one of the listed
phrases word for word.

This runs the other way, from the term side: each key point's label and wordings are also said
with their technical terms replaced by everyday ones (the shared lexicon's groups: a group's first
member is the term, the others how people say it without it), and those plain versions join the
point's targets. A sentence then comes near a point by sharing *some* everyday words with one of
its plain versions ("random static", "bit by bit"), which a vector comparison rewards in part,
where the rewording needs the whole phrase. Calibration is unchanged (meaning.py: the prompt and
generic sentences set the floor, the model answer's closest run the reference), and as before a
plain version never matches a rubric phrase by words and never charges anything.

For no question in particular: the groups are written from the term side and shared by every
pack, so a pack never seen gets the same readings.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.scoring.everyday_glosses import GLOSS_GROUPS
from simulator.core.scoring.everyday_ml import EVERYDAY_GROUPS
from simulator.core.scoring.everyday_terms import TERM_GROUPS
from simulator.core.scoring.plain_words import MEANING_GROUPS, is_form_of

VARIANTS = 3  # plain versions of one text: the i-th uses each term's i-th everyday wording
_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


@lru_cache(maxsize=1)
def _heads() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """First word of a term -> (the term's words, its everyday wordings), longest term first."""
    out: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    seen: set[tuple[str, ...]] = set()
    for group in (*TERM_GROUPS, *EVERYDAY_GROUPS, *MEANING_GROUPS, *GLOSS_GROUPS):
        term = tuple(group[0].lower().split())
        plain = tuple(m for m in group[1:] if m.lower() != group[0].lower())
        if term in seen or not plain:
            continue
        seen.add(term)
        out.setdefault(term[0], []).append((term, plain))
    for terms in out.values():
        terms.sort(key=lambda tp: -len(tp[0]))
    return out


@lru_cache(maxsize=1)
def _heads_by_prefix() -> dict[str, list[tuple[int, str]]]:
    """The first words of ``_heads`` by their first three letters (or fewer, for a shorter
    word), each with its place in ``_heads``: an answer word is tried against the heads it
    starts like, in ``_heads``' order, instead of against every head (a tenth of a whole-bank
    audit's first readings went through them all, suite44)."""
    out: dict[str, list[tuple[int, str]]] = {}
    for n, term_first in enumerate(_heads()):
        out.setdefault(term_first[:3], []).append((n, term_first))
    return out


def _term_at(said: list[str], i: int) -> tuple[int, tuple[str, ...]] | None:
    """The longest term starting at word ``i`` (its last word may be inflected): its length
    and everyday wordings."""
    heads = _heads()
    candidates = list(heads.get(said[i], ()))
    if not candidates:
        # an inflected one-word term ("residuals", "normalized")
        by_prefix = _heads_by_prefix()
        word = said[i]
        starts = {word[:n] for n in (1, 2, 3)}  # a head's first letters the word starts with
        alike = sorted(h for start in starts for h in by_prefix.get(start, ()))
        for _, term_first in alike:
            if is_form_of(word, term_first):
                candidates += [t for t in heads[term_first] if len(t[0]) == 1]
    for term, plain in candidates:
        n = len(term)
        if i + n > len(said):
            continue
        if tuple(said[i : i + n - 1]) == term[:-1] and (
            said[i + n - 1] == term[-1] or is_form_of(said[i + n - 1], term[-1])
        ):
            return n, plain
    return None


@lru_cache(maxsize=4096)
def plain_variants(text: str) -> tuple[str, ...]:
    """``text`` with its technical terms said in everyday words, ``VARIANTS`` ways (the i-th
    takes each term's i-th wording, cycling); empty when it uses none of the lexicon's terms."""
    said = [m.group(0).lower() for m in _WORD.finditer(text)]
    found: list[tuple[int, int, tuple[str, ...]]] = []  # start, length, everyday wordings
    i = 0
    while i < len(said):
        hit = _term_at(said, i)
        if hit is None:
            i += 1
            continue
        found.append((i, hit[0], hit[1]))
        i += hit[0]
    if not found:
        return ()
    out: list[str] = []
    for v in range(VARIANTS):
        parts: list[str] = []
        at = 0
        for start, n, plain in found:
            parts += said[at:start]
            parts.append(plain[v % len(plain)])
            at = start + n
        parts += said[at:]
        out.append(" ".join(parts))
    return tuple(out)


def plain_versions(text: str) -> tuple[str, ...]:
    """The distinct ``plain_variants`` of ``text``."""
    return tuple(dict.fromkeys(plain_variants(text)))
