"""Round 29 (bpe29, issue 8): the tokenizer tables' cache in the data folder is plain checked data
(a header line and little-endian arrays), no longer ``marshal``, which is not meant for untrusted
or damaged data. Whatever lies under the cache's name (damaged, cut short, another program's
file, another version, the first format, or a file crafted with a matching hash whose numbers
would build a huge table or index past a list): the tokens come from the model's own file, the
same as ever, the cache is written again, and nothing raises."""

from __future__ import annotations

import json
import marshal
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest

from simulator import paths
from simulator.speech import bpe
from simulator.speech.bpe import WhisperTokenizer
from simulator.speech.model_source import resolve_model

TEXTS = [" I'd've said it's 4% of $1,200 — naïve café's résumé!", " 日本語 ♪", "Hello"]
SPECIAL = ["<|en|>", "<|transcribe|>", "<|startoftranscript|>", "<|notimestamps|>"]


@pytest.fixture(scope="module")
def model_file() -> Path:
    return Path(resolve_model(None)[0]) / "tokenizer.json"


@pytest.fixture(scope="module")
def reference(model_file: Path) -> WhisperTokenizer:
    return WhisperTokenizer.from_file(model_file)


@pytest.fixture(autouse=True)
def fresh() -> None:
    bpe._kept = None


