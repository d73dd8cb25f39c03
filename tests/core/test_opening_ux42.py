"""What the window says while a page loads in the background (walkthrough 42: a scorecard opened
from History under load showed nothing for 3-10 s, and Enter again queued a second load)."""

from __future__ import annotations

from simulator.core.opening import Openings


def test_the_last_page_asked_for_is_said_until_every_load_has_ended() -> None:
    openings = Openings()
    assert openings.told() == "" and not openings.busy
    assert openings.begin(("scorecard", 1), "the scorecard")
    assert openings.told() == "Opening the scorecard…"
    assert openings.begin(("review", 1), "the review")
    assert openings.told() == "Opening the review…"
    openings.end(("review", 1))
    assert openings.told() == "Opening the scorecard…" and openings.busy
    openings.end(("scorecard", 1))
    assert openings.told() == "" and not openings.busy


def test_the_same_page_asked_for_again_is_not_loaded_twice() -> None:
    openings = Openings()
    assert openings.begin(("scorecard", 7), "the scorecard")
    assert not openings.begin(("scorecard", 7), "the scorecard")
    assert openings.again(("scorecard", 7)).startswith("Still opening the scorecard")
    assert openings.begin(("scorecard", 8), "the scorecard")  # another session's is loaded
    openings.end(("scorecard", 7))
    assert openings.begin(("scorecard", 7), "the scorecard")  # once ended, asked anew
