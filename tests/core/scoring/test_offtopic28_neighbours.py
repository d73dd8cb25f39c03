"""A close neighbour's answer, confirmed by its key points, reads as that question's (issue 9,
offtopic28: answer_topic.py, off_question.py).

A competent answer to a sibling question (overfitting asked about early stopping, momentum asked
about Adam, learning-rate schedules asked about early stopping) shares so much vocabulary that
its words lean only about 2 times to its own rubric, says few words that rubric alone has, and
its key points half-cover the asked question ("reduce on plateau lowers the rate when the
validation loss stops improving"). It scored 21 to 40 against vague answers at 10 to 27. Now a
confirmed lean needs fewer of the other rubric's own words, reaches the floor at 2 times, and
the further the words lean, the smaller the key-point margin that confirms it. A correct answer
that names the neighbour in passing is still about the asked question.
"""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.off_question import _confirms, off_question_credit
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

OVERFITTING = (
    "Overfitting is when the model fits noise in the training data, so training error keeps "
    "falling while validation error rises. Underfitting is the opposite, the model is too simple "
    "and both errors are high. To fix overfitting I get more data, simplify the model, add L2 or "
    "dropout, or use data augmentation; to fix underfitting I add features or capacity. Learning "
    "curves of training and validation error against training set size show which case you are in."
)
SCHEDULES = (
    "A learning rate schedule changes the step size during training. Warmup starts small to keep "
    "early updates stable, then step decay, exponential decay or cosine annealing lower it so the "
    "model settles into a minimum. Reduce on plateau lowers the rate when the validation loss "
    "stops improving for a few epochs. Cyclical schedules and warm restarts can help escape sharp "
    "minima."
)
MOMENTUM = (
    "Momentum keeps a running average of past gradients and steps along that velocity instead of "
    "the raw gradient, so it speeds up along consistent directions and damps oscillations across "
    "narrow valleys. A coefficient around 0.9 is typical. Nesterov momentum evaluates the gradient "
    "at the look ahead position, which corrects the step a little earlier. With momentum SGD gets "
    "through ravines and small bumps much faster than plain SGD."
)
VAGUE = {
    "tech.early-stopping": (
        "Early stopping means you stop training the model early, before it finishes. It helps the "
        "model not to learn too much, so it works a bit like regularization."
    ),
    "tech.adam-optimizer": (
        "Adam is an optimizer that is used to train neural networks. It usually works well out of "
        "the box, but sometimes people still use SGD because it can be better in some cases."
    ),
}


@pytest.mark.parametrize(
    ("asked", "text", "other"),
    [
        ("tech.early-stopping", OVERFITTING, "tech.bias-variance"),
        ("tech.early-stopping", SCHEDULES, "tech.learning-rate-schedules"),
        ("tech.adam-optimizer", MOMENTUM, "tech.momentum"),
    ],
)
def test_a_close_neighbours_answer_reads_as_that_question(
    bank: QuestionBank, asked: str, text: str, other: str
) -> None:
    got = score_answer(bank.get(asked), Transcript(text))
    weak = score_answer(bank.get(asked), Transcript(VAGUE[asked]))
    assert got.overall < weak.overall, got.basis["content"]
    off = off_question_credit(bank.get(asked), tokenize(text), 0.5)
    assert off.other is not None and off.other.id == other
    assert off.confirmed and off.kept <= 0.5
    assert "reads as an answer to another question" in got.basis["content"]


@pytest.mark.parametrize(
    ("asked", "text"),
    [
        (
            "tech.early-stopping",
            "Early stopping watches a validation metric while training and stops when it has not "
            "improved for a number of epochs, the patience, then restores the best checkpoint. "
            "Training error keeps falling as the model starts to overfit, while validation error "
            "turns up, so stopping there limits overfitting. It regularizes because in few steps "
            "the weights stay close to their small initial values, which limits the effective "
            "capacity, a bit like an L2 penalty. A learning rate schedule changes how far "
            "each step goes, so patience should be long enough to survive a decay.",
        ),
        (
            "tech.adam-optimizer",
            "Adam keeps two running averages per parameter: the first moment of the gradient, which "
            "works like momentum, and the second moment, the squared gradients as in RMSprop. Each "
            "step divides the momentum by the square root of the second moment, so every parameter "
            "gets its own adaptive learning rate, with bias correction in the first steps. It "
            "converges fast with little tuning. I would still prefer plain SGD with momentum for "
            "large vision models, where it often generalizes better, and use AdamW for weight decay.",
        ),
    ],
)
def test_a_correct_answer_naming_the_neighbour_in_passing_is_not_read_as_it(
    bank: QuestionBank, asked: str, text: str
) -> None:
    got = score_answer(bank.get(asked), Transcript(text))
    off = off_question_credit(bank.get(asked), tokenize(text), 0.5)
    assert off.other is None and off.kept == 1.0
    assert "reads as an answer to another question" not in got.basis["content"]
    assert got.overall >= 50


def test_the_coverage_margin_narrows_only_past_a_clear_lean() -> None:
    """Up to ``LEANS_BY`` times the key points must cover 1.5 times as much there as here (a
    correct answer on choosing a metric leaned 1.86 times to precision and recall, covering 0.52
    here and 0.72 there, and lost two thirds of its credit when the margin narrowed from 1.5
    times); at 3 times, more there than here is enough."""
    assert not _confirms(1.86, 0.72, 0.52)
    assert _confirms(1.86, 0.80, 0.52)
    assert _confirms(3.6, 0.89, 0.63)
    assert not _confirms(3.6, 0.60, 0.63)
    assert not _confirms(3.6, 0.45, 0.10)  # half the other question's weight, at least
