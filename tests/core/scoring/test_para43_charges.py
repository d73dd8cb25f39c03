"""Correct answers charged, by class (issue 9, para43). Each correct sentence here was charged
before the change; each wrong twin still is.

* A rubric noun read as a direction (opposites.py): the rubric's "waves of different *speeds*"
  named a range of speeds, no direction, yet "speeds" (a direction word when it is a verb,
  "it speeds up training") made an answer's "slow and fast sine and cosine waves" its opposite.
* A verdict on a model the answer describes (described_model.py, read by dismissals.py): "a model
  predicting tomorrow equals today looks great on price levels and is useless" was charged as
  saying the random-walk comparison "is not needed".
"""

from __future__ import annotations

import pytest

from tests.core.scoring.rubric_charges import charged, one_question
from tests.core.scoring.rubric_charges import shipped_charges as _charges

_WAVES_PACK = """
pack:
  name: waves
questions:
  - id: tech.t43-waves
    category: technical
    topic: signals
    difficulty: 2
    prompt: How does a filter bank split a sound into bands?
    time_limit_s: 90
    key_points:
      - id: bands
        label: The filters pass tones of different speeds, each filter a band of its own
        weight: 3
        phrases:
          - tones of different speeds
          - a band of its own
      - id: sizes
        label: Banks use filters of various lengths, so low tones get a finer split
        weight: 2
        phrases:
          - filters of various lengths
          - finer split
    model_answer: >-
      A filter bank passes the sound through filters tuned to tones of different speeds, each
      with a band of its own, and uses filters of various lengths so that low tones are split
      more finely.
"""


def test_a_rubric_noun_of_a_range_names_no_direction() -> None:
    question = one_question(_WAVES_PACK, "waves.yaml")
    right = (
        "Each filter lets through only its own band, slow tones in one and fast tones in another, "
        "and the filters for low tones are short ones and long ones mixed."
    )
    assert charged(question, right) == []


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        (
            "tech.positional-encoding",
            "The first recipe adds to each word a pattern of slow and fast sine and cosine "
            "waves, like the hands of a clock, so every slot has its own unique reading.",
        ),
        (
            "tech.positional-encoding",
            "Each position gets a mix of slow and fast waves added to its embedding, a fixed "
            "formula with nothing to learn.",
        ),
    ],
)
def test_slow_and_fast_waves_are_no_flip_of_waves_of_different_speeds(qid: str, said: str) -> None:
    assert _charges(qid, said) == []


def test_a_direction_the_rubric_says_as_a_verb_still_flips() -> None:
    question = one_question(_STABLE_PACK, "speed.yaml")
    assert charged(question, "Caching the keys and values speeds up text generation a lot.") == []
    assert charged(
        question, "The cache makes text generation slower, since it has to be read at every step."
    )


_STABLE_PACK = """
pack:
  name: speed
questions:
  - id: tech.t43-kv-cache
    category: technical
    topic: llm
    difficulty: 2
    prompt: Why do decoders keep a key value cache?
    time_limit_s: 90
    key_points:
      - id: faster
        label: The cache speeds up text generation, since old keys and values are not computed again
        weight: 3
        phrases:
          - speeds up generation
          - not computed again
    model_answer: >-
      The cache speeds up text generation, since the keys and values of earlier tokens are not
      computed again at every step.
"""


@pytest.mark.parametrize(
    "said",
    [
        "I would predict returns, not price levels, since a model predicting tomorrow equals today "
        "looks great on price levels and is useless.",
        "A forecast saying tomorrow equals today gets a tiny error on raw prices and is useless "
        "for trading, so I judge returns against it.",
    ],
)
def test_a_verdict_on_a_described_baseline_model_dismisses_no_practice(said: str) -> None:
    assert _charges("case.stock-prices", said) == []


@pytest.mark.parametrize(
    "said",
    [
        "A random walk baseline is useless, so I would not bother with it.",
        "The naive baseline is pointless here; a deep network will beat it anyway.",
    ],
)
def test_a_baseline_called_useless_is_still_dismissed(said: str) -> None:
    assert _charges("case.stock-prices", said)
