"""A one-question session's "What to work on next" named its question twice (issue 8, ui67, in
the real window at 960 x 640, dark): "Go beyond naming terms in question 1 (...): explain ... in
a sentence." under "Practise technical questions again tomorrow: start with question 1 (...)".
The term it named without explaining is asked in the category tip, which names it once."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_tips_name_a_question_once_ux42 import _card

# three of the rubric's terms, each named, none explained
TERMS = "Overfitting, regularization, validation error."


def test_a_term_named_without_explaining_is_asked_in_the_tip_naming_its_question(
    tmp_path: Path,
) -> None:
    _bank, summary, card = _card(tmp_path, {"tech.overfit": TERMS})
    naming = next(t for t in summary.tips if t.startswith("Go beyond naming terms ("))
    label = naming.split("explain ", 1)[1].split(" in a sentence")[0]
    (tip,) = [t for t in card.tips if "question 1 (“" in t]
    assert tip.startswith("Practise technical questions again tomorrow: start with question 1")
    assert f"explain {label} in a sentence, not by its name alone." in tip, tip
    assert not any(t.startswith("Go beyond naming terms") for t in card.tips), card.tips
