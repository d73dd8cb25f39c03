"""The same noisy recording gives the same text in another process (issue 8: "the same file
twice gives the same text"), whatever numpy's BLAS thread count, the decoder's priority or what
the process decoded before. Before ``speech.features`` the Mel product's rounding followed the
BLAS thread count: "ill disposed" at 10 dB was "the oldest boast." with one thread and "all
disposed." with two, "clubs" was "close" or "gloves".

Two fresh processes read the same files whole and through the live path, in opposite orders:
the first (1 BLAS thread, nice 5) reads the files whole first and then live, the second (2
threads, nice 0) live first and then whole. So each way of reading is compared between a
process that had decoded nothing before it and one that had decoded other audio another way,
at another thread count and priority. One pair of processes, not one per way of reading: each
start loads Python, the app and the model again (half this file's time)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.speech_set import BY_ID, clip, default_cache

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent.parent

WHOLE = ("tune-ill-disposed", "word-clubs")  # read by ``transcribe_file``
LIVE = ("tune-ill-disposed", "beckett")  # fed to a ``StreamingSession``

# Each line the child writes starts with it: a library's own line on stdout (a warning, a
# progress note) is not one of them, and read as one it raised KeyError
MARK = "same-text-result:"

CHILD = f"""
MARK = {MARK!r}
import sys
from simulator.speech import cpu
cpu.SPEECH_NICE = int(sys.argv[1])
from simulator.speech.asr import get_whisper
from simulator.speech.audiofile import float_to_pcm16, read_audio
from simulator.speech.streaming import StreamingSession
whisper = get_whisper(None)

def live(path):
    session = StreamingSession(whisper, partial_interval_s=2.0)
    pcm = float_to_pcm16(read_audio(path)[0])
    for i in range(0, len(pcm), 3200):  # 100 ms, as the recorder hands them over
        session.feed(pcm[i : i + 3200])
    return session.finish().text

for step in sys.argv[2:]:
    way, path = step.split(":", 1)
    text = whisper.transcribe_file(path).text if way == "whole" else live(path)
    print(MARK, way, repr(text), flush=True)
"""


def texts(steps: list[tuple[str, Path]], *, blas_threads: int, nice: int) -> dict[str, list[str]]:
    """The texts a fresh process prints for ``steps`` (``("whole" | "live", path)``, in the
    order given), by way of reading."""
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(blas_threads), PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(nice), *(f"{way}:{path}" for way, path in steps)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,  # a hang guard: a noisy chunk is read three times (speech.vote), at load
    )
    return results(out.stdout)


def results(stdout: str) -> dict[str, list[str]]:
    """The child's own lines (``MARK way text``), by way of reading; any other line is not
    its to read."""
    found: dict[str, list[str]] = {"whole": [], "live": []}
    for line in stdout.splitlines():
        mark, _, rest = line.partition(" ")
        way, _, text = rest.partition(" ")
        if mark == MARK and way in found:
            found[way].append(text)
    return found


@pytest.fixture(scope="module")
def two_processes() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    cache = default_cache()
    whole = [("whole", clip(BY_ID[item], "noisy", cache)) for item in WHOLE]
    live = [("live", clip(BY_ID[item], "noisy", cache)) for item in LIVE]
    first = texts(whole + live, blas_threads=1, nice=5)
    second = texts(live + whole, blas_threads=2, nice=0)
    return first, second


def test_a_noisy_file_gives_the_same_text_in_another_process(
    two_processes: tuple[dict[str, list[str]], dict[str, list[str]]],
) -> None:
    first, second = (found["whole"] for found in two_processes)
    assert len(first) == len(WHOLE) and all(text != "''" for text in first), first
    assert first == second


def test_the_live_path_gives_the_same_text_in_another_process(
    two_processes: tuple[dict[str, list[str]], dict[str, list[str]]],
) -> None:
    """The live path (``StreamingSession`` fed 100 ms chunks, captions refreshed on the way:
    the energy VAD's pieces, each decoded with the audio before it) gives the same final text
    for the same noisy audio in two fresh processes."""
    first, second = (found["live"] for found in two_processes)
    assert len(first) == len(LIVE) and all(text != "''" for text in first), first
    assert first == second


def test_only_the_childs_own_lines_are_read() -> None:
    """A library's stray line on stdout (a warning, "live" alone, a word of its own) raised
    KeyError, or would have been read as a text: only lines starting with ``MARK`` count."""
    stdout = "\n".join(
        [
            f"{MARK} whole 'ill disposed'",
            "UserWarning: something a library said",
            "live",
            "whole 'not a result'",
            f"{MARK} live 'clubs'",
            f"{MARK} other 'a way not read'",
        ]
    )
    assert results(stdout) == {"whole": ["'ill disposed'"], "live": ["'clubs'"]}
