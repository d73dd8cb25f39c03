"""ML Interview Simulator: offline mock interviews for Machine Learning Engineer roles."""

import logging
import os

__version__ = "0.2.0"  # the one place: pyproject.toml, the CHANGELOG and metainfo follow
APP_NAME = "ml-interview-simulator"

# numpy's OpenBLAS starts a worker thread per extra core when numpy is imported; the app's
# matrix products are small (Whisper's mel filters, scoring vectors), so that thread only spun
# after each one, at the window's priority: during a voice answer it used ~4 s of CPU, as much
# as the GUI thread, which was waiting for a CPU in most of its late frames
# (benchmarks/voice_interview.py). One thread: four decodes took 3.65 s of CPU instead of
# 4.04 s, and no longer. Set here, before anything imports numpy; a value set by the user wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# CTranslate2 (Whisper) allocates its CPU tensors with Intel MKL's mkl_malloc, whose pool keeps
# what a decode freed for the next one: 8-9 MB held between decodes, and a decode's peak 10-20 MB
# higher (a voice interview's peak is a Whisper decode, benchmarks/refine_memory.py: 406 / 411 /
# 407 MB with the pool, 397 / 399 / 399 without). Without it a block of 4 MB or more goes back
# to the system when freed (simulator.memory.MMAP_THRESHOLD); the text is the same. MKL reads
# this when it starts, at the model's load.
os.environ.setdefault("MKL_DISABLE_FAST_MM", "1")

# The package logs for the app's log file (diagnostics.setup); a command with no log file set
# up prints its own notices, once: without a handler here, Python's last-resort handler printed
# every warning on stderr too (a damaged database's raw SQLite check report, five lines, above
# the command's own one-line notice).
logging.getLogger(__name__).addHandler(logging.NullHandler())
