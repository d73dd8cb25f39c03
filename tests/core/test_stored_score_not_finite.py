"""A stored score whose numbers are not finite ("nan", "inf" as text in a hand-made archive, or
Infinity written into the database by another tool) reads as a missing score: the scorecard and
every export still open, with the answer's text. It crashed them (int(nan) in the view model)."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from simulator.core import export
from simulator.core.archive import ArchiveError, export_archive, import_archive
from simulator.core.export.render import render_print_html
from simulator.core.questions import load_packs
from simulator.core.scorecard.build import build_scorecard
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, Word
from tests.scores import session_score

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
STORY = (
    "In my last job we had a conflict about the release. I was responsible for the model. "
    "I talked to him privately and we agreed on a plan. As a result we shipped two weeks early."
)


def _spoken_session(storage: Storage) -> int:
    bank = load_packs([PACK])
    words = tuple(Word(w, k * 0.4, k * 0.4 + 0.3) for k, w in enumerate(STORY.split()))
    transcript = Transcript(STORY, words, "fake", "fake", len(words) * 0.4)
    score = score_answer(bank.get("beh.conflict"), transcript)
    assert score.star is not None and score.delivery is not None
    sid = storage.create_session({"name": "Quick", "question_ids": ["beh.conflict"]})
    storage.add_answer(
        sid, "beh.conflict", 0, "spoken", STORY, transcript=transcript.to_dict(), score=score
    )
    storage.finish_session(sid, session_score(score.overall))
    return sid


# (where in the stored score, the value put there)
DAMAGE = [
    (("delivery", "wpm"), "nan"),
    (("delivery", "duration_s"), "inf"),
    (("star", "parts", "situation", "share"), "-inf"),
    (("weights", "structure"), "NaN"),
    (("delivery", "words"), float("inf")),  # Infinity in the cell: int() overflows
    (("overall",), float("inf")),
]


def _put(data: dict[str, object], where: tuple[object, ...], value: object) -> None:
    target: object = data
    for step in where[:-1]:
        target = target[step]  # type: ignore[index]
    target[where[-1]] = value  # type: ignore[index]


def _assert_card_and_exports_open(storage: Storage, sid: int) -> None:
    bank = load_packs([PACK])
    record = storage.session(sid)
    assert record.answers[0].score is None  # read as missing, not as a crash
    card = build_scorecard(record, bank)
    print_html = render_print_html(card)
    assert "shipped two weeks early" in print_html
    for fmt in ("html", "md", "json"):
        assert "shipped two weeks early" in export.render(fmt, record, bank)


@pytest.mark.parametrize("where, value", DAMAGE, ids=lambda v: str(v))
def test_a_stored_score_that_is_not_finite_reads_as_missing(
    data_dir: Path, where: tuple[object, ...], value: object
) -> None:
    db = data_dir / "sessions.sqlite3"
    storage = Storage(db)
    sid = _spoken_session(storage)
    storage.close()
    with sqlite3.connect(db) as con:
        (cell,) = con.execute("SELECT score_json FROM answers").fetchone()
        data = json.loads(cell)
        _put(data, where, value)
        con.execute("UPDATE answers SET score_json = ?", (json.dumps(data),))
    storage = Storage(db)
    try:
        _assert_card_and_exports_open(storage, sid)
    finally:
        storage.close()


def test_an_archive_whose_score_says_nan_is_refused_and_names_the_answer(
    data_dir: Path, tmp_path: Path
) -> None:
    """(It was imported, the score then read as none: since attack run 56 an archive's cell
    that does not read as what the app stores there is refused, naming the row and field.)"""
    source = Storage(tmp_path / "source" / "sessions.sqlite3")
    _spoken_session(source)
    made = tmp_path / "made.zip"
    export_archive(source, made)
    source.close()
    # a hand-edited archive: the JSON is valid, the number inside is the text "nan"
    edited = tmp_path / "edited.zip"
    with zipfile.ZipFile(made) as zin, zipfile.ZipFile(edited, "w") as zout:
        for item in zin.infolist():
            content = zin.read(item)
            if item.filename == "data.json":
                data = json.loads(content)
                score = json.loads(data["answers"][0]["score_json"])
                score["delivery"]["wpm"] = "nan"
                data["answers"][0]["score_json"] = json.dumps(score)
                content = json.dumps(data).encode()
            zout.writestr(item, content)
    storage = Storage(data_dir / "sessions.sqlite3")
    try:
        with pytest.raises(ArchiveError, match="answer #1: field 'score_json' does not hold"):
            import_archive(storage, edited, data_dir / "recordings", replace=False)
        assert storage.session_count() == 0
    finally:
        storage.close()
