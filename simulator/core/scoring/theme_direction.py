"""Who did it to whom (relevance.py; issue 9, round 20). Some behavioral questions ask for an
act with a direction, and their neighbour asks for the same act the other way round: feedback
given ("tell me about giving difficult feedback") versus received ("... critical feedback you
received"), persuading others versus being persuaded. Both stories say "feedback", "told",
"pointed out", so the intent phrases cannot tell them apart; who is the subject and who the
object can. A story whose scene (situation or task) has the act done to the candidate ("my
tech lead told me my pull requests were too large", "I was told") and which never has the
candidate do it to anyone answers the receiving question, not the giving one, and the other
way round. The story is told so, by name, even when another signal flagged it first (the
other signal may name a theme only its words lean to).

Measured on the repository's STAR sets: off-question stories caught 37 -> 38 of 44 (feedback
received, told for "giving difficult feedback"), relevant stories flagged unchanged (5 of
175), the bank's 34 model answers not flagged. Reading "I was convinced we should ..." as an
act of mine flagged a relevant story; the passive is done to me.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.text import Tokens, word_set

# The shipped questions whose act has a direction: the candidate gives it, or receives it, and
# the question that asks for the other direction.
DIRECTED: dict[str, tuple[str, str]] = {
    "beh.give-difficult-feedback": ("gives", "beh.critical-feedback"),
    "beh.critical-feedback": ("receives", "beh.give-difficult-feedback"),
    "beh.influence-without-authority": ("gives", "beh.changed-my-mind"),
    "beh.changed-my-mind": ("receives", "beh.influence-without-authority"),
}
# Verbs of the directed acts, past and plain ("I had to tell him").
_VERBS = word_set(
    """told tell gave give showed show convinced convince persuaded persuade warned warn
    criticised criticized criticise criticize pointed point challenged corrected"""
)
# Who can be a clause's subject in a story ("my lead told me", "she showed me").
_SUBJECTS = word_set(
    """i we he she they you lead manager colleague reviewer engineer boss director mentor
    teammate senior"""
)
# Verbs whose "me" may carry news rather than criticism ("he told me the suite was slow"), and
# verbs that may show a thing rather than a person ("show the gain").
_TELLING = word_set("told tell gave give showed show pointed point")
_SHOWING = word_set("showed show pointed point")
# Words that make what I was told about me or my work: "my", "your", criticism's own words.
_ABOUT_ME = word_set("my mine your yours wrong unclear sloppy careless mistake mistakes")
# Who a showing is done to.
_PERSONS = word_set("him her them us everyone everybody my our his their")
_PEOPLE = word_set(
    "team group manager lead director board committee engineers analysts owners client customer"
)
_MINE = word_set("my me")
_CLAUSE_EDGES = word_set("but because so that who which and")
_PASSIVE = word_set("was were been got am")
_SCENE = ("situation", "task")
# The act done the other way round in this many sentences, whatever their parts, is what the
# story is about.
OTHER_WAY_STEPS = 2


def _subject_before(ws: list[str], at: int) -> str:
    """The nearest word before ``at`` that can be the verb's subject, within its clause."""
    for j in range(at - 1, max(-1, at - 9), -1):
        if ws[j] in _SUBJECTS:
            return ws[j]
        if ws[j] in _MINE and at and ws[at - 1] == "to":
            return "i"  # "it was my job to tell him", "it was on me to tell her"
        if ws[j] in _CLAUSE_EDGES and j < at - 1:
            break
    return ""


def direction(ws: list[str]) -> tuple[bool, bool]:
    """(done to me, done by me) in one sentence: "she told me" / "I was told"; "I told him"."""
    to_me = by_me = False
    for i, w in enumerate(ws):
        if w not in _VERBS:
            continue
        subject = _subject_before(ws, i)
        if _passive_before(ws, i) and subject in ("i", "we"):
            to_me = True  # "I was told", "I was convinced": done to me
            continue
        after = ws[i + 1 : i + 2] if ws[i + 1 : i + 2] != ["out"] else ws[i + 2 : i + 4]
        if subject == "i" and _to_the_listener(ws[i + 1 :]):
            continue  # "I tell you about one time": the telling of the story, no act in it
        me = "me" in after
        if subject and subject not in ("i", "we") and me:
            to_me |= w not in _TELLING or _about_me(ws[i + 1 :])
        elif subject == "i" and not me:
            by_me |= w not in _SHOWING or _to_someone(ws[i + 1 :])
    return to_me, by_me


# Words that may stand between a passive's "was" and its participle without changing who did
# the act: degree and stance adverbs, and a speaker's fillers ("I was, like, totally
# convinced", "I was kind of convinced"); any other "-ly" word is read as an adverb too.
_BETWEEN_BE_AND_PARTICIPLE = word_set(
    """so very quite pretty rather fairly really just still also already even too almost all
    like kind sort of"""
)


def _passive_before(ws: list[str], at: int) -> bool:
    """Is the verb at ``at`` a passive, its "was" / "were" / "got" right before it or before
    adverbs only? English puts adverbs between the auxiliary and the participle ("I was
    completely convinced we should ...", "I was, like, totally convinced"): the act is still
    done to the subject, not by it (rounds 65 and 69: both such changed-my-mind stories were
    read as the teller persuading someone and sent to "influence")."""
    k = at - 1
    while k >= 0 and (
        ws[k] in _BETWEEN_BE_AND_PARTICIPLE or (len(ws[k]) > 4 and ws[k].endswith("ly"))
    ):
        k -= 1
    return k >= 0 and ws[k] in _PASSIVE


