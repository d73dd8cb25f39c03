"""A spoken answer that opens on a word of assent or of taking the floor with its comma ("Yeah,
so ...", "Okay, so ...", "Right, ...") is not read as opening on the concept "yeah" (para51,
answer_subject._interjections). Read so, strong answers kept a quarter of their key-point credit:
dev_blind44's contrastive-learning strong answer ("Yeah, so in SimCLR you take a batch ...")
scored 25, under its partial (70) and its prompt echo (27). The model answers' openings said after
such an opener: test_spoken_opening_ux26."""

from __future__ import annotations

from simulator.core.scoring.answer_subject import opening_concept
from simulator.core.scoring.text import tokenize


def test_the_concept_after_an_interjection_is_still_read_r51() -> None:
    """Past the interjection the answer still opens on what it names: a neighbouring concept
    opened on after "Okay," is read as before."""
    assert opening_concept(tokenize("Okay, gradient boosting fits the residuals.")) == [
        "gradient",
        "boosting",
    ]
