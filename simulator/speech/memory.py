"""Peak memory of a voice interview: one memory-hungry speech step at a time.

A voice interview holds Whisper (CTranslate2), Silero VAD and the Piper voice (onnxruntime) in
one process. Each has a short-lived peak far above what it keeps: loading Whisper takes ~70 MB
for a moment (from its int8 copy, see ``int8_model``; ~170 MB when it converted float16
weights at each load), ~45 MB kept; loading Piper builds its graph
(~90 MB), and Piper's synthesis of a piece of a sentence allocates ~100 MB that it frees right
after. These steps run on different threads (the speech lane, the voice's thread), and when two
peaks met the process went further over its 450 MB budget. ``heavy_step`` makes them take
turns; each step is short (0.1-0.8 s), and the memory it freed is handed back to the system
before the next one starts.

Whisper's decoding is not gated (captions must not wait behind the voice), although its
encoder briefly takes ~70-90 MB (attention over a padded 30 s window); what a decoding window
freed is handed back before the next window (``decoding.collect``)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from simulator.memory import return_freed_memory

_turn = threading.Lock()


@contextmanager
def heavy_step() -> Iterator[None]:
    """Run a memory-hungry step while no other one runs; return what it freed afterwards."""
    with _turn:
        try:
            yield
        finally:
            return_freed_memory()
