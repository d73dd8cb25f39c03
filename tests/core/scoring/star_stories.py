"""A story told as sentences, read by the STAR labeller: the helper the label tests share."""

from __future__ import annotations

from simulator.core.scoring.structure import StructureResult, analyse_star
from simulator.core.scoring.text import tokenize
from simulator.core.transcript import Transcript


def analysed(*sentences: str) -> StructureResult:
    """The labeller's reading of the sentences told as one answer."""
    text = " ".join(sentences)
    return analyse_star(tokenize(text), Transcript(text))


def star_labels(*sentences: str) -> list[str]:
    """Each sentence's STAR label, in order."""
    return [segment.label for segment in analysed(*sentences).star.segments]
