"""A sentence about two subjects is read one clause at a time (issue 9, pair23).

"Random forest is bagging and XGBoost is boosting" says nothing of random forest being
boosting: a rubric wrong claim is matched within one subject's clause, its subject and its
predicate, never with the subject of one clause and the predicate of the next (joined by "and",
"or", "while", "whereas", "but", a comma or a semicolon, the second subject named bare or with
an article). And an attribute said in one clause is not said of the subject of the other.
The sentences are the author's own, written for these tests.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring.stance import new_subject_inside
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import charged, one_question

# The claims' words are spread over both clauses of the right answers below; the accepted
# view says none of them loosely, so nothing but the clause reading keeps them apart.
PACK = """
questions:
  - id: tech.two-ensembles
    category: technical
    topic: ensembles
    difficulty: 2
    prompt: Compare the two ensemble families and what each one mostly fixes.
    time_limit_s: 120
    key_points:
      - id: fixes
        label: One family cuts variance, the other cuts bias
        weight: 3
        phrases: [cuts variance, cuts bias]
        contradicted_by: ["stacking is bagging"]
    misconceptions:
      - id: swapped
        phrases: [bagging mainly reduces bias, boosting mainly reduces variance]
        correction: The averaging family cuts variance; the sequential family cuts bias.
    model_answer: >-
      The averaging family cuts variance. The sequential family cuts bias.
"""


@pytest.mark.parametrize(
    "text",
    [
        "Bagging mainly reduces variance and boosting mainly reduces bias.",
        "Bagging mainly lowers variance while boosting mainly reduces bias.",
        "Bagging mainly lowers variance, boosting mainly reduces bias.",
        "Bagging mainly lowers variance; boosting mainly reduces bias.",
        "Bagging mainly lowers variance whereas boosting on the other hand reduces bias.",
        "Bagging mainly lowers variance and the boosting family reduces bias.",
        "Stacking is blending and bagging is averaging.",
        "Stacking is its own thing, bagging is averaging.",
    ],
)
def test_claim_across_two_subjects_clauses_is_not_charged(text: str) -> None:
    assert charged(one_question(PACK, "two.yaml"), text) == []


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Bagging mainly reduces bias and boosting mainly reduces variance.", "bagging"),
        ("Bagging mainly reduces bias, and that is why it works.", "bagging"),
        ("Stacking is bagging and it averages models.", "fixes"),
        ("Honestly, stacking is just bagging.", "fixes"),
    ],
)
def test_claim_inside_one_clause_is_still_charged(text: str, claim: str) -> None:
    said = charged(one_question(PACK, "two.yaml"), text)
    assert said and said[0].startswith(claim)


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        ("random forest is bagging and xgboost is boosting", "random forest is boosting", True),
        ("random forest is bagging, xgboost is boosting", "random forest is boosting", True),
        (
            "random forest is bagging and gradient boosted trees are boosting",
            "random forest is boosting",
            True,
        ),
        # one subject: a verb phrase joined by "and", or a plural after its modifier
        ("boosting trains deep trees and averages them", "boosting trains and averages", False),
        ("boosting uses bootstrap samples and averages", "boosting uses and averages", False),
    ],
)
def test_new_subject_inside(text: str, claim: str, expected: bool) -> None:
    tokens = tokenize(text)
    ws = tokens.words
    own = set(claim.split())
    first = ws.index(claim.split()[0])
    last = len(ws) - 1 - ws[::-1].index(claim.split()[-1])
    assert new_subject_inside(tokens, (first, last + 1), own) is expected


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        ("tech.bagging-vs-boosting", "Random forest is bagging and XGBoost is boosting."),
        ("tech.bagging-vs-boosting", "Random forest is bagging, AdaBoost is boosting."),
        (
            "tech.bagging-vs-boosting",
            "Random forest is a bagging method, and gradient boosted trees are boosting.",
        ),
        (
            "tech.decision-trees-random-forests",
            "Averaging cuts variance and boosting reduces bias.",
        ),
        (
            "tech.decision-trees-random-forests",
            "Boosting fixes errors one at a time and averaging cuts variance.",
        ),
        (
            "tech.decision-trees-random-forests",
            "Averaging deep trees mainly reduces variance and boosting on the other hand "
            "reduces bias.",
        ),
        (
            "tech.bert-vs-gpt",
            "BERT is an encoder. I'd pick BERT for quick, cheap classification and GPT for "
            "writing text.",
        ),
    ],
)
def test_shipped_questions_two_subjects_not_charged(
    bank: QuestionBank, qid: str, text: str
) -> None:
    assert charged(bank.get(qid), text) == []


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        ("tech.bagging-vs-boosting", "Random forest is boosting."),
        ("tech.bagging-vs-boosting", "Boosting trains models in parallel and averages them."),
        ("tech.bagging-vs-boosting", "Boosting uses bootstrap samples and averages."),
        ("tech.bagging-vs-boosting", "Bagging trains models sequentially."),
        ("tech.bert-vs-gpt", "GPT is the one to pick for classification."),
    ],
)
def test_shipped_questions_one_subject_wrong_still_charged(
    bank: QuestionBank, qid: str, text: str
) -> None:
    assert charged(bank.get(qid), text)
