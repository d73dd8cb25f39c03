"""Dollar signs and tildes in an answer, in the Markdown export (attack run 42): "saved $5-$10 a
user" read as math between the two dollar signs in viewers that render $...$ (GitHub, GitLab,
Obsidian, Jupyter), and "~~" struck the words between through (GitHub Flavored Markdown): the
answer was shown as other than typed. Both are escaped now (a backslash before any ASCII
punctuation is literal in CommonMark), as emphasis, links and headings were."""

from __future__ import annotations

from pathlib import Path

from simulator.core.export.render import markdown_escape, markdown_quote
from tests.core.test_export import exported


def test_dollars_and_tildes_are_literal() -> None:
    assert markdown_escape("saved $5-$10 a user") == "saved \\$5-\\$10 a user"
    assert markdown_escape("~~not this~~ but ~that") == "\\~\\~not this\\~\\~ but \\~that"
    assert markdown_quote("costs $x$\nand ~~y~~") == "> costs \\$x\\$\n> and \\~\\~y\\~\\~"


def test_the_export_shows_the_money_as_typed(data_dir: Path) -> None:
    md = exported(data_dir, "md", {"tech.overfit": "It cost $5-$10 per run, ~~twice~~ once."})
    assert "> It cost \\$5-\\$10 per run, \\~\\~twice\\~\\~ once." in md
