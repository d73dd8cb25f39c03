"""Text from packs, answers and files printed to a terminal, made harmless.

A pack or an answer can hold escape sequences that clear the screen, retitle the window or
write the clipboard when printed raw. Everything the commands print from such sources goes
through ``plain`` (one line of text) or ``json_line`` (one JSON document); bidi overrides and
zero-width characters, which reorder or hide what is printed, are shown as ``\\u202e`` too.
A run of over 400 characters with no space (an id, a path, a number from the command line) is
shown by its start, end and length: one such value made a one-line message 5,000 characters."""

from __future__ import annotations

import contextlib
import json
import re
import sys
import time
from typing import Any

from simulator.core.long_names import shortened_runs
from simulator.core.qt_names import shown_text
from simulator.core.reordering import shown_marks

# C0 controls (tab and newline handled by the caller's choice), DEL and C1 controls (0x9b is
# an 8-bit CSI: as dangerous as ESC [ on many terminals).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_KEEP_LINES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return (
        "\\t" if code == 9 else "\\n" if code == 10 else "\\r" if code == 13 else f"\\x{code:02x}"
    )


def plain(text: object, *, keep_lines: bool = False) -> str:
    """``text`` with every control character shown as a visible escape (``\\x1b``); newlines
    and tabs too unless ``keep_lines``; a name too long to read shortened (``long_names``)."""
    pattern = _CONTROL_KEEP_LINES if keep_lines else _CONTROL
    # a file name's byte that is not UTF-8 as the window shows it (\\xe9), not as the lone
    # surrogate Python keeps it in (\\udce9, walk61)
    said = shown_text(str(text))
    return shortened_runs(shown_marks(pattern.sub(_escape, said), _unicode_escape))


def _unicode_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"  # a bidi override or zero-width character, shown


def takes_any_character(stream: Any) -> bool:
    """Whether ``stream`` encodes every character (UTF-8). Otherwise (LC_ALL=C with
    PYTHONUTF8=0, a Latin-1 locale, a Windows console) the CLI prints what it cannot encode
    as a backslash escape, and JSON must come out as ASCII."""
    encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return encoding == "utf8"


def json_line(data: Any, **kwargs: Any) -> str:
    """``data`` as JSON for stdout that is valid (no NaN or Infinity: raises ``ValueError``)
    and safe to print: json escapes C0 controls itself; DEL and C1 controls are escaped here
    too. On a terminal that is not UTF-8 every other character is a ``\\uXXXX`` escape:
    printed raw it became ``\\xdc`` (the stream's backslashreplace), which is not JSON."""
    ascii_only = not takes_any_character(sys.stdout)
    text = json.dumps(data, ensure_ascii=ascii_only, allow_nan=False, **kwargs)
    return shown_marks(re.sub(r"[\x7f-\x9f]", _unicode_escape, text), _unicode_escape)


class ProgressLine:
    """How far a long job is, on one line of a terminal, rewritten in place ("exporting: 1.2 GB
    of 5.1 GB (23 %)"): only when ``stream`` is a terminal (a pipe or a file gets nothing, so a
    script reading it sees only the result), only when the whole percent changes and at most
    every ``every`` seconds. ``clear`` wipes it before the result is printed."""

    def __init__(self, stream: Any, what: str, every: float = 0.2) -> None:
        self._stream = stream
        self._what = what
        self._every = every
        self._shown = ""  # the line on the terminal now
        self._percent = -1
        self._at = float("-inf")
        try:
            self.on = bool(stream.isatty())
        except (AttributeError, ValueError, OSError):  # (closed, or no such method)
            self.on = False

    def __call__(self, done: int, total: int) -> None:
        if not self.on:
            return
        from simulator.speech.models import size_text

        percent = done * 100 // max(total, 1)
        now = time.monotonic()
        if percent == self._percent or (now - self._at < self._every and percent < 100):
            return
        self._percent, self._at = percent, now
        self._put(f"{self._what}: {size_text(done)} of {size_text(total)} ({percent} %)")

    def clear(self) -> None:
        if self.on and self._shown:
            self._put("")

    def _put(self, line: str) -> None:
        # spaces over what is left of a longer line: no escape sequence a terminal may not know
        pad = " " * max(len(self._shown) - len(line), 0)
        with contextlib.suppress(OSError, ValueError):
            self._stream.write(f"\r{line}{pad}\r" if not line else f"\r{line}{pad}")
            self._stream.flush()
        self._shown = line


# The error handler of the CLI's streams: what the stream's encoding cannot hold is printed as
# an escape, a file name's byte that is not UTF-8 (a lone surrogate) as the window shows it
SHOWN_ERRORS = "ml-interview-shown"


def _shown_escape(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    shown = "".join(
        shown_text(c)
        if 0xDC80 <= ord(c) <= 0xDCFF
        else c.encode("ascii", "backslashreplace").decode()
        for c in bad
    )
    return shown, error.end


def register_shown_errors() -> None:
    """Make ``SHOWN_ERRORS`` known to the codecs (once a process is enough; again is harmless)."""
    import codecs

    codecs.register_error(SHOWN_ERRORS, _shown_escape)
