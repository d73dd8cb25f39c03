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
from simulator.core.scoring.star_gaps import changed_by_a_measure
from simulator.core.scoring.star_grammar import is_past
from simulator.core.scoring.star_labels import PLACE_REASONS, Reasons, told_evidence
from simulator.core.scoring.star_predicates import phrasal_change, returned
from simulator.core.scoring.star_tense import as_past
from simulator.core.scoring.text import is_number, word_set

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


def measured_outcome(ws: Sequence[str], text: str) -> bool:
    """Does a clause tell a quantity changing by a measure, of anything but me ("Accuracy
    dropped by only 0.3 points", "That alone got the error down to about 8 percent")? What the
    step before did to the thing it worked on, not what a look found (star58): a look finds a
    share or a source ("Ninety percent of the flags came from three rules"), which changes
    nothing."""
    if any(tuple(ws[k : k + 2]) in _SOURCES for k in range(len(ws))):
        return False
    if changed_by_a_measure(text):
        return True
    return (phrasal_change(list(ws)) or _brought_to(ws)) and _measure_told(ws)


# "came from", "comes from": where things came from, a finding, no change.
_SOURCES = frozenset((("came", "from"), ("come", "from"), ("comes", "from"), ("coming", "from")))


_BROUGHT = word_set("got get gets brought bring brings pushed took")
_BROUGHT_REACH = 4  # "got the error down to", "brought the p99 latency back down to"


def _brought_to(ws: Sequence[str]) -> bool:
    """ "got the error down to ...", "brought latency back under ...": a thing moved to a level."""
    for k, w in enumerate(ws):
        if w not in _BROUGHT:
            continue
        for j in range(k + 1, min(len(ws) - 1, k + 2 + _BROUGHT_REACH)):
            if ws[j] in ("down", "up", "back", "under", "below") and ws[j + 1] in ("to", "under"):
                return True
    return False


def _measure_told(ws: Sequence[str]) -> bool:
    return any(is_number(w) for w in ws) or "percent" in ws


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
            not my_act(words[k], texts[k])
            and _turned_up(words[k], reasons[k], looked)
            and not measured_outcome(words[k], texts[k])
            for k in run
        ):
            found.extend(k for k in run if k not in found)
    return found


CONCLUSION_DRAWN = "a measure and what it told me: a finding, not what the steps led to"
# What a measure or a look told me, said after it ("..., which told me the features were
# stale", "..., so a leak was likely") (star55): a finding that drives the next step. The
# frame's verb follows a word that stands for the measure ("which", "that", "this", "it") or
# "so"; the participles stand alone ("..., suggesting the join was wrong").
_TOLD_ME = (
    ("told", "me"),
    ("showed", "me"),
    ("suggested",),
    ("pointed", "to"),
    ("pointed", "at"),
    ("made", "me", "suspect"),
    ("made", "me", "think"),
    ("made", "me", "wonder"),
    ("hinted",),
)
_STANDS_FOR_IT = word_set("which that this it so")
_ON_THEIR_OWN = (("suggesting",), ("pointing", "to"), ("pointing", "at"), ("a", "sign", "that"))
# "..., so a leak was likely": a guess drawn from what was measured, a further step to check it.
_GUESSES = word_set("likely probably presumably apparently")
# A guess told last still leads to a step not told; what a measure showed me, told last, may be
# the outcome checked ("..., which showed me the pilot had worked").
_TENTATIVE = (("suggested",), ("pointed", "to"), ("pointed", "at"), ("made", "me", "suspect"))


def _has(ws: Sequence[str], phrase: tuple[str, ...], k: int) -> bool:
    return tuple(ws[k : k + len(phrase)]) == phrase


def conclusion_told(ws: Sequence[str], last: bool = False) -> bool:
    """Does the sentence say what a measure or a look told me, after telling it ("The AUC
    dropped to 0.7, which told me the features were stale.", "Precision came out at 0.3,
    suggesting the join was wrong.", "The AUC dropped to 0.7, so a leak was likely.")? Told
    last (``last``), only a guess counts: "which showed me ..." may be the outcome, checked."""
    ws = list(ws)
    told = _TENTATIVE if last else _TOLD_ME
    for k in range(1, len(ws)):
        if ws[k - 1] in _STANDS_FOR_IT and any(_has(ws, f, k) for f in told):
            return True
        if any(_has(ws, f, k) for f in _ON_THEIR_OWN):
            return True
    if "so" in ws[1:]:
        after = ws[ws.index("so", 1) + 1 :]
        return bool(after) and after[0] not in ("i", "we") and bool(set(after) & _GUESSES)
    return False


def conclusion_drawn(
    labels: Sequence[str],
    words: Sequence[Sequence[str]],
    reasons: Sequence[Reasons],
) -> list[int]:
    """Sentences labelled result after a step of mine that tell a measure and what it told me
    (``conclusion_told``), with a step of mine after them (the next sentence that tells a part),
    or told last as a guess: what a step revealed, which leads to a further step, not what the
    steps led to at the end (star55)."""
    found: list[int] = []
    for i in range(1, len(labels)):
        if labels[i] != "result" or "action" not in labels[:i]:
            continue
        nxt = i + 1
        while nxt < len(labels) and labels[nxt] == "other":
            nxt += 1
        if nxt >= len(labels):
            if conclusion_told(words[i], last=True):
                found.append(i)
            continue
        step = labels[nxt] == "action" and told_evidence("action", reasons[nxt]) >= NEXT_STEP_MIN
        if step and conclusion_told(words[i]):
            found.append(i)
    return found


