"""Spoken remarks that frame a story without telling any part of it (issue 9, star63).

A story said aloud opens and closes with the teller's own voice: a line that starts on
hesitation or acknowledgement ("Um,", "Yeah, so,", "Oh man,", "Hmm, okay,") and then only names
the question's kind of story or points at the story as an item ("Oh man, yeah, deadlines.",
"Okay, so, conflict, yeah, I've got a good one.", "Uh, yeah, I definitely have one of these.",
"Hmm, yes, I pushed back on a product manager once, quite firmly."), or that wraps up with
"so yeah" after the parts are told ("So yeah, I became the GPU police for a while."). Every
blind writer of sets 57-62 labelled such lines other, as a STAR coach would: the scene comes in
the next line, the outcome came before. The labeller read them as the situation (first place)
or the result (last place).

The reading is by the line's form, not its words of the story: the spoken lead is what marks it
(a written opening line has none), then either nothing but a topic, or the story pointed at as
"one", "once", "one of these", "those" or "an example", with no number. A spoken opener that
tells the scene itself ("Okay, so, last year a new graduate joined my team, ...") points at no
item and stays the scene. A story's own liking of itself ("It's still one of my favourite
hacks.") is the same kind of closing remark, said without the lead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from simulator.core.scoring.star_grammar import is_past
from simulator.core.scoring.text import is_number, word_set

# Words of hesitation or of taking the question up that only a speaker opens with; one of them
# makes the lead spoken ("So, this was ..." alone is a written opening too).
_HESITATIONS = word_set("um uh er erm hmm mm yeah oh okay ok man ha haha")
# What else a spoken lead is made of ("Yeah, so, ...", "Hmm, yes, ...", "Right, so, um, ...").
_LEAD_WORDS = _HESITATIONS | word_set("so well right sure yes alright and but anyway honestly")


def spoken_lead(ws: Sequence[str]) -> int:
    """How many words of ``ws`` a spoken lead takes (0 when the line has none); a pronoun
    started and dropped for a hesitation is part of it ("Sure, I, yeah, I've made plenty")."""
    n = 0
    while n < len(ws) and (
        ws[n] in _LEAD_WORDS
        or (ws[n] in ("i", "we") and ws[n + 1 : n + 2] != [] and ws[n + 1] in _HESITATIONS)
    ):
        n += 1
    return n if set(ws[:n]) & _HESITATIONS else 0


# A topic named alone after the lead ("deadlines", "ambiguous, yeah") is at most this long.
TOPIC_MAX_WORDS = 3
# What stands after "one" when it is the story pointed at, not a count ("one time", "one of our
# models"): the line's end, a comma, "of these/those", or a clause about it ("the big one for
# me was ...", "a good one I remember").
_ONE_AS_ITEM = re.compile(
    r"\bone(?:'s)?\b(?=\s*(?:[,.;:!?]|$|of\s+th(?:ese|ose)\b|for\b|from\b|that\b|i\b|i've\b|i'd\b))",
    re.IGNORECASE,
)
# "once" as a conjunction opens a clause of its own ("once the model shipped, ..."): then it is
# no story pointed at.
_CLAUSE_OPENERS = word_set("the a an we i it they he she our my his her their you this that")
# The question's kind of event said to be common for me, in the present: "this happens a lot".
_OFTEN = (("a", "lot"), ("all", "the", "time"), ("often",))


# Words that count the stories of a kind loosely, standing for them ("I've had a few", "I've
# made plenty", "there were several"): no event told, the kind pointed at as many items.
_HAD_SOME = word_set("few plenty several many lots couple")


def _ends_clause(after: Sequence[str]) -> bool:
    """Does a loose count stand alone ("a few", "plenty, but ..."), not before its noun ("a
    few weeks", "a few of our models")?"""
    return (
        not after
        or after[0] in ("but", "and", "so")
        or list(after) in (["of", "those"], ["of", "these"], ["of", "them"])
    )


def _verbless(rest: Sequence[str]) -> bool:
    return not any(is_past(w) or w in ("is", "are", "was", "were", "had") for w in rest)


def _story_as_item(rest: Sequence[str], raw: str) -> bool:
    """Is the story pointed at as an item: "a good one", "one of these", "there was one",
    "I got some blunt feedback once", "I've definitely had those", "a real example"?"""
    if _ONE_AS_ITEM.search(raw):
        return True
    for k, w in enumerate(rest):
        if w == "once" and k > 0 and (k + 1 >= len(rest) or rest[k + 1] not in _CLAUSE_OPENERS):
            return True
        if w == "example" and not (k and rest[k - 1] == "for"):
            return True
    if any(w in _HAD_SOME and _ends_clause(rest[k + 1 : k + 3]) for k, w in enumerate(rest)):
        return True  # "I've had a few", "I've made plenty": such stories, counted loosely
    return bool(rest) and rest[-1] in ("those", "these")


def _said_to_be_common(rest: Sequence[str]) -> bool:
    """ "this happens a lot", "deadlines, um, happen a lot in my job": how often such stories
    come, said in the present."""
    for k, w in enumerate(rest):
        if w in ("happen", "happens"):
            after = tuple(rest[k + 1 : k + 4])
            return any(after[: len(often)] == often for often in _OFTEN)
    return False


def hesitant_opener(raw: str, ws: Sequence[str]) -> bool:
    """Is the opening line a spoken lead, then only a topic or the story pointed at (module
    docstring)? Not when it holds a number: "Um, so, we had 3 days" gives the scene."""
    lead = spoken_lead(ws)
    rest = list(ws[lead:])
    if not lead or not rest or "%" in raw or any(is_number(w) and w != "one" for w in rest):
        return False
    if len(rest) <= TOPIC_MAX_WORDS and _verbless(rest):
        return True  # "Oh man, yeah, deadlines."
    return _story_as_item(rest, raw) or _said_to_be_common(rest)


# The past forms of "be", "have" and "do" (is_past leaves them to the reader of a clause).
_PAST_AUXILIARIES = word_set("was were had did wasn't weren't hadn't didn't")


def spoken_now(raw: str, ws: Sequence[str]) -> bool:
    """Is the opening line a spoken lead, then words with no past verb and no number ("Yeah, um,
    I think about this kind of thing often.", "Oh, okay, it's a bit of a long one, sorry.")? A
    story is told in the past; a teller who hesitates and then speaks in the present speaks of
    now: of the question, of the story to come or of their own ways, and tells no event of the
    story. The scene, even said aloud, dates or tells something in the past ("Okay, so, last
    year a new graduate joined my team") or gives a number ("Um, so, we had 3 days"). The
    caller reads it so only in a story told in the past."""
    lead = spoken_lead(ws)
    rest = ws[lead:]
    if not lead or not rest or "%" in raw or any(is_number(w) and w != "one" for w in rest):
        return False
    return not any(is_past(w) or w in _PAST_AUXILIARIES for w in rest)


# A wrap-up after the parts is at most this long once its lead is left out.
WRAP_UP_MAX_WORDS = 12


def spoken_wrap_up(raw: str, ws: Sequence[str]) -> bool:
    """A late line opened by "so yeah" or "yeah, so" ("So yeah, that one still makes me smile.",
    "So, yeah, it worked out, which was a relief."): the teller winding down, no number in it.
    (Told before the story's last third, such a lead may open one more part of it.)"""
    lead = spoken_lead(ws)
    rest = ws[lead:]
    return (
        bool(lead)
        and "yeah" in ws[:lead]
        and "so" in ws[:lead]
        and 0 < len(rest) <= WRAP_UP_MAX_WORDS
        and "%" not in raw
        and not any(is_number(w) and w != "one" for w in rest)
    )


_FAVOURITE = word_set("favourite favorite")
# What may stand before "my favourite" in a liking of the story: a pointer, "is", hedges.
_LIKING_LEADS = word_set(
    "it it's that that's this this's is was still probably maybe easily one of"
)


def liked_among_mine(ws: Sequence[str]) -> bool:
    """ "It's still one of my favourite hacks.", "It's probably my favourite example of a paper
    I actually got to use.": the story ranked among mine by how much I like it, as I speak.
    Only a pointer, "is" and hedges come before "my favourite"; no number anywhere."""
    if any(is_number(w) and w != "one" for w in ws):
        return False
    lead = spoken_lead(ws)
    for k in range(lead + 1, len(ws)):
        if ws[k] in _FAVOURITE and ws[k - 1] == "my":
            before = ws[lead : k - 1]
            return bool(before) and all(w in _LIKING_LEADS for w in before)
    return False
