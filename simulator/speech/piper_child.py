"""The voice process (``speech.piper_process``): builds one Piper voice, then answers requests.

Run as ``python -m simulator.speech.piper_child MODEL CONFIG THREADS``. Requests come pickled
on stdin (``("phonemize", text)``, ``("synthesize", text, options)``), each answered on stdout
with ``("ok", value)`` or ``("error", message)``; the first answer says whether the voice was
built. It ends at the end of its stdin (the app closed it, or is gone).
"""

from __future__ import annotations

import logging
import os
import pickle
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from simulator.speech.piper_process import APP_PID_ENV, NICE_ENV


def _serve(voice: Any, requests: Any, replies: Any) -> None:
    from piper.config import SynthesisConfig

    from simulator.memory import return_freed_memory

    while True:
        try:
            request = pickle.load(requests)
        except EOFError:
            return
        try:
            if request[0] == "phonemize":
                value: Any = voice.phonemize(request[1])
            elif request[0] == "synthesize":
                options = request[2] or {}
                config = SynthesisConfig(**options)
                value = b"".join(c.audio_int16_bytes for c in voice.synthesize(request[1], config))
                # A render's 30-110 MB go back to the system (here no window waits for the
                # trim, which holds the allocator's locks while it walks the heap).
                return_freed_memory()
            else:
                raise ValueError(f"unknown request {request[0]!r}")
            reply: tuple[str, Any] = ("ok", value)
        except Exception as exc:  # told to the app, which reports it
            reply = ("error", f"{type(exc).__name__}: {exc}")
        pickle.dump(reply, replies, protocol=pickle.HIGHEST_PROTOCOL)
        replies.flush()


def _end_with_the_app(parent: int, every_s: float = 0.5) -> None:
    """End this process once the app is gone (killed, crashed). Between requests the end of
    stdin tells it; while the voice builds (or a render runs) nothing reads stdin, and a child
    of a killed app went on using a CPU with no app to answer (review27: seen for seconds under
    load; for good where the build blocks)."""

    def watch() -> None:
        while True:
            time.sleep(every_s)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="app-watch", daemon=True).start()


def _quiet_piper() -> None:
    """Piper's logger keeps its words to itself: with no handler configured in this process,
    logging's last-resort handler printed each warning ('Missing phoneme from id map: @' for
    every sign of a text like ``[[h@l@U]]``) to stderr, the terminal the app was started from.
    What goes wrong in a render reaches the app as the request's error, which the app logs."""
    piper = logging.getLogger("piper")
    piper.addHandler(logging.NullHandler())
    piper.propagate = False


def main(argv: list[str]) -> int:
    from simulator.speech.cpu import lower_this_process

    # Below the window first, before any thread starts (they inherit it): speech.piper_process
    lower_this_process(int(os.environ.get(NICE_ENV, "0")))
    _end_with_the_app(int(os.environ.get(APP_PID_ENV, "0")) or os.getppid())
    # Ctrl+C in a terminal reaches the whole process group: the app decides when this ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _quiet_piper()
    # The replies get a descriptor of their own; anything a library prints goes to stderr.
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    requests = sys.stdin.buffer
    model, config, threads = Path(argv[0]), Path(argv[1]), int(argv[2])
    from simulator.memory import VOICE_MMAP_THRESHOLD, limit_malloc_arenas

    limit_malloc_arenas(mmap_threshold=VOICE_MMAP_THRESHOLD)  # a render's tensors: own pages
    try:
        from simulator.speech.piper_voice import build_voice

        voice = build_voice(model, config, threads)
    except Exception as exc:
        pickle.dump(("error", f"{type(exc).__name__}: {exc}"), replies)
        replies.flush()
        return 1
    pickle.dump(("ok", None), replies)
    replies.flush()
    _serve(voice, requests, replies)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
