"""A word granted to the other name "too" or "as well" is not moved to it (named_sides.py).

"Large decoders can classify too": the answer gives the other name the ability as well, it does
not take it from the name the model answer gives it. contradiction.py's swaps read "also", "too",
"likewise", "equally" and "as well" so (stance.said_as_well); named_sides.py charged such a
correct answer as a swap both ways and sank it to 0. A real swap is still charged."""

from __future__ import annotations

import pytest

from simulator.core.questions import Question
from simulator.core.scoring.named_sides import crossed
from simulator.core.scoring.stance import Stance
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import one_question

ENCODERS = """
questions:
  - id: tech.as-well-encoders-test
    category: technical
    topic: nlp
    difficulty: 2
    prompt: How do the two families of pretrained language models differ, and when do you use each?
    time_limit_s: 120
    key_points:
      - id: bert
        label: BERT reads the whole sentence in both directions and suits classification and tagging
        weight: 3
        phrases: [both directions, classification]
      - id: gpt
        label: GPT reads left to right and suits generation and chat
        weight: 3
        phrases: [left to right, generation]
    model_answer: >-
      BERT reads the whole sentence in both directions, so it suits classification and tagging.
      GPT reads left to right, so it suits generation and chat.
"""


@pytest.fixture(scope="module")
def encoders() -> Question:
    return one_question(ENCODERS, "as_well_encoders.yaml")


def _crossed(question: Question, text: str) -> dict[int, tuple[str, str]]:
    tokens = tokenize(text)
    return crossed(question, tokens, Stance(tokens))


@pytest.mark.parametrize(
    "text",
    [
        "GPT reads text for classification too, at a higher cost, and BERT reads prompts for "
        "some generation as well, though poorly.",
        "GPT reads reviews for classification also, and BERT reads a prefix for generation "
        "likewise, if pushed.",
    ],
)
def test_a_word_granted_as_well_is_not_a_swap(encoders: Question, text: str) -> None:
    assert _crossed(encoders, text) == {}


def test_a_real_swap_is_still_charged(encoders: Question) -> None:
    found = _crossed(
        encoders,
        "BERT reads prompts for generation and chat, and GPT reads reviews for classification.",
    )
    assert found, "the swap both ways is charged"
