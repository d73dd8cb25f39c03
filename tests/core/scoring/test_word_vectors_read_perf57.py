"""The word vectors are read row by row as words are met, not memory-mapped whole (issue 8,
perf57: a voice interview's peak memory). Mapped, the kernel made the whole 16 MB file resident
after a few hundred words (it maps a file's cached pages in large pieces around each one read)."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from simulator.core.scoring import meaning


def _weights() -> object:
    folder = meaning._package_dir()
    if folder is None:
        pytest.skip("the meaning embedder is not installed")
    return folder.joinpath(*meaning.WEIGHTS)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_the_vectors_are_read_as_words_are_met_and_equal_the_file_s() -> None:
    weights = _weights()
    embedder = meaning._load()
    texts = ["Gradient descent takes small steps downhill on the loss.", "Dropout helps."]
    vectors = embedder.embed(texts)
    with open("/proc/self/maps") as maps:
        mapped = [line for line in maps if str(weights) in line]
    assert mapped == []  # nothing of the file is mapped: the rows read are all it holds
    rows = embedder._matrix
    assert isinstance(rows, meaning.TensorRows)
    ids = [embedder._tokenizer.encode(t, add_special_tokens=False).ids for t in texts]
    assert rows._count == len({i for row in ids for i in row})
    # the same vectors as the file's own rows
    header = meaning._map_tensor(weights, "embedding.weight")
    whole = np.memmap(
        weights, dtype=np.float16, mode="r", offset=header._offset, shape=header.shape
    )
    for k, row in enumerate(ids):
        mean = whole[np.asarray(row)].astype(np.float32).mean(axis=0)
        assert np.allclose(vectors[k], mean / np.linalg.norm(mean), atol=1e-6)
    assert np.array_equal(rows[np.asarray([5, 7, 5])], whole[[5, 7, 5]])


def test_a_file_shorter_than_its_header_says_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    weights = _weights()
    cut = tmp_path / "cut.safetensors"
    cut.write_bytes(weights.read_bytes()[:1_000_000])
    with pytest.raises(ValueError, match="shorter"):
        meaning._map_tensor(cut, "embedding.weight")
