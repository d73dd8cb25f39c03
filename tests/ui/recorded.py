"""A spoken answer as the app stores it: a real WAV, word timings, a real score (for Review tests)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from simulator.core.questions import QuestionBank
from simulator.core.scoring import SessionScore, score_answer
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, Word

RATE = 16000
SPOKEN = (
    "Um last year two colleagues disagreed about our feature store design. "
    "My task was to unblock the launch. I think I met each of them one on one and ran a benchmark. "
    "As a result we shipped two weeks early and latency fell by 30 percent."
)
WORD_S = 0.3  # each word lasts 0.3 s, then 0.1 s of silence
PAUSE_AFTER = 10  # a 2.8 s pause after this word ("design.")
PAUSE_S = 2.8


def timed_words(text: str = SPOKEN) -> list[Word]:
    out, t = [], 0.2
    for i, w in enumerate(text.split()):
        out.append(Word(w, round(t, 3), round(t + WORD_S, 3)))
        t += WORD_S + 0.1 + (PAUSE_S if i == PAUSE_AFTER else 0.0)
    return out


def write_wav(path: Path, words: list[Word], tail_s: float = 0.3) -> float:
    """A tone burst per word, silence between: a real WAV whose loud parts are the words."""
    duration = words[-1].end + tail_s
    audio = np.zeros(int(duration * RATE), dtype=np.float32)
    for i, w in enumerate(words):
        a, b = int(w.start * RATE), int(w.end * RATE)
        t = np.arange(b - a) / RATE
        audio[a:b] = (0.2 + 0.1 * (i % 3)) * np.sin(2 * np.pi * (180 + 20 * (i % 5)) * t)
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(str(path), audio, RATE, subtype="PCM_16")
    return duration


def spoken_session(storage: Storage, bank: QuestionBank, audio: Path) -> tuple[int, list[int]]:
    """A session with a spoken behavioral answer and a typed technical one; returns its ids."""
    words = timed_words()
    duration = write_wav(audio, words)
    transcript = Transcript(SPOKEN, tuple(words), "whisper", "tiny.en", duration)
    sid = storage.create_session(
        {"name": "Review test", "question_ids": ["beh.conflict", "tech.overfit"]}
    )
    spoken = score_answer(bank.get("beh.conflict"), transcript)
    typed_text = (
        "Basically overfitting means the model memorizes noise, I guess, so it fails on new data."
    )
    typed = score_answer(bank.get("tech.overfit"), Transcript(typed_text))
    ids = [
        storage.add_answer(
            sid, "beh.conflict", 0, "spoken", SPOKEN, transcript=transcript.to_dict(),
            audio_path=str(audio), duration_s=duration, score=spoken,
        ),
        storage.add_answer(sid, "tech.overfit", 1, "typed", typed_text, score=typed),
    ]  # fmt: skip
    storage.finish_session(sid, SessionScore(60, {}, None, None, []))
    return sid, ids


SAID = (
    "Overfitting is when the model memorizes noise in the training set. "
    "I compare the training error with the validation error on a held out set."
)
MISHEARD = "Over fitting is when the mode is noisy."  # what a weaker model left stored


def speech_session(storage: Storage, bank: QuestionBank, audio: Path) -> tuple[int, int]:
    """A finished session with one spoken answer (real speech, misheard transcript) and one
    typed answer; returns (session id, spoken answer id)."""
    if shutil.which("espeak-ng") is None:
        pytest.fail("espeak-ng is not installed (make system-deps)")
    audio.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(audio), SAID], check=True)
    old = Transcript(MISHEARD, (), "faster-whisper", "tiny-old", 9.0)
    sid = storage.create_session({"name": "Retranscribe test"})
    spoken = score_answer(bank.get("tech.overfit"), old)
    typed = score_answer(bank.get("beh.conflict"), Transcript("We talked and shipped early."))
    aid = storage.add_answer(
        sid, "tech.overfit", 0, "spoken", MISHEARD, transcript=old.to_dict(),
        audio_path=str(audio), duration_s=9.0, score=spoken,
    )  # fmt: skip
    storage.add_answer(sid, "beh.conflict", 1, "typed", "We talked and shipped early.", score=typed)
    storage.finish_session(sid, SessionScore(spoken.overall // 2, {}, None, None, []))
    return sid, aid


def quiet_wav(path: Path, seconds: int = 3) -> Path:
    """A silent 16 kHz mono WAV: something real for a player to play."""
    sf.write(str(path), np.zeros(16000 * seconds, dtype=np.int16), 16000, subtype="PCM_16")
    return path


def open_review(qtbot, window, session_id: int):  # type: ignore[no-untyped-def]
    """The window's Review page for ``session_id``, once it is the page shown."""
    from tests.ui.waits import HANG_MS

    window.past.open_review(session_id)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.past._review, timeout=HANG_MS)
    return window.past.review
