"""A word joined to a number by a hyphen is not the phrase's word (issue 9, round 50, rel50:
intent_phrases._after_a_number_hyphen). dev_blind45's vague-ask story ("I wrote a one-pager with
three options") said the production incident's "pager" and was kept on that question; a
"one-page design" framed a feedback story as an incident."""

from __future__ import annotations

from simulator.core.scoring.event_demand import tells_no_demanded
from simulator.core.scoring.intent_phrases import index_of, said_at
from simulator.core.scoring.text import tokenize

INCIDENT = (
    "Tell me about a production incident involving a model or an ML pipeline that you handled."
)


def test_a_word_joined_to_a_number_is_not_said_r50() -> None:
    for text, phrase in (
        ("I wrote a one-pager with three options for the VP.", "pager"),
        ("Since then I write a one-page design first.", "page"),
        ("We agreed on a two-week plan.", "week"),
    ):
        assert said_at(index_of(tokenize(text)), phrase) == [], text


def test_the_word_itself_is_still_said_r50() -> None:
    for text, phrase in (
        ("At two I got a pager alert from the fraud service.", "pager"),
        ("The one pager on call that night was me.", "pager"),
        ("It took one week to fix.", "week"),
    ):
        assert said_at(index_of(tokenize(text)), phrase), text


def test_a_one_pager_tells_no_incident_r50() -> None:
    story = tokenize(
        "The VP asked for smarter search. I pulled the search logs and wrote a one-pager with "
        "three options. He picked the cheap one and zero-result searches dropped by half."
    )
    assert tells_no_demanded(INCIDENT, story) is not None
    paged = tokenize("At two in the morning my pager went off because the fraud model timed out.")
    assert tells_no_demanded(INCIDENT, paged) is None
