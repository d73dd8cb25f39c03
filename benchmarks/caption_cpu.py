"""CPU spent on live captions for one spoken answer, outside the GUI: a ``StreamingSession``
fed an espeak-ng answer (``gui_stall.py``'s sentences) in 100 ms chunks as fast as it takes
them, every chunk fed with a caption guess allowed (the speech lane keeping up).

Prints, for the caption guesses (``fast`` decodes of the open segment) and the pieces (the live
transcript), the decodes, the seconds of audio they covered and the process CPU they took
(``getrusage``: Whisper's native threads included; nothing else runs meanwhile), and the
transcript's word error rate against the text spoken. Audio time, not the clock, sets when a
guess is due, so the counts do not depend on the machine's load; the CPU seconds do a little.

    .venv/bin/python benchmarks/caption_cpu.py [--seconds 60] [--runs 1]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.gui_stall import render_answer  # noqa: E402
from simulator.speech.asr import get_whisper  # noqa: E402
from simulator.speech.audiofile import SAMPLE_RATE, float_to_pcm16, read_audio  # noqa: E402
from simulator.speech.streaming import StreamingSession  # noqa: E402
from simulator.speech.wer import word_error_rate  # noqa: E402


def cpu_s() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


class Counted:
    """The shared Whisper transcriber, counting each call's audio and CPU by kind."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self.engine = inner.engine
        self.figures = {"guesses": [0, 0.0, 0.0], "pieces": [0, 0.0, 0.0]}

    @property
    def model_label(self) -> str | None:
        return self._inner.model_label  # type: ignore[no-any-return]

    def transcribe_array(self, samples: Any, **kw: Any) -> Any:
        kind = "guesses" if kw.get("fast") else "pieces"
        before = cpu_s()
        result = self._inner.transcribe_array(samples, **kw)
        figures = self.figures[kind]
        figures[0] += 1
        figures[1] += samples.size / SAMPLE_RATE
        figures[2] += cpu_s() - before
        return result

    def transcribe_file(self, path: Path, **kw: Any) -> Any:
        return self._inner.transcribe_file(path, **kw)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the answer")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    wav = Path(tempfile.mkdtemp(prefix="bench-caption-cpu-")) / "answer.wav"
    length, said = render_answer(args.seconds, wav)
    samples, _ = read_audio(wav)
    pcm = float_to_pcm16(samples) + bytes(2 * SAMPLE_RATE * 3)  # the answer ends on silence
    whisper = get_whisper(None)
    whisper.load()
    step = int(0.1 * SAMPLE_RATE) * 2
    print(f"answer: {length:.1f} s of espeak-ng speech, fed in 100 ms chunks")
    for run in range(args.runs):
        counted = Counted(whisper)
        session = StreamingSession(counted)  # type: ignore[arg-type]
        captions: list[str] = []
        for i in range(0, len(pcm), step):
            session.feed(pcm[i : i + step])
            text = session.partial_text()
            if not captions or text != captions[-1]:
                captions.append(text)
        result = session.finish()
        for kind, (calls, audio_s, used_s) in counted.figures.items():
            print(
                f"run {run + 1}: {kind}: {calls} decodes, {audio_s:.1f} s of audio, "
                f"{used_s:.1f} s of CPU"
            )
        print(
            f"run {run + 1}: captions shown: {len(captions)}; transcript WER "
            f"{word_error_rate(said, result.text):.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
