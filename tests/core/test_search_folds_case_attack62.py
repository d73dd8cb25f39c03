"""History's search finds a word whatever its case, in every alphabet (attack run 62): it was
SQLite's LIKE, which folds only ASCII letters: "die" found "Die", but "überanpassung" did not
find "Überanpassung", nor "naïve" "NAÏVE", nor "strasse" "Straße"."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.storage import Storage


@pytest.fixture
def storage(tmp_path: Path) -> Storage:
    storage = Storage(tmp_path / "sessions.sqlite3")
    for text in ("Die Überanpassung ist ÉNORME", "I used NAÏVE Bayes, Straße", "100% of_it"):
        sid = storage.create_session({"name": "x", "question_ids": ["q"]})
        storage.add_answer(sid, "q", 0, "typed", text)
    return storage


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("überanpassung", {1}),
        ("ÜBERANPASSUNG", {1}),
        ("énorme", {1}),
        ("naïve bayes", {2}),
        ("strasse", {2}),
        ("die", {1}),  # ASCII, as before
        ("100%", {3}),  # LIKE's wildcards are still literal
        ("f_i", {3}),
        ("%", {3}),
        ("überanpassungen", set()),
    ],
)
def test_search_folds_case_in_every_alphabet(storage: Storage, query: str, found: set[int]) -> None:
    assert storage.search_answers(query) == found
