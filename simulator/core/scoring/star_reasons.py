"""Why a STAR sentence got its label, in words a candidate reads (issue 9, round 36).

The labeller keeps its reasons as short internal notes ('"I" + past verb', "what followed (a
thing's past verb, late)", "an act named by its gerund"): other passes look them up by their
exact text, so they stay as they are. The scorecard and every export show this module's
wording instead: plain English addressed to the candidate ("you", "your"), no grammar terms,
and the story's own words between typographic quotes (“so I had to”), as the rest of the card
quotes them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Internal reasons that other passes look up by their exact text (structure._looks_back): named
# here, the module every pass can import without a cycle (star_labels imports this one).
BACKGROUND_WAS = "how things were (was/had)"
PAST_PERFECT_BEFORE = "what had happened before (past perfect)"


def cue_reason(cue: str) -> str:
    """The reason a cue phrase gives: the phrase between straight quotes ('"we were"')."""
    return f'"{cue}"'


# Internal reason -> what the candidate reads. A reason not listed here is shown as it is, with
# its quotes made typographic (``plain_reason``); tests/core/scoring/test_star36_wording.py
# checks that every reason the repository's stories produce reads plainly.
_PLAIN = {
    # cues and grammar (star_labels.py)
    '"I" + past verb': "a step you took",
    '"we" + past verb': "a step the team took",
    "early in the story": "early in the story",
    "a line under the heading of its part": "under your heading for this part",
    "late in the story": "late in the story",
    "mid-story": "in the middle of the story",
    "a number": "a number",
    "an act in the passive": "something done, without saying by whom",
    "an act in the passive, in sequence": "a step, told as something done next",
    "an act in the passive, after the task": "a step, told as something done after the task",
    "an outcome in the passive": "how it ended",
    "an act named by its gerund": "a step named as an activity",
    "how things went (a thing's past verb, early)": "how things went before you stepped in",
    "what followed (a thing's past verb, late)": "what followed your steps",
    BACKGROUND_WAS: "how things were",
    "a habit (every, often)": "what usually happened",
    PAST_PERFECT_BEFORE: "what had happened before",
    "a number with no change": "a number that describes how things were",
    "a number with a change": "a number that changed",
    "a change before the story's actions": "a change that happened before your steps",
    'my role ("as the ... ,")': "your role, stated",
    'my role ("I was their lead")': "your role, stated",
    'what I needed someone else to do ("I needed legal to")': "what you needed from someone else",
    "a duty passed on to me, in someone's words": "a duty someone passed on to you",
    'what was mine to do ("I was given the job of")': "what was yours to do",
    'a goal ("my ... was to")': "your goal, stated",
    'a need said as the task ("what we needed was")': "what was needed, said as the task",
    'the time I had for it ("I had two weeks to")': "the time you had for it",
    'the work I led ("I led the ...")': "the work you led",
    "my stance before acting": "where you stood before acting",
    "what I expected, before the steps": "what you expected, before the steps",
    "decided to take it on": "you decided to take it on",
    "offered to take it on": "you offered to take it on",
    "a list of my steps": "a list of your steps",
    "a step placed by the day of the work": "a step, placed by the day of the work",
    "had others do a step": "a step you had others do",
    "what a step brought about": "what a step brought about",
    "a finding, told as it happened": "something you found out along the way",
    "a lesson, told at the end": "a lesson, told at the end",
    "a lesson, told in the present": "a lesson you still hold",
    "a finding told at the start": "something noticed at the start",
    "on call when it happened": "you were on call when it happened",
    "a judgement of what mattered most, told after the steps": "what mattered most, looking back",
    "someone else's step, in sequence": "someone else's step, in order with yours",
    "the opening line": "the opening of the story",
    "the opening line, before any task": "the opening of the story, before the task",
    "the opening line says where": "the opening says where it happened",
    "an opening that names the story": "the opening names what the story is about",
    "someone else's request opens the story": "someone else's request opens the story",
    "how I felt about it, no outcome": "how you felt about it, not an outcome",
    "how it felt or what it was worth to me, no outcome": (
        "how it felt or what it was worth to you, not an outcome"
    ),
    "someone else acting, early": "what someone else did before you stepped in",
    "someone else acting, late": "what someone else did after your steps",
    "someone else acting on it": "someone else acting on your work",
    "a step told as a noun": "a step, named as what you made or did (“My first step was …”)",
    "an outcome verb": "a word that says how it turned out",
    "dates the story": "says when it happened",
    "told from a later point": "told from a later point in time",
    "no one objected after the steps": "no one objected after your steps",
    # context passes (star_context.py, star_gaps.py, structure.py)
    "a finding between my steps": "something you found out between your steps",
    "a measure and what it told me: a finding, not what the steps led to": (
        "a measure and what it told you, found between your steps"
    ),
    "a look and what it found, told as a note": "a look you took and what it found, noted",
    "what a step turned up: the next step follows from it": (
        "something a step turned up, which your next step follows from"
    ),
    "a step told as a note, before what came of the steps": "a step, noted before the outcome",
    "what came first of my steps, told before the rest of the outcome": (
        "the first thing that came of your steps"
    ),
    "a reflection told between the story's parts": "a reflection between your steps",
    "what was mine to do, told as a note before any step": "what was yours to do, noted before your steps",
    "a finding told last, after my steps": "something you found out, told after your steps",
    "my mistake and what it led to, before the task": "your mistake and what it led to",
    "more of the scene: nothing in it says what was mine to do": (
        "more of the scene: nothing in it says what was yours to do"
    ),
    "what came of my steps, told last": "what came of your steps",
    "what came of my steps, in the last sentence's closing clause": (
        "what came of your steps, in the last sentence's closing words"
    ),
    "background told after the task, before any step": "background, told before your steps",
    "the team's act before the lesson": "what the team did before the lesson",
    "someone else's need I had to meet, and no other task told": (
        "what someone else needed from you: your task"
    ),
}
# Straight double quotes around the story's own words, made typographic.
_QUOTED = re.compile(r'"([^"]*)"')
# Words of the internal notes that mean nothing to a candidate, rewritten where they remain.
_FIRST_PERSON = (
    (re.compile(r"\bmy steps\b"), "your steps"),
    (re.compile(r"\bmine to do\b"), "yours to do"),
)


# A "we" story's reasons quote its words as "we" (structure._as_we): read back as "I" to find
# the reason's plain wording.
_WE_AS_I = {"we": "i", "us": "me", "our": "my", "ours": "mine", "ourselves": "myself"}


def _quoted_as_i(why: str) -> str:
    return _QUOTED.sub(
        lambda m: (
            '"'
            + re.sub(
                r"\bi were\b", "i was", " ".join(_WE_AS_I.get(w, w) for w in m.group(1).split())
            )
            + '"'
        ),
        why,
    )


def plain_reason(why: str) -> str:
    """One reason as the candidate reads it."""
    said = _PLAIN.get(why, _PLAIN.get(_quoted_as_i(why)))
    if said is None:
        said = why
        if said.startswith("named "):
            # 'named "Result"': the candidate named the part out loud
            said = "you named the part " + said[len("named ") :]
        for pattern, plain in _FIRST_PERSON:
            said = pattern.sub(plain, said)
        said = said.replace("...", "…")
    return _QUOTED.sub(r"“\1”", said)


def plain_reasons(whys: list[str]) -> str:
    """Several reasons, strongest first, as one line ("a step you took; “so I had to”")."""
    return "; ".join(plain_reason(why) for why in whys)


def plain_stored_reasons(why: str) -> str:
    """A sentence's reasons as stored with an answer scored before round 36 (internal notes
    joined by "; "), as the candidate reads them now; a reason stored in the new words stays
    as it is."""
    return plain_reasons(why.split("; ")) if why else why


# STAR tips stored before round 36 quoted with straight quotes; the order tip used "->".
_OLD_QUOTING_TIPS = (
    "Ownership:",
    "Say what you did:",
    "Off the question?",
    "Tell a real past story",
    "Answer the question asked:",
    'Use "I"',
)
_OLD_ORDER_TIP = re.compile(r"^STAR parts come out of order \((.*)\)\.$")


def out_of_order_tip(order: Sequence[str]) -> str:
    """The STAR parts in the order told, with what order to tell them in."""
    return (
        f"STAR: the parts come out of order ({' → '.join(order)}). Tell the situation first, "
        "then your task, your steps and the result."
    )


def plain_stored_tip(tip: str) -> str:
    """A STAR tip stored before round 36, in today's words and quotes; any other tip as it is."""
    order = _OLD_ORDER_TIP.match(tip)
    if order:
        return out_of_order_tip(order.group(1).split(" -> "))
    if tip.startswith(_OLD_QUOTING_TIPS):
        return _QUOTED.sub(r"“\1”", tip)
    return tip
