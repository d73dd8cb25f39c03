"""An archive carried neither the questions each session asked as they were asked (schema 9:
``question_texts``, ``asked_questions``) nor the sessions' order where the clock had been put
back (``sessions.seq``): Export all data, then Import on a new machine, showed the packs'
question of the day over an answer to the old one, with no word of a change, and listed a
session made after another first (attack run 64). The archive now holds both; a hand-edited
archive whose questions are not questions is refused with the row and the field named."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from simulator.core import storage as storage_module
from simulator.core.archive import ArchiveError, export_archive, import_archive, import_preview
from simulator.core.asked import CHANGED_NOTE
from simulator.core.questions import QuestionBank
from simulator.core.scorecard.build import build_scorecard
from simulator.core.session import events as ev
from simulator.core.storage import Storage
from tests.core.session_kit import Harness

GOOD = (
    "Overfitting is when the model memorises noise in the training data and fails to "
    "generalise; I detect it with a held-out validation set and fix it with regularisation."
)
DAY = 86_400.0
NOON = 1_780_000_000.0


def _finished(h: Harness) -> int:
    h.start("tech.overfit")
    h.to_answering()
    h.session.primary(GOOD)
    h.session.primary()
    return h.of(ev.SessionFinished)[0].session_id


def _edited(bank: QuestionBank) -> QuestionBank:
    old = bank.questions["tech.overfit"]
    new = old.model_copy(update={"prompt": "Explain the bias-variance trade-off."})
    return QuestionBank({**bank.questions, "tech.overfit": new}, dict(bank.sources))


def test_an_archive_keeps_the_questions_as_asked(tmp_path: Path) -> None:
    h = Harness(tmp_path / "one", follow_ups=False)
    sid = _finished(h)
    asked = h.q("tech.overfit")
    export_archive(h.storage, tmp_path / "all.zip")
    for replace_into in ("empty", "beside"):
        fresh = Storage(tmp_path / replace_into / "sessions.sqlite3")
        if replace_into == "beside":
            fresh.create_session({"name": "mine", "question_ids": ["tech.a"]})
        import_archive(fresh, tmp_path / "all.zip", tmp_path / replace_into / "recordings")
        (imported,) = [s for s in fresh.sessions() if s.name != "mine"]
        if replace_into == "empty":
            assert imported.id == sid
        record = fresh.session(imported.id)
        assert record.asked == {"tech.overfit": asked}
        answer = build_scorecard(record, _edited(h.bank)).answers[0]
        assert answer.prompt == asked.prompt and answer.asked_note == CHANGED_NOTE
        fresh.close()


def test_importing_the_same_archive_twice_stores_each_version_once(tmp_path: Path) -> None:
    h = Harness(tmp_path / "one", follow_ups=False)
    _finished(h)
    _finished(h)
    export_archive(h.storage, tmp_path / "all.zip")
    fresh = Storage(tmp_path / "two" / "sessions.sqlite3")
    import_archive(fresh, tmp_path / "all.zip", tmp_path / "two" / "recordings")
    import_archive(fresh, tmp_path / "all.zip", tmp_path / "two" / "recordings")
    with fresh._lock:
        texts = fresh._db.execute("SELECT count(*) FROM question_texts").fetchone()[0]
        asked = fresh._db.execute("SELECT count(*) FROM asked_questions").fetchone()[0]
    assert (fresh.session_count(), texts, asked) == (2, 1, 2)
    fresh.close()


def test_an_archive_keeps_the_order_sessions_happened_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clock put back a day before the second session: after export and import it is
    still the later one."""
    storage = Storage(tmp_path / "one" / "sessions.sqlite3")
    ids = []
    for start in (NOON, NOON - DAY):
        monkeypatch.setattr(storage_module.time, "time", lambda start=start: start + 60.0)
        sid = storage.create_session({"name": "Quick practice", "question_ids": ["tech.a"]}, start)
        storage.add_answer(sid, "tech.a", 0, "typed", "words " * 30)
        storage.finish_session(sid, None)
        ids.append(sid)
    monkeypatch.undo()
    first, later = ids
    assert [s.id for s in storage.sessions()] == [later, first]
    export_archive(storage, tmp_path / "all.zip")
    for into in ("empty", "beside"):
        fresh = Storage(tmp_path / into / "sessions.sqlite3")
        if into == "beside":
            fresh.create_session({"name": "mine"}, NOON - 10 * DAY)
        import_archive(fresh, tmp_path / "all.zip", tmp_path / into / "recordings")
        listed = [s.name for s in fresh.sessions() if s.name != "mine"]
        assert len(listed) == 2
        order = [s.started_at for s in fresh.sessions() if s.name != "mine"]
        assert order == [NOON - DAY, NOON]  # newest first: the later session, started "before"
        fresh.close()
    storage.close()


