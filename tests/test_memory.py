"""glibc's allocator settings (``simulator.memory``): the app's and the voice process's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from simulator import memory


class _Libc:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def mallopt(self, option: int, value: int) -> int:
        self.calls.append((option, value))
        return 1


def test_the_arena_cap_and_mmap_threshold_reach_glibc(monkeypatch: pytest.MonkeyPatch) -> None:
    libc = _Libc()
    monkeypatch.setattr(memory, "_libc", libc)
    memory.limit_malloc_arenas()
    memory.limit_malloc_arenas(mmap_threshold=memory.VOICE_MMAP_THRESHOLD)
    assert libc.calls == [
        (memory.M_ARENA_MAX, 2),
        (memory.M_MMAP_THRESHOLD, memory.MMAP_THRESHOLD),
        (memory.M_ARENA_MAX, 2),
        (memory.M_MMAP_THRESHOLD, memory.VOICE_MMAP_THRESHOLD),
    ]
    assert memory.VOICE_MMAP_THRESHOLD < memory.MMAP_THRESHOLD


_CHILD = """
import sys
from simulator import memory
memory.limit_malloc_arenas = lambda **kw: print("limits", sorted(kw.items()), file=sys.stderr)
from simulator.speech import piper_child
raise SystemExit(piper_child.main(sys.argv[1:]))
"""


def test_the_voice_process_gives_a_renders_tensors_pages_of_their_own(tmp_path: Path) -> None:
    """Its onnxruntime frees each tensor of a render: from ``VOICE_MMAP_THRESHOLD`` up they
    leave no hole in the heap (the render's peak was the live tensors plus the holes)."""
    config = tmp_path / "voice.onnx.json"
    config.write_text('{"audio": {"sample_rate": 22050}}', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path / "missing.onnx"), str(config), "1"],
        stdin=subprocess.DEVNULL,
        capture_output=True,  # stdout: the pickled reply
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )
    assert done.returncode == 1  # the missing model is reported, after the limits were set
    said = done.stderr.decode("utf-8", "replace")
    assert f"limits [('mmap_threshold', {memory.VOICE_MMAP_THRESHOLD})]" in said
