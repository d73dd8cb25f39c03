"""Transcribing one recorded answer again with a chosen model (Qt-free): a real SQLite file, a
real espeak-ng recording and the real Whisper tiny.en model. The new transcript replaces the
stored one, the old one is kept in the answer's history with the score old → new and why, the
question and the session are scored again; cancelled, nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from simulator.core.rescore import retranscribe_answer
from simulator.core.review import session_reviews
from simulator.core.speech_topic import SpeechTopic
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript
from simulator.speech.asr import get_whisper
from tests.ui.recorded import MISHEARD, speech_session

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def test_one_answer_transcribed_again_keeps_the_old_transcript_in_its_history(
    tmp_path: Path,
) -> None:
    bank = load_packs([PACK])
    storage = Storage(tmp_path / "sessions.sqlite3")
    sid, aid = speech_session(storage, bank, tmp_path / "rec" / "answer.wav")
    before = storage.answer(aid)
    steps: list[tuple[float, float]] = []
    whisper = get_whisper(None)

    result = retranscribe_answer(
        storage, bank, aid,
        lambda path, topic: whisper.transcribe_file(
            path, topic=topic, progress=lambda d, t: steps.append((d, t))
        ),
        whisper.model_label,
    )  # fmt: skip

    after = storage.answer(aid)
    assert not result.cancelled and result.model == "tiny.en"
    assert "noise" in after.text.lower() and "validation" in after.text.lower(), after.text
    assert after.transcript is not None and after.transcript["model"] == "tiny.en"
    assert after.transcript["words"], "word timings come with the new transcript"
    assert steps and steps[-1][0] == pytest.approx(steps[-1][1])  # progress reached the end
    assert before.score is not None and after.score is not None
    assert result.before == before.score.overall and result.after == after.score.overall
    assert after.score.overall > before.score.overall  # the misheard answer scored too low
    assert after.score.answer_time_s == before.score.answer_time_s
    session = storage.session(sid)
    assert session.score is not None and result.session_after == session.score.overall
    assert result.session_before != result.session_after

    history = storage.transcript_revisions(sid)[aid]
    assert len(history) == 1
    old = history[0]
    assert old.text == MISHEARD
    assert (old.overall_before, old.overall_after) == (result.before, result.after)
    assert old.why == "transcribed again with tiny.en (was tiny-old)"
    reviews = session_reviews(session, bank, {}, {}, storage.transcript_revisions(sid))
    assert reviews[0].revisions == (old,) and reviews[1].revisions == ()

    # Reopened (a new connection), the history is still there; the typed answer is untouched.
    storage.close()
    again = Storage(tmp_path / "sessions.sqlite3")
    assert again.transcript_revisions(sid) == {aid: [old]}


def test_cancelled_or_failed_nothing_changes(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    storage = Storage(tmp_path / "sessions.sqlite3")
    sid, aid = speech_session(storage, bank, tmp_path / "rec" / "answer.wav")
    stored = storage.session(sid).to_dict()
    whisper = get_whisper(None)
    heard: list[str] = []
    question = bank.questions[storage.answer(aid).question_id].prompt

    def transcribe(path: Path, topic: SpeechTopic | None) -> Transcript:
        assert topic is not None and topic.question == question  # the question answered
        t = whisper.transcribe_file(path, topic=topic)
        heard.append(t.text)
        return t

    asked = iter([False, True])  # cancelled while the model was listening
    result = retranscribe_answer(storage, bank, aid, transcribe, "tiny.en", lambda: next(asked))
    assert result.cancelled and heard and result.text == MISHEARD
    assert storage.session(sid).to_dict() == stored and storage.transcript_revisions(sid) == {}

    def broken(_path: Path, _topic: object) -> Transcript:
        raise RuntimeError("the model failed")

    with pytest.raises(RuntimeError, match="the model failed"):
        retranscribe_answer(storage, bank, aid, broken, "tiny.en")
    assert storage.session(sid).to_dict() == stored

    typed = next(a.id for a in storage.answers(sid) if a.mode == "typed")
    with pytest.raises(ValueError, match=rf"answer {typed} \(beh.conflict\) was not spoken"):
        retranscribe_answer(storage, bank, typed, transcribe, "tiny.en")
    Path(storage.answer(aid).audio_path or "").unlink()
    with pytest.raises(ValueError, match="has no recording on disk"):
        retranscribe_answer(storage, bank, aid, transcribe, "tiny.en")


def test_whisper_stops_between_windows_when_cancelled(tmp_path: Path) -> None:
    """The model itself checks the cancel flag, so a long answer stops within one window."""
    bank = load_packs([PACK])
    storage = Storage(tmp_path / "sessions.sqlite3")
    _sid, aid = speech_session(storage, bank, tmp_path / "rec" / "answer.wav")
    audio = Path(storage.answer(aid).audio_path or "")
    windows: list[float] = []
    partial = get_whisper(None).transcribe_file(
        audio, progress=lambda d, _t: windows.append(d), cancelled=lambda: True
    )
    assert partial.text == "" and windows == []
