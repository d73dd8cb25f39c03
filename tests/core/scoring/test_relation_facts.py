"""Relations said the wrong way round and two terms' attributes exchanged (issue 9, wrong38).

A confidently wrong answer in the rubric's own words scored as high as a correct one: "the weight
is q over p", "Y's past values improve the prediction of X" and "the critic outputs samples
made from random noise ... the generator an unbounded score" say the rubric's vocabulary in
another relation, which no bag-of-words reading sees. relation_facts.py reads which rubric term stands on which side of an
ordered relation word, and what each clause says of its subject, and compares them with the
accepted view. The wrong versions below went uncharged before; the correct ones and warnings
must stay uncharged."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import Question, load_packs
from simulator.core.scoring import relation_facts
from tests.core.scoring.rubric_charges import charged, one_question

REPO = Path(__file__).resolve().parents[3]

PACK = """
questions:
  - id: tech.relation-facts-test
    category: technical
    topic: statistics
    difficulty: 3
    prompt: How do you weight samples from a proposal distribution, and what do the two networks of a Wasserstein GAN do?
    time_limit_s: 120
    key_points:
      - id: weights
        label: Each sample is weighted by the target density over the proposal density
        weight: 3
        phrases: [target density over the proposal density, importance weight]
      - id: critic
        label: The critic outputs an unbounded score for each sample
        weight: 2
        phrases: [unbounded score]
      - id: generator
        label: The generator outputs samples made from random noise
        weight: 2
        phrases: [random noise]
    model_answer: >-
      Draw samples from the proposal and give each an importance weight, the target density over
      the proposal density. The critic outputs an unbounded score for each sample. The generator
      outputs samples made from random noise.
"""


def _question() -> Question:
    return one_question(PACK, "relation_facts.yaml")


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # a ratio turned upside down
        (
            "Each sample gets an importance weight, the proposal density over the target density.",
            "weights",
        ),
        # two terms' attributes exchanged, each said in the rubric's own words
        (
            "The critic outputs samples made from random noise. The generator outputs an unbounded score.",
            "critic",
        ),
    ],
)
def test_a_relation_said_the_wrong_way_round_is_charged(text: str, point: str) -> None:
    assert point in charged(_question(), text)


def test_two_terms_attributes_exchanged_are_read_as_such() -> None:
    text = "The critic outputs samples made from random noise. The generator outputs an unbounded score."
    exchanged = relation_facts.exchanged_facts(_question(), text)
    assert {(f.left, f.right) for f, _ in exchanged} >= {("critic", "nois"), ("generat", "unbound")}


@pytest.mark.parametrize(
    "text",
    [
        "Each sample gets an importance weight, the target density over the proposal density.",
        "The generator outputs samples made from random noise and the critic outputs an unbounded score.",
        # the right pairing said as well: more, not an exchange
        "The critic outputs an unbounded score, and like the generator it maps random noise "
        "through a network. The generator outputs samples.",
        # a warning against the swap
        "A common mistake is to write the weight as the proposal density over the target density.",
        "It is wrong to say that the critic outputs samples made from random noise.",
    ],
)
def test_the_accepted_relations_and_warnings_are_not_charged(text: str) -> None:
    assert charged(_question(), text) == []


@lru_cache(maxsize=1)
def _packs():  # the dev pack of an earlier round (wrong35): an outside author's rubric
    return load_packs([REPO / "questions", REPO / "tests/core/scoring/packs/wrong35held"])


def test_a_ranking_said_the_other_way_round_is_charged_on_an_outside_rubric() -> None:
    question = _packs().get("tech.w35h-ngram-smoothing")
    text = (
        "Kneser-Ney ranks a word by its raw frequency rather than by how many contexts it "
        "follows, so frequent words get the most continuation probability."
    )
    assert charged(question, text)
    assert relation_facts.swapped_facts(question, text)


def test_no_model_answer_contradicts_itself() -> None:
    """The accepted view read as an answer is never a swapped or exchanged relation."""
    bank = load_packs([REPO / "questions"])
    found = [
        q.id
        for q in bank.questions.values()
        if relation_facts.swapped_facts(q, q.model_answer)
        or relation_facts.exchanged_facts(q, q.model_answer)
    ]
    assert found == []
