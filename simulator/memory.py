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


def limit_malloc_arenas(arenas: int = 2) -> None:
    """Cap glibc's per-thread malloc arenas. Transcription runs on pool threads that come and go;
    each new thread got its own arena and a voice interview's peak memory grew by ~100 MB
    (measured: 524 MB -> 370-425 MB)."""
    if _libc is not None:
        _libc.mallopt(-8, arenas)  # M_ARENA_MAX


def return_freed_memory() -> None:
    """Give freed heap memory back to the system: glibc keeps it otherwise, and a voice
    interview's memory crept up with every answer transcribed and every sentence spoken."""
    if _libc is not None:
        _libc.malloc_trim(0)
