"""A negation word given as an example of a kind of word ("negations like *not*") is mentioned,
not used: it denies nothing (issue 9, case67, claim_clauses._example_named), in new words."""

from __future__ import annotations

from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.scoring.rubric_charges import shipped_question


def _charges(qid: str, text: str) -> list[str]:
    score = score_answer(shipped_question(qid), Transcript(text))
    return [m.phrase for m in score.misconceptions] + [
        k.contradiction for k in score.key_points if k.contradiction
    ]


def test_a_negation_named_as_an_example_denies_nothing() -> None:
    said = (
        "The cleaning step keeps little words such as no and handles reviews written in "
        "several languages, since dropping them flips the meaning of a complaint."
    )
    assert _charges("case.nlp-customer-reviews", said) == []


def test_a_negation_used_is_still_read() -> None:
    said = "Text preprocessing does not need to keep negation or handle other languages."
    assert _charges("case.nlp-customer-reviews", said)
