"""Words of an event told in their own sense, whatever their article (review of 85ad048a): a
page that woke the teller or came at an hour is an alert, a page of a document is not; a miss
is a commitment missed only as a noun or with what was missed, and staying late is no lateness."""

from __future__ import annotations

import pytest

from tests.core.scoring.test_rel44_event_senses import COMMITMENT, DEADLINE, INCIDENT, _missing


def _fraud(first: str) -> list[tuple[str, str]]:
    return [
        ("situation", first),
        ("situation", "Our fraud model was scoring every card payment as risky."),
        ("task", "I had to stop the false declines before the morning peak."),
        ("action", "I put the previous version in its place and checked the inputs."),
        ("action", "A feature job had written card amounts in cents instead of dollars."),
        ("result", "Declines were back to normal within forty minutes."),
    ]


@pytest.mark.parametrize(
    "first",
    [
        "At 2 a.m. I got a page from our checkout service.",
        "At 2 a.m. the page woke me up.",
        "A page came in just after midnight on a Sunday.",
    ],
)
def test_a_page_that_reaches_the_teller_is_an_alert(first: str) -> None:
    assert _missing(INCIDENT, _fraud(first)) is None


@pytest.mark.parametrize(
    "first",
    [
        "I wrote a page of notes on how the checkout service scores payments.",
        "The design is on page 3 of the checkout service's wiki.",
        "I summed up the checkout service in a single page.",
        "The page summary of the checkout service was out of date.",
    ],
)
def test_a_page_of_a_document_is_no_alert(first: str) -> None:
    calm = [*_fraud(first)[:2], ("task", "I had to make the scores easier to read.")]
    calm += [("action", "I added the reasons to each score."), ("result", "Reviews got faster.")]
    assert _missing(INCIDENT, calm) == "incident"


def _report(task: str, result: str) -> list[tuple[str, str]]:
    return [
        ("situation", "The pricing team wanted a weekly demand report for the stores."),
        ("task", task),
        ("action", "I joined the sales and the stock tables and checked every store by hand."),
        ("result", result),
    ]


def test_not_wanting_to_miss_anything_is_no_commitment_missed() -> None:
    story = _report("I didn't want to miss anything.", "The report went out every Monday.")
    assert _missing(COMMITMENT, story) == "failure"
    missed = _report("The miss was mine.", "The report went out every Monday.")
    assert _missing(COMMITMENT, missed) is None
    date = _report("We would miss the launch date.", "The report went out every Monday.")
    assert _missing(COMMITMENT, date) is None


def test_staying_late_is_no_deadline() -> None:
    story = _report("I stayed late to check it.", "The buyers used it every week.")
    assert _missing(DEADLINE, story) == "deadline"
    late = _report("I had to check it.", "The first report came two days late.")
    assert _missing(DEADLINE, late) is None
