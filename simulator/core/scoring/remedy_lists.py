"""Remedies listed after the problem they remedy (charge50, issue 9).

"The labels only cover approved applicants. Options include reweighting them, *using outcomes of
rejected applicants from a credit bureau*, and approving a small random sample": each item of
such a list is a practice the speaker offers, not a claim of how things are, so it denies
nothing of the problem it answers (claims.py read the second item as saying the outcomes of
rejected applicants are seen, against "we only see outcomes for approved applicants").

A list is led by a remedy noun and its verb near the start of its sentence ("options include",
"the fixes are", "remedies would be", "common mitigations:"); its items are the clauses after
the lead in that sentence, up to one that opens a reason or a claim of its own ("because ...",
"which ..."). "Oversampling the test set is one option" is no list: what it says is read, and
practices that are wrong in themselves are charged by claims_practice.py.
"""

from __future__ import annotations

from simulator.core.scoring.stance import clause_ids
from simulator.core.scoring.text import Tokens, word_set

_REMEDIES = word_set(
    "option options remedy remedies fix fixes solution solutions alternative alternatives"
    " mitigation mitigations workaround workarounds countermeasure countermeasures cure cures"
    " approaches strategies techniques ways choices"
)
_LISTING = word_set("include includes including are is")
_LEAD_REACH = 6  # words from the sentence's start to the remedy noun ("the usual options include")
_VERB_REACH = 3  # words from the remedy noun to its verb ("options here include")
# Openers of a clause that is no item: a reason, a conclusion or a claim of its own.
_NO_ITEM = word_set("because since so which who that whereas while although though but if when")


def _lead_end(tokens: Tokens, first: int, last: int) -> int | None:
    """The position after a remedy list's lead in the sentence ``first``..``last``, or None."""
    ws = tokens.words
    for n in range(first, min(last, first + _LEAD_REACH)):
        if ws[n] not in _REMEDIES:
            continue
        for v in range(n + 1, min(last, n + 1 + _VERB_REACH)):
            if ws[v] in _LISTING:
                return v + 1
    return None


def listed_remedy(tokens: Tokens, positions: list[int]) -> bool:
    """The clause at ``positions`` is an item of a remedy list (see the module's text)."""
    start = positions[0]
    sentence = tokens.sentences[tokens.sentence_of[start]]
    first, last = sentence.first_word, sentence.last_word
    lead = _lead_end(tokens, first, last)
    if lead is None or positions[-1] < lead:
        return False
    ids = clause_ids(sentence)
    # the clauses from the one holding the lead's end up to this one: none opens a reason
    for p in range(lead, start + 1):
        opens = p == lead or ids[p - first] != ids[p - 1 - first]
        if opens and p > lead and tokens.words[p] in _NO_ITEM:
            return False
    return tokens.words[start] not in _NO_ITEM or start < lead
