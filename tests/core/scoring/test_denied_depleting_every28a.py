"""A denied verb of using up names a limit to respect (issue 9, every28a): "without draining the
battery" says the battery matters, so a correct on-device answer in everyday words keeps its
constraints point instead of having it contradicted. A denied limit ("battery does not matter")
still contradicts the point."""

from __future__ import annotations

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.transcript import Transcript


def _status(bank: QuestionBank, qid: str, point: str, text: str) -> str:
    score = score_answer(bank.get(qid), Transcript(text))
    return {k.id: k.status for k in score.key_points}[point]


@pytest.mark.parametrize(
    "text",
    [
        "It must run on the phone all day without draining the battery.",
        "The model has to fit without eating up the phone's limited memory.",
        "It never wastes battery, since a tiny detector listens and the big model sleeps.",
    ],
)
def test_a_denied_using_up_keeps_the_constraints_point(bank: QuestionBank, text: str) -> None:
    assert _status(bank, "case.on-device-speech-commands", "constraints", text) == "explained"


@pytest.mark.parametrize(
    "text",
    [
        "Battery does not matter for the model.",
        "Memory is not a concern on the device, it does not drain the battery.",
        "The model does not run on the device.",
    ],
)
def test_a_denied_limit_still_loses_the_constraints_point(bank: QuestionBank, text: str) -> None:
    assert _status(bank, "case.on-device-speech-commands", "constraints", text) != "explained"
