"""A one-word lead ("finally", "eventually") opens a story on its end only with an outcome
clause after it (fix43): star43 read the word alone, so an opening wish ("Finally getting a
say in the roadmap was what I wanted ...") became the result, told first."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_turns import opens_on_the_end
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import star_labels


@pytest.mark.parametrize(
    "line",
    [
        "Eventually our payments team moved every nightly job to the new scheduler.",
        "Finally, we shipped the ranking model two weeks late.",
        "Ultimately the fraud rules were dropped for the model.",
        "Spoiler alert: the migration never finished.",
        "In the end the product team launched it without the feature.",
    ],
)
def test_a_lead_with_an_outcome_clause_opens_on_the_end(line: str) -> None:
    assert opens_on_the_end(words(line))


@pytest.mark.parametrize(
    "line",
    [
        "Finally getting a say in the roadmap was what I wanted when I joined the payments team.",
        "Eventually owning the data platform is where I want my career to go.",
        "Ultimately to keep the on-call load low, the team split into two rotations.",
    ],
)
def test_a_lead_without_an_outcome_clause_does_not(line: str) -> None:
    assert not opens_on_the_end(words(line))


def test_an_opening_wish_after_finally_is_the_scene_not_the_result() -> None:
    labels = star_labels(
        "Finally getting a say in the roadmap was what I wanted when I joined the payments team.",
        "The old cron boxes failed about once a week and nobody owned them.",
        "I listed every job, grouped them by owner and moved ten a day behind a flag.",
        "I also wrote a rollback script and tested it on the three riskiest jobs.",
        "After three weeks every job ran on the scheduler and the weekly failures stopped.",
    )
    assert labels[0] != "result" and labels[-1] == "result"
