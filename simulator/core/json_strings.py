"""Reading the string literals of a big JSON file line by line (tokenizer files).

The word vectors' tokenizer (``core.scoring.word_pieces``) and Whisper's (``speech.bpe``) are read
this way rather than by one ``json.load`` or the ``tokenizers`` package, whose single call holds the
GIL long enough to stall the window.
"""

from __future__ import annotations

import json


def json_string(quoted: str) -> str:
    """A JSON string literal's text; a plain one without ``json`` (3x faster: 100 000 lines)."""
    if "\\" in quoted or len(quoted) < 2 or quoted[0] != '"' or quoted[-1] != '"':
        text = json.loads(quoted)
        if not isinstance(text, str):
            raise ValueError(f"not a string: {quoted}")
        return text
    return quoted[1:-1]
