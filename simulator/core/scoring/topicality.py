"""On topic: how much of an answer uses the question's own vocabulary.

Separates a vague but on-topic answer from one about something else (content.py weighs it
``TOPIC_WEIGHT``).
"""

from __future__ import annotations

from functools import lru_cache

from simulator.core.questions import Question
from simulator.core.scoring.text import STOPWORDS, Tokens, stem, words

TOPIC_FLOOR = 0.1  # share of the answer's words from the question's vocabulary that earns 0
TOPIC_FULL = 0.45  # ... and the share that earns all of it
# A share of one or two words says nothing: "Variance." was 100 % on topic and earned the whole
# on-topic credit (10 content points) for a one-word answer.
TOPIC_MIN_WORDS = 3


@lru_cache(maxsize=1024)
def vocabulary(*texts: str) -> frozenset[str]:
    return frozenset(stem(w) for t in texts for w in words(t) if w not in STOPWORDS)


def topicality(question: Question, tokens: Tokens) -> float:
    """0..1: how much of the answer uses the question's own vocabulary (prompt, rubric, model
    answer). Separates a vague but on-topic answer from one about something else. Fewer than
    ``TOPIC_MIN_WORDS`` content words are too few to be on any topic: 0."""
    vocab = vocabulary(
        question.prompt,
        question.model_answer,
        *(kp.label for kp in question.key_points),
        *(p for kp in question.key_points for p in kp.phrases),
    )
    content = [s for w, s in zip(tokens.words, tokens.stems, strict=True) if w not in STOPWORDS]
    if len(content) < TOPIC_MIN_WORDS:
        return 0.0
    share = sum(1 for s in content if s in vocab) / len(content)
    return max(0.0, min(1.0, (share - TOPIC_FLOOR) / (TOPIC_FULL - TOPIC_FLOOR)))
