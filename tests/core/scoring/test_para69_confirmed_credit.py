"""A key point the margin reading confirms earns its whole weight in a full reading (issue 9,
para69).

A paraphrase read in full earned at most ``FULL_CREDIT`` (0.9) of each point it said in other
words, while a partial answer's point said in two of the rubric's phrases earns 1.0: a paraphrase
that said every point tied or lost to a partial answer that said three of four in the rubric's
words. When a sentence also tells the point apart from the question's other points
(point_margins.py), two readings say the sentence says this point, and it earns up to
``CONFIRMED_CREDIT``. A point only one reading finds keeps the old cap.
"""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.scoring import meaning_credit, score_answer
from simulator.core.scoring.meaning import PointMeaning
from simulator.core.transcript import Transcript

_REPO = Path(__file__).resolve().parents[3]


def _credits(
    points: list[PointMeaning], told: tuple[tuple[int, int, float], ...] = (), full: bool = True
) -> list[float]:
    return [c for c, _ in meaning_credit.meaning_lifts(points, full, True, told=told)]


def test_a_confirmed_point_earns_its_whole_weight_r69() -> None:
    # closeness 0.6 by the own-words slope is 1.2: 0.9 before, the whole point now
    points = [PointMeaning(0.0, 0.6, 0), PointMeaning(0.0, 0.6, 1)]
    assert _credits(points, told=((0, 0, 0.7),)) == [meaning_credit.CONFIRMED_CREDIT, 0.75]
    assert meaning_credit.CONFIRMED_CREDIT == 1.0 > meaning_credit.FULL_CREDIT


def test_a_point_only_its_closeness_finds_keeps_the_cap_r69() -> None:
    # as close as the model answer's own sentence, but no margin names it: 0.9
    points = [PointMeaning(0.0, 0.95, 0)]
    assert _credits(points) == [meaning_credit.FULL_CREDIT]


def test_outside_a_full_reading_a_confirmed_point_earns_no_more_r69() -> None:
    points = [PointMeaning(0.0, 0.95, 0)]
    assert _credits(points, told=((0, 0, 1.0),), full=False) == [meaning_credit.CLOSE_CREDIT]


_PEBBLES = (
    "Picture two kinds of pebbles scattered on a table, and you want to lay down a stick that "
    "keeps them apart. Many positions of the stick would do, but this method picks the one that "
    "leaves the widest empty strip on both sides, because a wide strip is less likely to be "
    "upset by a new pebble landing near the edge. Only the few pebbles sitting right at the edge "
    "of that strip decide where it goes; you could throw away all the others and get the same "
    "stick. Real tables are messy, so some pebbles are allowed to sit inside the strip or even on "
    "the wrong side, and each one that does costs a penalty. A single setting decides how heavy "
    "that penalty is: make it heavy and the stick bends over backwards to avoid mistakes and may "
    "chase noise, make it light and you get a wider, calmer strip that tolerates a few errors. "
    "When no straight stick can separate the pebbles, a trick measures how similar pairs of "
    "pebbles are as if they had been lifted into a higher space, where a flat divider works, "
    "without ever computing that space."
)


def test_an_svm_analogy_earns_the_kernel_point_whole_r69() -> None:
    # the last sentence says the kernel trick in everyday words, and tells that point apart
    # from the margin and penalty points: 0.9 of it before
    question = load_packs([_REPO / "questions"]).get("tech.svm")
    score = score_answer(question, Transcript(_PEBBLES))
    kernels = next(k for k in score.key_points if k.id == "kernels")
    assert kernels.via == "meaning" and kernels.credit == meaning_credit.CONFIRMED_CREDIT
    assert "higher space" in (kernels.evidence or "")
