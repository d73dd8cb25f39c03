"""The teller's comments told mid-story (star43): "Which, I mean, happens in every company.",
"Not a fun week, I can tell you.", "Lawyers, in my experience, are easier to work with than
people think.", "She's very good, by the way.".

Fresh tellers stop between their steps to say what they think of it now; such a comment tells
no part of the story, but its words ("is", a person's name, "honestly") read as the scene, and
after the steps as the result. A comment is known by the marks of a speaker stepping out of the
story (a parenthetical "honestly", "to be fair", "I can tell you", "in my experience", "by the
way", "you know", a closing "I know") or by a "which" that hangs it on the sentence before,
together with what it lacks: no act of mine or ours, no act in the passive, no number, no
change or outcome word, no sequence word, and, unless it hangs on the sentence before, a first
verb in the present (what I think now) or none at all; a mark that closes the sentence ("...,
I must say.") makes it a comment in any tense (star46).
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.star_cues import CHANGE_WORDS, OUTCOME_VERBS
from simulator.core.scoring.star_grammar import is_past
from simulator.core.scoring.star_predicates import passive_at
from simulator.core.scoring.star_tense import sentence_tense
from simulator.core.scoring.text import is_number, word_set

__all__ = ["comment_aside"]

# Marks of a speaker stepping out of the story, anywhere in the sentence.
_MARKS = (
    ("honestly",),
    ("frankly",),
    ("admittedly",),
    ("obviously",),
    ("to", "be", "fair"),
    ("to", "be", "honest"),
    ("of", "course"),
    ("i", "mean"),
    ("you", "know"),
    ("in", "my", "experience"),
    ("if", "you", "ask", "me"),
    ("i", "can", "tell", "you"),
    ("i'll", "admit"),
    ("i", "will", "admit"),
    ("i", "must", "say"),
    ("i", "have", "to", "say"),
    ("by", "the", "way"),
    ("let", "me", "tell", "you"),
    ("i", "admit"),
    ("i", "must", "admit"),
    ("i", "have", "to", "admit"),
)
# The teller's own marks, said of what the sentence tells: the teller's comment in any tense
# ("They were not thrilled about it, let me tell you.", "That stung a bit, I admit.", star46).
_CLOSING_MARKS = tuple(m for m in _MARKS if m[0] in ("i", "let", "i'll"))
# What "I" or "we" may do in a comment: be, hold a view, feel, or say the mark itself.
_SPEAKER_VERBS = word_set(
    """am was is are were have has had do did not can could would should must will might
    think guess mean know knew thought admit say tell understand feel felt wish hope
    remember believe am i'm i've don't still completely really also totally fully"""
)
_SPEAKERS = word_set("i we i'm we're i've we've")
# Words that put a sentence in the order of the steps ("sooner or later" does not).
_ORDER = word_set("then next first afterwards finally")


def _marked(ws: Sequence[str]) -> bool:
    if len(ws) >= 2 and ws[-2:] == ["i", "know"]:
        return True  # "..., I know."
    return any(tuple(ws[k : k + len(m)]) == m for m in _MARKS for k in range(len(ws)))


def _acted(ws: Sequence[str]) -> bool:
    """Does "I" or "we" do something in the sentence (beyond being, thinking or saying)?"""
    return any(
        w in _SPEAKERS
        and (not k or ws[k - 1] not in ("than", "as", "about"))
        and ws[k + 1] not in _SPEAKER_VERBS
        for k, w in enumerate(ws[:-1])
    )


def comment_aside(ws: Sequence[str]) -> bool:
    """Is the sentence the teller's comment, told between the story's parts (see above)?"""
    hung = ws[:1] == ["which"]
    if not (hung or _marked(ws)) or _acted(ws) or passive_at(list(ws)):
        return False
    if any(is_number(w) and w != "one" for w in ws):
        return False
    if set(ws) & (CHANGE_WORDS | OUTCOME_VERBS | _ORDER):
        return False
    if hung:
        return True
    # the teller's mark is the teller's present ("I must say"), not the tense of what it
    # comments on, at the close or between commas ("Their support was slow, I have to say,
    # but friendly.")
    at, mark = next(
        (
            (k, m)
            for m in _CLOSING_MARKS
            for k in range(len(ws) - len(m) + 1)
            if tuple(ws[k : k + len(m)]) == m
        ),
        (0, ()),
    )
    told = list(ws[:at]) + list(ws[at + len(mark) :]) if mark else list(ws)
    tense = sentence_tense(told)
    if tense == "present" or (tense == "" and not mark):
        return True
    # told in the past, the teller's mark makes a state or a feeling a comment, never an event
    # ("The vendor fixed it within a week, I must say" tells what happened)
    return bool(mark) and all(w in _STATE_OR_FEELING for w in told if is_past(w))


_STATE_OR_FEELING = word_set("was were stung hurt surprised annoyed frustrated thrilled pleased")
