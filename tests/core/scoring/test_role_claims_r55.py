"""A role the rubric gives one thing, handed to another by calling it "the one" (issue 9, wrong55):
"Write-back is the consistent one", "Write-through caching is the ones that loses data" name a
term the rubric names and give it what the rubric says only of the other member of the pair, in
the rubric's own words, with no contrast word and no second term in the sentence. Each is charged
as a contradicted key point and named. The same form said rightly, a ranking with no role ("the
usual one"), a subject the rubric never names as a term, a denied or warned-against role, and a
reason after the role ("..., because ...") are not charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.cache-writes
    category: technical
    topic: systems
    difficulty: 2
    prompt: How do write-through and write-back caches differ?
    time_limit_s: 120
    key_points:
      - id: through
        label: Write-through caching sends every update to the main store at once, so the store stays consistent
        weight: 2
        phrases: [write-through caching, write through caching]
      - id: back
        label: Write-back caching keeps dirty lines and flushes them later, faster writes but data lost on a crash
        weight: 2
        phrases: [write-back caching, write back caching]
      - id: choice
        label: Pick by tolerance for loss and write volume
        weight: 1
        phrases: [tolerance for loss]
    model_answer: >-
      Write-through caching sends every update to the main store at once, so the store stays
      consistent and nothing is lost when the machine dies. Write-back caching keeps dirty lines in
      the cache and flushes them later, which gives faster writes, but dirty lines are lost on a
      crash. I pick by the tolerance for loss and by the write volume.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "cache.yaml")
    assert not problems
    return questions[0]


def _contradictions(question: Question, text: str) -> dict[str, str]:
    score = score_answer(question, Transcript(text))
    return {k.id: k.contradiction for k in score.key_points if k.contradiction}


@pytest.mark.parametrize(
    "text",
    [
        "Write-back caching is the consistent one. It flushes every write to the store at once.",
        "In practice write-through caching is the one with dirty lines flushed later.",
        "Honestly, write-back caching is the one whose store stays consistent after a crash.",
    ],
)
def test_a_role_the_rubric_gives_the_other_term_is_charged_r55(
    question: Question, text: str
) -> None:
    said = _contradictions(question, text)
    assert said, text
    (claim,) = said.values()
    assert "is called" in claim and "what the rubric says of something else" in claim


@pytest.mark.parametrize(
    "text",
    [
        # the role the rubric gives that term
        "Write-through caching is the consistent one, so nothing is lost when the machine dies.",
        "Write-back caching is the one with dirty lines, flushed later for faster writes.",
        # a ranking that names no role
        "Write-back caching is the usual one and write-through caching is rarer.",
        # denied, or warned against
        "Write-back caching is not the consistent one.",
        "A common mistake is to think write-back caching is the consistent one.",
        # a subject that is no term the rubric names in a row
        "The caching of write-backs is the one that people find consistent enough.",
    ],
)
def test_a_role_said_rightly_or_not_asserted_is_not_charged_r55(
    question: Question, text: str
) -> None:
    assert not _contradictions(question, text), text
