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

from collections.abc import Sequence

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
_CLAUSE_EDGES = word_set("but because so that who which and")
_PASSIVE = word_set("was were been got am")
_SCENE = ("situation", "task")


def _subject_before(ws: list[str], at: int) -> str:
    """The nearest word before ``at`` that can be the verb's subject, within its clause."""
    for j in range(at - 1, max(-1, at - 9), -1):
        if ws[j] in _SUBJECTS:
            return ws[j]
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
        if i and ws[i - 1] in _PASSIVE and subject in ("i", "we"):
            to_me = True  # "I was told", "I was convinced": done to me
            continue
        after = ws[i + 1 : i + 2] if ws[i + 1 : i + 2] != ["out"] else ws[i + 2 : i + 4]
        me = "me" in after
        if subject and subject not in ("i", "we") and me:
            to_me = True
        elif subject == "i" and not me:
            by_me = True
    return to_me, by_me


def reversed_theme(question_id: str, tokens: Tokens, labels: Sequence[str] | None) -> str:
    """The id of the question the story answers instead when its scene has the asked act done
    the other way round and the story never does it the asked way; "" otherwise."""
    if question_id not in DIRECTED or labels is None:
        return ""
    role, other = DIRECTED[question_id]
    asked_way = other_way_in_scene = False
    for i, sentence in enumerate(tokens.sentences):
        to_me, by_me = direction(list(tokens.words[sentence.first_word : sentence.last_word]))
        mine, theirs = (by_me, to_me) if role == "gives" else (to_me, by_me)
        asked_way |= mine
        other_way_in_scene |= theirs and i < len(labels) and labels[i] in _SCENE
    return other if other_way_in_scene and not asked_way else ""
