"""The same noisy recording gives the same text in another process (issue 8: "the same file
twice gives the same text"), whatever numpy's BLAS thread count, the decoder's priority or what
the process decoded before. Before ``speech.features`` the Mel product's rounding followed the
BLAS thread count: "ill disposed" at 10 dB was "the oldest boast." with one thread and "all
disposed." with two, "clubs" was "close" or "gloves"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.speech_set import BY_ID, clip, default_cache

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent.parent

CHILD = """
import sys
from simulator.speech import cpu
cpu.SPEECH_NICE = int(sys.argv[1])
from simulator.speech.asr import get_whisper
whisper = get_whisper(None)
if sys.argv[2] != "-":
    whisper.transcribe_file(sys.argv[2])  # something else decoded first
for path in sys.argv[3:]:
    print(repr(whisper.transcribe_file(path).text))
"""


def texts(
    paths: list[Path], *, blas_threads: int, nice: int, warm_up: Path | None, child: str = CHILD
) -> list[str]:
    """The text of each of ``paths`` as ``child`` (a fresh process) prints it."""
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(blas_threads), PYTHONPATH=str(REPO))
    args = [str(nice), str(warm_up or "-"), *map(str, paths)]
    out = subprocess.run(
        [sys.executable, "-c", child, *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,  # a hang guard: a noisy chunk is read three times (speech.vote), at load
    )
    return out.stdout.splitlines()


def test_a_noisy_file_gives_the_same_text_in_another_process() -> None:
    cache = default_cache()
    paths = [clip(BY_ID[item], "noisy", cache) for item in ("tune-ill-disposed", "word-clubs")]
    warm_up = clip(BY_ID["beckett"], "noisy", cache)
    first = texts(paths, blas_threads=1, nice=5, warm_up=None)
    second = texts(paths, blas_threads=2, nice=0, warm_up=warm_up)
    assert len(first) == len(paths) and all(text != "''" for text in first), first
    assert first == second


LIVE_CHILD = """
import sys
from simulator.speech import cpu
cpu.SPEECH_NICE = int(sys.argv[1])
from simulator.speech.asr import get_whisper
from simulator.speech.audiofile import float_to_pcm16, read_audio
from simulator.speech.streaming import StreamingSession
whisper = get_whisper(None)
if sys.argv[2] != "-":
    whisper.transcribe_file(sys.argv[2])  # something else decoded first
for path in sys.argv[3:]:
    session = StreamingSession(whisper, partial_interval_s=2.0)
    pcm = float_to_pcm16(read_audio(path)[0])
    for i in range(0, len(pcm), 3200):  # 100 ms, as the recorder hands them over
        session.feed(pcm[i : i + 3200])
    print(repr(session.finish().text))
"""


def test_the_live_path_gives_the_same_text_in_another_process() -> None:
    """The live path (``StreamingSession`` fed 100 ms chunks, captions refreshed on the way:
    the energy VAD's pieces, each decoded with the audio before it) gives the same final text
    for the same noisy audio in two fresh processes, whatever the BLAS threads, the priority
    or what was decoded before."""
    cache = default_cache()
    paths = [clip(BY_ID[item], "noisy", cache) for item in ("tune-ill-disposed", "beckett")]
    warm_up = clip(BY_ID["word-clubs"], "noisy", cache)
    first = texts(paths, blas_threads=1, nice=5, warm_up=None, child=LIVE_CHILD)
    second = texts(paths, blas_threads=2, nice=0, warm_up=warm_up, child=LIVE_CHILD)
    assert len(first) == len(paths) and all(text != "''" for text in first), first
    assert first == second
