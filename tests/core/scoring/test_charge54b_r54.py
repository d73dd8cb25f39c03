"""Two correct answers charged or not credited (charge54b, issue 9): a sentence that names both
sides of a rubric's pair and says they are one ("A is ..., so minimising it is B") was charged as
the two terms' words exchanged; a test's symbol said by its name ("one minus the type two error
rate" for "one minus beta") did not earn the point. Each sentence is my own and failed at main
3d0f8899; a real exchange and a wrong symbol stay charged or uncredited."""

from __future__ import annotations

import pytest

from tests.core.scoring.rubric_charges import contradictions, earned, shipped_question

_CE = "tech.cross-entropy"
_POWER = "tech.hypothesis-testing-errors"


@pytest.mark.parametrize(
    "text",
    (
        "Cross entropy is the negative log likelihood of the labels under a Bernoulli or "
        "categorical model, so minimising it is maximum likelihood on the predicted "
        "probabilities of the true class.",
        "Log loss is the negative log likelihood of a Bernoulli model of the labels, which is "
        "the same as maximum likelihood for the probability of the correct class.",
        "It is the negative log likelihood under a categorical distribution, and minimizing it "
        "is exactly maximum likelihood of the true class probabilities.",
    ),
)
def test_a_pair_said_to_be_one_is_not_an_exchange_r54(text: str) -> None:
    q = shipped_question(_CE)
    assert contradictions(q, text) == {}
    assert earned(q, text, "definition") > 0
    assert earned(q, text, "probabilistic") > 0


def test_a_real_exchange_stays_charged_r54() -> None:
    q = shipped_question(_CE)
    text = (
        "The log likelihood is what gives a clean interpretation when the labels follow a "
        "Bernoulli or categorical distribution, while maximum likelihood is minus the log of "
        "the probability assigned to the true class."
    )
    assert "definition" in contradictions(q, text) or "probabilistic" in contradictions(q, text)


@pytest.mark.parametrize(
    "text",
    (
        "Power is one minus the type two error rate.",
        "The power of the test is one minus the type 2 error rate.",
        "Statistical power equals one minus the type two error probability.",
    ),
)
def test_a_symbol_said_by_its_name_earns_the_point_r54(text: str) -> None:
    assert earned(shipped_question(_POWER), text, "power") > 0


@pytest.mark.parametrize(
    "text",
    (
        "Power is one minus the type one error rate.",
        "Power is one minus the significance level.",
    ),
)
def test_the_other_symbols_name_earns_nothing_r54(text: str) -> None:
    q = shipped_question(_POWER)
    assert earned(q, text, "power") == 0
