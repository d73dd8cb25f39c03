"""Work taken up as my own, said as a decision to own it or as what I could not leave undone
(issue 9, star68): "I decide that I will take this, because every hour we lose bids", "so I
kind of decided, okay, I'm going to own fixing this before the next two hires start", "I
decided to take her on as my mentee", "so I felt like, I can't just mention it in Slack and
walk away", "I couldn't let it go out like this".

English says a duty in two ways besides "I had to": a decision whose object is the work
itself (to take it, own it, take it on or over, see to it, handle it, help someone) makes the
work mine, where a decision of what to do ("I decided to roll back the image") is a step; and a
negated possibility of letting things be ("I can't just walk away", "I couldn't let it go",
"I couldn't ignore it") says a necessity, the same duty told the other way round. Both are read
by ``star_own_duty.own_duty_as_task`` only in a story that tells no other task.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.text import word_set

__all__ = ["could_not_leave_it", "decided_to_own"]

_ME = word_set("i we")
# Verbs of deciding and of committing oneself, in both tenses (a story may be told in either).
_DECIDING = word_set(
    "decide decided decides choose chose resolve resolved figure figured commit committed"
)
# Words a teller may put between the decision and what was decided: a link, a filler, a hedge,
# a spoken "okay, I'm going to".
_LINKS = word_set(
    """that to okay ok alright right so well fine um uh like then just simply basically i i'll
    i'm i'd will would am was going gonna myself we we'll we're"""
)
_LINKS_MAX = 6
# Verbs whose object is the work itself: what is decided is to have it as mine.
_OWNING = word_set("own handle lead")
# "take" owns the work when it is taken as a whole: "take this", "take it on", "take over",
# "take charge", "take ownership" (not "take a look", "take it to my manager").
_TAKE = word_set("take taking")
_TAKEN_WHOLE = word_set("on over charge ownership responsibility care")
_TAKEN_THINGS = word_set("it this that them")
_CLAUSE_ENDS = word_set("because since as and so before but myself on over upon")
# Phrasal verbs of seeing to a thing: "sort it out", "deal with it", "pick it up", "step in".
_SEEING_TO = (("sort",), ("deal", "with"), ("pick",), ("step", "in"), ("look", "after"))
# "help" owns the work when its object is a person ("help him", "help her get ready").
_HELP = word_set("help")
_PEOPLE = word_set("him her them")
# What a negated possibility may leave undone: letting a thing be ("let it go", "leave it",
# "ignore it", "pretend", "walk away", "sit on it", "look away", "stand by") or doing only a
# little ("just"); a verb of moving or placing lets things be only with its particle.
_LETTING_BE = word_set("just let leave ignore pretend")
_LETTING_BE_WITH = {"walk": "away", "look": "away", "sit": "on", "stand": "by"}
_CAN = word_set("can could")


def _owns_from(ws: Sequence[str], k: int) -> bool:
    """Do the words from ``k`` take the work as mine ("take this", "own fixing it", "take her
    on", "sort it out", "help him")?"""
    w = ws[k] if k < len(ws) else ""
    nxt = list(ws[k + 1 : k + 4])
    if w in _OWNING:
        return True
    if w in _TAKE:
        if nxt[:1] and nxt[0] in _TAKEN_WHOLE:
            return True
        if nxt[:1] and nxt[0] in _TAKEN_THINGS:
            return len(nxt) == 1 or nxt[1] in _CLAUSE_ENDS
        # "take her on as my mentee": a person taken on
        return nxt[:1] != [] and nxt[0] in _PEOPLE and nxt[1:2] == ["on"]
    if w in _HELP:
        return nxt[:1] != [] and nxt[0] in _PEOPLE
    return any(tuple(ws[k : k + len(verb)]) == verb for verb in _SEEING_TO) and (
        ws[k] not in ("sort", "pick") or "out" in nxt or "up" in nxt
    )


def decided_to_own(ws: Sequence[str]) -> bool:
    """Does the sentence tell my decision (or commitment) to have the work as mine? "I decided
    to take it on", "I decide that I will take this", "I decided, okay, I'm going to own
    fixing this"; a commitment alone counts when it is to own the work ("I'm going to own
    this"), a decision of what to do does not ("I decided to roll back")."""
    ws = list(ws)
    for k, w in enumerate(ws):
        if w in _ME:
            at = k + 1
            if ws[at : at + 2] in (["kind", "of"], ["sort", "of"]):
                at += 2
            if ws[at : at + 1] == [] or ws[at] not in _DECIDING:
                continue
            at += 1
            while at < len(ws) and at - k <= _LINKS_MAX and ws[at] in _LINKS:
                at += 1
            if _owns_from(ws, at):
                return True
        elif (w, *ws[k + 1 : k + 2]) == ("i'll", "own") or (w, *ws[k + 1 : k + 4]) == (
            "i'm",
            "going",
            "to",
            "own",
        ):
            return True  # a commitment alone, to own the work
    return False


def could_not_leave_it(ws: Sequence[str]) -> bool:
    """Does the sentence say, with me as its subject, that I could not let things be: "I can't
    just mention it and walk away", "I couldn't let it go", "we could not ignore it"? The
    negated possibility of leaving it is the necessity of acting (not "I couldn't reproduce
    it": a step that failed)."""
    ws = list(ws)
    for k, w in enumerate(ws):
        if w not in _ME:
            continue
        at = k + 1
        if ws[at : at + 1] == ["cannot"]:
            at += 1
        elif ws[at : at + 2] != [] and ws[at] in _CAN and ws[at + 1 : at + 2] == ["not"]:
            at += 2
        else:
            continue
        if at < len(ws) and ws[at] in _LETTING_BE:
            return True
        if at + 1 < len(ws) and _LETTING_BE_WITH.get(ws[at]) == ws[at + 1]:
            return True
    return False
