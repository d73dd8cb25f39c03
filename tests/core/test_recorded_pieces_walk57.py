"""Every recorded piece of a question can be replayed in Review (walk57): the main answer and
each follow-up answered aloud, labelled; a piece without a recording or without timed words
is not offered."""

from __future__ import annotations

from pathlib import Path

from simulator.core.questions import load_packs
from simulator.core.review import build_review, piece_review, recorded_pieces
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from tests.ui.recorded import timed_words, write_wav

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def _spoken(storage: Storage, sid: int, wav: Path, text: str, follow_up: str | None) -> None:
    words = timed_words(text)
    seconds = write_wav(wav, words)
    storage.add_answer(
        sid, "beh.conflict", 0, "spoken", text, follow_up=follow_up,
        transcript=Transcript(text, tuple(words), "whisper", "tiny.en", seconds).to_dict(),
        audio_path=str(wav), duration_s=seconds,
    )  # fmt: skip


def test_each_recorded_piece_is_offered_labelled_walk57(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    storage = Storage(tmp_path / "s.sqlite3")
    sid = storage.create_session({"question_ids": ["beh.conflict"]})
    _spoken(storage, sid, tmp_path / "a.wav", "We disagreed and I ran a benchmark.", None)
    _spoken(storage, sid, tmp_path / "b.wav", "I measured latency for a week.", "How?")
    storage.add_answer(sid, "beh.conflict", 0, "typed", "And typed this.", follow_up="Then?")
    session = storage.session(sid)
    assert session is not None
    review = build_review(session, session.answers[0], bank.questions.get("beh.conflict"))
    pieces = recorded_pieces(review)
    assert [(p.number, p.label) for p in pieces] == [(0, "Main answer"), (1, "Follow-up 1")]
    assert pieces[1].description == "Follow-up 1: How?"
    played = piece_review(review, 1)
    assert played.audio_path == tmp_path / "b.wav"
    assert [w.text for w in played.words][:2] == ["I", "measured"]
    assert played.duration_s and played.star == () and played.follow_ups == ()
    (tmp_path / "a.wav").unlink()  # the main answer's recording gone: the follow-up's stays
    review = build_review(session, session.answers[0], bank.questions.get("beh.conflict"))
    assert [p.number for p in recorded_pieces(review)] == [1]
