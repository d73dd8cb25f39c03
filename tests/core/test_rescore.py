"""Re-scoring and re-transcribing a stored session: all or nothing, progress, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest

from simulator.core.questions import load_packs
from simulator.core.rescore import rescore_session
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, Word
from tests.scores import answer_score, session_score
from tests.ui.recorded import spoken_session

PACK = Path(__file__).resolve().parent.parent / "data" / "mini_pack.yaml"


def test_rescore_and_retranscribe_with_progress(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    s = Storage(tmp_path / "s.sqlite3")
    sid, ids = spoken_session(s, bank, tmp_path / "a.wav")
    s.update_score(ids[1], answer_score(3, "tech.overfit"))  # as an older scorer left it
    steps: list[tuple[int, int]] = []
    result = rescore_session(s, bank, sid, progress=lambda d, t: steps.append((d, t)))
    assert steps == [(1, 2), (2, 2)] and result.answers == 2 and result.changed == 1
    assert s.answer(ids[1]).overall not in (None, 3)
    assert result.after == s.session(sid).score.overall  # type: ignore[union-attr]

    better = (
        "Overfitting is when the model fits noise in the training set so validation error rises."
    )
    heard = Transcript(
        better,
        tuple(Word(w, i * 0.4, i * 0.4 + 0.3) for i, w in enumerate(better.split())),
        "whisper",
        "base",
        6.0,
    )
    before = s.answer(ids[0])
    result = rescore_session(s, bank, sid, transcribe=lambda _p, _t: heard)
    after = s.answer(ids[0])
    assert after.text == better and after.transcript["model"] == "base"
    assert after.score != before.score and result.answers == 2


def test_a_cancelled_rescore_changes_nothing(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    s = Storage(tmp_path / "s.sqlite3")
    sid, ids = spoken_session(s, bank, tmp_path / "a.wav")
    s.update_score(ids[1], answer_score(3, "tech.overfit"))
    before = s.session(sid).to_dict()
    calls = iter([False, False, True])
    result = rescore_session(
        s,
        bank,
        sid,
        transcribe=lambda _p, _t: Transcript("new words"),
        cancelled=lambda: next(calls),
    )
    assert result.cancelled and s.session(sid).to_dict() == before

    def broken(_p: Path, _t: object) -> Transcript:
        raise RuntimeError("model failed")

    with pytest.raises(RuntimeError, match="model failed"):
        rescore_session(s, bank, sid, transcribe=broken)
    assert s.session(sid).to_dict() == before  # failed part way: the old result stands


def test_a_corrupt_recording_is_skipped_and_named_and_the_others_are_transcribed_again(
    tmp_path: Path,
) -> None:
    """Three spoken answers, the second's WAV damaged (its header overwritten): the real
    Whisper tiny.en transcribes the first and third again and they are stored; the second keeps
    its transcript and is named with the reason. (Before, the first bad file stopped the whole
    job and nothing was stored.)"""
    import shutil
    import subprocess

    from simulator.core.rescore import SkippedRecording
    from simulator.speech.asr import get_whisper

    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is not installed (make system-deps)")
    bank = load_packs([PACK])
    s = Storage(tmp_path / "s.sqlite3")
    sid = s.create_session({"name": "Three recordings"})
    said = "Overfitting is when the model memorizes noise in the training set."
    ids = []
    for n, qid in enumerate(["tech.overfit", "beh.conflict", "tech.overfit"]):
        audio = tmp_path / f"answer{n + 1}.wav"
        subprocess.run(
            ["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(audio), said], check=True
        )
        old = Transcript("old words", (), "faster-whisper", "tiny-old", 3.0)
        category = "behavioral" if qid.startswith("beh") else "technical"
        aid = s.add_answer(
            sid, qid, n, "spoken", "old words", transcript=old.to_dict(),
            audio_path=str(audio), duration_s=3.0, score=answer_score(10, qid, category),
        )  # fmt: skip
        ids.append(aid)
    damaged = tmp_path / "answer2.wav"
    data = damaged.read_bytes()
    damaged.write_bytes(data[:12] + b"\xff" * 24 + data[36:])  # RIFF/WAVE, then no fmt chunk
    s.finish_session(sid, session_score(10))
    whisper = get_whisper(None)

    result = rescore_session(
        s, bank, sid, transcribe=lambda path, topic: whisper.transcribe_file(path, topic=topic)
    )

    assert result.recordings == 3 and result.transcribed == 2
    assert len(result.skipped) == 1
    skipped = result.skipped[0]
    assert skipped == SkippedRecording(ids[1], 2, "answer2.wav", skipped.reason)
    assert skipped.reason.startswith("corrupt WAV file")
    for aid in (ids[0], ids[2]):
        stored = s.answer(aid)
        assert "noise" in stored.text.lower() and stored.transcript["model"] != "tiny-old"
    assert s.answer(ids[1]).text == "old words"  # kept as it was
    assert s.answer(ids[1]).transcript["model"] == "tiny-old"


def test_a_recording_gone_from_disk_is_named_not_passed_over(tmp_path: Path) -> None:
    bank = load_packs([PACK])
    s = Storage(tmp_path / "s.sqlite3")
    sid, ids = spoken_session(s, bank, tmp_path / "a.wav")
    (tmp_path / "a.wav").unlink()
    result = rescore_session(s, bank, sid, transcribe=lambda _p, _t: Transcript("new words"))
    assert result.recordings == 1 and result.transcribed == 0
    assert [(r.file, r.reason) for r in result.skipped] == [("a.wav", "no longer on disk")]
    assert s.answer(ids[0]).text != "new words"


def test_a_skip_is_not_counted_as_an_answer_scored_again(tmp_path: Path) -> None:
    """Review, Re-score on a session of 2 answers and a skip: "Re-scored 3 answers, 0
    changed." under a scorecard of "2 of 3 questions answered" (ux36)."""
    from simulator.core.scoring import score_answer

    bank = load_packs([PACK])
    s = Storage(tmp_path / "s.sqlite3")
    ids = ["tech.overfit", "beh.conflict", "case.spam"]
    sid = s.create_session({"name": "Full loop", "question_ids": ids})
    text = "Overfitting is when the model memorizes noise in the training data."
    s.add_answer(
        sid, ids[0], 0, "typed", text, score=score_answer(bank.get(ids[0]), Transcript(text))
    )
    s.add_answer(sid, ids[1], 1, "skipped", "")
    spam = "I would label emails as spam or not and train a text classifier on them."
    s.add_answer(
        sid, ids[2], 2, "typed", spam, score=score_answer(bank.get(ids[2]), Transcript(spam))
    )
    s.finish_session(sid, session_score(20))
    result = rescore_session(s, bank, sid)
    assert result.answers == 2, result
