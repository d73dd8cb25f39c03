"""Someone's answer to my steps, told after them: an outcome (issue 9, star47).

Fresh stories tell much of their result as how the people the steps were for took them: "She
isn't thrilled, but she says yes.", "After the meeting the partners agree to a pilot with two
teams.", "He was a little embarrassed, but also relieved it was found before the client.",
"Later he told me he was happy I said it directly to him.", "Leadership is disappointed at
first, but they adopt it as the team's primary metric." No cue word, number or change says so:
what says it is the clause's grammar, another person as its subject and a verb of agreeing,
accepting or taking something up, or a feeling said of them.

Not my own agreement with someone ("So we agree that he will say blockers in standup": a step
of mine), nor a doubt or objection alone ("she was not convinced", star_disputes.py: no outcome),
nor someone's view before the steps (the labeller reads this only after the story's middle).
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.scoring.star_cues import PEOPLE_AND_FUNCTIONS
from simulator.core.scoring.text import word_set

# Who may answer: another person, a function or a group of people.
# Words that may stand between the person and the answer: "he also agreed", "she then said".
_BETWEEN = word_set(
    """also then finally immediately actually eventually initially later quickly still
    happily readily right away straight was is were are told me he she they
    kind sort of a bit little pretty quite very really so totally"""
)
_TAKING_UP = word_set(
    """agree agrees agreed accept accepts accepted approve approves approved adopt adopts
    adopted thank thanks thanked sign signs signed liked likes loved"""
)
# "says yes", "said yes": agreement said in words.
_SAYING = word_set("say says said")
_YES = word_set("yes okay ok")
# A feeling said of them: "was relieved", "is disappointed", "isn't thrilled", however hedged
# ("was kind of annoyed at first", "was totally fine with it": star58).
_FEELINGS = word_set(
    """relieved happy pleased thrilled glad grateful embarrassed surprised disappointed
    impressed delighted mortified upset annoyed frustrated unhappy angry fine"""
)
REACH = 5


def _answer_after(ws: Sequence[str], k: int, feelings: bool = True) -> bool:
    """Does an answer follow the person at ``k`` within a few words (``feelings``: a feeling
    said of them counts as one)?"""
    for j in range(k + 1, min(len(ws), k + 1 + REACH)):
        w = ws[j]
        if w in _FEELINGS and not feelings:
            return False
        if w in _TAKING_UP or w in _FEELINGS:
            return not (w == "sign" or w == "signs" or w == "signed") or ws[j + 1 : j + 2] == [
                "off"
            ]
        if w in _SAYING:
            return ws[j + 1 : j + 2] != [] and ws[j + 1] in _YES
        if w.startswith(("isn't", "wasn't", "aren't", "weren't", "not")):
            continue
        if w not in _BETWEEN and not w.endswith("ly"):
            return False
    return False


def reaction_told(ws: Sequence[str], feelings: bool = True) -> bool:
    """Is one of the sentence's clauses another person answering my steps (module docstring)?
    ``feelings``: a feeling said of them is an answer ("He was relieved"); without it only
    agreeing, accepting or taking up what was put to them is (``taken_up``)."""
    first = True
    for k, w in enumerate(ws):
        if w in ("i", "we", "i'm", "we're"):
            return False  # "I proposed moving it back, which she approved": my step
        if w not in PEOPLE_AND_FUNCTIONS:
            continue
        # the sentence's first person, or one after "but" ("She isn't thrilled, but she says
        # yes"); not one in a condition or a relative clause ("kept only if they agreed")
        turned = "but" in ws[max(0, k - 3) : k]
        if (first or turned) and _answer_after(ws, k, feelings):
            return not set(ws[max(0, k - 2) : k]) & _SUBORDINATE
        first = False
    return False


_SUBORDINATE = word_set("if unless until which who whether once when")


def taken_up(ws: Sequence[str]) -> bool:
    """Does another person take up what I put to them ("Leadership is disappointed at first, but
    they adopt it", "He is not happy first, but he accept")? Their answer moves the story on, an
    outcome of my steps, as "He was fine with it" is (star_states.change_told, star70o); a
    feeling alone ("She was upset") may be how things stood while I went on."""
    return reaction_told(ws, feelings=False)
