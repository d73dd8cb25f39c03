"""Confidently wrong answers to an outside author's rubric that lists no wrong claims (issue 9,
wrong34): the model answer and the labels are the accepted claims.

* two things the model answer alone tells apart ("the query tower ..., and the item tower
  ...", "balances exploration and exploitation") are names an answer can swap;
* "no ranking model is needed", "a ranking model is never needed", "X never helps" (for a
  point the rubric prescribes) and "X has nothing to do with Y" deny a key point;
* a sentence already charged makes no comparison for another clause's size.

Each wrong version is charged and names the key point; the correct versions are not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from simulator.core.scoring import score_answer
from simulator.core.scoring.named_sides import _named
from simulator.core.transcript import Transcript

_REPO = Path(__file__).resolve().parents[3]
_DEV = _REPO / "tests" / "core" / "scoring" / "packs" / "wrong34dev"


@pytest.fixture(scope="module")
def bank() -> QuestionBank:
    return load_packs([_REPO / "questions", _DEV])


def _charged(bank: QuestionBank, qid: str, text: str) -> dict[str, str]:
    score = score_answer(bank.get(qid), Transcript(text))
    out = {k.id: k.contradiction for k in score.key_points if k.contradiction}
    out.update({f"misconception {n}": m.phrase for n, m in enumerate(score.misconceptions)})
    return out


def test_subjects_of_parallel_clauses_with_articles_are_names(bank: QuestionBank) -> None:
    q = bank.get("tech.w34d-two-tower-retrieval")
    names, _kinds = _named(q.prompt, q.model_answer, tuple(k.label for k in q.key_points))
    said = {n for group in names for n in group}
    assert {("queri", "tower"), ("item", "tower")} <= said


def test_swapped_towers_named_only_in_the_model_answer(bank: QuestionBank) -> None:
    wrong = (
        "A two-tower model has a query tower and an item tower. The query tower is run offline, "
        "and its vectors are stored in an approximate nearest neighbour index, while the item "
        "tower runs online for each request and turns the user and the context into a vector."
    )
    charged = _charged(bank, "tech.w34d-two-tower-retrieval", wrong)
    assert "precompute" in charged
    assert "query tower" in charged["precompute"]


def test_towers_told_right_are_not_charged(bank: QuestionBank) -> None:
    right = (
        "It has a query tower and an item tower. The item tower runs offline and its vectors go "
        "into an approximate nearest neighbour index, while the query tower runs online per "
        "request and turns the user and context into a vector; the score is the dot product."
    )
    assert _charged(bank, "tech.w34d-two-tower-retrieval", right) == {}


def test_pair_the_model_answer_balances_is_read(bank: QuestionBank) -> None:
    q = bank.get("tech.w34d-epsilon-greedy")
    names, _kinds = _named(q.prompt, q.model_answer, tuple(k.label for k in q.key_points))
    said = {n for group in names for n in group}
    assert {("explor",), ("exploit",)} <= said
    wrong = (
        "Epsilon is decayed over time, so the bandit exploits early and explores once its "
        "estimates are reliable."
    )
    assert "decay" in _charged(bank, "tech.w34d-epsilon-greedy", wrong)
    right = (
        "Epsilon is decayed over time, so the bandit explores early and exploits once its "
        "estimates are reliable."
    )
    assert _charged(bank, "tech.w34d-epsilon-greedy", right) == {}


@pytest.mark.parametrize(
    "wrong",
    [
        "Because the towers meet at every layer, so no ranking model is needed afterwards.",
        "A ranking model is never needed afterwards.",
        "No heavier ranking model is required after retrieval.",
    ],
)
def test_no_x_is_needed_dismisses_the_point(bank: QuestionBank, wrong: str) -> None:
    charged = _charged(bank, "tech.w34d-two-tower-retrieval", wrong)
    assert "not needed" in charged.get("no-cross-features", "")


@pytest.mark.parametrize(
    "right",
    [
        "Cross features are lost, so a heavier ranking model is needed afterwards; no second "
        "index is required for the items.",
        "No ranking model can be skipped, and a ranking model is always needed afterwards.",
    ],
)
def test_what_is_needed_is_not_dismissed(bank: QuestionBank, right: str) -> None:
    assert "no-cross-features" not in _charged(bank, "tech.w34d-two-tower-retrieval", right)


@pytest.mark.parametrize(
    ("wrong", "point"),
    [
        ("Including the failures never helps.", "fix"),
        ("Point-in-time data does not help with survivorship bias.", "fix"),
        ("Delisted firms have nothing to do with it.", "ml-example"),
    ],
)
def test_a_point_said_to_do_nothing_is_denied(bank: QuestionBank, wrong: str, point: str) -> None:
    assert point in _charged(bank, "tech.w34d-survivorship-bias", wrong)


@pytest.mark.parametrize(
    "right",
    [
        "Including the failures helps; looking only at the survivors never helps.",
        "If the data set already holds every firm, point-in-time data does not help much more.",
        "The fix is point-in-time data that includes the failures and the delisted firms.",
    ],
)
def test_what_helps_is_not_denied(bank: QuestionBank, right: str) -> None:
    assert _charged(bank, "tech.w34d-survivorship-bias", right) == {}


def test_a_turned_over_clause_makes_no_comparison_for_another(bank: QuestionBank) -> None:
    wrong = (
        "A smaller learning rate needs fewer trees to reach the same training loss, so training "
        "gets faster. A larger learning rate with few trees usually generalizes better."
    )
    charged = _charged(bank, "tech.w34d-boosting-shrinkage", wrong)
    assert {"more-trees", "generalizes"} <= set(charged)
    right = (
        "A smaller learning rate needs more trees to reach the same training loss. A larger "
        "learning rate with few trees usually overfits, and generalizes worse."
    )
    assert _charged(bank, "tech.w34d-boosting-shrinkage", right) == {}
