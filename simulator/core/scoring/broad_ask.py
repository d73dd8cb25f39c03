"""Broad asks (issue 9, round 56, broad56): "a challenging ML project", "a complex technical
problem" (the bank marks them ``intent.broad``). Almost any real project story answers such a
question, and a relevant story told in plain words ("the photos were all over the
place and only eight thousand claims had a cost") says none of the intent's words. Missing words
are then no sign the story answers something else: what the ask needs is a story of the
teller's own work with its outcome. Whether another theme frames the story is decided by the
caller (relevance._unevidenced); this module only says whether the story is told as owned work
with an outcome. Marking "the project you are proudest of" and "a creative solution" broad too
let 4 stories told for other questions (a wrong bet, a deadline met, a new data source) through
on the dev sets for 1 relevant story freed: their asks need more than an owned story.
"""

from __future__ import annotations

from collections.abc import Sequence

from simulator.core.questions import Question
from simulator.core.scoring.text import Tokens, word_set

# The teller's voice, "I" or "we": whether a story answers the question is told by what it tells,
# not by whose voice tells it; a we-only story is charged by ownership (structure.py, "only
# we"), and read as off the question as well it lost its points twice (round 61, rel61: a "we"
# story of a hard forecasting project, flagged on "a challenging ML project" while its "I" twin
# was not).
_MINE = word_set("i i'd i'm i've my me myself we we'd we're we've our us ourselves")
# Sentences of the teller's own acts a story needs (one could be a word in passing).
OWN_ACTS_MIN = 2


def broad_ask_told(question: Question, tokens: Tokens, labels: Sequence[str] | None) -> bool:
    """Is ``question`` a broad ask (``Intent.broad``) and the story told as the teller's own
    work (``OWN_ACTS_MIN`` action or task sentences in the teller's voice, "I" or "we") with its
    outcome (a result sentence)?"""
    if question.intent is None or not question.intent.broad or not labels:
        return False
    if "result" not in labels:
        return False
    own = 0
    for label, sentence in zip(labels, tokens.sentences, strict=False):
        if label in ("action", "task"):
            said = tokens.words[sentence.first_word : sentence.last_word]
            own += any(w in _MINE for w in said)
    return own >= OWN_ACTS_MIN
