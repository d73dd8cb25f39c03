"""STAR labels, round 26 (issue 9, star26): a finding told last with no finding words."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

# A no-result story whose last sentence is what my look found, told as how a thing was
# ("was computed after", "was happening while"), with no "turned out" or "root cause".
FOUND_AS_STATE = [
    (
        "beh.model-underperformed",
        "Our churn model looked great offline and flat in the first A/B test. "
        "I had built it, so finding out why was my job. "
        "I compared the training labels with the raw billing events. "
        "The cancellation label was computed after the retention offer had already been shown.",
    ),
    (
        "beh.production-incident",
        "Our nightly scoring job failed about twice a week. "
        "As the engineer on call I had to make it reliable. "
        "I looked at the job's logs for the last ten failures. "
        "Each failure was happening while the nightly backup held a lock on the table.",
    ),
    (
        "beh.complex-problem",
        "Our support forecast was off every Monday. "
        "I had to fix it before the holiday season. "
        "I went through the Monday errors one by one. "
        "Most of them were public holidays that the calendar feature did not know about.",
    ),
]


@pytest.mark.parametrize(("qid", "text"), FOUND_AS_STATE)
def test_a_state_found_by_my_look_told_last_is_no_result(
    bank: QuestionBank, qid: str, text: str
) -> None:
    got = score_answer(bank.get(qid), Transcript(text))
    assert got.star is not None
    assert [s.label for s in got.star.segments][-1] == "action"
    assert "result" in got.star.missing


FIXED_THEN = (
    "Our support forecast was off every Monday. "
    "I had to fix it before the holiday season. "
    "I added the public holidays to the calendar feature and retrained. "
)
# How things stood after the work, told as a state after a look: still the result.
OUTCOME_AS_STATE = [
    FIXED_THEN + "I checked the Monday errors a month later. "
    "The error was down to four percent, half of what it had been.",
    FIXED_THEN + "I reviewed the new forecast with the planners. "
    "The new schedule was in place by the end of the month, and overtime was no longer needed.",
    FIXED_THEN + "I reviewed the new forecast with the planners. "
    "The forecast was approved for the whole season.",
]


@pytest.mark.parametrize("text", OUTCOME_AS_STATE)
def test_a_state_after_the_work_is_still_the_result(bank: QuestionBank, text: str) -> None:
    got = score_answer(bank.get("beh.complex-problem"), Transcript(text))
    assert got.star is not None
    assert [s.label for s in got.star.segments][-1] == "result"
    assert "result" not in got.star.missing
