"""STAR labels, round 24 (star24): a mistake of mine told before the task is the scene, a role
said without a comma before a stance is the task, and an outcome joined with a closing remark
stays an outcome. Each story is new (no held-out set's sentences); each test fails before
round 24."""

from __future__ import annotations

from simulator.core.scoring.star_gaps import is_reflection
from tests.core.scoring.star_stories import analysed, star_labels


def test_a_mistake_of_mine_and_its_damage_before_my_fix_are_the_scene() -> None:
    labels = star_labels(
        "Our ranking model was retrained every Sunday by a scheduled job.",
        "One week I skipped the validation step to save an afternoon and pushed the new model straight to production.",
        "The model had been trained on a half-empty table, and bookings from search fell by nine percent.",
        "I rolled back to the previous model as soon as the dashboard showed the drop.",
        "I added a check that blocks any model trained on less than ninety percent of the usual rows.",
        "Bookings recovered that evening, and I never skip validation now.",
    )
    assert labels == ["situation", "situation", "situation", "action", "action", "result"]


def test_a_mistake_told_after_the_task_stays_a_step() -> None:
    labels = star_labels(
        "Our finance team needed a weekly cash forecast for the board.",
        "My job was to build the forecast and its data pipeline in a month.",
        "I pulled the bank feeds into one table but forgot to remove the transfers between our own accounts.",
        "I trained a seasonal model on that table and sent the first forecast on time.",
        "The controller spotted the doubled totals, and I removed the transfers the same day.",
        "The corrected forecast was within three percent of actual cash for the next quarter.",
    )
    assert labels[2] == "action"


def test_a_role_before_a_stance_without_a_comma_is_the_task() -> None:
    labels = star_labels(
        "Our analysts spent every Monday rebuilding the same sales report by hand.",
        "As a senior analyst I was convinced that the report should be automated end to end.",
        "I wrote the queries as one scheduled job and added checks on the totals.",
        "I showed the team how to change the filters themselves.",
        "The report now builds itself overnight, and frankly I would not change a thing.",
    )
    assert labels[1] == "task"


def test_a_short_outcome_with_a_closing_remark_is_an_outcome() -> None:
    assert not is_reflection("It worked, and I'd do it again.")
    assert is_reflection("Looking back, I'd do it again.")
    star = analysed(
        "Our hospital partner wanted a readmission model within a month.",
        "In my role as the lead data scientist, I believed the team should start with a simple baseline.",
        "We agreed on a logistic regression with ten clinical features.",
        "I validated it with two nurses on last year's discharges.",
        "It worked, and I'd do it again.",
    ).star
    assert star.segments[-1].label == "result"
    assert "result" not in star.missing


def test_what_someone_explained_between_my_steps_is_a_finding() -> None:
    labels = star_labels(
        "Refund complaints at our online store doubled in one month.",
        "I was asked to find out why refunds were so slow.",
        "I pulled a sample of fifty late refunds from the ticket system.",
        "I then called three support agents to walk me through the refund steps.",
        "One of them explained that refunds over a limit waited for a manager who only checked them on Fridays.",
        "I proposed raising the limit and set up a daily digest of waiting refunds for the managers.",
        "Refund complaints fell by half the next month.",
    )
    # what the look turned up, no step of mine (star61); my next step is one
    assert labels[4] in ("situation", "result") and labels[5] == "action", labels


def test_a_habit_taken_up_afterwards_is_no_outcome() -> None:
    assert is_reflection("From then on I planned every migration as a series of small steps.")
    assert not is_reflection("Since then I have shipped three models with the same checks.")
    star = analysed(
        "Our weekly churn report went to the sales directors every Monday.",
        "I owned the report, so keeping its numbers right was my job.",
        "One Monday I noticed that the churn rate had halved overnight.",
        "I traced it to a join that had dropped every customer with two contracts, and I fixed it.",
        "Since then I compare the row counts before and after every join in the report.",
    ).star
    assert "result" in star.missing
