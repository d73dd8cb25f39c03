"""STAR labels, reviewed after round 44 (fix44): gladness about an outcome is no offer to tell
more; someone else's offer after a clause of mine is theirs; a time word before "I"/"we" is no
noun the clause describes."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_remarks import offer_to_say_more
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    "outcome",
    [
        "Happy to say misrouted tickets fell from twelve percent to four percent.",
        "Glad to say the support team kept the new routing for good.",
        "I'm happy to say the misroutes fell by two thirds within a month.",
    ],
)
def test_gladness_about_an_outcome_is_the_result(outcome: str) -> None:
    assert not offer_to_say_more(outcome, words(outcome))
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"


@pytest.mark.parametrize(
    "offer",
    [
        "Happy to say more about the feature choice if you like.",
        "Glad to say a bit more about how we labelled the tickets.",
        "Happy to walk you through the alert rules.",
    ],
)
def test_an_offer_of_more_said_gladly_is_still_an_offer(offer: str) -> None:
    assert offer_to_say_more(offer, words(offer))
