"""The meaning signal's tokenizer (WordLlama's, a Llama-2 SentencePiece BPE) in plain Python.

Why not the ``tokenizers`` package: its ``Tokenizer.from_file`` parses the 1.8 MB file and
builds its tables in one call that holds the GIL for 50-65 ms of CPU (140-230 ms of wall time
at load 5-7 on the two shared cores), and the window froze for that long on Home, as the
bank's warm-up loaded the word vectors (``benchmarks/gui_stall.py``, state "home"). Here the
file is read line by line in Python, so other threads (the GUI) get the interpreter every
switch interval (``ui.main_window.GIL_SWITCH_S``). The scorer needs only ``encode(text).ids``
and ``.offsets``; a test checks both against the ``tokenizers`` package on every text of the
bank and on odd input.

What the file's pipeline does, and this reader with it (``EXPECTED`` is checked against the
file; any other pipeline is read by the ``tokenizers`` package, as before):

* the special tokens (``<unk>``, ``<s>``, ``</s>``) written in the text are tokens of their
  own, and the text between them is tokenized piece by piece;
* each piece has "▁" put in front and every space replaced by "▁" (the normalizer);
* BPE over the whole piece: its characters (those not in the vocabulary as their UTF-8 bytes,
  ``<0xNN>``), then the pair of lowest merge rank merged, leftmost first, until no pair merges.
  No token has "▁" after another character, so no merge crosses the start of a run of "▁":
  each such run with the characters up to the next is merged on its own (and remembered);
* offsets are in characters of the text; the "▁" put in front stands on the piece's first
  character.
"""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from simulator.core.json_strings import json_string

SPACE = "\u2581"  # "▁"
# The pipeline this reader implements (the file's settings outside its vocabulary and merges).
EXPECTED: dict[str, Any] = {
    "normalizer": {
        "type": "Sequence",
        "normalizers": [
            {"type": "Prepend", "prepend": SPACE},
            {"type": "Replace", "pattern": {"String": " "}, "content": SPACE},
        ],
    },
    "pre_tokenizer": None,
    "model": {
        "type": "BPE",
        "dropout": None,
        "unk_token": "<unk>",
        "continuing_subword_prefix": None,
        "end_of_word_suffix": None,
        "fuse_unk": True,
        "byte_fallback": True,
        "ignore_merges": False,
    },
}
# How else an added token could be matched (each false in the file this reader implements).
_SPLIT_FLAGS = ("single_word", "lstrip", "rstrip", "normalized")
# A run of "▁" and the characters up to the next one: merged on its own.
_RUNS = re.compile(f"{SPACE}*[^{SPACE}]+|{SPACE}+")
CACHE_RUNS = 20_000  # runs remembered (a word with its space: the scorer meets the same ones)


class Encoding(NamedTuple):
    ids: list[int]
    offsets: list[tuple[int, int]]  # each token's characters in the text, [start, end)


