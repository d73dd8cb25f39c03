"""Confidently wrong answers that get the process or the causes wrong (issue 9, wrong66).

Round 65's blind set (dev_blind65) had a second kind of wrong answer, in the rubric's vocabulary
but with the working, the cause or the relation wrong, above its partial answer on 5 of 10
questions: every sentence named a key point and none was charged. Three kinds are read here, each
in words of its own (none of the blind answers' sentences):

* a cause or a working given to a key point's term in the field's words that the rubric never
  says of it ("max pooling works by averaging ...", "vanishing gradients happen because the batch
  size ... is too small"): invented_meanings.CAUSE_LINKS;
* two key points' distinct ideas said to be one ("the soft margin is really just another word for
  the kernel trick"): conflated_terms.py;
* a quantity that needs another, turned round ("a smaller effect requires fewer samples"):
  covariation._REQUIRE and its general relations;
* the test set's labels used in a step that fits or encodes ("encode every row ... using the
  test labels, and then fit the model"): claims_test_set.TEST_LABELS.

Each wrong sentence scored 26-48 with no charge before; correct sentences of the same shape stay
uncharged.
"""

from __future__ import annotations

import pytest

from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript
from tests.core.scoring.test_para65_said_elsewhere import _bank


def _charges(qid: str, text: str) -> tuple[list[str], list[str]]:
    score = score_answer(_bank().get(qid), Transcript(text))
    contradicted = [k.id for k in score.key_points if k.status == "contradicted"]
    return contradicted, [m.phrase for m in score.misconceptions]


@pytest.mark.parametrize(
    ("qid", "text", "point"),
    [
        ("tech.cnn", "Max pooling works by averaging the values in each window.", "pooling"),
        (
            "tech.rnn",
            "Vanishing gradients happen because the batch size and the dropout rate are too small.",
            "gradients",
        ),
        (
            "tech.svm",
            "The kernel trick works by sorting the training points and storing the margin in a "
            "lookup table of support vectors.",
            "kernels",
        ),
    ],
)
def test_a_cause_or_working_the_rubric_never_gives_the_term_is_charged(
    qid: str, text: str, point: str
) -> None:
    contradicted, _ = _charges(qid, text)
    assert point in contradicted


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        ("tech.cnn", "Max pooling works by taking the largest value in each window."),
        (
            "tech.rnn",
            "Vanishing gradients happen because the gradient is multiplied by the same recurrent "
            "weights at every step.",
        ),
        (
            "tech.svm",
            "The kernel trick works by computing inner products in a high dimensional feature "
            "space without ever building the features.",
        ),
    ],
)
def test_a_cause_or_working_the_rubric_gives_is_not_charged(qid: str, text: str) -> None:
    assert _charges(qid, text) == ([], [])


@pytest.mark.parametrize(
    ("qid", "text", "point"),
    [
        (
            "tech.svm",
            "The support vectors are the points closest to the boundary. The soft margin is "
            "really just another word for the kernel trick.",
            "soft-margin",
        ),
        (
            "tech.pca",
            "The explained variance ratio is the same as the eigenvector.",
            "n-components",
        ),
    ],
)
def test_two_distinct_ideas_said_to_be_one_are_charged(qid: str, text: str, point: str) -> None:
    contradicted, _ = _charges(qid, text)
    assert contradicted == [point]


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        # the prompt's own idea ("maximum likelihood") on one side: how they connect is asked
        (
            "tech.maximum-likelihood",
            "Minimizing cross-entropy for classification is the same as maximizing the likelihood.",
        ),
        # an amount compared, not an identity
        (
            "tech.backpropagation",
            "Reusing these intermediate results makes the cost about the same as a forward pass.",
        ),
    ],
)
def test_sameness_the_rubric_allows_is_not_charged(qid: str, text: str) -> None:
    assert _charges(qid, text) == ([], [])


def test_a_need_turned_round_is_charged_and_the_right_one_is_not() -> None:
    qid = "tech.hypothesis-testing-errors"
    _, wrong = _charges(qid, "A smaller effect requires fewer samples to detect.")
    assert wrong
    assert _charges(qid, "A smaller effect requires a larger sample to detect.") == ([], [])
    # a new clause with a subject of its own is no need of the first mention (a strong answer's
    # sentence, charged by a first reading that took any "need" between two mentions)
    assert _charges(
        "tech.curse-of-dimensionality",
        "With many features and few samples, models have many more ways to fit noise, so "
        "overfitting rises and you need more data or stronger regularization.",
    ) == ([], [])


@pytest.mark.parametrize(
    "text",
    [
        "For mean encoding, the quickest route is to encode every row, test rows included, "
        "using the test labels, and then fit the model.",
        "I build the rolling features from the test targets as well, using the test labels "
        "directly, so the model has fresh inputs.",
    ],
)
def test_the_test_labels_used_to_fit_a_step_are_a_test_set_misuse(text: str) -> None:
    _, wrong = _charges("tech.categorical-encoding", text)
    assert wrong


@pytest.mark.parametrize(
    "text",
    [
        "At the end I compare the predictions with the test labels, once.",
        "I compute the target encoding on the training folds only, never using the test labels.",
        "Encoding the categories with the test labels would leak the answer into the features.",
    ],
)
def test_the_test_labels_used_to_score_or_warned_against_are_not_charged(text: str) -> None:
    assert _charges("tech.categorical-encoding", text) == ([], [])
