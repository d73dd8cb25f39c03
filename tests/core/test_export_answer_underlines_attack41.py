"""A typed answer's line of dashes or equals signs in the Markdown export (attack run 41): in
the "Your answer" quote, a line "---" or "===" under a line of the answer made that line a
heading (setext) in any Markdown viewer, and "---" alone drew a rule: the answer was shown
as other than typed. Such lines are now escaped, and read as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.export.render import markdown_quote
from tests.core.test_export import exported


@pytest.mark.parametrize("line", ["---", "===", "  ----  ", "-", "="])
def test_an_underline_line_is_escaped(line: str) -> None:
    quoted = markdown_quote(f"My plan\n{line}\nthen more")
    assert quoted.splitlines()[1] == "> \\" + line.strip(), quoted


def test_other_lines_read_as_before() -> None:
    assert markdown_quote("a - b\n-- x\n=x") == "> a - b\n> -- x\n> =x"


def test_the_export_shows_the_underline_as_typed(data_dir: Path) -> None:
    md = exported(data_dir, "md", {"tech.overfit": "Overfitting memorizes noise\n===\nok"})
    assert "> Overfitting memorizes noise\n> \\===\n> ok\n" in md
