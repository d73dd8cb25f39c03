"""Review of e4775926 (fix45): after "with", "from" or a verb of asking or bringing people in,
a function's name that ends its phrase is that function's people ("partnered with finance to
rebuild", "asked design for"); one that modifies a noun is still a thing ("finance data")."""

from __future__ import annotations

import pytest

from simulator.core.scoring.intent_phrases import index_of, said_at
from simulator.core.scoring.text import tokenize


@pytest.mark.parametrize(
    ("text", "name"),
    (
        ("I partnered with finance to rebuild the forecast.", "finance"),
        ("I sat down with sales to agree the targets.", "sales"),
        ("I brought in operations early in the project.", "operations"),
        ("I needed buy-in from product before the launch.", "product"),
        ("I asked design for a simpler screen.", "design"),
        ("I looped in legal on day one.", "legal"),
    ),
)
def test_a_function_dealt_with_is_its_people(text: str, name: str) -> None:
    assert said_at(index_of(tokenize(text)), name)


@pytest.mark.parametrize(
    ("text", "name"),
    (
        ("I worked with finance data for a month.", "finance"),
        ("I asked design questions in the review.", "design"),
        ("We moved the target from sales to margin.", "sales"),
    ),
)
def test_a_function_name_that_names_a_thing_is_not_its_people(text: str, name: str) -> None:
    assert not said_at(index_of(tokenize(text)), name)
