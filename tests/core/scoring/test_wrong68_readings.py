"""Confidently wrong claims that went unread for a word of plain English (issue 9, wrong68).

Each case is written here in new words; each failed before, and each has its guard:

* "the same" followed by a noun of kind ("the same *technique*", "the same *computation* as")
  says what "the same thing (as)" says; "under another name" after it says the sameness again,
  it sets no condition (outside_sameness.KIND_NOUNS, _RENAMED);
* "the same" before a noun in the accepted view names a property two things share ("the same
  output whatever the batch"), which equates nothing: it no longer keeps every claim naming
  "batch" from being read (outside_sameness._states_sameness);
* an adverb of emphasis or certainty between a subject and its verb ("TF-IDF *actually*
  captures word order") names no subject: the clause break before "actually" opens no new
  clause inside the claim (stance._ADVERBS).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

REPO = Path(__file__).resolve().parents[3]


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


def _charges(qid: str, text: str) -> list[str]:
    """Every charge: contradicted key points and misconceptions."""
    score = score_answer(_bank().get(qid), Transcript(text))
    return [f"{k.id}: {k.contradiction}" for k in score.key_points if k.contradiction] + [
        f"misconception: {m.phrase}" for m in score.misconceptions
    ]


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        # a pair called one thing of a kind (failed before: no charge)
        (
            "tech.batch-normalization",
            "Batch normalization and weight decay are basically the same technique.",
        ),
        # one thing called the same of a kind as another, and the accepted view's "the same
        # output whatever the batch" equates nothing (failed before: no charge)
        (
            "tech.batch-normalization",
            "Instance normalization is just the same computation as batch normalization.",
        ),
        # the same, "under another name" (failed before: no charge)
        (
            "tech.gradient-boosting",
            "Boosting and bagging are really the same idea under another name.",
        ),
        (
            "tech.gradient-boosting",
            "Gradient boosting is the same method as a random forest, just with a different name.",
        ),
    ],
)
def test_the_same_of_a_kind_is_a_sameness(qid: str, text: str) -> None:
    assert len(_charges(qid, text)) == 1


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        # a condition sets when it holds
        (
            "tech.batch-normalization",
            "With a batch of one example, batch normalization is the same operation as "
            "instance normalization.",
        ),
        # a property two things share
        ("tech.batch-normalization", "At inference the two layers keep the same size."),
        # the speaker's own step likened to a known idea: an analogy (every-set run: a strong
        # answer's "Decomposing it this way is the same idea as a critical-path estimate")
        (
            "case.eta-prediction",
            "Splitting it into legs like this is the same idea as a critical-path estimate.",
        ),
        # denied
        (
            "tech.gradient-boosting",
            "Boosting and bagging are not the same procedure: boosting fits each new tree to "
            "the errors of the ones before it.",
        ),
    ],
)
def test_a_condition_a_shared_property_or_a_denial_is_no_sameness(qid: str, text: str) -> None:
    assert _charges(qid, text) == []


def test_an_adverb_of_emphasis_does_not_cut_a_claim() -> None:
    # failed before: no charge ("actually" read as the subject of "captures")
    assert _charges("tech.tf-idf", "TF-IDF actually captures word order.") == [
        'limits: "tf idf captures word order"'
    ]


@pytest.mark.parametrize(
    "text",
    [
        "TF-IDF actually ignores word order, which is its main weakness.",
        "People assume TF-IDF captures word order, but it actually ignores it.",
    ],
)
def test_the_adverb_guard_a_true_claim_or_a_warning(text: str) -> None:
    assert _charges("tech.tf-idf", text) == []
