"""A sentence read as an outcome only from its place or its amounts, told before a step of mine
(star49): what came of the steps comes after them, so a sentence between my steps whose only
outcome evidence is where it sits ("what followed", late in the story) or a word of amount
("percent", "zero", "within a") is what a step turned up, one more step of the story.

    "I pulled the search logs for a month. It turned out that around forty percent of queries
    returned zero results, and most of those were policy numbers. I built a lookup for them."

The middle sentence reads alone as an outcome (a share, "zero results", after the story's
middle), but a reader knows the steps are not over: the next sentence is a step of mine, so the
steps' outcome is still to come, and a share of what a look examined is what the look found.
A real outcome told between two steps says so in stronger words than an amount: a change
measured ("cut errors by a third"), someone's answer ("she agreed to a pilot"), a later point
("within two months every model had ..."), an ending ("ended up", "on time"); those keep their
label. ``structure.py`` runs this after the Viterbi labels, with the other context passes
(star_context.py), and records why.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.star_context import (
    FINDING_MAX_RESULT,
    FINDING_RUN_MAX,
    FOLLOWED,
    a_look,
    my_act,
)
from simulator.core.scoring.star_cues import CHANGE_WORDS
from simulator.core.scoring.star_labels import PLACE_REASONS, Reasons, told_evidence
from simulator.core.scoring.star_predicates import phrasal_change, returned

FINDING_AMONG_STEPS = "what a step turned up: a step of mine follows it"
# The evidence of a step the sentence after must carry, from what it says ('"I" + past verb'
# is 2.0, a step told as a noun 3.0): a weak step ("we" alone, mid-story) proves no order.
NEXT_STEP_MIN = 2.0
# The heaviest cue phrase an amount can be ("percent" twice, "zero", "within a", "faster"); an
# outcome cue weighs more ("dropped" 1.5, "ended up" 2.0, "as a result" 3.0).
AMOUNT_CUE_MAX = 1.0


def _amounts(reasons: Reasons) -> float | None:
    """The weight of the sentence's outcome cues of amount when every piece of its outcome
    evidence is its place, "what followed", or such a cue, together no more than a finding may
    carry (``FINDING_MAX_RESULT``: "percent" and "zero"); else None."""
    amounts = 0.0
    for weight, why in reasons.get("result", ()):
        if why in PLACE_REASONS or why == FOLLOWED:
            continue
        if why.startswith('"') and weight <= AMOUNT_CUE_MAX:
            amounts += weight
            continue
        return None
    return amounts if amounts <= FINDING_MAX_RESULT else None


def _turned_up(ws: Sequence[str], reasons: Reasons, after_a_look: bool) -> bool:
    """What a step turned up: after a step that looks into something, anything said with no
    more than place and amounts ("In that session the candidate struggled to ..."); after any
    other step, a share or an amount of things with no change in it ("Ninety percent of them
    were the same supplier"; not "Latency went back under a hundred milliseconds": what the
    step before did)."""
    amounts = _amounts(reasons)
    if amounts is None:
        return False
    if after_a_look:
        return True
    ws = list(ws)
    changed = bool(set(ws) & CHANGE_WORDS) or phrasal_change(ws) or returned(ws)
    return amounts > 0 and not changed


def finding_among_steps(
    labels: Sequence[str],
    words: Sequence[Sequence[str]],
    reasons: Sequence[Reasons],
    texts: Sequence[str],
) -> list[int]:
    """Sentences labelled result after a step of mine and before a clear step of mine (the
    next sentence that tells a part, or the one after it), with no act of mine in them and no
    outcome evidence but their place and words of amount."""
    found: list[int] = []
    for i in range(1, len(labels) - 1):
        if labels[i] != "result" or "action" not in labels[:i]:
            continue
        nxt = i + 1
        while nxt < len(labels) and (
            labels[nxt] == "other" or (labels[nxt] == "result" and nxt - i < FINDING_RUN_MAX)
        ):
            nxt += 1
        if nxt >= len(labels) or labels[nxt] != "action":
            continue
        if told_evidence("action", reasons[nxt]) < NEXT_STEP_MIN:
            continue
        run = [k for k in range(i, nxt) if labels[k] == "result"]
        step = max(k for k in range(i) if labels[k] == "action")
        looked = a_look(words[step])
        if all(
            not my_act(words[k], texts[k]) and _turned_up(words[k], reasons[k], looked) for k in run
        ):
            found.extend(k for k in run if k not in found)
    return found
