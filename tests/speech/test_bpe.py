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
