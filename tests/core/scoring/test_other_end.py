"""Precision of "contradicts a key point" (issue 9, round 22, contra22): a correct statement
about the other end of a parameter ("a small C gives a wider margin" beside "a large C, a
narrower margin"), one that names the consequence without the end it holds at ("C trades a
wide margin against training errors"), and a direction said of another quantity than the
point's ("the *validation* loss rises" beside "the *training* loss keeps falling") contradict
nothing; the same relation reversed about the same quantity still does."""

from __future__ import annotations

import pytest
from rubric_charges import charged, one_question

from simulator.core.questions import Question
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript

PACK = """
questions:
  - id: tech.knobs
    category: technical
    topic: optimization
    difficulty: 2
    prompt: How do the C parameter, the batch size and early stopping shape training?
    time_limit_s: 120
    key_points:
      - id: c-param
        label: A large C punishes errors heavily, so the model fits tightly with a narrower margin
        weight: 3
        phrases: [narrower margin, punishes errors heavily]
      - id: lr-coupling
        label: Larger batches often need a larger learning rate and warmup
        weight: 2
        phrases: [larger learning rate, linear scaling]
      - id: shrinkage
        label: The learning rate scales each tree; more trees with a smaller rate
        weight: 2
        phrases: [more trees with a smaller rate, shrinkage]
      - id: monitor
        label: The training loss keeps decreasing while you monitor the validation loss
        weight: 3
        phrases: [training loss keeps decreasing, monitor the validation loss]
    model_answer: >-
      A large C punishes errors heavily, so the model fits the training points tightly with a
      narrower margin. When I increase the batch I usually need a larger learning rate, with a
      warmup. In boosting, shrinkage scales each tree, so more trees with a smaller rate
      generalize better. The training loss keeps decreasing the whole time, so I monitor the
      validation loss and stop when it stops improving.
"""


@pytest.fixture(scope="module")
def question() -> Question:
    return one_question(PACK, "knobs.yaml")


@pytest.mark.parametrize(
    "text",
    [
        "A small C tolerates errors, so the model gets a wider margin.",
        "When I decrease the batch I usually need a smaller learning rate.",
        "Fewer trees with a larger rate can work as well, but they generalize worse.",
        "C controls the trade off between a wide margin and training errors.",
        "In fact a larger batch only reduces the gradient noise.",
        "The validation loss starts rising once the model overfits.",
    ],
)
def test_the_other_end_or_another_quantity_contradicts_nothing(
    question: Question, text: str
) -> None:
    assert charged(question, text) == []


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("A large C gives the model a wider margin.", "c-param"),
        ("When I increase the batch I usually need a smaller learning rate.", "lr-coupling"),
        ("The training loss starts rising after a few epochs.", "monitor"),
    ],
)
def test_the_same_relation_reversed_is_still_charged(
    question: Question, text: str, point: str
) -> None:
    assert point in charged(question, text)


def test_two_values_of_one_quantity_turned_over_still_reverse_the_contrast() -> None:
    """ "Small steps early, larger steps later" turns over both words of "large steps early,
    smaller steps later": said of one noun, that is a reversed contrast, not the other end."""
    pack = PACK.replace("tech.knobs", "tech.steps").replace(
        "label: The learning rate scales each tree; more trees with a smaller rate",
        "label: Large steps early for fast progress, smaller steps later to settle in",
    )
    question = one_question(pack, "steps.yaml")
    assert "shrinkage" in charged(question, "Small steps early for speed, larger steps later.")


def test_a_driver_with_two_consequences_reversed_on_one_is_still_charged() -> None:
    """ "A larger C means less regularization and a narrower margin": the end is "larger", and
    "a larger C means a wider margin" reverses it, whatever else the accepted sentence says."""
    pack = PACK.replace(
        "label: A large C punishes errors heavily, so the model fits tightly with a narrower margin",
        "label: A larger C means less regularization and a narrower margin",
    )
    question = one_question(pack, "two.yaml")
    assert "c-param" in charged(question, "So a larger C means a wider margin and a simpler model.")
    assert charged(question, "So a smaller C means a wider margin and a simpler model.") == []


def test_one_uncertain_reading_never_zeroes_a_strong_answer(question: Question) -> None:
    """A single reversed direction word (opposites.py) that is the answer's only charge costs
    what a weight-1 point does; it took a strong answer to 0 as a weight-3 point."""
    strong = (
        "A large C punishes errors heavily, so the model fits tightly with a narrower margin. "
        "Larger batches often need a larger learning rate and warmup, with linear scaling. "
        "Shrinkage scales each tree, so more trees with a smaller rate. "
        "I monitor the validation loss, and the training loss starts rising after a while."
    )
    score = score_answer(question, Transcript(strong))
    point = {k.id: k for k in score.key_points}["monitor"]
    assert point.contradiction is not None  # still named, and the point earns nothing
    assert score.overall >= 40
    # two reversed readings are no single uncertain one: the full cost
    wrong = strong.replace("narrower margin", "wider margin").replace(
        "A large C punishes", "A large C gives a wider margin and punishes"
    )
    assert score_answer(question, Transcript(wrong)).overall < score.overall / 2
