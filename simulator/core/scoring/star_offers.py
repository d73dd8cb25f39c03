"""What I offered is no outcome (issue 9, star44): "I said no to that feature and offered to
help them launch everything else on time" is a step of mine; the words of the offer ("launch
... on time") tell what I proposed, not what came of it, yet their outcome cues made the
sentence a result. The offered clause is left out of the sentence's evidence when I (or we)
make the offer; someone else's offer ("The vendor offered to relabel it for free") is read
whole."""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.text import word_set, words

__all__ = ["offer_left_out"]

_OFFER_VERBS = word_set("offered proposed suggested volunteered")
# Present forms name an offer only right after the doer ("I suggest we ...", "and offer to"):
# "a retention offer for the top decile" is a thing.
_OFFER_PRESENT = word_set("offer offers propose proposes suggest suggests volunteer volunteers")
_BEFORE_PRESENT = word_set("i we and then also so just")
# The pronouns that can be the doer of a verb. The word before the verb names its doer ("so I
# offered", "the client offered": the client's, review of a8fbef0c); a verb joined to an earlier
# one ("..., and offered") has the last pronoun before it for doer ("I told him what would
# happen if we launched, and offered ..." is mine).
_DOERS = word_set("i we he she they it who someone nobody")
_ME = word_set("i we")
_JOINED = word_set("and but or then so")
# Words between a doer and its verb: "I also offered", "we had proposed", "she quickly offered".
_BETWEEN = word_set(
    "also then even just had have has instead first later finally eventually still again "
    "already only actually originally once"
)
# Words after the verb that belong to it ("offered to", "proposed that"): its own cue.
_LINKS = word_set("to that")
_FORM = re.compile(r"\b(?:offer|propos|suggest|volunteer)\w*", re.IGNORECASE)
# Where the offered clause ends in the written sentence: a new clause with a subject of its
# own ("..., and she agreed", "; the board ..."); "with the new rules shipped between them"
# is still the offer.
_CLAUSE_END = re.compile(
    r";|,\s+(?:so|because|since|which)\b"
    r"|[,.]?\s+(?:and|but|so)\s+(?:he|she|they|it|the|his|her|their|everyone|nobody)\b",
    re.IGNORECASE,
)


def _doer(ws: Sequence[str], k: int) -> str:
    """Who does the verb at ``k``: the pronoun right before it (words such as "also" or "had"
    between them passed over), the last pronoun before a joined verb, else nobody I can name
    (a noun: "the client", "the head of sales")."""
    j = k - 1
    while j >= 0 and (ws[j] in _BETWEEN or (ws[j].endswith("ly") and len(ws[j]) > 4)):
        j -= 1
    if j < 0:
        return ""
    if ws[j] in _DOERS:
        return ws[j]
    if ws[j] in _JOINED:
        return next((d for d in reversed(ws[:j]) if d in _DOERS), "")
    return ""


def offer_left_out(ws: Sequence[str], raw: str) -> tuple[list[str], str] | None:
    """The sentence without the clause of my offer (its words and text), or None when it
    holds no offer of mine."""
    for k, w in enumerate(ws):
        if w not in _OFFER_VERBS and not (
            w in _OFFER_PRESENT and k and ws[k - 1] in _BEFORE_PRESENT
        ):
            continue
        if _doer(ws, k) not in _ME:
            continue
        # the verb at k in the written text: the written words of its form before it counted
        # (the first one found was "Their offer was too high, so I offered ..."'s noun)
        nth = sum(1 for v in ws[:k] if v[:5] == w[:5])
        forms = [m for m in _FORM.finditer(raw) if m.group().lower()[:5] == w[:5]]
        verb = forms[nth] if nth < len(forms) else None
        if verb is None:
            return None
        stop, head = verb.end(), k + 1
        link = re.match(r"\s+(\w+)", raw[stop:])
        if (
            link
            and link.group(1).lower() in _LINKS
            and ws[head : head + 1] == [link.group(1).lower()]
        ):
            stop, head = stop + link.end(), head + 1
        end = _CLAUSE_END.search(raw, stop)
        tail = raw[end.start() :] if end else "."
        # the words kept are the sentence's own (a story told in the present is read in the
        # past: "suggest" came in as "suggested"), cut by count
        kept = len(words(tail))
        return [*ws[:head], *ws[len(ws) - kept :]] if kept else list(ws[:head]), raw[:stop] + tail
    return None
