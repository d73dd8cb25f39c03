"""An answer that opens on an instruction ("Frame it as two parts", "Begin with a seasonal
baseline", "Break the system into retrieval and ranking") states the speaker's plan, not another
concept it is about: read as the concept "frame", a strong price-optimization answer kept a
quarter of its key-point credit (16, below its partial answer's 45; every28a's held-out). A
concept named first and followed by its verb, or by a comma, is still read as one. Real bank."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring.answer_subject import other_concept
from simulator.core.scoring.text import tokenize


@pytest.mark.parametrize(
    ("qid", "opening"),
    [
        (
            "case.price-optimization",
            "Frame it as two parts: estimating demand and choosing a price.",
        ),
        ("case.demand-forecasting", "Begin with a seasonal naive baseline."),
        ("case.search-ranking", "Break the system into retrieval and ranking."),
        ("case.stock-prices", "Pose it as predicting returns, not prices."),
        ("tech.dropout", "Consider a network with many hidden units."),
        ("case.nlp-customer-reviews", "Break each review into the things it talks about."),
    ],
)
def test_an_instruction_names_no_other_concept(bank: QuestionBank, qid: str, opening: str) -> None:
    assert other_concept(bank.get(qid), tokenize(opening)) is None


@pytest.mark.parametrize(
    ("qid", "opening", "name"),
    [
        ("tech.batch-normalization", "Dropout is a regularizer.", "dropout"),
        ("tech.time-series-validation", "ARIMA models the series linearly.", "arima"),
        # a comma: the concept, then an aside about it
        ("tech.batch-normalization", "Dropout, the regularizer, drops units.", "dropout"),
        # a particle after a word the prompts name a concept with: still that concept
        (
            "tech.batch-normalization",
            "Momentum with a coefficient of 0.9 smooths steps.",
            "momentum",
        ),
        # "To <verb>" and "For <setting>" frames keep their own reading
        ("tech.larger-than-memory", "To speed up a slow SQL query I would add an index.", "speed"),
    ],
)
def test_a_concept_named_first_is_still_another_concept(
    bank: QuestionBank, qid: str, opening: str, name: str
) -> None:
    concept = other_concept(bank.get(qid), tokenize(opening))
    assert concept is not None and name in concept.name
