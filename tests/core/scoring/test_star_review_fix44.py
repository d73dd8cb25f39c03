"""STAR labels, reviewed after round 44 (fix44): gladness about an outcome is no offer to tell
more; someone else's offer after a clause of mine is theirs; a time word before "I"/"we" is no
noun the clause describes."""

from __future__ import annotations

import pytest

from simulator.core.scoring.star_context import my_act
from simulator.core.scoring.star_offers import offer_left_out
from simulator.core.scoring.star_remarks import offer_to_say_more
from simulator.core.scoring.text import words
from tests.core.scoring.star_stories import SCENE, STEP_1, STEP_2, TASK, star_labels


@pytest.mark.parametrize(
    "outcome",
    [
        "Happy to say misrouted tickets fell from twelve percent to four percent.",
        "Glad to say the support team kept the new routing for good.",
        "I'm happy to say the misroutes fell by two thirds within a month.",
    ],
)
def test_gladness_about_an_outcome_is_the_result(outcome: str) -> None:
    assert not offer_to_say_more(outcome, words(outcome))
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, outcome)[-1] == "result"


@pytest.mark.parametrize(
    "offer",
    [
        "Happy to say more about the feature choice if you like.",
        "Glad to say a bit more about how we labelled the tickets.",
        "Happy to walk you through the alert rules.",
    ],
)
def test_an_offer_of_more_said_gladly_is_still_an_offer(offer: str) -> None:
    assert offer_to_say_more(offer, words(offer))


@pytest.mark.parametrize(
    "sentence",
    [
        "After we fixed the churn model, the client offered to renew the contract for two years.",
        "Once we shipped it, the head of sales offered us budget for a second team.",
        "When we showed the figures, their lead proposed that we run it for every region.",
    ],
)
def test_someone_elses_offer_after_a_clause_of_mine_is_theirs(sentence: str) -> None:
    assert offer_left_out(words(sentence), sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Their offer was too high, so I offered to relabel the data ourselves.",
        "Their price was too high, so I offered to relabel the data ourselves.",
        "I told him what would happen if we launched, and offered to help him plan it.",
        "We also proposed a smaller pilot for the spring.",
    ],
)
def test_my_offer_is_cut_at_its_own_verb(sentence: str) -> None:
    left = offer_left_out(words(sentence), sentence)
    assert left is not None
    kept_words, kept_text = left
    assert kept_words == words(kept_text)  # no word of the sentence read twice
    offered = sentence.split("offered" if "offered" in sentence else "proposed")[1]
    assert not set(words(offered)) - {"to"} & set(kept_words[-3:])


def test_someone_elses_offer_that_ends_the_story_is_its_result() -> None:
    last = (
        "After we fixed the routing model, the support lead offered to roll it out to every queue."
    )
    assert star_labels(SCENE, TASK, STEP_1, STEP_2, last)[-1] == "result"


@pytest.mark.parametrize(
    "sentence",
    [
        "Later we rolled the change back.",
        "Now we retrain it every week.",
        "Together we rebuilt the features.",
        "Monday I paged the owner.",
        "Two weeks later we moved the job to the new cluster.",
        "That week I rewrote the alert rules.",
    ],
)
def test_a_time_word_or_an_adverb_before_i_or_we_is_no_noun_described(sentence: str) -> None:
    assert my_act(words(sentence), sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The data we have is thin.",
        "The model I built kept drifting.",
        "Everything we tried failed.",
    ],
)
def test_a_clause_describing_a_noun_is_still_no_act_of_mine(sentence: str) -> None:
    assert not my_act(words(sentence), sentence)
