"""Attack run of round 29: a session holding an answer with no score yet (a spoken answer's row
is written when its recording starts: the app ended before it was transcribed) and an answer to
a question no longer in the packs, exported in every text format."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core import export
from simulator.core.questions import QuestionBank, load_packs
from simulator.core.storage import SessionRecord, Storage

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


@pytest.fixture
def bank() -> QuestionBank:
    return load_packs([PACK])


@pytest.fixture
def session(data_dir: Path) -> SessionRecord:
    storage = Storage(data_dir / "sessions.sqlite3")
    try:
        sid = storage.create_session({"name": "Loop", "question_ids": ["tech.overfit", "my.gone"]})
        storage.add_answer(sid, "tech.overfit", 0, "spoken", "Overfitting memorizes noise.")
        storage.add_answer(sid, "my.gone", 1, "typed", "An answer kept.")
        return storage.session(sid)
    finally:
        storage.close()


def test_markdown_says_an_unscored_answer_has_no_score_yet(session: SessionRecord, bank) -> None:  # type: ignore[no-untyped-def]
    """Each answer's heading line read '**None/100**' (Python's None printed)."""
    md = export.render("md", session, bank)
    assert "None" not in md, md
    assert "· spoken* · **–/100**" in md


def test_markdown_names_the_id_of_a_question_gone_from_the_packs(
    session: SessionRecord, bank
) -> None:  # type: ignore[no-untyped-def]
    """Its line read '* · typed* · ...': an empty category, and nothing telling which question
    (which pack to restore) the answer was given to."""
    md = export.render("md", session, bank)
    assert "*question id my.gone · typed*" in md, md
    assert "* · typed*" not in md


@pytest.mark.parametrize("fmt", ["html", "json"])
def test_no_format_prints_none_for_a_missing_score(session: SessionRecord, bank, fmt: str) -> None:  # type: ignore[no-untyped-def]
    text = export.render(fmt, session, bank)
    assert "None/100" not in text and ">None<" not in text
