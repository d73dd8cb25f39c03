"""File names passed between Python and Qt, which spell them differently (Qt-free).

Python names a file with the bytes its text gives in the file system's encoding
(``os.fsencode``: the locale's, UTF-8 in a UTF-8 locale); Qt 6 names it with the text's UTF-8
bytes, whatever the locale. In a UTF-8 locale the two agree. In another one
(``LANG=en_US.ISO-8859-1``) a data folder named "面试 d" reads in Python as the text of its
bytes taken one by one ('é\\x9d¢è¯\\x95 d'), which Qt writes back as other bytes: Qt found no
file there, so Review's player played no recording, and the same for every path handed to Qt
(attack run 61). A path goes to Qt through ``for_qt``, and a path Qt gives (a file dialog's
choice) comes back through ``from_qt``.
"""

from __future__ import annotations

import os
import re


def _raw(path: str | os.PathLike[str]) -> bytes:
    """The bytes that name ``path`` on disk, as Python opens it."""
    try:
        return os.fsencode(path)
    except UnicodeEncodeError:
        # text the locale's encoding cannot hold: Python itself names it in UTF-8
        return os.fspath(path).encode("utf-8", "surrogateescape")


def for_qt(path: str | os.PathLike[str]) -> str | None:
    """``path`` as the text Qt turns into the same bytes; None when those bytes are not UTF-8
    (no text names that file for Qt)."""
    try:
        return _raw(path).decode("utf-8")
    except UnicodeDecodeError:
        return None


def from_qt(text: str) -> str:
    """A path Qt gives as text, as Python names the same file."""
    return os.fsdecode(text.encode("utf-8", "surrogateescape"))


def shown(path: str | os.PathLike[str]) -> str:
    """``path`` as text a window or a terminal can show: its name as it reads in UTF-8, a
    byte that is not UTF-8 as ``\\xff``."""
    return _raw(path).decode("utf-8", "backslashreplace")


def shown_text(text: str) -> str:
    """``text`` (a message that may hold a path) with each byte a file name kept as a lone
    surrogate (``os.fsdecode``'s surrogateescape: \\udce9 for a byte 0xE9 that is not UTF-8)
    shown as ``\\xe9``, as ``shown`` shows a path. Qt drops such a character (a data
    folder "caf\\xe9" read "caf" in every message) and a terminal prints it as \\udce9
    or as the raw byte (walk61)."""
    if not _ESCAPED.search(text):
        return text
    return _ESCAPED.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", text)


_ESCAPED = re.compile("[\udc80-\udcff]")
