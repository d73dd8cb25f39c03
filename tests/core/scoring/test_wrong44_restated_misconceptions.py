"""A listed misconception restated in other words and asserted is charged as that claim (issue 9,
wrong44; restated_misconceptions.py), unless the sentence warns against it, denies, hedges or
conditions it, compares it with another side, says the claim's words in another order, or says
only words the accepted view uses too without all of them."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.restated_misconceptions import restated_misconceptions
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript


def _restated(bank: QuestionBank, qid: str, text: str) -> list[str]:
    tokens = tokenize(text)
    hits = restated_misconceptions(bank.get(qid), tokens, Stance(tokens), set(), set())
    return [h.phrase for h in hits]


@pytest.mark.parametrize(
    ("qid", "text", "claim"),
    [
        (
            "tech.cnn",
            "A CNN connects every pixel to every neuron in the first layer, which is why it needs"
            " far more parameters than a regular network.",
            "every pixel connects to every neuron",
        ),
        (
            "tech.confidence-intervals",
            "A 95 percent confidence interval means there is a 95 percent probability that the"
            " true value lies inside the interval we computed.",
            "ninety five percent probability that the true value is in this interval",
        ),
        (
            "case.news-feed-ranking",
            "The feed should be sorted by likes alone, because likes perfectly measure what users"
            " want and optimizing clicks always maximizes long-term satisfaction.",
            "just maximize clicks",
        ),
    ],
)
def test_a_claim_restated_and_asserted_is_charged(
    bank: QuestionBank, qid: str, text: str, claim: str
) -> None:
    assert _restated(bank, qid, text) == [claim]


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        # warned, denied, hedged, conditioned, compared
        (
            "tech.confidence-intervals",
            "It does not mean that there is a 95 percent probability that the true value lies in"
            " this particular interval.",
        ),
        (
            "tech.confidence-intervals",
            "A common mistake is to say there is a 95 percent probability that the true value"
            " lies inside the interval we computed.",
        ),
        (
            "tech.confidence-intervals",
            "Maybe there is a 95 percent probability that the true value lies inside the"
            " interval we computed.",
        ),
        (
            "case.image-search",
            "Comparing raw pixel values works worse than learned embeddings, which capture what"
            " the image shows.",
        ),
        (
            "tech.missing-data",
            "Dropping every row with a missing value is fine only when very few rows are affected"
            " and the values are missing completely at random.",
        ),
        # the claim's words in another order: "tries every possible tree"
        (
            "tech.split-criteria",
            "At every fork the tree simply tries each column and each possible cut-off value and"
            " keeps the question that leaves the two groups as unmixed as possible.",
        ),
        # a negation that limits ("not just") is not the claim's own ("does not change")
        (
            "tech.regression-loss-functions",
            "The loss is not just a training detail: changing it changes what the model predicts.",
        ),
        # "does not mean" denies what "means no effect" claims
        (
            "tech.partial-dependence",
            "Interactions can cancel in the average, so a flat PDP does not mean the feature is"
            " unused, which ICE curves reveal.",
        ),
        # "usually" is not the claim's "always"
        (
            "tech.complexity-vs-interpretability",
            "More complex models are usually more accurate but harder to explain.",
        ),
    ],
)
def test_a_sentence_that_does_not_assert_the_claim_is_not_charged(
    bank: QuestionBank, qid: str, text: str
) -> None:
    assert _restated(bank, qid, text) == []


def test_the_charge_reaches_the_score(bank: QuestionBank) -> None:
    """The restated claim is charged as the misconception: named on the score and costing it."""
    text = (
        "A CNN connects every pixel to every neuron in the first layer, which is why it needs far"
        " more parameters than a regular network and must be trained on millions of images."
    )
    score = score_answer(bank.get("tech.cnn"), Transcript(text))
    assert "every pixel connects to every neuron" in [m.phrase for m in score.misconceptions]
