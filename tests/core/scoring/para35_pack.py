"""Round 35's held-out pack and answers, a development set since: an outside author's technical
rubrics with answers of known kinds, which several rounds' tests read."""

from __future__ import annotations

from pathlib import Path

import yaml

from simulator.core.questions import Question, load_packs

HERE = Path(__file__).parent
PACK = HERE / "packs" / "para35held"
ANSWERS = HERE / "heldout_para35_content.yaml"


def pack_question(qid: str) -> Question:
    return load_packs([PACK]).get(qid)


def pack_answer(qid: str, kind: str) -> str:
    """The answer of ``kind`` ("strong", "paraphrase", ...) written for ``qid``."""
    for item in yaml.safe_load(ANSWERS.read_text(encoding="utf-8")):
        if item["question"] == qid:
            return str(item[kind])
    raise KeyError(qid)
