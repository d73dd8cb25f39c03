"""Text from packs, answers and files printed to a terminal, made harmless.

A pack or an answer can hold escape sequences that clear the screen, retitle the window or
write the clipboard when printed raw. Everything the commands print from such sources goes
through ``plain`` (one line of text) or ``json_line`` (one JSON document); bidi overrides and
zero-width characters, which reorder or hide what is printed, are shown as ``\\u202e`` too.
A run of over 400 characters with no space (an id, a path, a number from the command line) is
shown by its start, end and length: one such value made a one-line message 5,000 characters."""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from simulator.core.long_names import shortened_runs
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
    return shortened_runs(shown_marks(pattern.sub(_escape, str(text)), _unicode_escape))


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
