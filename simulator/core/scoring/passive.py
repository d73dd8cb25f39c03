"""A clause said in the passive, read in the active word order (issue 9, round 39, claims39).

The claim checkers that read word order (claims.py's counterparts and what they are said of,
relation_facts.py's sides of a relation verb) take what stands before a verb for its doer and
what stands after for what it acts on. A correct answer that says a relation in the passive
puts them the other way round: "the noise of the gradient is lowered by a larger batch" says
what "a larger batch lowers the noise of the gradient" says, and "the likelihood is increased
by every EM iteration" what "every EM iteration increases the likelihood" says, yet both were
charged as the reverse of the accepted view (claims39's dev set). ``active_order`` gives the
order of a passive clause's words as the active clause says them: the agent after "by", the
verb, then the subject; the be-verb and "by" are left out. Only a clause whose words are
subject, a finite be-verb, at most one adverb, a past participle and "by" right after it, with
a doer after "by", is read as a passive; any other clause keeps its order. "By" before an
amount ("reduced by half", "by a factor of ten") or after a participle of arithmetic ("divided
by the number of steps", "scaled by one minus p") gives no doer: the operator's sides stay as
said.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.text import STOPWORDS, word_set

# Finite forms only: "without *being* multiplied by every weight matrix" is an adjunct whose
# "without" must stay with it, and "can *be* reduced by" is hedged anyway.
_BE = word_set("is are was were get gets got")
# What "by" is followed by when it gives an amount, not a doer: "reduced *by half*", "raised
# *by a factor* of ten", "increased *by 10* percent".
_AMOUNT_STARTS = word_set(
    """a an one two three four five six seven eight nine ten twenty hundred thousand half about
    roughly around up at least most some several many orders order percent"""
)
# Adverbs between the be-verb and the participle, or between the participle and "by".
_BETWEEN = word_set(
    "also often usually always further then now still typically generally mostly largely"
    " greatly strongly slightly sharply quickly only"
)
# Past participles that do not end in "-ed".
_IRREGULAR = word_set(
    """driven shown given made kept set cut held brought caught taken done drawn led won beaten
    thrown known seen chosen broken hidden shaken undone outweighed overtaken split spread put
    shrunk shrunken grown fed dominated"""
)


def participle(w: str) -> bool:
    """A past participle ("reduced", "shown"): a passive's verb, or what may be done."""
    return w in _IRREGULAR or (len(w) > 4 and w.endswith("ed") and w not in STOPWORDS)


def _adverb(w: str) -> bool:
    return w in _BETWEEN or (len(w) > 4 and w.endswith("ly"))


def active_order(ws: Sequence[str]) -> list[int] | None:
    """Indexes of ``ws`` in the order of the active clause it says in the passive ("the
    gradient noise is reduced by a larger batch" -> "a larger batch reduced the gradient
    noise"), or None when the clause is not such a passive. Words before the subject's first
    content word stay in front ("so the noise ..." keeps "so")."""
    for i, w in enumerate(ws):
        if w not in _BE or i == 0:
            continue
        j = i + 1
        if j < len(ws) and _adverb(ws[j]):
            j += 1
        if j >= len(ws) or not participle(ws[j]):
            continue
        k = j + 1
        if k < len(ws) and _adverb(ws[k]):
            k += 1
        if k >= len(ws) or ws[k] != "by":
            continue
        if _by_an_amount(ws, k + 1, ws[j]):
            return None
        agent = list(range(k + 1, len(ws)))
        subject = list(range(i))
        if not any(ws[a] not in STOPWORDS for a in agent):
            return None
        if not any(ws[s] not in STOPWORDS for s in subject):
            return None
        lead = 0
        while lead < len(subject) and ws[subject[lead]] in STOPWORDS and not _article(ws[lead]):
            lead += 1
        return subject[:lead] + agent + [j] + subject[lead:]
    return None


def _by_an_amount(ws: Sequence[str], at: int, participle: str) -> bool:
    """What follows "by" is an amount or an operand, not a doer: "is reduced *by half*", "is
    divided *by* the number of steps" (an arithmetic participle takes an operand whatever
    follows), "is raised *by a factor* of ten"."""
    if participle in _ARITHMETIC_ONLY:
        return True
    if at >= len(ws):
        return True
    first = ws[at]
    if first.replace(".", "", 1).isdigit():
        return True
    if first in ("a", "an"):
        # "by a larger batch" is a doer; "by a factor of", "by a lot", "by a third" amounts
        return at + 1 < len(ws) and ws[at + 1] in _AMOUNT_NOUNS
    return first in _AMOUNT_STARTS


# Participles of arithmetic: "the loss *divided by* the number of steps", "*scaled by* one minus
# p" name an operation and its operand, no doer (reordered, the operator's sides turned round).
_ARITHMETIC_ONLY = word_set(
    """divided multiplied scaled weighted normalized normalised offset shifted rounded bounded
    capped clipped"""
)
_AMOUNT_NOUNS = word_set("factor lot third quarter half few couple bit percent fraction tenth")


def _article(w: str) -> bool:
    return w in ("a", "an", "the", "its", "their", "this", "these", "that", "those")


def in_active_order(ws: Sequence[str]) -> list[str]:
    """The words of a clause in active order (as they are when it is not a passive)."""
    order = active_order(ws)
    return list(ws) if order is None else [ws[i] for i in order]
