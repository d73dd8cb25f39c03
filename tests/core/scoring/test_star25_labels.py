"""STAR labels, round 25 (issue 9, star25): a finding told last is a step, not the result."""

from __future__ import annotations

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

FOUND_LAST = (
    "Last winter our demand forecasts for the grocery app suddenly doubled overnight. "
    "I was on call that week, so it was mine to sort out. "
    "I paused the automatic ordering that used the forecasts. "
    "I checked the input features one by one against the previous day. "
    "The root cause turned out to be a currency field that an upstream team had switched from "
    "euros to cents."
)
FIXED = (
    " I added a unit check on that field and turned the automatic ordering back on."
    " The forecasts have stayed in range since, and no store ran out of stock."
)


def test_a_finding_told_last_is_how_things_stood_and_the_result_is_missing(
    bank: QuestionBank,
) -> None:
    # a finding is no step (star61: the convention of blind sets 57-60): told last, it is how
    # things stood, and the story still tells no result
    question = bank.get("beh.production-incident")
    cut = score_answer(question, Transcript(FOUND_LAST))
    assert cut.star is not None
    assert [s.label for s in cut.star.segments][-1] == "situation"
    assert "result" in cut.star.missing
    full = score_answer(question, Transcript(FOUND_LAST + FIXED))
    assert full.star is not None and "result" not in full.star.missing
    labels = [s.label for s in full.star.segments]
    assert labels[-3] != "action" and labels[-2:] == ["action", "result"]
    assert cut.overall < full.overall


def test_it_turned_out_before_an_outcome_is_still_the_result(bank: QuestionBank) -> None:
    text = (
        "Our churn model's accuracy kept dropping every few weeks and nobody knew why. "
        "I was asked to find the cause. "
        "I split the problem into data, features and training, and checked each one. "
        "I fixed the status codes and retrained the model. "
        "It turned out the retrained model was back to its old accuracy within a week."
    )
    got = score_answer(bank.get("beh.complex-problem"), Transcript(text))
    assert got.star is not None
    assert [s.label for s in got.star.segments][-1] == "result"
    assert "result" not in got.star.missing


def test_it_turned_out_as_the_finding_at_the_end_is_no_outcome(bank: QuestionBank) -> None:
    text = (
        "Our churn model's accuracy kept dropping every few weeks and nobody knew why. "
        "I was asked to find the cause. "
        "I split the problem into data, features and training, and checked each one. "
        "I compared the feature distributions month by month. "
        "It turned out that the billing system had started writing cancelled accounts with a "
        "different status code."
    )
    got = score_answer(bank.get("beh.complex-problem"), Transcript(text))
    assert got.star is not None
    assert "result" in got.star.missing


def test_what_a_look_showed_told_last_is_how_things_stood(bank: QuestionBank) -> None:
    text = (
        "Our delivery estimates were badly off for some stores and fine for others. "
        "I was asked to find out why before the holiday season. "
        "I pulled a month of orders and broke the error down by store and weekday. "
        "Almost all of the error came from stores that were closed on Sundays."
    )
    got = score_answer(bank.get("beh.complex-problem"), Transcript(text))
    assert got.star is not None
    # a finding is no step (star61): told last, how things stood, and no result is told
    assert [s.label for s in got.star.segments][-1] == "situation"
    assert "result" in got.star.missing


def test_where_a_gain_came_from_after_a_launch_is_still_the_result(bank: QuestionBank) -> None:
    text = (
        "Our ticket router sent a third of tickets to the wrong queue. "
        "I was asked to improve it within the quarter. "
        "I retrained it on a year of tickets and rolled it out to every queue. "
        "Misrouted tickets fell by half, and most of the gain came from tickets in Spanish."
    )
    got = score_answer(bank.get("beh.complex-problem"), Transcript(text))
    assert got.star is not None
    assert [s.label for s in got.star.segments][-1] == "result"
    assert "result" not in got.star.missing
