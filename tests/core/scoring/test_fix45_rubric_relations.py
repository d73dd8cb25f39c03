"""Review of rubric_relations (round 45, fix45): a side keeps the words that say how it moves
("as the sample *gets smaller*", "a *shorter* horizon", "as alpha *falls*"), a side whose
direction is in doubt ("a *stricter* alpha", "as alpha gets *noisier*") charges nothing, and a
rubric sentence that denies, hedges or conditions a relation states none."""

from __future__ import annotations

import pytest

from simulator.bank import load_bank
from simulator.core.scoring.rubric_relations import turned_relations
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import charged, one_question
from tests.core.scoring.test_wrong45_rubric_relations import PACK


def _turned(question, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    tokens = tokenize(text)
    return sorted(turned_relations(question, tokens, Stance(tokens)))


@pytest.mark.parametrize(
    "text",
    [
        # how the side moves, said after it
        "Power falls as the sample gets smaller.",
        "Power drops as alpha becomes smaller.",
        "Power shrinks as the sample is reduced.",
        "Power goes down as the sample size goes down.",
        "Forecast errors drop with a shorter horizon.",
        "Forecast errors fall as the horizon gets shorter.",
        "Power falls with a decreasing sample.",
        # a side said with a word the rubric never uses, or a direction it cannot read
        "Power falls with a cleaner sample.",
        "Power rises as the sample gets noisier.",
        "Forecast errors drop with a faster horizon.",
    ],
)
def test_a_side_that_moves_or_is_in_doubt_is_not_charged(text: str) -> None:
    assert _turned(one_question(PACK, "relations.yaml"), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Power falls as the sample gets larger.",
        "Power drops as the sample grows.",
        "Forecast errors drop with a longer horizon.",
    ],
)
def test_a_side_that_moves_the_wrong_way_is_still_charged(text: str) -> None:
    assert _turned(one_question(PACK, "relations.yaml"), text) != []


def test_a_shipped_trade_off_said_with_the_degree_after_is_not_charged() -> None:
    question = load_bank().get("tech.hypothesis-testing-errors")
    for text in (
        "Beta rises as alpha gets smaller, so with a fixed sample I trade one for the other.",
        "Beta rises as alpha falls for a fixed sample.",
        "Beta grows with a stricter alpha for a fixed sample.",
    ):
        assert _turned(question, text) == [], text


EM = """
questions:
  - id: tech.em-fix45
    category: technical
    topic: clustering
    difficulty: 3
    prompt: What does each EM iteration do to the likelihood, and why do restarts help?
    time_limit_s: 120
    key_points:
      - id: monotone
        label: Each EM iteration cannot decrease the likelihood
        weight: 2
        phrases: [never decreases the likelihood]
      - id: restarts
        label: Restarts might raise the final likelihood
        weight: 1
        phrases: [restarts]
      - id: step
        label: If the step is too large, a larger step lowers the likelihood
        weight: 1
        phrases: [step size]
    model_answer: >-
      EM alternates an E-step and an M-step. Each iteration cannot decrease the likelihood. Restarts
      might raise the final likelihood. If the step is too large, a larger step lowers the likelihood.
"""


def test_a_rubric_sentence_that_denies_hedges_or_conditions_states_no_relation() -> None:
    question = one_question(EM, "em.yaml")
    for text in (
        "Each EM iteration raises the likelihood.",
        "Restarts lower the final likelihood.",
        "A larger step raises the likelihood.",
    ):
        assert _turned(question, text) == [], text


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the point's size word and its change word both turned: the point said again
        ("Power falls as the sample gets smaller.", []),
        ("With a smaller sample, power drops.", []),
        # one of them turned: still charged
        ("A smaller sample raises power.", ["sample"]),
        ("Power falls as the sample gets larger.", ["sample"]),
    ],
)
def test_a_point_turned_twice_over_is_not_charged_end_to_end(text: str, wanted: list[str]) -> None:
    assert charged(one_question(PACK, "relations.yaml"), text) == wanted
