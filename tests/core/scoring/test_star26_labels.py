"""STAR labels, round 26 (issue 9, star26): a finding told last with no finding words, opening
scene sentences in short stories, a scene sentence read as the task."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.scoring.star_stories import analysed, star_labels

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
    # what the look found, told last, is how things stood (star61), no step and no result
    assert [s.label for s in got.star.segments][-1] == "situation"
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


# Opening scene sentences with a number and a change verb, in a story of four sentences (the
# second sentence sits at 0.375, past the old "early" line), and a field named like a gerund.
def test_the_second_sentence_of_a_short_story_is_still_the_scene() -> None:
    assert star_labels(
        "Our marketplace had about two hundred thousand sellers.",
        "Over the summer, fraudulent listings rose to three percent of new listings.",
        "I rebuilt the listing classifier with seller history features.",
        "Fraudulent listings fell below one percent within two months.",
    ) == ["situation", "situation", "action", "result"]
    assert star_labels(
        "Three years ago our data team doubled from five to ten people in six months.",
        "Code reviews slowed to a week per pull request.",
        "I proposed a rota where two people reviewed each day.",
        "Review time dropped to one day.",
    ) == ["situation", "situation", "action", "result"]


def test_a_team_named_like_a_gerund_is_no_step() -> None:
    labels = star_labels(
        "Our recommendation emails had a click rate of one percent.",
        "Marketing was asking for a better ranking before the spring campaign.",
        "I added purchase history features and retrained the ranker.",
        "I ran an A/B test on ten percent of the list.",
        "The click rate doubled to two percent.",
    )
    assert labels[1] == "situation"


def test_someone_elses_goal_between_scene_and_steps_is_no_task() -> None:
    got = analysed(
        "The warehouse had no forecast at all, and planners ordered stock from memory.",
        "The company's goal for the year was to cut waste by a fifth.",
        "I built a weekly forecast per product from two years of sales.",
        "I went through the first forecasts with the planners every Monday.",
        "Waste fell by eighteen percent that year.",
    ).star
    assert [s.label for s in got.segments][:3] == ["situation", "situation", "action"]
    assert "task" in got.missing
    # A goal that is mine, in the same place, is the task.
    told = analysed(
        "The warehouse had no forecast at all, and planners ordered stock from memory.",
        "My goal for the year was to cut waste by a fifth.",
        "I built a weekly forecast per product from two years of sales.",
        "Waste fell by eighteen percent that year.",
    ).star
    assert [s.label for s in told.segments][1] == "task" and "task" not in told.missing


STEPS = (
    "Our demand forecast for fresh produce was off by thirty percent every weekend. "
    "I owned the forecast, so fixing it was my job. "
    "I broke the error down by store and by day of the week. "
    "I added weather and local events as features and retrained the model. "
)
# Endings that say nothing of what came of the steps: a cause told in the past perfect, a
# step in the passive after "The retrained model" (a participle, not the main verb), a plan.
NO_OUTCOME_ENDINGS = [
    "Most of the weekend error had come from stores near the stadium.",
    "The retrained model was then handed to the platform team for the launch.",
    "The new version was scheduled to go live in March.",
]


@pytest.mark.parametrize("ending", NO_OUTCOME_ENDINGS)
def test_an_ending_with_no_outcome_reports_the_result_missing(ending: str) -> None:
    full = analysed(STEPS + "Weekend errors fell to twelve percent in the first month.")
    assert "result" not in full.star.missing
    cut = analysed(STEPS + ending)
    assert "result" in cut.star.missing
    assert cut.score < full.score - 20


def test_a_plan_ending_is_named_in_the_basis() -> None:
    cut = analysed(STEPS + "The new version was scheduled to go live in March.")
    assert "only a plan" in cut.basis


def test_a_past_perfect_change_told_last_is_still_the_result() -> None:
    got = analysed(STEPS + "Within a month the weekend error had fallen to twelve percent.")
    assert [s.label for s in got.star.segments][-1] == "result"
    assert "result" not in got.star.missing


def test_steps_all_someone_elses_report_the_action_missing() -> None:
    scene = (
        "Our churn model's precision had dropped to forty percent over the winter. "
        "I was responsible for the model, so I had to get it back on track. "
    )
    end = "Precision came back to seventy percent by the spring."
    theirs = analysed(
        scene + "The data engineering team rebuilt the feature pipeline over the next month. "
        "My manager then approved a retraining budget. " + end
    )
    assert "action" in theirs.star.missing
    assert "someone else's" in theirs.basis
    mine = analysed(
        scene + "I rebuilt the feature pipeline with the data engineering team over the next "
        "month. My manager then approved a retraining budget. " + end
    )
    assert "action" not in mine.star.missing
    assert mine.score > theirs.score


def test_the_tips_say_what_the_hollow_part_ends_on(bank: QuestionBank) -> None:
    question = bank.get("beh.complex-problem")
    plan = score_answer(
        question, Transcript(STEPS + "The new version was scheduled to go live in March.")
    )
    assert any("ends on a plan" in tip for tip in plan.feedback)
    theirs = score_answer(
        question,
        Transcript(
            "Our churn model's precision had dropped to forty percent over the winter. "
            "I was responsible for the model, so I had to get it back on track. "
            "The data engineering team rebuilt the feature pipeline over the next month. "
            "My manager then approved a retraining budget. "
            "Precision came back to seventy percent by the spring."
        ),
    )
    assert any("every step is someone else's" in tip for tip in theirs.feedback)


def test_a_launch_or_an_offer_before_any_step_is_the_scene() -> None:
    launch = star_labels(
        "We launched a new search ranker that had beaten the old one in every offline test.",
        "A week later, searches that ended in a purchase had fallen, not risen.",
        "I compared the clicked results of both rankers query by query.",
        "I retrained the ranker on purchases instead of clicks.",
        "Purchases from search rose by four percent in the next test.",
    )
    assert launch[0] == "situation" and launch[-1] == "result"
    offer = star_labels(
        "A vendor offered us a dataset of customer income estimates for our credit model.",
        "I was worried that the estimates came from data people never agreed to share.",
        "I asked the vendor for their consent records and took them to our privacy team.",
        "We turned the offer down, and the model shipped without the data.",
    )
    assert offer[0] == "situation"


def test_a_story_opening_with_its_success_keeps_it_as_a_result() -> None:
    labels = star_labels(
        "We delivered the churn report a week before the board meeting, and it was adopted as "
        "the team's monthly report.",
        "At the time our churn numbers came from three spreadsheets that never agreed.",
        "I was responsible for making one number everyone trusted.",
        "I rebuilt the numbers from the billing tables and checked them against finance.",
        "The board now reads one churn number, and finance signs it off every month.",
    )
    assert labels[0] == "result"
