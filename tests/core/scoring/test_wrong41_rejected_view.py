"""The accepted answer turned down in so many words (issue 9, wrong41; rejected_view.py): an
answer that asserts "A rather than B" or "A, not B" where the rubric says B of the same thing
and never says A contradicts B's key point; the accepted contrast said rightly, an alternative
the rubric names, "A instead of B", a warning, a hedge, "not just B", or a B the accepted view
itself turns down, is not charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question, parse_pack
from simulator.core.scoring import score_answer
from simulator.core.scoring.rejected_view import rejections
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.cache-warmup
    category: technical
    topic: ml-serving
    difficulty: 2
    prompt: Why would you warm up a model server's cache before sending it traffic?
    time_limit_s: 120
    key_points:
      - id: latency
        label: Warming up loads the weights and compiled kernels so the first users get normal latency
        weight: 3
        phrases: [first requests, cold start latency, compiled kernels]
      - id: probes
        label: Send synthetic requests to the new replica before the load balancer routes users to it
        weight: 2
        phrases: [synthetic requests, readiness probe]
    model_answer: >-
      A fresh replica has to load the weights and compile its kernels, so the first requests are
      slow. Warming up sends synthetic requests before the load balancer routes users to the
      replica, so the first users get normal latency. The readiness probe should pass only after
      the warm-up, instead of as soon as the process starts.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    questions, problems = parse_pack(PACK, "warmup.yaml")
    assert not problems
    return questions[0]


def _said(question: Question, text: str) -> list[str]:
    tokens = tokenize(text)
    stance = Stance(tokens)
    return [r.clause for s in tokens.sentences for r in rejections(question, s, stance)]


@pytest.mark.parametrize(
    "text",
    [
        "Warming up mainly saves disk space rather than improving latency.",
        "The synthetic requests exist to fill the logs, not the latency of the first users.",
    ],
)
def test_the_accepted_side_turned_down_is_charged(question: Question, text: str) -> None:
    assert _said(question, text)
    score = score_answer(question, Transcript(text))
    assert any(k.contradiction for k in score.key_points)


@pytest.mark.parametrize(
    "text",
    [
        # the accepted contrast, and a side the rubric names
        "The first users get normal latency, not slow requests.",
        "It sends synthetic requests rather than real users' requests to the replica.",
        # "instead of" names a preferred practice, not a claim against the rubric
        "I'd keep a hot standby instead of warming up the latency of each new replica.",
        # a warning, a report of others' belief, a hedge, "not just"
        "A common mistake is to think warming up saves disk space rather than improving latency.",
        "Some people believe it saves disk space rather than improving latency.",
        "It might save disk space rather than improving latency.",
        "It improves memory use, not just the latency of the first requests.",
        # B is what the accepted view itself turns down ("instead of as soon as ... starts")
        "The probe passes at once, rather than as soon as the process starts.",
    ],
)
def test_no_claim_against_the_rubric_is_not_charged(question: Question, text: str) -> None:
    assert _said(question, text) == []