class WordPieces:
    """The subset of ``tokenizers.Tokenizer`` the meaning signal calls: ``encode``."""

    def __init__(
        self, vocab: dict[str, int], merges: Iterable[tuple[str, str]], special: dict[str, int]
    ) -> None:
        self._vocab = vocab
        size = max(vocab.values(), default=-1) + 1
        self._tokens: list[str] = [""] * size
        for token, i in vocab.items():
            self._tokens[i] = token
        # A merge's rank is kept on the token it makes, with the id of its left part (which
        # tells the pair); the other merges that make a token (31,637 of the 61,249 here) in a
        # dict keyed by the pair as one number: tuples would be 31,637 objects that every
        # pass of the garbage collector walks (numbers are not tracked), and 2 MB more.
        self._size = size
        self._left = array("i", [-1]) * size
        self._rank = array("i", [0]) * size
        self._other_ranks: dict[int, int] = {}
        for rank, (a, b) in enumerate(merges):
            made, left, right = vocab.get(a + b), vocab.get(a), vocab.get(b)
            if made is None or left is None or right is None:
                raise ValueError(f"merge {a} {b}: a token not in the vocabulary")
            if self._left[made] in (-1, left):  # (a pair given twice: its last rank, as there)
                self._left[made], self._rank[made] = left, rank
            else:
                self._other_ranks[left * size + right] = rank
        self._unk = vocab.get("<unk>")
        self._bytes = [vocab.get(f"<0x{b:02X}>") for b in range(256)]
        self._special = special
        self._split = (
            re.compile("|".join(re.escape(s) for s in sorted(special, key=len, reverse=True)))
            if special
            else None
        )
        self._cache: dict[str, tuple[tuple[int, ...], tuple[tuple[int, int], ...]]] = {}

    @classmethod
    def from_file(cls, path: str | Path) -> Any:
        """The tokenizer of ``path``: this reader when the file's pipeline is ``EXPECTED``,
        else the ``tokenizers`` package's. ValueError (or the package's Exception) for a file
        that cannot be read as a tokenizer."""
        with open(path, encoding="utf-8") as file:  # line by line: no single long call
            try:
                settings, vocab, merges, special = _read_pretty(file)
            except (ValueError, KeyError, IndexError, TypeError, StopIteration):
                pretty = False  # not one entry per line: read whole, below
            else:
                pretty = True
                if _as_expected(settings):  # (the merges are read as the tables are made)
                    return cls(vocab, merges, special)
        if not pretty:
            with open(path, encoding="utf-8") as file:
                data = json.load(file)
            if _as_expected(data):
                model = data["model"]
                pairs = (m.split(" ", 1) if isinstance(m, str) else m for m in model["merges"])
                special = {t["content"]: int(t["id"]) for t in data["added_tokens"]}
                return cls(model["vocab"], ((a, b) for a, b in pairs), special)
        from tokenizers import Tokenizer

        return Tokenizer.from_file(str(path))

    def encode(self, text: str, add_special_tokens: bool = False) -> Encoding:
        """``text``'s tokens and their offsets; ``add_special_tokens`` is not supported (the
        scorer never asks for the ``<s>`` in front)."""
        if add_special_tokens:
            raise NotImplementedError("only add_special_tokens=False")
        ids: list[int] = []
        offsets: list[tuple[int, int]] = []
        at = 0
        if self._split is not None:
            for found in self._split.finditer(text):
                self._encode_piece(text[at : found.start()], at, ids, offsets)
                ids.append(self._special[found.group()])
                offsets.append(found.span())
                at = found.end()
        self._encode_piece(text[at:], at, ids, offsets)
        return Encoding(ids, offsets)

    def _encode_piece(
        self, piece: str, start: int, ids: list[int], offsets: list[tuple[int, int]]
    ) -> None:
        if not piece:
            return
        normalized = SPACE + piece.replace(" ", SPACE)
        for run in _RUNS.finditer(normalized):
            run_ids, spans = self._merged(run.group())
            ids.extend(run_ids)
            # The normalized text's character j is the piece's j - 1, the "▁" in front (0)
            # stands on its first.
            base = run.start() - 1
            offsets.extend((start + max(base + a, 0), start + max(base + b, 1)) for a, b in spans)

    def _merged(self, run: str) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
        """The run's tokens and each one's characters in it, [start, end)."""
        cached = self._cache.get(run)
        if cached is not None:
            return cached
        ids: list[int] = []
        spans: list[tuple[int, int]] = []
        unk_run = False
        for k, char in enumerate(run):
            found = self._vocab.get(char)
            if found is not None:
                ids.append(found)
                spans.append((k, k + 1))
                unk_run = False
                continue
            pieces = [self._bytes[b] for b in char.encode("utf-8")]
            if all(p is not None for p in pieces):
                ids.extend(pieces)  # type: ignore[arg-type]
                spans.extend([(k, k + 1)] * len(pieces))
                unk_run = False
            elif self._unk is not None:
                if unk_run:  # fused with the unknown character before
                    spans[-1] = (spans[-1][0], k + 1)
                else:
                    ids.append(self._unk)
                    spans.append((k, k + 1))
                unk_run = True
        while len(ids) > 1:
            best = -1
            best_rank = 0
            for p in range(len(ids) - 1):
                rank = self._rank_of(ids[p], ids[p + 1])
                if rank is not None and (best < 0 or rank < best_rank):
                    best, best_rank = p, rank
            if best < 0:
                break
            made = self._vocab[self._tokens[ids[best]] + self._tokens[ids[best + 1]]]
            ids[best : best + 2] = [made]
            spans[best : best + 2] = [(spans[best][0], spans[best + 1][1])]
        result = (tuple(ids), tuple(spans))
        if len(self._cache) < CACHE_RUNS:
            self._cache[run] = result
        return result

    def _rank_of(self, a: int, b: int) -> int | None:
        """The rank of the merge of tokens ``a`` and ``b`` (None: they are not merged)."""
        made = self._vocab.get(self._tokens[a] + self._tokens[b])
        if made is not None and self._left[made] == a:
            return self._rank[made]
        return self._other_ranks.get(a * self._size + b) if self._other_ranks else None


def _as_expected(settings: dict[str, Any]) -> bool:
    """The file's pipeline is the one this reader implements."""
    if settings.get("normalizer") != EXPECTED["normalizer"]:
        return False
    if settings.get("pre_tokenizer") != EXPECTED["pre_tokenizer"]:
        return False
    if settings.get("truncation") is not None or settings.get("padding") is not None:
        return False
    added = settings.get("added_tokens")
    if not isinstance(added, list) or not all(
        isinstance(t, dict) and not any(t.get(k) for k in _SPLIT_FLAGS) for t in added
    ):
        return False  # a special token matched otherwise than as written
    model = settings.get("model")
    if not isinstance(model, dict):
        return False
    return all(model.get(key) == value for key, value in EXPECTED["model"].items())


def _read_pretty(
    lines: Iterator[str],
) -> tuple[dict[str, Any], dict[str, int], Iterator[tuple[str, str]], dict[str, int]]:
    """The settings, vocabulary, merges (read as they are used) and special tokens of a
    pretty-printed tokenizer file, one entry per line (as the Hugging Face tools write it),
    read without one long parse."""
    lines = (line.rstrip("\n") for line in lines)
    head: list[str] = []
    for line in lines:
        if line == '    "vocab": {':
            break
        head.append(line)
    else:
        raise ValueError("no vocabulary line")
    # What comes before the vocabulary, closed: a few kB, its settings and special tokens.
    settings = json.loads("\n".join(head) + '"vocab": {}, "merges": []}}')
    special = {str(t["content"]): int(t["id"]) for t in settings["added_tokens"]}
    vocab: dict[str, int] = {}
    for line in lines:
        if line == "    },":
            break
        key, _, value = line.strip().rstrip(",").rpartition(":")
        vocab[json_string(key.rstrip())] = int(value)
    else:
        raise ValueError("the vocabulary is cut short")
    if next(lines) != '    "merges": [':
        raise ValueError("no merges after the vocabulary")
    if not vocab:
        raise ValueError("no vocabulary found")

    def merges() -> Iterator[tuple[str, str]]:
        for line in lines:
            if line == "    ]":
                return
            first, space, second = json_string(line.strip().rstrip(",")).partition(" ")
            if not space:
                raise ValueError(f"not a merge: {line.strip()}")
            yield first, second
        # A file cut short in its merges would tokenize, but not as the word vectors expect.
        raise ValueError("the merges are cut short")

    return settings, vocab, merges(), special
