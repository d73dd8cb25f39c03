"""Duplicates removed or grouped are no copies made (issue 9, flag68,
claims_practice._resampling_at), in new words, with a guard."""

from __future__ import annotations

from tests.core.scoring.rubric_charges import charged, shipped_question


def _charges(qid: str, text: str) -> list[str]:
    return charged(shipped_question(qid), text)


def test_removing_or_grouping_duplicates_makes_no_copies() -> None:
    for said in (
        "First I would remove duplicate transactions, then split by time so validation is a "
        "later month.",
        "I'd group near-duplicate claims together before splitting so copies never land on "
        "both sides.",
    ):
        assert _charges("case.fraud-detection", said) == []


def test_making_copies_before_the_split_is_still_charged() -> None:
    said = "Duplicate the rare fraud cases until the classes balance, and only then split."
    assert _charges("case.fraud-detection", said) == [
        "oversampling, SMOTE or augmenting before the train/test split"
    ]
