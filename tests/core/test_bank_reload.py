"""The line the window says after reading the question packs again (ux39)."""

from __future__ import annotations

from pathlib import Path

from simulator.core.bank_reload import reload_summary
from simulator.core.questions import Problem, QuestionBank, load_packs

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def test_new_gone_and_problems_are_counted() -> None:
    old = load_packs([PACK])
    ids = list(old.questions)
    new = QuestionBank(
        questions={i: old.questions[i] for i in ids[1:]} | {"x.a": old.questions[ids[0]]},
        problems=[Problem("a.yaml", None, None, "not YAML"), Problem("b.yaml", "q", None, "x")],
    )
    said = reload_summary(old, new)
    assert said == (
        "Question packs read again: 1 new question, 1 question no longer there; 2 problems "
        "(Help → Question pack problems lists them)."
    )


def test_nothing_changed_says_so() -> None:
    bank = load_packs([PACK])
    assert reload_summary(bank, bank) == (
        "Question packs read again: no question added or removed, no problems."
    )
