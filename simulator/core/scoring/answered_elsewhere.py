"""Positive evidence before a story is told it does not answer its question (issue 9, round 37,
rel37).

relevance.py flags a story off its question mostly by what it lacks: none of the question's
intent phrases, no word of its prompt, no key-point phrase. A relevant story told in plain words
lacks all of them too, and a false flag costs a good story up to 20 points with the worst kind of
feedback ("this does not answer the question"). So a flag now also needs the story to sit nearer
ANOTHER behavioral question of the whole loaded bank (every shipped theme and every question of
the person's own packs, each read by its rubric: theme_match.py) than the one asked:

* a flag that names no other theme (the story says nothing of the asked question, and nothing
  else frames it) stands only when some other question's rubric is ``ABSENT_LEAD`` times nearer
  the story's words than the asked question's (or a shipped theme that is the asked one in other
  words);
* a flag that names a theme framing the story stands unless the asked question is itself the
  nearest of the whole bank (``NAMED_LEAD``): then the framing theme was a detail.

Flags from a rule for a mirror pair (feedback given or received, a stop or a failure) or from a
question of the loaded bank read whole keep their own evidence and are not weighed again.

Measured on the development STAR sets (every *_star.yaml but round 37's held-out, with the dev
packs; 738 relevant stories, 393 told for a neighbouring question): see
benchmarks/scoring_quality.py, round 37.
"""

from __future__ import annotations

from simulator.core.questions import Question
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.prompt_relevance import bank_closeness
from simulator.core.scoring.text import Tokens

# A flag naming no other theme needs another question this many times nearer the story.
ABSENT_LEAD = 2.0
# A flag naming a theme needs the asked question not to be the nearest of them all.
NAMED_LEAD = 1.0


def lead_elsewhere(question: Question, tokens: Tokens, rivals: Rivals) -> float:
    """How many times nearer the story's words the nearest other behavioral question of the
    bank sits than the asked one (0 when the story is near none)."""
    mine, others = bank_closeness(question, tokens, rivals)
    best = max(others.values(), default=0.0)
    if best <= 0.0:
        return 0.0
    return best / max(mine, 1e-3)


def answered_elsewhere(question: Question, tokens: Tokens, rivals: Rivals, named: bool) -> bool:
    """Is there positive evidence that the story answers another question better than
    ``question``? ``named``: the flag names a theme that frames the story."""
    if not tokens.words:
        return True
    return lead_elsewhere(question, tokens, rivals) >= (NAMED_LEAD if named else ABSENT_LEAD)
