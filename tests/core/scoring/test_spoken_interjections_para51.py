"""A spoken answer that opens on a word of assent or of taking the floor with its comma ("Yeah,
so ...", "Okay, so ...", "Right, ...") is not read as opening on the concept "yeah" (para51,
answer_subject._interjections). Read so, strong answers kept a quarter of their key-point credit:
dev_blind44's contrastive-learning strong answer ("Yeah, so in SimCLR you take a batch ...")
scored 25, under its partial (70) and its prompt echo (27)."""

from __future__ import annotations

import re

import pytest

from simulator.core.questions import QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.answer_subject import opening_concept
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript

OTHER = "opens on and develops"


def _opening(text: str, sentences: int = 3) -> str:
    return " ".join(re.split(r"(?<=[.!?])\s+", text.strip())[:sentences])


@pytest.mark.parametrize(
    "opener",
    ["Yeah, so ", "Okay, so ", "Yes, ", "Right, so ", "Sure, ", "Ok, ", "Yeah, ", "So, um, "],
)
def test_an_interjection_is_not_the_concept_an_answer_opens_on_r51(
    bank: QuestionBank, opener: str
) -> None:
    questions = sorted(bank.questions.values(), key=lambda q: q.id)
    picked = [q for q in questions if q.category in ("case", "technical")][::9][:12]
    assert len(picked) == 12
    wrong = []
    for q in picked:
        said = _opening(q.model_answer)
        plain = score_answer(q, Transcript(text=said)).basis.get("content", "")
        opened = opener + said[0].lower() + said[1:]
        basis = score_answer(q, Transcript(text=opened)).basis.get("content", "")
        if OTHER in basis and OTHER not in plain:
            wrong.append((q.id, basis))
    assert not wrong, wrong


def test_the_concept_after_an_interjection_is_still_read_r51() -> None:
    """Past the interjection the answer still opens on what it names: a neighbouring concept
    opened on after "Okay," is read as before."""
    assert opening_concept(tokenize("Okay, gradient boosting fits the residuals.")) == [
        "gradient",
        "boosting",
    ]
