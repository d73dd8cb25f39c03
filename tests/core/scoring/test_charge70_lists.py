"""A claim is not read across the items of a coordination (issue 9, charge70).

Each sentence is written here in new words and added to a shipped question's model answer: a
true sentence must not be charged, and the wrong sentence beside it (the guard) still must be.
A list's trailing modifier that the rubric gives its last item is said of that item alone
("tanh, softmax, or linear *for regression*"); a new subject joined by "and" takes the verb
before it ("..., and waiting times exponential"); the speaker's second verb is done, not
skipped ("I'd skip the ranker and serve the precomputed list"); a key point's label that names
a side of a pair as one option of a list ("Drop or combine features, use ridge, PCA, or domain
knowledge") gives that side none of the other options' words.
"""

from __future__ import annotations

import pytest
from rubric_charges import model_answer_charges as _charges


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        # failed before: 'output-layer: "softmax for regression"', "for regression" read as
        # said of every item of the list
        (
            "tech.activation-functions",
            "Pick the output by the label type, so tanh, softmax, or linear for regression.",
        ),
        # failed before: 'poisson-exponential: "poisson for waiting times"', the new subject
        # after "and" read as the object of the clause before
        (
            "tech.probability-distributions",
            "Arrivals per hour are Poisson, roughly, and waiting times exponential.",
        ),
        # failed before: 'latency: "the heavy neural ranker and serve the precomputed list" is
        # not needed', the skipping read on over the speaker's second verb
        (
            "case.query-autocomplete",
            "If the phone is slow, I'd skip the heavy neural ranker and serve the precomputed "
            "list.",
        ),
        # failed before: 'fixes: "keep one" said of l1, not l2', ridge given the list's other
        # options' words
        (
            "tech.multicollinearity",
            "Ridge keeps every correlated feature with a shrunken weight, whereas lasso will "
            "usually keep one and zero the rest.",
        ),
    ],
)
def test_a_true_sentence_is_not_charged(qid: str, said: str) -> None:
    assert _charges(qid, said) == [], said


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        # a modifier the rubric gives no one item: shared by the list ("of words" is the
        # meaning's as much as the order's)
        ("tech.tf-idf", "TF-IDF captures the meaning and the order of words."),
        # the modifier right after the item: said of it
        ("tech.activation-functions", "For the output I would use softmax for regression."),
        # the new subject says nothing of its own: it takes the claim's predicate
        ("tech.probability-distributions", "Arrivals per hour are Poisson, and waiting times too."),
        # two objects of the one verb: both skipped
        (
            "case.query-autocomplete",
            "To keep it simple I'd skip the precomputed lists and the trie.",
        ),
        # a side named as a label's subject still has its own words
        ("tech.l1-vs-l2", "Ridge drives weights exactly to zero, so it selects features."),
    ],
)
def test_the_wrong_sentence_is_still_charged(qid: str, said: str) -> None:
    assert _charges(qid, said), said
