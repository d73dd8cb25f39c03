"""The meaning signal's tokenizer is read in plain Python (issue 8, stall66): the ``tokenizers``
package's ``Tokenizer.from_file`` held the GIL for 50-65 ms of CPU in one call (140-270 ms of
wall time at load 5-8), and the window froze that long on Home while the bank's warm-up loaded
the word vectors. ``word_pieces.WordPieces`` must give the same tokens and offsets."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from simulator.core.scoring import meaning
from simulator.core.scoring.word_pieces import WordPieces

ROOT = Path(__file__).resolve().parents[3]
ODD = [
    "",
    " ",
    "   ",
    "   leading",
    "trailing   ",
    "Hello world",
    "a  b   c",
    "x <s> y",
    "<s>",
    "a</s>b",
    "<unk><unk>",
    "<s><s> </s>",
    "<0x41> is not a byte",
    "héllo 😀 日本語",
    "tabs\tand\nnew\r\nlines",
    "\u2581already\u2581spaced \u2581\u2581",
    "e\u0301t\u0301e\u0301",
    "\x00\x01\x7f",
    "ﬁne ﬂow İstanbul ß ẞ",
    "🇫🇷👍🏽 zero\u200bwidth",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "x" * 300,
    "word " * 200,
]


def _tokenizer_file() -> Path:
    folder = meaning._package_dir()
    if folder is None:
        pytest.skip("the meaning embedder is not installed")
    return folder.joinpath(*meaning.TOKENIZER)


def _texts() -> list[str]:
    """Every string of the shipped question packs, their sentences, odd text and random text."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            found.append(node)
            found.extend(s for s in node.split(". ") if s)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for pack in sorted((ROOT / "questions").rglob("*.yaml")):
        walk(yaml.safe_load(pack.read_text(encoding="utf-8")))
    rng = random.Random(66)
    alphabet = list("ab z<>/s\u2581 \t\né😀日0.")
    noise = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(1000)]
    return sorted(set(found)) + ODD + noise


def test_the_same_tokens_and_offsets_as_the_tokenizers_package_stall66() -> None:
    tokenizers = pytest.importorskip("tokenizers")
    path = _tokenizer_file()
    theirs = tokenizers.Tokenizer.from_file(str(path))
    ours = WordPieces.from_file(path)
    assert isinstance(ours, WordPieces)  # the file's pipeline is the one implemented
    texts = _texts()
    assert len(texts) > 5_000
    differ = []
    for text in texts:
        mine, real = ours.encode(text), theirs.encode(text, add_special_tokens=False)
        if mine.ids != real.ids or mine.offsets != [tuple(o) for o in real.offsets]:
            differ.append(text)
    assert differ == []


def test_the_word_vectors_load_without_the_package_s_reader_stall66(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fails before: the embedder was read by ``tokenizers.Tokenizer.from_file``."""
    tokenizers = pytest.importorskip("tokenizers")
    _tokenizer_file()
    before = meaning._load().embed(["Dropout drops units at random while training."])

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("one long GIL-holding call")

    monkeypatch.setattr(tokenizers.Tokenizer, "from_file", refused)
    for name, value in (("_tried", False), ("_embedder", None), ("_problem", None)):
        monkeypatch.setattr(meaning, name, value)
    embedder = meaning.get_embedder()
    assert embedder is not None, meaning.embedder_problem()
    after = embedder.embed(["Dropout drops units at random while training."])
    assert (after == before).all()


def _copy_with(tmp_path: Path, change: Any) -> Path:
    data = json.loads(_tokenizer_file().read_text(encoding="utf-8"))
    change(data)
    copy = tmp_path / "tokenizer.json"
    copy.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    return copy


def test_another_pipeline_is_read_by_the_tokenizers_package_stall66(tmp_path: Path) -> None:
    tokenizers = pytest.importorskip("tokenizers")

    def lowercase_first(data: dict[str, Any]) -> None:
        data["normalizer"]["normalizers"].insert(0, {"type": "Lowercase"})

    copy = _copy_with(tmp_path, lowercase_first)
    read = WordPieces.from_file(copy)
    assert isinstance(read, tokenizers.Tokenizer)
    assert read.encode("HELLO", add_special_tokens=False).ids == (
        WordPieces.from_file(_tokenizer_file()).encode("hello").ids
    )


def test_a_file_not_one_entry_a_line_is_read_whole_alike_stall66(tmp_path: Path) -> None:
    """The same tokenizer written on one line (not as the Hugging Face tools write it): read
    whole with ``json``, the same tokens."""
    data = json.loads(_tokenizer_file().read_text(encoding="utf-8"))
    copy = tmp_path / "tokenizer.json"
    copy.write_text(json.dumps(data), encoding="utf-8")
    ours = WordPieces.from_file(copy)
    assert isinstance(ours, WordPieces)
    shipped = WordPieces.from_file(_tokenizer_file())
    for text in ODD:
        assert ours.encode(text) == shipped.encode(text)


@pytest.mark.parametrize("where", ["vocab", "merges"])
def test_a_file_cut_short_is_said_and_answers_score_by_words_stall66(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """A file cut inside its merges still read as JSON line by line would tokenize without
    them: not as the word vectors expect. It is a damaged file, named."""
    real = _tokenizer_file().parents[1]
    copy = tmp_path / "wordllama"
    weights = copy.joinpath(*meaning.WEIGHTS)
    weights.parent.mkdir(parents=True)
    weights.write_bytes(real.joinpath(*meaning.WEIGHTS).read_bytes())
    tokenizer = copy.joinpath(*meaning.TOKENIZER)
    tokenizer.parent.mkdir(parents=True)
    text = real.joinpath(*meaning.TOKENIZER).read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    cut = lines.index('    "merges": [\n') + (-1000 if where == "vocab" else 1000)
    tokenizer.write_text("".join(lines[:cut]), encoding="utf-8")
    monkeypatch.setattr(meaning, "_package_dir", lambda: copy)
    for name, value in (("_tried", False), ("_embedder", None), ("_problem", None)):
        monkeypatch.setattr(meaning, name, value)
    assert meaning.get_embedder() is None
    assert str(tokenizer) in (meaning.embedder_problem() or "")


def test_the_tables_leave_the_collector_almost_nothing_to_walk_stall66() -> None:
    """The merges that make a token another merge makes too (31,637 of 61,249) were kept in a
    dict keyed by pairs: 31,637 tuples that every young and full pass of the garbage collector
    walked (a young pass after the read 1.0 -> 5-12 ms of CPU) until frozen. Keyed by one
    number each, the tables are a handful of tracked objects."""
    import gc

    path = _tokenizer_file()
    gc.collect()
    before = len(gc.get_objects())
    enabled = gc.isenabled()
    gc.disable()
    try:
        pieces = WordPieces.from_file(path)
        made = len(gc.get_objects()) - before
    finally:
        if enabled:
            gc.enable()
    assert isinstance(pieces, WordPieces)
    assert made < 100, made
