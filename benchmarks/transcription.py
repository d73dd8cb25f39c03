"""Transcription figures: real-time factor, end-of-answer-to-transcript latency with streaming,
peak memory, and how many spoken fillers ("um", "uh") survive. Prints the figures.

Audio is rendered with espeak-ng (a ~2-minute answer with pauses between sentences, fed to a
StreamingSession in 100 ms chunks at faster than real time: the session must keep up, so the
figure is the work left at the end). Goals: end-to-transcript <= 1.5 s, peak RSS <= 450 MB.
"""

from __future__ import annotations

import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from simulator.speech.asr import get_whisper, transcribe_file  # noqa: E402
from simulator.speech.audiofile import float_to_pcm16, read_audio  # noqa: E402
from simulator.speech.streaming import StreamingSession  # noqa: E402
from simulator.speech.wer import word_error_rate as wer  # noqa: E402

SENTENCES = [
    "I would start by clarifying the business goal and how success will be measured.",
    "Then I would look at the data we have, how it is labelled, and whether it drifts over time.",
    "For a first model I would train a simple logistic regression as a baseline.",
    "After that I would try gradient boosted trees and compare them on a held out set.",
    "I would pick the metric carefully, for example precision at a fixed recall.",
    "Feature engineering matters a lot here, especially aggregates over the user history.",
    "Before deployment I would check the model for bias across important user groups.",
    "In production I would monitor the input distribution and the prediction rate.",
    "If the metrics degrade, an alert would trigger retraining on fresh data.",
    "Finally I would run an online experiment to confirm the offline gains are real.",
]
FILLER_TEXT = (
    "Um, so I think the main issue is, uh, overfitting. Uh, we had too many features, and, um, "
    "not enough data. So, uh, I added regularization and, um, the validation error went down."
)
FILLERS = {"um", "uh", "umm", "uhm", "erm", "er", "ah", "hmm"}


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z' ]+", " ", text.lower()).split()


def render(text: str, out: Path) -> np.ndarray:
    subprocess.run(["espeak-ng", "-v", "en-us", "-s", "150", "-w", str(out), text], check=True)
    return read_audio(out)[0]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="bench-asr-"))
    pause = np.zeros(16_000, np.float32)  # 1 s between sentences
    parts: list[np.ndarray] = []
    reference: list[str] = []
    while sum(p.size for p in parts) < 120 * 16_000:
        for i, sentence in enumerate(SENTENCES):
            parts += [render(sentence, tmp / f"s{i}.wav"), pause]
            reference.append(sentence)
            if sum(p.size for p in parts) >= 120 * 16_000:
                break
    answer = np.concatenate(parts + [np.zeros(16_000 * 4, np.float32)])
    answer_s = answer.size / 16_000
    whisper = get_whisper(None)
    t = time.perf_counter()
    whisper.load()
    load_s = time.perf_counter() - t

    # Whole-file transcription: real-time factor.
    t = time.perf_counter()
    whole = whisper.transcribe_array(answer)
    whole_s = time.perf_counter() - t

    # Streaming: feed 100 ms chunks; what is left to do after the last chunk is the latency.
    session = StreamingSession(whisper)
    pcm = float_to_pcm16(answer)
    step = 3200
    t = time.perf_counter()
    for i in range(0, len(pcm), step):
        session.feed(pcm[i : i + step])
    feed_s = time.perf_counter() - t
    t = time.perf_counter()
    streamed = session.finish()
    finish_s = time.perf_counter() - t
    # Worst case: stop pressed mid-sentence, with no closing silence.
    cut = StreamingSession(whisper)
    mid = pcm[: int((answer_s - 4 - 2.5) * 16_000) * 2]  # inside the last sentence
    for i in range(0, len(mid), step):
        cut.feed(mid[i : i + step])
    t = time.perf_counter()
    cut.finish()
    cut_finish_s = time.perf_counter() - t

    filler_wav = tmp / "fillers.wav"
    render(FILLER_TEXT, filler_wav)
    spoken = sum(w in FILLERS for w in words(FILLER_TEXT))
    kept = sum(w in FILLERS for w in words(transcribe_file(filler_wav).text))

    ref_text = " ".join(reference)
    print(f"model tiny.en (bundled), load {load_s:.2f} s")
    print(f"answer {answer_s:.0f} s of espeak-ng speech with pauses")
    print(
        f"whole-file: {whole_s:.2f} s, RTF {whole_s / answer_s:.3f}, WER {wer(ref_text, whole.text):.3f}"
    )
    print(
        f"streaming: fed in {feed_s:.2f} s (RTF {feed_s / answer_s:.3f}), "
        f"WER {wer(ref_text, streamed.text):.3f}"
    )
    print(f"end of answer -> final transcript: {finish_s:.2f} s (goal <= 1.5 s)")
    print(f"stop pressed mid-sentence -> final transcript: {cut_finish_s:.2f} s")
    print(f"fillers kept: {kept} of {spoken} spoken")
    print(f"peak RSS: {peak_rss_mb():.0f} MB (goal <= 450 MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