def _archive_with(tmp_path: Path, edit: Any) -> Path:
    h = Harness(tmp_path / "one", follow_ups=False)
    _finished(h)
    source = tmp_path / "all.zip"
    export_archive(h.storage, source)
    with zipfile.ZipFile(source) as z:
        manifest = z.read("manifest.json")
        data = json.loads(z.read("data.json"))
    edit(data)
    edited = tmp_path / "edited.zip"
    with zipfile.ZipFile(edited, "w") as z:
        z.writestr("manifest.json", manifest)
        z.writestr("data.json", json.dumps(data))
    return edited


def _first_asked(data: dict[str, Any]) -> dict[str, Any]:
    return data["asked_questions"][0]


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        (
            lambda d: _first_asked(d).update(digest="x"),
            "question as asked #1 (tech.overfit): its question text 'x' is not in the archive",
        ),
        (
            lambda d: _first_asked(d).update(session_id=99),
            "question as asked #1 (tech.overfit): its session 99 is not in the archive",
        ),
        (
            lambda d: d["asked_questions"].append(dict(_first_asked(d))),
            "question as asked #2 (tech.overfit): session 1 holds it twice",
        ),
        (
            lambda d: _first_asked(d).update(question_id="tech.other"),
            "question as asked #1 (tech.other): field 'question_json' of question text #1 "
            "holds question 'tech.overfit', not 'tech.other'",
        ),
        (lambda d: d.update(asked_questions={}), "data.json's 'asked_questions' is not a list"),
        (
            lambda d: d["sessions"][0].update(seq="soon"),
            "session #1: field 'seq' is of the wrong type or out of range",
        ),
    ],
)
def test_a_hand_edited_question_as_asked_is_refused_by_name(
    tmp_path: Path, edit: Any, said: str
) -> None:
    edited = _archive_with(tmp_path, edit)
    fresh = Storage(tmp_path / "two" / "sessions.sqlite3")
    with pytest.raises(ArchiveError) as caught:
        import_archive(fresh, edited, tmp_path / "two" / "recordings")
    assert said in str(caught.value) and str(edited) in str(caught.value)
    assert fresh.session_count() == 0
    fresh.close()


@pytest.mark.parametrize("beside", [False, True])
def test_a_question_as_asked_that_reads_as_none_is_left_out_and_said(
    tmp_path: Path, beside: bool
) -> None:
    """A text that is no question the app reads (edited by hand, or written by a version whose
    questions have a field this one does not know) costs that question as asked, not the
    whole history: its session shows the packs' question, and the import says so."""

    def other_version(data: dict[str, Any]) -> None:
        text = json.loads(data["question_texts"][0]["question_json"])
        text["asked_by_a_later_version"] = True
        data["question_texts"][0]["question_json"] = json.dumps(text)

    edited = _archive_with(tmp_path, other_version)
    fresh = Storage(tmp_path / "two" / "sessions.sqlite3")
    if beside:
        fresh.create_session({"name": "mine"})
    preview = import_preview(fresh, edited)
    summary = import_archive(fresh, edited, tmp_path / "two" / "recordings")
    said = (
        "1 question as asked could not be read (question text #1: asked_by_a_later_version: "
        "Extra inputs are not permitted): its sessions show the question as it is in your "
        "question packs."
    )
    assert summary.skipped == said and preview.imported.skipped == said
    (imported,) = [s for s in fresh.sessions() if s.name != "mine"]
    assert fresh.session(imported.id).asked == {}
    assert len(imported.answers) == 1
    fresh.close()


def test_an_archive_of_an_older_version_still_imports(tmp_path: Path) -> None:
    """Archives written before questions were kept hold none: the bank's are shown."""

    def older(data: dict[str, Any]) -> None:
        data.pop("asked_questions", None)
        for session in data["sessions"]:
            session.pop("seq", None)

    edited = _archive_with(tmp_path, older)
    fresh = Storage(tmp_path / "two" / "sessions.sqlite3")
    import_archive(fresh, edited, tmp_path / "two" / "recordings")
    assert fresh.session_count() == 1 and fresh.session(1).asked == {}
    fresh.close()
