"""glibc's allocator: fewer per-thread arenas, and freed memory handed back (no-ops elsewhere).

libc is opened once, when this module is first imported, which the window does on the GUI thread
before any worker starts. Opening it from a worker later is unsafe: ``ctypes.CDLL`` keeps the GIL
while ``dlopen`` waits for the dynamic loader's lock, and a GUI thread inside its own ``dlopen``
(Qt Multimedia loading its backend) that logs a Qt message through a Python handler needs the GIL
back: both threads wait for ever (seen under pytest-qt's message handler)."""

from __future__ import annotations

import ctypes
import sys
from typing import Any


def _open_libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim, libc.mallopt  # noqa: B018 (glibc only: musl has neither)
    except (OSError, AttributeError):
        return None
    return libc


_libc = _open_libc()


M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
# Blocks from this size up get their own pages, given back as soon as they are freed.
MMAP_THRESHOLD = 4 << 20
# The voice's process (``speech.piper_child``): onnxruntime without its memory arena allocates
# and frees each tensor of a render; from 128 KB up they get pages of their own, given back at
# once, so a render's peak is the tensors alive together, not those plus the heap's free holes.
# Measured (one voice, three ~2.6 s pieces, 2 runs each, load 15): peak RSS 197-206 -> 187-188
# MB, 512 KB 190-195; CPU +15-29 % (page faults; the voice runs below the window's priority).
VOICE_MMAP_THRESHOLD = 128 << 10


def limit_malloc_arenas(arenas: int = 2, mmap_threshold: int = MMAP_THRESHOLD) -> None:
    """Cap glibc's per-thread malloc arenas, and keep large blocks out of the heap.

    Transcription runs on pool threads that come and go; each new thread got its own arena and
    a voice interview's peak memory grew by ~100 MB (measured: 524 MB -> 370-425 MB).

    glibc raises its mmap threshold each time a large block is freed (up to 32 MB), so after
    the first transcription the speech engines' 4-30 MB working buffers came from the heap,
    where a freed buffer too small for the next request stayed while the heap grew: a fixed
    threshold puts every block of ``MMAP_THRESHOLD`` or more in pages of its own (measured on
    a 28 s answer: encoder peak +85-99 MB -> +71 MB, and +15-35 MB less kept between passes;
    decoding time unchanged, where a 128 KB or 1 MB threshold cost 50 % and 25 % more CPU)."""
    if _libc is not None:
        _libc.mallopt(M_ARENA_MAX, arenas)
        _libc.mallopt(M_MMAP_THRESHOLD, mmap_threshold)


def return_freed_memory() -> None:
    """Give freed heap memory back to the system: glibc keeps it otherwise, and a voice
    interview's memory crept up with every answer transcribed and every sentence spoken."""
    if _libc is not None:
        _libc.malloc_trim(0)


def dlopen_without_gil(path: str, flags: int) -> bool:
    """Load a shared library through libc's ``dlopen``, called as a foreign function so the
    GIL is released meanwhile (``ctypes.CDLL`` and ``import`` hold it while the loader maps
    the library and runs its initializers: ~100 ms for onnxruntime, during which the window
    froze). A later import of the same file finds it loaded. False where this cannot be done."""
    if _libc is None or not hasattr(_libc, "dlopen"):
        return False
    dlopen = _libc.dlopen
    dlopen.restype = ctypes.c_void_p
    dlopen.argtypes = [ctypes.c_char_p, ctypes.c_int]
    return bool(dlopen(path.encode(), flags))
