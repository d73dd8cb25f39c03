"""A step of mine told with the thing as its subject, read as no outcome (rel47).

A teller who tells the steps in the passive or as notes ("Notebook logic pulled into a versioned
package.", "A redaction step was then built.") tells the last step the same way: "Monthly
retraining scheduled, plus per-sensor drift dashboards.", "Low-confidence predictions sent to a
manual queue.", "A sample of five hundred redacted transcripts was audited by hand." Placed after
the story's middle, such a sentence is labelled the result for what a thing's past verb late in a
story usually is (star_labels' "what followed"), but it says only what was done to the thing, so a
story whose result sentences were cut and which ends on it still has no result (round 46's blind
set: two of three such stories were given one).

It is one more step, not the outcome, when all of these hold: the sentence is an act in the
passive (``passive_at``) or a note with its "was" left out (``participle_note``); its participle is
an act, not how things ended or changed ("approved", "launched", "shut", "dropped": OUTCOME_VERBS,
ENDINGS, UPTAKE_VERBS, CHANGE_WORDS); nobody but me is named as its doer ("was approved by the CFO"
is someone taking my work up); and nothing else in it says what came of the steps, besides its
place and that past verb (an outcome cue, a measured change, a lapse of time, a state since: its
result evidence, those two left out, is under ``said_outcome``'s bar; no measure such as "plus
four percent"). star_gaps reads it so only in a sentence of one clause: "The next three hires ran
the pipeline on their second day, and the wiki page was archived" tells an outcome first.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.star_cues import CHANGE_WORDS, ENDINGS, OUTCOME_VERBS, UPTAKE_VERBS
from simulator.core.scoring.star_labels import PLACE_REASONS, Reasons
from simulator.core.scoring.star_notes import note_participle
from simulator.core.scoring.star_predicates import passive_at
from simulator.core.scoring.text import word_set

__all__ = ["step_told_as_the_thing"]

# star_labels' reason for a thing's past verb after the story's middle (its own words).
_FOLLOWED = "what followed (a thing's past verb, late)"
# Participles that tell how things ended, changed or were taken up: an outcome in the passive.
_OUTCOME_PARTICIPLES = OUTCOME_VERBS | ENDINGS | UPTAKE_VERBS | CHANGE_WORDS | word_set("done")
# What may follow "by" in a step of mine told in the passive ("by me", "checked by hand").
_BY_ME = word_set("me myself hand")
# Words of a measure: "Re-ranker trained on clean logs: plus four percent add-to-cart" tells
# what the step brought.
_MEASURES = word_set("percent % points point")
# Evidence of an outcome, besides the place and the thing's past verb, that a step must stay under.
STEP_OUTCOME_BAR = 1.0


def step_told_as_the_thing(ws: Sequence[str], reasons: Reasons) -> bool:
    """Is this sentence (its words, lower case) one more step told with the thing as subject,
    with nothing in it that says what came of the steps (see the module's text)?"""
    words = list(ws)
    if {"i", "we", "i'd", "we'd", "i've", "we've"} & set(words) or set(words) & _MEASURES:
        return False
    told = sum(
        w for w, why in reasons.get("result", ()) if why != _FOLLOWED and why not in PLACE_REASONS
    )
    if told >= STEP_OUTCOME_BAR:
        return False
    at = passive_at(words)
    if at:
        verb = words[at - 1]
    else:
        noted = note_participle(words)
        if noted is None:
            return False
        verb = noted
    if verb in _OUTCOME_PARTICIPLES:
        return False
    return not _someone_else_did_it(words)


def _someone_else_did_it(words: list[str]) -> bool:
    """ "... by the CFO", "... by two other teams": a doer named, and not me."""
    for k, w in enumerate(words):
        if w == "by" and k + 1 < len(words):
            doer = [x for x in words[k + 1 : k + 4] if x not in ("the", "a", "an")]
            if doer and doer[0] not in _BY_ME and not doer[0].isdigit():
                return doer[0] not in ("then", "now", "end", "noon")
    return False
