"""Openings of a correct answer in plain words that name no concept (issue 9, para44;
plain_openings.py, read by answer_subject.py). Read as another concept, each kept a quarter of
its key-point credit; a real concept in the same place is still read as one. Real bank."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring.answer_subject import other_concept
from simulator.core.scoring.text import tokenize


@pytest.mark.parametrize(
    ("qid", "opening"),
    [
        (
            "tech.k-means",
            "Drop k starting centers into the data, give every point to the closest center, and "
            "move each center to the middle of its points.",
        ),
        (
            "tech.confidence-intervals",
            "Draw two hundred samples from the data and average each of them.",
        ),
        (
            "tech.confidence-intervals",
            "Draw fifty samples from the data and average each of them.",
        ),
        ("tech.k-means", "Drop eleven centers into the data at random points."),
        ("tech.k-means", "Step 1: place k centers at random points of the data."),
        ("tech.k-means", "Stage two - every point joins the center nearest to it."),
    ],
)
def test_a_plain_step_or_counted_instruction_names_no_concept(
    bank: QuestionBank, qid: str, opening: str
) -> None:
    assert other_concept(bank.get(qid), tokenize(opening)) is None


@pytest.mark.parametrize(
    ("qid", "opening", "name"),
    [
        (
            "tech.k-means",
            "Gaussian mixtures first assign soft memberships to each cluster.",
            "gaussian mixtures",
        ),
        (
            "tech.k-means",
            "Hierarchical clustering then builds a tree of merges.",
            "hierarchical clustering",
        ),
        ("tech.bayes-theorem", "Naive Bayes assumes the features are independent.", "naive bayes"),
    ],
)
def test_a_concept_before_a_sequence_word_is_still_another_concept(
    bank: QuestionBank, qid: str, opening: str, name: str
) -> None:
    concept = other_concept(bank.get(qid), tokenize(opening))
    assert concept is not None and concept.name == name


@pytest.mark.parametrize(
    ("qid", "opening", "name"),
    [
        (
            "tech.p-values",
            "Cohen's d measures effect size as the difference between two group means.",
            "cohen's d",
        ),
        (
            "tech.probability-distributions",
            "Almost all data in machine learning is normally distributed.",
            "almost all data",
        ),
    ],
)
def test_a_name_or_a_quantity_before_a_count_is_no_instruction(
    bank: QuestionBank, qid: str, opening: str, name: str
) -> None:
    concept = other_concept(bank.get(qid), tokenize(opening))
    assert concept is not None and concept.name == name
