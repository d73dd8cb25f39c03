"""Loading the speech engines without freezing the window.

The engines load on background threads, but two things they do hold the GIL, so the GUI thread
cannot run meanwhile (measured with a 5 ms heartbeat: stalls of 100-140 ms while "preparing"):

* the dynamic loader mapping their native libraries and running their initializers, inside
  ``import`` (onnxruntime: 105-137 ms in one piece; ctranslate2 and PyAV: 15-67 ms). ``preload``
  has libc load them first with the GIL released, so the import only registers the module;
* a full garbage collection, which the many objects an import creates trigger (113-115 ms: it
  walks every object of the app). ``loading`` keeps the collector off while an engine loads,
  then freezes what was created: module-level objects that live as long as the app.

Two packages the engines import are never used by the app, and are not loaded at all:

* PyAV: faster-whisper imports it to decode audio files, which the app never gives it (it reads
  its WAVs itself, ``audiofile``); its FFmpeg libraries added ~17 MB to a voice interview's peak.
* asyncio: CTranslate2 imports it for its asynchronous generators, which faster-whisper does not
  use; with ``ssl`` and OpenSSL's libraries it is ~6 MB of the same peak (round 52).

Until something uses one, its name in ``sys.modules`` is a stand-in that imports the real package
on first use (``defer_unused``, done before faster-whisper is first imported: ``preload("av")``
and Silero's first use).
"""

from __future__ import annotations

import contextlib
import glob
import importlib
import importlib.util
import os
import sys
import types
from contextlib import AbstractContextManager
from typing import Any

from simulator.core.collector import collector_paused
from simulator.memory import dlopen_without_gil

# (package, its native extension that pulls in the large libraries), for each engine.
NATIVE = {
    "onnxruntime": "capi/onnxruntime_pybind11_state*.so",
    "ctranslate2": "_ext*.so",
    "av": "_core*.so",
}

_preloaded: set[str] = set()


def preload(*packages: str) -> None:
    """Load the native libraries of ``packages`` (keys of ``NATIVE``) without holding the
    GIL; nothing is imported. Does nothing off Linux, or for a package not installed."""
    if not sys.platform.startswith("linux"):
        return
    for package in packages:
        if package == "av":  # not loaded at all until used (the module's docstring)
            defer_unused()
            continue
        if package in _preloaded or package in sys.modules:
            continue
        _preloaded.add(package)
        try:
            spec = importlib.util.find_spec(package)
        except (ImportError, ValueError):
            continue
        if spec is None or spec.origin is None:
            continue
        folder = os.path.dirname(spec.origin)
        for path in glob.glob(os.path.join(folder, NATIVE[package])):
            dlopen_without_gil(path, sys.getdlopenflags())


def loading() -> AbstractContextManager[None]:
    """No garbage collection while an engine loads (nested and concurrent loads, and a question
    pack parsing meanwhile, share one pause of the collector); the objects made meanwhile are
    then frozen out of later full collections, as the window does with the question bank."""
    return collector_paused(freeze=True)


# Imported by the engines, never used by the app (the module's docstring).
UNUSED = ("av", "asyncio")


class _OnFirstUse(types.ModuleType):
    """Stands in for a package; the first attribute asked for imports the real one (which then
    replaces it in ``sys.modules``)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__") and name != "__path__":
            # Looked up by tools that inspect any module (PySide6's check of each import asks
            # for ``__wrapped__`` through ``inspect.unwrap``): not a use of the package. Its
            # ``__path__`` is: a submodule is being imported.
            raise AttributeError(name)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def defer_unused() -> None:
    """Let ``import av`` and ``import asyncio`` give a stand-in until the package is used
    (no-op for one already imported)."""
    for package in UNUSED:
        if package in sys.modules:
            continue
        try:
            installed = importlib.util.find_spec(package) is not None
        except (ImportError, ValueError):
            installed = False
        if installed:
            sys.modules[package] = _OnFirstUse(package)


def warm_first_use() -> None:
    """What the first decode of an answer and its first whole-file pass import lazily, done
    now, with the model's load (on the speech lane, before the interview starts): numpy's
    ``np.percentile`` imports ``numpy.ma`` on its first call (the live caption's and Silero's
    SNR), faster-whisper's progress bar makes tqdm's lock (``multiprocessing``) on its first
    decode, and reading a recording imports ``soundfile`` (the whole-file pass).

    tqdm's monitor thread is not started: every bar made starts it, disabled ones too (each of
    faster-whisper's decodes makes one, never shown), and it wakes every 10 s for the rest of
    the run to take the GIL and look at bars nobody sees (seen in gui_stall.py's stacks of a
    stall while an answer was recorded, perf57).

    py-spy over a voice interview (``benchmarks/voice_interview.py``, stop 28) found these
    imports on the live lane while the first answer was spoken. An import holds the
    interpreter's import lock and unmarshals each module's code holding the GIL; done here it
    is paid once while nothing is being said. Idempotent and cheap after the first call."""
    import numpy as np

    np.percentile(np.zeros(4, np.float32), 90)
    try:
        from tqdm import tqdm
    except ImportError:
        pass
    else:
        tqdm.monitor_interval = 0
        tqdm.get_lock()
    # no libsndfile: reading a recording says so when it is needed
    with contextlib.suppress(ImportError, OSError):
        import soundfile  # noqa: F401
