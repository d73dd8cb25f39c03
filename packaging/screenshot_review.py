"""Screenshots of the pages that look back: Review, Attempts, Progress and History.

Seeds a throwaway data dir with six weeks of practice (real scores from the scorer, answers that
get better over time, spoken behavioral answers with a recording), then saves each page of the
real window (offscreen) as a PNG in resources/screenshots/.

    .venv/bin/python packaging/screenshot_review.py [--theme light|dark] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))


def seed(storage, bank) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """Six weeks of sessions; returns the last session with a recording and a practised question."""
    from generated_history import spoken_transcript, write_tone_wav

    from simulator import paths
    from simulator.core.scoring import score_answer, score_session
    from simulator.core.transcript import Transcript

    rng = random.Random(11)
    questions = sorted(bank.questions.values(), key=lambda q: q.id)
    behavioral = [q for q in questions if q.category.value == "behavioral"]
    technical = [q for q in questions if q.category.value != "behavioral"]
    now = time.time()
    last_spoken = 0
    practised = technical[3]
    for k in range(22):
        started = now - (44 - 2 * k) * 86400 + rng.randint(-3000, 3000)
        skill = 0.25 + 0.7 * k / 21
        chosen = rng.sample(technical, 3) + rng.sample(behavioral, 1)
        if k in (9, 21):
            chosen[0] = practised
        plan = rng.choice(
            ["Full loop", "Quick practice", "Technical deep dive", "Behavioral drill"]
        )
        sid = storage.create_session(
            {"name": plan, "question_ids": [q.id for q in chosen]}, started
        )
        items = []
        for position, q in enumerate(chosen):
            words = q.model_answer.split()
            keep = max(6, int(len(words) * min(1.0, skill + rng.uniform(-0.15, 0.1))))
            text = " ".join(words[:keep])
            audio = None
            if q.category.value == "behavioral":
                transcript = spoken_transcript(text, keep / rng.uniform(2.0, 2.6), rng)
                audio = paths.recordings_dir() / f"seed-{k}-{position}.wav"
                write_tone_wav(audio, transcript)
            else:
                transcript = Transcript(text)
            score = score_answer(q, transcript)
            aid = storage.add_answer(
                sid, q.id, position, "spoken" if audio else "typed", transcript.text,
                transcript=transcript.to_dict() if audio else None,
                audio_path=str(audio) if audio else None,
                duration_s=transcript.duration_s if audio else None, score=score,
            )  # fmt: skip
            storage._write(
                "UPDATE answers SET created_at = ? WHERE id = ?", (started + 90 * position, aid)
            )
            items.append((q, score))
            if audio:
                last_spoken = sid
        storage.finish_session(sid, score_session(items))
        storage._write("UPDATE sessions SET ended_at = ? WHERE id = ?", (started + 1500, sid))
    return last_spoken, practised.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", default="light", choices=["light", "dark"])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_AUDIO_BACKEND", "pulseaudio")
    os.environ["ML_INTERVIEW_DATA_DIR"] = tempfile.mkdtemp(prefix="ml-interview-shot-")

    from PySide6.QtCore import QCoreApplication, QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from simulator.app import build_services
    from simulator.ui.main_window import MainWindow
    from simulator.ui.style import apply_theme

    app = QApplication([])
    services = build_services(with_speaker=False)
    apply_theme(app, args.theme)
    assert services.bank is not None
    session_id, practised = seed(services.storage, services.bank)
    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()

    def settle(ms: int = 400) -> None:
        timer = QElapsedTimer()
        timer.start()
        while timer.elapsed() < ms:
            QCoreApplication.processEvents()

    def wait_for(page_attr: str) -> None:
        timer = QElapsedTimer()
        timer.start()
        while getattr(
            window.past, page_attr
        ) is None or window.stack.currentWidget() is not getattr(window.past, page_attr):
            QCoreApplication.processEvents()
            if timer.elapsed() > 20000:
                raise SystemExit(f"{page_attr} did not open")
        settle()

    suffix = "" if args.theme == "light" else "-dark"
    args.out.mkdir(parents=True, exist_ok=True)
    past = window.past
    spoken = next(a.id for a in services.storage.answers(session_id) if a.audio_path)
    past.open_review(session_id, spoken)
    wait_for("_review")
    settle(800)  # the waveform loads in the background, and the media
    past.review.player.seek(9.0)  # the word said at 0:09 lights up
    settle(300)
    window.grab().save(str(args.out / f"review{suffix}.png"))
    past.open_attempts(practised)
    wait_for("_attempts")
    window.grab().save(str(args.out / f"attempts{suffix}.png"))
    past.open_progress()
    wait_for("_progress")
    window.grab().save(str(args.out / f"progress{suffix}.png"))
    past.open_history()
    wait_for("_history")
    window.grab().save(str(args.out / f"history{suffix}.png"))
    window.shutdown()
    print(f"saved review, attempts, progress and history{suffix} screenshots in {args.out}")


if __name__ == "__main__":
    main()
