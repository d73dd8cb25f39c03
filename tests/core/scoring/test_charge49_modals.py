"""Requirements told with a modal are no claims (issue 9, charge49, not landed: moves no
measured set).

* A requirement or test told with a modal (comparisons.py): "the model has to beat a random walk
  after trading costs", "it must beat ...", "the bar is that it beats ..." say what the model is
  held to, not that it already does it; read as an asserted comparison, "trading costs" was ranked
  below the model (a contradicted point). The same comparison said plainly is still charged.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from simulator.core.questions import QuestionBank, load_packs
from tests.core.scoring.rubric_charges import contradictions

REPO = Path(__file__).resolve().parents[3]


@lru_cache(maxsize=1)
def _bank() -> QuestionBank:
    return load_packs([REPO / "questions"])


@pytest.mark.parametrize(
    "required",
    [
        "The model has to beat a random walk baseline after trading costs.",
        "The model must beat a random walk after trading costs.",
        "Our strategy needs to beat buying and holding after trading costs.",
        "The bar is that the model beats a random walk after trading costs.",
    ],
)
def test_a_requirement_told_with_a_modal_is_no_claim_r49(required: str) -> None:
    said = f"I would predict returns, not raw prices, with a time based split. {required}"
    assert "costs" not in contradictions(_bank().get("case.stock-prices"), said)


def test_the_comparison_said_plainly_is_still_charged_r49() -> None:
    plain = "Spark splits data into partitions. Running each step at once beats lazy evaluation."
    assert "lazy" in contradictions(_bank().get("tech.spark-fundamentals"), plain)
    held = (
        "Spark splits data into partitions. Running each step at once has to beat lazy evaluation."
    )
    assert "lazy" not in contradictions(_bank().get("tech.spark-fundamentals"), held)
