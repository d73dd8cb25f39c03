"""Another theme's core said in the story's frame (core_frame.py; issue 9, round 28)."""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.core_frame import core_framed_elsewhere
from simulator.core.scoring.relevance import OFF_QUESTION_PENALTY_UNSURE
from simulator.core.scoring.structure import analyse_star
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

# Paying down technical debt: it says "script" (a word the process question lists, not its core)
# and its words sit near the process rubric, but its frame says "refactoring" and "refactor".
DEBT = (
    "Our ranking pipeline had become one three thousand line script that only one engineer still "
    "dared to edit. "
    "Marketing wanted two new personalisation features that quarter. "
    "I had to convince my lead to spend a month on refactoring before starting them. "
    "I added up the days lost to failed pipeline runs over half a year and showed they equalled "
    "one of the two features. "
    "I proposed breaking the script into modules over four weeks while the first feature was "
    "being designed. "
    "My lead agreed, the refactor took four weeks, and both features shipped on schedule with no "
    "failed runs."
)


def _labels(text: str) -> list[str]:
    return [s.label for s in analyse_star(tokenize(text), Transcript(text)).star.segments]


def test_a_story_framed_by_another_themes_core_is_not_kept_by_its_words(
    bank: QuestionBank,
) -> None:
    asked = bank.get("beh.improve-team-process")
    debt = bank.get("beh.technical-debt")
    assert asked.intent is not None and debt.intent is not None
    label, qid = core_framed_elsewhere(asked, tokenize(DEBT), _labels(DEBT))
    assert (label, qid) == (debt.intent.label, debt.id)
    off = score_answer(asked, Transcript(DEBT))
    on = score_answer(debt, Transcript(DEBT))
    assert off.star is not None and off.star.off_question == [asked.intent.label]
    assert off.star.reads_as == debt.intent.label
    assert f"off the question -{OFF_QUESTION_PENALTY_UNSURE}" in off.basis["structure"]
    assert on.star is not None and on.star.off_question == []
    assert off.overall < on.overall


def test_the_asked_themes_own_core_in_the_frame_names_no_other_theme(bank: QuestionBank) -> None:
    debt = bank.get("beh.technical-debt")
    assert core_framed_elsewhere(debt, tokenize(DEBT), _labels(DEBT)) == ("", "")
    # one framing sentence is a detail, not the story's topic
    once = DEBT.replace("the refactor took four weeks", "the work took four weeks")
    asked = bank.get("beh.improve-team-process")
    assert core_framed_elsewhere(asked, tokenize(once), _labels(once)) == ("", "")


# A hard problem broken down, said as "into its stages" (no "broke it down", no "root cause"):
# its only phrase of the asked theme, "cause", is no core, and its words sit far from the rubric.
BROKEN_DOWN = (
    "Our nightly feature job for the pricing model had slowed from two hours to nine over a "
    "month. "
    "I owned the pricing pipeline, so finding the cause was my job. "
    "I split the job into its stages and timed each one on a sample of a day's data. "
    "One join had started reading the whole order history every night instead of the last day. "
    "I changed it to read only new orders and append them to a stored table. "
    "The job finished in two hours again, and the pricing team got their prices before the "
    "morning."
)


def test_a_problem_split_into_its_stages_says_the_asked_core(bank: QuestionBank) -> None:
    asked = bank.get("beh.complex-problem")
    scored = score_answer(asked, Transcript(BROKEN_DOWN))
    assert scored.star is not None and scored.star.off_question == []
