"""A follow-up's answer counts toward the key point its follow-up probes, and only that one
(issues 8 and 9, case37: follow_up_points.py)."""

from __future__ import annotations

from real_bank import real_bank

from simulator.core.scoring import score_answer
from simulator.core.scoring.follow_up_points import probed_answers
from simulator.core.session.ledger import combine
from simulator.core.transcript import Transcript

MAIN = (
    "Transfer learning reuses a model pretrained on a large dataset like ImageNet for a new task. "
    "With a small labeled dataset I would replace the last layer with a new head and train it with "
    "the rest frozen."
)
ASKED = "When would you freeze most of the network, and when would you fine-tune all of it?"
# Right, and elliptical: it leans on the follow-up's words ("all of it", "freeze")
ELLIPTICAL = "With more data I would train all layers, but slowly, with a learning rate ten times lower than usual."
ELSEWHERE = "It helps most when the new images look like the ones it was pretrained on."


def _credits(follow_up_answer: str) -> dict[str, float]:
    question = real_bank().questions["tech.transfer-learning"]
    probed = probed_answers(question, [(None, MAIN), (ASKED, follow_up_answer)])
    joined = combine([Transcript(MAIN), Transcript(follow_up_answer)])
    return {k.id: k.credit for k in score_answer(question, joined, probed=probed).key_points}


def test_the_follow_up_names_the_point_it_probes() -> None:
    question = real_bank().questions["tech.transfer-learning"]
    (probed,) = probed_answers(question, [(None, MAIN), (ASKED, ELLIPTICAL)])
    assert probed.key_point == "fine-tuning"


def test_a_right_follow_up_answer_earns_the_point_it_was_asked_about() -> None:
    question = real_bank().questions["tech.transfer-learning"]
    joined = combine([Transcript(MAIN), Transcript(ELLIPTICAL)])
    before = {k.id: k.credit for k in score_answer(question, joined).key_points}
    assert before["fine-tuning"] == 0  # read as part of one answer, out of its context
    assert _credits(ELLIPTICAL)["fine-tuning"] > 0.5


def test_a_follow_up_answer_about_something_else_earns_the_probed_point_nothing() -> None:
    question = real_bank().questions["tech.transfer-learning"]
    joined = combine([Transcript(MAIN), Transcript(ELSEWHERE)])
    plain = {k.id: k.credit for k in score_answer(question, joined).key_points}
    assert _credits(ELSEWHERE) == plain  # nothing lifted: not what the follow-up asked
