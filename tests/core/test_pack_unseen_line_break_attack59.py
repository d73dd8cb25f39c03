"""A pack whose prompt holds a line-break character an editor does not show (NEXT LINE,
LINE SEPARATOR, PARAGRAPH SEPARATOR: text copied from a word processor or a PDF) is said as
such, on the editor's line (attack run 59: the message sent the author looking for an indent,
a tab or a quote left open, on a line one past the one holding it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs

PACK = """questions:
  - id: tech.unseen
    category: technical
    topic: evaluation
    difficulty: 2
    prompt: What is overfitting{gap}and how do you detect it?
    time_limit_s: 120
    key_points:
      - id: gap
        label: A gap between train and validation error
        phrases: [validation error, held out error]
    model_answer: Overfitting fits noise; a gap between training and validation error shows it.
"""


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\x85", "NEXT LINE (U+0085)"),
        ("\u2028", "LINE SEPARATOR (U+2028)"),
        ("\u2029", "PARAGRAPH SEPARATOR (U+2029)"),
    ],
)
def test_an_unseen_line_break_is_named_on_its_line_attack59(
    tmp_path: Path, char: str, name: str
) -> None:
    pack = tmp_path / "copied.yaml"
    pack.write_text(PACK.format(gap=char), encoding="utf-8")
    (problem,) = load_packs([pack]).problems
    assert problem.line == 6, problem  # the prompt's line, as the editor counts
    assert f"this line holds a {name} character" in problem.message, problem.message
    assert "indent" not in problem.message


def test_a_break_after_the_problem_leaves_the_parser_s_advice_attack59(tmp_path: Path) -> None:
    broken = PACK.format(gap=" ").replace("time_limit_s: 120", "time_limit_s: [120")
    pack = tmp_path / "broken.yaml"
    pack.write_text(broken + "# a note\u2028copied\n", encoding="utf-8")
    (problem,) = load_packs([pack]).problems
    assert "SEPARATOR" not in problem.message and "bracket left open" in problem.message


def test_a_quoted_break_still_loads_attack59(tmp_path: Path) -> None:
    quoted = PACK.format(gap=" ").replace(
        "prompt: What is overfitting and how do you detect it?",
        'prompt: "What is overfitting\u2028and how do you detect it?"',
    )
    pack = tmp_path / "quoted.yaml"
    pack.write_text(quoted, encoding="utf-8")
    bank = load_packs([pack])
    assert not bank.problems and "tech.unseen" in bank.questions
