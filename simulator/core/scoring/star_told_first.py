"""An opening line that is the story's end told first, known by its tense and its agent
(issue 9, star45).

A fresh writer often opens with where things stand now and only then goes back: "Training our
fraud model now costs a tenth of what it did.", "She now owns our feature pipeline on her own.",
"The fraud queue went from two days of backlog to same-day review, and the operations team
still uses the screen we designed." Or with what my work changed, measured: "The second launch
of our search ranking model lifted conversion by four percent.", "We got the forecast error
down to eight percent across four hundred stores." The labeller read both as the scene, the
opening line's usual part, and with no cue word ("In the end") and no line going back
(star_turns.py) nothing told it otherwise. Two shapes carry it here, never a word list for
one story:

* a lasting present state: "now", "today", "still", "any more" in a clause whose verb is in
  the present or the present perfect, in a story told in the past (the scene of a story told
  in the past is in the past: "our pricing team was still using last year's model", "a
  language only one person still knew");
* my work changing a quantity: the main clause's verb a simple-past verb that changes what it
  acts on ("cut", "reduced", "lifted", "got ... down"), its subject me, us or a thing of ours,
  and a measure after it. A problem that opens a story changes by itself ("the error rate
  jumped from nine to fourteen percent", "precision had dropped") or is reported ("showed
  that a new design had lifted sales").
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.star_grammar import is_past, main_clause
from simulator.core.scoring.text import is_number, word_set

__all__ = ["end_told_first"]

_LASTING = word_set("now today still anymore")
_LASTING_PAIRS = (("any", "more"), ("these", "days"), ("to", "this", "day"))
_PRESENT_BE = word_set("is are am has have it's that's she's he's they're we're there's")
_PAST_FINITE = word_set("was were had did could would")
_CLAUSE_BREAKS = word_set("and but so which while when because")
# Verbs that change what they act on (a transitive change), in the simple past.
_CHANGED = word_set(
    """cut reduced lifted raised lowered halved improved increased decreased boosted shrank
    shortened trimmed slashed"""
)
_GOT_DIRECTIONS = word_set("down up")
_OURS = word_set("i we our my us")
_MEASURES = word_set("by from to percent half quarter third tenth points")
_REACH = 2  # words between a lasting marker and its present verb ("now owns", "still uses")


def _clauses(ws: Sequence[str]) -> list[list[str]]:
    out: list[list[str]] = [[]]
    for w in ws:
        if w in _CLAUSE_BREAKS and out[-1]:
            out.append([])
        else:
            out[-1].append(w)
    return [c for c in out if c]


def _present_verb(w: str) -> bool:
    # a third-person present ("costs", "owns", "uses"); not a plural noun after an article
    return w in _PRESENT_BE or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us")))


def lasting_state(ws: Sequence[str]) -> bool:
    """A clause that says how things stand now, in the present (see above)."""
    for clause in _clauses(ws):
        marks = [k for k, w in enumerate(clause) if w in _LASTING]
        marks += [
            k
            for k in range(len(clause))
            for pair in _LASTING_PAIRS
            if tuple(clause[k : k + len(pair)]) == pair
        ]
        for k in marks:
            if set(clause[:k]) & _PAST_FINITE:
                continue  # "our pricing team was still using ..."
            after = clause[k + 1 : k + 1 + _REACH]
            if after[:1] and (is_past(after[0]) and after[0] not in _PRESENT_BE):
                continue  # "still ran", "still knew": a past state
            if any(_present_verb(w) for w in after) or (k and clause[k - 1] in _PRESENT_BE):
                return True
            if set(clause[:k]) & {"has", "have"}:
                return True  # "has been running the churn model for over a year now"
    return False


def my_work_changed(ws: Sequence[str], raw: str) -> bool:
    """The main clause: me, us or a thing of ours changing a quantity, measured (see above)."""
    clause = main_clause(list(ws), raw)
    if clause.verb < 0 or not set(clause.subject_words) & _OURS:
        return False
    verb = ws[clause.verb]
    if clause.verb and ws[clause.verb - 1] in ("had", "to", "would", "could"):
        return False
    after = list(ws[clause.verb + 1 : clause.verb + 9])
    if verb == "got":
        changed = bool(set(after[:5]) & _GOT_DIRECTIONS)
    else:
        changed = verb in _CHANGED and is_past(verb) or verb == "cut"
    measured = "%" in raw or any(is_number(w) for w in after) or bool(set(after) & _MEASURES)
    return changed and measured


def end_told_first(ws: Sequence[str], raw: str, story_in_past: bool) -> bool:
    """Is this opening line the story's end, told first (see above)?"""
    return (story_in_past and lasting_state(ws)) or my_work_changed(ws, raw)
