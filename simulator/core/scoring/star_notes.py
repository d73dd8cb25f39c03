"""Steps told as notes with a bare participle (star43): "Old rules archived, owners told one by
one.", "Timesheets pulled and averaged.", "Plan written up and sent to the head of risk.".

A teller who speaks in notes drops the "was" of a step told in the passive: what is left is a
short noun phrase and a past participle, with no finite verb and no "I" or "we" anywhere. Past
the scene and before the last sentence such a note is a step, as "The old rules were archived"
is (star_labels.py reads that one as an act in the passive). A participle that says how things
ended ("approved", "shipped", "retired", "done") or a change ("cut", "down") is left to the
rules of outcomes, and so is a note with a number and a change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.star_cues import (
    CHANGE_WORDS,
    ENDINGS,
    FINITE,
    INQUIRY_VERBS,
    OUTCOME_VERBS,
    STEP_OUTCOME_VERBS,
)
from simulator.core.scoring.star_grammar import is_past
from simulator.core.scoring.text import is_number, word_set, words

__all__ = [
    "LIST_COUNTS",
    "LIST_ORDINALS",
    "NOTE_PARTICIPLES",
    "note_head_as_clause",
    "look_noted",
    "note_participle",
    "participle_note",
]

# A noun phrase before the participle is at most this long ("Each rule's hits over the last year").
NOTE_SUBJECT_MAX = 7
# A note drops its article: a sentence opening on one of these has a subject of its own and a
# verb in the simple past ("Their lead merged it", "The strange peak disappeared").
_FULL_OPENINGS = word_set(
    """the a an our my their his her its your this that these those they he she it we i
    someone somebody nobody none no several many most some all both"""
)
_PEOPLE_WORDS = word_set("i we i'm we're i've we've i'd we'd me us they he she")
_PREPOSITIONS = word_set("of over for in on from with at by to into across under about per")
# What follows a verb that has an object of its own (a simple past, not a note's participle).
_OBJECTS = word_set(
    """the a an our my their his her its your this that these those it them him us me
    every each all both some"""
)
# Participles of the irregular verbs a step is noted with.
NOTE_PARTICIPLES = word_set(
    """written taken given made found kept told sent set put built held left brought chosen
    shown drawn split read run paid sold bought spent rewritten rebuilt rerun laid shut"""
)
# Verbs with no object a thing does by itself, in the simple past ("Recall stayed within a
# point"), and verbs of choosing or trying that take "to": not a step in the passive.
_THINGS_DO = word_set(
    """stayed remained happened appeared disappeared matched worked failed arrived returned
    waited lasted seemed looked ended started continued occurred existed mattered belonged
    depended agreed changed offered decided tried wanted needed helped"""
)
_NOT_NOTE_VERBS = (
    OUTCOME_VERBS | ENDINGS | CHANGE_WORDS | STEP_OUTCOME_VERBS | _THINGS_DO | word_set("done")
)


def _participle(w: str) -> bool:
    return (w.endswith("ed") and len(w) > 4) or w in NOTE_PARTICIPLES


def participle_note(ws: Sequence[str]) -> bool:
    """Is the sentence a note of a step: a short noun phrase with no article first, then the
    past participle of an act with no object after it, no finite verb and no "I" or "we" (see
    the module's text)?"""
    return note_participle(ws) is not None


def note_participle(ws: Sequence[str]) -> str | None:
    """The participle that makes the sentence a note of a step ("Pilot of the redesigned flow
    extended to every region": "extended", not the past form describing the flow), or None when
    it is no such note."""
    if not ws or ws[0] in _FULL_OPENINGS or set(ws) & (FINITE | _PEOPLE_WORDS):
        return None
    for k, w in enumerate(ws[: NOTE_SUBJECT_MAX + 1]):
        if k and w in _OBJECTS and ws[k - 1] not in _PREPOSITIONS:
            return None  # "After four weeks the classifier agreed": a subject of its own
        if not is_past(w) or (k and ws[k - 1] in _OBJECTS | _PREPOSITIONS):
            continue  # "of the misrouted tickets": a past form describing a noun
        if k == 0 or not _participle(w) or w in _NOT_NOTE_VERBS:
            return None  # "Estimated both ..." is a dropped "I"; "Searches came back"
        j = k + 1
        while j < len(ws) and ws[j].endswith("ly"):
            j += 1
        after = ws[j : j + 2]
        if after[:1] and (after[0] in _OBJECTS or is_number(after[0])):
            return None  # "Reviewers cleared roughly sixty percent": a verb with an object
        # "offered to build": a verb and what it is for, not "sent to the head of risk"
        noted = after[:1] != ["to"] or (
            after[1:] != [] and (after[1] in _OBJECTS or is_number(after[1]))
        )
        return w if noted else None
    return None


# A note's head before its colon is this short at most ("Goal:", "Main risk:").
NOTE_HEAD_WORDS = 2
_MINE = word_set("i we me my mine our")
# The numbers of a list's items (star53): "First, ... Second, ...", "Step one: ... Step two: ..."
# (structure._numbered_steps reads their order).
LIST_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
LIST_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "1": 1, "2": 2}
LIST_COUNTS |= {"3": 3, "4": 4, "5": 5, "6": 6}
# A numbered step's head: "Step three:", "Step 2 -", "Step two —".
_STEP_HEAD = re.compile(r"\W*step\s+\w+\s*[:\-\u2013\u2014]\s*", re.IGNORECASE)


