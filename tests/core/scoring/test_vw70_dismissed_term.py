"""A dismissal names a key point by one of the point's own words (issue 9, vw70).

"Calibration barely matters", "there's no need to audit anything": the dismissed words hold one
word of a key point's label or phrases, not a whole phrase, and the word heads what is
dismissed. A point the rubric holds to be done is contradicted. Guards: the word heads no
dismissed thing (it modifies it, or stands after a preposition), the sentence opens on a
condition, an extent or a manner is what is denied, the rubric says the thing cancels or is
dropped, the point's label says what a word means, and the dismissal is a warning.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import Question
from tests.core.scoring.rubric_charges import contradictions, one_question

PACK = """
questions:
  - id: case.parcel-eta
    category: case
    topic: logistics
    difficulty: 2
    prompt: How would you predict when a parcel reaches a customer?
    time_limit_s: 180
    key_points:
      - id: calibrated
        label: Report calibrated arrival windows, checked against what happened
        weight: 2
        phrases: [arrival window, coverage of the window]
      - id: audit
        label: Audit late parcels by depot every week
        weight: 2
        phrases: [late parcels by depot, weekly review]
      - id: routes
        label: Features from the planned route and the courier's load
        weight: 2
        phrases: [planned route, courier load]
      - id: meaning
        label: An ETA means the time by which most parcels have arrived
        weight: 1
        phrases: [most parcels have arrived]
    model_answer: >-
      I would learn from the planned route and the courier load, report calibrated arrival
      windows and check how often the parcel lands inside them. I audit late parcels by depot
      every week, because depots drift. An ETA means the time by which most parcels have
      arrived, and the route's slack cancels out in the weekly comparison.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    return one_question(PACK, "parcel.yaml")


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("Calibration barely matters once the model is accurate.", "calibrated"),
        ("The windows are irrelevant, the customer only looks at the date.", "calibrated"),
        ("Once it ships there's no need to audit anything, depots never change.", "audit"),
        ("I would skip the audits, since the couriers report problems themselves.", "audit"),
    ],
)
def test_a_point_dismissed_by_its_own_word_is_contradicted(
    question: Question, text: str, point: str
) -> None:
    assert point in contradictions(question, text)


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # the word modifies what is dismissed, or stands after a preposition
        ("Window dressing in the app is irrelevant to the forecast.", "calibrated"),
        ("The colour of the audit form doesn't matter.", "audit"),
        # a condition opens the sentence
        ("If every parcel arrives the same day, calibration barely matters.", "calibrated"),
        # an extent or a manner of the thing is denied
        ("You don't need huge audits, a sample of depots is enough.", "audit"),
        ("There's no need to audit by hand, a report does it.", "audit"),
        # the dismissal describes a kind of the thing
        (
            "To save space I round the times, merge windows that barely matter and keep the rest.",
            "calibrated",
        ),
        # someone else's act, not advice
        ("Drivers learn to ignore the audits within a month.", "audit"),
        # a warning against the dismissal
        ("It's a myth that calibration barely matters.", "calibrated"),
    ],
)
def test_what_is_not_a_dismissal_of_the_point_is_free(
    question: Question, text: str, point: str
) -> None:
    assert point not in contradictions(question, text)


def test_a_word_the_rubric_says_cancels_is_free(question: Question) -> None:
    """The model answer says the route's slack cancels out: saying the route is not needed
    agrees with it."""
    text = "You never need the route, the comparison is relative."
    assert "routes" not in contradictions(question, text)


def test_a_word_of_a_defining_point_is_free(question: Question) -> None:
    """'An ETA means ...' says what a word means: dismissing its word dismisses no need."""
    assert "meaning" not in contradictions(question, "Most of them don't matter here.")
