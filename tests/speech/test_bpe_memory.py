"""Round 52 (issue 8, speech52): the Whisper tokenizer, kept for the app's whole run
(``bpe.shared``), holds flat tables, not a dict of 50,000 strings and numbers (~7 MB of the
interpreter's memory under every later peak of a voice interview)."""

from __future__ import annotations

import gc
import tracemalloc
from pathlib import Path

from simulator.speech import bpe
from simulator.speech.model_source import resolve_model


def _key(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return (str(path.resolve()), stat.st_mtime_ns, stat.st_size)


def test_the_kept_tokenizer_holds_under_two_megabytes_r52() -> None:
    path = Path(resolve_model(None)[0]) / "tokenizer.json"
    bpe._kept = None
    bpe.shared(path)  # the cache written, as after the first start
    bpe._kept = None
    gc.collect()
    tracemalloc.start()
    try:
        tokenizer = bpe.shared(path)
        gc.collect()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        bpe._kept = None
    assert tokenizer.token_to_id("Ġthe") == 262
    assert held < 2_000_000, f"{held / 1e6:.1f} MB"  # 7.1 MB before (round 51)


def test_the_cache_keeps_the_tokens_in_order_so_a_start_sorts_nothing_r52() -> None:
    path = Path(resolve_model(None)[0]) / "tokenizer.json"
    bpe._kept = None
    bpe.shared(path)
    bpe._kept = None
    cache = bpe._cache_file(_key(path))
    assert cache is not None
    vocab, _, _ = bpe._tables(cache.read_bytes(), _key(path))
    tokens = list(vocab)
    assert tokens == sorted(tokens)
