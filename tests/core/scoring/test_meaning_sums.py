"""The meaning signal's vectors and cosines do not depend on how they are computed: runs of
words from exact running sums, whatever block of sentences they are summed in, and cosines
rounded once from float64 products (perf44)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from simulator.core.scoring import meaning

SENTENCES = [
    "Short one.",
    "",
    "Gradient descent takes small steps downhill on the loss, scaled by the learning rate.",
    "Regularization adds a penalty to the loss, which keeps the weights small and the model "
    "simpler, so it generalizes better to data it has not seen during training.",
    "Precision-recall curves suit imbalanced classes; ROC-AUC can look optimistic there.",
]


@pytest.mark.parametrize("rows", [0, 1, 2, 63, 64, 65, 200])
def test_running_sums_are_the_exact_sums_of_the_first_rows(rows: int) -> None:
    rng = np.random.default_rng(rows)
    vectors = (rng.standard_normal((rows, 7)) * 3).astype(np.float16)
    sums = meaning.running_sums(vectors)
    assert sums.shape == (rows + 1, 7)
    assert not sums[0].any()
    for k in (1, rows // 2, rows):
        if 0 < k <= rows:
            expected = [math.fsum(float(v) for v in vectors[:k, j]) for j in range(7)]
            assert sums[k].tolist() == expected


def _embedder() -> meaning.Embedder:
    embedder = meaning.get_embedder()
    if embedder is None:
        pytest.skip("the meaning embedder is not installed")
    return embedder


def test_runs_are_the_same_whatever_block_of_sentences_they_are_summed_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    embedder = _embedder()
    whole, owner = embedder.embed_runs(SENTENCES, meaning.WINDOW, meaning.STRIDE)
    monkeypatch.setattr(meaning, "RUN_BLOCK_TOKENS", 3)  # a block for each sentence
    blocked, owner_blocked = embedder.embed_runs(SENTENCES, meaning.WINDOW, meaning.STRIDE)
    assert owner_blocked == owner
    assert np.array_equal(blocked, whole)
    assert owner[:3] == [0, 1, 2]
    assert not whole[1].any()  # an empty sentence: a zero vector, as before


def test_a_run_is_the_unit_mean_of_its_tokens() -> None:
    embedder = _embedder()
    sentence = SENTENCES[3]
    vectors, owner = embedder.embed_runs([sentence], meaning.WINDOW, meaning.STRIDE)
    assert len(owner) == 1 + len(range(0, len(sentence.split()) - meaning.WINDOW + 1, 3))
    ids = embedder._tokenizer.encode(sentence, add_special_tokens=False).ids
    mean = embedder._matrix[ids].astype(np.float64).sum(axis=0)
    assert np.allclose(vectors[0], mean / np.linalg.norm(mean), atol=1e-7)


def test_cosines_are_the_exact_dot_products_rounded_once() -> None:
    rng = np.random.default_rng(44)
    units = rng.standard_normal((30, 256)).astype(np.float32)
    units /= np.linalg.norm(units, axis=1, keepdims=True)
    targets = np.asfortranarray(units[::-1][:20] + 0.01)  # any layout
    cosines = meaning._cosines(units, targets)
    assert cosines.dtype == np.float32
    for i in range(30):
        for k in range(20):
            exact = math.fsum(
                float(a) * float(b) for a, b in zip(units[i], targets[k], strict=True)
            )
            assert cosines[i, k] == np.float32(exact)
