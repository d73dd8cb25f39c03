"""Whether a question asks for an act of the teller's own (issue 9, round 50, rel50; round 53).

``asks_the_tellers_act``: the question's asked event (asked_event.py) is "a time you <verb> ..."
with an act of the teller's (not "you received", "you were handed", "you had to work with
<someone>", whose words are said of the other party), or a thing "you made" ("a mistake you made
at work"); not a practice ("how you handle tight deadlines": its words name the setting, a date
someone else set), not a party's act ("a stakeholder expected more"). For such a question, the
asked core said right after "I" or "we" is the teller's act (relevance._done_by_me).
"""

from __future__ import annotations

import re
from functools import lru_cache

from simulator.core.scoring.asked_event import asked_event
from simulator.core.scoring.text import word_set

TELLER = word_set("i we i'd i'm i've i'll we'd we're we've")
# "you <verb>" asks for something done to the teller, or for a party's behaviour, when its verb
# is one of these ("you received critical feedback", "you were handed a vague problem", "you had
# to work with a difficult team member", "you worked closely with people from other functions").
_RECEIVING = re.compile(r"^you (?:had to |have to )?(?:received?|were|was|got|work|worked)\b")
# A thing of the teller's own making: "a mistake you made at work".
_MADE = re.compile(r"^(?:a|an|the) \w+ you made\b")


@lru_cache(maxsize=256)
def asks_the_tellers_act(prompt: str) -> bool:
    """Does the prompt ask for an act of the teller's own (see the module's docstring)?"""
    event = asked_event(prompt)
    clause = event.clause.lower()
    if event.shape == "thing":
        return bool(_MADE.search(clause))
    if event.shape != "time":
        return False
    return bool(re.match(r"^you \w", clause)) and not _RECEIVING.match(clause)
