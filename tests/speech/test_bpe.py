"""The plain-Python Whisper tokenizer gives the same tokens and text as the ``tokenizers``
package (which holds the GIL for hundreds of milliseconds while it loads)."""

from __future__ import annotations

import random
from pathlib import Path

import tokenizers

from simulator.speech.asr import FILLER_PROMPT, get_whisper
from simulator.speech.bpe import WhisperTokenizer
from simulator.speech.model_source import resolve_model

TEXTS = [
    " " + FILLER_PROMPT,
    " I'd've said it's 4% of $1,200 — naïve café's 21st-century résumé!",
    ' "quoted" (parens) [x] {y} -dash_under_score',
    "  multiple   spaces\tand\nnewlines ",
    " 日本語 ünïcödé ÆØÅ ♪",
    " The bias–variance trade-off: L2, k-NN, XGBoost's AUC=0.93...",
    "Hello",
    "",
]
SPECIAL = ["<|en|>", "<|transcribe|>", "<|startoftranscript|>", "<|notimestamps|>", "<|nospeech|>"]


def test_same_tokens_and_text_as_the_tokenizers_package() -> None:
    path = Path(resolve_model(None)[0]) / "tokenizer.json"
    ours, theirs = WhisperTokenizer.from_file(path), tokenizers.Tokenizer.from_file(str(path))
    for text in TEXTS:
        ids = theirs.encode(text, add_special_tokens=False).ids
        assert ours.encode(text).ids == ids, text
        assert ours.decode(ids) == theirs.decode(ids), text
    for token in SPECIAL:
        assert ours.token_to_id(token) == theirs.token_to_id(token), token
    rng = random.Random(7)
    ids = [rng.randrange(50256) for _ in range(700)]
    for k in range(0, len(ids), 7):  # pieces of words, broken UTF-8 included
        assert ours.decode(ids[k : k + 7]) == theirs.decode(ids[k : k + 7])


def test_the_loaded_model_uses_it() -> None:
    whisper = get_whisper(None)
    whisper.load()
    assert isinstance(whisper._model.hf_tokenizer, WhisperTokenizer)


def test_a_compact_file_reads_the_same_and_a_model_file_is_read_once(tmp_path: Path) -> None:
    """The one-line layout (no pretty printing) takes the slower path with the same result;
    the model's own file is read once however often the model loads again."""
    import json

    from simulator.speech import bpe

    path = Path(resolve_model(None)[0]) / "tokenizer.json"
    compact = tmp_path / "tokenizer.json"
    compact.write_text(json.dumps(json.loads(path.read_text(encoding="utf-8"))), "utf-8")
    pretty, flat = WhisperTokenizer.from_file(path), WhisperTokenizer.from_file(compact)
    for text in TEXTS:
        assert flat.encode(text).ids == pretty.encode(text).ids, text
    assert flat.token_to_id("Ġthe") == pretty.token_to_id("Ġthe") == 262
    assert bpe.shared(path) is bpe.shared(path)


def _fresh(bpe: object) -> None:
    bpe._kept = None  # type: ignore[attr-defined]


def test_the_tables_are_cached_for_the_next_start_and_read_back_the_same() -> None:
    """Round 29 (issue 8): the next start reads the tables from the data folder's cache in
    short pieces instead of ~150 ms of Python over tokenizer.json, with the same tokens."""
    from simulator.speech import bpe

    path = Path(resolve_model(None)[0]) / "tokenizer.json"
    reference = WhisperTokenizer.from_file(path)
    _fresh(bpe)
    first = bpe.shared(path)  # read from the file, cache written
    stat = path.stat()
    cache = bpe._cache_file((str(path.resolve()), stat.st_mtime_ns, stat.st_size))
    assert cache is not None and cache.is_file()
    _fresh(bpe)
    read_file = []
    real = bpe._read_pretty
    bpe._read_pretty = lambda *a: read_file.append(1) or real(*a)  # type: ignore[assignment]
    try:
        cached = bpe.shared(path)
    finally:
        bpe._read_pretty = real  # type: ignore[assignment]
    assert read_file == []  # from the cache
    assert cached is not first
    for text in TEXTS:
        assert cached.encode(text).ids == reference.encode(text).ids, text
        ids = reference.encode(text).ids
        assert cached.decode(ids) == reference.decode(ids)
    for token in SPECIAL:
        assert cached.token_to_id(token) == reference.token_to_id(token), token
    _fresh(bpe)


def test_a_damaged_or_foreign_cache_is_read_from_the_file_again(tmp_path: Path) -> None:
    from simulator.speech import bpe

    path = Path(resolve_model(None)[0]) / "tokenizer.json"
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    cache = bpe._cache_file(key)
    assert cache is not None
    cache.parent.mkdir(parents=True, exist_ok=True)
    reference = WhisperTokenizer.from_file(path)
    for damage in (b"", b"\x00garbage", cache.read_bytes()[:100] if cache.exists() else b"x"):
        cache.write_bytes(damage)
        assert bpe._from_cache(key) is None
        _fresh(bpe)
        assert bpe.shared(path).encode(TEXTS[1]).ids == reference.encode(TEXTS[1]).ids
    # a cache written for another file (other size or time) is not used for this one
    other = (key[0], key[1] + 1, key[2])
    assert bpe._from_cache(other) is None
    _fresh(bpe)


def test_no_cache_where_the_data_folder_cannot_be_written() -> None:
    """A read-only cache folder: the tokenizer still loads (from the file), nothing raised."""
    import os

    from simulator.speech import bpe

    path = Path(resolve_model(None)[0]) / "tokenizer.json"
    stat = path.stat()
    cache = bpe._cache_file((str(path.resolve()), stat.st_mtime_ns, stat.st_size))
    assert cache is not None
    cache.parent.mkdir(parents=True, exist_ok=True)
    if cache.exists():
        cache.unlink()
    os.chmod(cache.parent, 0o500)
    try:
        _fresh(bpe)
        assert bpe.shared(path).token_to_id("<|en|>") is not None
        if os.geteuid() != 0:  # root writes anyway
            assert not cache.exists()
    finally:
        os.chmod(cache.parent, 0o700)
        _fresh(bpe)
