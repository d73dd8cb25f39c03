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
    # Read as part of one answer it once earned nothing ("With more data I would ..." was read
    # against "less labeled data"); since claims38 a case an opening setting names before the
    # speaker acts is no reversed direction, so the joined reading earns it too.
    question = real_bank().questions["tech.transfer-learning"]
    joined = combine([Transcript(MAIN), Transcript(ELLIPTICAL)])
    before = {k.id: k.credit for k in score_answer(question, joined).key_points}
    assert _credits(ELLIPTICAL)["fine-tuning"] > 0.5
    assert _credits(ELLIPTICAL)["fine-tuning"] >= before["fine-tuning"]


def test_a_follow_up_answer_about_something_else_earns_the_probed_point_nothing() -> None:
    question = real_bank().questions["tech.transfer-learning"]
    joined = combine([Transcript(MAIN), Transcript(ELSEWHERE)])
    plain = {k.id: k.credit for k in score_answer(question, joined).key_points}
    assert _credits(ELSEWHERE) == plain  # nothing lifted: not what the follow-up asked


def test_a_right_follow_up_answer_is_not_read_against_points_it_was_not_asked_about() -> None:
    # "With more data" is the follow-up's own scenario, not a claim against the main rubric's
    # "less labeled data" point (follow37)
    question = real_bank().questions["tech.transfer-learning"]
    probed = probed_answers(question, [(None, MAIN), (ASKED, ELLIPTICAL)])
    joined = combine([Transcript(MAIN), Transcript(ELLIPTICAL)])
    score = score_answer(question, joined, probed=probed)
    assert not [k.id for k in score.key_points if k.status == "contradicted"]
    assert score.overall >= score_answer(question, Transcript(MAIN)).overall


def test_a_follow_up_answer_that_contradicts_its_own_point_is_still_charged() -> None:
    question = real_bank().questions["tech.xgboost"]
    main = (
        "XGBoost adds regularization of the leaf weights and a second-order approximation of "
        "the loss; LightGBM uses histogram-based splits and grows trees leaf-wise."
    )
    (asked,) = [f.prompt for f in question.follow_ups if f.key_point == "systems"]
    wrong = "XGBoost cannot handle missing values at all; you must impute them first."
    probed = probed_answers(question, [(None, main), (asked, wrong)])
    joined = combine([Transcript(main), Transcript(wrong)])
    point = next(
        k for k in score_answer(question, joined, probed=probed).key_points if k.id == "systems"
    )
    assert point.status == "contradicted" and point.credit == 0
