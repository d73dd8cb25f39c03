"""Swaps between two methods of a listed prompt (issue 9, newpack30): "how do greedy decoding,
beam search, temperature, top k and top p sampling differ" names methods that are not all
rivals; two of them are a pair when a key point's label contrasts them in two parts ("Top k
keeps a fixed number of tokens; top p keeps the smallest set ..."), and each side's attributes
are then only the phrases of its own part."""

from __future__ import annotations

from simulator.core.scoring.pair_sides import SWAP_PAIRS
from simulator.core.scoring.prompt_pairs import question_pairs
from tests.core.scoring.rubric_charges import charged, one_question

DECODING = one_question(
    """
questions:
  - id: tech.decoding
    category: technical
    topic: nlp
    difficulty: 2
    prompt: How do greedy decoding, beam search, temperature, top k and top p sampling differ?
    time_limit_s: 150
    key_points:
      - id: temperature
        label: Temperature divides the logits; low temperature is sharper, high is flatter
        weight: 2
        phrases: [divides the logits, sharper distribution, flatter distribution]
      - id: truncation
        label: Top k keeps a fixed number of tokens; top p keeps the smallest set whose cumulative probability reaches p
        weight: 3
        phrases: [fixed number of tokens, cumulative probability, smallest set, renormalize]
    model_answer: >-
      Greedy decoding takes the most likely token. Temperature divides the logits: a low
      temperature gives a sharper distribution and a high one a flatter distribution. Top k keeps a
      fixed number of tokens and renormalizes. Top p keeps the smallest set of tokens whose
      cumulative probability reaches p.
""",
    "decoding.yaml",
)


def test_only_methods_a_label_contrasts_are_paired() -> None:
    labels = tuple(kp.label for kp in DECODING.key_points)
    own = question_pairs(DECODING.prompt, labels)[len(SWAP_PAIRS) :]
    assert own == ((("top k",), ("top p",)),)
    assert question_pairs(DECODING.prompt)[len(SWAP_PAIRS) :] == ()


def test_a_swapped_pair_of_a_listed_prompt_is_charged() -> None:
    wrong = (
        "Top k keeps the tokens whose cumulative probability reaches k, and top p keeps a fixed"
        " number of tokens."
    )
    assert charged(DECODING, wrong) == ["truncation"]
    right = (
        "Top k keeps a fixed number of tokens, while top p keeps the smallest set of tokens"
        " whose cumulative probability reaches p and renormalizes."
    )
    assert charged(DECODING, right) == []
