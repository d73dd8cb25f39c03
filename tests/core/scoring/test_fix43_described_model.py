"""A verdict on a described model is exempt only while the answer uses the model (fix43).

para43 exempted "a model predicting tomorrow equals today ... is useless" (a verdict on the
model as a product, the answer comparing against it). Two holes were reviewed: "baseline" was
read as a model-like head, though it names the comparison itself, and a verdict that leads to
skipping the comparison ("..., I would skip comparing against it") was exempt too.
"""

from __future__ import annotations

import pytest

from tests.core.scoring.rubric_charges import shipped_charges as _charges


@pytest.mark.parametrize(
    "said",
    [
        # the baseline itself called pointless, however it is described
        "A baseline predicting tomorrow equals today is pointless; a deep network will beat it anyway.",
        "Baselines saying tomorrow equals today are a waste of time, deep models win.",
        # the verdict given as the reason to skip the comparison
        "Since a model predicting tomorrow equals today is useless, I would skip comparing against it.",
        "A forecaster that says tomorrow equals today is useless, so we would not bother with it.",
        "A baseline that predicts tomorrow equals today is useless, so I would not bother with it.",
        "A model predicting tomorrow equals today is useless. I would never compare against one.",
    ],
)
def test_a_verdict_that_skips_the_comparison_is_charged(said: str) -> None:
    assert _charges("case.stock-prices", said)


@pytest.mark.parametrize(
    "said",
    [
        "A model predicting tomorrow equals today is useless for trading, but I always compare "
        "against it before trusting anything fancier.",
        "A forecaster that says tomorrow equals today is not useful as a product, so I judge my "
        "returns against it.",
    ],
)
def test_a_verdict_on_a_model_then_used_as_a_yardstick_is_not_charged(said: str) -> None:
    assert _charges("case.stock-prices", said) == []
