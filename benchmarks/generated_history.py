"""Generated history for the review benchmarks: many sessions with real score data, one long answer.

Scores come from the real scorer on a few dozen (question, answer) pairs, then are reused with
varied overall scores, dates and plans, so the stored JSON has the size and shape of real rows.
Rows are inserted in one transaction (a thousand sessions in about a second).
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

from simulator.core import storage_codec as codec
from simulator.core.questions import Question, QuestionBank
from simulator.core.scoring import score_answer
from simulator.core.scoring.results import SessionScore
from simulator.core.storage import Storage
from simulator.core.transcript import Transcript, Word

PLANS = ("Full loop", "Quick practice", "Behavioral drill", "Technical deep dive", "System design")
FILLERS = ("um", "uh", "you know", "basically")


def spoken_transcript(text: str, seconds: float, rng: random.Random) -> Transcript:
    """``text`` said over ``seconds``, with fillers sprinkled in and a few long pauses."""
    words = text.split()
    out: list[str] = []
    for w in words:
        if rng.random() < 0.04:
            out.append(rng.choice(FILLERS))
        out.append(w)
    step = seconds / max(1, len(out))
    timed, t = [], 0.3
    for i, w in enumerate(out):
        timed.append(Word(w, round(t, 3), round(t + step * 0.75, 3)))
        t += step + (2.8 if i % 97 == 96 else 0.0)
    return Transcript(" ".join(out), tuple(timed), "whisper", "tiny.en", round(t + 0.3, 2))


def write_tone_wav(path: Path, transcript: Transcript, rate: int = 16000) -> None:
    """A real WAV the length of the transcript, loud where words are (fast to make)."""
    total = int((transcript.duration_s or 1.0) * rate)
    audio = np.zeros(total, dtype=np.float32)
    for i, w in enumerate(transcript.words):
        a, b = int(w.start * rate), min(total, int(w.end * rate))
        t = np.arange(b - a) / rate
        audio[a:b] = 0.25 * np.sin(2 * np.pi * (170 + 15 * (i % 6)) * t)
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(str(path), audio, rate, subtype="PCM_16")


def _templates(
    bank: QuestionBank, rng: random.Random, n: int = 40
) -> list[tuple[Question, str, dict[str, Any], dict[str, Any] | None]]:
    questions = sorted(bank.questions.values(), key=lambda q: q.id)
    chosen = rng.sample(questions, min(n, len(questions)))
    out = []
    for q in chosen:
        words = q.model_answer.split()
        text = " ".join(words[: rng.randint(max(8, len(words) // 4), len(words))])
        spoken = rng.random() < 0.5
        transcript = (
            spoken_transcript(text, len(text.split()) / 2.3, rng) if spoken else Transcript(text)
        )
        score = score_answer(q, transcript).to_dict()
        out.append((q, transcript.text, score, transcript.to_dict() if spoken else None))
    return out


def populate(
    storage: Storage, bank: QuestionBank, sessions: int = 1000, per_session: int = 10, seed: int = 7
) -> None:
    rng = random.Random(seed)
    templates = _templates(bank, rng)
    start = time.time() - sessions * 3600 * 8
    with storage._transaction() as db:
        for s in range(sessions):
            started = start + s * 3600 * 8
            chosen = rng.sample(templates, min(per_session, len(templates)))
            overalls = []
            cur = db.execute(
                "INSERT INTO sessions (started_at, ended_at, status, plan_json) VALUES (?, ?, 'finished', ?)",
                (
                    started,
                    started + 1800,
                    json.dumps(
                        {"name": rng.choice(PLANS), "question_ids": [t[0].id for t in chosen]}
                    ),
                ),
            )
            sid = cur.lastrowid
            rows = []
            for position, (q, text, score, transcript) in enumerate(chosen):
                overall = max(0, min(100, int(score["overall"]) + rng.randint(-25, 15)))
                overalls.append(overall)
                stored = dict(score, overall=overall)
                cell = json.dumps(stored)
                rows.append(
                    (sid, q.id, position, "spoken" if transcript else "typed", text,
                     json.dumps(transcript) if transcript else None, overall, cell,
                     started + 60 * position, codec.off_question_of(cell))
                )  # fmt: skip
            db.executemany(
                """INSERT INTO answers (session_id, question_id, position, mode, text,
                   transcript_json, overall, score_json, created_at, off_question)
                   VALUES (?,?,?,?,?,?,?,?,?,?)""",
                rows,
            )
            summary = {"overall": round(sum(overalls) / len(overalls)), "per_category": {}}
            db.execute(
                "UPDATE sessions SET score_json = ? WHERE id = ?", (json.dumps(summary), sid)
            )


def long_spoken_session(
    storage: Storage, bank: QuestionBank, audio: Path, seconds: float = 180.0
) -> int:
    """One session with a three-minute spoken behavioral answer and its WAV."""
    rng = random.Random(3)
    q = next(
        q
        for q in sorted(bank.questions.values(), key=lambda q: q.id)
        if q.category.value == "behavioral"
    )
    base = q.model_answer.split()
    text = " ".join((base * (1 + int(seconds * 2.4 / max(1, len(base)))))[: int(seconds * 2.4)])
    transcript = spoken_transcript(text, seconds, rng)
    write_tone_wav(audio, transcript)
    score = score_answer(q, transcript)
    sid = storage.create_session({"name": "Behavioral drill", "question_ids": [q.id]})
    storage.add_answer(
        sid, q.id, 0, "spoken", transcript.text, transcript=transcript.to_dict(),
        audio_path=str(audio), duration_s=transcript.duration_s, score=score,
    )  # fmt: skip
    storage.finish_session(sid, SessionScore(score.overall, {}, None, None, []))
    return sid
