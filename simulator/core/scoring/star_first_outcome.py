"""Where the steps end and what came of them begins (star50, issue 9).

A story's steps come before what came of them, so the line between the two is read from the
story's order, not from one sentence's words:

* A note between my steps and the outcome: "Asked the lead for three examples. Reread my last
  ten PRs from a reviewer's seat. ... Median review time down from five days to one." A teller
  who speaks in notes tells a step as a note ("Four days of shadow traffic before any real
  exposure.") that, late in the story and after a step, reads as what came of the steps from
  its place alone. A note labelled result, right after a step told as a note, with no outcome
  said in it (no change, amount, uptake or ending; no result cue of its own) and a clear outcome
  still to come, is one more step.
* The first outcome after my last step: "I built a weekly dashboard ranking accounts by churn
  risk. Nobody used it. Three months after launch ..." The sentence between my steps and the
  outcome, labelled action, in which someone else or a thing does something in the past ("Next
  sprint he finished the pipeline in four days", "The dashboard went quiet") with no act of mine,
  no note of a step, no act in the passive and no finding, is the first thing that came of them
  (unmarked_outcome reads the same only when it is the story's last sentence).

* More of the outcome (star51): once a result has followed my steps, a sentence in which
  neither I nor we act, with a result or the end of the story after it ("The migration was
  completed three weeks later than planned, without complaint."), is one more thing that came
  of them, however much a thing done in the past reads like a step alone.

Each pass changes a label only; structure.py records why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.star_context import (
    ME,
    my_act,
    outcome_said,
    result_said,
    says_a_finding,
)
from simulator.core.scoring.star_cues import ACT_NOUNS, FINITE, SUBORDINATORS, UPTAKE_VERBS
from simulator.core.scoring.star_gaps import is_reflection
from simulator.core.scoring.star_grammar import is_past, main_clause
from simulator.core.scoring.star_labels import Reasons, subject_dropped
from simulator.core.scoring.star_notes import participle_note
from simulator.core.scoring.star_predicates import act_statement, passive_at
from simulator.core.scoring.text import count_phrases, word_set, words

__all__ = [
    "FIRST_OUTCOME",
    "MORE_OF_THE_OUTCOME",
    "NOTE_STEP",
    "NOTE_TASK",
    "REFLECTION_BETWEEN",
    "first_outcome_after_steps",
    "note_steps_before_outcome",
    "note_task",
    "outcome_goes_on",
    "reflection_between_parts",
]

NOTE_STEP = "a step told as a note, before what came of the steps"
FIRST_OUTCOME = "what came first of my steps, told before the rest of the outcome"

# Result evidence from what a sentence says (its place left out) that makes it an outcome of
# its own ("from then on", "in the end", a number with a change): a note carrying less is read
# from its place, and a later sentence carrying this much is the clear outcome still to come.
NOTE_MAX_RESULT = 1.5
# A note's past participle comes after a short noun phrase ("Model retrained to ...",
# "Serving pinned back"); a past verb further on has a subject of its own.
NOTE_SUBJECT_MAX = 3
# The first outcome's verb comes early ("Nobody used it", "Next sprint he finished ..."); a
# verb found further on belongs to a clause the main clause reader did not see through.
OUTCOME_VERB_MAX = 6

# A sentence opening on one of these has a subject of its own: no note.
_FULL = word_set(
    """the a an our my their his her its your this that these those they he she it we i
    someone somebody nobody none no"""
)
# Words by which a note tells how things came out: a change, a comparison, an uptake.
_COMPARED = word_set("down up back fewer more less lower higher faster slower better worse")
_TAKEN_UP = word_set("chosen taken given")
_FROM_TO = re.compile(r"\bfrom\b.*\bto\b")
# A step listed ("Also a fixed review slot ...", "Fraud first, since ...").
_LISTING = word_set("also finally first second third plus and")
_OURS = word_set("us our me my")
_PAST_FINITE = word_set("was were had did got went made took")
_BE = word_set("was were is are been be being got")


def _note(ws: Sequence[str], raw: str) -> bool:
    """Is the sentence told as a note: a step with its subject dropped ("Reread my last ten
    PRs"), a noun phrase and a participle ("Model retrained to accept either source"), or no
    verb at all ("Four days of shadow traffic before any real exposure"), with no "I"/"we" and
    no finite verb?"""
    w = list(ws)
    if subject_dropped(w, raw) or participle_note(w):
        return True
    if not w or w[0] in _FULL or set(w) & (FINITE | ME):
        return False
    verbs = [k for k, x in enumerate(w) if is_past(x)]
    return not verbs or (verbs[0] <= NOTE_SUBJECT_MAX and not set(w[: verbs[0]]) & _FULL)


def _how_it_came_out(ws: Sequence[str], raw: str) -> bool:
    """Does the note say how things came out: a share, a change or comparison, an uptake or
    choice, an ending or a state reached, "from ... to"?"""
    w = list(ws)
    if "percent" in w or "%" in raw or "per cent" in raw.lower():
        return True
    if set(w) & (_COMPARED | UPTAKE_VERBS | _TAKEN_UP) or outcome_said(w):
        return True
    return bool(_FROM_TO.search(raw.lower()))


def note_steps_before_outcome(
    labels: Sequence[str],
    words: Sequence[Sequence[str]],
    reasons: Sequence[Reasons],
    texts: Sequence[str],
) -> list[int]:
    """Notes labelled result that are steps: after a step told as a note, with nothing in them
    saying how things came out, and a clear outcome still to come (see the module's text)."""
    found: list[int] = []
    for i in range(1, len(labels)):
        if labels[i] != "result":
            continue
        prev = i - 1
        while prev > 0 and labels[prev] == "other":
            prev -= 1
        if labels[prev] != "action" and prev not in found:
            continue
        if result_said(reasons[i]) >= NOTE_MAX_RESULT:
            continue
        if not _note(words[i], texts[i]) or _how_it_came_out(words[i], texts[i]):
            continue
        if not _note(words[prev], texts[prev]):
            continue  # the teller speaks in notes: the step before is one too
        if not any(
            labels[k] == "result" and result_said(reasons[k]) >= NOTE_MAX_RESULT
            for k in range(i + 1, len(labels))
        ):
            continue  # no clear outcome after it: the note may be the outcome
        found.append(i)
    return found


def first_outcome_after_steps(
    labels: Sequence[str],
    words: Sequence[Sequence[str]],
    texts: Sequence[str],
) -> list[int]:
    """The sentence labelled action between my steps and the first result, in which someone
    else or a thing does something in the past, with no act of mine in it: what came first of
    the steps (see the module's text)."""
    for i in range(2, len(labels) - 1):
        if "result" in labels[:i]:
            break  # only where the steps first give way to the outcome
        nxt = i + 1
        while nxt < len(labels) - 1 and labels[nxt] == "other":
            nxt += 1
        if labels[i] != "action" or labels[nxt] != "result" or "action" not in labels[:i]:
            continue
        if _first_outcome(words, texts, i):
            return [i]
    return []


def _first_outcome(words: Sequence[Sequence[str]], texts: Sequence[str], i: int) -> bool:
    ws = list(words[i])
    if set(ws) & ME or my_act(ws, texts[i]) or count_phrases(ws, frozenset(("by me",))):
        return False
    if act_statement(ws) or says_a_finding(words, i):
        return False  # "My last step was a runbook"; what a look found
    if _note(ws, texts[i]) or "then" in ws:
        return False  # a note is read by its own rules; "then" puts it among the steps
    clause = main_clause(ws, texts[i])
    if clause.subject not in ("person", "thing") or not 0 <= clause.verb <= OUTCOME_VERB_MAX:
        return False
    if ws[0] in _LISTING or set(clause.subject_words) & (SUBORDINATORS | _LISTING):
        return False  # "Also a fixed review slot ...", "Fraud first, since ...": a step listed
    if set(clause.subject_words) & _OURS:
        return False  # "The three of us looked at the numbers": our step
    if not (is_past(ws[clause.verb]) or ws[clause.verb] in _PAST_FINITE):
        return False  # "Evaluation is leave-one-out": how the work is done
    if passive_at(ws):
        return False  # "A gold set was embedded in every batch": an act in the passive
    # "..., so the model was learning from demand that never existed": how things were going
    return not any(a in _BE and b.endswith("ing") for a, b in zip(ws, ws[1:], strict=False))


REFLECTION_BETWEEN = "a reflection told between the story's parts"


def reflection_between_parts(
    labels: Sequence[str], words: Sequence[Sequence[str]], texts: Sequence[str]
) -> list[int]:
    """A reflection told after my steps have begun and before the story goes on ("I rebuilt
    the deck around two customers. Looking back, I should have started there. Then I showed
    them the price change."): what the teller thinks of it now, no step and no outcome of the
    story. A lesson the story ends on, with no step after it, is the result and is left as it
    is."""
    found = []
    for i in range(1, len(labels) - 1):
        if labels[i] == "other" or "action" not in labels[:i]:
            continue
        after = [lab for lab in labels[i + 1 :] if lab != "other"]
        if not after or after[0] != "action":
            continue  # a step after it: the story goes on
        if _looking_back(words[i]) and is_reflection(texts[i]):
            found.append(i)
    return found


_LOOKING_BACK = frozenset(
    ("looking back", "in hindsight", "with hindsight", "in retrospect", "i wish", "we wish")
)
_UNREAL = word_set("should could would might i'd we'd")
_UNREAL_HAVE = word_set("should've could've would've might've")


def _looking_back(ws: Sequence[str]) -> bool:
    """Does the sentence look back on the story from now ("Looking back", "in hindsight", "I
    wish"), or say what should have been done ("should have", "could've"), with no act of mine
    told as done ("Looking back, I rebuilt ..." is a step)?"""
    w = list(ws)
    if any(x in ME and is_past(w[k + 1]) for k, x in enumerate(w[:-1])):
        return False
    if count_phrases(w, _LOOKING_BACK):
        return True
    if set(w) & _UNREAL_HAVE:
        return True  # "I should've asked sooner"
    return any(x in _UNREAL and w[k + 1 : k + 2] == ["have"] for k, x in enumerate(w))


NOTE_TASK = "what was mine to do, told as a note before any step"
# The head of a note ("Mine: ...", "Me: incident owner ...", "Goal agreed with my manager: ...")
# is this short at most.
NOTE_HEAD_MAX = 5
_MINE = word_set("me mine my i")


def note_task(labels: Sequence[str], texts: Sequence[str]) -> list[int]:
    """A note headed by me or mine, told after the scene and before any task or step ("Forty
    ticket categories, no labels. Mine: a working router in production by end of quarter."): the
    teller names what was theirs to do the way "Task:" names it. A head naming a step ("My first
    step: ...", "Day one: ...") is a step's note, left as it is."""
    for i in range(1, len(labels)):
        if labels[i] in ("action", "result", "task"):
            return []  # the steps, or a task, have begun
        if labels[i] != "situation" or ":" not in texts[i]:
            continue
        head = words(texts[i].split(":", 1)[0])
        if not head or len(head) > NOTE_HEAD_MAX or not set(head) & _MINE:
            continue
        if set(head) & (ACT_NOUNS | _LISTING) or any(is_past(w) for w in head[:1]):
            continue  # "My first step:", "Asked my lead:": a step
        return [i]
    return []


MORE_OF_THE_OUTCOME = "more of what came of my steps, told among the outcome's sentences"
_MINE_OR_OURS = word_set("i we me us my our myself ourselves i'd i've we'd we've")
_PARTICIPLE_TAILS = word_set("in on at by to for from within after before during into across")


def outcome_goes_on(
    labels: Sequence[str], words: Sequence[Sequence[str]], texts: Sequence[str]
) -> list[int]:
    """A sentence labelled action, told after the outcome has begun (a result after my steps)
    and followed by another result or by nothing but remarks, in which neither I nor we do
    anything ("The migration was
    completed three weeks later than planned, without complaint.", "New hires also said it
    was the thing that helped them most.", "The redaction step was later adopted as a
    standard for every text dataset."): more of what came of the steps, not a step. Read
    alone, a thing done in the past (in the passive, or by someone else) late in a story is a
    step's; told among the outcome's sentences, it is one of them. Not a reflection ("In
    retrospect, ... should have been asked"), nor a note of my own act with its subject
    dropped ("Sent the first fifty flags to the field engineers": an object after the verb; a
    participle with a time or place after it, "Pulled in July", is what happened to it)."""
    found: list[int] = []
    for i in range(1, len(labels)):
        if labels[i] != "action":
            continue
        before = [lab for lab in labels[:i] if lab != "other"]
        after = [lab for lab in labels[i + 1 :] if lab != "other"]
        if not before or before[-1] != "result" or "action" not in before:
            continue
        if after and after[0] != "result":
            continue
        ws = list(words[i])
        if set(ws) & _MINE_OR_OURS or _looking_back(ws):
            continue
        if _note(ws, texts[i]) and _act_with_object(ws):
            continue
        found.append(i)
    return found


def _act_with_object(ws: Sequence[str]) -> bool:
    """Does the note's first past verb take an object ("Sent the report to every lead",
    "Then added a weekly review"), my act with its subject dropped, rather than a time or place
    ("Pulled in July", "Promoted to ML engineer the next cycle": what happened to it)?"""
    k = next((k for k, w in enumerate(ws) if is_past(w)), -1)
    return 0 <= k < len(ws) - 1 and ws[k + 1] not in _PARTICIPLE_TAILS
