"""The pack cache is read a line at a time (issue 8, perf42).

With 16 added packs the cache (4.7 MB) was joined and decoded in one step each, 10-15 ms of GIL
on the reload's thread (``benchmarks/reload_gil_holds.py``), growing with the packs.
``read_small_lines`` splits the file as it is read; its lines are the file's, and the small-file
limits hold as for ``read_small``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from simulator.core import small_files
from simulator.core.small_files import NotASmallFile, read_small, read_small_lines


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\n",
        b"one line, no end",
        b"header\n" + b"x" * 200_000 + b"\n\n" + "caf\u00e9 \u2014 \u00fc".encode() * 9_000 + b"\n",
        b"\n".join(b"%d:" % i + b"y" * (i * 37 % 70_000) for i in range(60)),
    ],
)
def test_lines_are_the_files_lines(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "cache.jsonl"
    path.write_bytes(content)
    assert read_small_lines(path, 10_000_000) == read_small(path, 10_000_000).split(b"\n")
    assert read_small(path, 10_000_000) == content


def test_no_step_holds_the_whole_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cache.jsonl"
    path.write_bytes(b"\n".join(b"z" * 50_000 for _ in range(40)))  # 2 MB in 40 lines
    reads: list[int] = []
    real = os.read

    def counted(fd: int, n: int) -> bytes:
        reads.append(n)
        return real(fd, n)

    monkeypatch.setattr(small_files.os, "read", counted)
    lines = read_small_lines(path, 10_000_000)
    assert len(lines) == 40
    assert max(reads) <= 1 << 16  # never asked for more than a piece of a line at once


def test_limits_hold(tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.write_bytes(b"a\n" * 100)
    with pytest.raises(NotASmallFile):
        read_small_lines(big, 150)
    with pytest.raises(NotASmallFile):
        read_small_lines(tmp_path, 150)  # a folder
