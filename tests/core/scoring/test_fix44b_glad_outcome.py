"""A "happy/glad to" before what happened reports a result; before what the listener would get it
offers more (review of efb3208c): the clause after the telling verb decides, not the verb."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_remarks import offer_to_say_more
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import star_labels

_STORY = [
    "Our churn model for the biggest client kept flagging loyal accounts.",
    "I had to win back their trust before the renewal in March.",
    "I retrained it on the last two years of data and added a calibration step.",
]


@pytest.mark.parametrize(
    "last",
    [
        "Glad to share that the client renewed for two more years.",
        "Glad to say that more accounts renewed than ever before.",
        "Happy to share that we shipped the new scores a week early.",
        "Happy to explain that the false alarms fell by half.",
    ],
)
def test_glad_to_tell_what_happened_is_the_result(last: str) -> None:
    assert not offer_to_say_more(last, words(last))
    assert star_labels(*_STORY, last)[-1] == "result"


@pytest.mark.parametrize(
    "last",
    [
        "Happy to walk you through the calibration step if useful.",
        "Happy to share the notebook we used.",
        "Glad to share that notebook with you.",
        "Happy to say a bit more about how we tuned it.",
        "Happy to go into more detail on what changed.",
        "Happy to share the detailed runbook.",
    ],
)
def test_glad_to_give_the_listener_something_is_an_offer(last: str) -> None:
    assert offer_to_say_more(last, words(last))
