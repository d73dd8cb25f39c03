"""A source and a target exchanged (issue 9, wrong58; role_facts.py): "skip gram uses the
context words to predict the center word", "training on the most recent data and testing on the
oldest", "covariate shift is when P(y given x) changes while the input distribution stays the
same" keep every term of the accepted statement and turn its roles round. Each is charged as its
key point contradicted, naming the accepted clause; the accepted direction, both directions told
apart, a warning, a denial or a hedge is not."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question
from tests.core.scoring.rubric_charges import contradictions, one_question, shipped_question

# An outside pack with no contradicted_by and no misconceptions: the roles come from its model
# answer and labels alone.
PACK = """
questions:
  - id: tech.drift-kinds
    category: technical
    topic: mlops
    difficulty: 2
    prompt: What is the difference between covariate shift and concept drift?
    time_limit_s: 120
    key_points:
      - id: covariate
        label: Covariate shift, the input distribution changes while the relation to labels stays the same
        weight: 3
        phrases: [covariate shift, input distribution]
      - id: concept
        label: Concept drift, the relation between inputs and labels changes
        weight: 3
        phrases: [concept drift, relation between inputs and labels]
      - id: validation
        label: Validate in time order, train on the past and test on the future
        weight: 2
        phrases: [time order, train on the past]
    model_answer: >-
      Covariate shift means the input distribution changes while the relation between inputs and
      labels stays the same, for example a camera that sees darker images. Concept drift means
      the relation between inputs and labels itself changes, so the same input now deserves
      another label. To measure either honestly I train on the past and test on the future, in
      time order.
