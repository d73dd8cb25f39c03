"""Fillers are counted once each, whatever punctuation the transcript puts around them (ux37).

A walkthrough's Delivery line counted the "like" of "..., like, um" twice: three overlapping text
patterns each found it. Delivery's count and Review's marks now come from one finder."""

from __future__ import annotations

import pytest

from simulator.core.review import marked
from simulator.core.scoring.delivery import analyse_delivery
from simulator.core.scoring.fillers import count_fillers, find_fillers
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

# (transcript, fillers a listener counts): fillers next to commas, ellipses, dashes, quotes and
# brackets; phrases that contain another filler; "like" as a verb or a preposition.
CASES = [
    ("We start with a baseline..., like, um, a linear model.", {"like": 1, "um": 1}),
    ("We start with a baseline\u2026, like, uh, a linear model.", {"like": 1, "uh": 1}),
    ("It was, like, um, slow.", {"like": 1, "um": 1}),
    ("It was like, um, slow.", {"like": 1, "um": 1}),
    ("The features - like - were stale.", {"like": 1}),
    ("The features \u2014like\u2014 were stale.", {"like": 1}),
    ("The features (like) were stale.", {"like": 1}),
    ('She said "like, whatever" and left.', {"like": 1}),
    ("Like, I would retrain weekly.", {"like": 1}),
    ("It is, like you know, noisy.", {"like you know": 1}),
    ("It is kind of like, noisy, you know?", {"kind of like": 1, "you know": 1}),
    ("Um... uh... the loss, um, diverged.", {"um": 2, "uh": 1}),
    ("I like trees like XGBoost because they look like rules.", {}),
    ("A model - like a random forest - copes with that.", {}),
    ("Like I said, the split leaks.", {}),
    ("like", {}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_each_filler_is_counted_once(text: str, expected: dict[str, int]) -> None:
    assert count_fillers(text) == expected


def test_delivery_counts_a_like_after_an_ellipsis_and_before_um_once() -> None:
    text = "So I would start with the baseline..., like, um, a logistic regression model here."
    transcript = Transcript(text=text, duration_s=8.0)
    delivery = analyse_delivery(tokenize(text), transcript, None, False)
    assert delivery is not None
    assert delivery.result.fillers == {"like": 1, "um": 1}
    assert delivery.result.fillers_per_100_words == round(2 * 100 / len(tokenize(text).words), 2)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_marks_the_fillers_delivery_counts(text: str, expected: dict[str, int]) -> None:
    marks = marked([(w, None, None, None) for w in text.split()])
    phrases = [span.phrase for span in find_fillers(text.split())]
    shown = [w.phrase for w in marks if w.kind == "filler"]
    # every counted filler is marked, on as many words as the phrase has
    assert sorted(set(shown)) == sorted(set(phrases)) == sorted(expected)
