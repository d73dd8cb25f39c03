"""Correct answers charged as wrong (issue 9, false35), three kinds seen on a blind set:

* a word the answer grants to *both* named sides read as moved to the wrong one
  (named_sides.py): "recent" said of data drift in a clause whose subject is "I" or in a
  sentence that goes on after a semicolon without the name, and of concept drift too;
* a comparative whose own noun is not the compared thing (opposites.py): "the *bigger*
  practical reason is the gradient" ranks the reason, it does not say the gradient grows;
* a negation that denies only a manner (dismissals.py): "you shouldn't tune beta and the
  learning rate *independently*" says they go together, not that tuning is not needed.

Each correct version was charged before the change; each wrong version (a real swap, the real
opposite, the act itself dismissed) is still charged."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import Question, load_packs
from simulator.core.scoring.dismissals import dismissed_points
from simulator.core.scoring.matching import AnswerIndex
from simulator.core.scoring.named_sides import crossed
from simulator.core.scoring.opposites import flipped
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize

REPO = Path(__file__).resolve().parents[3]


def _bank_question(qid: str) -> Question:
    return load_packs([REPO / "questions"]).get(qid)


def _crossed(qid: str, text: str) -> list[str]:
    tokens = tokenize(text)
    return [claim for claim, _ in crossed(_bank_question(qid), tokens, Stance(tokens)).values()]


def _flipped(qid: str, text: str) -> list[str]:
    tokens = tokenize(text)
    return [f.claim for f in flipped(_bank_question(qid), tokens, Stance(tokens)).values()]


def _dismissed(qid: str, text: str) -> list[str]:
    tokens = tokenize(text)
    found = dismissed_points(_bank_question(qid), AnswerIndex(tokens), Stance(tokens))
    return [c.claim for c in found.values()]


_DRIFT = "tech.data-concept-drift"


@pytest.mark.parametrize(
    "text",
    [
        # the grant to the right side sits in a clause whose subject is "I"
        "For data drift, look at performance first, and then I retrain on recent data. For "
        "concept drift, retrain with recent labels.",
        # ... or in a sentence going on after a semicolon, naming no name
        "With data drift I first check whether performance drops; if it does, retrain on "
        "recent data. With concept drift you retrain on recent labels.",
        # ... or in the next sentence, naming no name
        "Data drift may hurt performance. When it does, retrain on recent data. Concept drift "
        "means retraining on recent labels.",
    ],
)
def test_a_word_granted_to_both_sides_is_no_swap(text: str) -> None:
    assert _crossed(_DRIFT, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Concept drift is a change in the input distribution and is caught with PSI on "
        "features, while data drift needs labels and only shows up in performance.",
        # a word denied of its own side is no grant to it: still moved
        "Concept drift is a change in the input distribution, caught with PSI. Data drift "
        "shows up in performance once labels arrive, and you never retrain on recent data "
        "for it.",
    ],
)
def test_a_real_swap_of_the_two_drifts_stays_charged(text: str) -> None:
    assert _crossed(_DRIFT, text)


_CROSS_ENTROPY = "tech.cross-entropy"


@pytest.mark.parametrize(
    "text",
    [
        "The bigger practical reason is the gradient.",
        "A larger concern than convexity is the gradient of the loss.",
        "Its bigger advantage is the gradient, prediction minus target.",
    ],
)
def test_a_comparative_on_another_noun_is_no_opposite(text: str) -> None:
    assert _flipped(_CROSS_ENTROPY, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "With cross entropy the gradient gets bigger as the sigmoid saturates.",
        "Cross entropy gives the sigmoid bigger gradients, growing as it saturates.",
    ],
)
def test_the_real_opposite_stays_charged(text: str) -> None:
    assert _flipped(_CROSS_ENTROPY, text)


_MOMENTUM = "tech.momentum"


@pytest.mark.parametrize(
    "text",
    [
        "This means you shouldn't tune beta and the learning rate independently.",
        "You should not tune beta in isolation, because it scales the effective step.",
        "You shouldn't set beta blindly; a higher beta needs a smaller learning rate.",
        "You shouldn't tune beta alone.",
        "You don't need to tune beta and the learning rate at once; but they interact.",
        "You shouldn't tune beta one at a time with the learning rate.",
    ],
)
def test_a_denied_manner_is_no_dismissal(text: str) -> None:
    assert _dismissed(_MOMENTUM, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "You don't need to tune beta, just leave it.",
        "You shouldn't tune beta at all.",
        "There is no need to tune beta; the default is fine.",
    ],
)
def test_the_act_itself_dismissed_stays_charged(text: str) -> None:
    assert _dismissed(_MOMENTUM, text)
