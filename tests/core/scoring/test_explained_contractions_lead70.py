"""Round 70 (issue 9, lead70): a contraction of a pronoun and its verb ("that's", "they're") says
two connecting words, as "doesn't" does ("does not"); it was read as none, so a point explained
only through "that's" was read as named."""

from __future__ import annotations

import pytest

from simulator.core.scoring.explained import is_explained
from simulator.core.scoring.text import CONNECTIVES, tokenize


@pytest.mark.parametrize(
    "sentence",
    [
        "Label smoothing, that's softening hard targets toward uniform noise.",
        "Label smoothing, there's less overconfidence on noisy classes afterwards.",
        "Label smoothing, they're softened targets mixing uniform noise in.",
    ],
)
def test_a_contracted_pronoun_and_verb_explain_a_point(sentence: str) -> None:
    tokens = tokenize(sentence)
    assert tokens.words[:2] == ("label", "smoothing")
    assert is_explained(tokens, (0, 2), set())


def test_the_same_sentence_without_the_contraction_still_only_names_the_point() -> None:
    tokens = tokenize("Label smoothing, softening hard targets toward uniform noise.")
    assert not is_explained(tokens, (0, 2), set())


def test_a_possessive_is_not_a_connecting_word() -> None:
    assert "model's" not in CONNECTIVES
    assert {"that's", "they're", "we've", "it'll"} <= CONNECTIVES
