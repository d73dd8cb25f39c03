"""What is set apart or listed as a mistake is not the speaker's claim (issue 9, flag68,
stance.py), in new words, with guards: an "unlike" phrase closed by a comma
(_in_closed_unlike), and items counted by ordinals after a sentence naming mistakes in the
plural (_counted_under_warning)."""

from __future__ import annotations

from tests.core.scoring.rubric_charges import charged, shipped_misconceptions, shipped_question


def _charges(qid: str, text: str) -> list[str]:
    return charged(shipped_question(qid), text)


def test_an_unlike_phrase_closed_by_a_comma_is_set_apart() -> None:
    said = "Unlike vanilla gradient descent with momentum, AdaGrad adapts the learning rate per parameter."
    assert shipped_misconceptions("tech.momentum", said) == []


def test_the_claim_of_the_main_clause_is_still_charged() -> None:
    said = "Momentum adapts the learning rate per parameter, unlike plain SGD."
    assert shipped_misconceptions("tech.momentum", said)


def test_ordinals_count_the_mistakes_named_just_before() -> None:
    said = (
        "There are a few classic misreadings. First, taking the p-value as the probability "
        "that the null hypothesis is true. That needs a prior. Second, treating 0.05 as a cliff."
    )
    assert _charges("tech.p-values", said) == []


def test_a_single_mistake_named_opens_no_list() -> None:
    said = (
        "A common mistake is to stop the test early. First, the p-value is the probability "
        "that the null hypothesis is true."
    )
    assert _charges("tech.p-values", said)
