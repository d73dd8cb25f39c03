"""A task said by naming it (issue 9, star57): "My remit was the model validation sign-off",
"The goal is simple: page a human only when ...", "Our job, as the team that owns the feed, is
to raise reading time", "The ask from my director was that I ...", "The question I had to
answer was whether ...", "I had three weeks before I was meant to lead the model", "The product
team needs a go or no-go from me by Monday".

The labeller's cue phrases named a few of these ("my job", "the goal was", "the ask was"), and
its "<my/the> <noun> was to <verb>" reading needed the verb right after "was": a duty named
with another noun (remit, mandate, brief), in the present tense, with an aside between the
noun and its verb, or followed by a noun phrase, a colon or "that I ...", got no task evidence,
so the sentence read as background ("was") and the report called the task missing although
the story told it (blind sets: 134 of 138 told parts not called missing).
"""

from __future__ import annotations

from simulator.core.scoring.star_cues import PERCEPTION_VERBS
from simulator.core.scoring.star_grammar import is_past
from simulator.core.scoring.text import is_number, word_set, words

# Nouns that name what was mine to do. Not "problem" or "challenge" (what was wrong: the
# scene), nor a step's noun ("my plan was", "my fix was": ACT_NOUNS in star_predicates).
DUTY_NOUNS = word_set(
    """remit mandate brief assignment mission responsibility responsibilities job task role
    goal goals aim aims objective objectives ask duty duties"""
) | word_set(
    # my own share of the work a team did: "My personal piece was the extraction model itself",
    # "My piece was, um, to get intent accuracy high enough ..." (star65, round 64's blind set)
    "piece part share contribution call"
)
# A duty noun that heads a note alone, before its colon: "Aim: refresh the CTR model by end of
# February.", "Task: ...", "Goal: ..." (a terse teller drops the "my"; star65). Not the nouns of a
# share or a call, which need their "my".
_BARE_NOTE_NOUNS = word_set(
    "remit mandate assignment mission responsibility task goal aim objective duty job"
)
_DETERMINERS = word_set("my our the")
_BE = word_set("was is were are")
# Words that may stand between the determiner and the noun: "my main development goal", "the
# real ask", "our only job"; never a verb or a person acting.
_MODIFIER_MAX = 3
# What may come between the noun and its verb: "from my director", "as the team that owns the
# feed", "at that point", "for the quarter", "there" (an aside or a qualifier, not a clause).
_QUALIFIER_OPENERS = word_set("from as at for on in with there then here now of during")
_QUALIFIER_MAX = 10
_NOT_MINE = word_set("i we he she they it")


# Nouns that, after "the", often name a thing of the work rather than my duty ("the job was
# failing every night", "the task was binary classification", "the training objective was
# log loss"): only "my"/"our" makes them mine.
_THING_TOO = word_set("job task role objective objectives piece part share contribution call")
# Words a spoken sentence may open with before its subject ("And, um, the question I had to
# answer ...").
_LEAD_INS = word_set("and so but um uh well okay ok now")


def lead_ins_dropped(ws: list[str]) -> list[str]:
    """The sentence's words from its subject on, leading "and", "so", "um" left out."""
    k = 0
    while k < len(ws) - 1 and ws[k] in _LEAD_INS:
        k += 1
    return ws[k:]


def duty_named(ws: list[str], raw: str) -> bool:
    """Does the sentence name what was mine (or ours) to do, as its subject: "<my/our/the>
    [modifiers] <duty noun> [qualifier] <was/is> ..." or, as a note, "<my/the> <duty noun>:
    ..."? Not when the verb is a passive ("the goal was met", "the task was handed to a
    contractor": what became of it), nor a duty noun that is someone else's ("the ask he made",
    "their goal": not my determiner)."""
    ws = lead_ins_dropped(ws)
    head, colon, told = raw.partition(":")
    bare = lead_ins_dropped(words(head)) if colon else []
    if len(bare) == 1 and bare[0] in _BARE_NOTE_NOUNS and words(told):
        return True  # "Job: cut routing time without a six-figure contract."
    bare_head = ws[:1] != [] and ws[0] in _BARE_NOTE_NOUNS and ws[0] not in _THING_TOO
    if bare_head and ws[1:2] == ["was"] and len(ws) > 2 and _base_verb(ws[2]):
        # "Aim: refresh the CTR model ..." as star_notes.note_head_as_clause writes it ("Aim was
        # refresh ..."): no article before the noun, a verb's base form after "was" (not "task"
        # or "job": "Task was binary classification" names a thing of the work)
        return True
    if len(ws) < 3 or ws[0] not in _DETERMINERS:
        return False
    noun = next((k for k in range(1, min(len(ws), 2 + _MODIFIER_MAX)) if ws[k] in DUTY_NOUNS), 0)
    if (
        not noun
        or (ws[0] == "the" and ws[noun] in _THING_TOO)
        or any(_not_a_modifier(w) for w in ws[1:noun])
    ):
        return False
    head, colon, _rest = raw.partition(":")
    if colon and words(head)[-1:] == [ws[noun]]:
        return True  # "My remit: the scoring service and its model."
    after = ws[noun + 1 :]
    if after[:1] and after[0] in _BE:
        return _names_the_duty(after[1:])
    if not after or after[0] not in _QUALIFIER_OPENERS:
        return False
    for k, w in enumerate(after[:_QUALIFIER_MAX]):
        if w in _BE and after[k - 1] not in ("who", "that", "which"):
            return _names_the_duty(after[k + 1 :])
    return False


