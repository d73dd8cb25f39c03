"""Loading the speech engines: native libraries loaded with the GIL released, no collector
pauses while an engine loads."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading

from simulator.speech import loading


def test_native_libraries_are_loaded_without_importing_their_package() -> None:
    code = """
import sys
from simulator.speech import loading
loading.preload("onnxruntime", "ctranslate2")
maps = open("/proc/self/maps").read()
print("mapped:", "onnxruntime_pybind11_state" in maps, "libctranslate2" in maps)
print("imported:", "onnxruntime" in sys.modules, "ctranslate2" in sys.modules)
import onnxruntime  # the import finds the library loaded and works as before
print("session class:", hasattr(onnxruntime, "InferenceSession"))
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    assert "mapped: True True" in out
    assert "imported: False False" in out
    assert "session class: True" in out


def test_no_collection_while_engines_load_then_their_objects_are_frozen() -> None:
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    inside = threading.Event()
    release = threading.Event()
    states: list[bool] = []

    def other_engine() -> None:  # a second engine loading at the same time on its thread
        with loading.loading():
            inside.set()
            release.wait(10)
            states.append(gc.isenabled())

    thread = threading.Thread(target=other_engine)
    try:
        with loading.loading():
            states.append(gc.isenabled())
            thread.start()
            assert inside.wait(10)
            made = [[] for _ in range(1000)]  # long-lived objects of the load
        states.append(gc.isenabled())  # the other load still runs: still off
        release.set()
        thread.join(10)
        assert states == [False, False, False]
        assert gc.isenabled()  # back on once every load has ended
        assert gc.get_freeze_count() >= frozen + len(made)
    finally:
        release.set()
        gc.unfreeze()  # keep the test process as it was


def test_the_bank_warm_up_loads_the_scorers_word_vectors_too() -> None:
    """Loaded with the bank (after the first paint, on the database lane), not at the first
    answer's scoring, where holding the GIL ~90 ms froze the window while transcribing."""
    code = """
from simulator.core.scoring import meaning
from simulator.services import load_warm_bank
load_warm_bank()
print("vectors loaded:", meaning._tried and meaning._embedder is not None)
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    assert "vectors loaded: True" in out


def test_pyav_is_not_loaded_with_whisper_and_loads_when_used() -> None:
    """Its FFmpeg libraries added ~17 MB to a voice interview's peak; the app never uses it.
    With PySide6's check of each imported module on, as in the app: it asked the stand-in for
    ``__wrapped__`` (``inspect.unwrap``), which imported PyAV (14 MB mapped in every voice
    interview)."""
    code = """
import sys
import numpy as np
import PySide6.QtCore
from simulator.ui.pyside_feature import read_sources_without_keeping_them
read_sources_without_keeping_them()
from simulator.speech.asr import get_whisper
whisper = get_whisper()
whisper.load()
whisper.transcribe_array(np.zeros(16000, dtype=np.float32))
print("mapped:", "av.libs" in open("/proc/self/maps").read())
import av
print("works:", hasattr(av, "open"), "av.libs" in open("/proc/self/maps").read())
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    ).stdout
    assert "mapped: False" in out
    assert "works: True True" in out


def test_asyncio_is_not_loaded_with_whisper_and_loads_when_used_r52() -> None:
    """CTranslate2 imports asyncio (and with it ssl and OpenSSL) for asynchronous generators
    faster-whisper never uses: not loaded in a voice interview (round 52: ~2-6 MB of its peak),
    and the real package, submodules too, once something uses it."""
    code = """
import sys
import numpy as np
import PySide6.QtCore
from simulator.ui.pyside_feature import read_sources_without_keeping_them
read_sources_without_keeping_them()
from simulator.speech.asr import get_whisper
whisper = get_whisper()
whisper.load()
whisper.transcribe_array(np.zeros(16000, dtype=np.float32))
print("loaded:", type(sys.modules["asyncio"]).__name__ != "_OnFirstUse", "ssl" in sys.modules)
import asyncio.subprocess
async def two():
    await asyncio.sleep(0)
    return 2
print("works:", asyncio.run(two()), hasattr(asyncio.subprocess, "PIPE"), "ssl" in sys.modules)
"""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    ).stdout
    assert "loaded: False False" in out
    assert "works: 2 True True" in out