def note_head_as_clause(ws: list[str], raw: str) -> tuple[list[str], str]:
    """A note headed by a short noun phrase before a colon, read as the clause the colon stands
    for (star51): "Goal: all three done without slipping the regulator date." as "goal was all
    three done ...", so it says what "The goal was ..." says. Not a head with a verb, a number
    or a preposition first, or me in it ("Two things: ...", "With design: ...", "Mine: ..." is
    star_first_outcome.note_task's), nor a note whose rest opens on a participle ("Everything
    else: caught by the model already": a step's note). Its words and its text, the colon
    written as " was" so that a comma stands after the same word in both (as
    star_offers.offer_left_out returns them: main_clause finds commas by word count).

    A numbered step's head ("Step three: retrained with twelve features.", after a colon or a
    dash) before a past form is dropped instead (star53): the head numbers the step
    (structure._numbered_steps), the rest is the step told as a note. "Step one: an audit of
    ..." keeps its head (a step named as a noun) and reads as any other note."""
    step = _STEP_HEAD.match(raw)
    numbered = ws[1:2] != [] and (ws[1] in LIST_COUNTS or ws[1] in LIST_ORDINALS)
    if step and ws[:1] == ["step"] and numbered and ws[2:3] and is_past(ws[2]):
        return ws[2:], raw[step.end() :]
    if ":" not in raw or counted_day(ws):
        return ws, raw  # ("Day one: pipeline run in a copy environment": a step's note)
    head = words(raw.split(":", 1)[0])
    if not head or len(head) > NOTE_HEAD_WORDS or ws[: len(head)] != head:
        return ws, raw
    if is_number(head[0]) or head[0] in _PREPOSITIONS or set(head) & _MINE:
        return ws, raw
    if any(is_past(w) or w in FINITE for w in head):
        return ws, raw
    rest = ws[len(head) :]
    if not rest or is_past(rest[0]):
        return ws, raw
    return [*head, "was", *rest], raw.replace(":", " was", 1)


# A duty told as a note with "I" dropped (star54): "Had to ship the retraining pipeline by end of
# quarter.", "Asked to cut forecasting error before the summer season.", "Two months to deliver
# a day-ahead price forecast.", "My call whether the traces went into training."
_DUTY_VERBS = word_set("had needed")
_DUTY_PARTICIPLES = word_set("asked tasked assigned told expected supposed")
_SPANS = word_set("minutes hours days weeks months day week month hour year years quarter sprint")
_SPAN_COUNTS = word_set("a one two three four five six seven eight nine ten twelve few couple")
_DUTY_NOUNS = word_set("call decision job problem responsibility task goal mandate remit")
_DUTY_OBJECTS = word_set("to whether how what which")