"""


@pytest.fixture(scope="module")
def drift() -> Question:
    return one_question(PACK, "drift.yaml")


@pytest.fixture(scope="module")
def word2vec() -> Question:
    return shipped_question("tech.word2vec")


@pytest.mark.parametrize(
    "text",
    [
        "Skip gram uses the context words to predict the center word.",
        "Skip gram uses the surrounding context to predict the centre word, which is fast.",
    ],
)
def test_roles_exchanged_in_other_words_are_charged(word2vec: Question, text: str) -> None:
    said = contradictions(word2vec, text)
    assert list(said) == ["skipgram-cbow"]
    assert "the other way round" in said["skipgram-cbow"]


@pytest.mark.parametrize(
    "text",
    [
        # the accepted direction
        "Skip gram uses the center word to predict the context words.",
        # both told apart, each of its own subject
        "CBOW uses the context to predict the center word, while skip gram uses the center word"
        " to predict the context.",
        # warned against, denied, hedged
        "A common mistake is to say skip gram uses the context words to predict the center word;"
        " it is the other way round.",
        "Skip gram does not use the context words to predict the center word.",
        "Maybe skip gram uses the context words to predict the center word, I forget.",
        # asked
        "Does skip gram use the context words to predict the center word?",
    ],
)
def test_accepted_told_apart_or_unasserted_roles_are_not_charged(
    word2vec: Question, text: str
) -> None:
    assert "skipgram-cbow" not in contradictions(word2vec, text)


@pytest.mark.parametrize(
    ("text", "point"),
    [
        (
            "Covariate shift is when the relation between inputs and labels changes while the"
            " input distribution stays the same.",
            "covariate",
        ),
        (
            "Covariate shift means the relation between inputs and labels shifts, and the input"
            " distribution remains unchanged.",
            "covariate",
        ),
        (
            "To validate, I train on the most recent months and test on the oldest ones.",
            "validation",
        ),
    ],
)
def test_roles_read_from_an_outside_packs_own_text(drift: Question, text: str, point: str) -> None:
    assert point in contradictions(drift, text)


@pytest.mark.parametrize(
    "text",
    [
        "Covariate shift means the input distribution changes while the relation between inputs"
        " and labels stays the same.",
        "I train on older data and test on the most recent period, in time order.",
        # what a wrong practice does, told as its consequence or with a verdict
        "A shuffled split mixes the rows, so the model is trained on the future and tested on the"
        " past.",
        "That trains on future points and tests on past ones, which leaks.",
    ],
)
def test_accepted_roles_and_told_consequences_are_not_charged(drift: Question, text: str) -> None:
    assert contradictions(drift, text) == {}


# Dependence turned round (dependence.py): the rubric's "one vector per word regardless of
# context" against "static embeddings change with context".
@pytest.mark.parametrize(
    "text",
    [
        "Static embeddings do change with context at inference time, since each vector is"
        " updated by the neighbors in the sentence.",
        "Static embeddings vary with the sentence context.",
        "The static vectors change heavily with the context at inference time.",
    ],
)
def test_a_dependence_the_rubric_denies_is_charged(word2vec: Question, text: str) -> None:
    said = contradictions(word2vec, text)
    assert list(said) == ["static-limits"]
    assert "regardless" in said["static-limits"]


@pytest.mark.parametrize(
    "text",
    [
        "Word2vec vectors are static: one vector per word regardless of context.",
        "Word2vec vectors do not change with context.",
        # another model's dependence, named
        "In BERT the vector of a word changes with context, unlike word2vec.",
        "People often think static embeddings change with context, but they do not.",
        "Static embeddings might change with context if you fine tune them.",
    ],
)
def test_the_rubric_dependence_or_another_things_is_not_charged(
    word2vec: Question, text: str
) -> None:
    assert "static-limits" not in contradictions(word2vec, text)


# A listed wrong claim's relation said in other words (role_facts.restated_flows): "cbow
# predicts the surrounding words from the center word" is listed; so is "the gradients are
# computed from the input to the output".
@pytest.mark.parametrize(
    ("qid", "text", "point"),
    [
        (
            "tech.word2vec",
            "CBOW uses the center word to predict the surrounding words.",
            "skipgram-cbow",
        ),
        (
            "tech.word2vec",
            "In CBOW, the centre word predicts the surrounding words.",
            "skipgram-cbow",
        ),
        ("tech.backpropagation", "The gradients go from the input to the output.", "chain-rule"),
    ],
)
def test_a_listed_wrong_relation_in_other_words_is_charged(qid: str, text: str, point: str) -> None:
    said = contradictions(shipped_question(qid), text)
    assert point in said
    assert "in other words" in said[point]


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        ("tech.word2vec", "CBOW uses the surrounding words to predict the center word."),
        ("tech.backpropagation", "The gradients flow from the output back to the input."),
        # the forward pass does run from the input to the output: another subject
        ("tech.backpropagation", "The forward pass runs from the input layer to the output layer."),
        (
            "tech.backpropagation",
            "It is wrong to say the gradients go from the input to the output.",
        ),
    ],
)
def test_the_accepted_relation_or_another_subjects_is_not_charged(qid: str, text: str) -> None:
    assert contradictions(shipped_question(qid), text) == {}


# A listed wrong claim's dependence said in other words (dependence._restated), and "depends
# on" read as a dependence, not a hedge.
@pytest.mark.parametrize(
    ("qid", "text", "point"),
    [
        (
            "tech.hypothesis-testing-errors",
            "Power is independent of the effect size.",
            "sample-size",
        ),
        (
            "tech.hypothesis-testing-errors",
            "Power is the same regardless of the effect size.",
            "sample-size",
        ),
        (
            "tech.cnn-layer-arithmetic",
            "The parameter count varies with the image size.",
            "independent-of-size",
        ),
    ],
)
def test_a_listed_wrong_dependence_in_other_words_is_charged(
    qid: str, text: str, point: str
) -> None:
    assert point in contradictions(shipped_question(qid), text)


@pytest.mark.parametrize(
    ("qid", "text"),
    [
        ("tech.hypothesis-testing-errors", "Power depends on the effect size and the sample size."),
        # another thing's size: the filter's, not the image's
        (
            "tech.cnn-layer-arithmetic",
            "The parameter count depends on the filter size and how many filters there are.",
        ),
        ("tech.cnn-layer-arithmetic", "The parameter count does not depend on the image size."),
    ],
)
def test_the_accepted_dependence_or_another_things_is_not_charged(qid: str, text: str) -> None:
    assert contradictions(shipped_question(qid), text) == {}
