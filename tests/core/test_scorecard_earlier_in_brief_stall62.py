"""A scorecard (the page, and every export: ``load_scorecard``) reads the sessions before it in
brief: every earlier answer's transcript and score were parsed to find the last overall of each
question, 0.3-0.8 s of the database lane's CPU per scorecard with 300 sessions stored (issue 8
defect 10, stall62). Only the one session of the same plan compared with is read whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core import scorecard, storage_records
from simulator.core.questions import QuestionBank
from simulator.core.scorecard import build_scorecard, earlier_results
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import SKIPPED_ON_PURPOSE, Transcript
from tests.core.test_scorecard_model import GOOD, bank  # noqa: F401

WORDS = {"engine": "test", "words": [["Overfitting", 0.0, 0.4, 0.9], ["is", 0.4, 0.6, 0.9]]}


def _session(
    storage: Storage,
    questions: QuestionBank,
    name: str,
    started: float,
    text: str,
) -> int:
    """A spoken answer with a follow-up, and a question skipped on purpose."""
    sid = storage.create_session(
        {"name": name, "counts": {"technical": 1, "case": 1},
         "question_ids": ["tech.overfit", "case.spam"]},
        started_at=started,
    )  # fmt: skip
    score = score_answer(questions.get("tech.overfit"), Transcript(text=text, duration_s=30.0))
    storage.add_answer(sid, "tech.overfit", 0, "spoken", text, transcript=WORDS,
                       duration_s=30.0, score=score)  # fmt: skip
    storage.add_answer(sid, "tech.overfit", 0, "spoken", "Early stopping.", transcript=WORDS,
                       follow_up="How would you stop it?", duration_s=5.0, score=score)  # fmt: skip
    storage.add_answer(sid, "case.spam", 1, "skipped", "",
                       transcript={"engine": SKIPPED_ON_PURPOSE, "words": []})  # fmt: skip
    storage.finish_session(sid, None)
    return sid


@pytest.fixture
def stored(tmp_path: Path, bank: QuestionBank) -> tuple[Storage, list[int]]:  # noqa: F811
    storage = Storage(tmp_path / "sessions.sqlite3")
    ids = []
    for n in range(6):
        plan = "Full loop" if n % 2 == 0 else "Quick practice"
        text = GOOD if n % 3 else "It is when the model is too big."
        ids.append(_session(storage, bank, plan, 1000.0 + n, text))
    yield storage, ids  # type: ignore[misc]
    storage.close()


def test_the_scorecard_is_the_one_read_from_whole_sessions(
    stored: tuple[Storage, list[int]],
    bank: QuestionBank,  # noqa: F811
) -> None:
    storage, ids = stored
    for sid in ids:
        session = storage.session(sid)
        whole = build_scorecard(
            session, bank, earlier_results(storage.sessions_before(session, 200), session)
        )
        assert scorecard.load_scorecard(storage, sid, bank)[1] == whole
    card = scorecard.load_scorecard(storage, ids[-1], bank)[1]
    assert card.previous is not None and card.previous.session_id == ids[-3]  # same plan


def test_only_the_session_shown_and_the_one_compared_with_are_read_whole(
    stored: tuple[Storage, list[int]],
    bank: QuestionBank,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    storage, ids = stored
    parsed: list[object] = []
    real = storage_records.codec.transcript

    def transcript(value: object) -> object:
        if value is not None:
            parsed.append(value)
        return real(value)  # type: ignore[arg-type]

    monkeypatch.setattr(storage_records.codec, "transcript", transcript)
    scorecard.load_scorecard(storage, ids[-1], bank)
    # three answers (one a skip's note) each in the session shown and its same-plan session;
    # before: every answer of the five sessions before it too
    assert len(parsed) == 2 * 3


def test_home_s_list_in_brief_has_what_it_shows_and_no_transcripts(
    stored: tuple[Storage, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Home's past sessions (``listed_sessions(whole=False)``): name, date, score and the
    answers counted, as the whole read gives them; no transcript parsed (every return to Home
    read 50 whole sessions: 100-120 ms of the database lane's CPU with 300 stored)."""
    storage, _ = stored
    whole = storage.listed_sessions(limit=50)
    parsed: list[object] = []
    real = storage_records.codec.transcript
    monkeypatch.setattr(
        storage_records.codec,
        "transcript",
        lambda value: (parsed.append(value) if value is not None else None, real(value))[1],
    )
    brief = storage.listed_sessions(limit=50, whole=False)
    assert parsed == []
    assert [(s.id, s.name, s.started_at, s.status, s.score) for s in brief] == [
        (s.id, s.name, s.started_at, s.status, s.score) for s in whole
    ]
    assert [[(a.follow_up, a.mode, a.overall) for a in s.answers] for s in brief] == [
        [(a.follow_up, a.mode, a.overall) for a in s.answers] for s in whole
    ]
