"""Parts of a story named by their heading (star69n, issue 9): "Context: ...", "Goal I set: ...",
"Role: tech lead, ...", "Outcome - recall 0.91", "What I did:", "Lesson for me: ...".

A teller who writes a story in notes names each part before telling it, and the name is the
teller's own word for what the line is: a heading of a part of the story weighs more than any
cue in what follows it. English names each part with a handful of nouns (a situation is also the
context, background, setting or problem; a task the goal, role, job, responsibility, aim or
remit; an action the approach, steps or method; a result the outcome, impact or effect, and the
lesson or takeaway drawn from it), with a possessive or an adjective before them ("my role",
"key takeaway") and at most a short clause of mine after them ("goal I set myself", "lesson for
me"); or with a clause of what I did ("What I did:", "How I went about it:").

A heading stands first in its line, before a colon or a dash, or alone on its line ("Context",
"What I did:"); a heading alone names the part of the lines under it, up to the next heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from simulator.core.scoring.text import is_number, word_set, words

__all__ = [
    "HEADING_WEIGHT",
    "UNDER_HEADING",
    "UNDER_HEADING_WEIGHT",
    "Heading",
    "named",
    "part_heading",
    "read_headings",
]

# The nouns English names each part of a story with (singular and plural).
_PART_NOUNS = {
    "situation": word_set(
        """situation situations context background setting scene backdrop problem problems
        challenge challenges"""
    ),
    "task": word_set(
        """task tasks goal goals role roles job jobs responsibility responsibilities mission aim
        aims objective objectives remit assignment mandate duty duties"""
    ),
    "action": word_set(
        """action actions approach approaches step steps method methods solution solutions
        fix fixes"""
    ),
    "result": word_set(
        """result results outcome outcomes impact impacts effect effects lesson lessons
        takeaway takeaways learning learnings payoff upshot"""
    ),
}
_PART_OF = {noun: part for part, nouns in _PART_NOUNS.items() for noun in nouns}
# What may stand before the noun: a possessive, an article, a word of rank or scope.
_BEFORE = word_set(
    """my our the a one main key big biggest real core overall final end net short first next
    last second third my own"""
)
# A clause of mine after the noun ("goal I set myself", "role I had", "lesson I took away").
_MINE = word_set("i we")
_OF_MINE = word_set("for me us to")
# A heading told as a clause of what I did, or of what I learned ("What I did:", "How I went
# about it:", "What I learned:"): the verbs of each, in the past (a present "What I do now:"
# tells a habit kept since, what came of the story).
_DOING = word_set("did tried changed built proposed went handled approached tackled solved")
_LEARNING = word_set("learned learnt took take got achieved")
# Where a heading ends: a colon or a dash (spaced, or an en or em dash), or the line's end.
_SEPARATOR = re.compile(r"\s*(?::|\s[-\u2013\u2014]+(?=\s)|[\u2013\u2014])\s*")
# A list's marker before a line ("- ", "* ", "1) ", "2. ").
_MARKER = re.compile(r"^\s*(?:[-*\u2022\u2023\u25aa\u00b7>]+\s*|\(?\d{1,2}[.)]\s+)")
# A heading is this short at most ("The goal I set myself", "What I did in the end").
HEAD_MAX_WORDS = 6
# Evidence a heading gives its own line, and a heading alone each line under it.
HEADING_WEIGHT = 10.0
UNDER_HEADING_WEIGHT = 3.0


@dataclass(frozen=True)
class Heading:
    """A part's heading: the part it names, its words, and whether it stands alone (nothing
    after it in its line)."""

    part: str
    said: str
    alone: bool


def _part_named(ws: list[str]) -> str | None:
    """The part a heading's words name, or None."""
    if not ws or len(ws) > HEAD_MAX_WORDS:
        return None
    if ws[0] in ("what", "how") and ws[1:2] and ws[1] in _MINE and ws[2:3]:
        # "What I did", "How we went about it", "What I learned"
        if ws[2] in _DOING:
            return "action"
        if ws[2] in _LEARNING and ws[0] == "what":
            return "result"
        return None
    k = 0
    while k < len(ws) - 1 and ws[k] in _BEFORE:
        k += 1
    part = _PART_OF.get(ws[k])
    if part is None:
        return None
    rest = ws[k + 1 :]
    if part == "action" and ws[k] in ("step", "steps") and rest[:1] and is_number(rest[0]):
        rest = rest[1:]  # "Step 2", "Step one"
    if not rest:
        return part
    if rest[0] in _MINE and len(rest) <= 4:
        return part  # "Goal I set myself", "Role I had"
    if rest[0] in _OF_MINE and rest[1:] in (["me"], ["us"]):
        return part  # "Lesson for me"
    if rest in (["learned"], ["learnt"], ["taken"], ["achieved"]):
        return part  # "Lessons learned", "Steps taken"
    return None


def part_heading(raw: str) -> Heading | None:
    """The heading of a part that opens ``raw`` (see the module's text), or None."""
    marker = _MARKER.match(raw)
    start = marker.end() if marker else 0
    sep = _SEPARATOR.search(raw, start)
    if sep is not None and sep.start() > start:
        head, end = raw[start : sep.start()], sep.end()
    else:
        head, end = raw[start:].rstrip(" .:"), len(raw)
    if not head[:1].isalpha() or not head[:1].isupper():
        return None  # a heading is written capitalised, as a line starts
    part = _part_named(words(head))
    if part is None:
        return None
    return Heading(part, head.strip(), not words(raw[end:]))


def named(said: str) -> str:
    """The reason a part's heading gives its line (star_reasons.plain_reason: "you named the
    part ...")."""
    return f'named "{said}"'


UNDER_HEADING = "a line under the heading of its part"
# The words a line's own heading may run to ("Step one:", "Idea:", "Two options -").
_ANY_HEAD_MAX = 4


def _opens_on_head(raw: str) -> bool:
    """Does the line open on a heading of any kind, a short capitalised phrase before a colon
    or a dash ("Idea: ...", "Step two: ...")? It ends the lines a heading alone stood over."""
    marker = _MARKER.match(raw)
    start = marker.end() if marker else 0
    sep = _SEPARATOR.search(raw, start)
    if sep is None or not raw[start : start + 1].isupper():
        return False
    return 0 < len(words(raw[start : sep.start()])) <= _ANY_HEAD_MAX


def read_headings(texts: Sequence[str]) -> tuple[list[Heading | None], list[str | None]]:
    """Each line's own heading of a part (None when it opens on none), and the part of the
    heading alone each other line stands under (None when it stands under none): a heading
    alone ("What I did:") stands over the lines after it up to the next line with a heading."""
    headings = [part_heading(text) for text in texts]
    under: list[str | None] = []
    over: str | None = None
    for text, heading in zip(texts, headings, strict=True):
        if heading is not None:
            under.append(None)
            over = heading.part if heading.alone else None
            continue
        if _opens_on_head(text):
            over = None
        under.append(over)
    return headings, under
