"""A lesson named as such (issue 9, star54): "The main thing I learned from this is that ...",
"What I took away from mentoring her is ...", "If there's one thing I learned, it's that ...",
"That project taught me to ...", "I learned the hard way that estimates are ...".

A lesson is what came of the story for the teller, its result wherever it is told (round 52's
convention). Told last it reads as the result by its place; told first, before any step, it
read as the scene ("what had happened before any step") or as the story pointed at ("the main
thing I learned" taken for a picked story).

``lesson_told`` is the one reader of lessons (star55): star_labels asks it to keep a lesson told
first the result and to keep it from the remarks; star_gaps asks it whether a clause only
reflects (its own list of lesson openings, "i learned", "the lesson", "my takeaway", "it taught
me", ..., is gone). Besides the lesson as a subject, it reads a lesson told as a note ("Lesson:
...", "Key takeaway: ..."), a lesson in a later clause ("..., and what I learned is that ..."),
"I learned to ..." and "I also learned that ...".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.star_grammar import is_past
from simulator.core.scoring.text import word_set, words

__all__ = ["LEAD_INS", "lesson_as_subject", "lesson_named", "lesson_told", "stayed_with_me"]

# Words that make a subject a lesson: "the main thing I learned is ...".
LESSON_WORDS = frozenset(
    ("learned", "learnt", "lesson", "lessons", "takeaway", "takeaways", "took", "take")
)


def _lesson_head(ws: Sequence[str], marks: frozenset[str]) -> Sequence[str]:
    """The subject before the first "is" / "was" when it is a lesson ("The main thing I learned
    is ...", "One thing we learnt was ...": one of ``marks`` in it), else nothing."""
    for k, w in enumerate(ws[:9]):
        if w in ("is", "was"):
            head = ws[:k]
            if head and head[0] in ("the", "my", "one", "what") and set(head) & marks:
                return head
            return ()
    return ()


# Words a sentence may open with before what it tells ("So, looking back, ..."): star_gaps'
# reflections and the lessons here; a lesson named may also open with a spoken filler.
LEAD_INS = word_set("so and but also overall honestly personally well anyway")
_LESSON_LEAD_INS = LEAD_INS | word_set("okay ok um uh yeah")
_POINTERS = word_set("it that this")
# What the lesson is, after "taught me": "that ...", "to ...", "how ...", "never to ...".
_TAUGHT_WHAT = word_set("that to how never")
# Words between "I learned" and its "that": "the hard way", "early", "quickly".
_LEARNED_HOW = word_set("the hard way early quickly fast then there very")
# How far into the clause after "I learned that" a past form makes it what I found then ("I
# learned that their big goal that quarter was reducing uninstalls"), not a lesson.
_LESSON_REACH = 8
_BACK_THEN = word_set("was were had did")


_NOUN_MARKS = word_set("lesson lessons takeaway takeaways")
# Words after "I learned to" that make "to" a preposition: "to my surprise", "to the team".
_NOT_VERBS = word_set("my the a an his her our their its your this that everyone them him")
_TELLERS = word_set("i we")


def _teller_drew_it(head: Sequence[str]) -> bool:
    """The subject's lesson (``_lesson_head``) is the teller's: named as one ("the lesson",
    "my takeaway"), or a verb of the teller's ("the thing I took away", "what we learned", "one
    thing this taught me"), not a thing's ("The whole process took about two days").
    """
    for k, w in enumerate(head):
        if w in _NOUN_MARKS:
            return True
        taking = w in ("took", "take")
        if taking and head[k + 1 : k + 2] not in (["away"], ["from"]):
            continue  # "The approach I took was ...": a step of mine, no lesson
        if w in LESSON_WORDS and k and head[k - 1] in _TELLERS:
            return True
        if w == "taught" and head[k + 1 : k + 2] == ["me"]:
            return True
    return False


def lesson_as_subject(ws: Sequence[str]) -> bool:
    """Is the sentence's subject a lesson I drew ("And the thing I took from that is, uh, people
    adopt stuff they helped build", "What I learned was ...")? Its "I took" / "I learned" is the
    lesson's, inside the subject, and no step of mine however late it is told (star65: round
    64's blind set read that line as a step for its "I took")."""
    rest = list(ws)
    while rest and rest[0] in _LESSON_LEAD_INS:
        rest = rest[1:]
    head = _lesson_head(rest, LESSON_WORDS | {"taught"})
    return bool(head) and _teller_drew_it(head)


# What stayed with me, hung on the sentence or said of it: "..., which really stuck with me.",
# "That stayed with me." (star65): a reflection on what the story meant to me.
_STUCK_WITH_ME = re.compile(
    r"\b(?:which|that|it|this)\s+(?:(?:has|have|really|still|always|kind\s+of|just)\s+)*"
    r"(?:stuck|stayed)\s+with\s+me\b"
)


def stayed_with_me(ws: Sequence[str]) -> bool:
    """Does the sentence say that something stayed with me ("..., which really stuck with
    me.")? What I saw then is named as what the story left me with, its lesson, even told with
    a verb of mine ("it was the first time I saw ..., which really stuck with me")."""
    return bool(_STUCK_WITH_ME.search(" ".join(ws)))


def lesson_named(ws: Sequence[str]) -> bool:
    """Does the sentence name a lesson I drew (module docstring): a lesson as its subject;
    "if there's one thing I learned, ..."; "it / that / this (project) taught me that / to /
    how ..."; "I learned (the hard way) that ..." with a clause told in the present (a past
    one is what I found then: "I learned that they had skipped the check")?"""
    rest = list(ws)
    while rest and rest[0] in _LESSON_LEAD_INS:
        rest = rest[1:]
    head = _lesson_head(rest, LESSON_WORDS | {"taught"})
    if head and _teller_drew_it(head):
        return True  # (and "One thing this taught me is ...")
    if rest[:4] == ["if", "there's", "one", "thing"] and set(rest[4:8]) & LESSON_WORDS:
        return True
    if rest[:1] and rest[0] in _POINTERS and "taught" in rest[1:4]:
        k = rest.index("taught")
        return (
            rest[k + 1 : k + 2] == ["me"]
            and rest[k + 2 : k + 3] != []
            and (rest[k + 2] in _TAUGHT_WHAT)
        )
    if rest[:1] and rest[0] in _POINTERS and "showed" in rest[1:4]:
        # "It also showed me that urgent requests stop being urgent once ...": what the story
        # showed me, told in the present, is a lesson kept since; told in the past it is what
        # a look found then ("which showed me the pilot had worked") (star58)
        k = rest.index("showed")
        clause = rest[k + 3 : k + 3 + _LESSON_REACH]
        return rest[k + 1 : k + 3] == ["me", "that"] and bool(clause) and _told_now(clause)
    if rest[:2] in (["i", "also"], ["i", "quickly"], ["i", "eventually"], ["i", "finally"]):
        rest = rest[:1] + rest[2:]  # "I also learned that ..." (star55)
    if rest[:1] == ["i"] and rest[1:2] != [] and rest[1] in ("learned", "learnt"):
        k = 2
        while k < len(rest) and rest[k] in _LEARNED_HOW:
            k += 1
        if rest[k : k + 2] == ["how", "to"]:
            k += 1
        if rest[k : k + 1] == ["to"]:
            # "I learned to involve the users from the first week": a habit taken from the
            # story, a lesson (not "I learned to my surprise that ...", star55)
            return rest[k + 1 : k + 2] != [] and rest[k + 1] not in _NOT_VERBS
        if rest[k : k + 1] != ["that"]:
            return False
        clause = rest[k + 1 : k + 1 + _LESSON_REACH]
        return bool(clause) and _told_now(clause)
    return False


# Verbs whose present tense makes the clause after "I learned that" a lesson kept since.
_NOW_VERBS = word_set("is are has have does do can should must will matters pays helps needs")
_DESCRIBING = word_set("the a an my our their his her its feeling being getting")


def _told_now(clause: Sequence[str]) -> bool:
    """The clause after "I learned that" is told in the present (a lesson kept since), not the
    past (what I found then): its first finite verb decides ("feeling rushed is exactly when
    ...": "rushed" describes, "is" is the verb, star55); a clause with no past form is one."""
    for j, w in enumerate(clause):
        if w in _NOW_VERBS:
            return True
        if w in _BACK_THEN:
            return False
        if is_past(w) and not (j and clause[j - 1] in _DESCRIBING):
            return False
    return True


# A lesson told as a note, its name before a colon: "Lesson: ...", "Key takeaway: ...", "Lesson
# learned: ...", "Biggest lesson from this: ..." (star55).
_NOTE_NOUNS = word_set("lesson lessons takeaway takeaways")
_NOTE_WORDS = _NOTE_NOUNS | word_set(
    "the my our one main key big biggest real first second learned learnt for me from this that it "
    "project story"
)
NOTE_HEAD_MAX = 6
# Where a sentence's second clause starts: "..., and what I learned is that ...".
_CLAUSE_CUTS = re.compile(r",\s*(?:and|but|so)?\s*|;\s*|\s+(?:and|but)\s+(?=what\b|the\b|my\b)")


def _lesson_note(raw: str) -> bool:
    """ "Lesson: a vague brief hides a decision.", "Key takeaway: measure first.": the lesson's
    name, alone, before a colon, and the lesson after it."""
    head, colon, said = raw.partition(":")
    ws = words(head)
    while ws and ws[0] in _LESSON_LEAD_INS:
        ws = ws[1:]
    if not colon or not words(said) or not ws or len(ws) > NOTE_HEAD_MAX:
        return False
    return bool(set(ws) & _NOTE_NOUNS) and all(w in _NOTE_WORDS for w in ws)


def _named_bare(ws: Sequence[str]) -> bool:
    """ "Lesson was ...", "Key takeaway is ...": a note's "Lesson: ..." as the labeller reads it
    (star_notes.note_head_as_clause writes the colon as "was")."""
    for k, w in enumerate(ws[: NOTE_HEAD_MAX + 1]):
        if w in ("is", "was"):
            head = [h for h in ws[:k] if h not in _LESSON_LEAD_INS]
            return bool(set(head) & _NOTE_NOUNS) and all(h in _NOTE_WORDS for h in head)
    return False


def lesson_told(ws: Sequence[str], raw: str = "") -> bool:
    """The one reader of a lesson I drew, said as such (star55; every reader of lessons asks
    it): a lesson named by the sentence (``lesson_named``: "The main thing I learned is ...",
    "That project taught me to ...", "I learned the hard way that ..."), told as a note ("Lesson:
    ...", "Key takeaway: ..."), or named by a later clause of the sentence ("We shipped it a
    week late, and what I learned is that ...")."""
    if lesson_named(ws) or _named_bare(ws):
        return True
    if not raw:
        return False
    if _lesson_note(raw):
        return True
    pieces = [words(p) for p in _CLAUSE_CUTS.split(raw)]
    return any(lesson_named(p) for p in pieces[1:] if len(p) >= 3)
