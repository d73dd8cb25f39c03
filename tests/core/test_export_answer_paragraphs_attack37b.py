"""The Markdown export keeps an answer's paragraphs (attack run 37b): the "Your answer" quote
joined every paragraph of a typed answer into one line. Each paragraph is now its own quoted
block ('> ' before each line), a blank quoted line between them, each still escaped."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_export import exported

ANSWER = (
    "Overfitting memorizes noise in the training set.\n\n"
    "- Regularization **helps**: it shrinks the weights.\n"
    "A second line of the same paragraph.\n\n\n"
    "Cross-validation shows the gap between train and validation error."
)


def test_the_answer_quote_keeps_paragraphs(data_dir: Path) -> None:
    md = exported(data_dir, "md", {"tech.overfit": ANSWER})
    quote = (
        "> Overfitting memorizes noise in the training set.\n"
        ">\n"
        r"> \- Regularization \*\*helps\*\*: it shrinks the weights." + "\n"
        "> A second line of the same paragraph.\n"
        ">\n"
        "> Cross-validation shows the gap between train and validation error.\n"
    )
    assert quote in md, md[md.find("Your answer") :][:600]
