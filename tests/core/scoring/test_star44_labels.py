"""STAR labels, round 44 (issue 9, star44): what a look of mine found, said in two sentences or
with a clause about a noun ("the signals we have"), is a step between my steps, in any tense;
what I offered is a step, not an outcome; an offer to tell more, said gladly, is about the
telling."""

from __future__ import annotations

import pytest

from tests.core.scoring.star_stories import OUTCOME, SCENE, STEP_1, STEP_2, TASK, star_labels


def test_a_finding_said_in_two_sentences_between_my_steps_is_two_findings_r61() -> None:
    labels = star_labels(
        "Our invoice classifier started sending most hotel bills to the wrong cost centre.",
        "I had to find the cause before the month-end close.",
        "I sampled two hundred misrouted bills and compared them with last month's.",
        "Nearly all of them come from one booking platform.",
        "Its new export puts the hotel name where the supplier field used to be.",
        "I added a mapping for that platform and retrained the classifier.",
        "Misrouted hotel bills fell from a third to under two percent.",
    )
    assert labels[3:6] == ["result", "result", "action"], labels


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
    assert labels[4] in ("situation", "result"), labels  # a finding, no step (star61)


def test_an_act_set_apart_by_a_comma_is_still_mine() -> None:
    # "second best, we switched" is an act of ours, not a clause about "best"
    labels = star_labels(
        "Our team had to pick a vector database for the search launch.",
        "I was asked to recommend one within two weeks.",
        "I benchmarked three of them on a copy of our real queries.",
        "The one I had favoured came out second best, we switched, and the launch went ahead.",
    )
    assert labels[3] == "result", labels


OFFER_STORY = (
    "Our sales team wanted the lead-scoring model to also predict deal size for the launch.",
    "I was responsible for what the model could promise by the launch date.",
    "I tested deal size on last year's data and it was wrong by half in most cases.",
    "I said no to the deal-size feature in writing and offered to help them launch the scores "
    "on time.",
    "The scores went live on the launch date, and deal size moved to the next quarter's plan.",
)


def test_what_i_offered_is_a_step_not_an_outcome() -> None:
    # "launch ... on time" is what I offered, not what came of the story
    assert star_labels(*OFFER_STORY)[3] == "action"


def test_offer_left_out_keeps_the_offer_verb_and_a_clause_of_its_own() -> None:
    from simulator.core.scoring.star_offers import offer_left_out
    from simulator.core.scoring.text import words

    def left(text: str) -> str | None:
        got = offer_left_out(words(text), text)
        return got and got[1]

    assert left("I offered to pair with her every morning for two weeks.") == "I offered to."
    assert left("We proposed three stages, with the rules shipped between them.") == "We proposed."
    assert left("I offered a fix, and she agreed at once.") == "I offered, and she agreed at once."
    # someone else's offer, and an offer as a thing, are read whole
    assert left("The vendor offered to relabel the batch for free.") is None
    assert left("We agreed on a retention offer for the top decile.") is None


@pytest.mark.parametrize(
    "closer",
    [
        "I'd be happy to share the runbook we wrote for it.",
        "Happy to walk you through the alert rules.",
        "I'd be glad to sketch the pipeline on the whiteboard if you like.",
    ],
)
def test_an_offer_to_tell_more_said_gladly_is_about_the_telling(closer: str) -> None:
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, closer)
    assert labels[-1] == "other", labels


def test_an_offer_of_my_work_to_others_is_still_part_of_the_story() -> None:
    # no gladness and no wish of the listener: "I can share" stays what it was
    labels = star_labels(SCENE, TASK, STEP_1, STEP_2, OUTCOME, "I can share it with the team.")
    assert labels[-1] != "other", labels


def test_a_finding_after_a_question_i_put_and_before_an_aside_is_no_step_r61() -> None:
    # the look is a question put to someone, told in the present; a comment stands between the
    # finding and my next step
    labels = star_labels(
        "The data team wants to switch off the nightly backfill to save money.",
        "Our demand forecast needs it, and I have to keep it running for us.",
        "I ask their lead what the backfill actually costs them each month.",
        "Most of it is one cluster that is far too big for the job.",
        "Which, honestly, happens everywhere.",
        "I offer two days of my time to resize the cluster with them.",
        "They keep the backfill, and its cost drops by half.",
    )
    assert labels[3] == "situation", labels  # how things stood (star61)
    assert labels[5] == "action", labels
