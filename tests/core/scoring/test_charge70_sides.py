"""Which side of a contrast a clause speaks of (issue 9, charge70).

Each sentence is written here in new words and added to a shipped question's model answer: a
true sentence must not be charged, and the wrong sentence beside it (the guard) still must be.
A clause of the accepted answer that names no side goes on speaking of the side named last
before it ("..., whereas unsupervised results are harder to evaluate because there is no
ground truth"), and saying of one side what the rubric denies of the other sets the two apart.
"""

from __future__ import annotations

import pytest
from rubric_charges import model_answer_charges as _charges


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        # failed before: charged as the opposite of "no ground truth to compare to", which
        # the model answer says of unsupervised results
        (
            "tech.supervised-vs-unsupervised",
            "Scoring is different too: a supervised model has ground truth to compare against, "
            "whereas the clusters get judged on silhouette or usefulness.",
        ),
        # failed before: also read as unsupervised learning's description given to supervised
        (
            "tech.supervised-vs-unsupervised",
            "In evaluation the supervised model has ground truth to compare to, while segments "
            "are judged by silhouette.",
        ),
    ],
)
def test_a_true_sentence_is_not_charged(qid: str, said: str) -> None:
    assert _charges(qid, said) == [], said


@pytest.mark.parametrize(
    ("qid", "said"),
    [
        # the side the accepted clause speaks of, said the other way
        (
            "tech.supervised-vs-unsupervised",
            "Unsupervised learning has a ground truth to compare against, so accuracy is easy "
            "to measure.",
        ),
    ],
)
def test_the_wrong_sentence_is_still_charged(qid: str, said: str) -> None:
    assert _charges(qid, said), said
