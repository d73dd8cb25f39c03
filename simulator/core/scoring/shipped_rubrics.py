"""The shipped technical and case rubrics, and the words most of them use.

A word that ``GENERIC_SHARE`` of the shipped rubrics (prompt, key-point labels and phrases) or
more use ("model", "weight", "data", "train") is no sign of which question an answer is about:
point_anchors.py and answer_topic.py leave such words out.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.matching import QUALIFIERS
from simulator.core.scoring.text import (
    CONNECTIVES,
    NUMBER_WORDS,
    STOPWORDS,
    content_stems,
    stem,
    word_set,
    words,
)

GENERIC_SHARE = 0.15  # a word in this share of the shipped rubrics or more is generic
# A word that at most this many shipped questions say (prompt, model answer, key points) names
# their subject ("chargebacks", "subscribers", "listings"); a phrase with none of them is talk
# any question may hold ("precision and recall", "real time", "class imbalance").
OWN_MAX = 3
# A word of this many case prompts or more frames the asking, not the case ("design", "machine").
FRAME_PROMPTS = 4
_PACKS = ("technical_foundations.yaml", "technical_applied.yaml", "cases.yaml")

# Small words that say nothing of a topic, beyond the stop words ("some", "already", "say").
_PLAIN = (
    STOPWORDS
    | CONNECTIVES
    | QUALIFIERS
    | NUMBER_WORDS
    | word_set(
        """some many few much such other others another like also already still both either
        say says said way ways thing things lot lots instead rather first last next new good
        bad better worse best worst high low often usually rarely sometimes almost"""
    )
)


def rubric_stems(prompt: str, texts: tuple[str, ...]) -> frozenset[str]:
    """The content stems of a prompt and rubric texts, small words left out."""
    return content_stems((prompt, *texts), skip=_PLAIN, shortest=3)


@lru_cache(maxsize=1)
def shipped_questions() -> tuple[Question, ...]:
    """The shipped technical and case questions (parsed once)."""
    from simulator import paths
    from simulator.core.questions import load_packs

    folder = paths.bundled_packs_dir()
    bank = load_packs([folder / name for name in _PACKS if (folder / name).exists()])
    return tuple(bank.questions.values())


@lru_cache(maxsize=1)
def generic_stems() -> frozenset[str]:
    """Stems that ``GENERIC_SHARE`` of the shipped technical and case rubrics (prompt, key-point
    labels and phrases) or more use: no sign of which question an answer is about."""
    shipped = shipped_questions()
    counts: Counter[str] = Counter()
    for q in shipped:
        texts = tuple(t for kp in q.key_points for t in (kp.label, *kp.phrases))
        counts.update(rubric_stems(q.prompt, texts))
    least = GENERIC_SHARE * max(1, len(shipped))
    return frozenset(s for s, n in counts.items() if n >= least)


@lru_cache(maxsize=1)
def _question_counts() -> Counter[str]:
    """How many shipped questions say each stem (prompt, model answer, key-point labels and
    phrases)."""
    counts: Counter[str] = Counter()
    for q in shipped_questions():
        texts = (q.model_answer, *(t for kp in q.key_points for t in (kp.label, *kp.phrases)))
        counts.update(rubric_stems(q.prompt, texts))
    return counts


def question_count(stem_: str) -> int:
    """How many shipped questions say the stem (0 for a small word: never counted)."""
    return _question_counts()[stem_]


def specific(stem_: str) -> bool:
    """Does the stem name a subject: said by ``OWN_MAX`` shipped questions or fewer (a word
    no shipped question says counts too: nothing shows it is common), and neither a small word
    ("low", the "b" of "A/B") nor a word of the case framework any ML design says ("alert",
    "dashboard", "latency": framework_cues.py)?"""
    return (
        len(stem_) > 2
        and stem_ not in design_talk_stems()
        and _question_counts()[stem_] <= OWN_MAX
        and stem_ not in generic_stems()
    )


@lru_cache(maxsize=1)
def design_talk_stems() -> frozenset[str]:
    """Small words and the words of the case framework's cues (framework_cues.py), stemmed."""
    from simulator.core.scoring.framework_cues import FRAMEWORK_CUES

    cues = (w for texts in FRAMEWORK_CUES.values() for t in texts for w in words(t))
    return frozenset(stem(w) for w in (*_PLAIN, *cues))


@lru_cache(maxsize=1)
def case_frame_stems() -> frozenset[str]:
    """Stems that ``FRAME_PROMPTS`` case prompts or more say: how a case is asked ("design",
    "machine learning", "detect"), not what it is about."""
    counts: Counter[str] = Counter()
    for q in shipped_questions():
        if q.category.value == "case":
            counts.update(rubric_stems(q.prompt, ()))
    return frozenset(s for s, n in counts.items() if n >= FRAME_PROMPTS)
