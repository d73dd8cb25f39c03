"""Reading the app's own small files (settings, consent, drafts, caches, lock notes) safely.

These files live in the data folder, where anything can end up under their names: a named pipe
(``open`` would wait forever and the window would never appear), a link to ``/dev/zero`` or
``/dev/urandom`` (``read`` would fill the memory), a folder, or a file grown to gigabytes. Every
reader goes through ``read_small``: it opens without blocking, accepts only a regular file and
reads at most ``limit`` bytes, raising an ``OSError`` that names the file and the problem, so the
callers' existing ``except OSError`` fallbacks apply.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path


class NotASmallFile(OSError):
    """The path is not a regular file, or is larger than the reader accepts."""


def read_small(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path`` if it holds at most ``limit`` of them."""
    return b"".join(_chunks(path, limit, 1 << 20))


def read_small_lines(path: Path, limit: int) -> list[bytes]:
    """``read_small(path, limit).split(b"\n")``, split as it is read: no single step copies or
    decodes the whole file, each holding the GIL for as long as the file is large (the pack
    cache with 16 added packs, 4.7 MB: 10-15 ms in one ``bytes.join`` or ``decode``, perf42)."""
    lines: list[bytes] = []
    line: list[bytes] = []  # the pieces of the line not yet ended
    for chunk in _chunks(path, limit, 1 << 16):
        *ended, rest = chunk.split(b"\n")
        for piece in ended:
            line.append(piece)
            lines.append(b"".join(line))
            line = []
        line.append(rest)
    lines.append(b"".join(line))
    return lines


def _chunks(path: Path, limit: int, size: int) -> Iterator[bytes]:
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotASmallFile(
                errno.EINVAL, "not a regular file (a pipe, device or folder)", str(path)
            )
        if info.st_size > limit:
            raise NotASmallFile(errno.EFBIG, f"larger than {limit:,} bytes", str(path))
        read = 0
        while chunk := os.read(fd, min(size, limit + 1 - read)):
            read += len(chunk)
            if read > limit:  # it grew while being read
                raise NotASmallFile(errno.EFBIG, f"larger than {limit:,} bytes", str(path))
            yield chunk
    finally:
        os.close(fd)


def read_small_text(path: Path, limit: int, encoding: str = "utf-8") -> str:
    """``read_small`` decoded; a ``UnicodeDecodeError`` (a ``ValueError``) when it is not text."""
    return read_small(path, limit).decode(encoding)


def create_private(path: Path) -> int:
    """A new, empty file at ``path`` only its owner can read (0600), open for writing; for the
    names the app owns (temporary files, its keys). Whatever is there first is removed, never
    followed: a link planted under that name would otherwise have the app overwrite the file it
    points to, anywhere on the disk."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    return os.open(path, flags | getattr(os, "O_CLOEXEC", 0), 0o600)


def replace_private(path: Path, text: str, *, fsync: bool = False) -> None:
    """Write ``text`` to ``path`` whole or not at all, readable by its owner only: into a fresh
    ``.<name>.part`` beside it (never through a link planted there), then renamed into place.
    ``fsync``: flushed to the disk first, for what must survive a power cut (rescued answers)."""
    tmp = path.with_name(f".{path.name}.part")
    fd = create_private(tmp)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            if fsync:
                out.flush()
                os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