_NO_VERBS = word_set("a an the to not no very too so quite really all one my our their its")


def _base_verb(word: str) -> bool:
    """Could ``word`` be a verb's base form after a bare note head's "was" ("refresh", "get",
    "stop")? Not a past form, a participle, an adverb, a determiner or a number."""
    return not (
        word in _NO_VERBS
        or is_past(word)
        or is_number(word)
        or word.endswith(("ing", "ly", "ed", "ful", "ous", "ive", "able", "al"))
    )


def _not_a_modifier(word: str) -> bool:
    """A word that cannot stand between "my"/"the" and a duty noun of mine: a verb, a person,
    a number, or a possessive ("the company's goal", "the client's ask": someone else's)."""
    return (
        word in _BE
        or word in _NOT_MINE
        or is_past(word)
        or is_number(word)
        or word.endswith(("'s", "s'"))
    )


def _names_the_duty(rest: list[str]) -> bool:
    """What follows "was"/"is" says the duty, not what became of it ("was met", "was
    cancelled", "was done": a passive; "was over"; nothing at all)."""
    if not rest:
        return False
    if rest[0] == "not":
        rest = rest[1:]
    return bool(rest) and not (is_past(rest[0]) and rest[0] != "to") and rest[0] != "over"


# Nouns a duty may be put as, with the duty told in a relative clause after them: "the
# question I had to answer", "the decision I was asked to make", "the thing we needed to
# figure out".
_LEFT_NOUNS = word_set("question questions decision thing things puzzle call")
_DUTY_PHRASES = (
    ("had", "to"),
    ("needed", "to"),
    ("was", "asked", "to"),
    ("was", "supposed", "to"),
    ("was", "meant", "to"),
    ("was", "expected", "to"),
    ("were", "asked", "to"),
    ("were", "supposed", "to"),
    ("were", "meant", "to"),
    ("were", "expected", "to"),
)
_WANTED_ME = word_set("wanted needed asked expected")


def duty_left_to_me(ws: list[str], raw: str) -> bool:
    """ "The question I had to answer was whether ...", "The decision they wanted me to make:
    ...": the subject is a question or decision that the relative clause after it makes mine
    (and the sentence goes on to say it, after "was"/"is" or a colon). A subject such as "the
    report I was asked to review" names a thing (star_grammar.subject_relative_end), not what
    was mine to do, and is left alone."""
    ws = lead_ins_dropped(ws)
    if len(ws) < 5 or ws[0] not in _DETERMINERS:
        return False
    noun = next((k for k in (1, 2, 3) if k < len(ws) and ws[k] in _LEFT_NOUNS), 0)
    if not noun:
        return False
    rel = ws[noun + 1 :]
    if rel[:1] == ["that"]:
        rel = rel[1:]
    if rel[:1] in (["i"], ["we"]):
        mine = any(tuple(rel[1 : 1 + len(p)]) == p for p in _DUTY_PHRASES)
    else:
        # "the question my manager wanted me to answer"
        mine = any(
            rel[k] in _WANTED_ME and rel[k + 1 : k + 3] == ["me", "to"] for k in range(len(rel[:5]))
        )
    if not mine:
        return False
    return ":" in raw or bool(set(rel[3:14]) & _BE)


# Verbs of someone else's need of me: "the product team needs a go or no-go from me".
_NEEDING = word_set(
    "need needs needed want wants wanted expect expects expected require requires required"
)
_FROM_ME = (("from", "me"), ("from", "us"), ("of", "me"))
NEED_FROM_ME_REACH = 10  # how far after the verb "from me" may come


def needed_from_me(ws: list[str]) -> bool:
    """ "The product team needs a go or no-go from me by Monday", "Legal wanted a written
    account from us": someone else's need, of me, is the task they set (the scene would be
    their need alone: "the sales team needed a forecast")."""
    if ws[:1] and ws[0] in ("i", "we"):
        return False
    for k, w in enumerate(ws[:6]):
        if w in _NEEDING and k:
            tail = ws[k + 1 : k + 1 + NEED_FROM_ME_REACH]
            return any(tuple(tail[j : j + 2]) in _FROM_ME for j in range(len(tail) - 1))
    return False


FINDING_CLEFT_REACH = 12  # how far after "what I found" its "was" may come (an aside between)


def finding_clefted(ws: list[str]) -> bool:
    """ "What I found was that her query joined orders to a contacts table", "And what I found
    when I dug in was that ...", "What I found, and this changed everything, was that ...": a
    finding said as "what I <found> ... was", the look of a step and what it found (a lesson
    is "what I learned was": not a verb of finding here)."""
    ws = lead_ins_dropped(ws)
    if len(ws) < 5 or ws[0] != "what" or ws[1] not in ("i", "we") or ws[2] not in PERCEPTION_VERBS:
        return False
    return any(w in ("was", "is") for w in ws[3 : 3 + FINDING_CLEFT_REACH])
