"""A modifier is said of the noun after it: "offline recall" swaps nothing of "online tests"
(issue 9, flag68, substituted_terms._said_of_another), in new words, with guards."""

from __future__ import annotations

from simulator.core.scoring.substituted_terms import substitutions
from tests.core.scoring.rubric_charges import charged, shipped_question


def _charges(qid: str, text: str) -> list[str]:
    return charged(shipped_question(qid), text)


def test_a_modifier_of_another_noun_swaps_nothing() -> None:
    said = (
        "Evaluation: offline recall at ten on a held-out set of shopper photos plus human "
        "judgments of the matches, then an online experiment on purchases."
    )
    assert substitutions(shipped_question("case.image-search"), said) == []
    assert _charges("case.image-search", said) == []


def test_the_rival_said_of_the_same_noun_is_still_a_substitution() -> None:
    said = "Retrieval metrics plus human judgments and offline tests."
    found = substitutions(shipped_question("case.image-search"), said)
    assert [s.said for s in found] == ["offline"]
    pooled = "Macro averaging pools the counts across all the examples before computing one score."
    assert [s.said for s in substitutions(shipped_question("tech.multiclass-averaging"), pooled)]
