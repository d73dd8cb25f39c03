"""STAR parts that are there in name only: sentences carry the part's label, but not what an
interviewer listens for in it. A result that is only a lesson or a reflection ("looking back, I
should have stepped in earlier") says nothing of what happened; actions that are all "we" never
say what the candidate did. Such a part is reported missing, with why, and scored as missing
(structure.py); its sentences keep their label, so the shares and the sentence list stay true.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.star_cues import BE_PAST, FINITE, IRREGULAR_PAST
from simulator.core.scoring.star_disputes import NOBODY, disputed
from simulator.core.scoring.star_grammar import is_past, main_clause
from simulator.core.scoring.star_labels import (
    PASSIVE_ACT,
    PLACE_REASONS,
    REQUEST_OPENING,
    SCENE_REASONS,
    Reasons,
    subject_dropped,
    told_evidence,
)
from simulator.core.scoring.star_lessons import LEAD_INS, lesson_told
from simulator.core.scoring.star_predicates import asked_if, passive_at
from simulator.core.scoring.star_thing_steps import step_told_as_the_thing
from simulator.core.scoring.text import count_phrases, is_number, word_set
from simulator.core.scoring.text import words as text_words

# How a reflection opens: what was learned or would be done differently, not what happened.
REFLECTION_OPENINGS = frozenset(
    (
        "i realised",
        "i realized",
        "i also realised",
        "i also realized",
        "i think",
        "i believe",
        "i feel",
        "i would",
        "i'd",
        "i should",
        "i should have",
        "i wish",
        "what i'd do",
        "what i would do",
        "the key was",
        "the key is",
        "looking back",
        "in hindsight",
        "in retrospect",
        "with hindsight",
        "next time",
        "if i did it again",
        "if i were to do it again",
        "if i had to do it again",
        "it showed me",
        "that showed me",
        "this showed me",
        "it reminded me",
        "that reminded me",
    )
)
# Asides a reflection may open with: "If I'm honest, ...", "To be honest, ...".
_HONEST_ASIDES = (("if", "i'm", "honest"), ("if", "i", "am", "honest"), ("to", "be", "honest"))
# Conjunctions that start a new clause in a result sentence: "..., and the model went live".
_CLAUSE_BREAKS = (", and ", ", but ", ", so ", "; ", " and then ", ", which ")
OWN = frozenset(("i", "me", "myself", "i'd", "i'm", "i've", "i'll"))
TEAM = frozenset(("we", "us", "we'd", "we've", "we're", "we'll"))


def _opens_reflection(clause: str) -> bool:
    ws = [w.strip(",.;:!?\"'()") for w in clause.lower().split()]
    ws = [w for w in ws if w]
    for aside in _HONEST_ASIDES:
        if tuple(ws[: len(aside)]) == aside:
            ws = ws[len(aside) :]  # "If I'm honest, the main thing I took from it is ..."
    while ws and ws[0] in LEAD_INS:
        ws = ws[1:]
    if "showed" in ws[:4] and ws[ws.index("showed") + 1 : ws.index("showed") + 2] == ["me"]:
        return True  # "That day showed me that ...": what I saw, not what happened
    head = ws[:6]
    if any(tuple(head[: len(cue.split())]) == tuple(cue.split()) for cue in REFLECTION_OPENINGS):
        return True
    # a lesson named as such: the one reader of lessons (star_lessons.lesson_told, star55)
    return lesson_told(ws, clause) or _new_habit(ws)


# How a clause tells a habit I took up after the story: "Since then I check ...", "From then
# on I planned ...": what I do now, a lesson put into practice, not what came of the work.
_HABIT_OPENINGS = (("since", "then"), ("from", "then", "on"), ("ever", "since"))
_NOT_HABIT = word_set("have 've had was were")


def _new_habit(ws: list[str]) -> bool:
    for opening in _HABIT_OPENINGS:
        if tuple(ws[: len(opening)]) == opening:
            rest = ws[len(opening) :]
            return rest[:1] == ["i"] and rest[1:2] != [] and rest[1] not in _NOT_HABIT
    return False


def is_reflection(sentence: str) -> bool:
    """The sentence only reflects: every clause opens with a lesson, a view or what would be
    done differently ("Looking back, I think the key was to start from their problems"). A
    clause telling what happened ("..., and the project was shut down") makes it an outcome."""
    text = f" {sentence.strip()} "
    for cut in _CLAUSE_BREAKS:
        text = text.replace(cut, "\n")
    parts = [c.split() for c in text.split("\n")]
    if any(_short_outcome(ws) for ws in parts):
        return False  # "It worked, and I'd do it again": what happened, then a remark
    clauses = [" ".join(ws) for ws in parts if len(ws) >= 3]
    return bool(clauses) and all(_opens_reflection(c) for c in clauses)


def _short_outcome(clause: list[str]) -> bool:
    """A two-word clause that tells what happened: "it worked", "it shipped", "we won"."""
    ws = [w.strip(",.;:!?\"'()").lower() for w in clause]
    ws = [w for w in ws if w and w not in LEAD_INS]
    return len(ws) == 2 and ws[0] in _SHORT_SUBJECTS and is_past(ws[1]) and ws[1] not in _NOT_EVENTS


_SHORT_SUBJECTS = word_set("it that this we they everything nothing")
_NOT_EVENTS = word_set("was were had felt thought learned learnt")


def told_by_team(ws: Sequence[str]) -> bool:
    """A sentence says "we" and never "I": the team acted, the speaker is not in it."""
    return bool(set(ws) & TEAM) and not set(ws) & OWN and not count_phrases(list(ws), _BY_ME)


_BY_ME = frozenset(("by me", "my own", "myself"))


def team_outcome_before_lesson(
    labels: Sequence[str], sentences: Sequence[str], words: Sequence[Sequence[str]]
) -> list[str]:
    """The labels, with a team's act told between my steps and a closing lesson read as the
    outcome: "I interviewed customer service ... We took the widget down, and the team moved
    to a fit guide. What I took away is ..." (the switch from "I" to "we" is where the story
    tells what came of it, which the lesson after it does not)."""
    out = list(labels)
    if "result" not in out:
        return out
    first = out.index("result")
    results = [s for s, lab in zip(sentences, out, strict=True) if lab == "result"]
    before = first - 1
    if before < 1 or out[before] != "action" or not all(is_reflection(s) for s in results):
        return out
    mine = [ws for ws, lab in zip(words[:before], out[:before], strict=True) if lab == "action"]
    if told_by_team(words[before]) and any(set(ws) & OWN for ws in mine):
        out[before] = "result"
    return out


# Evidence of a step of mine ("I" + a past verb) that a result sentence must not rest on
# alone, and the least evidence of an outcome, from what it says, that makes it a result.
STEP_EVIDENCE = 2.0
OUTCOME_EVIDENCE = 1.0


# Why star_context.py reads a story's last sentence as its outcome.
UNMARKED_OUTCOME = "what came of my steps, told last"
# Reasons a sentence is read as the result from where it sits, not from what it says: the
# place reasons, and star_context.py's "what came of my steps, told last" (the last sentence
# with no "I" or "we", after my steps), which a story whose result sentences were cut also
# ends on ("A validation step was added before training.").
POSITION_ONLY = frozenset((*PLACE_REASONS, UNMARKED_OUTCOME))


def said_outcome(reasons: Reasons) -> float:
    """The evidence that a sentence says what came of something, its place left out."""
    return sum(w for w, why in reasons.get("result", ()) if why not in POSITION_ONLY)


def _others_event_not_passive(clause: str) -> bool:
    """Someone else's event (``_others_event``, strictly read), not an act of mine told in the
    passive ("The quantized model was rolled out gradually", "The prices got pushed to all
    hotels"), which stays one more step."""
    ws = text_words(clause)
    return (
        _others_event(clause, strict=True)
        and not passive_at(ws)
        and not subject_dropped(ws, clause)
    )


def _before_so(text: str) -> str:
    """The sentence up to a ", so" that opens a consequence."""
    return text.split(", so ")[0]


def ends_on_a_step(
    labels: Sequence[str], reasons: Sequence[Reasons], sentences: Sequence[str] = ()
) -> bool:
    """Every sentence labelled result is one more step of mine, labelled result only for
    coming last ("... I also started keeping a log of my estimates.", "A validation step was
    added before training."): nothing in it says what came of the steps, so the story has no
    result, however it ends. A result read from position alone never hides a missing one.
    A sentence with a clause of someone else's event after the steps ("..., and the support
    lead chose to keep the rules") is no step of mine (round 39), as ``told_an_outcome``
    reads it; not a clause after ", so", which tells why a finding mattered ("They had no idea
    why a customer was flagged, so they simply ignored the list")."""
    told = list(sentences) or [""] * len(labels)
    # A lesson or a reflection told after the last step ("I also started checking the joins.
    # What I learned is to ask early.") tells no outcome either: the story still ends on a
    # step (round 40).
    lessons = sum(
        1 for lab, text in zip(labels, told, strict=True) if lab == "result" and is_reflection(text)
    )
    results = [
        r
        for r, lab, text in zip(reasons, labels, told, strict=True)
        if lab == "result"
        and not is_reflection(text)
        and not any(_others_event_not_passive(c) for c in _clauses(_before_so(text)))
        and not any(_taken_up(piece) for piece in text.split(",")[1:])
    ]
    if len(results) + lessons < labels.count("result"):
        return False
    return bool(results) and all(
        said_outcome(r) < OUTCOME_EVIDENCE
        and (
            told_evidence("action", r) >= STEP_EVIDENCE
            or any(why == PASSIVE_ACT for _, why in r.get("action", ()))
        )
        for r in results
    )


# How a sentence tells what was still to come: a plan, not an outcome (round 26).
PLAN_CUES = frozenset(
    (
        "scheduled to",
        "scheduled for",
        "planned to",
        "planned for",
        "the plan was",
        "the plan is",
        "going to",
        "due to go",
        "will",
        "is expected to",
    )
)


def ends_on_a_plan(
    labels: Sequence[str], words: Sequence[Sequence[str]], reasons: Sequence[Reasons]
) -> bool:
    """Every sentence labelled result tells what was still to come ("The new version was
    scheduled to go live in March") with no outcome evidence of its own: the story never says
    what came of the steps."""
    results = [
        (list(ws), r) for ws, r, lab in zip(words, reasons, labels, strict=True) if lab == "result"
    ]
    return bool(results) and all(
        count_phrases(ws, PLAN_CUES) and said_outcome(r) < OUTCOME_EVIDENCE for ws, r in results
    )


def task_opening(labels: Sequence[str], reasons: Sequence[Reasons]) -> list[str]:
    """The labels, with an opening sentence that says the task read as the task when no other
    sentence does: "My manager asked me to mentor her through her first quarter. I paired
    with her ..." opens on what was mine to do, not on the scene (its place at the start made
    it the situation, so a story with no situation never reported one missing)."""
    out = list(labels)
    if not out or out[0] != "situation" or "task" in out or "situation" in out[1:]:
        return out
    if len(out) < 2 or out[1] not in ("action", "result"):
        return out
    said = reasons[0]
    if any(why in SCENE_REASONS for _, why in said.get("situation", ())):
        return out  # "In a small clinic, I was the only analyst, and four reports piled up"
    request = any(why == REQUEST_OPENING for _, why in said.get("situation", ()))
    task = told_evidence("task", said)
    if request or (task >= TASK_EVIDENCE and task > told_evidence("situation", said)):
        out[0] = "task"
    return out


# The least evidence of a task, from what a sentence says, that makes an opening the task.
TASK_EVIDENCE = 2.0


# The least weight of one reason, read from what a result sentence says, that is evidence of an
# outcome on its own: an outcome cue ("went live", "as a result"), a number with a change, a
# thing's past verb after the steps, someone else acting on it. A single weak word ("now",
# "still", "never", "faster") or a bare number is not (round 37).
OUTCOME_REASON = 1.2
# Result reasons that say what was learned or found, not what came of the steps.
# The least weight of an outcome cue phrase that makes a step of mine its outcome too ("I
# cut the review time by half" is told by its number; "I launched it in shadow mode" is a step).
MY_STEP_CUE = 2.0
# ... but "I shipped it a week early" says the work got done: its outcome, when the sentence
# says how it went against the plan or whom it reached; "Shipped to staging on day seven",
# "Launched the A/B test in his ninth week" are one more step (star56).
_DONE_CUES = frozenset(('"shipped"', '"delivered"', '"launched"'))
_DONE_HOW = word_set(
    """early late time ahead schedule deadline planned promised everyone everybody all every
    production customers users clients live"""
)
_LESSON_REASONS = frozenset(('"i learned"', '"learned that"', "a lesson, told at the end"))
# A verb form that tells something happened since ("has run", "have shared", "has not happened").
_PERFECT = frozenset(("has", "have", "hasn't", "haven't"))


def tells_outcome(ws: Sequence[str], text: str, reasons: Reasons) -> bool:
    """Positive evidence that a sentence says what came of the steps: a changed state, a
    number after the action, someone else's reaction or a consequence (round 37). A step of
    mine told last, a finding or a reflection gives none, however late it sits: a story whose
    result sentences were cut ends on one of those."""
    if is_reflection(text) or _one_more_step(text, reasons) or cause_named(text):
        return False
    # "I launched it in shadow mode for two weeks", "I retrained the model on the reduced
    # table": an outcome word inside a step of mine is no outcome of it.
    my_step = main_clause(list(ws), text).subject == "i"
    for weight, why in reasons.get("result", ()):
        if why in POSITION_ONLY or why in _LESSON_REASONS:
            continue
        if my_step and why.startswith('"') and weight < MY_STEP_CUE and why not in _DONE_CUES:
            continue
        if why in _DONE_CUES and not set(ws) & _DONE_HOW and (my_step or _terse_step(ws)):
            continue
        if weight >= OUTCOME_REASON:
            return True
    if any(_taken_up(piece) for piece in text.split(",")[1:]):
        return True
    if any(_still_running(piece) for piece in text.split(",")[1:]):
        return True
    # "Shipped to staging on day seven": a note of my step, with no subject, is nobody else's
    # event either (star56)
    my_note = _terse_step(ws) and not set(ws) & _DONE_HOW
    return any(
        (_others_event(clause) and not _names_only(clause) and not my_note)
        or _absence_since(clause)
        or measured_change(clause)
        or state_noted(clause)
        for clause in _clauses(text)
    )


# States a note says a thing reached, its verb left out: "Retrains back on schedule by the next
# sprint.", "Dashboard live the week after." (star63).
_NOTED_STATES = word_set("back live stable")
# What after "back" makes it a time, not a state ("back then", "back in 2019", "back when").
_NOT_BACK_STATES = word_set("then in when")
# Words before the state that make it no note of a thing's state ("In the live test ...").
_NOT_A_NOTED_THING = word_set("in at on for to of with by from let's looking step")

# Verbs that take "back" as their particle, in forms ``is_past`` does not know as past.
_PARTICLE_VERBS = word_set("fell fall falls came come comes went go goes got get step steps")


def state_noted(clause: str) -> bool:
    """A note telling the state a thing reached, with no verb at all: the thing first in at most
    three words (not me, not us, no article or preposition opening it), then the state
    ("Retrains back on schedule", "Dashboard live the week after"): what came of the steps, as
    "were back on schedule" says it (``_others_event`` knows it only with its verb). After a
    note's head ("Second launch: complaints back to baseline") the note is what follows it."""
    ws = [w for w in text_words(clause.split(":")[-1]) if w not in LEAD_INS]
    if len(ws) < 3 or ws[0] in _SUBJECT_OPENINGS or set(ws) & (OWN | TEAM):
        return False
    if any(w in FINITE or w in IRREGULAR_PAST or is_past(w) or w in _PRESENT for w in ws):
        return False
    for k in range(1, min(4, len(ws))):
        if ws[k] in _NOTED_STATES:
            if set(ws[:k]) & _NOT_A_NOTED_THING or ws[k - 1] in _PARTICLE_VERBS:
                return False  # (nor a verb's particle: "every request fell back to defaults")
            return not (ws[k] == "back" and ws[k + 1 : k + 2] and ws[k + 1] in _NOT_BACK_STATES)
    return False
    if any(w in FINITE or is_past(w) or w in _PRESENT for w in ws):
        return False
    for k in range(1, min(4, len(ws))):
        if ws[k] in _NOTED_STATES:
            return not (ws[k] == "back" and ws[k + 1 : k + 2] and ws[k + 1] in _NOT_BACK_STATES)
    return False


# A state that lasts from the story's end on, told as a note: "..., still running", "..., still
# in use today", "..., still live" (star55).
_STILL_RUNNING = word_set("running used live in going standing working")


def _terse_step(ws: Sequence[str]) -> bool:
    """A note that drops its subject, opening on the outcome verb: "Shipped to staging on day
    seven", "Launched the A/B test in his ninth week"."""
    return bool(ws) and ws[0] in ("shipped", "delivered", "launched", "then")


def _still_running(piece: str) -> bool:
    """ "Rolled out to all 23 branches, still running.": a piece with no subject of its own that
    says the work still runs: what came of the steps, lasting."""
    ws = [w for w in text_words(piece) if w not in LEAD_INS]
    return len(ws) <= 5 and ws[:1] == ["still"] and ws[1:2] != [] and ws[1] in _STILL_RUNNING


def _one_more_step(text: str, reasons: Reasons) -> bool:
    """Each clause of the sentence is a step of mine told with the thing as its subject
    (star_thing_steps.py): "A redaction step was then built, and all older chats were run
    through it." One clause that is not may tell what came of them ("The next three hires ran
    the pipeline on their second day, and the wiki page was archived")."""
    clauses = _clauses(text)
    return bool(clauses) and all(step_told_as_the_thing(text_words(c), reasons) for c in clauses)


# Articles and possessives before a past form make it a describing word, not a verb.
_ARTICLES = word_set("the a an my our their his her its your")
# How a clause with a subject of its own opens; a note drops them ("Weekly review with her ...").
_SUBJECT_OPENINGS = _ARTICLES | word_set("this that these those they he she it we i you")


def _names_only(clause: str) -> bool:
    """A note with no verb at all, only past forms describing a noun after an article or a
    possessive: "Weekly review with her of the misclassified conversations." names an activity
    (rel47); it tells nothing that came of the steps, late as it sits. A clause opening on its
    subject ("The campaign keeps about twelve percent of the targeted customers") has a verb
    of its own, in whatever tense."""
    ws = text_words(clause)
    if not ws or ws[0] in _SUBJECT_OPENINGS:
        return False
    forms = [j for j in range(1, len(ws)) if ws[j] in FINITE or is_past(ws[j]) or ws[j] in _PRESENT]
    return bool(forms) and all(ws[j] not in FINITE and ws[j - 1] in _ARTICLES for j in forms)


# Change verbs in every tense a teller uses, present and non-native ones included ("the empty
# results go from half to under five percent", "after this the error go down to fifteen
# minutes"): ``_others_event`` knows a change only by its past form.
_CHANGE_STEMS = word_set(
    "drop fall rise grow shrink reduce improve increase decrease halve double climb jump decline"
)
_GO = word_set("go goes going went gone come comes came")
_DIRECTIONS = word_set("down up from")
_AMOUNTS = word_set("percent half third quarter fifth tenth points")
CHANGE_REACH = 8  # words from the change to its measure


def _change_at(ws: Sequence[str], k: int) -> bool:
    w = ws[k]
    if w in _GO:
        return ws[k + 1 : k + 2] != [] and ws[k + 1] in _DIRECTIONS
    return any(
        w == stem or (w.startswith(stem) and len(w) <= len(stem) + 3) for stem in _CHANGE_STEMS
    )


def measured_change(clause: str) -> bool:
    """A quantity changing by a measure, told of anything but me, in any tense ("the error go
    down to fifteen minutes", "complaints fall by half"): what came of the steps (star45). Not
    my own step ("I cut the feature list to ten", "I reduce the batch to 64")."""
    ws = [w for w in text_words(clause) if w not in LEAD_INS]
    for k in range(1, len(ws)):
        if not _change_at(ws, k):
            continue
        if set(ws[:k]) & (OWN | TEAM) or ws[k - 1] in ("to", "would", "will", "could", "should"):
            return False
        after = ws[k + 1 : k + 1 + CHANGE_REACH]
        if _still_going(ws, k):
            return False  # "the backlog was growing by two hundred tickets a day": the trouble
        return "%" in clause or any(is_number(w) or w in _AMOUNTS for w in after)
    return _noted_change(ws, clause)


# The direction of a change told as a note, its verb left out: "Zero-result searches down 9 %.",
# "Readmissions down 11 % on those wards", "stockouts down a fifth" (star62).
_NOTE_DIRECTIONS = word_set("down up")
# What may stand between the direction and its measure: "down by 40 percent", "down from 14 to
# 9", "down to one day", "down roughly half", "up another four points".
_TO_MEASURE = word_set("by from to a an about roughly around nearly almost over under another")


def _noted_change(ws: list[str], clause: str) -> bool:
    """A quantity and the direction it moved, its measure right after the direction, with no
    verb at all before it: a terse writer's "went down" (star62). A verb, a past form or
    "I"/"we" before the direction makes it something else ("broke it down into 3 parts", "I
    scaled up to 8 machines"), and so does a phrasal verb or a noun it ends ("ends up taking
    five weeks", "show up in one part in five thousand", "a follow-up one month later")."""
    for k in range(1, len(ws)):
        if ws[k] not in _NOTE_DIRECTIONS or re.search(rf"-{ws[k]}\b", clause.lower()):
            continue
        before = ws[:k]
        if set(before) & (OWN | TEAM | FINITE) or any(is_past(w) for w in before):
            return False
        if _still_going(ws, k):
            return False
        measure = ws[k + 1 : k + 3]
        if measure[:1] and measure[0] in _TO_MEASURE:
            measure = measure[1:]
        return bool(measure) and (is_number(measure[0]) or measure[0] in _AMOUNTS)
    return False


def changed_by_a_measure(text: str) -> bool:
    """Does a clause of the sentence tell a quantity changing by a measure (``measured_change``)?"""
    return any(measured_change(clause) for clause in _clauses(text))


# A change still going on ("was *growing*", "*kept climbing*") or said as a rate ("by a few
# percent *a day*") is how the trouble was going, not what came of the steps (review of
# d2a5f67b).
_GOING_ON = word_set("kept keep keeps continued continues continue still")
_PER = word_set("a an per each every")
_SPANS = word_set("day days week weeks month months hour hours minute minutes year quarter night")


def _still_going(ws: list[str], k: int) -> bool:
    if ws[k].endswith("ing") or ws[k - 1] in _GOING_ON:
        return True
    if _between_values(ws, k):
        # "the broken jobs go from around three per week to maybe one per month", "complaints
        # went from every week to one in a month": a rate that moved from one value to another
        # is a change measured, its "a week" the unit of both values (star70o)
        return False
    return any(a in _PER and b in _SPANS for a, b in zip(ws[k + 1 :], ws[k + 2 :], strict=False))


_FROM_REACH = 3  # words from the change to its "from" ("went down from", "dropped sharply from")


def _between_values(ws: list[str], k: int) -> bool:
    """Does the change at ``k`` run from one value to another ("from three a week to none")?"""
    after = ws[k + 1 : k + 1 + _FROM_REACH]
    if "from" not in after:
        return False
    start = k + 1 + after.index("from")
    return "to" in ws[start + 2 : start + 2 + CHANGE_REACH]


# Participles of someone else taking my work up, told tersely after a comma with no subject:
# "Submitted two days early, approved without questions." (round 40)
_TAKEN_UP = word_set("approved accepted adopted signed renewed passed")


def _taken_up(piece: str) -> bool:
    ws = [w for w in text_words(piece) if w not in LEAD_INS]
    return bool(ws) and ws[0] in _TAKEN_UP


# How a terse outcome tells that something stopped ("No evening timeouts in the six weeks after
# that.", "No more complaints in the retro.", "Zero pages since."): an absence, with no verb,
# and a word that places it after the steps (round 40).
_NONE = word_set("no zero nothing none")
_AFTER_THE_STEPS = word_set("more since after later again anymore")


def _absence_since(clause: str) -> bool:
    ws = [w for w in text_words(clause) if w not in LEAD_INS]
    if not ws or ws[0] not in _NONE:
        return False
    if any(w in FINITE or is_past(w) for w in ws[1:]):
        return False  # "No model was trained", "nothing changed": a clause with its verb
    return bool(set(ws[1:]) & _AFTER_THE_STEPS) or _after_a_lapse(ws[1:])


def absence_told(text: str) -> bool:
    """Does a clause of the sentence tell that something stopped ("No personal names in any
    training file since last March.")? As a story's opening line it is the end, told first
    (star46)."""
    return any(_absence_since(clause) for clause in _clauses(text))


def later_clause_tells_outcome(text: str) -> bool:
    """Does a clause after the sentence's first tell what came of the steps ("I fixed the swap,
    sent the report two hours late, and the managers planned the week on correct routes", "We
    lost about two hours of low prices, and the freshness check has blocked two similar
    failures since")? Someone else's event or a state since, a measured change, a state noted
    or a trouble gone, read as a result sentence's clauses are (``tells_outcome``); not a
    clause after ", so" (why a step was taken or mattered: "I fixed it to follow the Pandas
    logic, so the models did not need retraining", as ``ends_on_a_step`` reads it), nor one
    that describes a thing named before it (", which only needed the forecast to ...")."""
    return any(
        (_others_event(clause) and not _names_only(clause) and not _agreed_to(clause))
        or measured_change(clause)
        or state_noted(clause)
        or _absence_since(clause)
        for clause in _clauses(_before_so(text), _JOINING_BREAKS)[1:]
    )


# How someone takes up what I put to them in the same sentence: "I showed him that the templates
# alone topped out at eighty percent, and he agreed to the week" is one more turn of the
# exchange, the step it answers told before it (the sets label such a sentence a step).
_AGREEING = word_set("agreed accepted approved")
_AGREEMENT_REACH = 4  # words from the clause's start to its verb of agreeing


def _agreed_to(clause: str) -> bool:
    return bool(set(text_words(clause)[:_AGREEMENT_REACH]) & _AGREEING)


# The breaks that join one clause to another ("..., and the managers planned ..."), not those
# that open a clause describing what comes before them (", which ...").
_JOINING_BREAKS = tuple(b for b in _CLAUSE_BREAKS if b != ", which ")


def _clauses(text: str, breaks: Sequence[str] = _CLAUSE_BREAKS) -> list[str]:
    cut = f" {text.strip()} "
    for mark in breaks:
        cut = cut.replace(mark, "\n")
    return [c.strip() for c in cut.split("\n") if len(c.split()) >= 2]


def _others_event(clause: str, strict: bool = False) -> bool:
    """A clause that tells how things went after the steps: its subject is not me (a thing,
    someone else, or the team now), told as an event or a state since ("the regulator came
    back with one question", "click-through recovered", "nothing like it has happened
    since", "the estimates were back by noon", "they now use the same template"). A
    "was/were/had" background and a step in the passive ("a check was added") are not.
    ``strict``: a past form after a determiner is a noun, not the verb ("On that set the
    model was ...", "the hundred"; round 39, for ``ends_on_a_step``)."""
    ws = text_words(clause)
    if ws[:1] and ws[0] in TEAM and ws[1:2] in (["now"], ["got"]):
        return True  # "we now fine-tune a new adapter every week", "we got the data back"
    verb = next(
        (
            j
            for j in range(1, len(ws))
            if (ws[j] in FINITE or is_past(ws[j]) or ws[j] in _PRESENT)
            and not (strict and ws[j - 1] in _NOUN_BEFORE)
        ),
        -1,
    )
    if verb < 0:
        return False
    head, word, rest = set(ws[:verb]), ws[verb], ws[verb + 1 :]
    lasting = bool(set(ws) & _SINCE)
    if head & OWN:
        return False  # a step or a habit of mine ("I now ask for ...")
    if _after_a_lapse(ws):
        # "After three months she was unblocking herself within an hour", "After one month,
        # the reviews take one and a half days": how things stood once time had passed after
        # the steps, told by anyone but me (round 39)
        return True
    if head & TEAM:
        # the team's state since ("we now check ...", "we have not had a wrong number since")
        return lasting and (word in _PERFECT or word in _PRESENT or "now" in head)
    if word in _PERFECT:
        return True  # "the service has run every morning for a year"
    if word in BE_PAST:
        return bool(set(rest[:4]) & _STATES)  # "were back by noon", "was two weeks late"
    if word == "had" or word in _MODALS:
        return False
    if asked_if(ws, verb) and not lasting:
        # "A statistician asked whether the same patients were in both sets": a question put
        # to my work opens a turn my next step answers, as a doubt does (star63); "Since then
        # her team asks me how long a test needs" is how things stand since
        return False
    if disputed(ws, verb) and not head & NOBODY:
        # "My manager pushed back", "she was not convinced", "he got defensive": someone
        # answering my step with a doubt opens an exchange my next step has to settle; it says
        # nothing of how things went ("Nobody objected after that" does: star45).
        return False
    if is_past(word) or word in ("did", "got", "went", "made", "took"):
        return True
    return lasting and (word in _PRESENT or word.endswith("s"))


# A cause named as what a look found ("Main cause: annotators didn't trust the pre-labels",
# "Root cause found: ...", "The reason was that the offline test used a random split").
_CAUSE_HEAD = re.compile(
    r"^(?:the\s+)?(?:(?:root|main|real|actual|underlying)\s+)?(?:cause|culprit|reason)"
    r"(?:\s+found)?\s*(?::|was\b|turned out\b)",
    re.IGNORECASE,
)


def cause_named(text: str) -> bool:
    """Does the sentence name the cause a look found? It tells why things went wrong, a
    finding on the way, never what came of the steps (star63): a story that ends on one still
    has no result."""
    return bool(_CAUSE_HEAD.match(text.strip()))


# Words after which a past form is a noun, not the clause's verb ("that set", "the cut").
_NOUN_BEFORE = word_set("the a an that this these those my our their his her its")
_LAPSE_OPENERS = word_set("after within")
_LAPSE_COUNTS = word_set("a an one few couple of the first")
_LAPSE_UNITS = word_set("day days week weeks month months quarter quarters year years")


def _after_a_lapse(ws: Sequence[str]) -> bool:
    """Does the clause open on a lapse of time ("after three months", "within a week", "a
    year later", "two weeks later")?"""
    words = list(ws[:6])
    if words[:1] and words[0] in _LAPSE_OPENERS:
        k = 1
        while k < len(words) and (words[k] in _LAPSE_COUNTS or is_number(words[k])):
            k += 1
        return k > 1 and k < len(words) and words[k] in _LAPSE_UNITS
    unit = next((k for k, w in enumerate(words) if w in _LAPSE_UNITS), -1)
    return 0 < unit <= 2 and words[unit + 1 : unit + 2] == ["later"]


# A state a thing was in after the steps ("were back", "was live again").
_STATES = word_set(
    "back live again ready stable down up out over gone fixed correct resolved done finished met"
    " late early"
)
# Words that tell a state lasting to now or since the story.
_SINCE = word_set("now since today still every always anymore longer")
_PRESENT = word_set("is are gets get use uses take takes run runs closes close")
_MODALS = word_set("could would will can should must might do does")


def told_an_outcome(
    labels: Sequence[str],
    sentences: Sequence[str],
    words: Sequence[Sequence[str]],
    reasons: Sequence[Reasons],
) -> bool:
    """Some sentence labelled result tells an outcome, or the one just before the closing
    results does though it was read as a step or the scene ("The clean forecasts were out by
    eleven fifteen. We now check ..."): the story says what came of the steps."""
    if any(
        tells_outcome(ws, text, r)
        for ws, text, r, lab in zip(words, sentences, reasons, labels, strict=True)
        if lab == "result"
    ):
        return True
    last = max(i for i, lab in enumerate(labels) if lab == "result")
    first = last
    while first > 0 and labels[first - 1] in ("result", "other"):
        first -= 1
    before = first - 1
    return (
        before > 0
        and labels[before] in ("action", "situation")
        and any(
            (
                _others_event(clause)
                and not step_told_as_the_thing(text_words(clause), reasons[before])
            )
            or measured_change(clause)
            for clause in _clauses(sentences[before])
        )
    )


def hollow_parts(
    labels: Sequence[str],
    sentences: Sequence[str],
    words: Sequence[Sequence[str]],
    reasons: Sequence[Reasons] | None = None,
) -> dict[str, str]:
    """The parts labelled present but empty of what they are for, with why (the words of the
    scorecard): {"result": ..., "action": ...}. ``reasons``: each sentence's evidence."""
    hollow: dict[str, str] = {}
    results = [s for s, lab in zip(sentences, labels, strict=True) if lab == "result"]
    if results and all(is_reflection(s) for s in results):
        hollow["result"] = "the story ends on a lesson or a reflection but never says what happened"
    elif reasons is not None and ends_on_a_step(labels, reasons, sentences):
        hollow["result"] = "the story ends on another of your steps but never says what came of it"
    elif reasons is not None and ends_on_a_plan(labels, words, reasons):
        hollow["result"] = "the story ends on a plan but never says what came of it"
    elif reasons is not None and results and not told_an_outcome(labels, sentences, words, reasons):
        hollow["result"] = "the story ends on what you did or found but never says what came of it"
    actions = [list(ws) for ws, lab in zip(words, labels, strict=True) if lab == "action"]
    team = [ws for ws in actions if told_by_team(ws)]
    own = [ws for ws in actions if set(ws) & OWN or count_phrases(ws, _BY_ME)]
    if len(team) >= 2 and not own and 2 * len(team) >= len(actions):
        hollow["action"] = "every step is told as “we”, so it never says what you did yourself"
    elif actions and all(
        _someone_elses(list(ws), text)
        for ws, text, lab in zip(words, sentences, labels, strict=True)
        if lab == "action"
    ):
        hollow["action"] = "every step is someone else's, so it never says what you did yourself"
    return hollow


_SPEAKER = OWN | TEAM | frozenset(("my", "our", "mine", "ours"))


def _someone_elses(ws: list[str], text: str) -> bool:
    """A step whose doer is another person or team, with no "I", "we" or "my" anywhere in it
    ("The data engineering team rebuilt the feature pipeline over the next month"; round 26)."""
    if set(ws) & _SPEAKER:
        return False
    clause = main_clause(ws, text)
    return clause.subject == "person" and clause.verb >= 0 and is_past(ws[clause.verb])