def _to_the_listener(after: list[str]) -> bool:
    """Is an act of telling or showing done to the one listening, the interviewer ("so I tell
    you about one time in my previous company", "I can tell you", "let me show you")? "You" with
    nothing after it, or with what the story is about ("about", "of"), is the listener; "I'll tell
    you how much damage we'll catch", said to a colleague in a quote, goes on with what is told.
    Round 66 (rel66): a non-native speaker's opening "I tell you about one time" read as the
    teller persuading someone, and sent a changed-my-mind story to "influence" (dev_blind65)."""
    return after[:1] == ["you"] and (len(after) == 1 or after[1] in ("about", "of", "a", "one"))


def _about_me(rest: list[str]) -> bool:
    """Is what someone told or showed me about me or my work ("she told me my reviews were
    too long", "he told me the numbers were wrong"), not news about someone else ("she told me
    she was thinking of moving teams", "he told me the suite took three hours")? Round 39: a
    story of feedback GIVEN, in which the colleague later "told me" something, read as
    feedback received and kept on the receiving question."""
    said = rest[1:] if rest[:1] == ["me"] else rest
    return bool(set(said[:14]) & _ABOUT_ME)


def _to_someone(after: list[str]) -> bool:
    """Is a showing or pointing out done to a person ("showed him", "pointed out to the team"),
    not a thing shown ("I had to show the gain was big enough")?"""
    after = after[1:] if after[:1] == ["out"] else after
    after = after[1:] if after[:1] == ["to"] else after
    if after[:1] == ["the"]:
        return after[1:2] != [] and after[1] in _PEOPLE
    return bool(after) and after[0] in _PERSONS


# What a prompt asks the candidate to have done, read from its words (round 39: an outside
# author's question has no entry in DIRECTED). Received: "feedback you received", "someone told
# you", "a colleague convinced you"; given: "give feedback", "you convinced", "you influenced".
_FEEDBACK = re.compile(r"\b(feedback|critici[sz]\w*|critique\w*|told you|not good enough)\b")
_PERSUASION = re.compile(r"\b(convinc\w*|persuad\w*|influenc\w*|changed? your mind)\b")
_RECEIVED = re.compile(
    r"\b(you (?:received|got|were given|were told)|received|(?:told|gave|showed|convinced|"
    r"persuaded|critici[sz]ed|corrected) you|changed? your mind)\b"
)
_GIVEN = re.compile(r"\b(give|gave|giving|you (?:\w+ )?(?:convinced|persuaded|influenced|told))\b")
# The shipped question asking for each act done each way.
_ASKING: dict[tuple[str, str], str] = {
    ("feedback", "gives"): "beh.give-difficult-feedback",
    ("feedback", "receives"): "beh.critical-feedback",
    ("persuasion", "gives"): "beh.influence-without-authority",
    ("persuasion", "receives"): "beh.changed-my-mind",
}


@lru_cache(maxsize=256)
def prompt_direction(prompt: str) -> tuple[str, str] | None:
    """The act a prompt asks for and its direction, with the shipped question asking for it
    the other way round: ("receives", "beh.give-difficult-feedback") for "Tell me about a time
    someone senior told you your work was not good enough"; None when the prompt asks for no
    directed act, or says both ways."""
    text = prompt.lower()
    act = "feedback" if _FEEDBACK.search(text) else "persuasion" if _PERSUASION.search(text) else ""
    if not act:
        return None
    received, given = bool(_RECEIVED.search(text)), bool(_GIVEN.search(text))
    if received == given:
        return None
    role = "receives" if received else "gives"
    other = _ASKING[(act, "gives" if received else "receives")]
    return role, other


def directed(question: Question) -> tuple[str, str] | None:
    """(the candidate's role in the asked act, the question asking for it the other way): the
    shipped pairs, and any other question whose prompt asks for a directed act."""
    if question.id in DIRECTED:
        return DIRECTED[question.id]
    found = prompt_direction(question.prompt)
    if found is None or found[1] == question.id:
        return None
    return found


def reversed_theme(question: Question, tokens: Tokens, labels: Sequence[str] | None) -> str:
    """The id of the question the story answers instead when it has the asked act done the
    other way round (in its scene, or in ``OTHER_WAY_STEPS`` sentences) and never does it the
    asked way; "" otherwise."""
    found = directed(question)
    if found is None or labels is None:
        return ""
    role, other = found
    asked_way = other_way_in_scene = False
    other_way = 0
    for i, sentence in enumerate(tokens.sentences):
        to_me, by_me = direction(list(tokens.words[sentence.first_word : sentence.last_word]))
        mine, theirs = (by_me, to_me) if role == "gives" else (to_me, by_me)
        asked_way |= mine
        other_way += theirs
        other_way_in_scene |= theirs and i < len(labels) and labels[i] in _SCENE
    if asked_way:
        return ""
    return other if other_way_in_scene or other_way >= OTHER_WAY_STEPS else ""
