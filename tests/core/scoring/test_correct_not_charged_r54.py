"""Correct answers charged for a limitation that restates the rubric's assumption, for an
absolute word that is true (a denial the rubric's own phrase makes, a degree that grows, an
impossible thing described), or for a warning that tells two related things apart (charge54,
issue 9). Each sentence below was charged at 918283f4, in an otherwise correct
answer; the wrong claims next to them stay charged."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import Question, load_packs
from tests.core.scoring.rubric_charges import charged, shipped_question

_PACKS = Path(__file__).resolve().parent / "packs"


@lru_cache(maxsize=4)
def _pack_question(pack: str, qid: str) -> Question:
    return load_packs([Path(__file__).resolve().parents[3] / "questions", _PACKS / pack]).get(qid)


_KMEANS = (
    "K-means assigns each point to the nearest centroid and recomputes the centroids as means, "
    "which minimizes inertia. {}"
)


# A limitation told from the failing side of the rubric's assumption ("assumes similarly sized
# clusters"): the case the method has trouble with is the assumption's other side.
@pytest.mark.parametrize(
    "sentence",
    (
        "It struggles with very different cluster sizes and densities, and with outliers.",
        "It fails when the clusters have very different sizes.",
        "It does badly when the groups differ a lot in size and density.",
    ),
)
def test_limitation_restating_the_assumption_is_not_charged_r54(sentence: str) -> None:
    assert charged(shipped_question("tech.k-means"), _KMEANS.format(sentence)) == []


def test_assumption_turned_is_still_charged_r54() -> None:
    said = _KMEANS.format("It assumes the clusters have very different sizes.")
    assert charged(shipped_question("tech.k-means"), said) == ["assumptions"]


_ROC = (
    "The area under it is the chance a positive outscores a negative. Guessing at random will "
    "always give you one half. {}"
)


# "never" denying what one of the rubric's own phrases denies ("does not depend on the
# threshold"): the point in everyday words, not a sweeping claim.
def test_never_restating_a_denying_phrase_is_not_charged_r54() -> None:
    said = _ROC.format("It never depends on where you put the threshold.")
    assert charged(shipped_question("tech.roc-auc"), said) == []


def test_never_of_something_else_is_still_charged_r54() -> None:
    said = _ROC.format("It never depends on the ranking of the scores.")
    assert charged(shipped_question("tech.roc-auc"), said) == ["always", "never"]


_CLT = (
    "Average many independent draws from one source, again and again, and the averages pile up "
    "around the true mean. {} Single draws never turn bell-shaped themselves."
)


def test_graded_completeness_is_not_charged_r54() -> None:
    said = _CLT.format(
        "The pile gets more perfectly bell-shaped as each sample grows, whatever the source "
        "looks like."
    )
    assert charged(shipped_question("tech.central-limit-theorem"), said) == []


def test_plain_completeness_is_still_charged_r54() -> None:
    said = _CLT.format("The pile is perfectly bell-shaped for any sample size.")
    assert charged(shipped_question("tech.central-limit-theorem"), said) == [
        "perfectly",
        "never",
    ]


_SHAP = (
    "Each feature gets its fair share of the gap between this prediction and the average "
    "prediction, over every order the features could join in. The shares always add up to "
    "that gap. {}"
)


def test_impossible_before_its_noun_is_not_charged_r54() -> None:
    said = _SHAP.format(
        "Filling in missing features independently asks the model about impossible "
        "combinations when features are correlated."
    )
    assert charged(shipped_question("tech.shap-values"), said) == []


def test_impossible_as_a_claim_is_still_charged_r54() -> None:
    said = _SHAP.format("Computing them exactly is impossible for more than ten features.")
    assert charged(shipped_question("tech.shap-values"), said) == ["always", "impossible"]


# A warning that tells two related things apart: what it says of one is no swap of the other's.
_RETRY = (
    "Retrying in a tight loop is a mistake: it hammers a service that is already struggling. {}"
)


def test_wait_growing_after_each_failure_is_not_charged_r54() -> None:
    question = _pack_question("wrong42held", "tech.w42h-retry-backoff")
    said = _RETRY.format("The delay should grow after each failed attempt, with random jitter.")
    assert charged(question, said) == []


_SCALING = "tech.s39h-strong-weak-scaling"


@pytest.mark.parametrize(
    "text",
    (
        "People confuse the two. Weak scaling keeps the work per worker fixed; strong scaling "
        "asks how much faster one fixed job finishes on more workers.",
        "Strong scaling asks how much faster one fixed job finishes when you add workers, and "
        "Amdahl's law caps it.",
    ),
)
def test_each_named_side_telling_its_own_thing_is_not_charged_r54(text: str) -> None:
    assert charged(_pack_question("swap39held", _SCALING), text) == []


def test_the_other_sides_claim_is_still_charged_r54() -> None:
    said = (
        "Strong scaling keeps the work per worker fixed and lets the total problem grow with the "
        "number of workers."
    )
    assert charged(_pack_question("swap39held", _SCALING), said) == ["weak-scaling"]
