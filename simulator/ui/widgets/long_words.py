"""The answer editor with a very long unbroken run (a pasted hash, base64, a 100,000-character
"word") wraps anywhere, so laying it out stays quick.

Qt's default wrap (at word boundaries, else anywhere) first looks for a word boundary along the
whole run: a pasted 100,000-character word held the window for 2 s, and 1.3 s at each resize
after. Wrapping anywhere lays the same text out in ~0.07 s. Ordinary text keeps wrapping at
word boundaries. (Pages that only show text break such runs instead: ``breakable``.)
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit

from simulator.core.long_names import LONG_RUN

_RUN = re.compile(rf"\S{{{LONG_RUN + 1}}}")

WORDS = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
ANYWHERE = QTextOption.WrapMode.WrapAnywhere


def has_long_run(text: str) -> bool:
    """Whether ``text`` holds a run without spaces that ``breakable`` would break."""
    return _RUN.search(text) is not None


def wrap_for(editor: QPlainTextEdit, text: str) -> None:
    """Call before ``text`` goes into ``editor`` (or once it changed): the wrap that suits it."""
    mode = ANYWHERE if has_long_run(text) else WORDS
    if editor.wordWrapMode() != mode:
        editor.setWordWrapMode(mode)
