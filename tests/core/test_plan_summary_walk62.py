"""Home's line under the plan, decided in the core (issue 8, walk62): a Custom plan with no
topic ticked says it asks any topic (nothing on Home said that none ticked means all), and a
plan's topics are named up to three, the rest counted, so the line and the reason Start is
disabled keep to the two lines Home gives them and end with their advice."""

from __future__ import annotations

from simulator.core.plan import Plan, TopicCounts, plan_summary, shortfall, topics_said


def test_a_custom_plan_with_no_topic_ticked_says_any_topic() -> None:
    plan = Plan.spread(3, ["technical", "case"])
    assert plan_summary(plan, True) == (
        "2 technical, 1 case study on any topic (none ticked) — about 15 minutes."
    )
    # a preset's topics are not ticked by the person: nothing to say about them
    assert plan_summary(plan, False) == "2 technical, 1 case study — about 15 minutes."
    assert plan_summary(Plan.spread(3, []), True) == ""


def test_topics_are_named_as_the_list_shows_them_and_past_three_counted() -> None:
    assert topics_said([]) == ""
    assert topics_said(["cnn", "bias-variance"]) == " on CNN and bias variance"
    many = ["advertising", "churn", "clustering", "cnn", "conflict"]
    assert topics_said(many) == " on advertising, churn, clustering and 2 more topics"
    assert plan_summary(Plan.spread(1, ["technical"], many), True) == (
        "1 technical on advertising, churn, clustering and 2 more topics — about 5 minutes."
    )
    counts = TopicCounts({("technical", "cnn"): 1})
    why = shortfall(counts, Plan.spread(2, ["technical"], many))
    assert why == (
        "Only 1 technical question on advertising, churn, clustering and 2 more topics for 2 "
        "asked: ask for fewer or choose more topics."
    )
