"""STAR labels, round 49 (issue 9, star49): a sentence read as an outcome only from its place
or its amounts, told before a clear step of mine, is what a step turned up (star_between.py)."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_grammar import past_verb_after
from simulator.core.scoring.text import tokenize
from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_2, TASK, star_labels

LOOK = "I pulled a month of misrouted tickets and read two hundred of them."
PLAIN_STEP = "I added a cache in front of the feature store."


REPLAY = "I wrote a script that replays last quarter's tickets through the old rules."


@pytest.mark.parametrize(
    ("step", "found"),
    (
        # a share of what the step examined, with amount words ("percent", "zero", "within a")
        (
            LOOK,
            "It turned out that about forty percent of them returned zero matches, and most "
            "were refunds.",
        ),
        (
            LOOK,
            "Turns out about ninety percent of them were the same customer, within a few days "
            "of each other.",
        ),
        (
            REPLAY,
            "On that replay the old rules cover only 71 percent of tickets against a 95 "
            "percent target.",
        ),
        (REPLAY, "It turned out that forty percent of them returned zero matches."),
    ),
)
def test_what_a_step_turned_up_before_my_next_step_is_a_finding_r49(step: str, found: str) -> None:
    labels = star_labels(SCENE, TASK, step, found, STEP_2, OUTCOME)
    # a finding is no step (star61): what the look came to, or how things stood
    assert labels[3] in ("result", "situation") and labels[4] == "action", labels


@pytest.mark.parametrize(
    "outcome",
    (
        # a change measured after a step that changes something, someone's answer, a later point
        "Latency went back under one hundred milliseconds within an hour.",
        "My lead agreed to try it on one queue first.",
        "Within two months every queue had its own owner.",
        "Misrouted tickets dropped by a third in the first week.",
    ),
)
def test_an_outcome_between_two_steps_stays_an_outcome_r49(outcome: str) -> None:
    labels = star_labels(SCENE, TASK, PLAIN_STEP, outcome, STEP_2, OUTCOME)
    assert labels[3] == "result", labels


def test_an_amount_with_no_step_after_it_stays_an_outcome_r49() -> None:
    # the last sentence with a share: no step of mine follows, the steps are over
    last = "About ninety percent of tickets reach the right queue now."
    assert star_labels(SCENE, TASK, LOOK, STEP_2, last)[-1] == "result"


@pytest.mark.parametrize(
    "step",
    (
        "From that I drew a map of every job that reads the routing table.",
        "Based on that, I argued that a week of relabelling would pay for itself.",
        "With that I rebuilt the product field from the order history.",
    ),
)
def test_a_step_after_that_pointing_back_is_my_step_r49(step: str) -> None:
    # "that" after a preposition points back at the step before: no clause opens there
    words = list(tokenize(step).words)
    assert past_verb_after(words, "i")
    assert star_labels(SCENE, TASK, LOOK, step, STEP_2, OUTCOME)[3] == "action"


@pytest.mark.parametrize(
    "sentence",
    (
        "The logs showed that I skipped the nightly check.",
        "It was clear now that I missed the product field.",
    ),
)
def test_a_clause_that_opens_is_still_no_step_of_the_sentence_r49(sentence: str) -> None:
    assert not past_verb_after(list(tokenize(sentence).words), "i")
