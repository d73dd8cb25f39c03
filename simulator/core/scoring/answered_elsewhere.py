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

Round 40 (rel40): a nearer rubric is not yet the other question's demand. A relevant story in
plain words shares few words with its own short rubric, so a rival sharing a few incidental ones
("flagged payments", "the little page", "three orders") sat ``ABSENT_LEAD`` times nearer at noise
level (0.10-0.15). A flag naming no other theme now also needs the story to say what one of those
nearer questions asks (``says``: relevance._says_its_demand): its intent in a framing sentence or
in two sentences, or, for a question without an intent, a word of its prompt; or the nearest
question must stand ``APART_BY`` times nearer than the next (a deadline met told for "a missed
estimate" in plain words: "in five days", "went live on Friday"). Dev STAR sets (964 relevant
stories, 592 told for a neighbour, each set with its own pack): relevant not flagged 921 -> 927,
off-question caught 447 -> 442; without ``APART_BY`` 929 and 442, but the round-22 deadline story
went uncaught. Tried and not kept: the lead read on the prompt and intent alone (the asked
rubric's central words), a floor or a spread (nearest / median) under the rival's closeness, and
confirming a named theme by its own closeness: each lost about as many caught stories as it
freed relevant ones.

Flags from a rule for a mirror pair (feedback given or received, a stop or a failure) or from a
question of the loaded bank read whole keep their own evidence and are not weighed again.

Measured on the development STAR sets (every *_star.yaml but round 37's held-out, with the dev
packs; 738 relevant stories, 393 told for a neighbouring question): see
benchmarks/scoring_quality.py, round 37.
"""

from __future__ import annotations

from collections.abc import Callable

from simulator.core.questions import Question
from simulator.core.scoring.bank_rivals import Rivals
from simulator.core.scoring.intent_phrases import story_themes
from simulator.core.scoring.prompt_relevance import bank_closeness
from simulator.core.scoring.text import Tokens

# A flag naming no other theme needs another question this many times nearer the story.
ABSENT_LEAD = 2.0
# A flag naming a theme needs the asked question not to be the nearest of them all.
NAMED_LEAD = 1.0
# ... and one naming none, a nearer question whose demand the story says, or a nearest one this
# many times nearer than the next (the words alone then say which question it is).
APART_BY = 1.5


def lead_elsewhere(question: Question, tokens: Tokens, rivals: Rivals) -> float:
    """How many times nearer the story's words the nearest other behavioral question of the
    bank sits than the asked one (0 when the story is near none)."""
    mine, others = bank_closeness(question, tokens, rivals)
    best = max(others.values(), default=0.0)
    if best <= 0.0:
        return 0.0
    return best / max(mine, 1e-3)


def answered_elsewhere(
    question: Question,
    tokens: Tokens,
    rivals: Rivals,
    named: bool,
    says: Callable[[Question], bool] | None = None,
) -> bool:
    """Is there positive evidence that the story answers another question better than
    ``question``? ``named``: the flag names a theme that frames the story. ``says``: does the
    story say what a given question asks (round 40); a flag naming no theme then stands only
    when one of the questions ``ABSENT_LEAD`` times nearer is such a question."""
    if not tokens.words:
        return True
    if named:
        return lead_elsewhere(question, tokens, rivals) >= NAMED_LEAD
    if says is None:
        return lead_elsewhere(question, tokens, rivals) >= ABSENT_LEAD
    near = nearer_by(question, tokens, rivals, ABSENT_LEAD)
    return stands_apart(question, tokens, rivals) or any(says(other) for other in near)


def stands_apart(question: Question, tokens: Tokens, rivals: Rivals) -> bool:
    """Is the nearest other question ``APART_BY`` times nearer the story than the next one (and
    ``ABSENT_LEAD`` times nearer than the asked one)? Then the words alone say which it is."""
    mine, others = bank_closeness(question, tokens, rivals)
    ranked = sorted(others.values(), reverse=True)
    if len(ranked) < 2 or ranked[0] < ABSENT_LEAD * max(mine, 1e-3):
        return False
    return ranked[0] >= APART_BY * ranked[1]


def nearer_by(question: Question, tokens: Tokens, rivals: Rivals, lead: float) -> list[Question]:
    """The behavioral questions of the bank (shipped themes and ``rivals``) whose rubric sits
    ``lead`` times nearer the story's words than the asked one's, nearest first."""
    mine, others = bank_closeness(question, tokens, rivals)
    floor = lead * max(mine, 1e-3)
    by_id = {q.id: q for q in rivals.questions}
    by_id.update((q.id, q) for q in story_themes())
    near = sorted((v, qid) for qid, v in others.items() if v > 0.0 and v >= floor)
    return [by_id[qid] for _, qid in reversed(near) if qid in by_id]
