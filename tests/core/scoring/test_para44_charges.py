"""Correct answers charged, by class (issue 9, para44). Each correct sentence here was charged
before the change; each wrong twin still is.

* A comparison opened by its frame, the implied "than" (compared_sides.py, read by
  opposites.py): "Compared with a plain deep network, a ResNet reaches a lower error" says the
  rubric's "plain deep networks got worse training error as depth grew" from the other end. The
  clause's own verb "trains" shares a stem with the rubric's "training error", and that alone
  had made the clause read as naming the plain network.
* A condition a label sets before both sides (compared_sides.py, read by contradiction.py):
  "With correlated features L1 picks one while L2 spreads weight" says "correlated" of the
  setting, not of L1, so "L2 handles correlated features by spreading the weight" moved
  nothing from one side to the other.
"""

from __future__ import annotations

import pytest

from tests.core.scoring.rubric_charges import charged, one_question
from tests.core.scoring.rubric_charges import shipped_charges as _charges

_DEPTH_PACK = """
pack:
  name: depth
questions:
  - id: tech.t44-depth
    category: technical
    topic: deep learning
    difficulty: 2
    prompt: Why did very deep plain networks train badly before shortcut blocks?
    time_limit_s: 90
    key_points:
      - id: degradation
        label: Plain very deep networks got worse training error as depth grew
        weight: 3
        phrases:
          - higher training error
          - training error went up
          - deeper networks performed worse
      - id: shortcut
        label: A shortcut block adds its input to its output, so it only learns a residual
        weight: 3
        phrases:
          - adds its input to its output
          - learns a residual
    model_answer: >-
      Stacking more layers made plain networks worse, even their training error went up as
      depth grew. A shortcut block adds its input to its output, so it only learns a residual.
"""


@pytest.mark.parametrize(
    "said",
    [
        "Compared with a plain deep network, a shortcut network trains faster and reaches a "
        "lower error at the same depth.",
        "Compared to plain deep networks, shortcut networks train well and reach a lower "
        "training error.",
        "Relative to a plain deep network, the shortcut version trains to a lower error.",
    ],
)
def test_a_fronted_comparison_says_the_rubric_from_the_other_end(said: str) -> None:
    question = one_question(_DEPTH_PACK, "depth.yaml")
    assert "degradation" not in charged(question, said)


@pytest.mark.parametrize(
    "said",
    [
        "Compared with a shortcut network, a plain deep network trains to a lower error.",
        "Plain deep networks reach a lower training error.",
    ],
)
def test_a_lower_error_said_of_the_plain_network_still_flips(said: str) -> None:
    question = one_question(_DEPTH_PACK, "depth.yaml")
    assert "degradation" in charged(question, said)


def test_the_shipped_resnet_comparison_is_not_charged() -> None:
    said = (
        "Compared with a plain deep network, a ResNet trains faster and reaches a lower error "
        "at the same depth."
    )
    assert _charges("tech.residual-connections", said) == []


def test_a_condition_before_both_sides_belongs_to_neither() -> None:
    said = "L2 handles correlated features better by spreading weight; L1 keeps only one of them."
    assert _charges("tech.l1-vs-l2", said) == []


@pytest.mark.parametrize(
    "said",
    [
        "L2 picks one of the correlated features and drops the other.",
        "L1 spreads the weight across correlated features.",
    ],
)
def test_each_side_keeps_its_own_attribute(said: str) -> None:
    assert any(c.startswith("correlated") for c in _charges("tech.l1-vs-l2", said))