def _key(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return (str(path.resolve()), stat.st_mtime_ns, stat.st_size)


def _same(tokenizer: WhisperTokenizer, reference: WhisperTokenizer) -> None:
    for text in TEXTS:
        ids = reference.encode(text).ids
        assert tokenizer.encode(text).ids == ids, text
        assert tokenizer.decode(ids) == reference.decode(ids), text
    for token in SPECIAL:
        assert tokenizer.token_to_id(token) == reference.token_to_id(token), token


def _good_cache(model_file: Path) -> bytes:
    """The cache as the app writes it for the model's file."""
    bpe.shared(model_file)
    cache = bpe._cache_file(_key(model_file))
    assert cache is not None and bpe._from_cache(_key(model_file)) is not None
    return cache.read_bytes()


@pytest.fixture(scope="module")
def good(model_file: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """``_good_cache``, written once for the module (in a data folder of its own): each test
    of a damaged cache checks that the app writes these same bytes again."""
    bpe._kept = None
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(paths.ENV_DATA_DIR, str(tmp_path_factory.mktemp("good") / "data"))
        paths.set_data_dir(None)
        try:
            data = _good_cache(model_file)
        finally:
            bpe._kept = None
    paths.set_data_dir(None)
    return data


def _parts(data: bytes) -> tuple[dict[str, object], array, array, array, bytes]:
    """A cache file's header and arrays, to craft hostile files with a matching hash."""
    start = len(bpe._CACHE_MAGIC)
    end = data.index(b"\n", start)
    header = json.loads(data[start:end])
    body = data[end + 1 :]
    n, m = header["tokens"], header["merges"]
    ids, ends, pairs = array("i"), array("I"), array("i")
    ids.frombytes(body[: 4 * n])
    ends.frombytes(body[4 * n : 8 * n])
    pairs.frombytes(body[8 * n : 8 * n + 8 * m])
    header = {k: v for k, v in header.items() if k not in ("tokens", "merges", "text", "sha256")}
    return header, ids, ends, pairs, body[8 * n + 8 * m :]


def _crafted(data: bytes, change: Callable[..., None]) -> bytes:
    header, ids, ends, pairs, text = _parts(data)
    change(header, ids, ends, pairs)
    return bpe._pack(header, ids, ends, pairs, text)


def _set(name: str, value: object) -> Callable[..., None]:
    return lambda header, *_: header.__setitem__(name, value)


def _put(which: int, place: int, value: int) -> Callable[..., None]:
    return lambda header, *arrays: arrays[which].__setitem__(place, value)


HOSTILE: dict[str, Callable[[bytes], bytes]] = {
    "empty": lambda good: b"",
    "cut after the magic": lambda good: good[: len(bpe._CACHE_MAGIC) + 5],
    "cut in the body": lambda good: good[: len(good) // 2],
    "one byte short": lambda good: good[:-1],
    "one byte more": lambda good: good + b"\x00",
    "a byte flipped in the body": lambda good: (
        good[:-1000] + bytes([good[-1000] ^ 1]) + good[-999:]
    ),
    "zeros": lambda good: bytes(len(good)),
    "another program's file": lambda good: b"\x89PNG\r\n\x1a\n" + good[8:],
    "JSON": lambda good: json.dumps({"format": 2, "tokens": 10**12}).encode(),
    "header nested deep": lambda good: bpe._CACHE_MAGIC + b"[" * 100_000 + b"\n",
    "header not an object": lambda good: bpe._CACHE_MAGIC + b'"x"\n',
    "no header line": lambda good: bpe._CACHE_MAGIC + b"{" + b" " * (2 << 20),
    "the first format (marshal)": lambda good: marshal.dumps([1, ("x", 0, 0), {}, [], []]),
    "an older version": lambda good: _crafted(good, _set("format", 1)),
    "a newer version": lambda good: _crafted(good, _set("format", 3)),
    "version true": lambda good: _crafted(good, _set("format", True)),
    "another file's key": lambda good: _crafted(good, _set("key", ["/elsewhere", 1, 2])),
    "special ids huge": lambda good: _crafted(good, _set("special", {"<|en|>": 2**40})),
    "special ids negative": lambda good: _crafted(good, _set("special", {"<|en|>": -5})),
    "special not a table": lambda good: _crafted(good, _set("special", [1, 2])),
    "special id a string": lambda good: _crafted(good, _set("special", {"<|en|>": "1"})),
    "an id huge": lambda good: _crafted(good, _put(0, 7, 2**31 - 1)),
    "an id negative": lambda good: _crafted(good, _put(0, 7, -1)),
    "a token past the text": lambda good: _crafted(good, _put(1, 9, 2**32 - 1)),
    "tokens ending backwards": lambda good: _crafted(good, _put(1, 9, 0)),
    "a merge of no token": lambda good: _crafted(good, _put(2, 3, 10**8)),
    "a merge of a negative place": lambda good: _crafted(good, _put(2, 3, -2)),
    "a byte without its token": lambda good: _crafted(good, _put(1, 0, 0)),
}


@pytest.mark.parametrize("damage", HOSTILE, ids=list(HOSTILE))
def test_a_bad_cache_is_read_from_the_model_file_and_written_again(
    damage: str, model_file: Path, reference: WhisperTokenizer, good: bytes
) -> None:
    key = _key(model_file)
    cache = bpe._cache_file(key)
    assert cache is not None
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(HOSTILE[damage](good))
    assert bpe._from_cache(key) is None
    bpe._kept = None
    _same(bpe.shared(model_file), reference)  # from the model's file
    assert cache.read_bytes() == good  # and the cache written again
    bpe._kept = None
    read_file: list[int] = []
    real = bpe._read_pretty
    bpe._read_pretty = lambda *a: read_file.append(1) or real(*a)  # type: ignore[assignment]
    try:
        _same(bpe.shared(model_file), reference)
    finally:
        bpe._read_pretty = real  # type: ignore[assignment]
    assert read_file == []  # the next start reads the cache


def test_a_folder_under_the_caches_name_is_read_past(
    model_file: Path, reference: WhisperTokenizer
) -> None:
    cache = bpe._cache_file(_key(model_file))
    assert cache is not None
    cache.mkdir(parents=True)
    _same(bpe.shared(model_file), reference)


def test_the_first_formats_file_is_replaced(model_file: Path, reference: WhisperTokenizer) -> None:
    """A cache left by the first format (round 29's marshal file, named *.marshal) is never
    read: the tables are read from the model's file and cached in the new layout, and the old
    file goes."""
    cache = bpe._cache_file(_key(model_file))
    assert cache is not None
    cache.parent.mkdir(parents=True)
    old = cache.with_suffix(".marshal")
    old.write_bytes(marshal.dumps([1, _key(model_file), {}, [], []]))
    _same(bpe.shared(model_file), reference)
    assert not old.exists()
    assert cache.read_bytes().startswith(bpe._CACHE_MAGIC)


def test_tables_that_do_not_fit_the_layout_are_not_cached(tmp_path: Path) -> None:
    """A merge of a part that is no token, or a character above one byte: no cache (the
    model's file is read each time), nothing raised."""
    key = ("/m/tokenizer.json", 1, 2)
    byte_tokens = {chr(b): b for b in range(256)}
    assert bpe._cache_bytes(key, byte_tokens, [("a", "zz")], {}) is None
    assert bpe._cache_bytes(key, {**byte_tokens, "ā": 300}, [], {}) is None
    assert bpe._cache_bytes(key, {**byte_tokens, "ab": 2**40}, [], {}) is None
    data = bpe._cache_bytes(key, {**byte_tokens, "ab": 256}, [("a", "b")], {"<|x|>": 257})
    assert data is not None
    vocab, merges, special = bpe._tables(data, key)
    assert vocab == {**byte_tokens, "ab": 256}
    assert merges == [("a", "b")] and special == {"<|x|>": 257}
