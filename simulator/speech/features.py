"""Whisper's input features computed the same way in every process.

faster-whisper turns the audio into a log-Mel spectrogram with one matrix product
(``mel_filters @ magnitudes``), which numpy hands to OpenBLAS. OpenBLAS splits a product over
as many threads as it has, and the split changes how the sums are rounded: the features then
differ in their last bits. That is enough to change what Whisper hears in noise, where the
beam's best readings are close: at 10 dB "ill disposed" was "the oldest boast." with one BLAS
thread and "all disposed." with two, "clubs" was "close" or "gloves". The app asks OpenBLAS for
one thread (``OPENBLAS_NUM_THREADS`` in ``simulator/__init__``), but that only works in a
process that imports numpy after ``simulator``: a benchmark or a test run that imported numpy
first had one thread per core, so the same file gave another text in another process. The
thread priority (``speech.cpu.SPEECH_NICE``), CTranslate2's thread count and a decode run
before changed nothing (the encoder's output was identical bit for bit).

``one_blas_thread`` sets numpy's OpenBLAS to one thread when the model is loaded, whatever the
import order: the app's own setting, so its transcripts stay as they were. Summing the product
in a fixed order of our own (``einsum``) was tried: the same text everywhere too, but a third
rounding, which lost lecture-1's clean "um" and heard "failed" at 10 dB as "fail".
"""

from __future__ import annotations

import ctypes
import logging
from pathlib import Path

log = logging.getLogger(__name__)

# How numpy's bundled OpenBLAS names its thread setter (scipy-openblas in numpy 2, the
# 64-bit-integer build in numpy 1.2x, a plain build).
_SETTERS = (
    "scipy_openblas_set_num_threads64_",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)


def _openblas_libraries() -> list[Path]:
    import numpy

    package = Path(numpy.__file__).resolve().parent
    found: list[Path] = []
    for folder in (package.parent / "numpy.libs", package / ".dylibs", package.parent / "numpy"):
        if folder.is_dir():
            found.extend(sorted(p for p in folder.iterdir() if "openblas" in p.name.lower()))
    return found


def one_blas_thread() -> bool:
    """Give numpy's OpenBLAS one thread (as ``OPENBLAS_NUM_THREADS=1`` would at start); False
    when numpy uses no OpenBLAS found here (then nothing changes)."""
    for library in _openblas_libraries():
        try:
            handle = ctypes.CDLL(str(library))
        except OSError:
            continue
        for name in _SETTERS:
            setter = getattr(handle, name, None)
            if setter is not None:
                setter.argtypes = [ctypes.c_int]
                setter.restype = None
                setter(1)
                return True
    log.info("numpy's BLAS thread count is left as it is (no OpenBLAS found)")
    return False
