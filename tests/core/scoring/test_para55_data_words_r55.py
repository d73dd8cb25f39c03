"""Absolute words that describe data or set a scene are no claim about the method (para55,
issue 9). The lead's blind kinds, in examples of my own: a correct feature-selection paraphrase
charged for "a column where every row is always the same value" and "if two columns are
basically the same thing" (both describe columns), and a scene set with "Suppose ..." charged
for what holds in it. Each answer below was charged at 3d9ae68b; the sweeping claims about the
method next to them stay charged."""

from __future__ import annotations

from simulator.core.scoring.stance import clause_ids
from simulator.core.scoring.text import tokenize
from tests.core.scoring.rubric_charges import charged, shipped_question

_COLUMNS = (
    "First drop anything useless: a column where every row is always the same value tells you "
    "nothing. If two columns are basically the same thing, like height in inches and height in "
    "centimeters, keep only one. Then score each remaining column on its own against the target "
    "and keep the top ones. After that, add or remove columns one at a time and keep the set "
    "that does best on held-back data. Always do the choosing inside each fold of "
    "cross-validation, never on the whole dataset first."
)


def test_always_and_the_same_describing_columns_are_not_charged_r55() -> None:
    assert charged(shipped_question("tech.feature-selection"), _COLUMNS) == []


def test_a_condition_keeps_its_complement_after_an_adverb_r55() -> None:
    s = tokenize("If two columns are basically the same thing, keep only one.").sentences[0]
    ids = clause_ids(s)
    # "if two columns are basically the same thing" is one clause, the consequence another
    assert len(set(ids[:8])) == 1 and ids[8] != ids[0]


_SCENE = (
    "Suppose nothing is really going on, say the coin is perfectly fair. Imagine a friend who "
    "flips it twenty times and always gets heads exactly fifteen times. The p-value asks how "
    "often pure luck would give a result at least as lopsided as that if the coin were fair. A "
    "tiny p-value makes you doubt the fair coin, but it is not the chance that the coin is fair."
)


def test_what_holds_in_a_supposed_scene_is_not_charged_r55() -> None:
    assert charged(shipped_question("tech.p-values"), _SCENE) == []


def test_sweeping_claims_about_the_method_stay_charged_r55() -> None:
    said = (
        "Removing columns always makes the model more accurate. A model that is regularized "
        "never overfits, whatever the data. Imagine nothing; wrapper methods are the only way to "
        "pick columns. A column where the values change a lot always helps."
    )
    assert charged(shipped_question("tech.feature-selection"), said) == [
        "always",
        "the only",
        "always",
    ]
