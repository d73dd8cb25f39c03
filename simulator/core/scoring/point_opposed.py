"""Sentences that say the opposite of a key point's negated clause (issue 9, evidence).

A label such as "For logistic regression it is convex, whereas MSE with a sigmoid is not"
denies something of a subject. A clause of the answer holding that clause's content words
(the elided predicate borrowed from the clause before: "... is not" -> "convex") with no
negation, no condition and no contrast asserts the opposite: "MSE with a sigmoid is also
convex". Such a sentence neither earns the point nor is shown as its evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.scoring.stance import names_a_mistake
from simulator.core.scoring.text import NEGATIONS, STOPWORDS, Tokens, stem, words

_COPULAS = frozenset(("is", "are", "was", "were", "does", "do", "did", "can", "will"))
_NEG = frozenset(("not", "no", "nor", "never", "isn't", "aren't", "doesn't", "don't", "cannot"))
# A clause that weighs or conditions rather than asserts ("if the mean changes", "differs from").
_HEDGES = frozenset(
    (
        "if",
        "when",
        "unless",
        "whether",
        "differ",
        "differs",
        "different",
        "difference",
        "unlike",
        "versus",
        "vs",
        "than",
        "rather",
        "instead",
        "confuse",
        "confused",
        "confuses",
        "confusing",  # "confusing statistical with practical significance" names the mistake
        "conflate",
        "conflates",
        "conflating",
        "mistake",
        "myth",
        "wrongly",
        "think",
        "believe",
        "misuse",
        "misuses",
        "misread",
        "misreading",
        "misinterpret",
        "misinterpretation",
        "treating",
        "treat",
        "fallacy",
        "assume",
        "assuming",
    )
)
_SPLIT = re.compile(r",|;|\bwhereas\b|\bwhile\b|\bbut\b|\bso\b|\bbecause\b|\bthough\b")


@lru_cache(maxsize=1024)
def denied_stems(label: str) -> tuple[frozenset[str], ...]:
    """The content stems of each clause of ``label`` that denies something ("X is not Y")."""
    clauses = [ws for ws in (words(c) for c in _SPLIT.split(label.lower())) if ws]
    out: list[frozenset[str]] = []
    for k, ws in enumerate(clauses):
        # a denial by a verb ("is not", "does not"), not a noun's "no X" ("no word order")
        neg = [i for i, w in enumerate(ws) if w in _NEG and i > 0 and ws[i - 1] in _COPULAS]
        if not neg:
            continue
        content = [w for w in ws if w not in _NEG and w not in STOPWORDS and w not in NEGATIONS]
        if neg[-1] == len(ws) - 1 and k > 0:  # "... is not": the predicate is the clause before
            before = clauses[k - 1]
            cops = [i for i, w in enumerate(before) if w in _COPULAS]
            if not cops:
                continue
            content += [w for w in before[cops[-1] + 1 :] if w not in STOPWORDS]
        stems = frozenset(stem(w) for w in content)
        if len(stems) >= 2:
            out.append(stems)
    return tuple(out)


def opposed_sentences(label: str, tokens: Tokens) -> set[int]:
    """Indices of the answer's sentences with a clause asserting what ``label`` denies."""
    found: set[int] = set()
    denied = denied_stems(label)
    if not denied:
        return found
    for sentence in tokens.sentences:
        if names_a_mistake(tuple(tokens.words[sentence.first_word : sentence.last_word])):
            continue  # a warning against the claim, not the claim
        for clause in _SPLIT.split(sentence.text.lower()):
            ws = words(clause)
            if any(w in _NEG or w in NEGATIONS or w in _HEDGES or w == "non" for w in ws):
                continue
            have = {stem(w) for w in ws}
            if any(d <= have for d in denied):
                found.add(sentence.index)
                break
    return found
