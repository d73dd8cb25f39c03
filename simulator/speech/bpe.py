"""Whisper's byte-level BPE tokenizer in plain Python, read from the model's ``tokenizer.json``.

Why not the ``tokenizers`` package that faster-whisper uses: its ``Tokenizer.from_file`` parses
the 2 MB file in one call that holds the GIL for 200-600 ms, and the window froze for that long
while the speech model loaded in the background. Here the file is read line by line in Python,
so other threads (the GUI) get the interpreter every few milliseconds. faster-whisper needs only
``token_to_id``, ``encode(text, add_special_tokens=False).ids`` and ``decode(ids)``; a test
checks them against the ``tokenizers`` package on real text.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import types
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

# GPT-2's pre-tokenizer: \p{L} and \p{N} written with the standard library's classes.
_PIECES = re.compile(
    r"""'s|'t|'re|'ve|'m|'ll|'d| ?[^\W\d_]+| ?\d+| ?(?:[^\s\w]|_)+|\s+(?!\S)|\s+"""
)


@lru_cache(maxsize=1)
def _byte_to_char() -> dict[int, str]:
    """GPT-2's reversible map from bytes to printable characters."""
    printable = [*range(ord("!"), ord("~") + 1), *range(0xA1, 0xAD), *range(0xAE, 0x100)]
    chars = list(printable)
    extra = 0
    for b in range(256):
        if b not in printable:
            printable.append(b)
            chars.append(256 + extra)
            extra += 1
    return {b: chr(c) for b, c in zip(printable, chars, strict=True)}


@dataclass(frozen=True)
class Encoding:
    ids: list[int]


class WhisperTokenizer:
    """The subset of ``tokenizers.Tokenizer`` that faster-whisper calls."""

    def __init__(self, vocab: dict[str, int], merges: list[str], special: dict[str, int]):
        self._vocab = vocab
        self._ids = {i: t for t, i in vocab.items()}
        self._special = special
        self._special_ids = set(special.values())
        # Merges stay "a b" strings, never tuples: strings are not tracked by the garbage
        # collector, so 50 000 of them add no full collection pauses.
        self._ranks = {pair: rank for rank, pair in enumerate(merges)}
        self._byte_char = _byte_to_char()
        self._char_byte = {c: b for b, c in self._byte_char.items()}
        self._cache: dict[str, list[int]] = {}

    @classmethod
    def from_file(cls, path: str | Path) -> WhisperTokenizer:
        with open(path, encoding="utf-8") as file:  # line by line: no single long call
            lines = [line.rstrip("\n") for line in file]
        try:
            return cls(*_read_pretty(lines))
        except (ValueError, KeyError, IndexError):  # not laid out one entry per line
            data = json.loads("\n".join(lines))
            model = data["model"]
            merges = [m if isinstance(m, str) else " ".join(m) for m in model["merges"]]
            special = {t["content"]: int(t["id"]) for t in data["added_tokens"]}
            return cls(model["vocab"], merges, special)

    def token_to_id(self, token: str) -> int | None:
        found = self._special.get(token)
        return found if found is not None else self._vocab.get(token)

    def encode(self, text: str, add_special_tokens: bool = False) -> Encoding:
        ids: list[int] = []
        for piece in _PIECES.findall(text):
            ids.extend(self._encode_piece(piece))
        return Encoding(ids)

    def decode(self, ids: list[int], skip_special_tokens: bool = True) -> str:
        data = bytearray()
        for i in ids:
            if i in self._special_ids:
                if not skip_special_tokens:
                    data.extend(self._ids.get(i, "").encode())
                continue
            token = self._ids.get(i)
            if token is not None:
                data.extend(self._char_byte[c] for c in token)
        return data.decode("utf-8", errors="replace")

    def _encode_piece(self, piece: str) -> list[int]:
        cached = self._cache.get(piece)
        if cached is not None:
            return cached
        parts = [self._byte_char[b] for b in piece.encode("utf-8")]
        while len(parts) > 1:
            pairs = [(self._ranks.get(f"{a} {b}"), i) for i, (a, b) in enumerate(pairwise(parts))]
            ranked = [(rank, i) for rank, i in pairs if rank is not None]
            if not ranked:
                break
            _, i = min(ranked)
            parts[i : i + 2] = [parts[i] + parts[i + 1]]
        ids = [self._vocab[p] for p in parts]
        if len(self._cache) < 10_000:
            self._cache[piece] = ids
        return ids


def _read_pretty(lines: list[str]) -> tuple[dict[str, int], list[str], dict[str, int]]:
    """Vocabulary, merges and special tokens of a pretty-printed tokenizer.json, one entry per
    line (as the Hugging Face tools write it), read without one long parse."""
    start = lines.index('  "added_tokens": [')
    end = lines.index("  ],", start)
    added = json.loads("[" + "\n".join(lines[start + 1 : end]) + "]")
    special = {t["content"]: int(t["id"]) for t in added}
    v = lines.index('    "vocab": {', end)
    vocab: dict[str, int] = {}
    i = v + 1
    while lines[i] != "    },":
        key, _, value = lines[i].strip().rstrip(",").rpartition(":")
        vocab[json.loads(key)] = int(value)
        i += 1
    m = lines.index('    "merges": [', i)
    merges: list[str] = []
    i = m + 1
    while lines[i] != "    ]":
        merges.append(json.loads(lines[i].strip().rstrip(",")))
        i += 1
    if not vocab or not merges:
        raise ValueError("no vocabulary or merges found")
    return vocab, merges, special


@contextlib.contextmanager
def instead_of_tokenizers(path: Path) -> Iterator[None]:
    """While faster-whisper builds its model, have it read ``tokenizer.json`` with the plain
    Python reader above: the ``tokenizers`` package parses it in one call that holds the
    GIL for 200-600 ms, which froze the window while the model loaded in the background."""
    import faster_whisper.transcribe as fw

    if not path.is_file():  # not a local model folder: faster-whisper does as it does
        yield
        return
    tokenizer = WhisperTokenizer.from_file(path)
    with _patch_lock:  # two models loading at once must not restore each other's patch
        real = fw.tokenizers
        fw.tokenizers = types.SimpleNamespace(
            Tokenizer=types.SimpleNamespace(
                from_file=lambda _path: tokenizer, from_buffer=real.Tokenizer.from_buffer
            )
        )
        try:
            yield
        finally:
            fw.tokenizers = real


_patch_lock = threading.Lock()
