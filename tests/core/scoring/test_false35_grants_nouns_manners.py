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
from simulator.core.scoring.contradiction import swapped
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


# claims41: these twins were cross entropy's "the gradient gets bigger as the sigmoid
# saturates", read against its point's "avoiding vanishing gradients", which says the gradient
# does not vanish (no direction to turn over: opposites._AVERTING); the same comparative, no
# noun after it or the anchor its noun, against momentum's "dampens oscillations".
@pytest.mark.parametrize(
    "text",
    [
        "With momentum the oscillations get bigger across steep directions.",
        "Momentum gives the updates bigger oscillations, growing across steep directions.",
    ],
)
def test_the_real_opposite_stays_charged(text: str) -> None:
    assert _flipped("tech.momentum", text)


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


_PACKS = Path(__file__).parent / "packs"


def _loss_scaling() -> Question:
    return load_packs([_PACKS / "false33dev"]).get("tech.f33d-loss-scaling")


def _dismissed_in(question: Question, text: str) -> list[str]:
    tokens = tokenize(text)
    return [
        c.claim for c in dismissed_points(question, AnswerIndex(tokens), Stance(tokens)).values()
    ]


@pytest.mark.parametrize(
    "text",
    [
        "And with bfloat16, which keeps the fp32 exponent range, loss scaling usually isn't "
        "needed.",
        "But for bf16, loss scaling is usually not needed.",
    ],
)
def test_a_case_opened_after_a_joining_word_scopes_the_dismissal(text: str) -> None:
    assert _dismissed_in(_loss_scaling(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "And with modern GPUs loss scaling is usually not needed.",
        "And loss scaling is usually not needed.",
    ],
)
def test_a_plain_dismissal_after_a_joining_word_is_still_charged(text: str) -> None:
    assert _dismissed_in(_loss_scaling(), text)


def _swapped(qid: str, text: str) -> list[str]:
    tokens = tokenize(text)
    found = swapped(_bank_question(qid), AnswerIndex(tokens), Stance(tokens))
    return [c.claim for c in found.values()]


def test_a_side_named_as_what_the_clause_goes_without_is_not_its_subject() -> None:
    text = "BERT is cheap. It processes the input in one bidirectional pass with no token-by-token decoding."
    assert _swapped("tech.bert-vs-gpt", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "GPT is a decoder that reads the input in one bidirectional pass.",
        "Decoders read bidirectional context with no masking, while encoders read left to right.",
    ],
)
def test_a_side_said_bidirectional_is_still_swapped(text: str) -> None:
    assert _swapped("tech.bert-vs-gpt", text)
