"""The wait for an answer's last live piece: from Ctrl+Enter to the live transcript.

``voice_interview.py``'s step-by-step feedback line showed the live transcript coming 1.3-3 s
after Ctrl+Enter on a quiet machine (more under load), nearly all of it the speech lane still
transcribing the answer's last stretch of speech. This measures that wait alone, without the
window, the voice or the machine's load: each of ``voice_interview``'s espeak-ng answers is fed
into a ``StreamingSession`` in 100 ms chunks, as the app's speech lane takes them, on a
simulated clock (as ``caption_lag.py``: a chunk arrives once it has been said, the lane takes it
when free, its work takes the CPU time it used, Whisper's native threads included). The person
presses Ctrl+Enter ``--after`` seconds after the last word (``voice_interview`` waits 0.8 s after
the player ends); ``finish`` runs when the lane has worked off what was captured by then. The
wait is Ctrl+Enter -> ``finish`` returned. Also printed: the live pieces' lengths, the last
piece's, and the live transcript's word error rate against the words said (no word may be lost).

Round 57 (perf57; 2 cores at load 17-42, so only the simulated clock is read). What the wait
was: the last piece, closed by the energy VAD's 0.6 s pause just before Ctrl+Enter, is 12-18 s of
speech (espeak-ng's sentences run on with shorter pauses, so a segment runs to its 20 s cut)
decoded with 4 s of context, and such a decode took up to five 30 s encoder windows and two
decodes (a 16 s piece of answer 1 with its context: five and two; in the runs below the last
pieces took two, one and two windows): with word times faster-whisper decodes again from the last word's end even when its window held
the whole piece, a window for the ~0.4 s after the last word in which Whisper, given silence,
made up a looping tail ("see you in the next video, ..."), and the loop had the piece decoded
again with less prompt (``chunk_decoder``). Now decoding stops once Silero hears nothing after
the last word heard (``decoding.collect(speech_after=...)``): that piece takes one window and
one decode. Main (ac694871) -> after, 3 runs per answer (load 25-42, the two alternating):
waits 1.59 / 1.41 / 1.42 -> 1.15 / 1.10 / 1.32 s, 1.91 / 2.18 / 1.05 -> 1.08 / 0.95 / 2.03 s,
2.57 / 1.29 / 1.14 -> 0.53 / 0.68 / 0.61 s; median 1.42 -> 1.08 s, worst 2.57 -> 2.03 s. The last
pieces' encoder windows 2 / 1 / 2 -> 2 / 1 / 1 (answer 1's second window is a real second read,
which stays). The live transcripts' WER 3.3 / 24.2 / 20.5 %, the same
text after. Tried and dropped: closing long segments at shorter pauses (``--vad``: a 0.25 s
pause once a segment is 6 or 10 s long, or ``max_segment_s=8``): more pieces, each paying its
own 30 s encoder window, a longer wait (0.9-4.4 s) and more word errors (answer 2: 36.8 %).

    .venv/bin/python benchmarks/last_piece.py [--answers 3] [--after 0.8] [--runs 3] [--vad k=v ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

from benchmarks.caption_cpu import Counted, cpu_s  # noqa: E402
from benchmarks.gui_stall import render_answer  # noqa: E402
from benchmarks.voice_interview import ANSWERS  # noqa: E402
from simulator.speech.asr import get_whisper  # noqa: E402
from simulator.speech.audiofile import SAMPLE_RATE, float_to_pcm16, read_audio  # noqa: E402
from simulator.speech.streaming import StreamingSession  # noqa: E402
from simulator.speech.vad import EnergyVad  # noqa: E402
from simulator.speech.wer import word_error_rate  # noqa: E402

CHUNK_S = 0.1


def play(pcm: bytes, after_s: float, vad: dict[str, float]) -> tuple[float, str, list[float]]:
    """The wait (s) from Ctrl+Enter to the live transcript, its text, and the pieces' seconds."""
    step = int(CHUNK_S * SAMPLE_RATE) * 2
    # the recording goes on in silence until Ctrl+Enter
    pcm = pcm + bytes(int(after_s * SAMPLE_RATE) * 2)
    chunks = [pcm[i : i + step] for i in range(0, len(pcm), step)]
    counted = Counted(get_whisper(None))
    pieces: list[float] = []
    costs: list[float] = []
    inner = counted.transcribe_array

    def timed(samples: np.ndarray, **kw: object) -> object:
        if not kw.get("fast"):
            before = cpu_s()
            result = inner(samples, **kw)
            pieces.append(samples.size / SAMPLE_RATE - float(kw.get("context_s", 0.0)))  # type: ignore[arg-type]
            costs.append(cpu_s() - before)
            return result
        return inner(samples, **kw)

    counted.transcribe_array = timed  # type: ignore[method-assign]
    session = StreamingSession(counted, clock=cpu_s, vad=EnergyVad(**vad) if vad else None)  # type: ignore[arg-type]
    free = 0.0
    for n, chunk in enumerate(chunks):
        arrives = (n + 1) * CHUNK_S
        begins = max(free, arrives)
        queued = n + 1 < len(chunks) and (n + 2) * CHUNK_S <= begins
        used = cpu_s()
        session.feed(chunk, guess=not queued)
        free = begins + cpu_s() - used
    pressed = len(chunks) * CHUNK_S
    print(
        f"    lane busy until {free - pressed:+.2f} s at Ctrl+Enter; pieces' CPU "
        + ", ".join(f"{c:.2f}" for c in costs)
        + f"; guesses {counted.figures['guesses'][0]} "
        f"CPU {counted.figures['guesses'][2]:.1f} s"
    )
    used = cpu_s()
    transcript = session.finish()
    done = max(free, pressed) + cpu_s() - used
    return done - pressed, transcript.text, pieces


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--after", type=float, default=0.8, help="Ctrl+Enter after the last word")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--vad", nargs="*", default=[], help="EnergyVad settings to try: name=value"
    )
    args = parser.parse_args()
    vad = {k: float(v) for k, v in (kv.split("=") for kv in args.vad)}
    get_whisper(None).load()
    tmp = Path(tempfile.mkdtemp(prefix="bench-last-piece-"))
    print(f"load average {os.getloadavg()[0]:.1f}; Ctrl+Enter {args.after} s after the last word")
    waits: list[float] = []
    for number, sentences in enumerate(ANSWERS[: args.answers], 1):
        wav = tmp / f"answer{number}.wav"
        _length, said = render_answer(args.seconds, wav, sentences)
        samples, _ = read_audio(wav)
        # espeak-ng's file ends on its last word: no silence to trim
        pcm = float_to_pcm16(samples)
        runs = []
        for _ in range(args.runs):
            wait, text, pieces = play(pcm, args.after, vad)
            runs.append(wait)
        waits += runs
        print(
            f"  answer {number}: wait {', '.join(f'{w:.2f}' for w in runs)} s; "
            f"{len(pieces)} pieces ({', '.join(f'{p:.1f}' for p in pieces)} s), "
            f"WER {100 * word_error_rate(said, text):.1f} %"
        )
    print(
        f"Ctrl+Enter -> live transcript: median {statistics.median(waits):.2f} s, "
        f"worst {max(waits):.2f} s ({len(waits)} takes); load average {os.getloadavg()[0]:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
