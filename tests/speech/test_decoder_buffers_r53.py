"""A Whisper decode leaves no buffers in MKL's memory pool (issue 8, speech53: a voice
interview's peak memory). CTranslate2 allocates its CPU tensors with Intel MKL's ``mkl_malloc``,
whose pool keeps what a decode freed for the next one: ~8-9 MB after each decode, and a decode's
peak 10-20 MB higher (a 30 s answer read whole, Whisper alone: 246-263 MB, 239-241 MB with the
pool off). ``simulator/__init__`` turns the pool off (``MKL_DISABLE_FAST_MM``) before the model
loads; a freed buffer of 4 MB or more then goes back to the system at once
(``simulator.memory.MMAP_THRESHOLD``).

A fresh process (the pool is set when MKL starts) decodes a real recording, then asks MKL to
empty its pool: with the pool on, that gave back 8-9 MB of anonymous memory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.speech_set import BY_ID, clip

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent.parent

CHILD = """
import ctypes, glob, os, sys
import simulator
from simulator.speech.asr import get_whisper
import ctranslate2

def anon_mb():
    for line in open("/proc/self/status"):
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024

libs = glob.glob(os.path.join(os.path.dirname(ctranslate2.__file__), "..", "ctranslate2.libs",
                              "libctranslate2*"))
mkl = ctypes.CDLL(libs[0]) if libs else None
if mkl is None or not hasattr(mkl, "MKL_Free_Buffers"):
    print("no-mkl")
    sys.exit(0)
whisper = get_whisper(None)
for _ in range(2):
    text = whisper.transcribe_file(sys.argv[1]).text
before = anon_mb()
mkl.MKL_Free_Buffers()
print("given-back", before - anon_mb(), repr(text))
"""


def test_a_decode_leaves_nothing_in_mkls_pool_r53() -> None:
    path = clip(BY_ID["lecture-1"], "clean")
    env = {k: v for k, v in os.environ.items() if k != "MKL_DISABLE_FAST_MM"}
    env["PYTHONPATH"] = str(REPO)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=600,
        check=True,
    ).stdout.splitlines()
    if out[-1] == "no-mkl":
        pytest.skip("this CTranslate2 is not built with MKL")
    _, given_back, text = out[-1].split(" ", 2)
    assert "Dublin" in text  # the recording was decoded
    assert float(given_back) < 3.0, f"{given_back} MB were kept in MKL's pool"
