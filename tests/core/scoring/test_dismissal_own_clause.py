"""A dismissal reaches only its own clause (issue 9, blind set 57): "you don't need to choose k
up front and the dendrogram is interpretable" dismisses choosing k, not the dendrogram that a
coordinated clause with its own subject and verb goes on to praise. A coordinated object with
no verb of its own is still dismissed."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question
from tests.core.scoring.rubric_charges import contradictions, one_question

PACK = """
questions:
  - id: tech.tree-clustering
    category: technical
    topic: clustering
    difficulty: 2
    prompt: How does tree-based clustering of customers work?
    time_limit_s: 120
    key_points:
      - id: tree
        label: It builds a merge tree; cut it at a height for the clusters
        weight: 2
        phrases: [merge tree]
      - id: scaling
        label: Scale the features first
        weight: 2
        phrases: [feature scaling]
      - id: backtest
        label: Check the segments against a later month
        weight: 2
        phrases: [later month]
    model_answer: >-
      It builds a merge tree and you cut it at a height for the clusters. Feature scaling comes
      first, and I check the segments against a later month.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    return one_question(PACK, "tree.yaml")


@pytest.mark.parametrize(
    "text",
    [
        "You don't need to pick the count up front and the merge tree is easy to read.",
        "We don't need to fix a count, but the merge tree does show where to cut.",
        "I'd skip choosing a count and the merge tree has every level anyway.",
    ],
)
def test_a_coordinated_clause_with_its_own_verb_is_not_dismissed(
    question: Question, text: str
) -> None:
    assert "tree" not in contradictions(question, text)


@pytest.mark.parametrize(
    "text",
    [
        "You don't need to look at the merge tree.",
        "You don't need feature scaling and the merge tree.",
        "You don't need a merge tree, and the clusters are obvious anyway.",
    ],
)
def test_what_the_dismissal_names_is_still_charged(question: Question, text: str) -> None:
    assert "tree" in contradictions(question, text)
