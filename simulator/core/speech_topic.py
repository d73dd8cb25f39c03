"""What a spoken answer is about, handed to the transcriber with the audio.

Whisper hears words it expects: given the terms of the question being answered and of its
rubric as a prompt, it spells "XGBoost", "ReLU" or "k-means" as the scorer looks for them
and hears more of them in noise. The session core builds a
``SpeechTopic`` from the question (``topic_of``); the speech layer turns it into a prompt
(``speech.prompting``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from simulator.core.questions import Question


@dataclass(frozen=True)
class SpeechTopic:
    question: str  # the question as asked (a follow-up's own wording for a follow-up)
    terms: tuple[str, ...] = ()  # the rubric's key terms, the weightiest key points first


def topic_of(question: Question, follow_up: str | None = None) -> SpeechTopic:
    """The topic of an answer to ``question`` (or to its ``follow_up``): the words asked and
    the phrases of its key points, heaviest first, each once."""
    points = sorted(question.key_points, key=lambda p: -p.weight)
    terms: dict[str, str] = {}
    for point in points:
        for phrase in point.phrases:
            terms.setdefault(phrase.casefold(), phrase)
    return SpeechTopic(follow_up or question.prompt, tuple(terms.values()))
