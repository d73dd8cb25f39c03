"""Habits of the teller's, told in the present, as the answer to a question that asks how they
go about something (issue 9, star56).

"How do you stay up to date ...? Give me an example", "How do you approach resolving a conflict
...?": such a question (asked_event's "practice" shape) asks for the teller's way of working
first and a story second. "Every Friday I read two papers", "I keep a list of techniques and
what each would cost to try", "My approach is usually to ..." answer it: what the teller does,
an action, not the scene the story starts from. Told in an answer to any other question, the
same routine is how things stood ("Every Monday I spend half a day building the report by
hand" before automating it), so the labeller alone keeps reading it as the scene and only the
question moves it.

A habit taken up after the story ("Now I always ...", "Since then I ...") is what the story led
to, and a state, a role or a view ("I work on the ranking team", "I own the service", "I think
...") no habit; neither is read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.star_grammar import is_adverb, is_past
from simulator.core.scoring.text import word_set, words

HABIT_ASKED = "a habit of yours: the way of working the question asks about"

# How often: a word of its own, or after "every" / "each" / "once a" ("every Friday morning",
# "each sprint", "once a month"), or a day or a time of day in the plural ("on Sundays").
_FREQUENCY = word_set(
    """usually always often regularly typically normally generally weekly daily monthly nightly
    fortnightly quarterly yearly annually"""
)
_EVERY = word_set("every each")
_ONCE = word_set("once twice")
_PLURAL_TIMES = word_set(
    """mondays tuesdays wednesdays thursdays fridays saturdays sundays mornings evenings nights
    weekends afternoons"""
)
# A habit dated from the story's end on, or one kept still: what the story led to.
_LATER = word_set("now nowadays since anymore still today")
# Verbs of the routines a practice is made of, a habit told in the present even with no word
# of how often ("I keep a list of ...", "I follow two newsletters").
_ROUTINE_VERBS = word_set(
    """keep follow read skim subscribe attend listen watch browse save bookmark block reserve
    go try run host organise organize set write jot note reproduce rely prioritise prioritize
    sort rank triage tag scan track check ask"""
)
# Verbs after "I" that say a state, a role, a view, a need or what may be: never a habit of
# doing.
_STATE_VERBS = word_set(
    """am is are was were be have has had think know believe feel want need like love hope wish
    own lead manage work report belong mean seem get guess suppose remember mind care can could
    will would may might must should shall did do does don't didn't"""
)
# Words between "I" and its verb ("I also go", "I actually read", "I try to reproduce").
_BETWEEN = word_set(
    "also usually always often generally typically normally actually just then really uh um"
)
_LEAD_INS = frozenset((("try", "to"), ("tend", "to"), ("like", "to"), ("make", "sure", "to")))
# What may stand before the "I" of a habit: a clause's start, or the end of a phrase of when.
_CLAUSE_LEADS = word_set("and but so plus also then well okay ok honestly basically general uh um")
_WHEN_ENDS = word_set(
    """morning afternoon evening night week weeks month months quarter year day days sprint
    friday monday tuesday wednesday thursday saturday sunday"""
)
# A habit named as such, then "is": "My habit is simple: ...", "One habit that helps is ...",
# "My approach is usually to ...".
_HABIT_NOUNS = word_set("habit habits routine ritual approach rule system method process")
_HABIT_OWNERS = word_set("my one a another")
_NAMED_WITHIN = 6


def _said_how_often(ws: Sequence[str]) -> bool:
    for k, w in enumerate(ws):
        if w in _FREQUENCY or w in _PLURAL_TIMES:
            return True
        if w in _EVERY and set(ws[k + 1 : k + 4]) & _WHEN_ENDS:
            return True  # "every Friday", "each sprint", "every other week"; not "each team"
        if w in _ONCE and ws[k + 1 : k + 2] in (["a"], ["an"], ["per"], ["every"]):
            return True
        if w in _PER and k and _per_span(ws, k):
            return True  # "at least one idea a quarter", "two papers per week" (star58)
    return False


def _per_span(ws: Sequence[str], k: int) -> bool:
    """ "a quarter" or "per week" at ``k`` as how often, not a span ("for a week")."""
    if ws[k - 1] in _SPAN_LEADS or ws[k + 1 : k + 2] == [] or ws[k + 1] not in _WHEN_ENDS:
        return False
    return k + 2 == len(ws) or ws[k + 2] not in ("of", "or")


_PER = word_set("a per")
# Words before "a week" that make it a span of time, not how often ("for a week").
_SPAN_LEADS = word_set("for in within after over about than once twice nearly almost only just")


# "What I do is keep a short list ...", "What I usually do is ...": the habit told as a cleft.
_CLEFT = ("what", "i")


def _habit_named(ws: Sequence[str]) -> bool:
    """ "My habit is simple: ...", "One habit that helps is ...", a note headed "Habit:" or
    "Routine:", "What I do is ..."."""
    if ws[:1] and ws[0] in _HABIT_NOUNS and ws[0] != "approach":
        return True  # a note's head ("Routine: one newsletter, ..."): only a name of a habit
    if tuple(ws[:2]) == _CLEFT:
        k = 2
        while k < len(ws) and ws[k] in _BETWEEN:
            k += 1
        return ws[k : k + 2] in (["do", "is"], ["try", "to"]) and "is" in ws[k : k + 5]
    head = ws[:_NAMED_WITHIN]
    for k, w in enumerate(head):
        if w in _HABIT_NOUNS and any(o in _HABIT_OWNERS for o in head[:k]):
            return "is" in ws[k + 1 : k + 5]
    return False


def _verb_after(ws: Sequence[str], k: int) -> str:
    """The verb of the "I" at ``k``, past the adverbs and lead-ins ("I try to reproduce")."""
    j = k + 1
    while j < len(ws):
        if ws[j] in _BETWEEN:
            j += 1
            continue
        lead = next((p for p in _LEAD_INS if tuple(ws[j : j + len(p)]) == p), None)
        if lead is None:
            break
        j += len(lead)
    return ws[j] if j < len(ws) else ""


def _opens_clause(ws: Sequence[str], k: int, marked: frozenset[int] = frozenset()) -> bool:
    """Does the "I" at ``k`` open a clause of its own ("Mostly I keep up ...", "On Sundays I try
    ..."), not one that describes the noun before it ("blogs I read", "a reading group I started
    at work": star58)? ``marked``: the words a comma, a colon or a dash comes before ("For me,
    I follow ...", "a small list of newsletters, I skim ...": star66)."""
    before = ws[k - 1] if k else ""
    return (
        not k or k in marked or before in _CLAUSE_LEADS or before in _WHEN_ENDS or is_adverb(before)
    )


def _marked_starts(ws: Sequence[str], raw: str) -> frozenset[int]:
    """The places in ``ws`` a comma, a semicolon, a colon or a dash in ``raw`` comes just
    before; none when ``raw``'s words are not ``ws``."""
    pieces = [words(piece) for piece in _MARKS.split(raw)] if raw else []
    if [w for piece in pieces for w in piece] != list(ws):
        return frozenset()
    starts, at = set(), 0
    for piece in pieces:
        starts.add(at)
        at += len(piece)
    return frozenset(starts)


_MARKS = re.compile(r"[,;:\u2014\u2013]|\s-\s")


def _my_present_verbs(ws: Sequence[str], marked: frozenset[int] = frozenset()) -> list[str]:
    """The verbs of the clauses whose subject is "I", told in the present (no past form, no
    "-ing", no state): "Every Friday I block ...", "..., and I save ..."; not an "I" inside a
    clause that describes a noun ("people whose blogs I read")."""
    found = []
    for k, w in enumerate(ws):
        if w != "i":
            continue
        if not _opens_clause(ws, k, marked):
            continue  # "Mostly I keep up ...", "On Sundays I try ..."; not "blogs I read"
        verb = _verb_after(ws, k)
        if not verb.isalpha() or verb in _STATE_VERBS or verb.endswith("ing"):
            continue
        if is_past(verb) and not (verb in _ROUTINE_VERBS and _said_how_often(ws)):
            continue  # "read" and "set" are also past forms: present only with how often
        found.append(verb)
    return found


def habit_of_mine(ws: Sequence[str], raw: str = "") -> bool:
    """Is the sentence a habit of the teller's, told in the present: a routine named as such
    ("My habit is ...", "One habit that helps is ..."), or a clause of "I" with a present verb
    and a word of how often ("Every Friday I block an hour"), or with a verb of a routine ("I
    keep a list of ...")? Not one dated from the story's end on ("Now I always ..."), nor one
    with a past verb of mine as well ("I kept ...": told as the story's time)."""
    ws = list(ws)
    if set(ws) & _LATER:
        return False
    if _habit_named(ws):
        return True
    marked = _marked_starts(ws, raw)
    verbs = _my_present_verbs(ws, marked)
    if not verbs:
        return False
    if any(
        ws[k] == "i"
        and k + 1 < len(ws)
        and is_past(ws[k + 1])
        and ws[k + 1] not in _ROUTINE_VERBS
        and _opens_clause(ws, k, marked)
        for k in range(len(ws))
    ):
        return False
    return _said_how_often(ws) or any(v in _ROUTINE_VERBS for v in verbs)


def habits_asked(
    labels: Sequence[str],
    said: Sequence[Sequence[str]],
    asks_practice: bool,
    texts: Sequence[str] = (),
) -> list[int]:
    """The sentences read as the scene or the task that are habits of mine, when the question
    asks how I go about something: its answer, so steps (see the module's text)."""
    if not asks_practice:
        return []
    told = list(texts) or [""] * len(said)
    found = [
        i
        for i, (label, ws, raw) in enumerate(zip(labels, said, told, strict=True))
        if label in ("situation", "task") and habit_of_mine(ws, raw)
    ]
    scenes = [i for i, label in enumerate(labels) if label == "situation"]
    if scenes and set(scenes) <= set(found):
        # Habits are the only context the answer gives ("Every Friday I read two papers" and
        # then one example): the first stays the scene, or a correct answer would be told its
        # situation is missing and lose far more than one label is worth (star56's all.py
        # diff: five stay-updated stories fell 21-24 points).
        found.remove(scenes[0])
    return found
