"""The first answer's live decode and whole-file pass import nothing new: what they used to
import on first use (numpy.ma for ``np.percentile``, tqdm's multiprocessing lock, soundfile) is
imported with the model's load, before the interview (py-spy found those imports on the live
lane while the first answer was spoken, ``benchmarks/voice_interview.py`` stop 28)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from simulator.speech import asr, loading

FIRST_USE = """
import sys, wave
import numpy as np
from simulator.speech import audiofile, decoding, loading, silero, streaming  # the live path
if {warm}:
    loading.warm_first_use()
before = set(sys.modules)
samples = (0.1 * np.sin(np.arange(16000) / 5.0)).astype(np.float32)
silero.snr_db(samples, [(0.2, 0.8)])  # a chunk's SNR (sure_of_a_word, the whole file's)
np.percentile(samples, 90)  # the live caption's (StreamingSession._snr_db)
from tqdm import tqdm
tqdm(total=1.0, disable=True)  # faster-whisper's progress bar in every decode
with wave.open({wav!r}, "wb") as w:
    w.setnchannels(1); w.setsampwidth(2); w.setframerate(16000)
    w.writeframes((samples * 32767).astype("<i2").tobytes())
audiofile.read_audio({wav!r})  # the whole-file pass
print("NEW", sorted(m for m in set(sys.modules) - before if not m.startswith("_")))
"""


def _new_modules(tmp_path: Path, warm: bool) -> list[str]:
    code = FIRST_USE.format(warm=warm, wav=str(tmp_path / "a.wav"))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("NEW"))
    return ast.literal_eval(line[4:])  # the printed list of names


def test_after_the_warm_up_the_first_use_imports_nothing(tmp_path: Path) -> None:
    cold = _new_modules(tmp_path, warm=False)
    assert "numpy.ma" in cold and "soundfile" in cold  # what the warm-up is for
    assert _new_modules(tmp_path, warm=True) == []


def test_the_model_load_warms_the_first_use(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []
    monkeypatch.setattr(loading, "warm_first_use", lambda: calls.append("warm"))
    transcriber = asr.WhisperTranscriber("tiny.en")
    monkeypatch.setattr(transcriber, "_source", "/nonexistent/model")
    monkeypatch.setattr(transcriber, "_load_model", lambda source: object())
    transcriber._load_locked()
    assert calls == ["warm"]


def test_faster_whisper_s_hidden_progress_bars_start_no_monitor_thread_perf57() -> None:
    """tqdm starts a monitor thread with its first bar, disabled ones too (one per decode),
    which woke every 10 s for the rest of the run to take the GIL (perf57)."""
    code = (
        "import threading\n"
        "from simulator.speech import loading\n"
        "loading.warm_first_use()\n"
        "from tqdm import tqdm\n"
        "tqdm(total=1.0, disable=True).close()\n"
        "print('THREADS', sorted(t.name for t in threading.enumerate()))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("THREADS"))
    assert "tqdm_monitor" not in line, line
