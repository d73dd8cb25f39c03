"""Review reads the words of the answer it opens at, not of every answer of the session (perf56).

A session of four 300,000-word answers took 7.2 s to open (``benchmarks/review_long_transcript
.py --set heldout55``): every answer's stored transcript was parsed, and its words read and
marked, before the first was shown. ``Storage.answers(words_at=...)`` reads the transcripts of
some positions only, and ``session_reviews(words_at=...)`` reviews the others in outline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from simulator.core import storage_codec
from simulator.core.questions import load_packs
from simulator.core.review import session_reviews
from simulator.core.scoring import score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, Word

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"
TOLD = (
    "So overfitting is when a model memorizes noise, um, and I would compare the training "
    "and the validation error to see the gap."
)
SAID = TOLD.split()


def _spoken(count: int, offset: float = 0.0) -> Transcript:
    words = tuple(
        Word(SAID[i % len(SAID)], offset + i * 0.3, offset + i * 0.3 + 0.2, 0.9)
        for i in range(count)
    )
    return Transcript(" ".join(w.word for w in words), words, "whisper", "tiny.en", count * 0.3)


def _session(storage: Storage) -> int:
    bank = load_packs([PACK])
    ids = ["tech.overfit", "beh.conflict", "case.spam"]
    sid = storage.create_session({"name": "three", "question_ids": ids})
    for position, question_id in enumerate(ids):
        transcript = _spoken(200 + 50 * position)
        score = score_answer(bank.get(question_id), transcript)
        storage.add_answer(
            sid, question_id, position, "spoken", transcript.text,
            transcript=transcript.to_dict(), duration_s=transcript.duration_s, score=score,
        )  # fmt: skip
    follow = _spoken(120, 1.0)
    storage.add_answer(
        sid, ids[1], 1, "spoken", follow.text, follow_up="And then?",
        transcript=follow.to_dict(), duration_s=follow.duration_s,
    )  # fmt: skip
    return sid


def test_only_the_transcripts_at_the_positions_asked_for_are_read_r56(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        sid = _session(storage)
        whole = storage.answers(sid)
        parsed: list[int] = []
        read = storage_codec.transcript

        def counted(text: str | None):  # type: ignore[no-untyped-def]
            parsed.append(len(text or ""))
            return read(text)

        monkeypatch.setattr(storage_codec, "transcript", counted)
        some = storage.answers(sid, words_at={1})
        record = storage.session(sid, words_at=())
    finally:
        storage.close()
    # before: no words_at; every answer's transcript parsed (4), and again for the session
    assert len([n for n in parsed if n]) == 2  # the answer at position 1 and its follow-up
    assert [a.id for a in some] == [a.id for a in whole]
    for full, partial in zip(whole, some, strict=True):
        if full.position == 1:
            assert partial == full
        else:
            assert partial.transcript is None and full.transcript is not None
            assert {**partial.__dict__, "transcript": None} == {**full.__dict__, "transcript": None}
    assert all(a.transcript is None for a in record.answers)


def test_transcript_sizes_are_the_stored_json_lengths_r56(tmp_path: Path) -> None:
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        sid = _session(storage)
        sizes = storage.transcript_sizes(sid)
        whole = storage.answers(sid)
    finally:
        storage.close()
    assert sizes == {a.id: (a.position, len(json.dumps(a.transcript))) for a in whole}


def test_answers_not_read_are_reviewed_in_outline_r56(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    storage = Storage(tmp_path / "s.sqlite3")
    try:
        sid = _session(storage)
        full = session_reviews(storage.session(sid), bank, {})
        some = session_reviews(storage.session(sid, words_at={1}), bank, {}, words_at={1})
    finally:
        storage.close()
    assert [r.answer_id for r in some] == [r.answer_id for r in full]
    assert [r.loaded for r in some] == [False, True, False]
    assert list(some[1].words) == list(full[1].words) and len(full[1].words) == 250
    assert some[1].follow_ups == full[1].follow_ups and some[1].detail == full[1].detail
    for outline, whole in zip(some, full, strict=True):
        # what the list of answers shows is the same before its words are read
        assert (outline.prompt, outline.mode, outline.overall) == (
            whole.prompt,
            whole.mode,
            whole.overall,
        )
        assert outline.detail is not None and whole.detail is not None
        assert outline.detail.number == whole.detail.number
        if not outline.loaded:
            assert len(outline.words) == 0 and not outline.pauses and not outline.pace
            assert all(len(f.words) == 0 for f in outline.follow_ups)
    assert [len(r.words) for r in full] == [200, 250, 300]
