"""STAR labels, round 44 (issue 9, star44): what a look of mine found, said in two sentences or
with a clause about a noun ("the signals we have"), is a step between my steps, in any tense."""

from __future__ import annotations

from tests.core.scoring.star_stories import star_labels


def test_a_finding_said_in_two_sentences_between_my_steps_is_two_steps() -> None:
    labels = star_labels(
        "Our invoice classifier started sending most hotel bills to the wrong cost centre.",
        "I had to find the cause before the month-end close.",
        "I sampled two hundred misrouted bills and compared them with last month's.",
        "Nearly all of them come from one booking platform.",
        "Its new export puts the hotel name where the supplier field used to be.",
        "I added a mapping for that platform and retrained the classifier.",
        "Misrouted hotel bills fell from a third to under two percent.",
    )
    assert labels[3:6] == ["action", "action", "action"], labels


def test_a_finding_with_a_clause_about_a_noun_is_no_act_of_mine() -> None:
    # "the data we have" describes the data: it was read as an act of ours, so the finding
    # after the passive step stayed the scene
    labels = star_labels(
        "So it's last spring, and the sales director wants a model that names every leaver.",
        "He has already told his team it will halve the losses.",
        "My job is to show him what a model can really do before the quarterly plan.",
        "First the order history is pulled and a simple baseline is trained on it.",
        "The baseline finds about a third of the leavers, close to the best with the data we have.",
        "I book an hour with him and I show him the lift chart on one slide.",
        "He sets a target of ten percent instead of fifty.",
    )
    assert labels[4] == "action", labels


def test_an_act_set_apart_by_a_comma_is_still_mine() -> None:
    # "second best, we switched" is an act of ours, not a clause about "best"
    labels = star_labels(
        "Our team had to pick a vector database for the search launch.",
        "I was asked to recommend one within two weeks.",
        "I benchmarked three of them on a copy of our real queries.",
        "The one I had favoured came out second best, we switched, and the launch went ahead.",
    )
    assert labels[3] == "result", labels