FOLLOWED_FROM = "what a step turned up: the next step follows from it"
# How a step says it follows from what was just told: "So I wrote ...", "That's why I ...".
_FOLLOWS_FROM = (
    ("so", "i"),
    ("so", "we"),
    ("that's", "why"),
    ("that", "is", "why"),
    ("because", "of", "that"),
    ("given", "that"),
    ("based", "on", "that"),
    ("knowing", "that"),
    ("with", "that", "in", "mind"),
)
_STEP_LEADS = word_set("and then um uh okay")
# Outcome evidence no finding carries: someone's answer, an ending, the plan met, a later point.
_OUTCOME_REASONS = frozenset(
    (
        "someone's answer to your steps",
        "someone else acting on it",
        "delivered against the plan",
        "how it ended",
        "told from a later point",
        "an outcome in the passive",
        "the outcome, told first",
        "what a step brought about",
        "how the work went on",
        "no one objected after the steps",
    )
)
# "I"/"we" + one of these is a state of mine, no act ("that I just wasn't aware of").
_STATES = word_set("was were wasn't weren't had hadn't knew felt thought didn't couldn't just")


def _follows_from(ws: Sequence[str]) -> bool:
    rest = list(ws)
    while rest and rest[0] in _STEP_LEADS:
        rest = rest[1:]
    return any(tuple(rest[: len(f)]) == f for f in _FOLLOWS_FROM)


# Words said between "I"/"we" and its verb that leave the act an act ("we, um, set a band").
_BETWEEN_DOER_AND_ACT = word_set("um uh er like then also just first finally quickly")


def acted(ws: Sequence[str]) -> bool:
    """An act of mine or ours in the sentence: "I" or "we" with a past verb that is no state
    ("we were publishing", "I hadn't known" say how things stood)."""
    for k, w in enumerate(ws):
        if w not in ("i", "we"):
            continue
        j = k + 1
        while j < len(ws) and ws[j] in _BETWEEN_DOER_AND_ACT:
            j += 1
        if j < len(ws) and is_past(ws[j]) and ws[j] not in _STATES:
            return True
    return False


def finding_a_step_follows(
    labels: Sequence[str],
    words: Sequence[Sequence[str]],
    reasons: Sequence[Reasons],
    texts: Sequence[str] = (),
) -> list[int]:
    """Up to two sentences read as the scene or the result between a step of mine and a step
    that says it follows from them ("I pull six months of scanner logs first. Ninety-five
    percent of the incidents are a scanner sending zero events. So I write a silence rule.";
    "It turned out leadership had a cost deadline I wasn't aware of. So I said okay, ..."),
    with no act of mine and no outcome evidence of their own (someone's answer, an ending, the
    plan met): what a step revealed, which the next step follows from, not what the steps led
    to (star55)."""
    found: list[int] = []
    for nxt in range(2, len(labels)):
        if labels[nxt] != "action" or not _follows_from(as_past(list(words[nxt]))):
            continue
        k = nxt - 1
        while k > 0 and labels[k] == "other":
            k -= 1
        run: list[int] = []
        while k > 0 and labels[k] in ("result", "situation") and len(run) < FINDING_RUN_MAX:
            run.append(k)
            k -= 1
        if not run or labels[k] != "action" or not any(labels[j] == "result" for j in run):
            continue
        if any(
            acted(as_past(list(words[j])))
            or any(why in _OUTCOME_REASONS for _, why in reasons[j].get("result", ()))
            or (texts and measured_outcome(words[j], texts[j]))
            for j in run
        ):
            continue
        found.extend(j for j in sorted(run) if j not in found)
    return found


FINDING_FRAMED = "what turned out, between my steps: a finding of the investigation"
# The frames that tell a finding as news ("It turned out the join was dropping rows", "Turns
# out they send every document to a person anyway", "It emerged that he had been assigned to
# three projects") (star56); "it turned out to be ..." judges a thing, and is left alone.
_FINDING_FRAMES = (
    ("it", "turned", "out"),
    ("it", "turns", "out"),
    ("turned", "out"),
    ("turns", "out"),
    ("as", "it", "turned", "out"),
    ("it", "emerged"),
    ("it", "became", "clear"),
    ("it", "became", "obvious"),
    ("it", "was", "clear"),
    ("it", "came", "out", "that"),
)
# How far into a sentence a frame opening on "it" may stand, after a phrase of when ("Midway
# through, it came out that ...", "A week in, it turned out ..."; star66).
_IT_FRAME_WITHIN = 4
_OPENING_FILLERS = word_set("and so but then well um uh okay ok now basically actually")


def finding_frame(ws: Sequence[str]) -> bool:
    k = 0
    while k < len(ws) and ws[k] in _OPENING_FILLERS:
        k += 1
    for frame in _FINDING_FRAMES:
        starts = range(k, k + _IT_FRAME_WITHIN) if frame[0] == "it" else range(k, k + 1)
        for at in starts:
            if tuple(ws[at : at + len(frame)]) == frame:
                return ws[at + len(frame) : at + len(frame) + 1] not in (["to"], ["fine"], ["well"])
    return False


def finding_framed(labels: Sequence[str], words: Sequence[Sequence[str]]) -> list[int]:
    """Sentences that open on a frame of a finding ("It turned out ...", "It emerged that
    ..."), told after a step of mine and before another step of mine: what the investigation
    turned up (star61: a finding, not a step, whatever the sentence's own words made of it:
    star_findings.finding_label says its part). Not read as a step when no step comes after it (the story may end on what was
    found), nor before any step (a mistake story's "It turned out the table was the only
    copy" is its scene)."""
    return [
        i
        for i in range(1, len(labels) - 1)
        if finding_frame(words[i]) and "action" in labels[:i] and "action" in labels[i + 1 :]
    ]