def note_duty_as_clause(ws: list[str], raw: str) -> tuple[list[str], str]:
    """A note that says what was mine to do with its subject left out, read as the clause it
    stands for, the way "Asked to fix onboarding" is read as "I was asked to ..." (round 40):
    "Had to X" / "Needed to X" as "I had to X"; "Asked to X" (or tasked, told, expected, ...)
    as "I was asked to X", whatever X's verb looks like ("Asked to cut forecasting error":
    "cut" is no step of mine); the time I had ("Two months to deliver ...", "A week to ship
    it") as "I had two months to ..."; "My call whether ..." / "My problem to fix" as "It was my
    call whether ...". Its words and its text, the added words written into both."""
    if len(ws) < 3:
        return ws, raw
    text = raw.lstrip()
    lowered = text[:1].lower() + text[1:]
    if ws[0] in _DUTY_VERBS and ws[1] == "to":
        return ["i", *ws], f"I {lowered}"
    if ws[0] in _DUTY_PARTICIPLES and ws[1] == "to":
        return ["i", "was", *ws], f"I was {lowered}"
    span = next((j for j in (1, 2) if ws[j] in _SPANS), 0)
    counted = all(w in _SPAN_COUNTS or w[:1].isdigit() for w in ws[:span])
    verb = ws[span + 2] if span and ws[span + 1 : span + 2] == ["to"] and len(ws) > span + 2 else ""
    # ("Two weeks to spare.", "A month to go.": time left over or still ahead, no duty)
    if counted and verb and not is_past(verb) and verb not in ("spare", "go"):
        return ["i", "had", *ws], f"I had {lowered}"
    if ws[0] == "my" and ws[1] in _DUTY_NOUNS and ws[2] in _DUTY_OBJECTS:
        return ["it", "was", *ws], f"It was {lowered}"
    return ws, raw


# A look at something told as a note with what it found after a colon (star55): "Checked the
# logs: two thirds of the errors from one client.", "Pulled that chain's prep times: all zero."
LOOK_HEAD_MAX = 8
# Words that make the look a check of how things went after the work ("Checked a month later:
# down 40 percent" is the outcome, looked at).
_LATER_LOOKS = word_set("later again afterwards since after")
_LOOKERS = word_set("i we")


def look_noted(raw: str) -> bool:
    """Is the sentence a step of looking into something, told as a note with what the look
    found after a colon ("Checked the logs: two thirds of the errors from one client.",
    "Looked at the top features next: the call count included calls after cancellation.")?
    The head before the colon is a look of mine (a verb of looking first, its subject dropped
    or "I"/"we"), short, not a look back at how things went later; what follows it is what the
    look found, a step of the story however much it reads like an outcome (a finding leads to
    the next step; a result is what the steps led to)."""
    head, colon, found = raw.partition(":")
    if not colon or not words(found):
        return False
    ws = words(head)
    if ws[:1] and ws[0] in _LOOKERS:
        ws = ws[1:]
    if not ws or len(ws) > LOOK_HEAD_MAX or ws[0] not in INQUIRY_VERBS:
        return False
    return not set(ws) & _LATER_LOOKS


# Heads that count the days of the work ("Day one:", "Week two,"): a step's place in its order.
# ("Month one: twenty-eight percent deflection" reads a measure a month in: the outcome.)
_COUNTED_SPANS = word_set("day week sprint")


def counted_day(ws: Sequence[str]) -> bool:
    """ "Day one, scoping call with merchandising", "Week one: two days shadowing": a note that
    opens by counting the days of the work places a step in its order, as "first" does
    (star57); its number says when, not how things stood."""
    return len(ws) > 2 and ws[0] in _COUNTED_SPANS and is_number(ws[1])


# The mark of a list's item before a line: "1)", "2.", "(3)", "a)", "(b)".
_LIST_MARK = re.compile(r"^\s*(?:\(?(\d{1,2})[.)]|\(?([a-h])\))\s+(?=\S)")


def list_mark_dropped(ws: list[str], raw: str) -> tuple[list[str], str, int]:
    """The sentence without the mark that numbers it as a list's item ("3) wired them into
    Airflow." as "wired them into Airflow."), and the item's number (0 with no mark). The mark
    orders the items; it is no word of the sentence (read as one, "3" was the subject of
    "wired", and the step a thing's act after the steps, an outcome)."""
    mark = _LIST_MARK.match(raw)
    if mark is None:
        return ws, raw, 0
    said = mark.group(1) or mark.group(2)
    if ws[:1] != [said]:
        return ws, raw, 0
    number = int(said) if said.isdigit() else ord(said) - ord("a") + 1
    return ws[1:], raw[mark.end() :], number
