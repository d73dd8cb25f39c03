"""What was mine to do versus background, a verb split at its hyphen, and "back in" as a
return rather than a date (issue 9, round 20). Stories written for these tests."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_grammar import past_verb_after
from simulator.core.scoring.structure import analyse_star
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript


def _labels(story: str) -> tuple[list[str], list[str]]:
    result = analyse_star(tokenize(story), Transcript(story))
    return [segment.label for segment in result.star.segments], result.star.missing


@pytest.mark.parametrize(
    "duty",
    [
        "I was given the task of cleaning up the labelling pipeline before the audit.",
        "I was the analyst who had to explain the drop to the regional directors.",
        "I was the owner of the pricing service, and I did not like where this was going.",
        "Nobody owned the flaky test suite, but I decided to fix it before the release freeze.",
        "We decided that someone had to clean up the labelling pipeline.",
    ],
)
def test_what_was_mine_to_do_is_the_task_not_the_scene(duty: str) -> None:
    story = (
        "Our image labels were coming from three vendors with different guidelines. "
        f"{duty} "
        "I wrote one shared guideline and relabelled a sample of two thousand images. "
        "I set up a weekly agreement check between the vendors. "
        "Label agreement rose from seventy to ninety-two percent within a month."
    )
    labels, missing = _labels(story)
    assert labels[1] == "task"
    assert "task" not in missing


def test_a_verb_split_at_its_hyphen_is_still_my_step() -> None:
    assert past_verb_after(
        ["when", "the", "reports", "piled", "up", "i", "re", "ran", "the", "benchmarks"], "i"
    )
    assert past_verb_after(["i", "co", "wrote", "the", "fix"], "i")
    assert not past_verb_after(["i", "re"], "i")


def test_back_in_some_minutes_is_a_return_not_a_date() -> None:
    story = (
        "My job that evening, as the engineer on call, was to bring search back. "
        "I rolled the ranking model back to the last good version. "
        "I then found that a feature had been renamed upstream and added a check for it. "
        "Results were back in twenty minutes, and the new check has blocked two more renames since."
    )
    labels, missing = _labels(story)
    assert labels[-1] == "result"
    assert "situation" in missing
    # "back in" as a date still sets the scene
    dated = "Back in 2021 our search ranking was a set of hand-tuned rules. " + story
    labels, missing = _labels(dated)
    assert labels[0] == "situation" and "situation" not in missing
