"""What the asked question asks that its neighbour does not (distinct_theme.py; issue 9, round 27)."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.distinct_theme import distinct_rival
from simulator.core.scoring.relevance import OFF_QUESTION_PENALTY_UNSURE
from simulator.core.scoring.structure import analyse_star
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

# A missed estimate: it says what a tight deadline shares with it (a plan, weeks, late work), and
# what only a missed estimate asks (the estimate, what I had not foreseen) through the story.
ESTIMATE = (
    "I told my manager that moving our search logs to the new warehouse would take two weeks. "
    "Ten days in, I found that half of the old jobs wrote dates in three different formats, and "
    "my estimate was far too low. "
    "I went back to her the same afternoon with a revised plan of five weeks and a list of what "
    "I had not foreseen. "
    "I moved the two jobs the analysts needed most first, so their reports kept running on the "
    "new warehouse. "
    "I kept a log of every surprise and now add it to each estimate I give. "
    "The migration finished in five weeks as revised, and my next estimate was off by a day."
)


def _labels(text: str) -> list[str]:
    return [s.label for s in analyse_star(tokenize(text), Transcript(text)).star.segments]


def test_a_neighbours_story_told_in_its_own_distinguishing_words_reads_as_the_neighbour(
    bank: QuestionBank,
) -> None:
    asked = bank.get("beh.tight-deadline")
    neighbour = bank.get("beh.missed-estimate")
    assert neighbour.intent is not None and asked.intent is not None
    assert distinct_rival(asked, tokenize(ESTIMATE), _labels(ESTIMATE)) == neighbour.intent.label
    off = score_answer(asked, Transcript(ESTIMATE))
    on = score_answer(neighbour, Transcript(ESTIMATE))
    assert off.star is not None and off.star.off_question == [asked.intent.label]
    assert off.star.reads_as == neighbour.intent.label
    assert f"off the question -{OFF_QUESTION_PENALTY_UNSURE}" in off.basis["structure"]
    assert on.star is not None and on.star.off_question == []
    assert off.overall < on.overall


@pytest.mark.parametrize(
    "told",
    [
        # the asked theme's own words in the frame: the deadline is what the story is about
        ESTIMATE.replace(
            "The migration finished",
            "We hit the hard deadline of the quarter close, the migration finished",
        ),
        # ... or said in two steps
        ESTIMATE.replace(
            "I moved the two jobs", "To meet the deadline I moved the two jobs"
        ).replace("I kept a log", "I worked the last weekend before the deadline and kept a log"),
    ],
)
def test_the_asked_themes_own_words_in_the_frame_or_in_two_steps_keep_the_story_on_it(
    bank: QuestionBank, told: str
) -> None:
    asked = bank.get("beh.tight-deadline")
    assert distinct_rival(asked, tokenize(told), _labels(told)) == ""


def test_without_labels_there_is_no_rival(bank: QuestionBank) -> None:
    asked = bank.get("beh.tight-deadline")
    assert distinct_rival(asked, tokenize(ESTIMATE), None) == ""
