"""Checks that shown text holds its bidi characters in (``reordering.contained``)."""

from __future__ import annotations

_OPENS_ISOLATE = "\u2066\u2067\u2068"
_BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def held_in(text: str) -> bool:
    """Whether no bidi character of ``text`` can reorder anything outside its own isolate:
    every one sits inside an isolate that is closed before its line ends (an isolate's PDI
    closes every embedding and override opened inside it)."""
    for line in text.split("\n"):
        depth = 0
        for ch in line:
            if ch in _OPENS_ISOLATE:
                depth += 1
            elif ch == "\u2069" and depth:
                depth -= 1
            elif ch in _BIDI and not depth:
                return False
        if depth:
            return False
    return True
