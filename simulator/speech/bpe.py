"""Whisper's byte-level BPE tokenizer in plain Python, read from the model's ``tokenizer.json``.

Why not the ``tokenizers`` package that faster-whisper uses: its ``Tokenizer.from_file`` parses
the 2 MB file in one call that holds the GIL for 200-600 ms, and the window froze for that long
while the speech model loaded in the background. Here the file is read line by line in Python,
so other threads (the GUI) get the interpreter every few milliseconds. faster-whisper needs only
``token_to_id``, ``encode(text, add_special_tokens=False).ids`` and ``decode(ids)``; a test
checks them against the ``tokenizers`` package on real text.

Memory: the tables are held for the app's whole run (``shared``), so they are kept small: the
tokens' bytes in one string with their places, ids in token order for look-ups, merge ranks in
arrays. 1.2 MB of the interpreter's memory, where a dict of the tokens as raw bytes took 7.1 MB
(round 52) and dicts of GPT-2 strings 22-26 MB: a voice interview's peak (a Whisper decode)
carries them on top.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import json
import os
import re
import sys
import threading
import types
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, pairwise
from pathlib import Path

from simulator import paths
from simulator.core.json_strings import json_string
from simulator.core.small_files import create_private, read_small

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


# GPT-2's printable characters -> the bytes they stand for, as latin-1 characters.
_RAW = {ord(c): chr(b) for b, c in _byte_to_char().items()}


@dataclass(frozen=True)
class Encoding:
    ids: list[int]


class WhisperTokenizer:
    """The subset of ``tokenizers.Tokenizer`` that faster-whisper calls."""

    def __init__(
        self, vocab: dict[str, int], merges: Iterable[tuple[str, str]], special: dict[str, int]
    ):
        """``vocab`` and ``merges`` with their tokens as raw bytes (``_RAW``: one character per
        byte, latin-1). Only flat tables are kept, not ``vocab``: its 50,000 strings and
        numbers in a dict took ~8 MB of the interpreter's memory for as long as the app ran
        (the tokenizer outlives the model, ``shared``), where these take ~0.8 MB."""
        size = max(vocab.values(), default=-1) + 1
        by_id: list[bytes] = [b""] * size  # no token is empty: b"" is an id without one
        for token, i in vocab.items():
            by_id[i] = token.encode("latin-1")
        # id -> token: the tokens' bytes one after the other, each id's start (and end) in them
        self._bytes = b"".join(by_id)
        self._starts = array("I", accumulate(map(len, by_id), initial=0))
        del by_id
        # token -> id: the ids in their tokens' order, looked up by bisection
        self._sorted = _ids_in_token_order(vocab)
        self._special = special
        self._special_ids = set(special.values())
        # A merge's rank is kept on the token it makes, with the id of its left part (which
        # tells the pair): two arrays instead of 50 000 "a b" strings in a dict.
        self._left = array("i", [-1]) * size
        self._rank = array("i", [0]) * size
        self._other_ranks: dict[tuple[bytes, bytes], int] = {}  # a token two merges make
        for rank, (a, b) in enumerate(merges):
            made, left = vocab.get(a + b), vocab.get(a)
            if made is None or left is None or self._left[made] != -1:
                self._other_ranks.setdefault((a.encode("latin-1"), b.encode("latin-1")), rank)
            else:
                self._left[made], self._rank[made] = left, rank
        self._cache: dict[str, list[int]] = {}

    def _token(self, i: int) -> bytes:
        return self._bytes[self._starts[i] : self._starts[i + 1]]

    def _id(self, token: bytes) -> int | None:
        at = bisect_left(self._sorted, token, key=self._token)
        if at < len(self._sorted) and self._token(self._sorted[at]) == token:
            return self._sorted[at]
        return None

    @classmethod
    def from_file(cls, path: str | Path) -> WhisperTokenizer:
        try:
            with open(path, encoding="utf-8") as file:  # line by line: no single long call
                return cls(*_read_pretty(file))
        except (ValueError, KeyError, IndexError, StopIteration):  # not one entry per line
            with open(path, encoding="utf-8") as file:
                data = json.load(file)
            model = data["model"]
            merges = [m.split(" ", 1) if isinstance(m, str) else m for m in model["merges"]]
            special = {t["content"]: int(t["id"]) for t in data["added_tokens"]}
            return cls(
                {token.translate(_RAW): i for token, i in model["vocab"].items()},
                ((a.translate(_RAW), b.translate(_RAW)) for a, b in merges),
                special,
            )

    def token_to_id(self, token: str) -> int | None:
        found = self._special.get(token)
        if found is not None:
            return found
        try:
            return self._id(token.translate(_RAW).encode("latin-1"))
        except UnicodeEncodeError:  # a character that is no byte: no such token
            return None

    def encode(self, text: str, add_special_tokens: bool = False) -> Encoding:
        ids: list[int] = []
        for piece in _PIECES.findall(text):
            ids.extend(self._encode_piece(piece))
        return Encoding(ids)

    def decode(self, ids: list[int], skip_special_tokens: bool = True) -> str:
        data = bytearray()
        size = len(self._starts) - 1
        for i in ids:
            if i in self._special_ids and skip_special_tokens:
                continue
            if 0 <= i < size:
                data.extend(self._token(i))
        return data.decode("utf-8", errors="replace")

    def _rank_of(self, a: bytes, b: bytes) -> int | None:
        """The rank of the merge of ``a`` and ``b`` (None: they are not merged)."""
        made = self._id(a + b)
        if made is not None and self._left[made] == self._id(a):
            return self._rank[made]
        return self._other_ranks.get((a, b)) if self._other_ranks else None

    def _encode_piece(self, piece: str) -> list[int]:
        cached = self._cache.get(piece)
        if cached is not None:
            return cached
        parts = [bytes((b,)) for b in piece.encode("utf-8")]
        while len(parts) > 1:
            pairs = [(self._rank_of(a, b), i) for i, (a, b) in enumerate(pairwise(parts))]
            ranked = [(rank, i) for rank, i in pairs if rank is not None]
            if not ranked:
                break
            _, i = min(ranked)
            parts[i : i + 2] = [parts[i] + parts[i + 1]]
        ids = []
        for part in parts:
            found = self._id(part)
            if found is None:
                raise KeyError(part)  # as the vocabulary's dict did: every byte has its token
            ids.append(found)
        if len(self._cache) < 10_000:
            self._cache[piece] = ids
        return ids


def _ids_in_token_order(vocab: dict[str, int]) -> array:
    """The ids of ``vocab`` in the order of their tokens (a latin-1 string's order is its
    bytes'). The cache keeps the vocabulary in that order (``_cache_bytes``), so a start
    only checks it; otherwise runs of ``_PIECE`` are sorted and merged in Python: one sort of
    the 50,000 tokens is one call that holds the GIL for ~40 ms, as long as the window may
    wait."""
    if all(a < b for a, b in pairwise(vocab)):
        return array("i", vocab.values())
    items = list(vocab.items())
    runs = [sorted(items[i : i + _PIECE]) for i in range(0, len(items), _PIECE)]
    return array("i", (i for _, i in heapq.merge(*runs)))


def _read_pretty(
    lines: Iterator[str],
) -> tuple[dict[str, int], Iterator[tuple[str, str]], dict[str, int]]:
    """Vocabulary, merges (read as they are used) and special tokens of a pretty-printed
    tokenizer.json, one entry per line (as the Hugging Face tools write it), read without one
    long parse and without holding the file's lines (what is kept is then not scattered
    among freed lines, which kept ~8 MB of the interpreter's memory pools in use)."""
    lines = (line.rstrip("\n") for line in lines)
    _skip_to(lines, '  "added_tokens": [')
    added = json.loads("[" + "\n".join(iter(lines.__next__, "  ],")) + "]")
    special = {t["content"]: int(t["id"]) for t in added}
    _skip_to(lines, '    "vocab": {')
    vocab: dict[str, int] = {}
    for line in iter(lines.__next__, "    },"):
        key, _, value = line.strip().rstrip(",").rpartition(":")
        vocab[json_string(key).translate(_RAW)] = int(value)
    _skip_to(lines, '    "merges": [')
    if not vocab:
        raise ValueError("no vocabulary found")

    def merges() -> Iterator[tuple[str, str]]:
        for line in iter(lines.__next__, "    ]"):
            first, _, second = json_string(line.strip().rstrip(",")).partition(" ")
            yield first.translate(_RAW), second.translate(_RAW)

    return vocab, merges(), special


def _skip_to(lines: Iterator[str], wanted: str) -> None:
    for line in lines:
        if line == wanted:
            return
    raise ValueError(f"no {wanted.strip()} line")


@contextlib.contextmanager
def instead_of_tokenizers(path: Path) -> Iterator[None]:
    """While faster-whisper builds its model, have it read ``tokenizer.json`` with the plain
    Python reader above: the ``tokenizers`` package parses it in one call that holds the
    GIL for 200-600 ms, which froze the window while the model loaded in the background."""
    import faster_whisper.transcribe as fw

    if not path.is_file():  # not a local model folder: faster-whisper does as it does
        yield
        return
    tokenizer = shared(path)
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
_kept: tuple[tuple[str, int, int], WhisperTokenizer] | None = None
_kept_lock = threading.Lock()


def shared(path: Path) -> WhisperTokenizer:
    """The tokenizer of ``path``, read once and kept (the last file asked for). The speech
    model unloads and loads again around each question the interviewer reads
    (``speech.memory``); reading the file each time was ~0.5 s of Python competing with the
    window for the interpreter, where keeping it costs ~1.2 MB."""
    global _kept
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    with _kept_lock:
        if _kept is not None and _kept[0] == key:
            return _kept[1]
    tokenizer = _from_cache(key) or _read_and_cache(path, key)  # outside the lock: long
    with _kept_lock:
        _kept = (key, tokenizer)
    return tokenizer


# The tables read from a tokenizer.json, kept in the data folder's cache for the next start:
# reading the file line by line is ~150 ms of Python (measured, one core), most of it on the
# speech lane while a session starts (round 29: the speech lane's 126-187 ms of CPU while
# preparing). Written once, atomically; anything unreadable, damaged, of another version or of
# another file (path, size, time) is read from the model's file again and the cache rewritten.
#
# The layout is plain data read without any code-building reader (round 29, bpe29: the first
# cache was ``marshal``, which is not meant for untrusted or damaged data; a crafted file could
# crash the process). One file:
#   _CACHE_MAGIC, then one JSON line (the header: format, key, special tokens, counts, sha256 of
#   the body), then the body: ids (int32), ends (uint32: where each token ends in the text),
#   merges (int32 pairs: the places in the token list of a merge's two parts), text (the
#   tokens' bytes one after the other), all little-endian.
# The body is checked whole (its length from the header, its sha256), then every number is
# checked against its range before it is used, so a crafted file that passes the hash still
# cannot make a huge table, index past a list or leave a byte without its token. Each step is
# one short C call (arrays read with ``frombytes``, the dict filled in pieces of ``_PIECE``)
# or a Python loop the window's thread can interrupt.
_CACHE_MAGIC = b"ml-interview-simulator whisper tokenizer tables\n"
_CACHE_FORMAT = 2  # 1: marshal pieces (round 29, stall29), left as *.marshal and removed
_PIECE = 4096
_MAX_CACHE_BYTES = 64 << 20  # a Whisper tokenizer's tables take ~1.2 MB
_MAX_HEADER_BYTES = 1 << 20  # Whisper's ~1,600 special tokens take ~45 KB
_MAX_ID = 1 << 20  # Whisper's vocabulary: 51,865 ids (a table of this size is 8 MB)


def _cache_file(key: tuple[str, int, int]) -> Path | None:
    try:
        folder = paths.data_dir() / "cache" / "tokenizers"
    except OSError:  # no data folder (DataDirError): read the file each time
        return None
    return folder / (hashlib.sha256(repr(key).encode()).hexdigest()[:24] + ".tables")


def _little(values: array) -> bytes:
    if sys.byteorder == "big":
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def _array(typecode: str, data: bytes) -> array:
    values = array(typecode)
    values.frombytes(data)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def _pack(header: dict[str, object], ids: array, ends: array, merges: array, text: bytes) -> bytes:
    """The cache file's bytes: ``header`` gets the counts and the body's sha256."""
    body = b"".join((_little(ids), _little(ends), _little(merges), text))
    counts = {"tokens": len(ids), "merges": len(merges) // 2, "text": len(text)}
    head = {**header, **counts, "sha256": hashlib.sha256(body).hexdigest()}
    return _CACHE_MAGIC + json.dumps(head, ensure_ascii=True).encode("ascii") + b"\n" + body


def _read_and_cache(path: Path, key: tuple[str, int, int]) -> WhisperTokenizer:
    try:
        with open(path, encoding="utf-8") as file:
            vocab, merges_read, special = _read_pretty(file)
            merges = list(merges_read)
    except (ValueError, KeyError, IndexError, StopIteration):  # not one entry per line
        return WhisperTokenizer.from_file(path)
    _write_cache(key, vocab, merges, special)
    return WhisperTokenizer(vocab, merges, special)


def _cache_bytes(
    key: tuple[str, int, int],
    vocab: dict[str, int],
    merges: list[tuple[str, str]],
    special: dict[str, int],
) -> bytes | None:
    """The tables as a cache file; None when they do not fit its layout (a merge of a part that
    is not a token, a character above one byte, an id out of range): no cache, the file is read
    each time, as before."""
    tokens = sorted(vocab)  # read back in this order, the tokenizer needs no sort
    place = {token: i for i, token in enumerate(tokens)}
    try:
        pairs = array("i", [place[part] for merge in merges for part in merge])
        text = "".join(tokens).encode("latin-1")
        ids = array("i", [vocab[token] for token in tokens])
    except (KeyError, ValueError, OverflowError):  # UnicodeEncodeError is a ValueError
        return None
    if any(not 0 <= i < _MAX_ID for i in (*ids, *special.values())):
        return None
    ends, end = array("I"), 0
    for token in tokens:
        end += len(token)
        ends.append(end)
    header = {"format": _CACHE_FORMAT, "key": list(key), "special": special}
    return _pack(header, ids, ends, pairs, text)


def _write_cache(
    key: tuple[str, int, int],
    vocab: dict[str, int],
    merges: list[tuple[str, str]],
    special: dict[str, int],
) -> None:
    target = _cache_file(key)
    if target is None:
        return
    data = _cache_bytes(key, vocab, merges, special)
    if data is None:
        return
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    try:
        paths.private_dir(target.parent, "cache folder")
        # a fresh file: a link planted under that name is replaced, never followed
        with os.fdopen(create_private(partial), "wb") as out:
            out.write(data)
        os.replace(partial, target)
    except OSError:  # a full or read-only disk (DataDirError too): read the file next time
        with contextlib.suppress(OSError):
            partial.unlink()
        return
    with contextlib.suppress(OSError):  # the first format's file of the same tables
        target.with_suffix(".marshal").unlink()


class _NotOurCache(ValueError):
    """A cache file that is damaged, of another version or file, or out of its ranges."""


def _from_cache(key: tuple[str, int, int]) -> WhisperTokenizer | None:
    target = _cache_file(key)
    if target is None:
        return None
    try:
        # never waits on a pipe nor fills the memory from a device (attack run 29: a named
        # pipe under this name made the speech model's load wait forever)
        data = read_small(target, _MAX_CACHE_BYTES)
        vocab, merges, special = _tables(data, key)
    except (OSError, ValueError):  # missing, damaged, another version (_NotOurCache)
        return None
    return WhisperTokenizer(vocab, merges, special)


def _whole_number(value: object, limit: int) -> int:
    if type(value) is not int or not 0 <= value < limit:  # bool is not a count
        raise _NotOurCache(f"not a number below {limit}: {value!r:.40}")
    return value


def _tables(
    data: bytes, key: tuple[str, int, int]
) -> tuple[dict[str, int], list[tuple[str, str]], dict[str, int]]:
    """Vocabulary, merges and special tokens of a cache file's bytes, every part checked
    (``_NotOurCache`` otherwise)."""
    if not data.startswith(_CACHE_MAGIC):
        raise _NotOurCache("not a tokenizer cache")
    start = len(_CACHE_MAGIC)
    end = data.find(b"\n", start, start + _MAX_HEADER_BYTES)
    if end < 0:
        raise _NotOurCache("no header")
    try:
        header = json.loads(data[start:end].decode("ascii"))
    except RecursionError as nested:  # "[[[[...": json.loads recurses per level
        raise _NotOurCache("header nested too deep") from nested
    if not isinstance(header, dict) or header.get("format") != _CACHE_FORMAT:
        raise _NotOurCache("another version")
    cached_key = header.get("key")
    if not isinstance(cached_key, list) or tuple(cached_key) != key:
        raise _NotOurCache("the tables of another file")
    count = _whole_number(header.get("tokens"), _MAX_ID)
    merge_count = _whole_number(header.get("merges"), _MAX_CACHE_BYTES)
    text_size = _whole_number(header.get("text"), _MAX_CACHE_BYTES)
    body = data[end + 1 :]
    if len(body) != 8 * count + 8 * merge_count + text_size:
        raise _NotOurCache("cut short or grown")
    if header.get("sha256") != hashlib.sha256(body).hexdigest():
        raise _NotOurCache("damaged")
    special = header.get("special")
    if not isinstance(special, dict):
        raise _NotOurCache("no special tokens")
    for value in special.values():
        _whole_number(value, _MAX_ID)
    ids = _array("i", body[: 4 * count])
    ends = _array("I", body[4 * count : 8 * count])
    pairs = _array("i", body[8 * count : 8 * count + 8 * merge_count])
    text = body[8 * count + 8 * merge_count :].decode("latin-1")
    if count and (min(ids) < 0 or max(ids) >= _MAX_ID):
        raise _NotOurCache("an id out of range")
    if pairs and (min(pairs) < 0 or max(pairs) >= count):
        raise _NotOurCache("a merge of no token")
    tokens, begin = [], 0
    for stop in ends:
        if not begin <= stop <= text_size:
            raise _NotOurCache("a token out of the text")
        tokens.append(text[begin:stop])
        begin = stop
    vocab: dict[str, int] = {}
    for i in range(0, count, _PIECE):
        vocab.update(zip(tokens[i : i + _PIECE], ids[i : i + _PIECE], strict=True))
    if any(chr(b) not in vocab for b in range(256)):  # every byte has its token
        raise _NotOurCache("a byte without its token")
    merges = [(tokens[a], tokens[b]) for a, b in zip(pairs[0::2], pairs[1::2], strict=True)]
    return vocab, merges, special
