"""A lesson named as such (issue 9, star54): "The main thing I learned from this is that ...",
"What I took away from mentoring her is ...", "If there's one thing I learned, it's that ...",
"That project taught me to ...", "I learned the hard way that estimates are ...".

A lesson is what came of the story for the teller, its result wherever it is told (round 52's
convention). Told last it reads as the result by its place; told first, before any step, it
read as the scene ("what had happened before any step") or as the story pointed at ("the main
thing I learned" taken for a picked story). star_gaps reads the same subjects when it asks
whether a result only reflects; star_labels reads them to keep a lesson told first the result.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.star_grammar import is_past
from simulator.core.scoring.text import word_set

__all__ = ["LEAD_INS", "lesson_as_subject", "lesson_named"]

# Words that make a subject a lesson: "the main thing I learned is ...".
LESSON_WORDS = frozenset(
    ("learned", "learnt", "lesson", "lessons", "takeaway", "takeaways", "took", "take")
)


def lesson_as_subject(ws: Sequence[str], marks: frozenset[str] = LESSON_WORDS) -> bool:
    """ "The main thing I learned is ...", "One thing we learnt was ...": the clause's subject
    is a lesson (one of ``marks`` in it), whatever words lead up to it."""
    return bool(_lesson_head(ws, marks))


def _lesson_head(ws: Sequence[str], marks: frozenset[str]) -> Sequence[str]:
    """The subject before the first "is" / "was" when it is a lesson (``lesson_as_subject``),
    else nothing."""
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
    if rest[:1] == ["i"] and rest[1:2] != [] and rest[1] in ("learned", "learnt"):
        k = 2
        while k < len(rest) and rest[k] in _LEARNED_HOW:
            k += 1
        if rest[k : k + 1] != ["that"]:
            return False
        clause = rest[k + 1 : k + 1 + _LESSON_REACH]
        return bool(clause) and not any(is_past(w) or w in _BACK_THEN for w in clause)
    return False
