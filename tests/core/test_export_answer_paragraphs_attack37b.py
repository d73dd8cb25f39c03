"""The Markdown export keeps an answer's paragraphs (attack run 37b): the "Your answer" quote
joined every paragraph of a typed answer into one line. Each paragraph is now its own quoted
block ('> ' before each line), a blank quoted line between them, each still escaped."""

from __future__ import annotations

from pathlib import Path

from simulator.core import export
from simulator.core.questions import load_packs
from simulator.core.storage import Storage
from tests.core.test_export import PACK, make_session

ANSWER = (
    "Overfitting memorizes noise in the training set.\n\n"
    "- Regularization **helps**: it shrinks the weights.\n"
    "A second line of the same paragraph.\n\n\n"
    "Cross-validation shows the gap between train and validation error."
)


def test_the_answer_quote_keeps_paragraphs(data_dir: Path) -> None:
    bank = load_packs([PACK])
    storage = Storage(data_dir / "sessions.sqlite3")
    sid = make_session(storage, bank, {"tech.overfit": ANSWER})
    record = storage.session(sid)
    storage.close()
    md = export.render("md", record, bank)
    quote = (
        "> Overfitting memorizes noise in the training set.\n"
        ">\n"
        r"> \- Regularization \*\*helps\*\*: it shrinks the weights." + "\n"
        "> A second line of the same paragraph.\n"
        ">\n"
        "> Cross-validation shows the gap between train and validation error.\n"
    )
    assert quote in md, md[md.find("Your answer") :][:600]
